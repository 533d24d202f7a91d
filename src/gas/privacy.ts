/**
 * The redaction step of one server call (see src/core/privacy): what the sidebar or a dialog
 * receives, the Doc and the form text, and every error message pass a redactor that knows the
 * buyer values of the report sheets. A function that already read the sheets notes their buyer
 * values (`noteBuyerValues`); otherwise they are read, buyer columns only, when a payload holds
 * text to check. `atTheEdge` (./edge.ts) opens and closes the call.
 */
import {
  buyerColumnsOf,
  buyerValuesOf,
  buyerValuesOfAll,
  createRedactor,
  type Redactor,
} from '../core/privacy';
import type { GlobalKind } from './globals-types';
import { findReportSheets, type ReportSheet } from './report-sheets';

interface CallPrivacy {
  kind: GlobalKind;
  args: readonly unknown[];
  values: string[] | null;
  redactor: Redactor | null;
  /** The report sheets this call found already, so their header rows are not read again. */
  sheets: readonly ReportSheet[] | null;
}

let current: CallPrivacy | null = null;

/** Runs one call of a global with its own redactor; nested calls share the outer one. */
export function withCallPrivacy<T>(kind: GlobalKind, args: readonly unknown[], run: () => T): T {
  if (current !== null) return run();
  current = { kind, args, values: null, redactor: null, sheets: null };
  try {
    return run();
  } finally {
    current = null;
  }
}

/**
 * The buyer values this call read from the sheets, so the redactor need not read them again; with
 * the redactor already made of them, that is not built again either (indexing 100,000 rows'
 * values takes long).
 */
export function noteBuyerValues(values: readonly string[], redactor?: Redactor): void {
  if (current === null) return;
  const first = current.values === null;
  current.values = [...(current.values ?? []), ...values];
  current.redactor = first && redactor ? redactor : null;
}

/** The report sheets this call found, for the buyer columns to be read without finding them again. */
export function noteReportSheets(sheets: readonly ReportSheet[]): void {
  if (current !== null) current.sheets = sheets;
}

/** Runs of adjacent columns (`[first, count]`), so side-by-side buyer columns are one read. */
function columnRuns(columns: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column) last[1]++;
    else runs.push([column, 1]);
  }
  return runs;
}

/** The buyer columns of every report sheet: one read per run of adjacent columns, not the sheet. */
export function reportSheetBuyerValues(
  reports: readonly ReportSheet[] = current?.sheets ?? findReportSheets(),
): string[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const values = new Set<string>();
  for (const report of reports) {
    const columns = buyerColumnsOf(report.header);
    if (columns.length === 0 || report.lastRow <= report.headerRow) continue;
    const sheet = spreadsheet.getSheetByName(report.sheetName);
    if (sheet === null) continue;
    const rows = report.lastRow - report.headerRow;
    for (const [first, count] of columnRuns(columns)) {
      const cells = sheet.getRange(report.headerRow + 1, first + 1, rows, count).getValues();
      // Each run read as a report of its own: its header cells, then its rows.
      const header = report.header.slice(first, first + count);
      for (const value of buyerValuesOf([header, ...cells])) values.add(value);
    }
  }
  return [...values];
}

function knownValues(call: CallPrivacy): string[] {
  if (call.values !== null) return call.values;
  // onOpen runs in AuthMode.NONE, which may not read the sheets: the patterns alone.
  if (call.kind === 'trigger') return [];
  // A custom function can read only its arguments (the report ranges passed to it).
  if (call.kind === 'customFunction') {
    const ranges = call.args.filter(
      (arg): arg is unknown[][] => Array.isArray(arg) && arg.every(Array.isArray),
    );
    return buyerValuesOfAll(ranges);
  }
  return reportSheetBuyerValues();
}

/** The redactor of the current call (patterns alone outside a call). */
export function callRedactor(): Redactor {
  if (current === null) return createRedactor();
  if (current.redactor === null) {
    current.values = knownValues(current);
    current.redactor = createRedactor(current.values);
  }
  return current.redactor;
}

/** The buyer values the current call knows: noted, or read from the buyer columns now. */
export function callBuyerValues(): string[] {
  callRedactor();
  return current?.values ?? [];
}

/** Whether a payload holds text that could name a buyer: three letters in a row, or an @. */
export function holdsText(value: unknown): boolean {
  if (typeof value === 'string') return /\p{L}{3}|@/u.test(value);
  if (Array.isArray(value)) return value.some(holdsText);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsText);
  return false;
}
