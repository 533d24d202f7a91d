/**
 * Cell semantics of the fake Sheets: A1 notation, what setValue/setValues store, what
 * getDisplayValues shows.
 */
import { formatDate, MONTHS, zonedToDate } from './dates';
import { isDate } from './registry';

/** A stored cell value: '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

/** What Sheets reports as the number format of a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** The "Plain text" number format: input is stored verbatim. */
export const PLAIN_TEXT_FORMAT = '@';
/** getValues() of a formula cell when no test evaluator computes it. */
export const UNEVALUATED_FORMULA = '#FORMULA';

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (or undefined) and the cell part. */
export function splitSheetName(a1: string): { sheet?: string; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { cells: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: a1.slice(bang + 1) };
}

/**
 * Parses A1 notation without a sheet name: "B2", "A1:C3", "A:C" (whole columns), "2:4" (whole rows),
 * "A2:C" (to the last row). Returns undefined for anything else.
 */
export function parseA1(cells: string, maxRows: number, maxColumns: number): GridRange | undefined {
  const part = /^\$?([A-Za-z]*)\$?(\d*)$/;
  const pieces = cells.trim().split(':');
  if (pieces.length > 2) return undefined;
  const ends = pieces.map((p) => part.exec(p));
  if (ends.some((m) => !m || (m[1] === '' && m[2] === ''))) return undefined;
  const [a, b] = ends as RegExpExecArray[];
  const colOf = (m: RegExpExecArray | undefined, fallback: number) =>
    m?.[1] ? columnNumber(m[1]) : fallback;
  const rowOf = (m: RegExpExecArray | undefined, fallback: number) =>
    m?.[2] ? Number(m[2]) : fallback;
  if (!a) return undefined;
  if (!b) {
    if (!a[1] || !a[2]) return undefined;
    return { row: Number(a[2]), column: columnNumber(a[1]), numRows: 1, numColumns: 1 };
  }
  const r1 = rowOf(a, 1);
  const c1 = colOf(a, 1);
  const r2 = rowOf(b, maxRows);
  const c2 = colOf(b, maxColumns);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return {
    row: top,
    column: left,
    numRows: Math.max(r1, r2) - top + 1,
    numColumns: Math.max(c1, c2) - left + 1,
  };
}

