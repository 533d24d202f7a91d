/**
 * The report sheets of the spreadsheet, found by their header rows whatever the sheets are called.
 * Finding them reads only the first rows of each sheet, so the cost does not grow with the number
 * of pasted rows; a sheet's `values` are read only when a caller uses them.
 */
import { columnLetter, openRangeA1, quotedSheetName } from '../core/dashboard/a1';
import { type HealthArgument, healthArguments } from '../core/dashboard/report-arguments';
import type { HealthRanges } from '../core/health-input';
import { detectReportKind, reportLabel } from '../core/reports';
import { cellText, isBlankRow } from '../core/reports/cells';
import type { ReportKind } from '../core/reports/types';

export interface ReportSheet {
  kind: ReportKind;
  /** What the report is, e.g. "All Orders report". */
  label: string;
  sheetName: string;
  sheetId: number;
  /** 1-based row of the header (the first non-blank row). */
  headerRow: number;
  /** The last row with content. */
  lastRow: number;
  /** The last column with a header. */
  lastColumn: number;
  header: string[];
  /** The header and the data as they are now, e.g. `'All Orders'!A1:AG1201`. */
  dataA1: string;
  /**
   * The header down to the end of the sheet, e.g. `'All Orders'!A1:AG`: what the Health sheet's
   * formulas pass, so rows pasted later are included and Sheets recalculates when they change.
   */
  formulaA1: string;
  /**
   * The argument of the health functions this sheet is passed as (`orders`, `mfnOrders` …), or
   * undefined when another sheet of its kind comes first in tab order.
   */
  role: HealthArgument | undefined;
  /** The header and data rows, read on first use (one read, however many rows). */
  readonly values: unknown[][];
}

/** A header is looked for in the first rows only: a seller may put a title above the report. */
const headerSearchRows = 5;

type FoundSheet = Omit<ReportSheet, 'role' | 'values'>;

function reportSheetOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): FoundSheet | null {
  const lastRow = sheet.getLastRow();
  const lastColumnWithContent = sheet.getLastColumn();
  if (lastRow === 0 || lastColumnWithContent === 0) return null;
  const top = sheet
    .getRange(1, 1, Math.min(headerSearchRows, lastRow), lastColumnWithContent)
    .getValues();
  const kinds = top.map((row) => (isBlankRow(row) ? null : detectReportKind([row])));
  const headerIndex = kinds.findIndex((k) => k !== null);
  const kind = kinds[headerIndex];
  if (headerIndex < 0 || !kind) return null;
  const header = (top[headerIndex] ?? []).map(cellText);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const sheetName = sheet.getName();
  const headerRow = headerIndex + 1;
  return {
    kind,
    label: reportLabel(kind),
    sheetName,
    sheetId: sheet.getSheetId(),
    headerRow,
    lastRow,
    lastColumn: header.length,
    header,
    dataA1: `${quotedSheetName(sheetName)}!A${headerRow}:${columnLetter(header.length)}${lastRow}`,
    formulaA1: openRangeA1(sheetName, headerRow, header.length),
  };
}

/**
 * Every sheet that holds a report the add-on reads, in tab order, each with the argument it is
 * passed as. Reads the first rows of each sheet only; `values` reads a sheet's data when used.
 */
export function findReportSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): ReportSheet[] {
  const found: FoundSheet[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const report = reportSheetOf(sheet);
    if (report) found.push(report);
  }
  const roles = new Map<number, HealthArgument>();
  const indexes = healthArguments(found.map((r) => r.kind));
  for (const [argument, index] of Object.entries(indexes) as [HealthArgument, number][]) {
    roles.set(index, argument);
  }
  return found.map((report, index) => {
    let values: unknown[][] | undefined;
    return Object.defineProperty({ ...report, role: roles.get(index) }, 'values', {
      enumerable: true,
      get: () => {
        values ??= spreadsheet.getRange(report.dataA1).getValues();
        return values;
      },
    }) as ReportSheet;
  });
}

/**
 * The values of the report sheets, keyed as `readHealthInput` takes them: the sheets the Health
 * sheet's formulas pass.
 */
export function readHealthRanges(reports: readonly ReportSheet[]): HealthRanges {
  const ranges: HealthRanges = {};
  for (const report of reports) if (report.role) ranges[report.role] = report.values;
  return ranges;
}
