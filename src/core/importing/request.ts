/**
 * What the import dialog sends the server for each batch of rows, and what it gets back. Both cross
 * `google.script.run`, so they are plain JSON: days are `yyyy-mm-dd` text, never Date objects. The
 * server validates every request: the page is not trusted to have built it.
 */
import * as v from 'valibot';
import type { ReportKind } from '../reports/types';
import { maxCurrencies } from './file-batches';
import type { ImportProblem } from './import-batch';

export interface ImportRequest {
  /** The file's name, or "Pasted text": messages name it. */
  fileName: string;
  header: string[];
  rows: string[][];
  /** The file's row number of `rows[0]`; the header is row 1 (or later, after blank lines). */
  firstRow: number;
  /** Leave the buyer columns (names, addresses, phones, e-mails) out of the sheet. */
  withoutBuyerColumns?: boolean;
  /** The whole file's currencies (see `FileBatches.currencies`); absent: this batch's. */
  currencies?: string[];
}

export interface ImportBatchResult {
  kind: ReportKind;
  /** E.g. "All Orders report". */
  reportLabel: string;
  sheetName: string;
  createdSheet: boolean;
  added: number;
  duplicates: number;
  /**
   * Rows of the file (the header being row 1) already in the sheet, whose status, scan or
   * delivery date the file shows otherwise: the sheet keeps its own.
   */
  changedRows: number[];
  firstDay: string | null;
  lastDay: string | null;
  problems: ImportProblem[];
  problemCount: number;
  newColumns: string[];
  /** Whether dates like 03/04/24 could be read: the marketplace is set or in the file. */
  marketplaceKnown: boolean;
  /** The rows are of several marketplaces, so their dates were kept as text (see import.ts). */
  datesAsText: boolean;
}

/** Limits above a batch the dialog sends (see file-batches.ts), far below what would stall a call. */
export const maxRowsPerRequest = 20_000;
export const maxColumnsPerRequest = 500;

let schema: v.GenericSchema<unknown, ImportRequest> | undefined;

function requestSchema(): v.GenericSchema<unknown, ImportRequest> {
  schema ??= v.strictObject({
    fileName: v.pipe(v.string(), v.maxLength(300)),
    header: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(maxColumnsPerRequest)),
    rows: v.pipe(
      v.array(v.pipe(v.array(v.string()), v.maxLength(maxColumnsPerRequest))),
      v.maxLength(maxRowsPerRequest),
    ),
    firstRow: v.pipe(v.number(), v.integer(), v.minValue(2)),
    withoutBuyerColumns: v.optional(v.boolean()),
    currencies: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(maxCurrencies)),
    ),
  });
  return schema;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** The limit a request goes over, said with the numbers and what to do; null within them. */
function overLimit(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const { header, rows } = value as { header?: unknown; rows?: unknown };
  const advice =
    'Import the file with Import report… in the Seller Health menu, which sends it in batches below these limits, or split it into smaller files.';
  if (Array.isArray(rows) && rows.length > maxRowsPerRequest) {
    return `One import request takes at most ${count(maxRowsPerRequest)} rows; this one has ${count(rows.length)}. Nothing was imported. ${advice}`;
  }
  const widest = Math.max(
    Array.isArray(header) ? header.length : 0,
    ...(Array.isArray(rows) ? rows.map((row) => (Array.isArray(row) ? row.length : 0)) : []),
  );
  if (widest > maxColumnsPerRequest) {
    return `One import request takes at most ${count(maxColumnsPerRequest)} columns; this one has ${count(widest)}. Nothing was imported. Check that the file is a report, one row per line.`;
  }
  return null;
}

/** The request, or an Error saying what is wrong with it. */
export function parseImportRequest(value: unknown): ImportRequest {
  const limit = overLimit(value);
  if (limit !== null) throw new Error(limit);
  const result = v.safeParse(requestSchema(), value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  throw new Error(
    `The import dialog sent rows the add-on cannot take (${where || 'request'}: ${issue?.message ?? 'invalid'}). Close it and try again.`,
  );
}
