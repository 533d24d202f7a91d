/**
 * Percentages as a seller reads them: one decimal, without a trailing ".0" (64%, 11.7%). The plan
 * review rounds the same way, so a share quoted from a finding always matches its data.
 */

/** A fraction in percent, rounded to one decimal (0.6364 → 63.6). */
export function percentOf(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

/** A fraction as text, e.g. 0.6364 → "63.6%", 0.5 → "50%". */
export function formatPercent(fraction: number): string {
  return `${percentOf(fraction)}%`;
}
