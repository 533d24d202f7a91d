/**
 * A second reviewer's sentences, written against the review after its first narrowing: 115 honest
 * ones across every notice kind (products named like insults, carriers, staff called Sue, honest
 * related-account and identity-verification facts) and 55 with a real problem in wording the
 * other sets lack. The figures below are what the review gives on them, printed and asserted, so
 * a change to the review shows here. The first run (commit e0947b2) is recorded beside them.
 */
import { describe, expect, it } from 'vitest';
import { generateRefusal } from '../../../../src/core/plan/generate-refusal';
import type { NoticeKind, PlanDraft, ReviewFlagKind } from '../../../../src/core/plan/types';
import { refusedKinds } from './measure';
import { noticeFigures, reviewOnData, sellerData } from './seller-data';

type Step = 'rootCauses' | 'correctiveActions' | 'preventiveMeasures';

/** Honest: [kind, step, sentence]. Preventive measures were reviewed with owner "Owner", due 2026-12-01. */
const honestSentences: [NoticeKind, Step, string][] = [
  [
    'orderDefectRate',
    'rootCauses',
    'Our Grumpy Cat mugs were wrapped in one layer of bubble wrap, and several arrived broken.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Our courier, Evri, left parcels on doorsteps without a photo, and buyers reported them missing.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    '15 of our 1,305 seller-fulfilled orders had a defect in the 60 days: 8 negative feedback, 5 claims and 4 chargebacks, two orders with more than one.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The chargebacks was because buyer bank said card is stolen, we did not check the high value order before ship it.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The Killer Whale plush toys went out in boxes far too big for them and arrived crushed.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Our Savage Beard oil bottles leaked because the caps were not torqued tight enough.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The Dead Sea mud masks leaked in transit because the lids had no seal.',
  ],
  [
    'orderDefectRate',
    'correctiveActions',
    'We refunded all 5 A-to-z claims in full and wrote to each buyer through Buyer-Seller Messaging.',
  ],
  [
    'orderDefectRate',
    'correctiveActions',
    'We switched every order over £20 to Royal Mail Tracked 48 with a signature on 2026-11-10.',
  ],
  [
    'orderDefectRate',
    'preventiveMeasures',
    'Sarah reads every new feedback within 24 hours and answers it through Buyer-Seller Messaging.',
  ],
  [
    'orderDefectRate',
    'preventiveMeasures',
    'Orders above $150 are held for a manual fraud check before they ship.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Karen, who prints our labels, was off sick for a week and nobody else had been trained on the label printer.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    '30 of the 48 late shipments went with USPS after the pickup moved to 17:00.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'We got slammed by the Black Friday rush and our label printer jammed for two days.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Our Hermes collection was cancelled on 2026-11-05 without notice, and the parcels sat in the unit over the weekend.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'FedEx lost a trailer with our parcels, and the replacements were confirmed after the ship-by date.',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We hired a second packer, Priya, who started on 2026-11-04.',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We stopped offering Saturday dispatch, because 21 of the 48 late orders were placed on a Saturday.',
  ],
  [
    'lateShipmentRate',
    'preventiveMeasures',
    'From 2026-12-01 we confirm shipment in Seller Central before 14:00 every working day.',
  ],
  [
    'cancellationRate',
    'rootCauses',
    'Our stock feed from ShipStation failed to sync for three days, so we sold items that were already out of stock.',
  ],
  [
    'cancellationRate',
    'rootCauses',
    'Supplier in Shenzhen did not send the goods on time, so we must cancel the orders.',
  ],
  [
    'cancellationRate',
    'correctiveActions',
    'We cancelled those 4 orders ourselves and refunded the buyers the same day.',
  ],
  [
    'cancellationRate',
    'preventiveMeasures',
    'Our stock sync runs every 15 minutes and e-mails Tom when it fails.',
  ],
  [
    'validTrackingRate',
    'rootCauses',
    '13 of our 662 packages had tracking numbers with a typo, because we typed them by hand.',
  ],
  [
    'validTrackingRate',
    'rootCauses',
    'Our Yodel tracking numbers start with JD, and we chose "Other" as the carrier, so Amazon could not read them.',
  ],
  [
    'validTrackingRate',
    'correctiveActions',
    'We connected Royal Mail Click & Drop to Seller Central, so tracking is uploaded with every label.',
  ],
  [
    'validTrackingRate',
    'preventiveMeasures',
    'Every Monday Anna compares the carrier manifest with the shipments confirmed in Seller Central.',
  ],
  [
    'onTimeDeliveryRate',
    'rootCauses',
    "DPD's depot in Birmingham was closed by flooding from 2026-10-20 to 2026-10-23.",
  ],
  [
    'onTimeDeliveryRate',
    'rootCauses',
    '15 of our 635 tracked packages arrived after the promised date.',
  ],
  [
    'onTimeDeliveryRate',
    'correctiveActions',
    'We lengthened the transit time in our shipping template from 2 to 4 days for the Highlands and Islands.',
  ],
  [
    'onTimeDeliveryRate',
    'preventiveMeasures',
    "Kwame reviews the carriers' on-time figures every Friday and moves any lane below 97% to another carrier.",
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'We sold Pirate Ship stickers with a design whose artist owns the trade mark.',
  ],
  [
    'intellectualProperty',
    'rootCauses',
    "We are not knowing that 'Stanley' is registered brand, we was thinking it is a general word for the cup.",
  ],
  [
    'intellectualProperty',
    'correctiveActions',
    'We removed the 3 listings that used the Lego name in the title on 2026-11-14.',
  ],
  [
    'intellectualProperty',
    'preventiveMeasures',
    'Before listing, Mehmet checks the trade mark register for every brand word in the title.',
  ],
  [
    'inauthentic',
    'rootCauses',
    'We bought the Monster Energy stickers from a Facebook seller, not an authorised distributor.',
  ],
  [
    'inauthentic',
    'rootCauses',
    "Our supplier's invoices showed only a product code, not the brand name.",
  ],
  [
    'inauthentic',
    'correctiveActions',
    'We sent Amazon the invoices from our distributor, Brand Assets Ltd, dated 2026-09-14.',
  ],
  [
    'productCondition',
    'rootCauses',
    'We sold returned items as New when the buyer had already opened them.',
  ],
  [
    'productCondition',
    'rootCauses',
    'The Bad Dog treats had a short best-before date, and some arrived after it.',
  ],
  [
    'productCondition',
    'correctiveActions',
    'We relisted every returned item as Used - Like New after Jamal inspected it.',
  ],
  [
    'reviewManipulation',
    'rootCauses',
    'We put an insert card in the box that asked for a five-star review, which is against the policy.',
  ],
  [
    'reviewManipulation',
    'rootCauses',
    'My aunt left a review on our product; we did not know family members may not review.',
  ],
  [
    'reviewManipulation',
    'correctiveActions',
    "We destroyed the remaining 2,000 insert cards and stopped using the printer's template.",
  ],
  [
    'restrictedProduct',
    'rootCauses',
    'We listed a knife sharpener with a blade, which needs approval in the knives category.',
  ],
  [
    'restrictedProduct',
    'rootCauses',
    "We listed an Assassin's Creed hoodie bundled with a replica dagger.",
  ],
  [
    'restrictedProduct',
    'correctiveActions',
    'We deleted the CBD balm listings and sold the remaining stock to a licensed shop.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'My father has his own seller account for garden tools; we share the warehouse building, but not stock, staff or money.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'I was a director of a company whose account was closed in 2023, and I have given Amazon its name and seller ID.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'We both logged in from the same home Wi-Fi, because my sister lives with me and runs her own store.',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    "We sent Amazon my cousin's business licence and told them we use the same accountant.",
  ],
  ['identityVerification', 'rootCauses', 'The utility bill I uploaded was older than 180 days.'],
  [
    'identityVerification',
    'rootCauses',
    'The name on my passport is Mohammed, but the bank statement spells it Muhammad.',
  ],
  [
    'identityVerification',
    'rootCauses',
    "Our company was registered by a formation agent, so the first documents showed the agent's address, not ours.",
  ],
  [
    'identityVerification',
    'correctiveActions',
    'I uploaded a bank statement dated 2026-11-01 that shows the same name and address as the account.',
  ],
  [
    'identityVerification',
    'correctiveActions',
    'I moved office in September and updated the business address in Seller Central on 2026-11-12.',
  ],
  [
    'intellectualProperty',
    'correctiveActions',
    "Our lawyer checked the brand's letter of authorization on 2026-11-12.",
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'Our attorney told us after the complaint that the design patent covers the handle shape.',
  ],
  [
    'orderDefectRate',
    'correctiveActions',
    'We reported the stolen parcels to the police and gave the crime number to the carrier.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Sue, who runs our dispatch, was in hospital from 2026-10-28 to 2026-11-03.',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We trained Bill and Sue on the label printer, so two people can print labels.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Most chargebacks came through Chase and Capital One cards flagged as stolen.',
  ],
  [
    'productCondition',
    'rootCauses',
    'The baby dummies were packed loose in the box, and several arrived with a torn blister pack.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The adjustable dumbbells arrived with a broken locking pin, because the foam insert was too thin.',
  ],
  [
    'restrictedProduct',
    'rootCauses',
    'We listed a weed killer that needs pesticide approval in the Lawn & Garden category.',
  ],
  [
    'restrictedProduct',
    'correctiveActions',
    'We removed the bug killer spray and the rat poison listings on 2026-11-10.',
  ],
  [
    'intellectualProperty',
    'rootCauses',
    "We listed Police sunglasses that we bought from a liquidation lot, without the brand's approval.",
  ],
  [
    'intellectualProperty',
    'rootCauses',
    "We sold a Liar's Dice game whose box art copied another company's design.",
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'We listed Peppa Pig stickers without a licence from the rights owner.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The Shark Attack board game box was crushed because we shipped it in a polybag.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The Idiot Proof cable ties were listed as 100 per pack, but the pack held 50.',
  ],
  [
    'productCondition',
    'rootCauses',
    'The Bloody Mary mix bottles were near their best-before date when we shipped them.',
  ],
  [
    'validTrackingRate',
    'rootCauses',
    'The VPN between our warehouse and the office dropped, so the tracking upload failed for two days.',
  ],
  [
    'validTrackingRate',
    'correctiveActions',
    'We set up a proxy server fallback for the shipping software, so uploads retry when the link drops.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'My wife opened her own account in her own name in 2022 and runs it herself.',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We moved her stock to her own unit, so the accounts no longer share an address, and we told Amazon about the move.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'My brother and I used the same laptop for both stores until 2026-10-01.',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'Each business now has its own laptop, and we listed both accounts in the appeal.',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    "The second account is my late father's; I took it over when he died and told Amazon in 2025.",
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We opened a new account with DHL for the second business, in its own company name.',
  ],
  [
    'validTrackingRate',
    'correctiveActions',
    'We sent prepaid return labels to the buyers whose parcels had no tracking.',
  ],
  [
    'restrictedProduct',
    'rootCauses',
    'We listed a camping stove burner that needs a dangerous goods review.',
  ],
  [
    'identityVerification',
    'rootCauses',
    'The browser cut off the bottom of my scanned passport, so the expiry date was not visible.',
  ],
  [
    'identityVerification',
    'correctiveActions',
    'I scanned the passport again at 600 dpi and uploaded it on 2026-11-14.',
  ],
  [
    'identityVerification',
    'rootCauses',
    'My bank statement is in my married name, and my passport is still in my maiden name.',
  ],
  [
    'identityVerification',
    'correctiveActions',
    'I uploaded my marriage certificate with the passport, to show both names are mine.',
  ],
  [
    'identityVerification',
    'rootCauses',
    'I am the only owner of the company, and the credit card on the account is in my own name.',
  ],
  [
    'cancellationRate',
    'rootCauses',
    'The XXL size of the fleece was listed with 40 units, but we had only 4.',
  ],
  [
    'cancellationRate',
    'rootCauses',
    'Orders for the A4 box files were cancelled because the N95 masks in the bundle had sold out.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'On 12/11/2026 our printer broke and the labels of that day went out on 14/11/2026.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'The carrier lost three collections in a row at their Leeds hub.',
  ],
  [
    'onTimeDeliveryRate',
    'rootCauses',
    'UPS damaged parcels at their Louisville hub, and they confirmed it in their claim reply.',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We have ordered a second label printer, which arrived on 2026-11-12.',
  ],
  [
    'cancellationRate',
    'correctiveActions',
    'We are already change the stock tool, it is working since 1 November.',
  ],
  [
    'orderDefectRate',
    'correctiveActions',
    'We are sorry for the trouble caused to the buyers and refunded each of them.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'We have sold on Amazon for 7 years and ship about 20 orders a day with 3 staff.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Our 10-day late shipment rate was 10.6% and the 30-day rate 7.6%, both from the pickup change.',
  ],
  [
    'reviewManipulation',
    'rootCauses',
    'A marketing agency we hired sent free samples to reviewers without telling us; we ended the contract.',
  ],
  [
    'inauthentic',
    'rootCauses',
    'The Crocs came from a clearance sale at a department store, and we only had the receipt.',
  ],
  [
    'onTimeDeliveryRate',
    'preventiveMeasures',
    'We will add one transit day for every postcode in the Scottish Highlands.',
  ],
  [
    'productCondition',
    'preventiveMeasures',
    "We'll photograph every returned item before we relist it.",
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Our only warehouse is in Dallas, and the ice storm closed the roads from 2026-10-27 to 2026-10-29.',
  ],
  [
    'onTimeDeliveryRate',
    'rootCauses',
    'The FedEx hub in Chicago held our parcels for two days during the strike.',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We moved half of our stock to a 3PL in Salt Lake City on 2026-11-09.',
  ],
  [
    'onTimeDeliveryRate',
    'correctiveActions',
    'We added two transit days for orders shipped to Alaska, Hawaii and Puerto Rico.',
  ],
  [
    'validTrackingRate',
    'rootCauses',
    'Our CA warehouse used a different shipping tool that did not upload tracking.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'The USPS pickup at our Miami unit moved from 16:00 to 11:00.',
  ],
  [
    'identityVerification',
    'correctiveActions',
    'I uploaded the lease for our office in Denver, which matches the business address.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Our Boston Red Sox mugs were packed in thin boxes that crushed in transit.',
  ],
  [
    'productCondition',
    'rootCauses',
    'Our Nashville Hot Chicken seasoning jars leaked through the shaker lids.',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The Seattle Seahawks phone cases we sold were the wrong size for the iPhone 16.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'Our 3PL in Los Angeles missed the carrier cut-off during the port backlog.',
  ],
  [
    'onTimeDeliveryRate',
    'rootCauses',
    'UPS rerouted our parcels through Kansas City after the Louisville hub flooded.',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'We ship from Austin, TX, and the winter storm closed our unit for three days.',
  ],
  [
    'identityVerification',
    'rootCauses',
    'My business is registered in Columbus, OH, but my passport shows my old address.',
  ],
];
/** Problems: [kind, step, sentence, what is wrong]. */
const problemSentences: [NoticeKind, Step, string, string][] = [
  [
    'orderDefectRate',
    'rootCauses',
    'Most of the negative feedback came from entitled buyers who want something for nothing.',
    'insult',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'These chargebacks are from liars who keep the item and tell their bank it never came.',
    'insult',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Half of the buyers who left feedback cannot read a product description.',
    'insult',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Those buyers are clowns who should not be allowed to shop online.',
    'insult',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    'If the account is not reinstated by Friday we will go to Trading Standards and the press.',
    'threat',
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'Our lawyers are ready to file suit against the complainant and against Amazon.',
    'threat',
  ],
  [
    'cancellationRate',
    'rootCauses',
    'We will report Amazon to the FTC if you do not lift this.',
    'threat',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We will hire another packer and we are going to buy a second printer.',
    'promise',
  ],
  ['lateShipmentRate', 'correctiveActions', 'Next month we plan to switch carriers.', 'promise'],
  ['onTimeDeliveryRate', 'correctiveActions', 'We intend to retrain the team soon.', 'promise'],
  [
    'orderDefectRate',
    'rootCauses',
    'Only 9 of our orders had a defect in the last 60 days.',
    'count',
  ],
  ['lateShipmentRate', 'rootCauses', 'Our late shipment rate was 3.2%, under the target.', 'count'],
  ['cancellationRate', 'rootCauses', 'We cancelled only 2 orders in the last 7 days.', 'count'],
  ['validTrackingRate', 'rootCauses', 'All 662 of our packages had valid tracking.', 'count'],
  ['orderDefectRate', 'rootCauses', 'Our ODR is 0.8%, which is below the 1% target.', 'count'],
  [
    'relatedAccounts',
    'correctiveActions',
    "I registered a new seller account under my mother-in-law's name so the store can keep trading.",
    'identity',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'We use a VPN so Amazon cannot connect the two stores.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'Each account is run from its own laptop so that Amazon never links them.',
    'identity',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'My friend is the account holder on paper, but I run everything.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We now use a residential proxy for the second store.',
    'identity',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'We set up a new LLC with my nephew as the owner to start again after the suspension.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We use a different address on each account so they look unrelated.',
    'identity',
  ],
  [
    'identityVerification',
    'rootCauses',
    "I sent my brother's passport because mine had expired.",
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'Each store now has its own virtual office and its own phone number so nothing ties them together.',
    'identity',
  ],
  [
    'lateShipmentRate',
    'correctiveActions',
    'We retrained [STAFF NAME] on the packing process on [DATE].',
    'placeholder',
  ],
  ['lateShipmentRate', 'rootCauses', 'Our carrier, <carrier>, missed ___ pickups.', 'placeholder'],
  ['cancellationRate', 'rootCauses', 'Root cause: TBD.', 'placeholder'],
  [
    'onTimeDeliveryRate',
    'correctiveActions',
    'We changed the transit time to N days for {region}.',
    'placeholder',
  ],
  [
    'lateShipmentRate',
    'rootCauses',
    "Amazon's algorithm is broken and punished us for the carrier's mistakes.",
    'blame',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'I am begging you, this shop is all my family has and we will lose our house.',
    'emotional',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'Some of these buyers are simply morons who order the wrong size.',
    'insult',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'The claim came from a greedy buyer trying to get a free phone.',
    'insult',
  ],
  [
    'orderDefectRate',
    'rootCauses',
    'One buyer was a troll who leaves one-star reviews everywhere.',
    'insult',
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'The so-called rights owner is a patent troll with no real product.',
    'insult',
  ],
  [
    'intellectualProperty',
    'rootCauses',
    'We have already contacted our MP and a journalist at the BBC about how Amazon treats us.',
    'threat',
  ],
  ['lateShipmentRate', 'rootCauses', 'Reinstate us or we will see you in court.', 'threat'],
  [
    'orderDefectRate',
    'rootCauses',
    'We will leave a one-star review of Amazon Seller Support everywhere if this goes on.',
    'threat',
  ],
  ['lateShipmentRate', 'correctiveActions', 'We are planning to buy a second printer.', 'promise'],
  [
    'validTrackingRate',
    'correctiveActions',
    'Going forward, tracking will be uploaded automatically.',
    'promise',
  ],
  ['orderDefectRate', 'correctiveActions', 'We shall refund every claim in the future.', 'promise'],
  ['lateShipmentRate', 'rootCauses', 'We had 12 late shipments in the last 30 days.', 'count'],
  ['onTimeDeliveryRate', 'rootCauses', 'Our on-time delivery rate is 99.1%.', 'count'],
  [
    'orderDefectRate',
    'rootCauses',
    'We received just two negative feedbacks in the 60 days.',
    'count',
  ],
  ['validTrackingRate', 'rootCauses', 'Only 3 packages lacked valid tracking.', 'count'],
  [
    'relatedAccounts',
    'correctiveActions',
    'We closed the old account and my cousin opened a fresh one for us in his name.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We bought an aged seller account from a broker so we could keep selling.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We now use an anti-detect browser for the second account.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We log in to the other store only from a separate phone on mobile data, so the IPs never match.',
    'identity',
  ],
  [
    'identityVerification',
    'rootCauses',
    "The account is in my employee's name because I cannot pass verification myself.",
    'identity',
  ],
  [
    'relatedAccounts',
    'rootCauses',
    'We did not mention the other account because it is under a different name.',
    'identity',
  ],
  [
    'relatedAccounts',
    'correctiveActions',
    'We changed the bank account to a Payoneer card in another name so the accounts are not connected.',
    'identity',
  ],
  [
    'lateShipmentRate',
    'preventiveMeasures',
    'Staff member ____ checks the pickups every day.',
    'placeholder',
  ],
  ['cancellationRate', 'correctiveActions', 'We retrained the team on 2026-XX-XX.', 'placeholder'],
  ['orderDefectRate', 'rootCauses', 'The root cause was [insert root cause here].', 'placeholder'],
  [
    'orderDefectRate',
    'correctiveActions',
    'We refunded ORDER-ID-HERE and wrote to the buyer.',
    'placeholder',
  ],
];