export function toA1(r: GridRange): string {
  const start = `${columnLetters(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetters(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}

/** What a cell holds after a write. `numberFormat` is set when Sheets would auto-format the cell. */
export interface CoercedInput {
  value: CellValue;
  /** The formula text ("=SUM(A1:A3)"), or '' for a plain value. */
  formula: string;
  numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text.replace(/e[+-]?\d+$/i, ''))) return undefined;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface ParsedDate {
  date: Date;
  numberFormat: string;
}

interface TimeOfDay {
  h: number;
  mi: number;
  s: number;
}

function time(h?: string, mi?: string, s?: string): TimeOfDay {
  return { h: h ? Number(h) : 0, mi: mi ? Number(mi) : 0, s: s ? Number(s) : 0 };
}

function makeDate(
  tz: string,
  y: number,
  m: number,
  d: number,
  t: TimeOfDay,
  fmt: string,
): ParsedDate | undefined {
  if (!validDate(y, m, d) || t.h > 23 || t.mi > 59 || t.s > 59) return undefined;
  return { date: zonedToDate(y, m, d, t.h, t.mi, t.s, tz), numberFormat: fmt };
}

/** Date and time texts Sheets (en_US locale) turns into dates, in the spreadsheet's time zone. */
function parseDateText(text: string, tz: string): ParsedDate | undefined {
  // 2024-01-05, 2024/1/5, 2024-01-05 10:11(:12). Not "2024-01-05T10:11:12+00:00": that stays text.
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) {
    const fmt = m[4] ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd';
    return makeDate(tz, Number(m[1]), Number(m[2]), Number(m[3]), time(m[4], m[5], m[6]), fmt);
  }
  // 1/5/2024 (month first in en_US), with an optional time.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (m) {
    const fmt = m[4] ? 'M/d/yyyy H:mm:ss' : 'M/d/yyyy';
    return makeDate(tz, Number(m[3]), Number(m[1]), Number(m[2]), time(m[4], m[5], m[6]), fmt);
  }
  // Jan 5, 2024 / January 5, 2024 (what Utilities.formatDate(d, tz, 'MMM d, yyyy') writes).
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) {
    const name = (m[1] as string).toLowerCase();
    const month = MONTHS.findIndex(
      (full) => full.toLowerCase() === name || full.slice(0, 3).toLowerCase() === name,
    );
    if (month < 0) return undefined;
    return makeDate(tz, Number(m[3]), month + 1, Number(m[2]), time(), 'mmm d, yyyy');
  }
  // 10:30 or 10:30:15: a time of day on Sheets' day zero, 1899-12-30.
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m) return makeDate(tz, 1899, 12, 30, time(m[1], m[2], m[3]), 'h:mm:ss am/pm');
  return undefined;
}

/** A parsed input Sheets auto-formats with `fmt`, if the cell still has the default format. */
function autoFormatted(numberFormat: string, value: CellValue, fmt: string): CoercedInput {
  return numberFormat === DEFAULT_NUMBER_FORMAT
    ? { value, formula: '', numberFormat: fmt }
    : { value, formula: '' };
}

/**
 * THE ONE PLACE that decides what a cell holds after `setValue`/`setValues`/`appendRow`, modelled on
 * what Google Sheets does with user-entered input (en_US locale):
 *
 * - null / undefined -> empty cell ('').
 * - numbers and booleans stay as they are; a Date stays a Date (copied into the Node realm).
 * - A cell whose number format is plain text ("@") stores any string VERBATIM: no formula, no
 *   number, no date, and a leading apostrophe is kept (assumption, UNCONFIRMED for the apostrophe).
 * - Otherwise a string is parsed, in this order:
 *   1. starts with "=" (and is longer than "=") -> a FORMULA: getFormulas() returns it; getValues()
 *      returns what the test's evaluator computes, or "#FORMULA" (the fake cannot evaluate formulas).
 *   2. starts with an apostrophe -> the literal text after the apostrophe (getValues shows no
 *      apostrophe). This is how an add-on writes text Sheets must not interpret.
 *   3. "TRUE" / "FALSE" in any case -> a boolean.
 *   4. a number ("12.5", "1,234", "-3", "1e5", "00123" -> 123: leading zeros are lost), a
 *      percentage ("12.5%" -> 0.125) or a dollar amount ("$12.50" -> 12.5) -> a number.
 *   5. a date or time ("2024-01-05", "2024-01-05 10:11", "1/5/2024", "Jan 5, 2024", "10:30") -> a
 *      Date in the spreadsheet's time zone. ISO texts with "T" and an offset stay text.
 *   6. starts with "+" or "-" and is not a number -> Sheets parses it as a formula ("+1 555 0100"
 *      shows #ERROR!): modelled as the formula "=" + text.
 *   7. anything else -> the text itself.
 * When Sheets would auto-format the cell (percent, currency, date) and the cell still has the default
 * format, `numberFormat` says which format it gets.
 */
export function coerceInput(input: unknown, numberFormat: string, timeZone: string): CoercedInput {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const isText = typeof input === 'string';
  if (!isText && isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  const text = isText ? input : String(input);
  if (numberFormat === PLAIN_TEXT_FORMAT) return { value: text, formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed))
    return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const n = parseNumber(trimmed);
  if (n !== undefined) return { value: n, formula: '' };
  const percent = /^(.*)%$/.exec(trimmed);
  if (percent) {
    const p = parseNumber((percent[1] as string).trim());
    if (p !== undefined) return autoFormatted(numberFormat, p / 100, '0.00%');
  }
  const dollars = /^([+-]?)\$\s?(.*)$/.exec(trimmed);
  if (dollars) {
    const d = parseNumber(dollars[2] as string);
    if (d !== undefined)
      return autoFormatted(numberFormat, dollars[1] === '-' ? -d : d, '"$"#,##0.00');
  }
  const date = parseDateText(trimmed, timeZone);
  if (date) return autoFormatted(numberFormat, date.date, date.numberFormat);
  if (/^[+-]./.test(text)) return { value: '', formula: `=${text}` };
  return { value: text, formula: '' };
}

/** Sheets number-format date tokens to SimpleDateFormat, for display. */
function sheetsDatePattern(format: string): string {
  const ampm = /am\/pm/i.test(format);
  let out = '';
  const tokens =
    format.replace(/am\/pm/gi, '\uE000').match(/(y+|m+|d+|h+|s+|\uE000|"[^"]*"|.)/gi) ?? [];
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[a-z]/i.test(t))
        ?.toLowerCase() ?? '';
    if (tok === '\uE000') out += 'a';
    else if (lower.startsWith('"')) out += `'${tok.slice(1, -1)}'`;
    else if (lower[0] === 'y') out += lower;
    else if (lower[0] === 'd')
      out += lower.length >= 4 ? 'EEEE' : lower.length === 3 ? 'EEE' : lower;
    else if (lower[0] === 'h') out += ampm ? lower : lower.toUpperCase();
    else if (lower[0] === 's') out += lower;
    else if (lower[0] === 'm') {
      const minute = lower.length <= 2 && (prev.startsWith('h') || next.startsWith('s'));
      out += minute ? lower : lower.toUpperCase();
    } else if (/[a-z]/i.test(tok)) out += `'${tok}'`;
    else out += tok === "'" ? "''" : tok;
  });
  return out;
}

function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A simple getDisplayValues: booleans as TRUE/FALSE; numbers with percent ("0.0%"), fixed-decimal
 * ("0.00", "#,##0.00") and currency formats, else String(n); dates with their Sheets date format, or
 * M/d/yyyy (H:mm:ss when not midnight). Other formats show the raw value.
 */
export function displayValue(value: CellValue, numberFormat: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) {
    if (/[ymdhs]/i.test(numberFormat) && numberFormat !== DEFAULT_NUMBER_FORMAT) {
      return formatDate(value, timeZone, sheetsDatePattern(numberFormat));
    }
    const hms = formatDate(value, timeZone, 'H:mm:ss');
    return formatDate(value, timeZone, hms === '0:00:00' ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss');
  }
  const currency = /^"?\$"?/.test(numberFormat);
  const body = numberFormat.replace(/^"?\$"?/, '');
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(body);
  if (!m) return String(value);
  const decimals = m[2]?.length ?? 0;
  const scaled = m[3] ? value * 100 : value;
  let text = Math.abs(scaled).toFixed(decimals);
  if (m[1]) text = groupThousands(text);
  const sign = scaled < 0 ? '-' : '';
  return `${sign}${currency ? '$' : ''}${text}${m[3] ?? ''}`;
}
