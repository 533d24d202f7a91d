/**
 * Issue 8.1 in the import: a row whose date cannot be right (purchase-date 2062 among 2026, year
 * 0026, 9999-12-31) is not written to the sheet, where every formula would refuse it, and the
 * summary names it by row and column; every other row is imported.
 */
import { describe, expect, it } from 'vitest';
import { importText, sampleText, startDashboard } from './helpers';

describe('importing a report with dates that cannot be right', () => {
  it('leaves those rows out and names each by its row and column in the summary', async () => {
    const lines = sampleText('all-orders.tsv').trimEnd().split('\n');
    const typo = (row: number, from: RegExp, to: string) => {
      lines[row - 1] = (lines[row - 1] ?? '').replace(from, to);
    };
    typo(41, /\t2026-(\d\d-\d\dT)/, '\t2062-$1');
    typo(57, /\t2026-(\d\d-\d\dT)/, '\t0026-$1');
    typo(90, /\t2026-\d\d-\d\dT[^\t]*/, '\t9999-12-31T23:59:59+00:00');
    const dashboard = startDashboard('Europe/Berlin');
    const outcome = await importText(dashboard, 'all-orders.txt', lines.join('\n'));

    expect(outcome.summary.added).toBe(lines.length - 1 - 3);
    expect(outcome.summary.problems.map((p) => p.row)).toEqual([41, 57, 90]);
    for (const problem of outcome.summary.problems) {
      expect(problem.message).toMatch(
        new RegExp(
          `^all-orders.txt: row ${problem.row} of the All Orders report, column "purchase-date"`,
        ),
      );
    }
    expect(outcome.summary.problems[0]?.message).toContain('2062');
    expect(outcome.summary.lastDay).toBe('2026-11-15');
    expect(outcome.lines).toContain(
      'Rows not imported, because they could not be read or hold a date that cannot be right: 3.',
    );
  });
});
