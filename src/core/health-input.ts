/**
 * From the ranges a seller passes to a custom function to the records the metrics read.
 *
 * Which marketplace the reports belong to decides the time zone of every window, so it is settled
 * first: the one the seller names, else the `sales-channel` column of the order reports
 * (`Amazon.co.uk` → UK), else the US. A row that cannot be read stops the calculation with a
 * message naming the argument, the column and the row: a rate computed without it would be wrong
 * without anyone knowing.
 */
import { dayKey } from './calendar';
import {
  defaultMarketplaceCode,
  type Marketplace,
  marketplaceByCode,
  marketplaceBySalesChannel,
} from './marketplaces';
import { defaultAsOf } from './metrics';
import type { HealthInput } from './metrics/types';
import { describeProblem, type ReadOptions, readReport, salesChannelOf } from './reports';
import type { OdrDefect, ReportKind } from './reports/types';

/** The report ranges, keyed by what they are for; each may be omitted. */
export interface HealthRanges {
  orders?: unknown;
  mfnOrders?: unknown;
  shipments?: unknown;
  feedback?: unknown;
  claims?: unknown;
  chargebacks?: unknown;
  fbaShipments?: unknown;
}

/** The argument names a seller sees in Sheets, for messages and formulas. */
export const argumentNames: Record<keyof HealthRanges, string> = {
  orders: 'orders',
  mfnOrders: 'mfn_orders',
  shipments: 'shipments',
  feedback: 'feedback',
  claims: 'claims',
  chargebacks: 'chargebacks',
  fbaShipments: 'fba_shipments',
};

/** Which report kinds each argument accepts. */
const acceptedKinds: Record<keyof HealthRanges, readonly ReportKind[]> = {
  orders: ['allOrders', 'sellerFulfilledOrders', 'fbaShipments'],
  mfnOrders: ['sellerFulfilledOrders', 'allOrders'],
  shipments: ['shippingConfirmations'],
  // Amazon's own ODR download lists every defect type, so any defect argument accepts it.
  feedback: ['feedback', 'odrDefects'],
  claims: ['claims', 'odrDefects'],
  chargebacks: ['chargebacks', 'odrDefects'],
  fbaShipments: ['fbaShipments'],
};

/** A range as Sheets passes it; a single value or a missing argument is "not given". */
function asRange(value: unknown): unknown[][] {
  // Array.isArray looked up once, not per row: global lookups are slow in Node's vm sandboxes.
  const { isArray } = Array;
  if (!isArray(value)) return [];
  for (let i = 0; i < value.length; i++) if (!isArray(value[i])) return [];
  return value;
}

/** Each argument as a range, checked once. */
type Ranges = Record<keyof HealthRanges, unknown[][]>;

function marketplaceFor(
  ranges: Ranges,
  marketplaceCode: string | undefined,
): {
  marketplace: Marketplace;
  known: boolean;
} {
  if (marketplaceCode !== undefined && marketplaceCode.trim() !== '') {
    return { marketplace: marketplaceByCode(marketplaceCode), known: true };
  }
  for (const range of [ranges.orders, ranges.mfnOrders, ranges.fbaShipments]) {
    const salesChannel = salesChannelOf(range);
    const found = salesChannel === undefined ? undefined : marketplaceBySalesChannel(salesChannel);
    if (found) return { marketplace: found, known: true };
  }
  return { marketplace: marketplaceByCode(defaultMarketplaceCode), known: false };
}

/** An input with no records: what a spreadsheet without reports gives. */
export function emptyHealthInput(): HealthInput {
  return {
    orders: [],
    fbaShipments: [],
    shipments: [],
    feedback: [],
    claims: [],
    chargebacks: [],
    odrDefects: [],
  };
}

/** `more` after `list`; an empty list is replaced, not copied into. */
function appended<T>(list: T[], more: readonly unknown[]): T[] {
  return list.length === 0 ? (more as T[]) : list.concat(more as T[]);
}

/** Adds records of one report to the input, by the kind that was recognised. */
function addRecords(input: HealthInput, kind: ReportKind, records: unknown[]): void {
  switch (kind) {
    case 'allOrders':
    case 'sellerFulfilledOrders':
      input.orders = appended(input.orders, records);
      return;
    case 'fbaShipments':
      input.fbaShipments = appended(input.fbaShipments, records);
      return;
    case 'shippingConfirmations':
      input.shipments = appended(input.shipments, records);
      return;
    case 'feedback':
      input.feedback = appended(input.feedback, records);
      return;
    case 'claims':
      input.claims = appended(input.claims, records);
      return;
    case 'chargebacks':
      input.chargebacks = appended(input.chargebacks, records);
      return;
    case 'odrDefects':
      input.odrDefects = appended(input.odrDefects, records);
      return;
  }
}

/** The same ODR download passed as feedback, claims and chargebacks counts each defect once. */
function withoutRepeatedDownloadRows(defects: OdrDefect[]): OdrDefect[] {
  const seen = new Set<string>();
  return defects.filter((d) => {
    const key = `${d.orderId}|${d.defect}|${d.orderDate}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readHealthInput(
  ranges: HealthRanges,
  marketplaceCode?: string,
): { input: HealthInput; marketplace: Marketplace } {
  const keys = Object.keys(argumentNames) as (keyof HealthRanges)[];
  const checked = {} as Ranges;
  for (const key of keys) checked[key] = asRange(ranges[key]);
  const { marketplace, known } = marketplaceFor(checked, marketplaceCode);
  const input = emptyHealthInput();
  for (const key of keys) {
    const values = checked[key];
    if (values.length === 0) continue;
    const options: ReadOptions = {
      source: argumentNames[key],
      timeZone: marketplace.timeZone,
      // A locale date such as 03/04/26 is read the marketplace's way only when the marketplace is
      // known; otherwise it could mean two days, and the reader reports it instead of guessing.
      ...(known ? { dayOrder: marketplace.dayOrder } : {}),
    };
    const report = readReport(values, acceptedKinds[key], options);
    const [first] = report.problems;
    if (first) {
      const more = report.problems.length - 1;
      throw new Error(
        describeProblem(first, options.source) +
          (more > 0 ? ` ${more} more row${more === 1 ? '' : 's'} could not be read either.` : ''),
      );
    }
    addRecords(input, report.kind, report.records);
  }
  input.odrDefects = withoutRepeatedDownloadRows(input.odrDefects);
  return { input, marketplace };
}

function isDate(value: unknown): value is Date {
  // Dates from Sheets come from another realm: instanceof would say no.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * The as-of day (`yyyy-mm-dd`): given as text, or as a Sheets date (read as its calendar day in
 * `dateTimeZone`, the spreadsheet's zone, which is where Sheets put it), or by default the day of
 * the newest order, which keeps results the same whenever the sheet recalculates.
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
  if (isDate(asOf)) {
    const time = asOf.getTime();
    if (Number.isNaN(time)) throw new Error('as_of: the date is not valid.');
    return dayKey(time, dateTimeZone ?? marketplace.timeZone);
  }
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim())) {
    const day = asOf.trim();
    const parsed = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === day) return day;
  }
  throw new Error(
    `as_of: expected a date or text like 2026-11-15, got "${String(asOf)}". Leave it empty for the day of the newest order.`,
  );
}
