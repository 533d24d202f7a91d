/**
 * One batch of an import: rows of a downloaded report merged into the sheet that holds that kind
 * of report. Only rows the sheet does not have yet are added, at the bottom; nothing already in
 * the sheet changes. Rows the readers cannot read are not written (a formula over the sheet would
 * stop at them) but listed with the reason.
 *
 * The Apps Script side reads the sheet's header and key columns, calls `planImportBatch`, and
 * writes the returned cells: text as text Sheets will not run, dates as dates, numbers as numbers.
 */
import { dayKey } from '../calendar';
import {
  dayOrderEvidence,
  parseReportDate,
  type ReportDateOptions,
  sheetsDateValue,
} from '../dates';
import type { DayOrder } from '../marketplaces';
import { describeProblem, readReport } from '../reports';
import { amount, cellText, headerKey, isBlankRow } from '../reports/cells';
import { mainDateField } from '../reports/date-checks';
import { kindTable, reportKinds } from '../reports/kinds';
import type { ReportKind, ReportRecords } from '../reports/types';
import { type ColumnType, columnTypes, fieldsByColumn } from './columns';
import { changingParts, holdsRoundedDigits, type KeyPart, keyParts, RowKeys } from './row-keys';

/** Sheets holds at most 50,000 characters in a cell. */
export const maxCellLength = 50_000;
/** Problems listed per batch; the rest are counted. */
const maxListedProblems = 50;

export type ImportCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  /** An instant; `dateOnly` when the report gave a day without a time. */
  | { type: 'date'; value: number; dateOnly: boolean };

/** Where the file's columns go in the sheet. */
export interface SheetLayout {
  /**
   * The sheet's header after the import: its own columns, then the file's new ones (see
   * `sheetLayout`); '' where a column is not the report's (a seller's notes between them).
   */
  header: string[];
  /** Header names the file adds to an existing sheet, and the 0-based column each goes to. */
  newColumns: { name: string; column: number }[];
  /** For each column of the file, its column in the sheet; -1 for a column without a header. */
  fileToSheet: number[];
}

/**
 * Where a file's columns go. In an existing sheet, a column the sheet lacks goes to the first
 * column right of the header that is empty from top to bottom (`isEmptyColumn`, 0-based): a
 * seller's notes typed beside the report, without a header, keep their column.
 */
export function sheetLayout(
  sheetHeader: readonly unknown[] | null,
  fileHeader: readonly string[],
  isEmptyColumn: (column: number) => boolean = () => true,
): SheetLayout {
  let width = fileHeader.length;
  while (width > 0 && (fileHeader[width - 1] ?? '').trim() === '') width--;
  if (sheetHeader === null) {
    const header = fileHeader.slice(0, width).map((h) => h.trim());
    return { header, newColumns: [], fileToSheet: header.map((h, i) => (h === '' ? -1 : i)) };
  }
  const header = sheetHeader.map(cellText);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const columnOfKey = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (key !== '' && !columnOfKey.has(key)) columnOfKey.set(key, i);
  });
  const newColumns: SheetLayout['newColumns'] = [];
  let next = header.length;
  const fileToSheet = fileHeader.slice(0, width).map((name) => {
    const key = headerKey(name);
    if (key === '') return -1;
    let column = columnOfKey.get(key);
    if (column === undefined) {
      while (!isEmptyColumn(next)) next++;
      column = next++;
      while (header.length < column) header.push('');
      header.push(name.trim());
      newColumns.push({ name: name.trim(), column });
      columnOfKey.set(key, column);
    }
    return column;
  });
  return { header, newColumns, fileToSheet };
}

