/**
 * Sellers' situations, each a draft as a seller would type it in the sidebar, with the problems
 * planted in it labelled: the step and entry, the kind of flag the review should raise and the
 * words it should point at. Clean drafts are full of the seller's own dates, clock times, stock
 * and staff counts and quantities, and of figures quoted right (in digits and in words); their
 * planted list is empty. Every figure comes from the generated reports (./seller-data.ts).
 */
import type { PlanDraft, ReviewFlag } from '../../../../src/core/plan/types';
import { inWords, type NoticeFigures, noticeFigures, sellerData } from './seller-data';

export interface Planted {
  step: ReviewFlag['step'];
  index: number | null;
  kind: ReviewFlag['kind'];
  /** Words of the seller's text the flag points at (it may quote a little more or less). */
  text: string;
}

export interface Scenario {
  name: string;
  draft: PlanDraft;
  figures: NoticeFigures;
  buyerIdentifiers: string[];
  planted: Planted[];
  /** Characters the appeal form takes; a long draft is checked against the real limit. */
  maxChars: number;
}

type Notice = PlanDraft['notice'];

function notice(kind: Notice['kind'], overrides: Partial<Notice> = {}): Notice {
  return { kind, date: '2026-11-16', asins: [], text: '', ...overrides };
}

interface Story {
  name: string;
  seed: number;
  notice: Notice;
  write(f: NoticeFigures): Omit<PlanDraft, 'notice' | 'tickedFindingIds'> & {
    planted: Planted[];
  };
  maxChars?: number;
}

const noLimit = 100_000;

