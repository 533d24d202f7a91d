/**
 * The redaction step of one server call (see src/core/privacy): what the sidebar or a dialog
 * receives, the Doc and the form text, and every error message pass a redactor that knows the
 * buyer values of the report sheets. A function that already read the sheets notes their buyer
 * values (`noteBuyerValues`); otherwise they are read, buyer columns only, when a payload holds
 * text to check. `atTheEdge` (./edge.ts) opens and closes the call.
 */
import { buyerColumnsOf, buyerValuesOf, createRedactor, type Redactor } from '../core/privacy';
import type { GlobalKind } from './globals-types';
import { findReportSheets } from './report-sheets';

interface CallPrivacy {
  kind: GlobalKind;
  args: readonly unknown[];
  values: string[] | null;
  redactor: Redactor | null;
}

let current: CallPrivacy | null = null;

/** Runs one call of a global with its own redactor; nested calls share the outer one. */
export function withCallPrivacy<T>(kind: GlobalKind, args: readonly unknown[], run: () => T): T {
  if (current !== null) return run();
  current = { kind, args, values: null, redactor: null };
  try {
    return run();
  } finally {
    current = null;
  }
}

/** The buyer values this call read from the sheets, so the redactor need not read them again. */
export function noteBuyerValues(values: readonly string[]): void {
  if (current === null) return;
  current.values = [...(current.values ?? []), ...values];
  current.redactor = null;
}

/** The buyer columns of every report sheet: one read per column, not of the whole sheet. */
export function reportSheetBuyerValues(): string[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const values: string[] = [];
  for (const report of findReportSheets(spreadsheet)) {
    const columns = buyerColumnsOf(report.header);
    if (columns.length === 0 || report.lastRow <= report.headerRow) continue;
    const sheet = spreadsheet.getSheetByName(report.sheetName);
    if (sheet === null) continue;
    const rows = report.lastRow - report.headerRow;
    const cells = columns.map((column) =>
      sheet.getRange(report.headerRow + 1, column + 1, rows, 1).getValues(),
    );
    const header = columns.map((column) => report.header[column]);
    const table = Array.from({ length: rows }, (_, r) => cells.map((c) => c[r]?.[0]));
    values.push(...buyerValuesOf([header, ...table]));
  }
  return values;
}

function knownValues(call: CallPrivacy): string[] {
  if (call.values !== null) return call.values;
  // onOpen runs in AuthMode.NONE, which may not read the sheets: the patterns alone.
  if (call.kind === 'trigger') return [];
  // A custom function can read only its arguments (the report ranges passed to it).
  if (call.kind === 'customFunction') {
    return call.args.flatMap((arg) =>
      Array.isArray(arg) && arg.every(Array.isArray) ? buyerValuesOf(arg) : [],
    );
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
