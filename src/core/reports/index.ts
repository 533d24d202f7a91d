/**
 * Report readers: recognise a pasted Seller Central report from its header row, map its columns by
 * name, and read its rows into records. Structural problems (no header, the wrong report, a
 * missing column) throw a ReportError whose message Sheets shows in the cell. A row that cannot be
 * read becomes a RowProblem: it is left out of the records, and the caller shows or throws it.
 */

import { launchDay } from '../marketplace-launches';
import type { DayOrder } from '../marketplaces';
import { wordList } from '../word-list';
import { cellText, headerKey, isBlankRow } from './cells';
import { dateProblems } from './date-checks';
import { misspeltHeader } from './header-typos';
import { type KindSpec, kindTable, reportKinds } from './kinds';
import { RowReader } from './row-reader';
import type { ParsedReport, ReportKind, ReportRecords, RowProblem, UnreadColumns } from './types';

export type * from './types';

export interface ReadOptions {
  /** What the range is called in messages: a custom-function argument ("orders") or a sheet name. */
  source: string;
  /** Marketplace time zone (IANA) for values without an offset: date-only text, Sheets serial numbers, local date-times. */
  timeZone: string;
  /** Day order of slash/dot dates (marketplace convention), when the column itself does not settle it. Undefined = unknown. */
  dayOrder?: DayOrder;
  /**
   * Read only these rows (0-based indexes into the range, in order), e.g. one marketplace's rows
   * of a report that mixes marketplaces. Records keep the row numbers of the whole range.
   */
  rowIndexes?: readonly number[];
  /**
   * The spreadsheet's time zone, for `Date` cells: Sheets puts a typed date at midnight there, and
   * the seller meant that day in the marketplace. Omitted: a `Date` is the instant it holds.
   */
  sheetTimeZone?: string;
  /** The first day the marketplace took orders (`yyyy-mm-dd`); default Amazon.com's, the first. */
  earliestDay?: string;
  /** The marketplace as messages name it, e.g. "Amazon.co.uk"; default "Amazon.com". */
  marketplaceName?: string;
  /** The as_of day the seller gave: an order date up to it is no stray, however long the pause. */
  asOfDay?: string;
  /** Columns the caller does not use, per kind: not read, so not checked (see `UnreadColumns`). */
  unread?: UnreadColumns;
}

/** A range that cannot be read as the report expected. Its message names the range and says what to do. */
export class ReportError extends Error {
  override name = 'ReportError';
}

export function reportLabel(kind: ReportKind): string {
  return kindTable()[kind].label;
}

function withArticle(kind: ReportKind): string {
  const spec = kindTable()[kind];
  return `${spec.article} ${spec.label}`;
}

/**
 * Index of the header row: the first row with anything in it. -1 when the argument was not given:
 * Sheets passes a single cell or an empty argument as a plain value, not a 2D array.
 */
function headerRowIndex(values: unknown): number {
  if (!Array.isArray(values)) return -1;
  for (let i = 0; i < values.length; i++) {
    const row: unknown = values[i];
    if (Array.isArray(row) && !isBlankRow(row)) return i;
  }
  return -1;
}

/** Header keys → first column index (a repeated header name reads its first column). */
function headerColumns(headerRow: readonly unknown[]): Map<string, number> {
  const columns = new Map<string, number>();
  headerRow.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key !== '' && !columns.has(key)) columns.set(key, index);
  });
  return columns;
}

function findColumn(columns: Map<string, number>, spellings: readonly string[]): number {
  for (const spelling of spellings) {
    const index = columns.get(headerKey(spelling));
    if (index !== undefined) return index;
  }
  return -1;
}

function matchedGroups(spec: KindSpec<ReportKind, string>, columns: Map<string, number>): number {
  return spec.recognisedBy.filter((group) => findColumn(columns, group) >= 0).length;
}

