/**
 * Import report: the dialog reads the file in the browser and sends its rows in batches; each
 * batch is merged into the sheet that holds that kind of report (created on first import, named
 * for the kind). Only new rows are appended; cells already in the sheet are never written.
 */
import { sheetNameFor } from '../../core/dashboard/report-sheet-names';
import { type ReportColumns, withoutBuyerColumns } from '../../core/importing/buyer-columns';
import {
  type ImportCell,
  planImportBatch,
  sheetKeyColumns,
  sheetLayout,
  unrecognisedReportMessage,
} from '../../core/importing/import-batch';
import { cellLimitProblem, cellsAfterImport } from '../../core/importing/limits';
import { marketplaceOfImport, orderSheetHeaders } from '../../core/importing/marketplace';
import { type ImportBatchResult, parseImportRequest } from '../../core/importing/request';
import { currenciesOf } from '../../core/marketplace-currency';
import { buyerValuesOf } from '../../core/privacy';
import { detectReportKind, reportLabel } from '../../core/reports';
import type { ReportKind } from '../../core/reports/types';
import { busyMessage, withDocumentLock } from '../document-lock';
import { orderSheetColumns } from '../order-sheet-columns';
import { noteBuyerValues, reportSheetBuyerValues } from '../privacy';
import { findReportSheets } from '../report-sheets';
import { readSettings } from '../settings';
import { inert } from './cells';

export function showImportDialog(): void {
  const page = HtmlService.createHtmlOutputFromFile('ImportDialog').setWidth(620).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, 'Import report');
}

/** A sheet name for a new report sheet, not taken by another sheet. */
function freeSheetName(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: ReportKind,
): string {
  const base = sheetNameFor(kind);
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name) !== null; n++) name = `${base} (${n})`;
  return name;
}

function sheetValue(cell: ImportCell): unknown {
  if (cell.type === 'date') return new Date(cell.value);
  if (cell.type === 'number') return cell.value;
  return inert(cell.value);
}

/** Grows the sheet so rows up to `lastRow` and columns up to `lastColumn` exist. */
function ensureSize(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  lastRow: number,
  lastColumn: number,
): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
}

/** Rows times columns of every sheet: what Sheets counts against its cell limit. */
function spreadsheetCells(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  let cells = 0;
  for (const sheet of spreadsheet.getSheets()) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return cells;
}

/**
 * Which columns right of the report's header are empty from top to bottom, read once (a block
 * from the header's end to the sheet's last column with content) and only when asked.
 */
function emptyColumnTest(
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null,
  headerWidth: number,
): (column: number) => boolean {
  let used: Set<number> | undefined;
  return (column) => {
    if (sheet === null) return true;
    if (used === undefined) {
      used = new Set();
      const lastColumn = sheet.getLastColumn();
      const lastRow = sheet.getLastRow();
      if (lastColumn > headerWidth && lastRow > 0) {
        const block = sheet.getRange(1, headerWidth + 1, lastRow, lastColumn - headerWidth);
        block.getValues().forEach((row) => {
          row.forEach((cell, i) => {
            if (cell !== '' && cell !== null) used?.add(headerWidth + i);
          });
        });
      }
    }
    return !used.has(column);
  };
}

const importBusy = busyMessage(
  'this batch was not imported',
  'Wait until it ends, then import the file again: rows already there are skipped.',
);

/** Merges one batch of a report's rows into its sheet; returns what it did. */
export function importReportRows(request: unknown): ImportBatchResult {
  const batch = parseImportRequest(request);
  const source = batch.fileName.trim() || 'The file';
  const kind = detectReportKind([batch.header]);
  if (kind === null) throw new Error(unrecognisedReportMessage(source, batch.header));
  // What the answer and its messages could quote is this batch's: its buyer values are the ones
  // the redaction step must know (src/gas/privacy.ts), without reading every report sheet.
  noteBuyerValues(buyerValuesOf([batch.header, ...batch.rows]));
  const file = batch.withoutBuyerColumns
    ? withoutBuyerColumns(batch.header, batch.rows)
    : { header: batch.header, rows: batch.rows };
  const currencies = batch.currencies ?? currenciesOf(batch.header, batch.rows);
  return withDocumentLock(importBusy, () =>
    mergeBatch(kind, source, file, batch.firstRow, currencies),
  );
}

