/**
 * `npm run differential -- <git-rev> --statuses`: for a <git-rev> before c04ceb5, which read an
 * order or item status it did not know (a typo, a number, a formula) as "not cancelled", or before
 * the claim, chargeback and feedback statuses, order IDs, shipped units and item prices were
 * checked (see `newRefusals`). Such a cell is now a row problem, so an answer may differ from
 * <git-rev>'s where the new one names it: a function now refused, or REPORT_PROBLEMS listing one row more. REPORT_PROBLEMS also counts
 * and quotes rows since then, not cells (a row with two bad cells is one), so two lists of rows to
 * check may differ in their count and quotes. A value that changed is never explained.
 */

/**
 * What the readers say of a cell they now refuse (src/core/reports/kinds.ts, row-reader.ts): an
 * order or item status they do not know (from c04ceb5); a claim, chargeback or feedback status,
 * an order ID without digits or with a formula, an Amazon order ID a digit short or long or
 * stored as a number (after a2ba156), a confirmation of 0 units and a negative
 * item-price (after ecb8be4).
 */
const newRefusals = [
  'expected an order status such as Shipped, Pending, Unshipped',
  'expected a claim status such as',
  'expected a chargeback status such as',
  'expected a feedback status such as',
  'expected an order ID such as',
  'expected an Amazon order ID of 3, 7 and 7 characters',
  'expected an order ID as text',
  'expected a whole number of units shipped, 1 or more',
  'expected an item price of 0 or more',
];

/** The end of a function's refusal that counts the other rows it could not read. */
const moreRows = / (\d+) more rows? could not be read either\.$/;

/** How many rows besides the first a refusal says it could not read. */
function moreRowsOf(answer: string): number {
  return Number(moreRows.exec(answer)?.[1] ?? 0);
}

/** REPORT_PROBLEMS' count of rows, which it lists only the first few of. */
const rowsToCheck = /^REPORT_PROBLEMS: "Rows to check \((\d+)\)/;

/**
 * Whether a status now refused explains why the answer `now` differs from `before`: the new
 * answer names a status refusal, or refuses the same first row and more rows besides, or both are REPORT_PROBLEMS' rows to check (see above), or
 * REPORT_PROBLEMS has rows to check where it had none.
 */
export function explainedByStatusRefusal(before: string, now: string): boolean {
  if (newRefusals.some((refusal) => now.includes(refusal) && !before.includes(refusal))) {
    return true;
  }
  // The same first row refused, and more rows besides: the cells now refused are among them.
  if (
    before.replace(moreRows, '') === now.replace(moreRows, '') &&
    moreRowsOf(now) > moreRowsOf(before)
  ) {
    return true;
  }
  if (!rowsToCheck.test(now)) return false;
  return rowsToCheck.test(before) || before === 'REPORT_PROBLEMS: ""';
}
