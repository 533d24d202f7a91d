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
    rootCauses: [
      'UPS collected at 11:00, before most orders were packed: 7 of the 10 late shipments (70%) went with UPS.',
    ],
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
      ['threatening', 'correctiveActions', 1, 'lawyer is ready'],
      ['threatening', 'correctiveActions', 1, 'legal action'],
    ]);
  });

  it('flags future tense in actions taken, an undated promise anywhere, and a measure without owner or date', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'UPS collected at 11:00, before packing ended. Going forward our team is committed to doing better.',
        ],
        correctiveActions: [
          'We will retrain the packing team. We’ll review carriers by 2024-04-30. We moved the pickup to 16:00 on 2024-04-03.',
        ],
        preventiveMeasures: [
          { text: 'Weekly LSR review.', owner: '', due: '2024-04-15' },
          { text: 'Carrier audit.', owner: 'Operations manager', due: 'soon' },
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      [
        'promiseWithoutDate',
        'rootCauses',
        0,
        'Going forward our team is committed to doing better.',
      ],
      ['futureTense', 'correctiveActions', 0, 'We will retrain the packing team.'],
      ['futureTense', 'correctiveActions', 0, 'We’ll review carriers by 2024-04-30.'],
      ['promiseWithoutDate', 'preventiveMeasures', 0, 'Weekly LSR review.'],
      ['promiseWithoutDate', 'preventiveMeasures', 1, 'Carrier audit.'],
    ]);
    expect(flags[3]?.message).toBe('This measure needs an owner.');
    expect(flags[4]?.message).toBe('This measure needs a due date (yyyy-mm-dd).');
  });

  it('flags counts and rates that differ from the figure they are about, with that figure', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'UPS picked up before packing ended: 11 of the 10 late shipments (69%) went with UPS; 7 of 20 UPS orders shipped late (35%).',
          'We had 30 late orders and our LSR was twelve percent, because the pickup came at 11:00.',
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      ['numberDiffers', 'rootCauses', 0, '11 of the 10'],
      ['numberDiffers', 'rootCauses', 0, '69%'],
      ['numberDiffers', 'rootCauses', 1, '30 late orders'],
      ['numberDiffers', 'rootCauses', 1, 'twelve percent'],
    ]);
    expect(flags[2]?.message).toContain(
      'your data has 10 late shipments in the 30 days ending 2024-03-31 (seller-fulfilled)',
    );
    expect(flags[3]?.message).toContain(
      'a Late Shipment Rate of 25% in the 30 days ending 2024-03-31',
    );
  });

  it('reads a count after a verb of amount, before "shipped late" or after "of our" as a claim', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'Late shipments rose to 12 after the pickup moved.',
          'Out of 40 orders, 12 shipped late.',
          'Only 4 of our orders were late.',
          'Late shipments rose to 10; out of 40 orders, 10 shipped late, and our late orders were 12 hours late.',
          'The cut-off for late shipments is 2 on weekdays. Of our 5 warehouses, 2 shipped late.',
          'Out of 10 carriers we tried, 2 shipped late. Orders placed after 2 shipped late because of the cut-off.',
        ],
      }),
    );
    expect(flagged(flags).filter((f) => f[0] === 'numberDiffers')).toEqual([
      ['numberDiffers', 'rootCauses', 0, '12'],
      ['numberDiffers', 'rootCauses', 1, '12 shipped late'],
      ['numberDiffers', 'rootCauses', 2, '4 of our orders were late'],
    ]);
  });

  it('reads "shipped late on 12 orders" as late shipments, and "only 7 of our orders were late" as the total', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'We shipped late on 12 orders because UPS came early.',
          'We missed the ship-by date on about 30 orders.',
          'We shipped late on 10 orders; 7 of the 10 late shipments (70%) went with UPS.',
          'Only 7 of our orders were late.',
          'Orders were delivered late on 3 orders in December.',
        ],
      }),
    );
    expect(flagged(flags).filter((f) => f[0] === 'numberDiffers')).toEqual([
      ['numberDiffers', 'rootCauses', 0, '12 orders'],
      ['numberDiffers', 'rootCauses', 1, '30 orders'],
      ['numberDiffers', 'rootCauses', 3, '7 of our orders were late'],
    ]);
    expect(flags.find((f) => f.kind === 'numberDiffers')?.message).toContain('10 late shipments');
  });

  it('reads "out of 40 orders 12 were late" without its comma, and "1 in 40" as a rate', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'Out of 40 orders, 12 were late.',
          'Out of 40 orders 12 shipped late.',
          'Out of 40 orders, 10 were late.',
          '1 in 40 orders shipped late.',
          '1 in 4 orders shipped late.',
          'We check 1 in 20 parcels by hand.',
          // Deliveries, not shipments: not checked against the 10 late shipments.
          'Out of 40 orders, 5 were late deliveries.',
          'Out of 40 orders, 5 were late to arrive.',
          'Deliveries were late for 5 orders in March.',
        ],
      }),
    );
    expect(flagged(flags).filter((f) => f[0] === 'numberDiffers')).toEqual([
      ['numberDiffers', 'rootCauses', 0, '12 were late'],
      ['numberDiffers', 'rootCauses', 1, '12 shipped late'],
      ['numberDiffers', 'rootCauses', 3, '1 in 40'],
    ]);
  });

  it('reads a rate written without "%" after the metric name, as a fraction or a percentage', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'Our LSR was 0.12 in that window.',
          'Our LSR was 0.12.',
          'Our LSR was 0.25, because UPS came at 11:00.',
          'The LSR in the last 30 days rose to 25.',
          'Our LSR was 12, so we acted.',
          'Our LSR was 4 times the target.',
          'Our LSR was 0.3.',
        ],
      }),
    );
    expect(flagged(flags).filter((f) => f[0] === 'numberDiffers')).toEqual([
      ['numberDiffers', 'rootCauses', 1, '0.12'],
      ['numberDiffers', 'rootCauses', 4, '12'],
    ]);
    expect(flags.find((f) => f.kind === 'numberDiffers')?.message).toContain(
      'a Late Shipment Rate of 25%',
    );
  });

  it('reads a rate written with a decimal comma (12,5 %) as the rate it is', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'Our LSR was 12,5 % because UPS collected at 11:00: 7 of the 10 late shipments (70,0 %) went with UPS.',
          'Our LSR was 25,0 % and the late shipments were 1,234 fewer than we feared.',
        ],
      }),
    );
    expect(flagged(flags).filter((f) => f[0] === 'numberDiffers')).toEqual([
      ['numberDiffers', 'rootCauses', 0, '12,5 %'],
    ]);
    expect(flags[0]?.message).toContain('a Late Shipment Rate of 25%');
  });

  it('reads the seller’s own dates, times, stock, staff and years as theirs, never as claims', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'Since 2019 our 3 packers start at 08:00; UPS collected at 11:00, before 40 parcels a day were packed.',
        ],
        correctiveActions: [
          'On 2024-02-01 we changed the warehouse; on 2024-04-03 we moved the UPS pickup to 15:30.',
          'The drop test passed on 2024-03-28; we hold 240 units of SKU-A and hired 2 more staff.',
        ],
      }),
    );
    expect(flags).toEqual([]);
  });

  it('flags order IDs and ASINs that are not in the findings, results or notice', () => {
    const flags = review(
      draftWith({
        correctiveActions: [
          `We refunded order ${orderId(1)} and order 113-9999999-9999999; we paused ASIN B0AAAAAAA1 and B0ZZZZZZZ9.`,
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      ['numberNotInData', 'correctiveActions', 0, '113-9999999-9999999'],
      ['numberNotInData', 'correctiveActions', 0, 'B0ZZZZZZZ9'],
    ]);
  });

  it('leaves an order ID or ASIN that a report sheet holds, though it has no defect', () => {
    const typed = draftWith({
      correctiveActions: [
        `We refunded order 113-9999999-9999999 and 113-1111111-1111111; we paused ASIN B0ZZZZZZZ9.`,
      ],
    });
    const reportSheets = [
      [
        ['order-id', 'asin'],
        [' 113-9999999-9999999 ', 'b0zzzzzzz9'],
      ],
    ];
    const flags = reviewDraft(typed, {
      findings,
      results,
      buyerIdentifiers,
      maxChars: sellerCentralAppealLimit,
      affected,
      reportSheets,
    });
    expect(flagged(flags)).toEqual([
      ['numberNotInData', 'correctiveActions', 0, '113-1111111-1111111'],
    ]);
  });

  it('flags a root cause that only restates a finding', () => {
    const flags = review(
      draftWith({ rootCauses: ['7 of the 10 late shipments (70%) went with UPS.'] }),
    );
    expect(flagged(flags)).toEqual([
      ['statisticOnly', 'rootCauses', 0, '7 of the 10 late shipments (70%) went with UPS.'],
    ]);
  });

  it('flags capitals, insults and blaming the carrier or Amazon', () => {
    const flags = review(
      draftWith({
        rootCauses: [
          'UPS collected at 11:00. WE DID EVERYTHING RIGHT. It was entirely UPS’s fault and your system is clearly broken; nobody bothered to check.',
        ],
      }),
    );
    expect(flagged(flags).map(([kind, , , text]) => [kind, text])).toEqual([
      ['blame', 'nobody bothered'],
      ['blame', 'UPS’s fault'],
      ['blame', 'system is clearly broken'],
      ['allCaps', 'WE DID EVERYTHING RIGHT.'],
    ]);
  });

  it('flags a suggestion’s placeholder and wording about hiding identity, with an honest alternative', () => {
    const flags = review(
      draftWith({
        correctiveActions: [
          'We are disclosing the related account to Amazon: [its business name and the relationship between the two accounts].',
          'We moved the second account to a separate laptop and a VPN so the accounts are not linked.',
        ],
      }),
    );
    expect(flagged(flags)).toEqual([
      [
        'placeholder',
        'correctiveActions',
        0,
        '[its business name and the relationship between the two accounts]',
      ],
      ['identityHiding', 'correctiveActions', 1, 'VPN'],
      ['identityHiding', 'correctiveActions', 1, 'so the accounts are not linked'],
    ]);
    expect(flags[1]?.message).toMatch(/explain the relationship between the accounts truthfully/);
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
