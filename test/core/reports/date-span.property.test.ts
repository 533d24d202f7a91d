/**
 * The trusted span is computed without a sort when the dates are already in order, and with a
 * selection instead of a sort for the median gap: over generated reports (in order, newest first,
 * shuffled, with ties, zeros, strays and sparse sellers) it is the span the first, sorting version
 * gives (date-span-reference.ts). `two reports`: two runs in date order, as the orders of the All
 * Orders report and the Order Report pasted together are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trustedSpan } from '../../../src/core/reports/date-span';
import { referenceTrustedSpan } from './date-span-reference';

const dayMs = 86_400_000;
const base = Date.UTC(2026, 10, 15);

/** One row's instant: near the others, a few hours or days apart, now and then a stray year. */
const instant = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -90 * 24, max: 0 }).map((h) => base + h * 3_600_000) },
  { weight: 2, arbitrary: fc.integer({ min: -400, max: 400 }).map((d) => base + d * dayMs) },
  { weight: 1, arbitrary: fc.integer({ min: -30_000, max: 30_000 }).map((d) => base + d * dayMs) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, base, base + 1) },
);

const rows = fc.array(fc.tuple(instant, fc.integer({ min: 0, max: 40 })), {
  maxLength: 300,
  size: 'max',
});
const order = fc.constantFrom('as given', 'oldest first', 'newest first', 'two reports');

describe('the trusted span, against the sorting reference', () => {
  it('is the same span for generated reports in any row order', () => {
    let cases = 0;
    let dates = 0;
    fc.assert(
      fc.property(rows, order, fc.boolean(), (generated, ordering, sparse) => {
        const byDate = (rows: [number, number][]) => [...rows].sort((a, b) => a[0] - b[0]);
        const half = generated.length >> 1;
        const sorted =
          ordering === 'as given'
            ? generated
            : ordering === 'two reports'
              ? [...byDate(generated.slice(0, half)), ...byDate(generated.slice(half))]
              : [...generated].sort((a, b) =>
                  ordering === 'oldest first' ? a[0] - b[0] : b[0] - a[0],
                );
        const instants = sorted.map(([t]) => t);
        const keys = sorted.map(([, k]) => `order-${k}`);
        const gap = sparse ? 366 : undefined;
        cases++;
        dates += instants.length;
        expect(trustedSpan(instants, keys, gap)).toEqual(referenceTrustedSpan(instants, keys, gap));
      }),
      { numRuns: 2000 },
    );
    expect(cases).toBe(2000);
    expect(dates).toBeGreaterThan(100_000);
  });
});
