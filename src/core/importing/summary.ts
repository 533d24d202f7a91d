/**
 * The summary an import ends with: rows added, duplicates skipped, the date range, rows it could
 * not read and why. The dialog adds up the results of its batches and shows these lines (as text,
 * never as HTML: they quote the file's cells).
 */
import type { ImportBatchResult } from './request';

/** Problems kept for display across batches; the rest are counted. */
const maxShownProblems = 100;

export type ImportSummary = ImportBatchResult;

/** The summary after one more batch. */
export function addBatchResult(
  summary: ImportSummary | null,
  batch: ImportBatchResult,
): ImportSummary {
  if (summary === null) return { ...batch, problems: batch.problems.slice(0, maxShownProblems) };
  const earlier = (a: string | null, b: string | null) =>
    a === null || (b !== null && b < a) ? b : a;
  const later = (a: string | null, b: string | null) =>
    a === null || (b !== null && b > a) ? b : a;
  return {
    ...summary,
    createdSheet: summary.createdSheet || batch.createdSheet,
    added: summary.added + batch.added,
    duplicates: summary.duplicates + batch.duplicates,
    changedRows: [...summary.changedRows, ...batch.changedRows],
    firstDay: earlier(summary.firstDay, batch.firstDay),
    lastDay: later(summary.lastDay, batch.lastDay),
    problems: [...summary.problems, ...batch.problems].slice(0, maxShownProblems),
    problemCount: summary.problemCount + batch.problemCount,
    newColumns: [...summary.newColumns, ...batch.newColumns],
    datesAsText: summary.datesAsText || batch.datesAsText,
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** What the seller reads when the import ends. */
export function summaryLines(summary: ImportSummary, dataRows: number): string[] {
  const lines = [
    `${summary.reportLabel}: ${summary.createdSheet ? 'new sheet' : 'sheet'} "${summary.sheetName}".`,
  ];
  if (dataRows === 0) {
    lines.push('The file has a header row but no rows under it: nothing was imported.');
    return lines;
  }
  lines.push(`Rows added: ${count(summary.added)}.`);
  lines.push(`Duplicates skipped (already in the sheet): ${count(summary.duplicates)}.`);
  const changed = summary.changedRows;
  if (changed.length > 0) {
    const listed = changed.slice(0, 10).join(', ') + (changed.length > 10 ? ', …' : '');
    lines.push(
      `Of those, ${count(changed.length)} ${changed.length === 1 ? 'has' : 'have'} another status, scan or delivery date in this file than in the sheet (file ${changed.length === 1 ? 'row' : 'rows'} ${listed}). The import never changes what is in the sheet, so the rates still read the sheet's: if the file is the newer, update those cells, or delete the sheet's old rows and import the file again.`,
    );
  }
  if (summary.firstDay !== null && summary.lastDay !== null) {
    lines.push(`Dates in the file: ${summary.firstDay} to ${summary.lastDay}.`);
  }
  if (summary.datesAsText) {
    lines.push(
      summary.marketplaceKnown
        ? "Dates kept as the report wrote them: its orders are of several marketplaces, and no one clock is every row's. The functions read each row in its own marketplace's time zone."
        : 'Dates kept as the report wrote them: nothing in the spreadsheet names the marketplace yet (import the order reports first, or choose it in Settings, to see dates as dates). The functions read them exactly either way.',
    );
  }
  if (summary.problemCount > 0) {
    const shown =
      summary.problems.length < summary.problemCount
        ? ` (the first ${summary.problems.length} are listed)`
        : '';
    lines.push(
      `Rows not imported, because they could not be read or hold a date that cannot be right: ${count(summary.problemCount)}${shown}.`,
    );
    if (!summary.marketplaceKnown) {
      lines.push(
        'Your marketplace is not set and the file does not name it: choose it in Settings so dates like 03/04/24 can be read, then import the file again.',
      );
    }
  }
  if (summary.newColumns.length > 0) {
    lines.push(
      `Columns added to the sheet, each in the first column right of the report that was empty from top to bottom: ${summary.newColumns.join(', ')}. Build or refresh the Health sheet to use them.`,
    );
  }
  return lines;
}