/** The kind whose recognising columns are all present; with several, the one matching most. */
function recognise(columns: Map<string, number>): ReportKind | null {
  let best: ReportKind | null = null;
  let bestGroups = 0;
  for (const kind of reportKinds) {
    const spec = kindTable()[kind];
    const groups = matchedGroups(spec, columns);
    if (groups === spec.recognisedBy.length && groups > bestGroups) {
      best = kind;
      bestGroups = groups;
    }
  }
  return best;
}

/** The kind of report in a range, from its header row; null when it is none we know. */
export function detectReportKind(values: unknown[][]): ReportKind | null {
  const headerIndex = headerRowIndex(values);
  return headerIndex < 0 ? null : recognise(headerColumns(values[headerIndex] ?? []));
}

/** Where a recognised report's header row is, and the columns of its order ID, sales channel and currency (-1 when absent). */
export interface OrderColumns {
  kind: ReportKind;
  headerIndex: number;
  orderId: number;
  salesChannel: number;
  currency: number;
}

/** The order-ID, sales-channel and currency columns of a report, or null when the range is no report we know. */
export function orderColumns(values: unknown[][]): OrderColumns | null {
  const headerIndex = headerRowIndex(values);
  if (headerIndex < 0) return null;
  const columns = headerColumns(values[headerIndex] ?? []);
  const kind = recognise(columns);
  if (kind === null) return null;
  const spec = kindTable()[kind];
  return {
    kind,
    headerIndex,
    orderId: findColumn(columns, spec.columns.orderId ?? []),
    salesChannel: findColumn(columns, ['sales-channel']),
    currency: findColumn(columns, ['currency']),
  };
}

function missingColumn(
  source: string,
  kind: ReportKind,
  spellings: readonly string[],
): ReportError {
  const [name, ...others] = spellings;
  const alsoAccepted = others.length > 0 ? ` (also accepted: ${others.join(', ')})` : '';
  return new ReportError(
    `${source}: the ${reportLabel(kind)} has no ${name} column${alsoAccepted}. Paste the report with all its columns, header row included.`,
  );
}

/** Why a header row was not recognised; `expected` gives the example column names. */
function unrecognised(
  source: string,
  columns: Map<string, number>,
  headerIndex: number,
  accepted: readonly ReportKind[],
  expected: ReportKind,
): ReportError {
  // A header that has all but one of an accepted kind's columns: name the missing one.
  for (const kind of accepted) {
    const spec = kindTable()[kind];
    const groups = matchedGroups(spec, columns);
    if (groups >= 2 && groups === spec.recognisedBy.length - 1) {
      const missing = spec.recognisedBy.find((group) => findColumn(columns, group) < 0) ?? [];
      return missingColumn(source, kind, missing);
    }
  }
  const where =
    headerIndex === 0 ? 'the first row' : `row ${headerIndex + 1}, the first non-blank row,`;
  const { recognisedBy } = kindTable()[expected];
  const examples = recognisedBy.slice(0, 3).map((group) => group[0]);
  return new ReportError(
    `${source}: ${where} does not look like a report header. Paste the report with its header row (expected columns such as ${examples.join(', ')}).`,
  );
}

/**
 * Reads a pasted range as one of the accepted kinds of report. An empty or single-cell argument
 * means "not given": no records and no problems. Fully blank rows are skipped.
 */
