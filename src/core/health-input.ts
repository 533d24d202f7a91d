/**
 * From the ranges a seller passes to a custom function to the records the metrics read.
 *
 * Amazon measures each marketplace apart, and a marketplace's zone dates every window, so the rows
 * are split by marketplace first (`marketplace-rows.ts`) and each marketplace's rows are read in
 * its own zone: the one the seller names, else each one the `sales-channel` column of the order
 * reports names (`Amazon.co.uk` → UK), else the US. A row that cannot be read stops the calculation with a
 * message naming the argument, the column and the row: a rate computed without it would be wrong
 * without anyone knowing.
 */
import { marketplacesToRead, namedMarketplace, readsWhole } from './marketplace-choice';
import { launchDay } from './marketplace-launches';
import { type MarketplaceSplit, splitByMarketplace } from './marketplace-rows';
import {
  defaultMarketplaceCode,
  type Marketplace,
  type MarketplaceCode,
  marketplaceByCode,
} from './marketplaces';
import type { HealthInput, LeftOutMetric } from './metrics/types';
import type { UncountedDefects } from './metrics/uncounted-defects';
import { describeProblem, type ReadOptions, readReport, reportLabel } from './reports';
import type { OdrDefect, ReportKind, RowProblem, UnreadColumns } from './reports/types';
import { wordList } from './word-list';

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
export const acceptedKinds: Record<keyof HealthRanges, readonly ReportKind[]> = {
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

/** The list of the input each kind's records go to. */
const recordList: Record<ReportKind, keyof HealthInput> = {
  allOrders: 'orders',
  sellerFulfilledOrders: 'orders',
  fbaShipments: 'fbaShipments',
  shippingConfirmations: 'shipments',
  feedback: 'feedback',
  claims: 'claims',
  chargebacks: 'chargebacks',
  odrDefects: 'odrDefects',
};

/** Adds records of one report to the input, by the kind that was recognised. */
function addRecords(input: HealthInput, kind: ReportKind, records: unknown[]): void {
  const lists = input as unknown as Record<keyof HealthInput, unknown[]>;
  const list = recordList[kind];
  lists[list] = appended(lists[list], records);
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

/** One marketplace's records, read in its own time zone. */
export interface MarketplaceHealth {
  marketplace: Marketplace;
  input: HealthInput;
}

/** Rows of one report whose order is in no order report, while the reports mix marketplaces. */
export interface UnplacedRows {
  /** The argument, e.g. "feedback". */
  source: string;
  report: ReportKind;
  /** 1-based row numbers in the range passed. */
  rows: number[];
}

/** The reports read per marketplace (see `readHealthByMarketplace`). */
export interface HealthRead {
  /** Each marketplace read, in the table's order; one unless the reports mix marketplaces. */
  marketplaces: MarketplaceHealth[];
  /** The marketplaces the order reports' `sales-channel` columns name (empty without it). */
  found: Marketplace[];
  /** Distinct orders of each marketplace found. */
  orderCounts: ReadonlyMap<MarketplaceCode, number>;
  /** Rows no marketplace could be given (reported, never guessed); empty for one marketplace. */
  unplaced: UnplacedRows[];
}

function checkedRanges(ranges: HealthRanges): Ranges {
  const checked = {} as Ranges;
  for (const key of Object.keys(argumentNames) as (keyof HealthRanges)[]) {
    checked[key] = asRange(ranges[key]);
  }
  return checked;
}

/** What reading one report gave: its row problems, or the error that stopped it (a wrong report). */
export interface ReportOutcome {
  /** The argument, e.g. "orders". */
  source: string;
  problems: RowProblem[];
  error: Error | null;
}

/**
 * One marketplace's rows of every report, read in its zone; each report's row problems and
 * structural error are kept, not thrown, in the arguments' order.
 */
function readMarketplaceReports(
  ranges: Ranges,
  marketplace: Marketplace,
  known: boolean,
  rowsOf: (key: keyof HealthRanges) => readonly number[] | undefined,
  sheetTimeZone: string | undefined,
  asOfDay: string | undefined,
  unread?: UnreadColumns,
): { input: HealthInput; outcomes: ReportOutcome[] } {
  const input = emptyHealthInput();
  const outcomes: ReportOutcome[] = [];
  for (const key of Object.keys(argumentNames) as (keyof HealthRanges)[]) {
    const values = ranges[key];
    if (values.length === 0) continue;
    const rowIndexes = rowsOf(key);
    const options: ReadOptions = {
      source: argumentNames[key],
      timeZone: marketplace.timeZone,
      sheetTimeZone,
      earliestDay: launchDay(marketplace.code),
      marketplaceName: marketplace.salesChannel,
      ...(asOfDay ? { asOfDay } : {}),
      // A locale date such as 03/04/26 is read the marketplace's way only when the marketplace is
      // known; otherwise it could mean two days, and the reader reports it instead of guessing.
      ...(known ? { dayOrder: marketplace.dayOrder } : {}),
      ...(rowIndexes ? { rowIndexes } : {}),
      ...(unread ? { unread } : {}),
    };
    try {
      const report = readReport(values, acceptedKinds[key], options);
      outcomes.push({ source: options.source, problems: report.problems, error: null });
      addRecords(input, report.kind, report.records);
    } catch (error) {
      outcomes.push({ source: options.source, problems: [], error: error as Error });
    }
  }
  input.odrDefects = withoutRepeatedDownloadRows(input.odrDefects);
  return { input, outcomes };
}

/** One marketplace's records; the first report that cannot be read, or its first bad row, stops it. */
function readMarketplace(...args: Parameters<typeof readMarketplaceReports>): HealthInput {
  const { input, outcomes } = readMarketplaceReports(...args);
  for (const { source, problems, error } of outcomes) {
    if (error) throw error;
    const [first] = problems;
    if (first) {
      // Rows, not cells: a row with two bad cells is one more row to mend.
      const more = new Set(problems.map((problem) => problem.row)).size - 1;
      throw new Error(
        describeProblem(first, source) +
          (more > 0 ? ` ${more} more row${more === 1 ? '' : 's'} could not be read either.` : ''),
      );
    }
  }
  return input;
}

/**
 * Every report's row problems as the functions meet them: each marketplace's rows read in its own
 * zone (only the one named, when one is), the reports' structural errors once each. When the
 * marketplace cannot be told (an unknown sales channel, a euro report without one), that comes
 * first and the rows are read as the US's.
 */
export function reportOutcomes(
  ranges: HealthRanges,
  marketplaceCode?: string,
  sheetTimeZone?: string,
  asOfDay?: string,
): ReportOutcome[] {
  const checked = checkedRanges(ranges);
  const outcomes: ReportOutcome[] = [];
  let split: MarketplaceSplit | null = null;
  let reading = { wanted: [marketplaceByCode(defaultMarketplaceCode)], known: false };
  try {
    split = splitByMarketplace(checked, (key) => argumentNames[key]);
    reading = marketplacesToRead(split, marketplaceCode);
  } catch (error) {
    // What stops every function comes first; the rows are then read as the US's, every row.
    outcomes.push({ source: 'marketplace', problems: [], error: error as Error });
    split = null;
  }
  // A marketplace the reports have no orders of: every function refuses it, and so says this.
  const named = namedMarketplace(marketplaceCode);
  const refusal = split && named ? namedWithoutOrders(named, split) : null;
  if (refusal) outcomes.push({ source: 'marketplace', problems: [], error: refusal });
  const whole = split === null || readsWhole(split, reading.wanted);
  const errors = new Set<string>();
  for (const marketplace of reading.wanted) {
    const rowsOf = (key: keyof HealthRanges) =>
      split?.rowsFor(key, marketplace.code, whole) ?? undefined;
    const read = readMarketplaceReports(
      checked,
      marketplace,
      reading.known,
      rowsOf,
      sheetTimeZone,
      asOfDay,
    );
    for (const outcome of read.outcomes) {
      if (outcome.error) {
        if (errors.has(outcome.error.message)) continue;
        errors.add(outcome.error.message);
      }
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

/**
 * The reports read per marketplace, each marketplace's rows in its own time zone with its own
 * day order. With `marketplaceCode` only that marketplace is read. Without it, every marketplace
 * the `sales-channel` columns name is read apart; with none named, the marketplace of the order
 * rows' currency, else the US (see `marketplacesToRead`). While the reports hold one marketplace,
 * every row is its own except `Non-Amazon` orders (see `marketplace-rows.ts`); while they mix
 * several, a row follows its order and a row whose order
 * is in no order report is listed in `unplaced`. `sheetTimeZone` is the spreadsheet's zone: a
 * `Date` cell is read as its wall clock there, taken as the same wall clock in the marketplace
 * (Sheets puts a typed date at midnight of the spreadsheet's zone). `asOfDay`, the as_of the
 * seller gave: an order up to that day is theirs, however long the pause before it. `unread`: the
 * columns the caller does not use, left unread and unchecked (see `UnreadColumns`).
 */
export function readHealthByMarketplace(
  ranges: HealthRanges,
  marketplaceCode?: string,
  sheetTimeZone?: string,
  asOfDay?: string,
  unread?: UnreadColumns,
): HealthRead {
  const checked = checkedRanges(ranges);
  const split = splitByMarketplace(checked, (key) => argumentNames[key]);
  const { wanted, known } = marketplacesToRead(split, marketplaceCode);
  const whole = readsWhole(split, wanted);
  const marketplaces = wanted.map((marketplace) => ({
    marketplace,
    input: readMarketplace(
      checked,
      marketplace,
      known,
      (key) => split.rowsFor(key, marketplace.code, whole),
      sheetTimeZone,
      asOfDay,
      unread,
    ),
  }));
  const unplaced = whole
    ? []
    : split.unplaced().map(({ key, kind, rows }) => ({
        source: argumentNames[key],
        report: kind,
        rows: rows.map((index) => index + 1),
      }));
  return {
    marketplaces,
    found: split.found,
    // Counted only when a message names them: it takes a map of every order ID.
    get orderCounts() {
      return split.orderCounts;
    },
    unplaced,
  };
}

/** "UK (Amazon.co.uk, 40 orders) and DE (Amazon.de, 60 orders)". */
function foundList(read: Pick<HealthRead, 'found' | 'orderCounts'>): string {
  const items = read.found.map((m) => {
    const count = read.orderCounts.get(m.code) ?? 0;
    return `${m.code} (${m.salesChannel}, ${count} order${count === 1 ? '' : 's'})`;
  });
  return wordList(items, 'and');
}

/** A marketplace named that reports of other marketplaces have no orders of: refused, naming those. */
function namedWithoutOrders(
  named: Marketplace,
  read: Pick<HealthRead, 'found' | 'orderCounts'>,
): Error | null {
  if (read.found.length === 0 || read.found.some((m) => m.code === named.code)) return null;
  return new Error(
    `marketplace: the order reports have no ${named.salesChannel} (${named.code}) orders; they have orders of ${foundList(read)}.`,
  );
}

/**
 * One marketplace of a read: the one named, or the only one. Refuses, naming the marketplaces
 * found, when the reports mix marketplaces and none is named, or when the one named has no orders
 * in reports that have other marketplaces' orders: Amazon never mixes two marketplaces in a rate.
 */
export function scopeToMarketplace(read: HealthRead, marketplaceCode?: string): MarketplaceHealth {
  const named = namedMarketplace(marketplaceCode);
  if (named) {
    const refusal = namedWithoutOrders(named, read);
    if (refusal) throw refusal;
    const scoped = read.marketplaces.find((m) => m.marketplace.code === named.code);
    if (scoped) return scoped;
  } else if (read.marketplaces.length === 1 && read.marketplaces[0]) {
    return read.marketplaces[0];
  }
  const [first] = read.found;
  throw new Error(
    `marketplace: the reports mix marketplaces: ${foundList(read)}. Amazon measures each marketplace apart: give the marketplace argument, e.g. "${first?.code ?? defaultMarketplaceCode}".`,
  );
}

/**
 * The records of one marketplace: the one named, else the only one the reports' `sales-channel`
 * names, else the US. Refuses when the reports mix marketplaces and none is named.
 */
export function readHealthInput(
  ranges: HealthRanges,
  marketplaceCode?: string,
  sheetTimeZone?: string,
  asOfDay?: string,
  unread?: UnreadColumns,
): { input: HealthInput; marketplace: Marketplace } {
  return scopeToMarketplace(
    readHealthByMarketplace(ranges, marketplaceCode, sheetTimeZone, asOfDay, unread),
    marketplaceCode,
  );
}

/** "4, 9, 12", "4, 9, 12, 15, 20 and 3 more". */
function rowList(rows: readonly number[]): string {
  return rows.slice(0, 5).join(', ') + (rows.length > 5 ? ` and ${rows.length - 5} more` : '');
}

/** "feedback: row 4, 9 of the Seller Feedback report: order in no order report, …". */
export function unplacedText(unplaced: UnplacedRows): string {
  return `${unplaced.source}: row ${rowList(unplaced.rows)} of the ${reportLabel(unplaced.report)}: order in no order report, so in no marketplace; not counted.`;
}

/** Why ACCOUNT_HEALTH has no row for a metric whose orders it has (see `LeftOutMetric`). */
export const leftOutText: Record<LeftOutMetric, string> = {
  lateShipmentRate:
    'shipments: Late Shipment Rate left out: the seller-fulfilled Order Report does not say which orders shipped; paste your shipping confirmations (order-id, ship-date, …) to measure it.',
  cancellationRate:
    'orders: Pre-fulfillment Cancel Rate left out: the Order Report does not say which orders were cancelled; paste the All Orders report to measure it.',
};

/** "claims: row 2 of the A-to-z Guarantee claims list: order in no order report, …". */
export function uncountedText(uncounted: UncountedDefects): string {
  const where = `row ${rowList(uncounted.rows)} of the ${reportLabel(uncounted.report)}`;
  if (uncounted.reason === 'channelUnknown') {
    return `${where}: order in no order report, and the download has no channel, so ODR cannot tell seller-fulfilled from FBA; not counted. Paste the orders report that lists the order.`;
  }
  return `${uncounted.source}: ${where}: order in no order report, so ODR cannot date it; not counted. Paste an orders report that goes back to the order's date.`;
}
