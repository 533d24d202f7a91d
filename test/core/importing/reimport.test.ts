/**
 * Importing next week's download over what the sheet holds: each row the sheet has is recognised
 * (a duplicate, not added twice), each row it lacks is added (never lost as a "duplicate"), and a
 * row is named changed only when its status, scan or delivery date really moved on. Varied over
 * what makes two cells the same: long tracking numbers, Sheets' numbers and booleans, day orders.
 */
import { describe, expect, it } from 'vitest';
import { importInto, type Sheet } from './import-into';

const confirmationHeader = [
  'order-id',
  'order-item-id',
  'quantity',
  'ship-date',
  'carrier-code',
  'tracking-number',
  'tracking-valid',
  'delivered-date',
];

function confirmation(tracking: string, extra: Partial<{ valid: string; delivered: string }> = {}) {
  return [
    '111-0000001-0000001',
    '52480602949302',
    '1',
    '2026-08-18',
    'USPS',
    tracking,
    extra.valid ?? 'true',
    extra.delivered ?? '2026-08-21',
  ];
}

/** A sheet the seller pasted a download into: Sheets keeps text of digits and TRUE as values. */
function pasted(header: string[], rows: string[][]): Sheet {
  const asSheetsKeeps = (cell: string): unknown => {
    if (/^\d+$/.test(cell)) return Number(cell);
    if (/^(true|false)$/i.test(cell)) return cell.toLowerCase() === 'true';
    return cell;
  };
  return { header, rows: rows.map((row) => row.map(asSheetsKeeps)) };
}

// Two USPS labels printed together: 22 digits that differ only in the last three.
const labelA = '9400111899223197428123';
const labelB = '9400111899223197428456';

describe('long tracking numbers', () => {
  it('adds a second package whose number differs only in its last digits', () => {
    const first = importInto(null, 'shippingConfirmations', confirmationHeader, [
      confirmation(labelA),
    ]);
    const next = importInto(first.sheet, 'shippingConfirmations', confirmationHeader, [
      confirmation(labelB),
    ]);
    expect([next.plan.added, next.plan.duplicates]).toEqual([1, 0]);
    expect(next.plan.rows[0]?.[5]).toEqual({ type: 'text', value: labelB });
  });

  it('recognises the package the sheet has, in whatever order the download lists them', () => {
    const first = importInto(null, 'shippingConfirmations', confirmationHeader, [
      confirmation(labelA),
    ]);
    const next = importInto(first.sheet, 'shippingConfirmations', confirmationHeader, [
      confirmation(labelB),
      confirmation(labelA),
    ]);
    expect([next.plan.added, next.plan.duplicates]).toEqual([1, 1]);
    expect(next.sheet.rows.map((row) => row[5])).toEqual([labelA, labelB]);
    const again = importInto(next.sheet, 'shippingConfirmations', confirmationHeader, [
      confirmation(labelA),
      confirmation(labelB),
    ]);
    expect([again.plan.added, again.plan.duplicates]).toEqual([0, 2]);
  });

  it('recognises the rows a seller pasted, though Sheets kept the numbers without their last digits', () => {
    const rows = [confirmation(labelA), confirmation('087576508890')];
    const sheet = pasted(confirmationHeader, rows);
    expect(sheet.rows[1]?.[5]).toBe(87576508890);
    const next = importInto(sheet, 'shippingConfirmations', confirmationHeader, rows);
    expect([next.plan.added, next.plan.duplicates, next.plan.changedRows]).toEqual([0, 2, []]);
  });
});

describe('tracking-valid as Sheets keeps it', () => {
  const rows = [confirmation(labelA, { valid: 'true' }), confirmation(labelB, { valid: 'false' })];

  it('names no row changed when the sheet holds TRUE and FALSE and the file true and false', () => {
    const next = importInto(
      pasted(confirmationHeader, rows),
      'shippingConfirmations',
      confirmationHeader,
      rows,
    );
    expect([next.plan.duplicates, next.plan.changedRows]).toEqual([2, []]);
  });

  it('names the row whose scan turned invalid', () => {
    const later = [rows[0] ?? [], confirmation(labelB, { valid: 'true' })];
    const next = importInto(
      pasted(confirmationHeader, rows),
      'shippingConfirmations',
      confirmationHeader,
      later,
    );
    expect(next.plan.changedRows).toEqual([3]);
  });
});

const feedbackHeader = ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID'];
const feedback = (date: string, order: string) => [date, '2', 'Late', '', order];

describe('day-first dates the sheet keeps as text (US and UK marketplaces in one sheet)', () => {
  const asText = { dayOrder: 'MDY', datesAsText: true } as const;

  it('recognises 03/02/2026 when the next file shows its column is day-first', () => {
    const first = importInto(
      null,
      'feedback',
      feedbackHeader,
      [feedback('03/02/2026', '202-1')],
      asText,
    );
    expect(first.sheet.rows[0]?.[0]).toBe('03/02/2026');
    const next = importInto(
      first.sheet,
      'feedback',
      feedbackHeader,
      [feedback('03/02/2026', '202-1'), feedback('13/02/2026', '202-2')],
      asText,
    );
    expect([next.plan.added, next.plan.duplicates]).toEqual([1, 1]);
  });

  it('reads a file of 1 to 7 March as day-first when the sheet’s column already shows it is', () => {
    const sheet = pasted(feedbackHeader, [
      feedback('13/02/2026', '202-2'),
      feedback('03/02/2026', '202-1'),
    ]);
    const next = importInto(
      sheet,
      'feedback',
      feedbackHeader,
      [feedback('03/02/2026', '202-1'), feedback('05/03/2026', '202-3')],
      { dayOrder: 'MDY' },
    );
    expect([next.plan.added, next.plan.duplicates]).toEqual([1, 1]);
    // Written as 5 March, as the readers read the column whole.
    const written = next.plan.rows[0]?.[0];
    expect(written?.type).toBe('date');
    const day = new Date((written as { value: number }).value);
    expect([day.getUTCMonth() + 1, day.getUTCDate()]).toEqual([3, 5]);
    expect([next.plan.firstDay, next.plan.lastDay]).toEqual(['2026-02-03', '2026-03-05']);
  });

  it('names no row changed when the same confirmations come again with day-first delivery dates', () => {
    const rows = [
      confirmation(labelA, { delivered: '11/04/2026' }),
      confirmation(labelB, { delivered: '13/04/2026' }),
    ].map((row) => row.map((cell, i) => (i === 3 ? '10/04/2026' : cell)));
    const options = { datesAsText: true } as const;
    const first = importInto(null, 'shippingConfirmations', confirmationHeader, rows, options);
    expect(first.plan.added).toBe(2);
    const again = importInto(
      first.sheet,
      'shippingConfirmations',
      confirmationHeader,
      rows,
      options,
    );
    expect([again.plan.added, again.plan.duplicates, again.plan.changedRows]).toEqual([0, 2, []]);
  });
});
