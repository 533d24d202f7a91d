/**
 * The span of dates a report really covers, so that one mistyped date (2062 for 2026) can neither
 * move the as-of day nor stretch a span.
 *
 * The rule, from the newest end: a date is an outlier when the next older date of ANOTHER order
 * (or row, in reports without orders) is more than `newestGapDays(...)` days before it: 14 days, or
 * three times the median gap between consecutive dates when the report is sparser than that. The
 * newest date that is not an outlier ends the span. From the oldest end the same with a gap of a
 * year: an old date only stretches spans, so only a gap no live business has is an outlier.
 * Reports of defects and shipments come in bursts (four claims in a week, the next a month later)
 * and never set the as-of day, so their newest end takes the year's gap too (see date-checks.ts).
 *
 * One stray row therefore cannot move the end of the span unless it lies within that gap of the
 * rest of the report; the rows outside the span are row problems (see date-checks.ts), so no rate
 * is ever computed without the seller knowing.
 */

const dayMs = 86_400_000;
/** The smallest gap, in days, that separates a stray newest date from the rest. */
const minimumNewestGapDays = 14;
/** The gap, in days, that separates a stray oldest date from the rest. */
export const oldestGapDays = 366;

export interface DateSpan {
  /** The first and last instants of the span (both included). */
  first: number;
  last: number;
}

/**
 * The k-th smallest value of `values` (0-based), which it reorders: Hoare's selection, O(n) where
 * a sort of 100,000 gaps is O(n log n). The same value the sorted array holds at k.
 */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] as number;
}

/**
 * Median of the gaps between consecutive sorted instants, in ms. Infinities and NaN (no reader
 * makes them) take the sort's way, which orders NaN last.
 */
function medianGap(sorted: Float64Array, finite: boolean): number {
  if (sorted.length < 3) return 0;
  const gaps = new Float64Array(sorted.length - 1);
  for (let i = 1; i < sorted.length; i++) {
    gaps[i - 1] = (sorted[i] as number) - (sorted[i - 1] as number);
  }
  // The lower median: with three dates, the smaller of the two gaps.
  const k = (gaps.length - 1) >> 1;
  if (finite) return select(gaps, k);
  gaps.sort();
  return gaps[k] ?? 0;
}

/**
 * Index in `sorted` of the end of the span, walking from `start` by `step` (-1: from the newest,
 * +1: from the oldest): the first date that starts a run of dates, each within `gap` of the next,
 * holding two orders or more. `keysIn(from, to)` counts the distinct keys among the instants in
 * [from, to], stopping at 2. -1 when no run holds two orders. Plain comparisons, no Math.abs: a
 * global lookup per date is slow where the global object is a sandbox (Node's vm: the local host,
 * the bench).
 */
function spanEnd(
  sorted: Float64Array,
  start: number,
  step: 1 | -1,
  gap: number,
  keysIn: (from: number, to: number) => number,
): number {
  const last = sorted.length - 1;
  let i = start;
  while (i >= 0 && i <= last) {
    let j = i;
    if (step < 0) {
      while (j > 0 && (sorted[j] as number) - (sorted[j - 1] as number) <= gap) j--;
    } else {
      while (j < last && (sorted[j + 1] as number) - (sorted[j] as number) <= gap) j++;
    }
    // The run is [sorted[j], sorted[i]] walking down, [sorted[i], sorted[j]] walking up.
    const from = sorted[step < 0 ? j : i] as number;
    const to = sorted[step < 0 ? i : j] as number;
    if (j !== i && keysIn(from, to) >= 2) return i;
    i = j + step;
  }
  return -1;
}

/** The two ascending runs `sorted[0, split)` and `sorted[split, n)` merged into one. */
function mergedRuns(sorted: Float64Array, split: number): Float64Array {
  const merged = new Float64Array(sorted.length);
  let a = 0;
  let b = split;
  let k = 0;
  while (a < split && b < sorted.length) {
    const x = sorted[a] as number;
    const y = sorted[b] as number;
    if (y < x) {
      merged[k++] = y;
      b++;
    } else {
      merged[k++] = x;
      a++;
    }
  }
  while (a < split) merged[k++] = sorted[a++] as number;
  while (b < sorted.length) merged[k++] = sorted[b++] as number;
  return merged;
}

/**
 * The instants in ascending order. A report is mostly in date order already (oldest or newest
 * first), and the orders of two reports pasted together are two such runs: checked in one pass,
 * then copied, reversed or merged instead of sorted. Zeros and NaN go to the sort, which alone
 * orders -0 before 0 and NaN last.
 */
function ascending(
  instants: ArrayLike<number>,
  n: number,
): { sorted: Float64Array; finite: boolean } {
  const sorted = new Float64Array(n);
  let sortable = true;
  let finite = true;
  let up = true;
  let down = true;
  /** Where the dates step back (the start of a second ascending run), and how often. */
  let split = 0;
  let descents = 0;
  let previous = instants[0] as number;
  for (let i = 0; i < n; i++) {
    const t = instants[i] as number;
    sorted[i] = t;
    if (t === 0 || t - t !== 0) {
      sortable = false;
      if (t - t !== 0) finite = false;
    } else if (i > 0) {
      if (t < previous) {
        up = false;
        descents++;
        split = i;
      } else if (t > previous) down = false;
    }
    previous = t;
  }
  if (!sortable) sorted.sort();
  else if (up) return { sorted, finite };
  else if (down) sorted.reverse();
  else if (descents === 1) return { sorted: mergedRuns(sorted, split), finite };
  else sorted.sort();
  return { sorted, finite };
}

/**
 * The span of `instants` (one per row) with the outliers left out; `keys[i]` says which order row
 * i belongs to (rows of one order corroborate nothing). Null when there are no instants.
 */
export function trustedSpan(
  instants: ArrayLike<number>,
  keys: ArrayLike<string | number>,
  newestGapDays = minimumNewestGapDays,
): DateSpan | null {
  const n = instants.length;
  if (n === 0) return null;
  const { sorted, finite } = ascending(instants, n);
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
  const newestGap = Math.max(newestGapDays * dayMs, 3 * medianGap(sorted, finite));
  const lastIndex = spanEnd(sorted, n - 1, -1, newestGap, keysIn);
  const firstIndex = spanEnd(sorted, 0, 1, Math.max(oldestGapDays * dayMs, newestGap), keysIn);
  // No two orders close together (a report of one or two orders): no outlier can be told.
  if (lastIndex < 0 || firstIndex < 0) return { first: sorted[0] ?? 0, last: sorted[n - 1] ?? 0 };
  return { first: sorted[firstIndex] ?? 0, last: sorted[lastIndex] ?? 0 };
}
