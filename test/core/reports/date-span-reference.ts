/**
 * The span of a report's dates as first written (sorting every time, Math.abs per step): the
 * reference the faster `trustedSpan` of src/core/reports/date-span.ts is checked against.
 */
const dayMs = 86_400_000;
/** The smallest gap, in days, that separates a stray newest date from the rest. */
const minimumNewestGapDays = 14;
/** The gap, in days, that separates a stray oldest date from the rest. */
export const oldestGapDays = 366;

interface DateSpan {
  /** The first and last instants of the span (both included). */
  first: number;
  last: number;
}

/** Median of the gaps between consecutive sorted instants, in ms. */
function medianGap(sorted: Float64Array): number {
  if (sorted.length < 3) return 0;
  const gaps = new Float64Array(sorted.length - 1);
  for (let i = 1; i < sorted.length; i++) gaps[i - 1] = (sorted[i] ?? 0) - (sorted[i - 1] ?? 0);
  gaps.sort();
  // The lower median: with three dates, the smaller of the two gaps.
  return gaps[(gaps.length - 1) >> 1] ?? 0;
}

/**
 * Index in `sorted` of the end of the span, walking from `start` by `step` (-1: from the newest,
 * +1: from the oldest): the first date that starts a run of dates, each within `gap` of the next,
 * holding two orders or more. `keysIn(from, to)` counts the distinct keys among the instants in
 * [from, to], stopping at 2. -1 when no run holds two orders.
 */
function spanEnd(
  sorted: Float64Array,
  start: number,
  step: 1 | -1,
  gap: number,
  keysIn: (from: number, to: number) => number,
): number {
  const inside = (k: number) => k >= 0 && k < sorted.length;
  let i = start;
  while (inside(i)) {
    let j = i;
    while (inside(j + step) && Math.abs((sorted[j + step] ?? 0) - (sorted[j] ?? 0)) <= gap) {
      j += step;
    }
    const a = sorted[i] ?? 0;
    const b = sorted[j] ?? 0;
    if (j !== i && keysIn(Math.min(a, b), Math.max(a, b)) >= 2) return i;
    i = j + step;
  }
  return -1;
}

/**
 * The span of `instants` (one per row) with the outliers left out; `keys[i]` says which order row
 * i belongs to (rows of one order corroborate nothing). Null when there are no instants.
 */
export function referenceTrustedSpan(
  instants: ArrayLike<number>,
  keys: ArrayLike<string | number>,
  newestGapDays = minimumNewestGapDays,
): DateSpan | null {
  const n = instants.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(instants);
  sorted.sort();
  const keysIn = (from: number, to: number): number => {
    let first: string | number | undefined;
    for (let i = 0; i < n; i++) {
      const t = instants[i] ?? 0;
      if (t < from || t > to) continue;
      const key = keys[i] ?? i;
      if (first === undefined) first = key;
      else if (key !== first) return 2;
    }
    return first === undefined ? 0 : 1;
  };
  const newestGap = Math.max(newestGapDays * dayMs, 3 * medianGap(sorted));
  const lastIndex = spanEnd(sorted, n - 1, -1, newestGap, keysIn);
  const firstIndex = spanEnd(sorted, 0, 1, Math.max(oldestGapDays * dayMs, newestGap), keysIn);
  // No two orders close together (a report of one or two orders): no outlier can be told.
  if (lastIndex < 0 || firstIndex < 0) return { first: sorted[0] ?? 0, last: sorted[n - 1] ?? 0 };
  return { first: sorted[firstIndex] ?? 0, last: sorted[lastIndex] ?? 0 };
}
