/**
 * Numbers, dates and IDs in text, as the seller writes them: the review uses the dates to tell a
 * dated promise from an undated one. Counts and rates are checked as claims (see ./claims.ts),
 * never by whether the number appears somewhere in the data.
 */

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
