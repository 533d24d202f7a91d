import { describe, expect, it } from 'vitest';
import { sheetLayout } from '../../../src/core/importing/import-batch';
import { importInto } from './import-into';

const header = [
  'amazon-order-id',
  'purchase-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'product-name',
  'sku',
  'quantity',
  'item-price',
  'ship-postal-code',
];

function row(id: string, day: number, sku = 'MUG-1', name = 'Stoneware mug'): string[] {
  const date = `2026-11-${String(day).padStart(2, '0')}T15:00:00+00:00`;
  return [id, date, 'Shipped', 'Merchant', 'Amazon.com', name, sku, '1', '12.50', '02134'];
}

describe('importing an All Orders download into a new sheet', () => {
  const { plan } = importInto(null, 'allOrders', header, [
    row('111-0000001-0000001', 3),
    row('111-0000002-0000002', 4, 'PAN-12', '=IMPORTXML("http://example.invalid","//a")'),
    [],
    row('111-0000003-0000003', 5),
  ]);

  it('adds every readable row and skips blank lines', () => {
    expect(plan.added).toBe(3);
    expect(plan.duplicates).toBe(0);
    expect(plan.problems).toEqual([]);
  });

  it('types the cells: dates as the marketplace wall clock, amounts and quantities as numbers, the rest text', () => {
    const first = plan.rows[0] ?? [];
    // 15:00 UTC is 07:00 in Los Angeles (the marketplace): the New York spreadsheet shows 07:00.
    expect(first[1]).toEqual({
      type: 'date',
      value: Date.parse('2026-11-03T07:00:00-05:00'),
      dateOnly: false,
    });
    expect(first[7]).toEqual({ type: 'number', value: 1 });
    expect(first[8]).toEqual({ type: 'number', value: 12.5 });
    // A postal code keeps its leading zero; an order ID is never a number.
    expect(first[9]).toEqual({ type: 'text', value: '02134' });
    expect(first[0]).toEqual({ type: 'text', value: '111-0000001-0000001' });
    expect(plan.rows[1]?.[5]).toEqual({
      type: 'text',
      value: '=IMPORTXML("http://example.invalid","//a")',
    });
  });

  it('gives the date range of the download in the marketplace zone', () => {
    expect([plan.firstDay, plan.lastDay]).toEqual(['2026-11-03', '2026-11-05']);
    expect(plan.dateColumns).toEqual([{ column: 1, dateOnly: false }]);
  });
});

