/**
 * Columns of the order sheets (those the Health sheet passes as orders, mfn_orders and
 * fba_shipments), read by header name: one read of each such column per sheet, however many rows
 * it has, for what the sales channels and currencies say about the marketplace.
 */
import { columnLetter, quotedSheetName } from '../core/dashboard/a1';
import { headerKey } from '../core/reports/cells';
import type { ReportSheet } from './report-sheets';

const orderRoles: ReadonlySet<ReportSheet['role']> = new Set([
  'orders',
  'mfnOrders',
  'fbaShipments',
]);

/**
 * The data rows of the order sheets, each holding one cell per header in `headers` (matched as the
 * readers match them: `Sales Channel` is `sales-channel`); '' where a sheet lacks the column.
 */
export function orderSheetColumns(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  reports: readonly ReportSheet[],
  headers: readonly string[],
): unknown[][] {
  const rows: unknown[][] = [];
  for (const report of reports) {
    if (!orderRoles.has(report.role) || report.lastRow <= report.headerRow) continue;
    const count = report.lastRow - report.headerRow;
    const columns = headers.map((name) =>
      report.header.findIndex((cell) => headerKey(cell) === headerKey(name)),
    );
    if (columns.every((column) => column < 0)) continue;
    const read = columns.map((column) => {
      if (column < 0) return null;
      const letter = columnLetter(column + 1);
      const a1 = `${quotedSheetName(report.sheetName)}!${letter}${report.headerRow + 1}:${letter}${report.lastRow}`;
      return spreadsheet.getRange(a1).getValues();
    });
    for (let i = 0; i < count; i++) rows.push(read.map((cells) => cells?.[i]?.[0] ?? ''));
  }
  return rows;
}
