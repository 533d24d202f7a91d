/**
 * Time-zone arithmetic and Java SimpleDateFormat patterns (what Utilities.formatDate takes), on Intl.
 * Time zones: IANA names, "UTC", "GMT", and fixed offsets "GMT+2", "GMT-05:30".
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Offset in minutes of a fixed-offset zone ("GMT+2", "UTC-05:30"), or undefined. */
function fixedOffset(tz: string): number | undefined {
  if (tz === 'UTC' || tz === 'GMT' || tz === 'Z') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      throw new Error(`Local Apps Script host: unknown time zone "${tz}"`);
    }
    formatters.set(tz, f);
  }
  return f;
}

/** Offset of `tz` from UTC at instant `time`, in minutes. */
export function offsetMinutes(time: number, tz: string): number {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return fixed;
  const p = zonedParts(new Date(time), tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - (time - (((time % 1000) + 1000) % 1000))) / 60000);
}

export function zonedParts(date: Date, tz: string): ZonedParts {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) {
    const d = new Date(date.getTime() + fixed * 60000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: d.getUTCDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The instant at which the wall clock in `tz` shows the given time. */
export function zonedToDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  tz: string,
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = wall - offsetMinutes(wall, tz) * 60000;
  t = wall - offsetMinutes(t, tz) * 60000;
  return new Date(t);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Formats like Apps Script's Utilities.formatDate (Java SimpleDateFormat). Supported letters:
 * y M d E a H h k K m s S Z X z, quoted text ('...') and '' for an apostrophe. Any other letter throws.
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  const p = zonedParts(date, tz);
  const off = offsetMinutes(date.getTime(), tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        if (n >= 4) out += MONTHS[p.month - 1];
        else if (n === 3) out += MONTHS[p.month - 1]?.slice(0, 3);
        else out += pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]?.slice(0, 3);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(date.getTime() % 1000, 3).slice(0, Math.max(n, 3));
        break;
      case 'Z':
        out += offsetText(off, false);
        break;
      case 'X':
        out +=
          off === 0 ? 'Z' : n === 1 ? offsetText(off, false).slice(0, 3) : offsetText(off, n >= 3);
        break;
      case 'z':
        out += off === 0 ? 'GMT' : `GMT${offsetText(off, true)}`;
        break;
      default:
        throw new Error(
          `Local Apps Script host: Utilities.formatDate pattern letter "${c}" is not implemented`,
        );
    }
  }
  return out;
}