describe('importing the next download over the sheet', () => {
  const week1 = [row('111-1', 3), row('111-2', 4), row('111-2', 4, 'PAN-12'), row('111-3', 5)];
  const first = importInto(null, 'allOrders', header, week1);
  // The next download overlaps: 111-2 and 111-3 again, plus two new orders.
  const week2 = [
    row('111-2', 4),
    row('111-2', 4, 'PAN-12'),
    row('111-3', 5),
    row('111-4', 9),
    row('111-5', 10),
  ];
  const second = importInto(first.sheet, 'allOrders', header, week2);

  it('adds only the rows the sheet does not have', () => {
    expect(second.plan.added).toBe(2);
    expect(second.plan.duplicates).toBe(3);
    expect(second.plan.rows.map((r) => r[0])).toEqual([
      { type: 'text', value: '111-4' },
      { type: 'text', value: '111-5' },
    ]);
  });

  it('leaves the rows already there as they were', () => {
    expect(second.sheet.rows.slice(0, 4)).toEqual(first.sheet.rows);
  });

  it('recognises its rows even when the next download orders its columns differently', () => {
    const reordered = [...header].reverse();
    const rows = week2.map((r) => [...r].reverse());
    const third = importInto(first.sheet, 'allOrders', reordered, rows);
    expect([third.plan.added, third.plan.duplicates]).toEqual([2, 3]);
    expect(third.layout.newColumns).toEqual([]);
    expect(third.plan.rows[0]?.[0]).toEqual({ type: 'text', value: '111-4' });
  });

  it('keeps both rows of an order that lists one SKU twice (two promotions)', () => {
    const twice = [row('111-9', 3), row('111-9', 3)];
    const fresh = importInto(null, 'allOrders', header, twice);
    expect(fresh.plan.added).toBe(2);
    const again = importInto(fresh.sheet, 'allOrders', header, twice);
    expect([again.plan.added, again.plan.duplicates]).toEqual([0, 2]);
  });

  it('adds a column the sheet lacks at the right and fills only the new rows', () => {
    const wider = [...header, 'is-buyer-requested-cancelation'];
    const rows = [
      [...row('111-3', 5), 'FALSE'],
      [...row('111-6', 11), 'TRUE'],
    ];
    const fourth = importInto(first.sheet, 'allOrders', wider, rows);
    expect(fourth.layout.newColumns).toEqual([
      { name: 'is-buyer-requested-cancelation', column: 10 },
    ]);
    expect(fourth.plan.added).toBe(1);
    expect(fourth.plan.rows[0]?.[10]).toEqual({ type: 'text', value: 'TRUE' });
    expect(fourth.sheet.rows[0]?.[10]).toBe('');
  });

  it("puts a new column in the first column empty from top to bottom, past the seller's notes", () => {
    const wider = [...header, 'is-buyer-requested-cancelation', 'promotion-ids'];
    // Columns 10 and 12 hold the seller's notes without a header; 11 and 13 are empty.
    const notes = new Set([10, 12]);
    const layout = sheetLayout(header, wider, (column) => !notes.has(column));
    expect(layout.newColumns).toEqual([
      { name: 'is-buyer-requested-cancelation', column: 11 },
      { name: 'promotion-ids', column: 13 },
    ]);
    expect(layout.header.slice(10)).toEqual([
      '',
      'is-buyer-requested-cancelation',
      '',
      'promotion-ids',
    ]);
    expect(layout.fileToSheet.slice(-2)).toEqual([11, 13]);
  });
});

describe('rows that cannot be read', () => {
  it('are not imported, and are listed with the file row and the reason', () => {
    const bad = row('111-7', 6);
    bad[7] = 'two';
    const long = row('111-8', 6, 'LONG', 'x'.repeat(60_000));
    const { plan } = importInto(null, 'allOrders', header, [row('111-6', 6), bad, long]);
    expect(plan.added).toBe(1);
    expect(plan.problemCount).toBe(2);
    expect(plan.problems.map((p) => p.row)).toEqual([3, 4]);
    expect(plan.problems[1]?.message).toContain('60,000 characters');
    expect(plan.problems[0]?.message).toBe(
      'orders.txt: row 3 of the All Orders report, column "quantity", has "two"; expected a whole number of units, 0 or more.',
    );
  });
});

describe('feedback, dated by day', () => {
  const feedbackHeader = ['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email'];
  const feedback = [
    ['11/3/26', '1', 'Arrived broken', '', '111-1', 'buyer@example.invalid'],
    ['11/4/26', '5', 'Great', '', '111-2', 'other@example.invalid'],
  ];

  it('writes a day without a time at the start of that day, and recognises it next time', () => {
    const first = importInto(null, 'feedback', feedbackHeader, feedback);
    const date = first.plan.rows[0]?.[0];
    // Midnight in New York (the spreadsheet), as a seller typing 11/3/26 would make it.
    expect(date).toEqual({
      type: 'date',
      value: Date.parse('2026-11-03T00:00:00-05:00'),
      dateOnly: true,
    });
    expect(first.plan.dateColumns).toEqual([{ column: 0, dateOnly: true }]);
    const again = importInto(first.sheet, 'feedback', feedbackHeader, [
      ...feedback,
      ['11/5/26', '2', 'Late', '', '111-3', 'third@example.invalid'],
    ]);
    expect([again.plan.added, again.plan.duplicates]).toEqual([1, 2]);
  });
});
