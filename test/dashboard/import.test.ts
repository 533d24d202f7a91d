/**
 * Import report, as the dialog drives it: the sample downloads into sheets named for their kind,
 * then an overlapping second download merged without duplicates or changes to what is there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetSnapshot } from '../../host';
import { type Dashboard, importText, sampleText, startDashboard } from './helpers';

const samples = [
  ['all-orders.tsv', 'All Orders'],
  ['seller-fulfilled-orders.tsv', 'Seller-fulfilled Orders'],
  ['shipping-confirmations.tsv', 'Shipping Confirmations'],
  ['fba-shipments.tsv', 'FBA Shipments'],
  ['feedback.tsv', 'Seller Feedback'],
  ['claims.tsv', 'A-to-z Claims'],
  ['chargebacks.tsv', 'Chargebacks'],
] as const;

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function column(snapshot: SheetSnapshot, name: string): unknown[] {
  const index = (snapshot.values[0] ?? []).indexOf(name);
  return snapshot.values.slice(1).map((row) => row[index]);
}

describe('importing the sample downloads', () => {
  let dashboard: Dashboard;
  const outcomes = new Map<string, string[]>();

  beforeAll(async () => {
    dashboard = startDashboard();
    for (const [file] of samples) {
      outcomes.set(file, (await importText(dashboard, file, sampleText(file))).lines);
    }
  });

  it('writes each report to a sheet named for its kind, every row once', () => {
    for (const [file, sheetName] of samples) {
      const snapshot = dashboard.host.spreadsheet.sheet(sheetName).snapshot();
      expect(snapshot.values.length, sheetName).toBe(lines(sampleText(file)).length);
    }
  });

  it('ends with a summary: rows added, duplicates, the date range', () => {
    expect(outcomes.get('all-orders.tsv')).toEqual([
      'All Orders report: new sheet "All Orders".',
      `Rows added: ${(lines(sampleText('all-orders.tsv')).length - 1).toLocaleString('en-US')}.`,
      'Duplicates skipped (already in the sheet): 0.',
      'Dates in the file: 2026-08-18 to 2026-11-15.',
    ]);
  });

  it('writes dates as dates, amounts as numbers, and text as text Sheets does not run', () => {
    const orders = dashboard.host.spreadsheet.sheet('Seller-fulfilled Orders').snapshot();
    expect(column(orders, 'purchase-date').every(isDate)).toBe(true);
    expect(column(orders, 'latest-ship-date').every(isDate)).toBe(true);
    expect(column(orders, 'item-price').every((v) => typeof v === 'number')).toBe(true);
    // "+1 555-0155" would be a formula if typed into Sheets; the import keeps it text.
    expect(column(orders, 'buyer-phone-number')[0]).toBe('+1 555-0155');
    // Order item IDs are 14 digits: as numbers they would lose their last digits.
    expect(column(orders, 'order-item-id')[0]).toBe('52480602949302');
    const all = dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    expect(column(all, 'ship-postal-code')).toContain('02100');
    // No report cell is a formula.
    for (const [, sheetName] of samples) {
      const formulas = dashboard.host.spreadsheet.sheet(sheetName).snapshot().formulas.flat();
      expect(
        formulas.filter((f) => f !== ''),
        sheetName,
      ).toEqual([]);
    }
  });

  it('shows each date the way the report wrote it', () => {
    const feedback = dashboard.host.spreadsheet.sheet('Seller Feedback').snapshot();
    // 8/27/26 in the report; the sheet shows the same day, formatted as a day.
    expect(feedback.numberFormats[1]?.[0]).toBe('yyyy-mm-dd');
    const shown = dashboard.host.spreadsheet
      .sheet('Seller Feedback')
      .getRange('A2')
      .getDisplayValue();
    expect(shown).toBe('2026-08-27');
  });
});

describe('importing the next download over the first', () => {
  it('adds only the new rows and leaves every row already there as it was', async () => {
    const dashboard = startDashboard();
    const [header, ...rows] = lines(sampleText('all-orders.tsv'));
    const cut = Math.floor(rows.length * 0.6);
    const overlapFrom = Math.floor(rows.length * 0.3);
    const week1 = [header, ...rows.slice(0, cut)].join('\n');
    const week2 = [header, ...rows.slice(overlapFrom)].join('\n');

    await importText(dashboard, 'week 1.txt', week1);
    const before = dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    const second = await importText(dashboard, 'week 2.txt', week2);
    const after = dashboard.host.spreadsheet.sheet('All Orders').snapshot();

    expect(second.summary.added).toBe(rows.length - cut);
    expect(second.summary.duplicates).toBe(cut - overlapFrom);
    expect(after.values.length).toBe(rows.length + 1);
    expect(after.values.slice(0, before.values.length)).toEqual(before.values);
    expect(after.numberFormats.slice(0, before.values.length)).toEqual(before.numberFormats);

    // The same download a third time adds nothing.
    const third = await importText(dashboard, 'week 2 again.txt', week2);
    expect([third.summary.added, third.summary.duplicates]).toEqual([0, rows.length - overlapFrom]);
    expect(dashboard.host.spreadsheet.sheet('All Orders').snapshot().values).toEqual(after.values);
  });

  it('recognises its rows in a download saved as CSV with its columns in another order', async () => {
    const dashboard = startDashboard();
    await importText(dashboard, 'feedback.tsv', sampleText('feedback.tsv'));
    const table = lines(sampleText('feedback.tsv')).map((line) => line.split('\t').reverse());
    const csv = table
      .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','))
      .join('\r\n');
    const again = await importText(dashboard, 'feedback.csv', csv);
    expect([again.summary.added, again.summary.duplicates]).toEqual([0, table.length - 1]);
  });
});
