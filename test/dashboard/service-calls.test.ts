/**
 * Building the Health sheet makes the same service calls for 1,000 and for 100,000 report rows:
 * the report sheets are found by their first rows and passed to the formulas by reference, never
 * read or written row by row.
 */
import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../host';
import { pasteReports, reportsWithRows } from '../../scripts/bench-dashboard';
import { startDashboard } from './helpers';

/** The service calls of one build, with an All Orders report of `rows` rows. */
function buildCalls(rows: number): CallRecord[] {
  const dashboard = startDashboard();
  const reports = reportsWithRows(1_000);
  const [header = [], ...body] = reports.allOrders;
  const allOrders = [header];
  for (let i = 0; i < rows; i++) {
    const row = [...(body[i % body.length] ?? [])];
    row[0] = `${row[0]}-${Math.floor(i / body.length)}`;
    allOrders.push(row);
  }
  dashboard.host.spreadsheet.addSheetWithValues('All Orders', allOrders);
  pasteReports(dashboard.host, reports);
  dashboard.host.resetCalls();
  dashboard.menu('buildHealthSheet');
  return [...dashboard.host.calls];
}

function names(calls: CallRecord[]): string[] {
  return calls.map((c) => `${c.service}.${c.method}`);
}

describe('service calls of a Health sheet build', () => {
  it('are the same for 1,000 and for 100,000 rows', () => {
    const small = buildCalls(1_000);
    const large = buildCalls(100_000);
    expect(names(large)).toEqual(names(small));
    // No range the build touches by row and column is taller than the rows searched for a header.
    const tallest = Math.max(
      ...large
        .filter((c) => c.method === 'getRange' && typeof c.args[0] === 'number')
        .map((c) => Number(c.args[2] ?? 1)),
    );
    expect(tallest).toBeLessThanOrEqual(5);
  });
});
