/**
 * The rows of the pasted reports that stop the metrics, in one line the Health sheet shows above
 * its tables [issue 8.1]: a custom function can only show its refusal as #ERROR! with the message
 * on hover, so this says in plain sight which rows to fix (report, row, column, what is expected).
 */
import {
  acceptedKinds,
  argumentNames,
  type HealthRanges,
  marketplaceForProblems,
} from './health-input';
import { launchDay } from './marketplace-launches';
import { describeProblem, readReport } from './reports';

/** Problems quoted in full; the rest are counted. */
const shownProblems = 3;

/**
 * "Rows to check (2): orders: row 41 of the All Orders report, …" or '' when every row reads.
 * A report that cannot be read at all (the wrong report, a missing column) is named too.
 */
export function reportProblemsText(
  ranges: HealthRanges,
  marketplaceCode?: string,
  sheetTimeZone?: string,
  asOfDay?: string,
): string {
  const { marketplace, known } = marketplaceForProblems(ranges, marketplaceCode);
  const messages: string[] = [];
  let count = 0;
  for (const key of Object.keys(argumentNames) as (keyof HealthRanges)[]) {
    const values = ranges[key];
    if (!Array.isArray(values)) continue;
    const source = argumentNames[key];
    try {
      const { problems } = readReport(values, acceptedKinds[key], {
        source,
        timeZone: marketplace.timeZone,
        sheetTimeZone,
        earliestDay: launchDay(marketplace.code),
        marketplaceName: marketplace.salesChannel,
        ...(asOfDay ? { asOfDay } : {}),
        ...(known ? { dayOrder: marketplace.dayOrder } : {}),
      });
      count += problems.length;
      for (const problem of problems.slice(0, shownProblems)) {
        messages.push(describeProblem(problem, source));
      }
    } catch (error) {
      count++;
      messages.push((error as Error).message);
    }
  }
  if (count === 0) return '';
  const more = count > shownProblems ? ` … and ${count - shownProblems} more.` : '';
  return `Rows to check (${count}), the tables show #ERROR! until they are fixed: ${messages.slice(0, shownProblems).join(' ')}${more}`;
}