export interface ImportBatchInput {
  kind: ReportKind;
  /** What messages call the file, e.g. its name. */
  source: string;
  fileHeader: readonly string[];
  rows: readonly (readonly string[])[];
  /** The file's row number of `rows[0]` (the header is row 1). */
  firstRow: number;
  layout: SheetLayout;
  /** The sheet's header before the import; null for a new sheet. */
  sheetHeader: readonly unknown[] | null;
  /** The sheet's data rows' cells of the key columns (see `sheetKeyColumns`), by column. */
  sheetKeyCells: ReadonlyMap<number, readonly unknown[]>;
  /** The marketplace's time zone: report times without an offset are its wall clock. */
  timeZone: string;
  /** Known when the marketplace is (Settings or the sales channel); slash dates need it. */
  dayOrder?: DayOrder;
  /** The spreadsheet's time zone, where Sheets shows a date and the readers read it. */
  sheetTimeZone: string;
  /** Keep the file's dates as text (see `ImportMarketplace.datesAsText`). */
  datesAsText?: boolean;
}

export interface ImportProblem {
  /** Row of the file, the header being row 1. */
  row: number;
  message: string;
}

export interface ImportBatchPlan {
  /** New rows in the sheet's column order, as wide as the layout's header. */
  rows: ImportCell[][];
  added: number;
  duplicates: number;
  /** File rows (the header being row 1) already in the sheet whose status or dates differ. */
  changedRows: number[];
  problems: ImportProblem[];
  problemCount: number;
  /** First and last day of the file's rows (order date, ship date, feedback date …). */
  firstDay: string | null;
  lastDay: string | null;
  /** Sheet columns that received dates, and whether every one was a day without a time. */
  dateColumns: { column: number; dateOnly: boolean }[];
}

/** The sheet columns whose cells `planImportBatch` needs to recognise rows already there. */
export function sheetKeyColumns(
  kind: ReportKind,
  sheetHeader: readonly unknown[],
  fileHeader: readonly string[],
): number[] {
  const columns = [
    ...keyParts(kind, sheetHeader, fileHeader).sheet,
    ...changingParts(kind, sheetHeader, fileHeader).sheet,
  ].map((p) => p.column);
  return [...new Set(columns)];
}

const timeOfDay = /\d:\d/;

/**
 * Day order of each date column: the first value that proves it (13/02/2024 is day-first), as the
 * readers read the column; else the marketplace's. A UK feedback file imported while the sheets
 * hold US orders keeps its 3/9/2026 as 3 September, as the readers and the summary read it.
 */
function columnDayOrders(
  rows: readonly (readonly string[])[],
  types: readonly ColumnType[],
  known: DayOrder | undefined,
): (DayOrder | undefined)[] {
  return types.map((type, column) => {
    if (type !== 'date') return known;
    for (const row of rows) {
      const evidence = dayOrderEvidence(row[column] ?? '');
      if (evidence) return evidence;
    }
    return known;
  });
}

/**
 * The day order of the file's date columns and of the sheet's key and changing date columns. A
 * column is read as it proves itself, else as the column it meets in the other proves (the two
 * make one column after the import, and the readers read the column whole), else as the
 * marketplace's: a UK feedback file of 1 to 7 March meets the sheet's 13/02/2026 day-first.
 */
function dateColumnOrders(
  rows: readonly (readonly string[])[],
  types: readonly ColumnType[],
  sheetParts: readonly KeyPart[],
  fileParts: readonly KeyPart[],
  sheetCells: (column: number) => readonly unknown[],
  known: DayOrder | undefined,
): { dayOrders: (DayOrder | undefined)[]; sheetDayOrder: Map<number, DayOrder | undefined> } {
  const fileProof = columnDayOrders(rows, types, undefined);
  const sheetProof = new Map<number, DayOrder | undefined>();
  const sheetProofOfFileColumn = new Map<number, DayOrder>();
  sheetParts.forEach((part, i) => {
    if (part.as !== 'day') return;
    const cells = sheetCells(part.column).map((cell) => [cellText(cell)]);
    const proof = columnDayOrders(cells, ['date'], undefined)[0];
    const fileColumn = fileParts[i]?.column ?? -1;
    sheetProof.set(part.column, proof);
    if (proof) sheetProofOfFileColumn.set(fileColumn, proof);
  });
  const dayOrders = types.map(
    (_, column) => fileProof[column] ?? sheetProofOfFileColumn.get(column) ?? known,
  );
  const sheetDayOrder = new Map<number, DayOrder | undefined>();
  sheetParts.forEach((part, i) => {
    if (part.as !== 'day') return;
    sheetDayOrder.set(
      part.column,
      sheetProof.get(part.column) ?? dayOrders[fileParts[i]?.column ?? -1],
    );
  });
  return { dayOrders, sheetDayOrder };
}

