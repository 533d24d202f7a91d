/**
 * The rows of the pasted reports that stop a function (in any column one reads), in one line the Health sheet shows above
 * its tables [issue 8.1]: a custom function can only show its refusal as #ERROR! with the message
 * on hover, so this says in plain sight which rows to fix (report, row, column, what is expected).
 */
import { type HealthRanges, reportOutcomes } from './health-input';
import { describeProblem } from './reports';

/** Problems quoted in full; the rest are counted. */
const shownProblems = 3;

/**
 * "Rows to check (2): orders: row 41 of the All Orders report, …" or '' when every row reads.
 * A report that cannot be read at all (the wrong report, a missing column) is named too. Each
 * marketplace's rows are read as the functions read them: in its zone, its stray dates among its
 * own orders.
 */
export function reportProblemsText(
  ranges: HealthRanges,
  marketplaceCode?: string,
  sheetTimeZone?: string,
  asOfDay?: string,
): string {
  const messages: string[] = [];
  let count = 0;
  for (const { source, problems, error } of reportOutcomes(
    ranges,
    marketplaceCode,
    sheetTimeZone,
    asOfDay,
  )) {
    if (error) {
      count++;
      messages.push(error.message);
      continue;
    }
    // Rows, not cells: a row with two bad cells (an unknown status in order-status and
    // item-status) is one row to mend, quoted by its first.
    const rows = new Set<number>();
    for (const problem of problems) {
      if (rows.has(problem.row)) continue;
      rows.add(problem.row);
      if (messages.length < shownProblems) messages.push(describeProblem(problem, source));
    }
    count += rows.size;
  }
  if (count === 0) return '';
  const more = count > shownProblems ? ` … and ${count - shownProblems} more.` : '';
  return `Rows to check (${count}), the functions that read them show #ERROR! until they are fixed: ${messages.slice(0, shownProblems).join(' ')}${more}`;
}
