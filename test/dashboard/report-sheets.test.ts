/**
 * Finding the report sheets by their header rows (src/gas/report-sheets.ts), against the local
 * host's spreadsheet: what the Health sheet and the Plan of Action sidebar both rely on.
 */
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { parseDelimited } from '../../src/core/importing/delimited';
import { findReportSheets, readHealthRanges } from '../../src/gas/report-sheets';
import { sampleText } from './helpers';

function spreadsheetWithReports() {
  const host = createLocalHost();
  const orders = parseDelimited(sampleText('all-orders.tsv')).rows;
  host.spreadsheet.addSheetWithValues('Notes', [['Week 46'], ['checked by Sam']]);
  // A title and a blank row above the header, as a seller might paste it.
  host.spreadsheet.addSheetWithValues('Orders wk46', [['My orders'], [], ...orders]);
  host.spreadsheet.addSheetWithValues('Orders again', orders.slice(0, 10));
  host.spreadsheet.addSheetWithValues('Feedback', parseDelimited(sampleText('feedback.tsv')).rows);
  const spreadsheet = host.services.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { host, spreadsheet: spreadsheet.getActiveSpreadsheet() };
}

describe('finding the report sheets', () => {
  it('recognises them by their header rows, whatever they are called and wherever the header is', () => {
    const { spreadsheet } = spreadsheetWithReports();
    const found = findReportSheets(spreadsheet).map((r) => ({
      kind: r.kind,
      sheetName: r.sheetName,
      headerRow: r.headerRow,
      formulaA1: r.formulaA1,
      role: r.role,
    }));
    expect(found).toEqual([
      {
        kind: 'allOrders',
        sheetName: 'Orders wk46',
        headerRow: 3,
        formulaA1: "'Orders wk46'!A3:AG",
        role: 'orders',
      },
      {
        kind: 'allOrders',
        sheetName: 'Orders again',
        headerRow: 1,
        formulaA1: "'Orders again'!A1:AG",
        role: undefined,
      },
      {
        kind: 'feedback',
        sheetName: 'Feedback',
        headerRow: 1,
        formulaA1: "'Feedback'!A1:F",
        role: 'feedback',
      },
    ]);
  });

  it('reads no report rows until a caller asks for them, then the header and data once', () => {
    const { host, spreadsheet } = spreadsheetWithReports();
    host.resetCalls();
    const [orders] = findReportSheets(spreadsheet);
    const tallest = Math.max(
      ...host.callsTo('Sheet', 'getRange').map((c) => Number(c.args[2] ?? 1)),
    );
    expect(tallest).toBeLessThanOrEqual(5);
    host.resetCalls();
    const values = orders?.values ?? [];
    expect(values[0]?.[0]).toBe('amazon-order-id');
    expect(values).toHaveLength(parseDelimited(sampleText('all-orders.tsv')).rows.length);
    expect(orders?.values).toBe(values);
    expect(host.callsTo('Range', 'getValues')).toHaveLength(1);
  });

  it('gives the values of the sheets the formulas use, by argument', () => {
    const { spreadsheet } = spreadsheetWithReports();
    const ranges = readHealthRanges(findReportSheets(spreadsheet));
    expect(Object.keys(ranges).sort()).toEqual(['feedback', 'orders']);
    expect((ranges.orders as unknown[][])[0]?.[0]).toBe('amazon-order-id');
  });
});
