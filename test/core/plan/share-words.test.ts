/**
 * Shares written in words ("all late orders were UPS", "half of the late orders were FedEx", "no
 * Saturday orders shipped late"), read on the sample reports: flagged where the findings
 * contradict them, left alone where they hold, where the clause narrows them to a time, a part or
 * a wish, and where the figures cannot settle them (another window, a group the data lacks).
 */
import { describe, expect, it } from 'vitest';
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

/** The claim flags of one root cause on the samples. */
function claimFlags(kind: NoticeKind, rootCause: string) {
  const draft = draftOf(kind, rootCause);
  const facts = planFactsOf(sampleReportData(), draft);
  return reviewWording(draft, facts).filter((f) => f.kind === 'numberDiffers');
}

function shareOf(kind: NoticeKind, metric: string, key: string): number {
  const facts = planFactsOf(sampleReportData(), draftOf(kind, ''));
  const found = facts.findings.find((f) => f.metric === metric && f.key === key);
  return Math.round((found?.share ?? -1) * 1000) / 10;
}

describe('the samples the shares are checked on', () => {
  it('hold the late shipments by carrier, weekday, ship service and SKU', () => {
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'USPS')).toBe(53.8);
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'UPS')).toBe(35.9);
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'FedEx')).toBe(30.8);
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'Saturday')).toBe(35.9);
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'Ground Advantage')).toBe(43.6);
    expect(shareOf('lateShipmentRate', 'lateShipmentRate', 'CL-DUTCH-6QT')).toBe(17.9);
    expect(shareOf('onTimeDeliveryRate', 'onTimeDeliveryRate', 'FedEx')).toBe(62.5);
    expect(shareOf('orderDefectRate', 'claimRate', 'Item not received')).toBe(75);
  });
});

const contradicted: [NoticeKind, string, string][] = [
  ['lateShipmentRate', 'Half of the late orders were FedEx.', '12 of the 39 late shipments'],
  ['lateShipmentRate', 'All late orders were UPS.', '14 of the 39 late shipments'],
  ['lateShipmentRate', 'All of the late shipments went with UPS.', 'went with UPS'],
  ['lateShipmentRate', 'Every late shipment was a FedEx package.', 'went with FedEx'],
  ['lateShipmentRate', 'Most late shipments went with FedEx.', 'went with FedEx'],
  ['lateShipmentRate', 'Most late shipments were Saturday orders.', 'on a Saturday'],
  ['lateShipmentRate', 'A third of the late shipments went with USPS.', 'went with USPS'],
  ['lateShipmentRate', 'Three quarters of the late shipments went with USPS.', 'USPS'],
  ['lateShipmentRate', 'Almost all late shipments went with USPS.', 'USPS'],
  ['lateShipmentRate', 'None of the late shipments went with UPS.', 'went with UPS'],
  ['lateShipmentRate', 'None of the late shipments were CL-DUTCH-6QT.', 'CL-DUTCH-6QT'],
  ['lateShipmentRate', 'All late shipments were Ground Advantage.', 'Ground Advantage'],
  ['lateShipmentRate', 'All late shipments were UPS or FedEx.', 'UPS'],
  ['lateShipmentRate', 'No Saturday orders shipped late.', 'placed on a Saturday shipped late'],
  ['lateShipmentRate', 'No UPS orders shipped late.', 'UPS orders shipped late'],
  ['lateShipmentRate', 'All of our UPS orders shipped late.', 'UPS orders shipped late'],
  ['lateShipmentRate', 'Most UPS orders shipped late.', 'UPS orders shipped late'],
  ['onTimeDeliveryRate', 'All late deliveries went with FedEx.', 'FedEx'],
  ['onTimeDeliveryRate', 'Every late delivery was a USPS parcel.', 'USPS'],
  ['orderDefectRate', 'All of the negative feedback was on FedEx orders.', 'FedEx'],
  ['orderDefectRate', 'All claims were Item not received.', 'Item not received'],
  ['orderDefectRate', 'None of the claims were on FedEx orders.', 'FedEx'],
];

describe('a share in words that the findings contradict', () => {
  it.each(contradicted)('%s: "%s" is flagged with the finding', (kind, sentence, figure) => {
    const flags = claimFlags(kind, sentence);
    expect(flags).toHaveLength(1);
    expect(sentence).toContain(flags[0]?.text ?? '-');
    expect(flags[0]?.message).toContain(figure);
  });
});

const left: [NoticeKind, string][] = [
  // True on the samples, within the looseness of words.
  ['lateShipmentRate', 'Most late shipments went with USPS.'],
  ['lateShipmentRate', 'The majority of late shipments went with USPS.'],
  ['lateShipmentRate', 'Half of the late shipments went with USPS.'],
  ['lateShipmentRate', 'About half of the late shipments went with USPS.'],
  ['lateShipmentRate', 'A third of the late shipments went with UPS.'],
  ['lateShipmentRate', 'Nearly half of the late shipments were Ground Advantage.'],
  ['lateShipmentRate', 'Most late shipments went with UPS or USPS.'],
  ['lateShipmentRate', 'All late shipments went with UPS, FedEx or USPS.'],
  ['onTimeDeliveryRate', 'Most late deliveries went with FedEx.'],
  ['orderDefectRate', 'Most of the negative feedback was on FedEx orders.'],
  ['orderDefectRate', 'Most claims were Item not received.'],
  // Narrowed, undone or a wish: the seller's account, not the window's figure.
  ['lateShipmentRate', 'Not all late shipments went with UPS.'],
  ['lateShipmentRate', 'Since October, all late shipments went with UPS.'],
  ['lateShipmentRate', 'All late shipments after the move went with UPS.'],
  ['lateShipmentRate', 'All but a few late shipments went with USPS.'],
  ['lateShipmentRate', 'All late shipments went with carriers other than UPS.'],
  ['lateShipmentRate', 'We ensure all late orders are shipped with UPS.'],
  ['lateShipmentRate', 'From now on, no late shipments will go with UPS.'],
  ['lateShipmentRate', 'All late shipments in the last 10 days went with UPS.'],
  // Nothing the findings hold: no group named, or one the data lacks.
  ['lateShipmentRate', 'All late shipments were caused by the holiday.'],
  ['lateShipmentRate', 'No late shipments went with DHL.'],
  ['lateShipmentRate', 'All late shipments were reviewed; UPS was slow.'],
  // A cancellation plan's notice does not settle late shipments.
  ['cancellationRate', 'All late orders were UPS.'],
];

describe('a share in words the review leaves alone', () => {
  it.each(left)('%s: "%s" raises no flag', (kind, sentence) => {
    expect(claimFlags(kind, sentence)).toEqual([]);
  });
});