export function planImportBatch(input: ImportBatchInput): ImportBatchPlan {
  const { kind, fileHeader, rows, layout, firstRow } = input;
  const fileRow = (index: number) => firstRow + index;
  const problems: ImportProblem[] = [];
  const skip = new Set<number>();
  const report = (index: number, message: string) => {
    skip.add(index);
    problems.push({ row: fileRow(index), message });
  };

  rows.forEach((row, index) => {
    const long = row.findIndex((cell) => cell.length > maxCellLength);
    if (long >= 0) {
      const column = fileHeader[long] ?? `column ${long + 1}`;
      report(
        index,
        `${input.source}: row ${fileRow(index)}, column "${column}", has ${row[long]?.length.toLocaleString('en-US')} characters; a Sheets cell holds at most 50,000.`,
      );
    }
  });

  const types = columnTypes(kind, fileHeader);
  const keys = keyParts(kind, input.sheetHeader ?? layout.header, fileHeader);
  const changing = changingParts(kind, input.sheetHeader ?? layout.header, fileHeader);
  const sheetCells = (column: number) => input.sheetKeyCells.get(column) ?? [];
  const rounded = keys.sheet.map(
    (part) => part.as === 'text' && holdsRoundedDigits(sheetCells(part.column)),
  );
  const parts = {
    sheet: keys.sheet.map((part, i) => ({ ...part, asSheetsNumber: rounded[i] })),
    file: keys.file.map((part, i) => ({ ...part, asSheetsNumber: rounded[i] })),
  };
  const { dayOrders, sheetDayOrder } = dateColumnOrders(
    rows,
    types,
    [...parts.sheet, ...changing.sheet],
    [...parts.file, ...changing.file],
    sheetCells,
    input.dayOrder,
  );
  const mainDateColumn = fieldsByColumn(kind, fileHeader).indexOf(mainDateField[kind]);
  const dayOrder = dayOrders[mainDateColumn] ?? input.dayOrder;

  // The readers decide which rows the metrics can use; rows they cannot read are not imported.
  const read = readReport([fileHeader as string[], ...(rows as string[][])], [kind], {
    source: input.source,
    timeZone: input.timeZone,
    ...(dayOrder ? { dayOrder } : {}),
  });
  for (const problem of read.problems) {
    const index = problem.row - 2;
    if (skip.has(index)) continue;
    report(index, describeProblem({ ...problem, row: fileRow(index) }, input.source));
  }
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  const field = mainDateField[kind];
  for (const record of read.records as ReportRecords[ReportKind][]) {
    const instant = (record as unknown as Record<string, unknown>)[field];
    if (typeof instant !== 'number' || !Number.isFinite(instant)) continue;
    const day = dayKey(instant, input.timeZone);
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  }

  // Keys of the rows already in the sheet, then of each new row in file order.
  const known = new Set<string>();
  const sheetKeys = new RowKeys(parts.sheet, (column) => ({
    timeZone: input.timeZone,
    dayOrder: sheetDayOrder.get(column),
    sheetTimeZone: input.sheetTimeZone,
  }));
  const sheetRows = Math.max(0, ...[...input.sheetKeyCells.values()].map((cells) => cells.length));
  // The cells a newer download may hold otherwise, by the key of their sheet row.
  const sheetValues = new Map<string, string>();
  for (let r = 0; r < sheetRows; r++) {
    if (parts.sheet.every((p) => cellText(input.sheetKeyCells.get(p.column)?.[r]) === '')) continue;
    const cellAt = (column: number) => input.sheetKeyCells.get(column)?.[r];
    const key = sheetKeys.next(cellAt);
    known.add(key);
    if (changing.sheet.length > 0) sheetValues.set(key, sheetKeys.values(changing.sheet, cellAt));
  }
  const fileKeys = new RowKeys(parts.file, (column) => ({
    timeZone: input.timeZone,
    dayOrder: dayOrders[column],
  }));

  const width = layout.header.length;
  const dateOnly = new Map<number, boolean>();
  const added: ImportCell[][] = [];
  let duplicates = 0;
  const changedRows: number[] = [];
  rows.forEach((row, index) => {
    if (skip.has(index) || isBlankRow(row)) return;
    const cellAt = (column: number) => row[column];
    const key = fileKeys.next(cellAt);
    if (known.has(key)) {
      duplicates++;
      const before = sheetValues.get(key);
      if (before !== undefined && before !== fileKeys.values(changing.file, cellAt)) {
        changedRows.push(fileRow(index));
      }
      return;
    }
    known.add(key);
    const cells: ImportCell[] = Array.from({ length: width }, () => ({ type: 'text', value: '' }));
    layout.fileToSheet.forEach((column, fileColumn) => {
      if (column < 0) return;
      const type = types[fileColumn] ?? 'text';
      const kept = input.datesAsText && type === 'date' ? 'text' : type;
      const cell = convertCell(row[fileColumn] ?? '', kept, {
        timeZone: input.timeZone,
        dayOrder: dayOrders[fileColumn],
      });
      if (cell.type === 'date') {
        // Written as the marketplace's wall clock in the spreadsheet's zone, as a seller typing
        // it would make it: the readers take a Date cell's wall clock back the same way.
        cell.value = sheetsDateValue(cell.value, input.timeZone, input.sheetTimeZone);
        dateOnly.set(column, (dateOnly.get(column) ?? true) && cell.dateOnly);
      }
      cells[column] = cell;
    });
    added.push(cells);
  });

  return {
    rows: added,
    added: added.length,
    duplicates,
    changedRows,
    problems: problems.sort((a, b) => a.row - b.row).slice(0, maxListedProblems),
    problemCount: problems.length,
    firstDay,
    lastDay,
    dateColumns: [...dateOnly].map(([column, only]) => ({ column, dateOnly: only })),
  };
}

function convertCell(text: string, type: ColumnType, dates: ReportDateOptions): ImportCell {
  const trimmed = text.trim();
  if (trimmed !== '' && type === 'date') {
    const instant = parseReportDate(trimmed, dates);
    if (typeof instant === 'number') {
      return { type: 'date', value: instant, dateOnly: !timeOfDay.test(trimmed) };
    }
  }
  if (trimmed !== '' && type === 'number') {
    const value = amount(trimmed);
    if (value !== undefined) return { type: 'number', value };
  }
  return { type: 'text', value: text };
}

/** The message for a file whose header is no report the add-on reads. */
export function unrecognisedReportMessage(fileName: string, header: readonly unknown[]): string {
  const firstCells = header
    .map(cellText)
    .filter((cell) => cell !== '')
    .slice(0, 4);
  const shown = firstCells.map(
    (cell) => `"${cell.length > 40 ? `${cell.slice(0, 37)}...` : cell}"`,
  );
  const labels = reportKinds.map((kind) => kindTable()[kind].label);
  return `${fileName} is not a report Seller Health reads: its first row has ${shown.join(', ') || 'nothing'}. Import one of these, with its header row: ${labels.join(', ')}.`;
}
