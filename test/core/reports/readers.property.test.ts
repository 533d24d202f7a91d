/**
 * Issue 8, "Done when", for the readers: over 100,000 generated rows (12,500 of each kind; the
 * custom-function property test feeds another 100,000 through them in the bundle), a reader
 * never throws on rows under a good header, every record it keeps holds finite dates inside the
 * calendar the add-on accepts and finite amounts, and every row it leaves out is a problem that
 * names the report, the column and the row.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem, readReport } from '../../../src/core/reports';
import { dateFields } from '../../../src/core/reports/date-checks';
import type { ReportKind } from '../../../src/core/reports/types';
import {
  buildReport,
  internalMessage,
  type ReportName,
  rowProblemMessage,
} from '../../generated-reports';

const kinds: Record<ReportName, ReportKind> = {
  orders: 'allOrders',
  mfnOrders: 'sellerFulfilledOrders',
  shipments: 'shippingConfirmations',
  feedback: 'feedback',
  claims: 'claims',
  chargebacks: 'chargebacks',
  fbaShipments: 'fbaShipments',
  odrDefects: 'odrDefects',
};

const earliest = Date.parse('1995-07-16T07:00:00Z');
const latest = Date.parse('2100-01-01T08:00:00Z');
const rowsPerRun = 2_500;
const runs = 5;

describe(`the report readers on ${(rowsPerRun * runs * 8).toLocaleString('en-US')} generated rows`, () => {
  for (const [name, kind] of Object.entries(kinds) as [ReportName, ReportKind][]) {
    it(`the ${kind} reader keeps only sound records and names every row it leaves out`, () => {
      let problems = 0;
      fc.assert(
        fc.property(
          fc.integer(),
          fc.constantFrom(0, 0.001, 0.05, 0.5),
          fc.constantFrom('America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo'),
          (seed, dirty, sheetTimeZone) => {
            const values = buildReport(name, rowsPerRun, dirty, seed);
            const read = readReport(values, [kind], {
              source: 'orders',
              timeZone: 'America/Los_Angeles',
              sheetTimeZone,
            });
            const problemRows = new Set(read.problems.map((p) => p.row));
            // Plain checks, not one expect per value: 100,000 rows hold a million values.
            for (const record of read.records as unknown as Record<string, unknown>[]) {
              if (problemRows.has(record.row as number)) throw new Error(`row ${record.row} kept`);
              for (const [field, value] of Object.entries(record)) {
                if (typeof value !== 'number') continue;
                const sound = dateFields.has(field)
                  ? value >= earliest && value < latest
                  : Number.isFinite(value) && (field === 'row' || Math.abs(value) < 1e12);
                if (!sound) throw new Error(`row ${record.row}: ${field} is ${value}`);
              }
            }
            for (const problem of read.problems) {
              const message = describeProblem(problem, 'orders');
              expect(message).toMatch(rowProblemMessage);
              expect(problem.column).not.toBe('');
              expect(problem.expected).not.toMatch(internalMessage);
              expect(problem.row).toBeGreaterThan(1);
              expect(problem.row).toBeLessThanOrEqual(values.length);
            }
            problems += read.problems.length;
          },
        ),
        { numRuns: runs, seed: 1201 },
      );
      expect(problems).toBeGreaterThan(0);
    });
  }
});
