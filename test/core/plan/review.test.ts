import { describe, expect, it } from 'vitest';
import { affectedOrders, findDefectFindings } from '../../../src/core/analysis/findings';
import {
  type PlanDraft,
  type ReviewFlag,
  reviewDraft,
  sellerCentralAppealLimit,
} from '../../../src/core/plan';
import { buyerIdentifiers, lateShipmentFixture, options, orderId } from './fixtures';

const { input, results } = lateShipmentFixture();
const findings = findDefectFindings(input, results, options);
const affected = affectedOrders(input, results);

function draftWith(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return {
    notice: {
      kind: 'lateShipmentRate',
      date: '2024-04-01',
      asins: ['B0AAAAAAA1'],
      text: 'Your rate is above 4%.',
    },
    tickedFindingIds: ['lateShipmentRate:MFN:carrier:UPS'],
    rootCauses: ['7 of the 10 late shipments (70%) went with UPS.'],
    correctiveActions: ['We moved the UPS collection to the afternoon.'],
    preventiveMeasures: [
      { text: 'Daily check before collection.', owner: 'Warehouse lead', due: '2024-04-15' },
    ],
    ...overrides,
  };
}

function review(draft: PlanDraft, maxChars = sellerCentralAppealLimit): ReviewFlag[] {
  return reviewDraft(draft, { findings, results, buyerIdentifiers, maxChars, affected });
}

function flagged(
  flags: ReviewFlag[],
): [ReviewFlag['kind'], ReviewFlag['step'], number | null, string][] {
  return flags.map((f) => [f.kind, f.step, f.index, f.text]);
}

describe('reviewDraft', () => {
  it('has nothing to say about a calm, dated draft built from the data', () => {
    expect(review(draftWith())).toEqual([]);
  });

  it('flags emotional words with the excerpt', () => {
    const flags = review(draftWith({ rootCauses: ['This is UNFAIR and we are desperate!!'] }));
    expect(flagged(flags)).toEqual([
      ['emotional', 'rootCauses', 0, 'UNFAIR'],
      ['emotional', 'rootCauses', 0, 'desperate'],
      ['emotional', 'rootCauses', 0, '!!'],
    ]);
    expect(flags[0]?.message).toMatch(/facts/);
  });

  it('flags threatening words', () => {
    const flags = review(
      draftWith({
        correctiveActions: [
          'We moved the collection.',
          'Our lawyer is ready to take legal action.',
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      ['threatening', 'correctiveActions', 1, 'lawyer'],
      ['threatening', 'correctiveActions', 1, 'legal action'],
    ]);
  });

  it('flags a promise without a date in the same sentence, and a measure without owner or date', () => {
    const flags = review(
      draftWith({
        correctiveActions: [
          'We will retrain the packing team. We’ll review carriers by 2024-04-30.',
        ],
        preventiveMeasures: [
          { text: 'Weekly LSR review.', owner: '', due: '2024-04-15' },
          { text: 'Carrier audit.', owner: 'Operations manager', due: 'soon' },
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      ['promiseWithoutDate', 'correctiveActions', 0, 'We will retrain the packing team.'],
      ['promiseWithoutDate', 'preventiveMeasures', 0, 'Weekly LSR review.'],
      ['promiseWithoutDate', 'preventiveMeasures', 1, 'Carrier audit.'],
    ]);
    expect(flags[1]?.message).toBe('This measure needs an owner.');
    expect(flags[2]?.message).toBe('This measure needs a due date (yyyy-mm-dd).');
  });

  it('flags numbers, dates and IDs that are not in the findings, results or notice', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          '11 of the 10 late shipments (69%) went with UPS; 7 of 20 UPS orders shipped late (35%).',
          `Order ${orderId(1)} and order 113-9999999-9999999 were late; ASIN B0AAAAAAA1 and B0ZZZZZZZ9 are affected.`,
          'On 2024-02-01 we changed the warehouse; on 2024-04-03 we changed the carrier; the target is 4%.',
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      ['numberNotInData', 'rootCauses', 0, '11'],
      ['numberNotInData', 'rootCauses', 0, '69%'],
      ['numberNotInData', 'rootCauses', 1, '113-9999999-9999999'],
      ['numberNotInData', 'rootCauses', 1, 'B0ZZZZZZZ9'],
      ['numberNotInData', 'rootCauses', 2, '2024-02-01'],
    ]);
  });

  it('compares percentages after rounding, and accepts a whole percentage the seller rounded', () => {
    // The Saturday share is 30%, UPS's rate 35%; LSR over 10 days is 8.3% (1 of 12).
    const flags = review(
      draftWith({
        rootCauses: [
          'Our 10-day rate was 8.33%, or about 8%; 30.0% of late orders were placed on a Saturday.',
        ],
      }),
    );
    expect(flags).toEqual([]);
  });

  it('flags buyer names, e-mails and phone numbers', () => {
    const flags = review(
      draftWith({
        rootCauses: ['Jane Doe wrote to us from buyer@example.org and called +44 20 7946 0958.'],
      }),
    );
    expect(flagged(flags.filter((f) => f.kind === 'buyerData'))).toEqual([
      ['buyerData', 'rootCauses', 0, 'Jane Doe'],
      ['buyerData', 'rootCauses', 0, 'buyer@example.org'],
      ['buyerData', 'rootCauses', 0, '+44 20 7946 0958'],
    ]);
  });

  it('flags buyer data typed among the notice ASINs', () => {
    const draft = draftWith();
    const flags = review({
      ...draft,
      notice: { ...draft.notice, asins: ['jane.doe@example.com'] },
    });
    expect(flagged(flags)).toEqual([['buyerData', 'notice', 0, 'jane.doe@example.com']]);
  });

  it('flags a plan longer than the appeal form takes', () => {
    const flags = review(draftWith(), 500);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'tooLong', step: 'all', index: null });
    expect(flags[0]?.message).toMatch(/characters and the appeal form takes 500/);
    expect(flags[0]?.text.length).toBeGreaterThan(0);
  });

  it('never changes the draft', () => {
    const draft = draftWith({
      rootCauses: ['Unfair! Jane Doe, 555-123-4567, 99 orders.'],
      correctiveActions: ['We will fix it.'],
    });
    const before = structuredClone(draft);
    expect(review(draft, 100).length).toBeGreaterThan(3);
    expect(draft).toEqual(before);
  });

  it('defaults the appeal form to a documented number of characters', () => {
    expect(sellerCentralAppealLimit).toBe(4000);
  });
});
