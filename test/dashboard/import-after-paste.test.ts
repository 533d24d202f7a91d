/**
 * An import over rows the seller pasted by hand, and an import whose day order the sheets cannot
 * tell: found by a tester who imports every week as sellers do.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleReports, toTsv } from '../../scripts/sample-data';
import { importText, sampleText, startDashboard } from './helpers';

const rowsOf = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split('\t'));

describe('an import over confirmations pasted by hand', () => {
  it('recognises every pasted row, though Sheets kept its IDs of digits as numbers', async () => {
    const d = startDashboard();
    const text = sampleText('shipping-confirmations.tsv');
    // Pasted into Sheets: 22-digit USPS numbers keep 16 digits, FedEx 087576508890 loses its 0.
    d.host.spreadsheet.addSheetWithValues('Shipping Confirmations', rowsOf(text));
    const pasted = d.host.spreadsheet.sheet('Shipping Confirmations').snapshot().values;
    expect(pasted.some((row) => typeof row[6] === 'number' && row[6] > 1e21)).toBe(true);
    expect(pasted.some((row) => row[6] === 87576508890)).toBe(true);
    const out = await importText(d, 'shipping.txt', text);
    expect({ added: out.summary.added, duplicates: out.summary.duplicates }).toEqual({
      added: 0,
      duplicates: rowsOf(text).length - 1,
    });
  });
});

describe('a UK feedback file imported while the sheets hold US orders', () => {
  it('writes 3/9/2026 as 3 September, as its other dates (13/9/2026) show the column is day-first', async () => {
    const d = startDashboard();
    const us = generateSampleReports({ seed: 11, orders: 300, days: 90, endDay: '2026-11-15' });
    const uk = generateSampleReports({
      seed: 12,
      orders: 300,
      days: 90,
      endDay: '2026-11-15',
      marketplace: 'UK',
    });
    await importText(d, 'us-all-orders.txt', toTsv(us.allOrders));
    await importText(d, 'uk-feedback.txt', toTsv(uk.feedback));
    const sheet = d.host.spreadsheet.sheets.find((s) => /feedback/i.test(s.getName()));
    const written = sheet?.snapshot().values ?? [];
    const [header = [], ...file] = uk.feedback;
    const date = header.indexOf('Date');
    const order = header.indexOf('Order ID');
    const early = file.find((row) => Number(String(row[date]).split('/')[0]) <= 12);
    expect(early).toBeDefined();
    const [day, month, year] = String(early?.[date]).split('/').map(Number);
    const row = written.find((r) => r[order] === early?.[order]);
    const cell = row?.[date] as Date;
    expect([cell.getUTCFullYear() % 100, cell.getUTCMonth() + 1]).toEqual([
      (year ?? 0) % 100,
      month,
    ]);
    expect(Math.abs(cell.getUTCDate() - (day ?? 0))).toBeLessThanOrEqual(1);
  });
});

describe('next week’s download, where a status moved on', () => {
  it('keeps the sheet’s rows and names the file rows that say otherwise', async () => {
    const d = startDashboard();
    const [header = [], ...rows] = rowsOf(sampleText('all-orders.tsv'));
    const status = header.indexOf('order-status');
    const item = header.indexOf('item-status');
    const week1 = [header, ...rows.slice(0, 50)];
    await importText(d, 'all-orders.txt', week1.map((r) => r.join('\t')).join('\n'));
    // Week 2: row 5 of the file (an order of week 1) is now Cancelled; 10 rows are new.
    const week2 = [header, ...rows.slice(0, 60)].map((r, i) =>
      i === 4 ? r.map((c, k) => (k === status || k === item ? 'Cancelled' : c)) : r,
    );
    const before = d.host.spreadsheet.sheet('All Orders').snapshot().values;
    const out = await importText(d, 'all-orders.txt', week2.map((r) => r.join('\t')).join('\n'));
    const after = d.host.spreadsheet.sheet('All Orders').snapshot().values;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(out.summary.added).toBe(10);
    expect(out.summary.changedRows).toEqual([5]);
    expect(out.lines.join('\n')).toContain(
      'Of those, 1 has another status, scan or delivery date in this file than in the sheet (file row 5).',
    );
    // The same file again: nothing new, the same row named.
    const again = await importText(d, 'all-orders.txt', week2.map((r) => r.join('\t')).join('\n'));
    expect([again.summary.added, again.summary.changedRows]).toEqual([0, [5]]);
  });

  it('names no row when the download is the same', async () => {
    const d = startDashboard();
    const text = sampleText('shipping-confirmations.tsv');
    await importText(d, 'shipping.txt', text);
    const out = await importText(d, 'shipping.txt', text);
    expect([out.summary.added, out.summary.changedRows]).toEqual([0, []]);
  });
});
