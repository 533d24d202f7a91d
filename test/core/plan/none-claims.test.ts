/**
 * "All orders shipped on time", "we had no cancellations", "most late shipments (80%) went with
 * USPS": claims of none and bracketed shares, read on the sample reports (39 late shipments and
 * 1 seller cancellation in the notice's window), and the same words left alone where they are
 * true, narrowed to a time or a group the figures do not hold, or not a claim at all.
 */
import { describe, expect, it } from 'vitest';
import type { FigureResult } from '../../../src/core/plan/claim-figures';
import { metricsOfNotice } from '../../../src/core/plan/notices';
import { planFactsOf } from '../../../src/core/plan/report-data';
import { reviewWording } from '../../../src/core/plan/review-wording';
import type { NoticeKind, PlanDraft } from '../../../src/core/plan/types';
import { sampleReportData } from './sample-data';

function draftOf(kind: NoticeKind, rootCause: string): PlanDraft {
  return {
    notice: { kind, date: '2026-11-02', asins: [], text: '', channel: 'MFN' },
    tickedFindingIds: [],
    rootCauses: [rootCause],
    correctiveActions: [],
    preventiveMeasures: [],
  };
}

/** The claim flags of one root cause on the samples; `clean` empties the notice's metric. */
function claimFlags(kind: NoticeKind, rootCause: string, clean = false): string[] {
  const draft = draftOf(kind, rootCause);
  const facts = planFactsOf(sampleReportData(), draft);
  const metrics = new Set(metricsOfNotice(kind));
  const results: FigureResult[] = clean
    ? facts.results.map(({ defects: _defects, ...r }) =>
        metrics.has(r.metric) ? { ...r, numerator: 0, value: 0 } : r,
      )
    : facts.results;
  const findings = clean ? facts.findings.filter((f) => !metrics.has(f.metric)) : facts.findings;
  return reviewWording(draft, { findings, results })
    .filter((f) => f.kind === 'numberDiffers')
    .map((f) => f.text);
}

describe('the samples the claims are checked on', () => {
  it('hold late shipments, one cancellation and a USPS share of the late shipments', () => {
    const late = planFactsOf(sampleReportData(), draftOf('lateShipmentRate', ''));
    const cancel = planFactsOf(sampleReportData(), draftOf('cancellationRate', ''));
    expect(late.results.find((r) => r.windowDays === 30)?.numerator).toBe(39);
    expect(cancel.results.map((r) => r.numerator)).toContain(1);
    const usps = late.findings.find((f) => f.key === 'USPS' && f.totalDefects === 39);
    expect(Math.round((usps?.share ?? 0) * 1000) / 10).toBe(53.8);
  });
});

const lateNone = [
  'All orders shipped on time; the late marks came from tracking uploads.',
  'Every order shipped on time; the late marks came from tracking uploads.',
  'None of our orders shipped late; the tracking uploads were delayed.',
  'No orders shipped late; the tracking uploads were delayed.',
  // Other wordings of the same claim.
  'All of our orders were shipped on time, and the late marks came from the carrier scans.',
  'We shipped every order on time.',
  'Not a single order was shipped late in the last 30 days.',
  'We had no late shipments; the carrier scanned the parcels a day after pickup.',
  'There were no late shipments in the last 30 days.',
  'We did not ship any orders late.',
  'We never shipped an order late.',
  'Each package went out on time because the pickup was at 17:00.',
];

const cancelNone = [
  'We had no cancellations; the notice came from a stock sync error.',
  'We did not cancel any orders; the notice came from a stock sync error.',
  // Other wordings.
  "We didn't cancel a single order.",
  'No orders were cancelled; the notice came from a sync error.',
  'There were no seller cancellations in the last 7 days.',
  'We never cancelled an order.',
  'We cancelled no orders.',
];

