/**
 * Reading single cells. A cell is what Sheets passes a custom function (string, number, boolean,
 * `Date`, or empty string) or a string from pasted TSV text.
 */
import { dateCellInstant, isNotANumber } from '../dates';

/** Printable ASCII other than space: no trimming can remove it. */
function isPrintable(code: number): boolean {
  return code > 32 && code < 127;
}

export function isBlankCell(cell: unknown): boolean {
  if (typeof cell === 'string') {
    return cell.length === 0 || (!isPrintable(cell.charCodeAt(0)) && cell.trim().length === 0);
  }
  return cell === null || cell === undefined;
}

/** A range row with nothing in it: skipped without a problem (Sheets pads ranges like A:AF). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) return false;
  return true;
}

/** The cell as trimmed text. `Date` objects (from any JS realm) become ISO instants. */
export function cellText(cell: unknown): string {
  if (typeof cell === 'string') {
    // Most cells need no trimming; checking both ends is cheaper than trim() on every cell.
    const trimmed =
      cell.length > 0 &&
      isPrintable(cell.charCodeAt(0)) &&
      isPrintable(cell.charCodeAt(cell.length - 1));
    return trimmed ? cell : cell.trim();
  }
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const instant = dateCellInstant(cell);
  if (instant !== undefined) {
    return isNotANumber(instant) ? 'Invalid Date' : new Date(instant).toISOString();
  }
  return String(cell);
}

/**
 * A header cell as a lookup key: case, spaces, hyphens and underscores ignored, so `Order ID`,
 * `order-id` and `ORDER_ID` are one column. A leading byte-order mark (TSV files) is dropped.
 */
export function headerKey(cell: unknown): string {
  return cellText(cell)
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** A whole number, 0 or more (quantities, star ratings); undefined when the cell is not one. */
export function wholeNumber(cell: unknown): number | undefined {
  // At most 9 digits, as in text: a larger count of units is a typo, and sums of it stay exact.
  if (typeof cell === 'number') {
    // `% 1 === 0` is Number.isInteger without a global lookup per cell (NaN, Infinity: false).
    return cell % 1 === 0 && cell >= 0 && cell < 1e9 ? cell : undefined;
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text.length === 0 || text.length > 9) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * `19.99`, `-3`, `0.5`: digits with at most one dot, the common case, read without a regex or a
 * global call per cell. Up to 15 digits the value is the digits as a whole number divided by a
 * power of ten: both exact, so the one rounding gives the same number as Number(text). Undefined
 * when the text is not such a decimal.
 */
function plainDecimal(text: string): number | undefined {
  let digits = 0;
  let dots = 0;
  let whole = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      whole = whole * 10 + (code - 48);
      if (dots > 0) scale *= 10;
    } else if (code === 46) dots++;
    else if (!(i === 0 && code === 45)) return undefined;
  }
  if (digits === 0 || dots > 1 || text.charCodeAt(text.length - 1) === 46) return undefined;
  if (digits > 15) return Number(text);
  return text.charCodeAt(0) === 45 ? -(whole / scale) : whole / scale;
}

/**
 * A money amount. Amazon's flat files write `89.95`; thousands separators (`1,234.50`) and a
 * decimal comma (`89,95`) are accepted for amounts a seller typed or Sheets reformatted.
 */
export function amount(cell: unknown): number | undefined {
  if (typeof cell === 'number') return realAmount(cell);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  const plain = plainDecimal(text);
  if (plain !== undefined) return realAmount(plain);
  if (/^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(text)) {
    return realAmount(Number(text.replace(/,/g, '')));
  }
  if (/^[-+]?\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

/**
 * No order is worth a thousand billion in any currency, and below that a sum over 100,000 rows
 * stays exact enough: a larger amount (400 nines reads as Infinity) is a typo, not money.
 */
const largestAmount = 1e12;

function realAmount(value: number): number | undefined {
  return value > -largestAmount && value < largestAmount ? value : undefined;
}

/**
 * TRUE/FALSE, yes/no, Y/N, 1/0, and X for a ticked box (Amazon's tracking reports mark with "X"
 * [AMZ-HELP 202014610]); undefined when the cell says none of these.
 */
export function flag(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell !== 'string') return undefined;
  // Amazon's files write TRUE/FALSE or true/false: read without making a lower-case copy.
  if (cell === 'TRUE' || cell === 'true') return true;
  if (cell === 'FALSE' || cell === 'false') return false;
  switch (cell.trim().toLowerCase()) {
    case 'true':
    case 'yes':
    case 'y':
    case '1':
    case 'x':
      return true;
    case 'false':
    case 'no':
    case 'n':
    case '0':
      return false;
    default:
      return undefined;
  }
}
