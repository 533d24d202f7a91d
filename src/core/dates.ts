/**
 * Dates as they arrive from pasted reports [reference 3.8]:
 * - ISO 8601 with an offset (`2017-09-23T14:18:23-07:00`, `…Z`, `… UTC`, `… PDT`): that instant.
 * - ISO without an offset (`2024-01-05`, `2024-01-05 10:11`): wall clock in the marketplace zone;
 *   a date alone is the first instant of that calendar day.
 * - Google Sheets `Date` objects: their wall clock in the spreadsheet's zone, read as that wall
 *   clock in the marketplace zone (see `fromSheetsDate`). They may come from another JS realm, so
 *   they are recognised by their tag, never with `instanceof`.
 * - Numbers: Sheets serial days (days since 1899-12-30, the fraction is the time of day), read as
 *   wall clock in the marketplace zone.
 * - The Seller Feedback report's locale forms [reference 3.5]: `M/d/yy`, `MM/dd/yyyy`, `d/M/yyyy`,
 *   `dd.MM.yyyy`, `yyyy/MM/dd`, optionally followed by a time.
 *
 * A slash date whose first two parts are both 12 or less (03/04/2024) could mean two days. The
 * caller settles the order from the column (see `dayOrderEvidence`) or the marketplace; if neither
 * does, the result is `ambiguous`, never a guess.
 */
import {
  civilEpochDay,
  wallClockAt,
  wallClockInstant,
  zonedDayStart,
  zonedInstant,
} from './calendar';
import type { DayOrder } from './marketplaces';

export interface ReportDateOptions {
  /** IANA zone of the marketplace, for values that carry no offset. */
  timeZone: string;
  /**
   * The order to read slash dates in, when the caller knows it (from the column or the
   * marketplace). When not given, a part above 12 settles it for that one value.
   */
  dayOrder?: DayOrder;
  /**
   * The spreadsheet's zone (getSpreadsheetTimeZone), where a `Date` cell's wall clock is read.
   * Without it, a `Date` is read as the instant it holds.
   */
  sheetTimeZone?: string;
}

/**
 * Why a value is not a date: `blank`; `unreadable` (no date form we know); `ambiguous` (a slash
 * date whose day order is unknown); `impossible` (a form we know, but no such day or time, e.g.
 * 31/02/2024 or 25:00).
 */
export type DateFailure = 'blank' | 'unreadable' | 'ambiguous' | 'impossible';

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Sheets day 0 is 1899-12-30; the Unix epoch is serial 25569. */
const sheetsEpochSerial = 25_569;
/** Serial of 10000-01-01: larger numbers are not dates. */
const lastSheetsSerial = 2_958_466;

/** Zone names that reports print after a time. PST/PDT: US reports and OTDR [reference 1.5]. */
const zoneAbbreviationMinutes: Readonly<Record<string, number>> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  PST: -480,
  PDT: -420,
};

/** Named groups shared by both patterns: the time of day and the zone, all optional. */
interface TimeParts {
  hour?: string;
  minute?: string;
  second?: string;
  fraction?: string;
  meridiem?: string;
  zone?: string;
}

const isoPattern =
  /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?:[T ]\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?)?\s*(?<zone>Z|UTC|GMT|PST|PDT|[+-]\d{2}(?::?\d{2})?)?$/i;

