/**
 * Blaming buyers (lying, scamming, abusing the guarantee, "then blamed us") reads to a Seller
 * Performance reviewer as a seller who does not take the complaints seriously: flagged as blame.
 * What buyers reported, a buyer's mistake the seller's listing caused, reporting abuse to Amazon
 * and fraud on stolen cards are facts, and left alone.
 */
import { describe, expect, it } from 'vitest';
import { toneFlags } from '../../../src/core/plan/tone';

function blamed(sentence: string): string[] {
  return toneFlags(sentence, { pastTense: false, datedPromises: false, hasDate: () => false })
    .filter((f) => f.kind === 'blame')
    .map((f) => f.text);
}

describe('blaming buyers', () => {
  it.each([
    // Found by a tester, not flagged before.
    ['The buyers are lying to get free items.', 'The buyers are lying'],
    [
      'Customers ordered the wrong size and then blamed us.',
      'Customers ordered the wrong size and then blamed us',
    ],
    ['Buyers abused the A-to-z guarantee to get free items.', 'Buyers abused the A-to-z'],
    ['The customer was trying to scam us.', 'The customer was trying to scam'],
    // Other wordings.
    ['The buyer lied to get a refund.', 'The buyer lied'],
    [
      'Some customers are just trying to get something for free.',
      'Some customers are just trying to get something for free',
    ],
    ['These buyers want free stuff.', 'free stuff'],
    ['Customers are gaming the system with fake damage claims.', 'Customers are gaming the system'],
    ['Buyers exploit the returns policy.', 'Buyers exploit the returns'],
    ['The customer was clearly lying about the damage.', 'The customer was clearly lying'],
    ['A buyer scammed us out of a blender.', 'A buyer scammed us'],
    [
      'Most buyers only file claims to get their money back and keep the item.',
      'to get their money back and keep',
    ],
    ['The customers were out to cheat us.', 'The customers were out to cheat'],
    // Buyers called names, faulted for not reading, the complaints called fake.
    ['The claims were filed by dishonest buyers.', 'dishonest buyers'],
    ['Fraudulent customers opened most of these claims.', 'Fraudulent customers'],
    ['Buyers did not read the product description.', 'Buyers did not read'],
    ['Buyers never read the size chart.', 'Buyers never read'],
    ["It was the customers' fault for entering the wrong address.", "It was the customers' fault"],
    ['The buyer was unreasonable and rude.', 'The buyer was unreasonable'],
    ['These claims are fake.', 'These claims are fake'],
    [
      'The negative feedback was left by a competitor pretending to be a buyer.',
      'left by a competitor',
    ],
    ['Customers these days expect everything for nothing.', 'expect everything for nothing'],
    ['The chargebacks are friendly fraud by buyers who received their items.', 'friendly fraud'],
    // Found by a second tester: not reading, harm on purpose, "user error", Amazon's count called
    // wrong, "and then claimed".
    [
      'Most of these claims came from buyers who did not read the listing properly.',
      'buyers who did not read',
    ],
    [
      'The buyer damaged it himself and then claimed it arrived broken.',
      'The buyer damaged it himself',
    ],
    [
      'This customer is a known fraudster on other platforms.',
      'This customer is a known fraudster',
    ],
    ['The customers misused the product, it is user error.', 'it is user error'],
    ['Buyer purposely give 1 star to get discount.', 'Buyer purposely give'],
    ["Amazon's system counted our orders wrong.", "Amazon's system counted our orders wrong"],
    ['Customer didnt check his mailbox and then say not received.', 'Customer didnt check'],
    [
      'Buyers in this area always say item not arrived to get money back.',
      'always say item not arrived',
    ],
    [
      'Buyer was not at home and refused to collect from post office, this is buyer responsibility.',
      'this is buyer responsibility',
    ],
    [
      'Late shipments happen because customers choose cheapest shipping and then expect fast delivery.',
      'customers choose cheapest shipping and then expect',
    ],
    [
      'The buyer opened claim too early, before the delivery date, just to pressure us.',
      'just to pressure us',
    ],
    ['customer is wrong, our photos show the item was perfect when shipped', 'customer is wrong'],
    ['The claims are from people who want something for free.', 'want something for free'],
    // Other wordings of the same.
    ['Customers that never read the description keep returning it.', 'Customers that never read'],
    ['The buyer is a fraudster.', 'The buyer is a fraudster'],
    ['That was user error, not a defect.', 'That was user error'],
    ['The customer deliberately left 1 star to get a refund.', 'The customer deliberately left'],
    ['Amazon counted the late shipments wrongly.', 'Amazon counted the late shipments wrongly'],
    ['Your system calculated our rate incorrectly.', 'Your system calculated our rate incorrectly'],
  ])('"%s" is flagged at "%s"', (sentence, excerpt) => {
    expect(blamed(sentence)).toContain(excerpt);
  });

  it('says what to write instead', () => {
    const [flag] = toneFlags('The buyers are lying to get free items.', {
      pastTense: false,
      datedPromises: false,
      hasDate: () => false,
    });
    expect(flag?.message).toMatch(/what the buyers reported and what you changed/);
  });
});

