/**
 * The date checks as first written (a field looked up by name per record and field): the
 * reference the typed-array `dateProblems` of src/core/reports/date-checks.ts is checked against.
 */
import { addDays, dayKey, daysBetween, startOfDay } from '../../../src/core/calendar';
import { lastAcceptedDay } from '../../../src/core/marketplace-launches';
import { cellText } from '../../../src/core/reports/cells';
import type { ReportKind, RowProblem } from '../../../src/core/reports/types';
import { oldestGapDays, referenceTrustedSpan as trustedSpan } from './date-span-reference';

/** The date field whose days make a report's span: the order date, ship date, feedback date… */
const mainDateField: Readonly<Record<ReportKind, string>> = {
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
const dateFields: ReadonlySet<string> = new Set([
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

interface DateCheckContext {
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

/** The problems of the records' dates, and the rows they are on (to leave out of the records). */
export function referenceDateProblems(
  records: readonly unknown[],
  context: DateCheckContext,
): { problems: RowProblem[]; rows: Set<number> } {
  const { kind, values, headers, columnOf, timeZone } = context;
  const fields = Object.keys(columnOf).filter((f) => dateFields.has(f) && (columnOf[f] ?? -1) >= 0);
  const problems: RowProblem[] = [];
  const rows = new Set<number>();
  if (fields.length === 0 || records.length === 0) return { problems, rows };
  const problem = (record: DatedRecord, field: string, expected: string) => {
    if (rows.has(record.row)) return;
    rows.add(record.row);
    const column = columnOf[field] ?? -1;
    problems.push({
      report: kind,
      row: record.row,
      column: headers[column] ?? '',
      value: cellText(values[record.row - 1]?.[column]),
      expected,
    });
  };

  // Dates no marketplace could hold.
  const earliest = startOfDay(context.earliestDay, timeZone);
  const latest = startOfDay(addDays(lastAcceptedDay, 1), timeZone);
  const dated = records as readonly DatedRecord[];
  for (const record of dated) {
    for (const field of fields) {
      const instant = record[field];
      if (typeof instant !== 'number') continue;
      if (instant < earliest) {
        problem(
          record,
          field,
          `a date from ${context.earliestDay} on, when ${context.marketplaceName} opened${checkYear}`,
        );
      } else if (instant >= latest) {
        problem(record, field, `a date before 2100${checkYear}`);
      }
    }
  }

  // The report's own span: the main column's dates without the strays.
  const main = mainDateField[kind];
  if ((columnOf[main] ?? -1) < 0) return { problems, rows };
  const instants: number[] = [];
  const keys: (string | number)[] = [];
  for (const record of dated) {
    const instant = record[main];
    if (typeof instant !== 'number' || rows.has(record.row)) continue;
    instants.push(instant);
    // Rows of one order corroborate nothing.
    keys.push(record.orderId ?? record.row);
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
  for (const record of dated) {
    if (rows.has(record.row)) continue;
    const instant = record[main];
    if (typeof instant === 'number' && (instant > span.last || instant < span.first)) {
      const day = dayKey(instant, timeZone);
      const later = instant > span.last;
      const apart = later ? daysBetween(lastDay, day) : daysBetween(day, firstDay);
      problem(
        record,
        main,
        `a date near the report's other dates (${firstDay} to ${lastDay}), not ${apart} days ${later ? 'after' : 'before'} them${checkYear}${later && orderKinds.has(kind) ? ', or give as_of if it is a real order' : ''}`,
      );
      continue;
    }
    for (const field of fields) {
      const other = record[field];
      if (field === main || typeof other !== 'number') continue;
      if (other < otherFirst || other >= otherLast) {
        problem(
          record,
          field,
          `a date within a year of the report's other dates (${firstDay} to ${lastDay})${checkYear}`,
        );
        break;
      }
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, rows };
}
