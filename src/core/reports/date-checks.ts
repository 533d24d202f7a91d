/**
 * Dates that read as dates but cannot be right, as row problems naming the report, the column and
 * the row. A rate computed without such a row, or with it, would be wrong without anyone knowing:
 * one purchase-date typed 2062 instead of 2026 would move the as-of day, and every window with it,
 * 36 years on [issue 8.1]. So, in every report:
 * - a date before the marketplace opened (see marketplace-launches.ts), or after 2099;
 * - a date of the report's main column (orders: purchase-date) outside its trusted span
 *   (date-span.ts): one stray row far from all the others (two weeks for the order reports, a
 *   year for the sparser reports of defects and shipments);
 * - a date of any other column more than a year outside that span.
 */
import { addDays, dayKey, daysBetween, startOfDay } from '../calendar';
import { isNotANumber } from '../dates';
import { lastAcceptedDay } from '../marketplace-launches';
import { cellText } from './cells';
import { oldestGapDays, trustedSpan } from './date-span';
import type { ReportKind, RowProblem } from './types';

/** The date field whose days make a report's span: the order date, ship date, feedback date… */
export const mainDateField: Readonly<Record<ReportKind, string>> = {
  allOrders: 'purchaseDate',
  sellerFulfilledOrders: 'purchaseDate',
  shippingConfirmations: 'shipDate',
  fbaShipments: 'purchaseDate',
  feedback: 'date',
  claims: 'date',
  chargebacks: 'date',
  odrDefects: 'orderDate',
};

/** The reports whose order dates set the as-of day. */
const orderKinds: ReadonlySet<ReportKind> = new Set([
  'allOrders',
  'sellerFulfilledOrders',
  'fbaShipments',
]);

/** Every field of the readers' records that holds an instant. */
export const dateFields: ReadonlySet<string> = new Set([
  'purchaseDate',
  'latestShipDate',
  'latestDeliveryDate',
  'shipDate',
  'confirmedAt',
  'deliveredAt',
  'shipmentDate',
  'date',
  'orderDate',
]);

export interface DateCheckContext {
  kind: ReportKind;
  values: readonly unknown[][];
  headers: readonly string[];
  /** Column index of each field of the kind (-1: absent). */
  columnOf: Readonly<Record<string, number>>;
  timeZone: string;
  /** The first day the marketplace took orders (`yyyy-mm-dd`). */
  earliestDay: string;
  /** What the seller calls the marketplace in a message, e.g. "Amazon.com". */
  marketplaceName: string;
  /** The as_of day the seller gave, if any (`yyyy-mm-dd`). */
  asOfDay?: string | undefined;
}

/** Most such dates are a mistyped year: 0026 is year 26, 2062 is not 2026. */
const checkYear = '; check the year, or delete the row';

type DatedRecord = { row: number; orderId?: string } & Record<string, unknown>;

/**
 * One date field of every record, NaN where it has none (null: a blank optional date; a reader
 * never keeps a NaN date). Read field by field, one pass each: the checks below then compare
 * numbers in typed arrays instead of looking a field up by name per record and field. With
 * `keys`, the same pass notes each record's order (its row without one): the span needs them.
 */
function instantsOf(
  records: readonly DatedRecord[],
  field: string,
  none: number,
  keys?: (string | number)[],
): Float64Array {
  const instants = new Float64Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as DatedRecord;
    const instant = record[field];
    instants[i] = typeof instant === 'number' ? instant : none;
    if (keys) keys[i] = record.orderId ?? record.row;
  }
  return instants;
}

