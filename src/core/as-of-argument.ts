/**
 * The as_of argument of the custom functions, the Health sheet's F3 and the Plan of Action: the
 * last day of every window, as text or a Sheets date, or by default the day of the newest order.
 */
import { dayKey } from './calendar';
import { lastAcceptedDay, launchDay } from './marketplace-launches';
import type { Marketplace } from './marketplaces';
import { defaultAsOf } from './metrics';
import type { HealthInput } from './metrics/types';

function isDate(value: unknown): value is Date {
  // Dates from Sheets come from another realm: instanceof would say no.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The as-of day (`yyyy-mm-dd`): given as text, or as a Sheets date (read as its calendar day in
 * `dateTimeZone`, the spreadsheet's zone, which is where Sheets put it), or by default the day of
 * the newest order that is not a stray (see defaultAsOf), which keeps results the same whenever the
 * sheet recalculates. A day before the marketplace opened or after 2099 is refused.
 */
export function resolveAsOf(
  asOf: unknown,
  input: HealthInput,
  marketplace: Marketplace,
  dateTimeZone?: string,
): string {
  if (asOf === undefined || asOf === null || asOf === '') {
    return defaultAsOf(input, marketplace.timeZone);
  }
  return withinCalendar(givenAsOf(asOf, dateTimeZone ?? marketplace.timeZone), marketplace);
}

/** The as_of day the seller gave (see resolveAsOf), or undefined when left empty. */
export function givenAsOfDay(asOf: unknown, dateTimeZone: string): string | undefined {
  return asOf === undefined || asOf === null || asOf === ''
    ? undefined
    : givenAsOf(asOf, dateTimeZone);
}

const dayMs = 86_400_000;
/** Day 0 of Sheets' serial dates, and 9999-12-31, the last day it writes. */
const sheetsEpoch = Date.UTC(1899, 11, 30);
const lastSerialDay = 2_958_465;

function givenAsOf(asOf: unknown, dateTimeZone: string): string {
  if (isDate(asOf)) {
    const time = asOf.getTime();
    if (Number.isNaN(time)) throw new Error('as_of: the date is not valid.');
    return dayKey(time, dateTimeZone);
  }
  // A date cell formatted as a number reaches the function as its serial: days since 1899-12-30.
  if (typeof asOf === 'number' && asOf % 1 === 0 && asOf >= 1 && asOf <= lastSerialDay) {
    return new Date(sheetsEpoch + asOf * dayMs).toISOString().slice(0, 10);
  }
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim())) {
    const day = asOf.trim();
    const parsed = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === day) return day;
  }
  throw new Error(
    `as_of: expected a date, a date's serial number or text like 2026-11-15, got "${String(asOf)}". Leave it empty for the day of the newest order.`,
  );
}

function withinCalendar(day: string, marketplace: Marketplace): string {
  const opened = launchDay(marketplace.code);
  const why =
    day < opened
      ? `before ${marketplace.salesChannel} opened (${opened})`
      : day > lastAcceptedDay
        ? `after ${lastAcceptedDay}`
        : '';
  if (why === '') return day;
  throw new Error(
    `as_of: ${day} is ${why}. Give a day your reports cover, such as 2026-11-15, or leave it empty for the day of the newest order.`,
  );
}
