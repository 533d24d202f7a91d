/**
 * An identity-verification plan gives the business address Amazon asks to verify. There a street
 * address or postcode that no report sheet holds is asked about and the Doc can be made; a buyer's
 * address from the sheets is still refused, and in every other plan any address is.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleReports } from '../../../scripts/sample-data';
import { composePlan } from '../../../src/core/plan/compose';
import { generateRefusal } from '../../../src/core/plan/generate-refusal';
import { reviewDraft } from '../../../src/core/plan/review';
import type { NoticeKind, PlanDraft } from '../../../src/core/plan/types';
import { buyerValuesOfAll } from '../../../src/core/privacy';
import { noticeFigures, reviewOnData, sellerData } from './scenarios/seller-data';

const reports = generateSampleReports({ seed: 5, orders: 200, days: 60, endDay: '2026-11-15' });
const buyerIdentifiers = buyerValuesOfAll(Object.values(reports));
const header = reports.sellerFulfilledOrders[0] ?? [];
const firstOrder = reports.sellerFulfilledOrders[1] ?? [];
const buyerStreet = firstOrder[header.indexOf('ship-address-1')] ?? '';
const buyerPostcode = firstOrder[header.indexOf('ship-postal-code')] ?? '';

function draft(kind: NoticeKind, rootCause: string): PlanDraft {
  return {
    notice: { kind, date: '2026-11-16', asins: [], text: '' },
    tickedFindingIds: [],
    rootCauses: [rootCause],
    correctiveActions: ['On 2026-11-10 we uploaded a utility bill in the business name.'],
    preventiveMeasures: [
      {
        text: 'We check the address on every document we upload.',
        owner: 'Owner',
        due: '2026-12-01',
      },
    ],
  };
}

const review = (d: PlanDraft) =>
  reviewDraft(d, { findings: [], results: [], buyerIdentifiers, maxChars: 100_000 });

describe('an address in a Plan of Action', () => {
  const own = 'Our business moved to 27 Mill Lane, Sheffield S3 8DG on 2026-10-01.';

  it('is asked about, not refused, in an identity-verification plan when no sheet holds it', () => {
    expect(buyerStreet).not.toBe('');
    const flags = review(draft('identityVerification', own));
    expect(flags.filter((f) => f.kind === 'buyerData')).toEqual([]);
    expect(flags.filter((f) => f.kind === 'ownAddress').map((f) => f.text)).toEqual([
      '27 Mill Lane',
      'S3 8DG',
    ]);
    expect(generateRefusal(flags)).toBeNull();
  });

  it("is refused in an identity-verification plan when it is a buyer's, from the sheets", () => {
    const flags = review(
      draft('identityVerification', `The bill showed ${buyerStreet}, ${buyerPostcode} by mistake.`),
    );
    expect(flags.some((f) => f.kind === 'buyerData')).toBe(true);
    expect(flags.some((f) => f.kind === 'ownAddress')).toBe(false);
    expect(generateRefusal(flags)).toMatch(/buyer personal data in "Root causes", entry 1/);
  });

  it.each(['orderDefectRate', 'relatedAccounts', 'inauthentic'] as const)(
    'is refused in a %s plan, whoever it belongs to',
    (kind) => {
      const flags = review(draft(kind, own));
      expect(flags.some((f) => f.kind === 'buyerData')).toBe(true);
      expect(generateRefusal(flags)).not.toBeNull();
    },
  );
});

describe('a town a buyer also lives in', () => {
  const data = sellerData(7);
  const town = buyerTown(data.buyerPlaces);

  it('is asked about in the plan, and the Doc is made', () => {
    const notice = { kind: 'lateShipmentRate' as const, date: '2026-11-16', asins: [], text: '' };
    const figures = noticeFigures(data, notice);
    const d: PlanDraft = {
      ...draft('lateShipmentRate', `Our 3PL in ${town} missed the carrier cut-off.`),
      notice,
    };
    const flags = reviewOnData(data, figures, d);
    expect(flags.map((f) => [f.kind, f.text])).toEqual([['possibleBuyerName', town]]);
    expect(generateRefusal(flags)).toBeNull();
    expect(() =>
      composePlan(d, figures.findings, [], figures.results, {
        buyerIdentifiers: data.buyerIdentifiers,
        redactor: data.redactor,
      }),
    ).not.toThrow();
  });

  it('is still blanked wherever report text leaves the sheets', () => {
    expect(data.redactor.redact(`Delivered to ${town}.`)).not.toContain(town);
  });
});

/** A town of several words that the buyers' ship-city holds ("Salt Lake City"). */
function buyerTown(places: readonly string[]): string {
  const town = places.find((p) => /^\p{L}+(?: \p{L}+)+$/u.test(p));
  if (!town) throw new Error('No town of several words in the sample buyers.');
  return town;
}