describe('facts about buyers', () => {
  it.each([
    'Buyers reported crushed boxes because our boxes were too thin for glass.',
    'Buyers ordered the wrong size because our size chart ran small.',
    'Buyers were right to blame us for the crushed boxes.',
    'We report suspected return abuse to Amazon through Seller Central.',
    'Most chargebacks came from fraudsters using stolen cards on high-value orders.',
    'We sent free replacement items to 12 buyers.',
    'A buyer told us the parcel arrived late, and she was right.',
    'The customer said the listing photo showed a lid that we did not send.',
    'We offered buyers a free return label to get the broken items back.',
    'Most chargebacks came from fraudulent buyers using stolen cards.',
    'It was our fault: the customers received the wrong size.',
    'Customers did not receive tracking numbers because our upload failed.',
    'Buyers could not see the size chart on mobile.',
    'Difficult orders (custom sizes) now go through a second check.',
    'These claims are all on orders shipped with USPS.',
    'The reviews were left by buyers in March.',
    "It was not the customer's fault: our label was wrong.",
    'The buyers were entitled to a full refund, which we issued.',
    'We fixed the problem customers reported with the lid.',
    'Customers cannot read the label because our print was faded.',
    'The buyer did not follow up after our message.',
    'The customer was impossible to reach by phone.',
    'Customers were difficult to reach during the holidays.',
    'Someone posing as a customer asked us to change the address.',
    'The chargebacks were fraudulent: stolen cards were used on four orders.',
    // Close to the second tester's sentences, and facts.
    'The buyer did not receive the item because our carrier lost it.',
    'We rewrote the user manual so the setup steps are clear.',
    'We reduced user errors in setup with a picture guide in the box.',
    'Most chargebacks were fraud on stolen cards.',
    'One buyer returned a used item with the tags removed; we reported the return to Amazon.',
    'A known issue with the lid caused most of the complaints.',
    'We read every claim and checked the listing against it.',
    'The buyer reported the item arrived damaged and asked for a refund, which we issued.',
    "Amazon's system showed 14 late orders, and we checked each one.",
    "We counted our orders wrong in our own sheet; Amazon's figure was right.",
    'A buyer gave 1 star because the item arrived late.',
    'It is our responsibility, not the buyer’s, to describe the size.',
    // Found by a review of the patterns learnt from a tester's set, flagged at first.
    '12 buyers received the wrong colour and then complained, because our picker mixed up two SKUs.',
    'The customer waited 14 days and then claimed a refund, which was fair: we shipped late.',
    'The address we had for the customer was wrong.',
    'Amazon recorded the wrong carrier for 12 packages because we typed it as Other.',
    'Three orders came from known fraudsters using stolen cards, as the bank confirmed.',
    'Our packer damaged it himself while taping the box, and we retrained him.',
    'Customers often say the item was not as described because our photos showed the wrong colour.',
    'The buyer deliberately chose express shipping, and we missed it.',
    "Return shipping was the buyer's responsibility under our old policy; we now pay it.",
    'Customers chose expedited shipping and then waited a week because we shipped late.',
    'The customer was right: our photos showed the wrong colour.',
    'Buyers who did not receive tracking got a full refund.',
    'We offered a discount to the buyer whose parcel arrived late.',
    'We report known fraud patterns to Amazon through Seller Central.',
    'The buyer checked out before we updated the stock.',
    'Customers did not check out because the shipping fee was too high.',
    'The customers were wrong about the size because our chart ran small.',
  ])('"%s" raises no blame flag', (sentence) => {
    expect(blamed(sentence)).toEqual([]);
  });
});