function mergeBatch(
  kind: ReportKind,
  source: string,
  file: ReportColumns,
  firstRow: number,
  currencies: readonly string[],
): ImportBatchResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const reports = findReportSheets(spreadsheet);
  const existing = reports.find((r) => r.kind === kind);
  const sheet = existing ? spreadsheet.getSheetByName(existing.sheetName) : null;
  const sheetHeader = existing ? existing.header : null;
  const layout = sheetLayout(
    sheetHeader,
    file.header,
    emptyColumnTest(sheet, sheetHeader?.length ?? 0),
  );
  const headerRow = existing?.headerRow ?? 1;
  const lastRow = existing?.lastRow ?? 1;

  // The sheet's key columns only: one read each, however wide the report.
  const sheetKeyCells = new Map<number, unknown[]>();
  if (sheet && sheetHeader && lastRow > headerRow) {
    for (const column of sheetKeyColumns(kind, sheetHeader, file.header)) {
      const cells = sheet.getRange(headerRow + 1, column + 1, lastRow - headerRow, 1).getValues();
      sheetKeyCells.set(
        column,
        cells.map((row) => row[0]),
      );
    }
  }

  const { marketplace, known, datesAsText } = marketplaceOfImport(
    source,
    kind,
    readSettings().marketplace,
    [file.header, ...file.rows],
    currencies,
    () => orderSheetColumns(spreadsheet, reports, orderSheetHeaders),
  );
  const plan = planImportBatch({
    kind,
    source,
    fileHeader: file.header,
    rows: file.rows,
    firstRow,
    layout,
    sheetHeader,
    sheetKeyCells,
    timeZone: marketplace.timeZone,
    ...(known ? { dayOrder: marketplace.dayOrder } : {}),
    sheetTimeZone: spreadsheet.getSpreadsheetTimeZone(),
    datesAsText,
  });

  // A row problem quotes a cell: a buyer's name typed there may be known from another report.
  if (plan.problemCount > 0) noteBuyerValues(reportSheetBuyerValues());

  const width = layout.header.length;
  if (plan.rows.length > 0) {
    const cells = spreadsheetCells(spreadsheet);
    const after = cellsAfterImport(
      cells,
      sheet ? { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() } : null,
      { rows: lastRow + plan.rows.length, columns: width },
    );
    const refused = cellLimitProblem(source, cells, after);
    if (refused !== null) throw new Error(refused);
  }

  // A sheet is created for the first rows of its kind, not for a header alone.
  const target =
    sheet ??
    (plan.rows.length > 0 ? spreadsheet.insertSheet(freeSheetName(spreadsheet, kind)) : null);
  if (target && plan.rows.length > 0) {
    ensureSize(target, lastRow + plan.rows.length, width);
    if (!existing) {
      target
        .getRange(1, 1, 1, width)
        .setValues([layout.header.map(inert)])
        .setFontWeight('bold');
      target.setFrozenRows(1);
    } else {
      for (const { name, column } of layout.newColumns) {
        target
          .getRange(headerRow, column + 1)
          .setValue(inert(name))
          .setFontWeight('bold');
      }
    }
    target
      .getRange(lastRow + 1, 1, plan.rows.length, width)
      .setValues(plan.rows.map((row) => row.map(sheetValue)));
    for (const { column, dateOnly } of plan.dateColumns) {
      target
        .getRange(lastRow + 1, column + 1, plan.rows.length, 1)
        .setNumberFormat(dateOnly ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
    }
  }

  return {
    kind,
    reportLabel: reportLabel(kind),
    sheetName: target?.getName() ?? existing?.sheetName ?? freeSheetName(spreadsheet, kind),
    createdSheet: !existing && target !== null,
    added: plan.added,
    duplicates: plan.duplicates,
    changedRows: plan.changedRows,
    firstDay: plan.firstDay,
    lastDay: plan.lastDay,
    problems: plan.problems,
    problemCount: plan.problemCount,
    newColumns: target ? layout.newColumns.map((c) => c.name) : [],
    marketplaceKnown: known,
    datesAsText,
  };
}
