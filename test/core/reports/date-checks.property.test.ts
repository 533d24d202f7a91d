/**
 * The date checks read each date field into a typed array once instead of looking it up by name
 * per record: over generated records of every report kind (dates in and out of the calendar,
 * strays, blank optional dates, rows that give several records, an as_of after a pause) they give
 * the problems and the rows the first version gives (date-checks-reference.ts), in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFields, dateProblems } from '../../../src/core/reports/date-checks';
import { kindTable, reportKinds } from '../../../src/core/reports/kinds';
import type { ReportKind } from '../../../src/core/reports/types';
import { referenceDateProblems } from './date-checks-reference';

const dayMs = 86_400_000;
const base = Date.UTC(2026, 10, 15, 8);
const instant = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: -120, max: 0 }).map((d) => base + d * dayMs) },
  { weight: 1, arbitrary: fc.integer({ min: -800, max: 800 }).map((d) => base + d * dayMs) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Date.UTC(26, 0, 1),
      Date.UTC(2062, 7, 20),
      Date.UTC(2100, 0, 1),
      Date.UTC(1995, 6, 15),
    ),
  },
);
/** Every field of the readers' records that holds an instant, in a fixed order. */
const dateFieldNames = [...dateFields];

const generated = fc.record({
  kind: fc.constantFrom<ReportKind>(...reportKinds),
  /** Per row: how many records it gives (the ODR download gives one per defect type). */
  rows: fc.array(
    fc.record({
      records: fc.integer({ min: 1, max: 2 }),
      order: fc.integer({ min: 0, max: 30 }),
      dates: fc.array(fc.option(instant, { nil: null }), { minLength: 9, maxLength: 9 }),
    }),
    { maxLength: 120, size: 'max' },
  ),
  absent: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  asOfDay: fc.constantFrom(undefined, '2026-11-20', '2026-12-20', '2027-03-01'),
  zone: fc.constantFrom('America/Los_Angeles', 'Europe/London', 'Asia/Tokyo'),
});

describe('the date checks, against the first version', () => {
  it('give the same problems and rows for generated records of every report kind', () => {
    let records = 0;
    let problems = 0;
    fc.assert(
      fc.property(generated, ({ kind, rows, absent, asOfDay, zone }) => {
        const fields = Object.keys(kindTable()[kind].columns);
        const columnOf: Record<string, number> = {};
        fields.forEach((field, i) => {
          // The main date column is kept more often than not; any column may be absent.
          columnOf[field] = absent[i] && i % 3 === 0 ? -1 : i;
        });
        const headers = fields.map((field) => field);
        const values: string[][] = [headers];
        const list: Record<string, unknown>[] = [];
        rows.forEach((row, r) => {
          values.push(fields.map((field) => `${field} of row ${r + 2}`));
          for (let k = 0; k < row.records; k++) {
            const record: Record<string, unknown> = { row: r + 2, orderId: `order-${row.order}` };
            dateFieldNames.forEach((field, d) => {
              if (field in columnOf) record[field] = row.dates[d] ?? null;
            });
            list.push(record);
          }
        });
        const context = {
          kind,
          values,
          headers,
          columnOf,
          timeZone: zone,
          earliestDay: '1995-07-16',
          marketplaceName: 'Amazon.com',
          asOfDay,
        };
        const fast = dateProblems(list, context);
        const reference = referenceDateProblems(list, context);
        records += list.length;
        problems += reference.problems.length;
        expect(fast.problems).toEqual(reference.problems);
        expect([...fast.rows]).toEqual([...reference.rows]);
      }),
      { numRuns: 1500 },
    );
    expect(records).toBeGreaterThan(100_000);
    expect(problems).toBeGreaterThan(1000);
  });
});
