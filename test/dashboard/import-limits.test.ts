/**
 * Clear limits: a request over the batch limit says what the limit is and what to do, and an
 * import that would take the spreadsheet past Sheets' 10 million cells is refused before anything
 * is written, with the numbers. The local host refuses the same growth, as Sheets does.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../src/core/importing/delimited';
import { importText, sampleText, startDashboard } from './helpers';

const [header = [], ...rows] = parseDelimited(sampleText('all-orders.tsv')).rows;

describe('limits of an import', () => {
  it('says the batch limit and what to do, not "rows: Invalid input"', async () => {
    const dashboard = startDashboard();
    const many = Array.from({ length: 20_001 }, (_, i) => rows[i % rows.length] ?? []);
    await expect(
      dashboard.rpc('importReportRows', [{ fileName: 'a.txt', header, rows: many, firstRow: 2 }]),
    ).rejects.toThrow(
      /One import request takes at most 20,000 rows; this one has 20,001\. Nothing was imported\. Import the file with Import report…/,
    );
    const wide = Array.from({ length: 501 }, (_, i) => `column-${i}`);
    await expect(
      dashboard.rpc('importReportRows', [
        { fileName: 'a.txt', header: wide, rows: [], firstRow: 2 },
      ]),
    ).rejects.toThrow(/at most 500 columns; this one has 501/);
    expect(dashboard.host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('refuses, before writing anything, an import that would pass 10 million cells', async () => {
    const dashboard = startDashboard();
    await importText(
      dashboard,
      'week-1.txt',
      [header, ...rows.slice(0, 100)].map((r) => r.join('\t')).join('\n'),
    );
    // The seller's other sheets already take almost all of the 10 million cells.
    const archive = dashboard.host.spreadsheet.addSheetWithValues('Archive', [['old']]);
    archive.maxRows = 380_000;
    const before = dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    const cells = dashboard.host.spreadsheet.sheets.reduce(
      (sum, s) => sum + s.maxRows * s.maxColumns,
      0,
    );
    await expect(importText(dashboard, 'week-2.txt', sampleText('all-orders.tsv'))).rejects.toThrow(
      new RegExp(
        `week-2\\.txt was not imported: the spreadsheet has ${cells.toLocaleString('en-US')} cells and would have [\\d,]+ with these rows, over the 10,000,000 Google Sheets holds .* Nothing was written\\.`,
      ),
    );
    expect(dashboard.host.spreadsheet.sheet('All Orders').snapshot()).toEqual(before);
    // A report that fits still comes in.
    const fits = await importText(dashboard, 'claims.txt', sampleText('claims.tsv'));
    expect(fits.summary.added).toBeGreaterThan(0);
  });

  it('is the limit the local host holds to, as Sheets does', () => {
    const dashboard = startDashboard();
    const sheet = dashboard.host.spreadsheet.sheet('Sheet1');
    dashboard.addon.run(
      `SpreadsheetApp.getActive().getSheetByName('Sheet1').insertRowsAfter(1000, 383000)`,
    );
    expect(sheet.maxRows).toBe(384_000);
    expect(() =>
      dashboard.addon.run(
        `SpreadsheetApp.getActive().getSheetByName('Sheet1').insertRowsAfter(1000, 10000)`,
      ),
    ).toThrow('above the limit of 10000000 cells');
    expect(() => dashboard.addon.run(`SpreadsheetApp.getActive().insertSheet('More')`)).toThrow(
      'above the limit of 10000000 cells',
    );
  });
});