export function readReport<K extends ReportKind>(
  values: unknown[][],
  accepted: readonly K[],
  options: ReadOptions,
): ParsedReport<K> {
  const [firstAccepted] = accepted;
  if (firstAccepted === undefined) throw new Error('readReport: accepted names no report kind.');
  const headerIndex = headerRowIndex(values);
  if (headerIndex < 0) return { kind: firstAccepted, records: [], problems: [] };
  const headerRow = values[headerIndex] ?? [];

  const columns = headerColumns(headerRow);
  const found = recognise(columns);
  if (found === null) {
    throw unrecognised(options.source, columns, headerIndex, accepted, firstAccepted);
  }
  if (!(accepted as readonly ReportKind[]).includes(found)) {
    throw new ReportError(
      `${options.source}: this is ${withArticle(found)}, but ${wordList(accepted.map(withArticle), 'or')} was expected.`,
    );
  }
  const kind = found as K;
  const spec: KindSpec<K, string> = kindTable()[kind];

  // A copy of the column table turned into indexes, not an object built key by key: V8 keeps it
  // a fast object, which the row readers read once per cell.
  const columnOf = { ...spec.columns } as unknown as Record<string, number>;
  for (const field of Object.keys(columnOf)) {
    columnOf[field] = findColumn(columns, spec.columns[field] ?? []);
  }
  for (const field of spec.alsoRequired ?? []) {
    if ((columnOf[field] ?? -1) < 0)
      throw missingColumn(options.source, kind, spec.columns[field] ?? []);
  }
  const misspelt = misspeltHeader(spec.columns, columnOf, headerRow, options.unread?.[kind]);
  if (misspelt) {
    throw new ReportError(
      `${options.source}: the ${reportLabel(kind)}'s column "${misspelt.header}" reads like "${misspelt.expected}" misspelt: correct the header (a column the add-on does not know is not read).`,
    );
  }
  for (const field of options.unread?.[kind] ?? []) columnOf[field] = -1;

  const reader = new RowReader({
    report: kind,
    values,
    headers: headerRow.map((cell) => cellText(cell).replace(/^\uFEFF/, '')),
    headerIndex,
    dateOptions: {
      timeZone: options.timeZone,
      dayOrder: options.dayOrder,
      sheetTimeZone: options.sheetTimeZone,
    },
  });
  const records: ReportRecords[K][] = [];
  // Looked up once, not per row: a global lookup is slow where the global object is a sandbox
  // (Node's vm: the local host, the bench).
  const { isArray } = Array;
  const only = options.rowIndexes;
  const count = only ? only.length : values.length - headerIndex - 1;
  // Next week's report pasted below this one brings its header row along.
  const idColumn = columnOf.orderId ?? -1;
  const idHeader = idColumn >= 0 ? headerRow[idColumn] : undefined;
  for (let n = 0; n < count; n++) {
    const i = only ? (only[n] as number) : headerIndex + 1 + n;
    const cells: unknown = values[i];
    if (!isArray(cells) || isBlankRow(cells)) continue;
    reader.start(cells, i + 1);
    if (idHeader !== undefined && cells[idColumn] === idHeader) {
      reader.problem(idColumn, repeatedHeader);
      continue;
    }
    const read = spec.read(reader, columnOf);
    if (reader.failed) continue;
    if (isArray(read)) records.push(...read);
    else records.push(read);
  }
  // Dates that read but cannot be right (year 0026, 2062 among 2026) are row problems too.
  const dates = dateProblems(records, {
    kind,
    values,
    headers: reader.headers,
    columnOf,
    timeZone: options.timeZone,
    earliestDay: options.earliestDay ?? launchDay('US'),
    marketplaceName: options.marketplaceName ?? 'Amazon.com',
    asOfDay: options.asOfDay,
  });
  if (dates.problems.length === 0) return { kind, records, problems: reader.problems };
  const problems = [...reader.problems, ...dates.problems].sort((a, b) => a.row - b.row);
  const kept = records.filter((record) => !dates.rows.has((record as { row: number }).row));
  return { kind, records: kept, problems };
}

/** What a header row repeated among the data rows is told: it is no order, and the fix. */
export const repeatedHeader =
  'a row of data, not the header row again (a report pasted below another keeps its header: delete this row)';

function quoted(value: string): string {
  return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
}

/** One sentence a seller can act on, e.g. `orders: row 7 of the All Orders report, column "quantity", has "two"; expected a whole number of units, 0 or more.` */
export function describeProblem(p: RowProblem, source: string): string {
  const has = p.value === '' ? 'is blank' : `has ${quoted(p.value)}`;
  return `${source}: row ${p.row} of the ${reportLabel(p.report)}, column "${p.column}", ${has}; expected ${p.expected}.`;
}
