/**
 * Numbers in text, and the numbers the seller's data supports. A plan may only state counts,
 * percentages, days, dates and IDs that the findings, the metric results or the notice contain.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import { percentOf } from '../analysis/percent';
import type { MetricResult } from '../metrics/types';

/** `time`: a clock time such as 11:00, which describes the seller's process, never the data. */
export type NumberTokenKind = 'number' | 'percent' | 'date' | 'time' | 'identifier';

export interface NumberToken {
  kind: NumberTokenKind;
  /** As written. */
  text: string;
  /** The number for `number` and `percent`. */
  value?: number;
  /** `yyyy-mm-dd` for a full date; the candidates when a numeric date can be read two ways. */
  days?: string[];
  /** `mm-dd` for a date written without a year, e.g. "March 5". */
  monthDay?: string;
}

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const monthWord =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "March 5, 2024", "5 March 2024", "March 5". Built on first use. */
let writtenDatePattern: RegExp | undefined;

function writtenDates(): RegExp {
  writtenDatePattern ??= new RegExp(
    `\\b(?:${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthWord}(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return writtenDatePattern;
}

/** Runs of letters and digits, joined by - _ . / , : when a letter or digit follows. */
const wordPattern = /[\p{L}\p{N}]+(?:[-_./,:][\p{L}\p{N}]+)*%?/gu;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function monthNumber(word: string): number {
  return monthNames.indexOf(word.slice(0, 3).toLowerCase() as (typeof monthNames)[number]) + 1;
}

function writtenDateToken(m: RegExpMatchArray): NumberToken {
  const month = monthNumber(m[1] ?? m[5] ?? '');
  const day = Number(m[2] ?? m[4]);
  const year = m[3] ?? m[6];
  if (year === undefined)
    return { kind: 'date', text: m[0], monthDay: `${pad2(month)}-${pad2(day)}` };
  const iso = isoDay(Number(year), month, day);
  return { kind: 'date', text: m[0], days: iso ? [iso] : [] };
}

/** A numeric date such as 03/05/2024: read both month-first and day-first. */
function slashDate(text: string): NumberToken | null {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const year = m[3]?.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const a = Number(m[1]);
  const b = Number(m[2]);
  const days = [isoDay(year, a, b), isoDay(year, b, a)].filter((d): d is string => d !== null);
  return days.length > 0 ? { kind: 'date', text, days } : null;
}

function wordToken(word: string): NumberToken[] {
  if (!/\d/.test(word)) return [];
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return [{ kind: 'date', text: word, days: day ? [day] : [] }];
  }
  const slash = slashDate(word);
  if (slash) return [slash];
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(word)) return [{ kind: 'time', text: word }];
  // "5th", "10-day", "2-business-day": the number counts, the word after it does not.
  const counted = /^(\d+)(?:st|nd|rd|th|(?:-\p{L}+)+)$/iu.exec(word);
  if (counted) return [{ kind: 'number', text: word, value: Number(counted[1]) }];
  // Order IDs, SKUs, ASINs and other codes are compared whole.
  if (/^\d{3}-\d{7}-\d{7}$/.test(word) || /\p{L}/u.test(word)) {
    return [{ kind: 'identifier', text: word }];
  }
  const percent = word.endsWith('%');
  const body = percent ? word.slice(0, -1) : word;
  const value = parseNumber(body);
  if (value !== null) return [{ kind: percent ? 'percent' : 'number', text: word, value }];
  // "14/22", "2-3": each number on its own.
  return body
    .split(/[-_./,:]/)
    .filter((part) => part !== '')
    .map((part) => ({ kind: 'number', text: part, value: Number(part) }));
}

function parseNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  // A decimal comma, as in "11,7".
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** Every number, percentage, date and ID in a text, in order. */
export function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let rest = text;
  for (const m of text.matchAll(writtenDates())) {
    tokens.push(writtenDateToken(m));
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(wordPattern)) tokens.push(...wordToken(m[0]));
  return tokens;
}

/** What the data supports: numbers, percentages (one decimal), days and IDs. */
export interface KnownValues {
  numbers: Set<number>;
  percents: Set<number>;
  days: Set<string>;
  identifiers: Set<string>;
}

function emptyKnownValues(): KnownValues {
  return { numbers: new Set(), percents: new Set(), days: new Set(), identifiers: new Set() };
}

function addPercent(known: KnownValues, fraction: number): void {
  known.percents.add(percentOf(fraction));
}

/** Adds every token of a data text, as it stands. */
function addTextValues(known: KnownValues, text: string): void {
  for (const token of numberTokens(text)) {
    if (token.kind === 'identifier') known.identifiers.add(token.text.toLowerCase());
    else if (token.kind === 'date') for (const day of token.days ?? []) known.days.add(day);
    else if (token.kind === 'percent' && token.value !== undefined) known.percents.add(token.value);
    else if (token.value !== undefined) known.numbers.add(token.value);
  }
}

export interface DataSources {
  findings: readonly Finding[];
  results: readonly MetricResult[];
  affected?: readonly AffectedOrder[];
  notice?: { date: string; asins: readonly string[]; text: string };
}

/** The values the seller's data and notice contain. */
export function knownValuesOf(sources: DataSources): KnownValues {
  const known = emptyKnownValues();
  for (const r of sources.results) {
    known.numbers.add(r.numerator);
    known.numbers.add(r.denominator);
    known.numbers.add(r.windowDays);
    known.numbers.add(r.defects.length);
    if (r.value !== null) addPercent(known, r.value);
    addPercent(known, r.target);
    known.days.add(r.windowStart);
    known.days.add(r.windowEnd);
    addTextValues(known, r.label);
    for (const d of r.defects) {
      known.identifiers.add(d.orderId.toLowerCase());
      known.days.add(d.day);
      addTextValues(known, d.detail);
    }
  }
  for (const f of sources.findings) {
    known.numbers.add(f.defects);
    known.numbers.add(f.totalDefects);
    known.numbers.add(f.orderIds.length);
    if (f.orders !== null) known.numbers.add(f.orders);
    addPercent(known, f.share);
    if (f.rate !== null) addPercent(known, f.rate);
    known.identifiers.add(f.key.toLowerCase());
    addTextValues(known, f.key);
    addTextValues(known, f.summary);
    for (const id of f.orderIds) known.identifiers.add(id.toLowerCase());
  }
  for (const a of sources.affected ?? []) {
    known.identifiers.add(a.orderId.toLowerCase());
    known.days.add(a.date);
    addTextValues(known, a.defect);
    addTextValues(known, a.sku);
  }
  if (sources.notice) {
    known.days.add(sources.notice.date);
    for (const asin of sources.notice.asins) known.identifiers.add(asin.trim().toLowerCase());
    addTextValues(known, sources.notice.text);
  }
  return known;
}

/**
 * Whether the data supports a token. Percentages match after rounding to one decimal, or to a
 * whole number when the seller wrote one ("64%" for 63.6%). Dates on or after `commitmentsFrom`
 * (the notice date) are the seller's own commitments and actions, not claims about the data.
 */
export function isSupported(
  token: NumberToken,
  known: KnownValues,
  commitmentsFrom?: string,
): boolean {
  switch (token.kind) {
    case 'identifier':
      return known.identifiers.has(token.text.toLowerCase());
    case 'time':
      return false;
    case 'date': {
      const written = token.monthDay;
      // Without a year, the notice's year decides whether it is a commitment.
      const days =
        written === undefined
          ? (token.days ?? [])
          : [...known.days].filter((day) => day.slice(5) === written);
      if (written !== undefined && commitmentsFrom !== undefined) {
        days.push(`${commitmentsFrom.slice(0, 4)}-${written}`);
      }
      return days.some(
        (day) => known.days.has(day) || (commitmentsFrom !== undefined && day >= commitmentsFrom),
      );
    }
    case 'percent':
    case 'number': {
      const value = token.value ?? Number.NaN;
      if (token.kind === 'number' && known.numbers.has(value)) return true;
      const rounded = Math.round(value * 10) / 10;
      const wholePercent = token.kind === 'percent' && Number.isInteger(value);
      for (const p of known.percents) {
        if (p === rounded || (wholePercent && Math.round(p) === value)) return true;
      }
      return false;
    }
  }
}