const localePattern =
  /^(?<first>\d{1,4})(?<separator>[/.])(?<middle>\d{1,2})\k<separator>(?<last>\d{1,4})(?:[T ,]\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?\s*(?<meridiem>[AP]M)?)?\s*(?<zone>Z|UTC|GMT|PST|PDT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Read once, when the bundle loads: a cell's tag and a Date's time are asked per date cell, and a
 * global lookup (Object, Date, Math, Number) per cell is slow where the global object is a sandbox (Node's vm:
 * the local host, the bench).
 */
const objectTag = Object.prototype.toString;
const dateTime = Date.prototype.getTime;
const { round } = Math;
/** Number.isNaN, read once (see above): the readers ask it per date. */
export const isNotANumber = Number.isNaN;

/**
 * The instant a `Date` cell holds (NaN for an invalid Date), or undefined when the value is no
 * Date. Dates from Sheets come from another JS realm, so they are recognised by their tag, never
 * with `instanceof`.
 */
export function dateCellInstant(value: unknown): number | undefined {
  return objectTag.call(value) === '[object Date]' ? dateTime.call(value) : undefined;
}

/** Day-first or month-first, as one slash date proves it (13/02/2024 → DMY), or null. */
export function dayOrderEvidence(text: string): 'DMY' | 'MDY' | null {
  const parts = localePattern.exec(text.trim())?.groups;
  if (parts?.separator !== '/' || (parts.first ?? '').length > 2) return null;
  const first = Number(parts.first);
  const second = Number(parts.middle);
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  return null;
}

/** The instant a report cell stands for (ms since the epoch), or why it is not a date. */
export function parseReportDate(value: unknown, options: ReportDateOptions): number | DateFailure {
  if (typeof value === 'string') return parseDateText(value, options);
  if (typeof value === 'number') return fromSheetsSerial(value, options.timeZone);
  if (value === null || value === undefined) return 'blank';
  const instant = dateCellInstant(value);
  if (instant === undefined || isNotANumber(instant)) return 'unreadable';
  return fromSheetsDate(instant, options.timeZone, options.sheetTimeZone ?? options.timeZone);
}

function fromSheetsSerial(serial: number, timeZone: string): number | DateFailure {
  // NaN fails both comparisons; Infinity is past the last serial.
  if (!(serial > 0 && serial < lastSheetsSerial)) return 'unreadable';
  return wallClockInstant(round((serial - sheetsEpochSerial) * dayMs), timeZone);
}

/**
 * The instant a Sheets `Date` cell stands for. Sheets makes a typed date (or date and time) at that
 * wall clock in the SPREADSHEET's zone; the seller meant that day and time in the marketplace. So
 * its wall clock in `sheetTimeZone` is read as the same wall clock in `timeZone`.
 */
export function fromSheetsDate(value: number, timeZone: string, sheetTimeZone: string): number {
  if (sheetTimeZone === timeZone) return value;
  return wallClockInstant(wallClockAt(value, sheetTimeZone), timeZone);
}

/**
 * The value to write to a cell for an instant, so that Sheets shows its wall clock in the
 * marketplace (a day alone at midnight, as if typed) and `fromSheetsDate` reads it back.
 */
export function sheetsDateValue(instant: number, timeZone: string, sheetTimeZone: string): number {
  if (sheetTimeZone === timeZone) return instant;
  return wallClockInstant(wallClockAt(instant, timeZone), sheetTimeZone);
}

function parseDateText(raw: string, options: ReportDateOptions): number | DateFailure {
  const text = raw.trim();
  if (text === '') return 'blank';
  const fast =
    parseAmazonTimestamp(text) ??
    parseIsoDay(text, options.timeZone) ??
    parseSlashDay(text, options);
  if (fast !== undefined) return fast;
  const iso = isoPattern.exec(text)?.groups;
  if (iso) {
    return instantOf(Number(iso.year), Number(iso.month), Number(iso.day), iso, options.timeZone);
  }
  const local = localePattern.exec(text)?.groups;
  if (!local) return 'unreadable';
  const { first = '', middle = '', last = '' } = local;
  if (first.length === 4) {
    // yyyy/MM/dd (Japanese reports, a Java MWS tool [reference 3.5]).
    if (last.length > 2) return 'unreadable';
    return instantOf(Number(first), Number(middle), Number(last), local, options.timeZone);
  }
  if (first.length > 2 || (last.length !== 2 && last.length !== 4)) return 'unreadable';
  const year = last.length === 2 ? 2000 + Number(last) : Number(last);
  const order =
    local.separator === '.' ? 'DMY' : slashOrder(Number(first), Number(middle), options);
  if (order === undefined) return 'ambiguous';
  const [day, month] = order === 'DMY' ? [first, middle] : [middle, first];
  return instantOf(year, Number(month), Number(day), local, options.timeZone);
}

/**
 * Day order of a slash date. Dots are always day-first (dd.MM.yyyy, the German form). A part above
 * 12 can only be the day; otherwise only the column or the marketplace can say.
 */
function slashOrder(
  first: number,
  second: number,
  options: ReportDateOptions,
): DayOrder | undefined {
  if (options.dayOrder === 'DMY' || options.dayOrder === 'MDY') return options.dayOrder;
  if (first > 12) return 'DMY';
  if (second > 12) return 'MDY';
  if (first === second) return 'MDY'; // 05/05/2024: both orders give the same day.
  return undefined;
}

/** Two digits at `start`, or -1. */
function twoDigits(text: string, start: number): number {
  const tens = text.charCodeAt(start) - 48;
  const units = text.charCodeAt(start + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * `2017-06-17T08:04:21+00:00`, the form of every order and shipment report, read without a regex
 * or a Date: it comes several times per row of reports with 100,000 rows. Undefined for anything
 * else, and for years before 100, which the general path reads.
 */
export function parseAmazonTimestamp(text: string): number | undefined {
  if (
    text.length !== 25 ||
    text.charCodeAt(4) !== 45 /* - */ ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 /* T */ ||
    text.charCodeAt(13) !== 58 /* : */ ||
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(22) !== 58
  ) {
    return undefined;
  }
  const sign = text.charCodeAt(19);
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const offsetHours = twoDigits(text, 20);
  const offsetMinutes = twoDigits(text, 23);
  const year = century * 100 + yy;
  if (
    century < 1 ||
    yy < 0 ||
    offsetHours < 0 ||
    offsetMinutes < 0 ||
    !isCalendarDay(year, month, day) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  ) {
    return undefined; // the general path reads it or says why not
  }
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000;
  return civilEpochDay(year, month, day) * dayMs + timeOfDay - offset * minuteMs;
}

/**
 * `2024-01-05`, the ship dates of Amazon's confirmation template: the first instant of that day in
 * the marketplace zone, as the general path reads it. Undefined for anything else.
 */
function parseIsoDay(text: string, timeZone: string): number | DateFailure | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return undefined;
  }
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0) return undefined;
  const year = century * 100 + yy;
  return isCalendarDay(year, month, day) ? zonedDayStart(timeZone, year, month, day) : 'impossible';
}

