/**
 * Counts and rates of an ODR plan, as sellers write them, checked on the generated seller's own
 * figures: a wrong one is flagged with the right figure, a right one is left alone.
 */
import { describe, expect, it } from 'vitest';
import { noticeFigures, reviewOnSeller, sellerData } from './scenarios/seller-data';

const notice = { kind: 'orderDefectRate' as const, date: '2026-11-16', asins: [], text: '' };
const figures = noticeFigures(sellerData(7), notice);
const odr = figures.result('orderDefectRate', 60);
const mfn = (metric: string) => {
  const found = figures.results.find((r) => r.metric === metric && r.channel === odr.channel);
  if (!found) throw new Error(`No ${metric} in the scenario data.`);
  return found.numerator;
};
const rate = figures.percent(odr.value ?? 0);
const defects = odr.numerator;
const claims = mfn('claimRate');
const negative = mfn('negativeFeedbackRate');

function numberFlags(sentence: string): string[] {
  return reviewOnSeller('orderDefectRate', { rootCauses: [sentence] })
    .filter((f) => f.kind === 'numberDiffers')
    .map((f) => f.text);
}

describe('an ODR plan’s figures', () => {
  it.each([
    `Our ODR was ${rate + 2}%.`,
    `We had ${defects + 5} orders with defects.`,
    `We received ${claims + 3} A-to-z claims.`,
    `Buyers left ${negative + 4} negative feedbacks.`,
    `Our order defect rate reached ${rate + 1.5}%.`,
    `${claims + 3} buyers filed A-to-z claims.`,
    `${negative + 1} customers left negative feedback.`,
    `There were ${claims + 2} claims in the last 60 days.`,
    `Negative feedback: ${negative + 3}.`,
    `ODR of ${rate + 2} percent.`,
    `Claims rose to ${claims + 4}.`,
    `${defects + 3} of our ${odr.denominator} orders had a defect.`,
  ])('"%s" is flagged', (sentence) => {
    expect(numberFlags(sentence)).not.toEqual([]);
  });

  it.each([
    `Our ODR was ${rate}%.`,
    `We had ${defects} orders with defects.`,
    `We received ${claims} A-to-z claims.`,
    `${claims} buyers filed A-to-z claims.`,
    `${negative} customers left negative feedback.`,
    `There were ${claims} claims in the last 60 days.`,
    `Negative feedback: ${negative}.`,
    `${defects} of our ${odr.denominator} orders had a defect.`,
    'We retrained 4 staff on 2026-11-18.',
    'Amazon requires an ODR under 1%.',
    'We now pack 2 extra layers of bubble wrap.',
  ])('"%s" is left alone', (sentence) => {
    expect(numberFlags(sentence)).toEqual([]);
  });
});
