/**
 * Reads a downloaded report file (or pasted text) into rows of cells.
 *
 * Seller Central's flat files are tab-separated with one header row [reference 3]; a file saved
 * from a spreadsheet may be comma-separated and quote fields that hold a separator, a quote or a
 * line break. Amazon's own files do not quote, and product names can start with a quote
 * (`"Best" mug`), so a quote opens a quoted field only when a closing quote is followed by the end
 * of the field, and its lines are a cell's, not the file's rows (see `holdsRows`); otherwise it is
 * text like any other.
 */

export type Delimiter = '\t' | ',';

export interface DelimitedText {
  delimiter: Delimiter;
  /** Every line, the header first; a line with nothing in it is an empty array. */
  rows: string[][];
}

const quote = 34;
const lineFeed = 10;
const carriageReturn = 13;

/** Tabs win: a TSV line holds commas in product names, a CSV line rarely holds tabs. */
function delimiterOf(text: string): Delimiter {
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  return firstLine.includes('\t') || !firstLine.includes(',') ? '\t' : ',';
}

/**
 * Whether a quoted field's text that runs over a line break holds rows of the file, not a cell's
 * lines: a quote left open in a comment (`"Arrived broken`) would otherwise take in every row up to
 * the next quote that ends a field, and those rows would be lost without a word. In a TSV a cell's
 * lines hold no tab (a spreadsheet quotes few cells, Amazon none); in a CSV, a whole line inside it
 * that starts as a report's row does and holds as many commas as the header row is a row.
 */
function holdsRows(field: string, separator: number, headerSeparators: number): boolean {
  if (!/[\r\n]/.test(field)) return false;
  const mark = String.fromCharCode(separator);
  if (separator === 9) return field.includes(mark);
  // Whole lines only: the first and last are the rest of one row and the start of another.
  // A report's row starts with an order ID or a date (a digit, or `S01-` of Multi-Channel
  // Fulfillment); a note's line with commas ("Hi, the box was crushed, sorry") does not.
  const lines = field.split(/\r\n|\r|\n/).slice(1, -1);
  return lines.some(
    (line) => /^\s*(?:\d|[A-Z]\d\d-)/.test(line) && line.split(mark).length - 1 >= headerSeparators,
  );
}

/** Where a quoted field starting at `start` (on its opening quote) ends, or -1 if it is not one. */
function closingQuote(
  text: string,
  start: number,
  separator: number,
  headerSeparators: number,
): number {
  let i = start + 1;
  while (i < text.length) {
    const next = text.indexOf('"', i);
    if (next < 0) return -1;
    if (text.charCodeAt(next + 1) === quote) {
      i = next + 2; // "" is a quote inside the field
      continue;
    }
    const after = text.charCodeAt(next + 1);
    const endsField =
      next + 1 === text.length ||
      after === separator ||
      after === lineFeed ||
      after === carriageReturn;
    if (!endsField || holdsRows(text.slice(start + 1, next), separator, headerSeparators)) {
      return -1;
    }
    return next;
  }
  return -1;
}

export function parseDelimited(input: string): DelimitedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
  const separator = delimiter.charCodeAt(0);
  const firstLineEnd = text.search(/\r|\n/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  // A header of one column: any separator in a cell's lines is one too many.
  const headerSeparators = firstLine.split(delimiter).length - 1 || 1;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endLine = () => {
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
    row = [];
  };
  while (i <= text.length) {
    if (i === text.length) {
      // A final line break leaves no extra empty line.
      if (row.length > 0) endLine();
      break;
    }
    let value: string;
    let end: number;
    const close =
      text.charCodeAt(i) === quote ? closingQuote(text, i, separator, headerSeparators) : -1;
    if (close >= 0) {
      value = text.slice(i + 1, close).replace(/""/g, '"');
      end = close + 1;
    } else {
      end = i;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === separator || code === lineFeed || code === carriageReturn) break;
        end++;
      }
      value = text.slice(i, end);
    }
    row.push(value);
    const code = text.charCodeAt(end);
    if (code === separator) {
      i = end + 1;
      if (i === text.length) row.push('');
      continue;
    }
    if (code === carriageReturn && text.charCodeAt(end + 1) === lineFeed) end++;
    i = end + 1;
    endLine();
  }
  return { delimiter, rows };
}
