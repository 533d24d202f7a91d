/**
 * Reads the cells of one row at a time for a report's row reader, and records a RowProblem for
 * every cell it cannot use. Columns are passed as indexes (-1: the report has no such column), so
 * the per-row path does no name lookups.
 */
import {
  dayOrderEvidence,
  parseAmazonTimestamp,
  parseReportDate,
  type ReportDateOptions,
} from '../dates';
import type { DayOrder } from '../marketplaces';
import { amount, cellText, flag, isBlankCell, wholeNumber } from './cells';
import {
  expectedIdNotScientific,
  expectedOrderIdAsText,
  isScientificNotation,
  isSpelledAsAmazonWritesIt,
  readOrderId,
} from './order-ids';
import type { ReportKind, RowProblem } from './types';

const expectedDate = 'a date such as 2024-01-05T10:11:12+00:00, 2024-01-05 or 1/5/2024';

/** The first value in a column that proves its day order, e.g. 13/02/2024 proves day-first. */
interface ColumnDayOrder {
  order: DayOrder;
  row: number;
  text: string;
  /** The grid's date options with this day order, made once per column, not once per cell. */
  options: ReportDateOptions;
}

export interface ReportGrid {
  report: ReportKind;
  values: readonly unknown[][];
  /** Header text of each column, as in the seller's sheet. */
  headers: readonly string[];
  headerIndex: number;
  dateOptions: ReportDateOptions;
}

export class RowReader {
  /** 1-based row number in the range the seller passed. */
  row = 0;
  /** Set when a cell of the current row was unusable: the row is left out of the records. */
  failed = false;
  readonly problems: RowProblem[] = [];
  private cells: readonly unknown[] = [];
  /** Per column: undefined = not looked at yet, null = the column does not settle the order. */
  private readonly dayOrders: (ColumnDayOrder | null | undefined)[] = [];

  constructor(private readonly grid: ReportGrid) {}

  /** Header text of each column, as in the seller's sheet. */
  get headers(): readonly string[] {
    return this.grid.headers;
  }

