/**
 * Where an import puts columns: a column the sheet lacks goes to the first column right of the
 * report that is empty from top to bottom (the seller's notes without a header keep theirs), and a
 * report imported without its buyer columns still gives every metric and the Health sheet.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/core/importing/delimited';
import { isBuyerColumn } from '../../src/core/privacy';
import { evaluate, formulasOf, importText, sampleText, startDashboard } from './helpers';

function tsv(rows: string[][]): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

const [header = [], ...rows] = parseDelimited(sampleText('all-orders.tsv')).rows;
const promotionColumn = header.indexOf('promotion-ids');

describe('a new column of an import', () => {
  it("goes to the first column empty from top to bottom, past the seller's notes", async () => {
    const dashboard = startDashboard();
    // The first download lacks promotion-ids; the seller then types notes in the first two
    // columns right of the report, without a header, and leaves the third empty.
    const narrow = (row: string[]) => row.filter((_, i) => i !== promotionColumn);
    await importText(
      dashboard,
      'week-1.txt',
      tsv([narrow(header), ...rows.slice(0, 20).map(narrow)]),
    );
    const sheet = dashboard.host.spreadsheet.sheet('All Orders');
    const width = header.length - 1;
    sheet.insertColumnsAfter(width, 5);
    sheet.getRange(3, width + 1).setValue('call carrier about these');
    sheet.getRange(12, width + 2).setValue('checked 2026-11-20');
    const before = sheet.snapshot();

    const outcome = await importText(dashboard, 'week-2.txt', tsv([header, ...rows.slice(10, 40)]));
    expect(outcome.summary.newColumns).toEqual(['promotion-ids']);
    const after = sheet.snapshot();
    // The notes are where they were; the new header went to the third column right of the report.
    expect(after.values[2]?.[width]).toBe('call carrier about these');
    expect(after.values[11]?.[width + 1]).toBe('checked 2026-11-20');
    expect(after.values[0]?.slice(width)).toEqual(['', '', 'promotion-ids']);
    // Nothing above the new rows changed but that header cell.
    for (let r = 1; r < before.values.length; r++) {
      expect(after.values[r]?.slice(0, width + 2)).toEqual(before.values[r]?.slice(0, width + 2));
    }
    // The new rows carry promotion-ids in that column, the rest of the row as before.
    const row = rows[30] ?? [];
    const written = after.values.find((r) => r[0] === row[0] && r[11] === row[11]);
    expect(written?.[width + 2]).toBe(row[promotionColumn]);
    expect(outcome.lines.join(' ')).toMatch(/first column right of the report that was empty/);
  });
});

describe('a report imported without its buyer columns', () => {
  const files = [
    'all-orders.tsv',
    'seller-fulfilled-orders.tsv',
    'shipping-confirmations.tsv',
    'fba-shipments.tsv',
    'feedback.tsv',
    'claims.tsv',
    'chargebacks.tsv',
  ];

  it('leaves out every buyer column, and the metrics and Health sheet come out the same', async () => {
    const full = startDashboard();
    const bare = startDashboard();
    // The first 600 lines of each download: enough for every metric, quick to evaluate twice.
    const head = (file: string) => sampleText(file).split('\n').slice(0, 600).join('\n');
    for (const file of files) {
      await importText(full, file, head(file));
      await importText(bare, file, head(file), { withoutBuyerColumns: true });
    }
    for (const sheet of bare.host.spreadsheet.sheets) {
      const top = sheet.snapshot().values[0] ?? [];
      expect(top.filter(isBuyerColumn), sheet.name).toEqual([]);
    }
    const fullOrders = full.host.spreadsheet.sheet('Seller-fulfilled Orders').snapshot().values;
    const bareOrders = bare.host.spreadsheet.sheet('Seller-fulfilled Orders').snapshot().values;
    expect(bareOrders.length).toBe(fullOrders.length);
    expect((bareOrders[0] ?? []).length).toBeLessThan((fullOrders[0] ?? []).length - 10);

    full.menu('buildHealthSheet');
    bare.menu('buildHealthSheet');
    for (const [sheet, cell] of [
      ['Health', 'A7'],
      ['Health', 'A29'],
      ['Health', 'A39'],
      ['Health', 'K8'],
      ['Health trends', 'A1'],
    ] as const) {
      const value = (d: typeof full) => evaluate(d, formulasOf(d, sheet).get(cell) ?? '', sheet);
      const expected = value(full);
      expect(Array.isArray(expected) && expected.length > 1, cell).toBe(true);
      expect(value(bare), cell).toEqual(expected);
    }
  });
});