/** The problems of the records' dates, and the rows they are on (to leave out of the records). */
export function dateProblems(
  records: readonly unknown[],
  context: DateCheckContext,
): { problems: RowProblem[]; rows: Set<number> } {
  const { kind, values, headers, columnOf, timeZone } = context;
  const fields = Object.keys(columnOf).filter((f) => dateFields.has(f) && (columnOf[f] ?? -1) >= 0);
  const problems: RowProblem[] = [];
  const rows = new Set<number>();
  if (fields.length === 0 || records.length === 0) return { problems, rows };
  const dated = records as readonly DatedRecord[];
  const n = dated.length;
  const problem = (i: number, field: string, expected: string) => {
    const { row } = dated[i] as DatedRecord;
    if (rows.has(row)) return;
    rows.add(row);
    const column = columnOf[field] ?? -1;
    problems.push({
      report: kind,
      row,
      column: headers[column] ?? '',
      value: cellText(values[row - 1]?.[column]),
      expected,
    });
  };
  /** Whether record i is on a row with a problem already (none, mostly: no lookup then). */
  const flagged = (i: number) => rows.size > 0 && rows.has((dated[i] as DatedRecord).row);
  const none = Number.NaN;
  const main = mainDateField[kind];
  // Rows of one order corroborate nothing: the span counts orders, read with the main dates.
  const orderKeys: (string | number)[] = new Array(n);
  const columns = fields.map((field) =>
    instantsOf(dated, field, none, field === main ? orderKeys : undefined),
  );

  // Dates no marketplace could hold. NaN (no date) is neither before nor after anything.
  const earliest = startOfDay(context.earliestDay, timeZone);
  const latest = startOfDay(addDays(lastAcceptedDay, 1), timeZone);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < fields.length; f++) {
      const instant = (columns[f] as Float64Array)[i] as number;
      if (instant < earliest) {
        problem(
          i,
          fields[f] as string,
          `a date from ${context.earliestDay} on, when ${context.marketplaceName} opened${checkYear}`,
        );
      } else if (instant >= latest) {
        problem(i, fields[f] as string, `a date before 2100${checkYear}`);
      }
    }
  }

  // The report's own span: the main column's dates without the strays.
  const mainIndex = fields.indexOf(main);
  if (mainIndex < 0) return { problems, rows };
  const mains = columns[mainIndex] as Float64Array;
  // Mostly every record has its date and none a problem yet: the column is the span's input.
  let instants: ArrayLike<number> = mains;
  let keys: ArrayLike<string | number> = orderKeys;
  let complete = rows.size === 0;
  for (let i = 0; i < n && complete; i++) complete = !isNotANumber(mains[i]);
  if (!complete) {
    const kept: number[] = [];
    const keptKeys: (string | number)[] = [];
    for (let i = 0; i < n; i++) {
      const instant = mains[i] as number;
      if (isNotANumber(instant) || flagged(i)) continue; // no date, or a row with a problem
      kept.push(instant);
      keptKeys.push(orderKeys[i] as string | number);
    }
    instants = kept;
    keys = keptKeys;
  }
  // Only the order reports set the as-of day, and only they are dense enough for a two-week gap
  // to mean a typo: a claim a month after the last one is an ordinary claim.
  const span = trustedSpan(instants, keys, orderKinds.has(kind) ? undefined : oldestGapDays);
  if (span === null) return { problems, rows };
  const firstDay = dayKey(span.first, timeZone);
  let lastDay = dayKey(span.last, timeZone);
  // A seller back from a break: the as_of they give vouches for the orders up to it.
  const asOfDay = context.asOfDay ?? '';
  if (asOfDay > lastDay && asOfDay <= lastAcceptedDay) {
    span.last = startOfDay(addDays(asOfDay, 1), timeZone) - 1;
    lastDay = asOfDay;
  }
  const otherFirst = startOfDay(addDays(firstDay, -oldestGapDays), timeZone);
  const otherLast = startOfDay(addDays(lastDay, oldestGapDays + 1), timeZone);
  for (let i = 0; i < n; i++) {
    if (flagged(i)) continue;
    const instant = mains[i] as number;
    if (instant > span.last || instant < span.first) {
      const day = dayKey(instant, timeZone);
      const later = instant > span.last;
      const apart = later ? daysBetween(lastDay, day) : daysBetween(day, firstDay);
      problem(
        i,
        main,
        `a date near the report's other dates (${firstDay} to ${lastDay}), not ${apart} days ${later ? 'after' : 'before'} them${checkYear}${later && orderKinds.has(kind) ? ', or give as_of if it is a real order' : ''}`,
      );
      continue;
    }
    for (let f = 0; f < fields.length; f++) {
      if (f === mainIndex) continue;
      const other = (columns[f] as Float64Array)[i] as number;
      if (other < otherFirst || other >= otherLast) {
        problem(
          i,
          fields[f] as string,
          `a date within a year of the report's other dates (${firstDay} to ${lastDay})${checkYear}`,
        );
        break;
      }
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, rows };
}