  start(cells: readonly unknown[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.failed = false;
  }

  /** Records that the cell in `column` is not usable, and what was expected instead. */
  problem(column: number, expected: string): void {
    this.failed = true;
    this.problems.push({
      report: this.grid.report,
      row: this.row,
      column: this.grid.headers[column] ?? '',
      value: cellText(this.cells[column]),
      expected,
    });
  }

  /** Trimmed text; '' when the column is absent or the cell blank. */
  text(column: number): string {
    return column < 0 ? '' : cellText(this.cells[column]);
  }

  /** The order ID the cell names, cleaned of a `#`, other dashes and spaces (see `readOrderId`). */
  orderId(column: number): string {
    const cell = this.cells[column];
    // 17 digits do not fit a number: Sheets has already changed the last ones. (No Math.abs: a
    // global lookup per row, see README "Benchmark".)
    if (typeof cell === 'number' && (cell >= 1e15 || cell <= -1e15)) {
      this.problem(column, expectedOrderIdAsText);
      return this.text(column);
    }
    const text = this.text(column);
    if (isSpelledAsAmazonWritesIt(text)) return text;
    const reading = readOrderId(text);
    if ('id' in reading) return reading.id;
    this.problem(column, reading.expected);
    return text;
  }

  /**
   * An item ID or tracking number: text, refused when a file saved from a spreadsheet wrote it as
   * `5.24806E+13`. A number cell (Sheets makes one of a pasted tracking number) is read as it is:
   * refusing it would stop every rate of a pasted report, and VTR needs only that there is one.
   */
  identifier(column: number): string {
    const text = this.text(column);
    if (typeof this.cells[column] !== 'string') return text;
    // `5.24806E+13`: a point or comma second, then an E. Most IDs are digits or letters only: the
    // check costs them one character test.
    const second = text.charCodeAt(1);
    if ((second === 46 || second === 44) && isScientificNotation(text)) {
      this.problem(column, expectedIdNotScientific);
    }
    return text;
  }

  /** A date the row cannot do without. NaN (with a problem) when unusable. */
  date(column: number): number {
    if (isBlankCell(this.cells[column])) {
      this.problem(column, expectedDate);
      return Number.NaN;
    }
    return this.dateIn(column);
  }

  /** A date that may be blank (null); a non-blank cell must still be a date. */
  optionalDate(column: number): number | null {
    if (column < 0 || isBlankCell(this.cells[column])) return null;
    return this.dateIn(column);
  }

  /** Units, a whole number 0 or more. A report without the column counts each item row as 1. */
  quantity(column: number): number {
    if (column < 0) return 1;
    const n = wholeNumber(this.cells[column]);
    if (n === undefined) {
      this.problem(column, 'a whole number of units, 0 or more');
      return 0;
    }
    return n;
  }

  /** Units that may be blank (null). */
  optionalQuantity(column: number): number | null {
    if (column < 0 || isBlankCell(this.cells[column])) return null;
    return this.quantity(column);
  }

  amount(column: number): number | null {
    if (column < 0 || isBlankCell(this.cells[column])) return null;
    const value = amount(this.cells[column]);
    if (value === undefined) {
      this.problem(column, 'an amount such as 12.99 (less than 1,000,000,000,000)');
      return null;
    }
    return value;
  }

  /** TRUE/FALSE, yes/no, Y/N, 1/0 or X; null when the column is absent or the cell blank. */
  flag(column: number): boolean | null {
    if (column < 0 || isBlankCell(this.cells[column])) return null;
    const value = flag(this.cells[column]);
    if (value === undefined) {
      this.problem(column, 'TRUE or FALSE (also yes/no, Y/N, 1/0)');
      return null;
    }
    return value;
  }

  private dateIn(column: number): number {
    const cell = this.cells[column];
    if (typeof cell === 'string') {
      // Most dates of a report are Amazon timestamps: read them before anything else.
      const timestamp = parseAmazonTimestamp(cell);
      if (timestamp !== undefined) return timestamp;
    }
    const dayOrder =
      typeof cell === 'string' && cell.includes('/') ? this.dayOrderOf(column) : null;
    const result = parseReportDate(cell, dayOrder ? dayOrder.options : this.grid.dateOptions);
    if (typeof result === 'number') return result;
    const text = cellText(cell);
    if (result === 'ambiguous') {
      this.problem(
        column,
        `a date that can only mean one day: ${text} could be day-first or month-first, and neither the other dates in this column nor the marketplace setting say which (or write it as yyyy-mm-dd)`,
      );
    } else if (dayOrder && (dayOrderEvidence(text) ?? dayOrder.order) !== dayOrder.order) {
      this.problem(
        column,
        `a date in the same day order as the rest of the column (row ${dayOrder.row} has ${dayOrder.text}, so the column is ${dayOrder.order === 'DMY' ? 'day-first' : 'month-first'})`,
      );
    } else if (result === 'impossible') {
      this.problem(column, 'a real calendar date and time');
    } else {
      this.problem(column, expectedDate);
    }
    return Number.NaN;
  }

  /**
   * The day order a column's slash dates prove: the first value whose day part (or month part) is
   * above 12 settles it for the whole column. Null when none does; the marketplace's order then
   * applies through dateOptions.
   */
  private dayOrderOf(column: number): ColumnDayOrder | null {
    let known = this.dayOrders[column];
    if (known === undefined) {
      known = this.columnEvidence(column);
      this.dayOrders[column] = known;
    }
    return known;
  }

  private columnEvidence(column: number): ColumnDayOrder | null {
    const { values, headerIndex } = this.grid;
    for (let i = headerIndex + 1; i < values.length; i++) {
      const cell = values[i]?.[column];
      if (typeof cell !== 'string') continue;
      const order = dayOrderEvidence(cell);
      if (order) {
        const options = { ...this.grid.dateOptions, dayOrder: order };
        return { order, row: i + 1, text: cell.trim(), options };
      }
    }
    return null;
  }
}
