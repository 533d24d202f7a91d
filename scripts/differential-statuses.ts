/**
 * `npm run differential -- <git-rev> --statuses`: for a <git-rev> before c04ceb5, which read an
 * order or item status it did not know (a typo, a number, a formula) as "not cancelled". Such a
 * status is now a row problem, so an answer may differ from <git-rev>'s where the new one names
 * it: a function now refused, or REPORT_PROBLEMS listing one row more. A value that changed
 * without that refusal is never explained.
 */

/** What the readers say of a status they do not know (src/core/reports/kinds.ts). */
const statusRefusal = 'expected an order status such as Shipped, Pending, Unshipped';

/** REPORT_PROBLEMS' count of rows, which it lists only the first few of. */
const rowsToCheck = /^REPORT_PROBLEMS: "Rows to check \((\d+)\)/;

/**
 * Whether a status now refused explains why the answer `now` differs from `before`: the new
 * answer names a status refusal, or REPORT_PROBLEMS has more rows to check (it names only the
 * first three, and nothing else in the change adds a row problem).
 */
export function explainedByStatusRefusal(before: string, now: string): boolean {
  if (now.includes(statusRefusal) && !before.includes(statusRefusal)) return true;
  const rowsBefore = Number(rowsToCheck.exec(before)?.[1] ?? Number.NaN);
  const rowsNow = Number(rowsToCheck.exec(now)?.[1] ?? Number.NaN);
  return rowsNow > rowsBefore || (rowsNow > 0 && before === 'REPORT_PROBLEMS: ""');
}
