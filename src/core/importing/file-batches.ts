/**
 * How the import dialog sends a file: its header row, then its rows in batches of a few megabytes,
 * each a separate `google.script.run` call the dialog can show progress for. Fewer, larger calls
 * save a round trip and a look-up of the report sheets each; a few megabytes stays well inside
 * what one call carries and what one execution writes in its time limit.
 */
import { currenciesOf } from '../marketplace-currency';

export interface FileBatch {
  rows: string[][];
  /** The file's row number of `rows[0]`. */
  firstRow: number;
}

export interface FileBatches {
  header: string[];
  batches: FileBatch[];
  /** Rows under the header with anything in them. */
  dataRows: number;
  /**
   * The distinct currencies of the file's rows without a sales channel. Every batch carries them,
   * so the server reads each batch in the one marketplace's zone the whole file names, even a last
   * batch of cancelled orders with the currency left blank.
   */
  currencies: string[];
}

/** Currencies a file sends with its batches: far more than any report has. */
export const maxCurrencies = 50;

/** Characters per batch. */
export const batchCharacters = 4_000_000;
/** Rows per batch, however short (below the server's limit, `maxRowsPerRequest`). */
export const batchRows = 15_000;

/** The header (the first row with content) and the rows under it in batches; null when empty. */
export function fileBatches(rows: readonly string[][]): FileBatches | null {
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return null;
  const batches: FileBatch[] = [];
  let current: FileBatch | null = null;
  let characters = 0;
  let dataRows = 0;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.some((cell) => cell.trim() !== '')) dataRows++;
    const size = row.reduce((sum, cell) => sum + cell.length + 1, 0);
    if (!current || current.rows.length >= batchRows || characters + size > batchCharacters) {
      current = { rows: [], firstRow: i + 1 };
      batches.push(current);
      characters = 0;
    }
    current.rows.push(row);
    characters += size;
  }
  // A header alone still goes once, so the server can say what it is.
  if (batches.length === 0) batches.push({ rows: [], firstRow: headerIndex + 2 });
  const header = rows[headerIndex] ?? [];
  const currencies = currenciesOf(header, rows, headerIndex + 1).slice(0, maxCurrencies);
  return { header, batches, dataRows, currencies };
}
