import { type DayWindow, dayWindow } from '../calendar';
import type { MetricOptions } from './types';

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * A metric's window: whole calendar days in the marketplace zone ending `delayDays` before the
 * as-of day (reference 0, 3.8). Computed once per metric; rows are placed by comparing instants
 * with `startMs`/`endMs`.
 */
export function metricWindow(options: MetricOptions, days: number, delayDays = 0): DayWindow {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`A metric window is a whole number of days (1 or more), got ${days}.`);
  }
  return dayWindow(options.asOf, days, options.marketplace.timeZone, delayDays);
}