const stories: Story[] = [
  {
    name: 'ODR breach from damaged deliveries of fragile items',
    seed: 7,
    notice: notice('orderDefectRate', { channel: 'MFN' }),
    write(f) {
      const odr = f.result('orderDefectRate', 60);
      const damaged = f.finding('orderDefectRate', 'feedbackTheme:damaged');
      const negative = f.result('negativeFeedbackRate', 60);
      const wrongRate = `${Math.round((f.percent(odr.value ?? 0) + 0.6) * 10) / 10}%`;
      return {
        rootCauses: [
          `Our glass carafes and vases were packed in a single layer of bubble wrap, so ${damaged.defects + 3} orders arrived damaged and the buyers left negative feedback.`,
          `We had ${odr.numerator} orders with a defect in the last 60 days, an ODR of ${wrongRate}.`,
          'The buyer Jordan told us the box was crushed because we reused old cartons.',
        ],
        correctiveActions: [
          'On 2026-11-18 we switched every fragile SKU to double-wall boxes with 5 cm of padding.',
          'We passed an ISTA 3A drop test on 2026-11-24 and keep the report on file.',
        ],
        preventiveMeasures: [
          {
            text: `A second packer checks every fragile order before the 15:30 collection; we track the ${negative.numerator} negative feedbacks weekly.`,
            owner: 'Packing lead',
            due: '2026-12-01',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 0,
            kind: 'numberDiffers',
            text: `${damaged.defects + 3} orders arrived damaged`,
          },
          { step: 'rootCauses', index: 1, kind: 'numberDiffers', text: wrongRate },
          // Figures, and no reason: a statistic in the place of a cause.
          { step: 'rootCauses', index: 1, kind: 'statisticOnly', text: 'We had' },
          { step: 'rootCauses', index: 2, kind: 'buyerData', text: 'Jordan' },
        ],
      };
    },
  },
  {
    name: 'Late shipments from one carrier’s weekend pickups',
    seed: 7,
    notice: notice('lateShipmentRate'),
    write(f) {
      const saturday = f.finding('lateShipmentRate', 'weekday:Saturday');
      const usps = f.finding('lateShipmentRate', 'carrier:USPS');
      const wrongRate = `${Math.round(f.percent(usps.rate ?? 0)) + 3}%`;
      return {
        rootCauses: [
          `USPS does not collect from us on Sundays, so Saturday orders waited until Monday: we had 30 late orders in the last 30 days, ${saturday.defects} of them placed on a Saturday.`,
          `Our LSR was ${wrongRate} because nobody packed on weekends.`,
          `${inWords(usps.defects + 5)} late shipments went with USPS, whose 11:00 pickup came before we had packed.`,
        ],
        correctiveActions: [
          'We will add a Sunday packing shift.',
          'On 2026-11-20 we booked a second USPS pickup at 16:00 and hired 2 weekend packers.',
        ],
        preventiveMeasures: [
          {
            text: 'Every Monday at 09:00 the shift lead compares shipped orders with the ship-by dates.',
            owner: 'Shift lead',
            due: '2026-11-30',
          },
        ],
        planted: [
          { step: 'rootCauses', index: 0, kind: 'numberDiffers', text: '30 late orders' },
          { step: 'rootCauses', index: 1, kind: 'numberDiffers', text: wrongRate },
          {
            step: 'rootCauses',
            index: 2,
            kind: 'numberDiffers',
            text: `${inWords(usps.defects + 5)} late shipments`,
          },
          {
            step: 'correctiveActions',
            index: 0,
            kind: 'futureTense',
            text: 'We will add a Sunday packing shift.',
          },
        ],
      };
    },
  },
  {
    name: 'Cancellations from two stock-outs',
    seed: 7,
    notice: notice('cancellationRate'),
    write(f) {
      const cancel = f.result('cancellationRate', 7);
      return {
        rootCauses: [
          `Our stock sheet showed 40 dog beds (BF-BED-M) and 25 first-aid kits when we had none, so we cancelled ${inWords(cancel.numerator + 8)} orders in the last 7 days.`,
          `AMAZON'S SYSTEM SHOULD HAVE STOPPED THESE ORDERS.`,
        ],
        correctiveActions: [
          'On 2026-11-17 we counted every shelf by hand and corrected 312 units in Seller Central.',
          'It was not our fault: the supplier shipped late.',
        ],
        preventiveMeasures: [
          {
            text: 'Stock is synced to Seller Central every 15 minutes and the 3 warehouse staff count the fast movers each Friday.',
            owner: 'Inventory manager',
            due: '2026-12-05',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 0,
            kind: 'numberDiffers',
            text: `${inWords(cancel.numerator + 8)} orders`,
          },
          { step: 'rootCauses', index: 1, kind: 'allCaps', text: "AMAZON'S SYSTEM" },
          { step: 'correctiveActions', index: 1, kind: 'blame', text: 'not our fault' },
        ],
      };
    },
  },
  {
    name: 'IP complaint on two ASINs',
    seed: 7,
    notice: notice('intellectualProperty', {
      asins: ['B0C7W3Q2ZN', 'B0CJ6W2ZQ9'],
      text: 'We received a report that your listings B0C7W3Q2ZN and B0CJ6W2ZQ9 infringe a trademark.',
    }),
    write() {
      return {
        rootCauses: [
          'We used the brand’s product photos on B0C7W3Q2ZN and B0CJ6W2ZQ9 without written permission.',
          'The rights owner is clearly incompetent and filed this complaint to remove a competitor.',
        ],
        correctiveActions: [
          'On 2026-11-17 we removed both listings and deleted 14 images.',
          'We also checked B0ZZ9ZZ9ZZ and found the same photos.',
        ],
        preventiveMeasures: [
          {
            text: 'Going forward we will only use our own photos, taken in our studio since 2021.',
            owner: 'Catalogue manager',
            due: '2026-12-01',
          },
        ],
        planted: [
          { step: 'rootCauses', index: 1, kind: 'blame', text: 'incompetent' },
          { step: 'correctiveActions', index: 1, kind: 'numberNotInData', text: 'B0ZZ9ZZ9ZZ' },
        ],
      };
    },
  },
  {
    name: 'Related accounts',
    seed: 7,
    notice: notice('relatedAccounts'),
    write() {
      return {
        rootCauses: [
          'Our account is linked to another seller account through [describe the link: a shared owner, family member, business partner, address, bank account or device], and we had not told Amazon about it.',
          'My brother runs a second store from the same office since 2024.',
        ],
        correctiveActions: [
          'We are disclosing the related account to Amazon: [its business name and the relationship between the two accounts].',
          'We moved my brother’s account to a separate laptop and a new IP so the accounts are not linked.',
        ],
        preventiveMeasures: [
          {
            text: 'If needed we will open a new account under my wife’s name.',
            owner: 'Owner',
            due: '2026-12-01',
          },
        ],
        planted: [
          { step: 'rootCauses', index: 0, kind: 'placeholder', text: '[describe the link' },
          { step: 'correctiveActions', index: 0, kind: 'placeholder', text: '[its business name' },
          {
            step: 'correctiveActions',
            index: 1,
            kind: 'identityHiding',
            text: 'so the accounts are not linked',
          },
          // Added when the review learned accounts opened in a relative's name: a phrase of the
          // same sentence to rewrite, flagged apart.
          {
            step: 'preventiveMeasures',
            index: 0,
            kind: 'identityHiding',
            text: 'open a new account',
          },
          {
            step: 'preventiveMeasures',
            index: 0,
            kind: 'identityHiding',
            text: 'under my wife’s name',
          },
        ],
      };
    },
  },
  {
    name: 'Identity verification',
    seed: 7,
    notice: notice('identityVerification'),
    write() {
      return {
        rootCauses: [
          'The utility bill we uploaded on 2026-11-02 showed our old address, 14 Mill Lane, because we moved on 2026-09-30.',
          'Going forward our team is committed to doing better.',
        ],
        correctiveActions: [
          'On 2026-11-18 we updated the address in Seller Central and uploaded a bank statement dated 2026-11-01.',
          'We now log in only through a residential proxy so Amazon cannot link our devices.',
        ],
        preventiveMeasures: [
          {
            text: 'The owner checks the business details in Seller Central on the 1st of every month.',
            owner: 'Owner',
            due: '2026-12-01',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 1,
            kind: 'promiseWithoutDate',
            text: 'Going forward our team is committed to doing better.',
          },
          { step: 'correctiveActions', index: 1, kind: 'identityHiding', text: 'proxy' },
          { step: 'correctiveActions', index: 1, kind: 'identityHiding', text: 'so Amazon cannot' },
        ],
      };
    },
  },
  {
    name: 'A careless draft',
    seed: 11,
    notice: notice('lateShipmentRate'),
    write(f) {
      const lsr10 = f.result('lateShipmentRate', 10);
      return {
        rootCauses: [
          'THIS IS COMPLETELY UNFAIR, WE SHIP EVERYTHING ON TIME!!',
          'Your system is clearly broken and USPS lost half our parcels.',
          `${lsr10.numerator} late shipments in 10 days were placed on a Saturday.`,
        ],
        correctiveActions: [
          'We will talk to the warehouse.',
          'Nobody bothered to check the ship-by dates, so we retrained the team on 2026-11-17.',
        ],
        preventiveMeasures: [{ text: 'We are going to do better.', owner: 'Team', due: 'soon' }],
        planted: [
          { step: 'rootCauses', index: 0, kind: 'allCaps', text: 'THIS IS COMPLETELY UNFAIR' },
          { step: 'rootCauses', index: 0, kind: 'emotional', text: 'UNFAIR' },
          { step: 'rootCauses', index: 0, kind: 'emotional', text: '!!' },
          { step: 'rootCauses', index: 1, kind: 'blame', text: 'system is clearly broken' },
          {
            step: 'rootCauses',
            index: 2,
            kind: 'statisticOnly',
            text: `${lsr10.numerator} late shipments in 10 days`,
          },
          {
            step: 'correctiveActions',
            index: 0,
            kind: 'futureTense',
            text: 'We will talk to the warehouse.',
          },
          { step: 'correctiveActions', index: 1, kind: 'blame', text: 'Nobody bothered' },
          {
            step: 'preventiveMeasures',
            index: 0,
            kind: 'promiseWithoutDate',
            text: 'We are going to do better.',
          },
        ],
      };
    },
  },
  {
    name: 'A long draft',
    seed: 11,
    notice: notice('lateShipmentRate'),
    maxChars: 4000,
    write(f) {
      const lsr30 = f.result('lateShipmentRate', 30);
      const usps = f.finding('lateShipmentRate', 'carrier:USPS');
      const story =
        'Our warehouse on Harbour Road opened in 2019 with 4 packers working from 08:00 to 16:30, and for most of the year that was enough to pack the 120 to 150 orders a day we receive before the carrier collects, with 2 trolleys, 6 benches and 1 label printer per bench. ';
      return {
        rootCauses: [
          `${story.repeat(6)}In the 30 days ending ${lsr30.windowEnd} we had ${lsr30.numerator} late shipments of ${lsr30.denominator} orders.`,
          `${story.repeat(5)}USPS collected at 11:00, so ${usps.defects} of the ${usps.totalDefects + 4} late shipments went with USPS.`,
          `${story.repeat(5)}We did not add staff for the November peak.`,
        ],
        correctiveActions: [
          `${story.repeat(2)}On 2026-11-19 we moved the USPS pickup to 15:00 and added a second shift of 3 packers.`,
        ],
        preventiveMeasures: [
          {
            text: 'Each morning at 08:15 the shift lead checks orders due that day against the 3 open packing stations.',
            owner: 'Shift lead',
            due: '2026-12-01',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 1,
            kind: 'numberDiffers',
            text: `${usps.defects} of the ${usps.totalDefects + 4}`,
          },
          { step: 'all', index: null, kind: 'tooLong', text: '' },
        ],
      };
    },
  },
  {
    name: 'Valid tracking lost to carriers typed as “Other”',
    seed: 11,
    notice: notice('validTrackingRate'),
    write(f) {
      const speedy = f.finding('validTrackingRate', 'carrier:Other (Speedy Parcel Co.)');
      const wrongShare = `${Math.round(f.percent(speedy.share)) + 20}%`;
      return {
        rootCauses: [
          `${speedy.defects} of the ${speedy.totalDefects} packages without valid tracking (${f.percent(speedy.share)}%) went with Other (Speedy Parcel Co.).`,
          `Speedy Parcel Co. is not in Amazon’s carrier list, so we typed it as Other and ${wrongShare} of packages without valid tracking went with Speedy Parcel Co.`,
        ],
        correctiveActions: [
          'On 2026-11-18 we stopped using Speedy Parcel Co. and moved its 35 daily parcels to UPS.',
        ],
        preventiveMeasures: [
          {
            text: 'The shipping tool refuses a carrier that is not on Amazon’s list since 2026-11-19.',
            owner: 'Operations manager',
            due: '2026-11-30',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 0,
            kind: 'statisticOnly',
            text: `${speedy.defects} of the ${speedy.totalDefects} packages`,
          },
          { step: 'rootCauses', index: 1, kind: 'numberDiffers', text: wrongShare },
        ],
      };
    },
  },
  {
    name: 'Late deliveries with one carrier',
    seed: 11,
    notice: notice('onTimeDeliveryRate'),
    write(f) {
      const fedex = f.finding('onTimeDeliveryRate', 'carrier:FedEx');
      return {
        rootCauses: [
          `We promised 2-day delivery on FedEx Home Delivery although it takes 3 to 4 days to rural areas: ${fedex.defects + 6} late deliveries went with FedEx.`,
          'FedEx is entirely to blame for this.',
          `${fedex.defects} of the ${fedex.totalDefects} late deliveries went with FedEx.`,
        ],
        correctiveActions: [
          'On 2026-11-18 we set the transit time for FedEx Home Delivery to 4 days in the shipping template.',
        ],
        preventiveMeasures: [
          {
            text: 'Monthly comparison of promised and actual delivery dates by carrier, starting 2026-12-01.',
            owner: 'Logistics lead',
            due: '2026-12-01',
          },
        ],
        planted: [
          {
            step: 'rootCauses',
            index: 0,
            kind: 'numberDiffers',
            text: `${fedex.defects + 6} late deliveries`,
          },
          { step: 'rootCauses', index: 1, kind: 'blame', text: 'FedEx is entirely to blame' },
          {
            step: 'rootCauses',
            index: 2,
            kind: 'statisticOnly',
            text: `${fedex.defects} of the ${fedex.totalDefects} late deliveries`,
          },
        ],
      };
    },
  },
  {
    name: 'Clean: late shipments, quoted right, full of the seller’s own facts',
    seed: 7,
    notice: notice('lateShipmentRate'),
    write(f) {
      const lsr30 = f.result('lateShipmentRate', 30);
      const lsr10 = f.result('lateShipmentRate', 10);
      const saturday = f.finding('lateShipmentRate', 'weekday:Saturday');
      const usps = f.finding('lateShipmentRate', 'carrier:USPS');
      return {
        rootCauses: [
          `Saturday orders waited for the Monday pickup because nobody worked weekends: ${saturday.defects} of the ${saturday.totalDefects} late shipments (${f.percent(saturday.share)}%) were on orders placed on a Saturday.`,
          `USPS collected at 11:00, before our 2 packers had finished, so ${inWords(usps.defects)} late shipments went with USPS; our LSR was ${f.percent(lsr30.value ?? 0)}% over 30 days and ${f.percent(lsr10.value ?? 0)}% over 10 days, against Amazon’s 4% target.`,
        ],
        correctiveActions: [
          'On 2026-11-17 we moved the USPS pickup to 16:00 and since 2026-11-21 a packer works Saturdays from 09:00 to 13:00.',
          'We bought 2 label printers on 2026-11-18 and keep 500 boxes in stock.',
          `We checked all ${lsr30.numerator} late shipments of the 30 days ending ${lsr30.windowEnd}.`,
        ],
        preventiveMeasures: [
          {
            text: 'Every day at 14:30 the shift lead checks that no order due today is unpacked; 3 staff are trained to cover.',
            owner: 'Shift lead',
            due: '2026-12-01',
          },
        ],
        planted: [],
      };
    },
  },
  {
    name: 'Clean: order defects, quoted right, with the seller’s own dates and quantities',
    seed: 7,
    notice: notice('orderDefectRate', { channel: 'MFN' }),
    write(f) {
      const odr = f.result('orderDefectRate', 60);
      const damaged = f.finding('orderDefectRate', 'feedbackTheme:damaged');
      return {
        rootCauses: [
          `Our carafes were packed without inserts, so ${inWords(damaged.defects)} orders arrived damaged; in the last 60 days we had ${odr.numerator} orders with a defect of ${odr.denominator} orders (${f.percent(odr.value ?? 0)}%).`,
          'The 2 new packers who started on 2026-10-01 had not been shown the fragile-items standard.',
        ],
        correctiveActions: [
          'On 2026-11-18 we repacked the remaining 86 carafes with molded pulp inserts.',
          'We trained all 5 packers on 2026-11-19, and the drop test passed on 2026-11-24.',
        ],
        preventiveMeasures: [
          {
            text: 'A packing check of 10 fragile orders a day, logged at 15:00 before the collection at 15:30.',
            owner: 'Packing lead',
            due: '2026-12-01',
          },
        ],
        planted: [],
      };
    },
  },
  {
    name: 'Clean: cancellations after a stock-out, with stock counts and times',
    seed: 11,
    notice: notice('cancellationRate'),
    write(f) {
      const cancel = f.result('cancellationRate', 7);
      return {
        rootCauses: [
          `Our stock file was updated only once a day at 06:00, so when the 30 dog beds sold out by noon we had ${cancel.numerator} seller cancellations in the last 7 days (${f.percent(cancel.value ?? 0)}%).`,
        ],
        correctiveActions: [
          'Since 2026-11-17 the stock file syncs every 15 minutes; we ordered 200 more beds on 2026-11-18 and they arrived on 2026-11-25.',
        ],
        preventiveMeasures: [
          {
            text: 'Listings pause automatically below 5 units; the 2 buyers on our team review stock each Monday at 10:00.',
            owner: 'Inventory manager',
            due: '2026-12-01',
          },
        ],
        planted: [],
      };
    },
  },
];

export function scenarios(): Scenario[] {
  return stories.map((story) => {
    const data = sellerData(story.seed);
    const figures = noticeFigures(data, story.notice);
    const { planted, ...texts } = story.write(figures);
    return {
      name: story.name,
      draft: { notice: story.notice, tickedFindingIds: [], ...texts },
      figures,
      buyerIdentifiers: data.buyerIdentifiers,
      planted,
      maxChars: story.maxChars ?? noLimit,
    };
  });
}

/** A flag matches a planted problem: its kind, its step and entry, and it points at its words. */
export function matches(flag: ReviewFlag, planted: Planted): boolean {
  const overlaps =
    planted.text === '' || flag.text.includes(planted.text) || planted.text.includes(flag.text);
  return (
    flag.kind === planted.kind &&
    flag.step === planted.step &&
    flag.index === planted.index &&
    overlaps
  );
}