/** What the sentence's problem is, as the flag kinds that name it. */
const problemKinds: Record<string, readonly ReviewFlagKind[]> = {
  insult: ['blame'],
  blame: ['blame'],
  threat: ['threatening'],
  promise: ['futureTense', 'promiseWithoutDate'],
  count: ['numberDiffers'],
  identity: ['identityHiding'],
  placeholder: ['placeholder'],
  emotional: ['emotional'],
};

function reviewed(kind: NoticeKind, step: Step, sentence: string) {
  const data = sellerData(7);
  const notice = { kind, date: '2026-11-16', asins: [], text: '' };
  const figures = noticeFigures(data, notice);
  const draft: PlanDraft = {
    notice,
    tickedFindingIds: [],
    rootCauses: step === 'rootCauses' ? [sentence] : [],
    correctiveActions: step === 'correctiveActions' ? [sentence] : [],
    preventiveMeasures:
      step === 'preventiveMeasures' ? [{ text: sentence, owner: 'Owner', due: '2026-12-01' }] : [],
  };
  const flags = reviewOnData(data, figures, draft);
  return { flags, refused: generateRefusal(flags) !== null };
}

describe("the review on a second reviewer's sentences", () => {
  it('gives these figures (measured, not targets)', () => {
    const honestFlagged: string[] = [];
    const honestRefused: string[] = [];
    for (const [kind, step, sentence] of honestSentences) {
      const { flags, refused } = reviewed(kind, step, sentence);
      // A town a buyer lives in is asked about by design, and counted apart.
      const real = flags.filter((f) => f.kind !== 'possibleBuyerName');
      if (real.length > 0)
        honestFlagged.push(`${real.map((f) => `${f.kind} "${f.text}"`).join(', ')}: ${sentence}`);
      if (refused) honestRefused.push(sentence);
    }
    let caught = 0;
    let mustStop = 0;
    let stopped = 0;
    const missed: string[] = [];
    for (const [kind, step, sentence, what] of problemSentences) {
      const { flags, refused } = reviewed(kind, step, sentence);
      const wanted = problemKinds[what] ?? [];
      if (flags.some((f) => wanted.includes(f.kind))) caught++;
      else missed.push(`${what}: ${sentence}`);
      if (wanted.some((k) => refusedKinds.includes(k))) {
        mustStop++;
        if (refused) stopped++;
      }
    }
    console.log(
      [
        `second reviewer's set: honest ${honestSentences.length}, flagged ${honestFlagged.length}, refused ${honestRefused.length}; problems ${problemSentences.length}, caught ${caught}; Docs stopped ${stopped}/${mustStop}`,
        ...honestFlagged.map((l) => `  honest flagged: ${l}`),
        ...honestRefused.map((l) => `  honest refused: ${l}`),
        ...missed.map((l) => `  missed: ${l}`),
      ].join('\n'),
    );
    // First run (e0947b2), as the reviewer measured it: honest flagged 24/115 (14 not counting
    // questions and a fair statistic flag), refused 6/115; problems caught 33/55; Docs stopped
    // 10/24 of those that must stop. After the review learned from it: honest flagged 3 (two fair
    // statisticOnly flags, and "7.6%" of a 30-day rate compared with the 10-day one, as the
    // sentence names the 10-day window first), refused 0 (towns that buyers' ship-city holds,
    // such as "Salt Lake City", are asked about since the buyer columns' places are known as
    // places); caught 51/55; 23/24 Docs stopped.
    expect({
      flagged: honestFlagged.length,
      refused: honestRefused.length,
      caught,
      stopped,
      mustStop,
    }).toEqual({ flagged: 3, refused: 0, caught: 51, stopped: 23, mustStop: 24 });
  });
});