/** Digits from `start` up to `end` (at most 4), or -1 when any is not a digit or there are none. */
function digitsBetween(text: string, start: number, end: number): number {
  if (end <= start || end - start > 4) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * `8/27/26`, `27/08/2026`: a slash date with no time, as the Seller Feedback report and the claims
 * and chargeback lists write their dates [reference 3.5], read without a regex: the same day the
 * general path gives (the day order from the column or the marketplace, a two-digit year in
 * 20xx). Undefined for anything else, which the general path reads.
 */
function parseSlashDay(text: string, options: ReportDateOptions): number | DateFailure | undefined {
  if (text.length < 6 || text.length > 10) return undefined;
  const firstSlash = text.indexOf('/');
  const secondSlash = text.indexOf('/', firstSlash + 1);
  if (firstSlash < 1 || firstSlash > 2 || secondSlash - firstSlash < 2) return undefined;
  if (secondSlash - firstSlash > 3) return undefined;
  const yearDigits = text.length - secondSlash - 1;
  if (yearDigits !== 2 && yearDigits !== 4) return undefined;
  const first = digitsBetween(text, 0, firstSlash);
  const middle = digitsBetween(text, firstSlash + 1, secondSlash);
  const last = digitsBetween(text, secondSlash + 1, text.length);
  if (first < 0 || middle < 0 || last < 0) return undefined;
  const year = yearDigits === 2 ? 2000 + last : last;
  const order = slashOrder(first, middle, options);
  if (order === undefined) return 'ambiguous';
  const day = order === 'DMY' ? first : middle;
  const month = order === 'DMY' ? middle : first;
  return isCalendarDay(year, month, day)
    ? zonedDayStart(options.timeZone, year, month, day)
    : 'impossible';
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

function offsetMinutesOf(zone: string): number {
  const named = zoneAbbreviationMinutes[zone.toUpperCase()];
  if (named !== undefined) return named;
  const sign = zone.charCodeAt(0) === 45 ? -1 : 1;
  const hhmm = zone.slice(1).replace(':', '');
  return sign * (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2) || '0'));
}

function instantOf(
  year: number,
  month: number,
  day: number,
  time: TimeParts,
  timeZone: string,
): number | DateFailure {
  if (!isCalendarDay(year, month, day)) return 'impossible';
  let hour = Number(time.hour ?? 0);
  const minute = Number(time.minute ?? 0);
  const second = Number(time.second ?? 0);
  const ms = time.fraction ? Number(`${time.fraction}00`.slice(0, 3)) : 0;
  if (time.meridiem) {
    if (hour < 1 || hour > 12) return 'impossible';
    hour = (hour % 12) + (time.meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'impossible';
  if (time.zone) {
    const offset = offsetMinutesOf(time.zone);
    const wallClock =
      civilEpochDay(year, month, day) * dayMs + ((hour * 60 + minute) * 60 + second) * 1000;
    return wallClock + ms - offset * minuteMs;
  }
  return zonedInstant(timeZone, year, month, day, hour, minute, second) + ms;
}
