/**
 * Importing a report without its buyer columns (names, addresses, phones, e-mails): the metrics
 * never read them, so a seller may keep them out of the spreadsheet altogether.
 */
import { buyerColumnsOf } from '../privacy';

export interface ReportColumns {
  header: string[];
  rows: string[][];
}

/** The header and rows without the columns src/core/privacy counts as buyer data. */
export function withoutBuyerColumns(
  header: readonly string[],
  rows: readonly string[][],
): ReportColumns {
  const dropped = new Set(buyerColumnsOf(header));
  if (dropped.size === 0) return { header: [...header], rows: rows.map((row) => [...row]) };
  const keep = (_: string, index: number) => !dropped.has(index);
  return { header: header.filter(keep), rows: rows.map((row) => row.filter(keep)) };
}
