/**
 * `npm run differential -- <git-rev> --statuses`: for a <git-rev> before c04ceb5, which read an
 * order or item status it did not know (a typo, a number, a formula) as "not cancelled". Such a
 * status is now a row problem, so an answer may differ from <git-rev>'s where the new one names
 * it: a function now refused, or REPORT_PROBLEMS listing one row more. REPORT_PROBLEMS also counts
 * and quotes rows since then, not cells (a row with two bad cells is one), so two lists of rows to
 * check may differ in their count and quotes. A value that changed is never explained.
 */

/** What the readers say of a status they do not know (src/core/reports/kinds.ts). */
const statusRefusal = 'expected an order status such as Shipped, Pending, Unshipped';

/** REPORT_PROBLEMS' count of rows, which it lists only the first few of. */
const rowsToCheck = /^REPORT_PROBLEMS: "Rows to check \((\d+)\)/;

/**
 * Whether a status now refused explains why the answer `now` differs from `before`: the new
 * answer names a status refusal, or both are REPORT_PROBLEMS' rows to check (see above), or
 * REPORT_PROBLEMS has rows to check where it had none.
 */
export function explainedByStatusRefusal(before: string, now: string): boolean {
  if (now.includes(statusRefusal) && !before.includes(statusRefusal)) return true;
  if (!rowsToCheck.test(now)) return false;
  return rowsToCheck.test(before) || before === 'REPORT_PROBLEMS: ""';
}
