/** The typed-text check on the tester's shapes: phones refused, a title's name asked about. */
import { describe, expect, it } from 'vitest';
import { affectedOrders, findDefectFindings } from '../../../src/core/analysis/findings';
import { type PlanDraft, reviewDraft, sellerCentralAppealLimit } from '../../../src/core/plan';
import { lateShipmentFixture, options } from './fixtures';

const { input, results } = lateShipmentFixture();
const findings = findDefectFindings(input, results, options);
const affected = affectedOrders(input, results);
const buyerIdentifiers = [
  'Rajesh Kumar Venkataraman',
  'Rajesh',
  'Kumar',
  'Venkataraman',
  '+91 98450 12345',
];

function kinds(text: string): string[] {
  const draft: PlanDraft = {
    notice: { kind: 'lateShipmentRate', date: '2024-04-01', asins: [], text: 'Above 4%.' },
    tickedFindingIds: [],
    rootCauses: ['UPS collected at 11:00, before most orders were packed.'],
    correctiveActions: [text],
    preventiveMeasures: [{ text: 'Daily check.', owner: 'Warehouse lead', due: '2024-04-15' }],
  };
  return reviewDraft(draft, {
    findings,
    results,
    buyerIdentifiers,
    maxChars: sellerCentralAppealLimit,
    affected,
  })
    .filter((f) => f.step === 'correctiveActions' && /buyer|ownAddress/i.test(f.kind))
    .map((f) => f.kind);
}

describe('buyer data the seller types', () => {
  it.each([
    'We will call the buyer on 098450 12345 before dispatch.',
    'Buyer phone 138 0013 8000 was on the label.',
    'The label said Tel. 030/1234567.',
    'We rang the buyer at 06.12.34.56.78.',
    'We re-shipped the order to Rajesh Kumar.',
  ])('refuses "%s"', (text) => {
    expect(kinds(text)).toEqual(['buyerData']);
  });

  it.each([
    'We apologised to Shri Ramesh Gupta for the delay.',
    'Smt. Lakshmi Narayanan was refunded.',
  ])('asks about a name after an Indian title: "%s"', (text) => {
    expect(kinds(text)).toEqual(['possibleBuyerName']);
  });

  it.each([
    'We moved the stock to our Unit 7 warehouse.',
    'Our packing follows the 1-2-3 rule: check, pack, scan.',
    'We shipped 02.11.2026 orders at 12:30 for 12.99 and 1.234,56 EUR.',
    'Orders 113-1234567-1234567 and 5 of 40 late shipments (12.5%) went by UPS on 11/02/2026.',
  ])('refuses nothing in "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