describe('a claim of none that the data contradicts', () => {
  it.each(lateNone)('late shipments: "%s" is flagged', (sentence) => {
    expect(claimFlags('lateShipmentRate', sentence)).toHaveLength(1);
  });

  it.each(cancelNone)('cancellations: "%s" is flagged', (sentence) => {
    expect(claimFlags('cancellationRate', sentence)).toHaveLength(1);
  });

  it('quotes the claim and gives the figure', () => {
    const draft = draftOf('lateShipmentRate', 'No orders shipped late; the uploads were delayed.');
    const facts = planFactsOf(sampleReportData(), draft);
    const [flag] = reviewWording(draft, facts);
    expect(flag?.text).toBe('No orders shipped late');
    expect(flag?.message).toMatch(/your data has .*39 late shipments in the 30 days ending/);
  });
});

describe('a claim of none about the defects of an ODR notice', () => {
  it('is flagged where the samples hold some, and left alone where they hold none', () => {
    expect(claimFlags('orderDefectRate', 'We received no A-to-z claims.')).toEqual([
      'We received no A-to-z claims',
    ]);
    expect(claimFlags('orderDefectRate', 'We had no order defects in the last 60 days.')).toEqual([
      'We had no order defects',
    ]);
    // The samples' 60 days hold no chargeback.
    expect(claimFlags('orderDefectRate', 'We had no chargebacks.')).toEqual([]);
  });
});

describe('a claim of none that is true', () => {
  it.each(lateNone)('late shipments at 0: "%s" raises no flag', (sentence) => {
    expect(claimFlags('lateShipmentRate', sentence, true)).toEqual([]);
  });

  it.each(cancelNone)('cancellations at 0: "%s" raises no flag', (sentence) => {
    expect(claimFlags('cancellationRate', sentence, true)).toEqual([]);
  });
});

describe('the same words where they claim no figure of the data', () => {
  it.each([
    // A time or a group narrows the claim to what the window's figure does not hold.
    'Since we moved the pickup to 17:00, no orders shipped late.',
    'No orders shipped late after we moved the pickup to 17:00.',
    'All orders shipped on time after 2026-11-10.',
    // ("No UPS orders shipped late" is a share of UPS's orders: share-words.test.ts.)
    'Apart from the USPS parcels, all orders shipped on time.',
    'Not all orders shipped on time: 39 went out late.',
    'Almost all orders shipped on time before the pickup moved.',
    // A goal, not a claim.
    'We check the queue at 14:00 so that no orders ship late.',
    'Our target is that every order ships on time.',
  ])('"%s" raises no flag', (sentence) => {
    expect(claimFlags('lateShipmentRate', sentence)).toEqual([]);
  });

  it('a cancellation claim in a late-shipment plan is not checked against the wrong metric', () => {
    expect(claimFlags('lateShipmentRate', 'We had no cancellations in that week.')).toEqual([]);
  });
});

describe('a percentage in brackets after what it measures', () => {
  it('is the share of the group the sentence names', () => {
    expect(
      claimFlags(
        'lateShipmentRate',
        'Most late shipments (80%) went with USPS, whose pickup came before our packing finished.',
      ),
    ).toEqual(['80%']);
    expect(
      claimFlags('lateShipmentRate', 'Many late shipments (70%) went with USPS on Mondays.'),
    ).toEqual(['70%']);
  });

  it('is left alone when it is the right share or the metric’s rate', () => {
    expect(
      claimFlags(
        'lateShipmentRate',
        'Most late shipments (54%) went with USPS, whose pickup came early.',
      ),
    ).toEqual([]);
    expect(claimFlags('lateShipmentRate', 'Most late shipments (53.8%) went with USPS.')).toEqual(
      [],
    );
    expect(
      claimFlags('lateShipmentRate', 'Our late shipments (8.9%) rose after the pickup moved.'),
    ).toEqual([]);
  });

  it('still reads "80% of our late shipments" as the share it was', () => {
    expect(claimFlags('lateShipmentRate', '80% of our late shipments went with USPS.')).toEqual([
      '80%',
    ]);
  });
});
