import { type DayWindow, dayWindow, zoneOffsetMs } from '../calendar';
import type { MetricOptions } from './types';

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * Reads the calendar day (days since 1970-01-01) an instant falls on in the marketplace zone: the
 * same day as `calendar.dayKey`, without building a string. Metrics call it once or more per row,
 * so it keeps the zone's offset per hour (zones change offset on the hour) and calls `Intl` (through
 * `zoneOffsetMs`) only for an hour it has not seen.
 */
export function dayReader(timeZone: string): (instant: number) => number {
  const offsets = new Map<number, number>();
  return (instant) => {
    const hour = Math.floor(instant / hourMs);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMs(instant, timeZone);
      offsets.set(hour, offset);
    }
    return Math.floor((instant + offset) / dayMs);
  };
}

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
