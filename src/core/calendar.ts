/**
 * Calendar days in a marketplace's time zone.
 *
 * Amazon's windows are whole calendar days ("60 days: Nov 16, 2023 – Jan 14, 2024"), so a window is
 * a run of day keys (`yyyy-mm-dd`) in the marketplace's zone, and an instant belongs to the day its
 * wall clock shows there. Only `Intl` is used: it exists in Apps Script's V8, in Node and in browsers.
 */

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/**
 * Math.floor, looked up once: these functions run several times per report row, and where the
 * global object is a sandbox (Node's vm: the local host, the bench) each global lookup costs more
 * than the arithmetic around it.
 */
const { floor } = Math;

/** What is known of one zone. Report rows share few hours and days, so each is worked out once. */
interface Zone {
  formatter: Intl.DateTimeFormat;
  /** UTC offsets (ms) by hour since the epoch: zones change offset on the hour. */
  offsetByHour: Map<number, number>;
  /** First instants of calendar days, by yyyymmdd. */
  dayStarts: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zoneOf(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zone = { formatter, offsetByHour: new Map(), dayStarts: new Map() };
    zones.set(timeZone, zone);
  }
  return zone;
}

function offsetAtHour(zone: Zone, hour: number): number {
  const parts: Record<string, number> = {};
  for (const part of zone.formatter.formatToParts(new Date(hour * hourMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  // civilEpochDay, not Date.UTC, which reads years below 100 as 19xx.
  const wallClock =
    civilEpochDay(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1) * dayMs +
    (((parts.hour ?? 0) * 60 + (parts.minute ?? 0)) * 60 + (parts.second ?? 0)) * 1000;
  return wallClock - hour * hourMs;
}

/** The zone's offset from UTC at an instant, in ms (e.g. -25,200,000 for PDT). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const zone = zoneOf(timeZone);
  const hour = floor(instant / hourMs);
  let offset = zone.offsetByHour.get(hour);
  if (offset === undefined) {
    offset = offsetAtHour(zone, hour);
    zone.offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The calendar day an instant falls on in the zone, as days since 1970-01-01. */
export function localEpochDay(instant: number, timeZone: string): number {
  return floor((instant + zoneOffsetMs(instant, timeZone)) / dayMs);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Day keys by epoch day: metrics name the day of every defect, and defects share few days. */
const dayKeys = new Map<number, string>();

/** `yyyy-mm-dd` of a UTC-based day number (days since 1970-01-01). */
function dayKeyOfEpochDay(epochDay: number): string {
  let key = dayKeys.get(epochDay);
  if (key === undefined) {
    const d = new Date(epochDay * dayMs);
    key = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    if (dayKeys.size < 100_000) dayKeys.set(epochDay, key);
  }
  return key;
}

/** The calendar day (`yyyy-mm-dd`) an instant falls on in the zone. */
export function dayKey(instant: number, timeZone: string): string {
  return dayKeyOfEpochDay(localEpochDay(instant, timeZone));
}

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a day key; throws on anything that is not a real `yyyy-mm-dd`. */
export function epochDay(day: string): number {
  const match = dayKeyPattern.exec(day);
  if (!match) throw new Error(`Expected a day as yyyy-mm-dd, got "${day}".`);
  const days = civilEpochDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (dayKeyOfEpochDay(days) !== day) throw new Error(`"${day}" is not a calendar day.`);
  return days;
}

export function addDays(day: string, days: number): string {
  return dayKeyOfEpochDay(epochDay(day) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(epochDay(day) * dayMs).getUTCDay();
}

/**
 * The instant a wall-clock time in the zone refers to. A time in the hour skipped when clocks go
 * forward is read with the offset from before the change (02:30 becomes 01:30 standard time),
 * unless that puts it on the day before (see `wallClockInstant`).
 */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  // civilEpochDay, not Date.UTC: Date.UTC reads years below 100 as 19xx.
  const wallClock =
    civilEpochDay(year, month, day) * dayMs + ((hour * 60 + minute) * 60 + second) * 1000;
  return wallClockInstant(wallClock, timeZone);
}

/**
 * The instant at which the zone's wall clock shows `wallClock` (that wall clock written as ms
 * since 1970-01-01 00:00, as if it were UTC).
 */
export function wallClockInstant(wallClock: number, timeZone: string): number {
  let instant = wallClock - zoneOffsetMs(wallClock, timeZone);
  // A second pass settles instants near an offset change.
  instant = wallClock - zoneOffsetMs(instant, timeZone);
  // Where the clocks went forward at midnight (Brazil until 2019: 00:00 became 01:00), that day's
  // midnight never showed, and the reading above falls on the evening before: the day begins at
  // the change, which is as far after that reading as the clock shown is before the one asked.
  const shown = instant + zoneOffsetMs(instant, timeZone);
  if (floor(shown / dayMs) < floor(wallClock / dayMs)) return instant + (wallClock - shown);
  return instant;
}

/** The zone's wall clock at an instant, written as ms since 1970-01-01 00:00 as if it were UTC. */
export function wallClockAt(instant: number, timeZone: string): number {
  return instant + zoneOffsetMs(instant, timeZone);
}

/**
 * The first instant of a calendar day in the zone (month 1 to 12, day 1 to 31). Remembered per
 * zone: the dates of a report fall on few days.
 */
export function zonedDayStart(timeZone: string, year: number, month: number, day: number): number {
  const { dayStarts } = zoneOf(timeZone);
  const key = year * 10_000 + month * 100 + day;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = zonedInstant(timeZone, year, month, day);
    if (dayStarts.size < 100_000) dayStarts.set(key, start);
  }
  return start;
}

/**
 * Days from 1970-01-01 to a Gregorian date, for years 0 to 9999 (Date.UTC reads years below 100
 * as 19xx). Arithmetic (H. Hinnant's days_from_civil, years starting in March so that a leap day
 * ends one), for the timestamps of every report row.
 */
export function civilEpochDay(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = (marchYear / 400) | 0;
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The first instant of a calendar day in the zone. */
export function startOfDay(day: string, timeZone: string): number {
  const d = new Date(epochDay(day) * dayMs);
  return zonedDayStart(timeZone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A window of whole calendar days: `startDay` to `endDay`, both included. */
export interface DayWindow {
  startDay: string;
  endDay: string;
  days: number;
  /** First instant of `startDay` in the zone. */
  startMs: number;
  /** First instant after `endDay` in the zone (exclusive bound). */
  endMs: number;
}

/**
 * The `days`-long window that ends `delayDays` before the as-of day. With no delay, the window
 * holds the as-of day and the days - 1 days before it.
 */
export function dayWindow(
  asOfDay: string,
  days: number,
  timeZone: string,
  delayDays = 0,
): DayWindow {
  const endDay = addDays(asOfDay, -delayDays);
  const startDay = addDays(endDay, -(days - 1));
  return {
    startDay,
    endDay,
    days,
    startMs: startOfDay(startDay, timeZone),
    endMs: startOfDay(addDays(endDay, 1), timeZone),
  };
}

export function inWindow(instant: number, window: DayWindow): boolean {
  return instant >= window.startMs && instant < window.endMs;
}
