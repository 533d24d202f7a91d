/**
 * What the import dialog sends the server for each batch of rows, and what it gets back. Both cross
 * `google.script.run`, so they are plain JSON: days are `yyyy-mm-dd` text, never Date objects. The
 * server validates every request: the page is not trusted to have built it.
 */
import * as z from 'zod/mini';
import type { ReportKind } from '../reports/types';
import type { ImportProblem } from './import-batch';

export interface ImportRequest {
  /** The file's name, or "Pasted text": messages name it. */
  fileName: string;
  header: string[];
  rows: string[][];
  /** The file's row number of `rows[0]`; the header is row 1 (or later, after blank lines). */
  firstRow: number;
}

export interface ImportBatchResult {
  kind: ReportKind;
  /** E.g. "All Orders report". */
  reportLabel: string;
  sheetName: string;
  createdSheet: boolean;
  added: number;
  duplicates: number;
  firstDay: string | null;
  lastDay: string | null;
  problems: ImportProblem[];
  problemCount: number;
  newColumns: string[];
  /** Whether dates like 03/04/24 could be read: the marketplace is set or in the file. */
  marketplaceKnown: boolean;
}

/** Limits above a batch the dialog sends (see file-batches.ts), far below what would stall a call. */
export const maxRowsPerRequest = 20_000;
const maxColumns = 500;

let schema: z.ZodMiniType<ImportRequest> | undefined;

function requestSchema(): z.ZodMiniType<ImportRequest> {
  schema ??= z.strictObject({
    fileName: z.string().check(z.maxLength(300)),
    header: z.array(z.string()).check(z.minLength(1), z.maxLength(maxColumns)),
    rows: z
      .array(z.array(z.string()).check(z.maxLength(maxColumns)))
      .check(z.maxLength(maxRowsPerRequest)),
    firstRow: z.number().check(z.int(), z.minimum(2)),
  });
  return schema;
}

/** The request, or an Error saying what is wrong with it. */
export function parseImportRequest(value: unknown): ImportRequest {
  const result = requestSchema().safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  throw new Error(
    `The import dialog sent rows the add-on cannot take (${where || 'request'}: ${issue?.message ?? 'invalid'}). Close it and try again.`,
  );
}
