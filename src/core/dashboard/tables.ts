/**
 * The tables the dashboard's custom functions spill onto the Health sheet: the recovery plan, the
 * daily trends, the sales at stake and the seller-fulfilled orders still to ship. Cells are text
 * or numbers; days are `yyyy-mm-dd` text, like ACCOUNT_HEALTH's window columns.
 */
import type { RecoveryPlan } from '../analysis/recovery';
import {
  type HealthTrends,
  type TrendChartId,
  type TrendSeries,
  trendDays,
} from '../analysis/trends';
import { type DayWindow, dayKey, daysBetween, dayWindow, inWindow } from '../calendar';
import { metricTitle, statusLabels, targetText } from '../health-table';
import type { Marketplace } from '../marketplaces';
import { HealthData } from '../metrics/health-data';
import type { HealthInput } from '../metrics/types';
import type { Channel, OrderItem } from '../reports/types';

export type TableCell = string | number;

export const recoveryHeader = [
  'Metric',
  'Channel',
  'Status',
  'Rate',
  'Target',
  'Under target from',
  'Fine from',
  'Defect-free orders needed: under target',
  'Defect-free orders needed: fine',
  'Order ID',
  'Defect',
  'Counted on',
  'Leaves the window on',
  'Rate after it leaves',
] as const;

/**
 * One row per breached or near metric with its way back, then one row per counted defect, oldest
 * first. The metric's name repeats on its defect rows so the table can be filtered.
 */
export function recoveryTable(plans: readonly RecoveryPlan[]): TableCell[][] {
  const rows: TableCell[][] = [[...recoveryHeader]];
  if (plans.length === 0) {
    rows.push(['No metric is breached or near its target.', ...blank(recoveryHeader.length - 1)]);
    return rows;
  }
  for (const plan of plans) {
    const r = plan.result;
    const metric = metricTitle(r);
    rows.push([
      metric,
      r.channel,
      statusLabels[r.status],
      r.value ?? '',
      targetText(r),
      plan.underTargetOn ?? '',
      plan.fineOn ?? '',
      plan.neededForTarget ?? '',
      plan.neededForFine ?? '',
      ...blank(5),
    ]);
    for (const exit of plan.exits) {
      rows.push([
        metric,
        r.channel,
        ...blank(7),
        exit.defect.orderId,
        exit.defect.detail,
        exit.defect.day,
        exit.leavesOn,
        exit.rateAfter,
      ]);
    }
  }
  return rows;
}

function blank(count: number): string[] {
  return Array.from({ length: count }, () => '');
}

/** A column of the trends table: the day, a series, or a series' target (drawn as a line). */
export type TrendColumn =
  | { type: 'day'; title: string }
  | { type: 'series'; title: string; chart: TrendChartId; series: number }
  | { type: 'target'; title: string; chart: TrendChartId; target: number };

const targetTitles: Record<TrendChartId, string> = {
  odr: 'ODR target',
  lsr: 'LSR target',
  cancellation: 'Cancel Rate target',
  vtr: 'VTR target',
  otdr: 'OTDR target',
};

/**
 * The trends table's columns: the day, then for each chart its series and its target, side by
 * side so a chart reads one block. A chart whose series have different targets (classic OTDR 97%,
 * the US unit rate 90%) gets one target column per series.
 */
export function trendColumns(series: readonly TrendSeries[]): TrendColumn[] {
  // The header says how far back the table goes.
  const columns: TrendColumn[] = [{ type: 'day', title: `Day (the ${trendDays} days to as-of)` }];
  const charts = [...new Set(series.map((s) => s.chart))];
  for (const chart of charts) {
    const members = series.flatMap((s, index) => (s.chart === chart ? [{ s, index }] : []));
    for (const { s, index } of members) {
      columns.push({ type: 'series', title: s.title, chart, series: index });
    }
    const targets = [...new Set(members.map(({ s }) => s.target))];
    if (targets.length === 1) {
      columns.push({ type: 'target', title: targetTitles[chart], chart, target: targets[0] ?? 0 });
      continue;
    }
    for (const { s } of members) {
      columns.push({ type: 'target', title: `${s.title} target`, chart, target: s.target });
    }
  }
  return columns;
}

export function trendsTable(trends: HealthTrends): TableCell[][] {
  const columns = trendColumns(trends.series);
  const rows: TableCell[][] = [columns.map((c) => c.title)];
  trends.days.forEach((day, d) => {
    rows.push(
      columns.map((column) => {
        if (column.type === 'day') return day;
        if (column.type === 'target') return column.target;
        return trends.values[column.series]?.[d] ?? '';
      }),
    );
  });
  return rows;
}

export const salesHeader = [
  'Channel',
  'Currency',
  'Orders (30 days)',
  'Sales (30 days)',
  'Orders (60 days)',
  'Sales (60 days)',
] as const;

const channelNames: Record<Channel, string> = {
  MFN: 'Seller-fulfilled (MFN)',
  AFN: 'FBA (AFN)',
};

/**
 * What a restriction would put at stake: orders and sales (item prices, which are totals for the
 * quantity [reference 3.1]) of the last 30 and 60 days by channel and currency, by order date.
 * Cancelled items are left out; a pending order counts with the price it shows (often none yet).
 * FBA shipment rows add the AFN orders the orders report does not list.
 */
export function salesAtStake(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: string,
): TableCell[][] {
  const timeZone = marketplace.timeZone;
  const windows = [dayWindow(asOf, 30, timeZone), dayWindow(asOf, 60, timeZone)];

  interface Totals {
    orders: Set<string>[];
    sales: number[];
  }
  const groups = new Map<string, Totals>();
  // Rows repeat a few channel and currency pairs: each pair's key is made once, not per row.
  const byCurrency: Record<Channel | 'All', Map<string, Totals>> = {
    MFN: new Map(),
    AFN: new Map(),
    All: new Map(),
  };
  const totalsOf = (channel: Channel | 'All', currency: string): Totals => {
    let totals = byCurrency[channel].get(currency);
    if (!totals) {
      const key = `${channel}\u0000${currency}`;
      totals = groups.get(key);
      if (!totals) {
        totals = { orders: windows.map(() => new Set()), sales: windows.map(() => 0) };
        groups.set(key, totals);
      }
      byCurrency[channel].set(currency, totals);
    }
    return totals;
  };
  const addTo = (totals: Totals, w: number, orderId: string, price: number) => {
    totals.orders[w]?.add(orderId);
    totals.sales[w] = (totals.sales[w] ?? 0) + price;
  };
  /** One item line, in the order of the reports' rows (the sums add in that order). */
  const add = (
    orderId: string,
    purchaseDate: number,
    channel: Channel,
    currency: string,
    price: number,
  ) => {
    for (let w = 0; w < windows.length; w++) {
      if (!inWindow(purchaseDate, windows[w] as DayWindow)) continue;
      addTo(totalsOf(channel, currency), w, orderId, price);
      addTo(totalsOf('All', currency), w, orderId, price);
    }
  };
  const listed = new Set<string>();
  for (const item of input.orders) {
    listed.add(item.orderId);
    // A cancelled item, by its own status or else its order's, is no sale.
    if ((item.itemStatus ?? item.orderStatus) === 'Cancelled') continue;
    add(item.orderId, item.purchaseDate, item.channel, item.currency, item.itemPrice ?? 0);
  }
  for (const row of input.fbaShipments) {
    if (listed.has(row.orderId)) continue;
    add(row.orderId, row.purchaseDate, 'AFN', row.currency, row.itemPrice ?? 0);
  }

  const rows: TableCell[][] = [[...salesHeader]];
  const channelsSeen = new Set([...groups.keys()].map((key) => key.split('\u0000')[0]));
  const order: (Channel | 'All')[] = ['MFN', 'AFN', 'All'];
  for (const channel of order) {
    // "All" repeats a single channel's row: shown only when both channels sold.
    if (channel === 'All' && channelsSeen.size < 3) continue;
    const keys = [...groups.keys()].filter((key) => key.startsWith(`${channel}\u0000`)).sort();
    for (const key of keys) {
      const totals = groups.get(key) as Totals;
      rows.push([
        channel === 'All' ? 'All channels' : channelNames[channel],
        key.split('\u0000')[1] ?? '',
        totals.orders[0]?.size ?? 0,
        roundCents(totals.sales[0] ?? 0),
        totals.orders[1]?.size ?? 0,
        roundCents(totals.sales[1] ?? 0),
      ]);
    }
  }
  if (rows.length === 1) rows.push([`No orders in the 60 days ending ${asOf}.`, ...blank(5)]);
  return rows;
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/**
 * An order's items that wait, by item (SKU, else ASIN, else name, as the order merge keys them):
 * units (an item on two lines, as with two promotions, once: its largest quantity) and its SKU.
 * An Unshipped order may have a cancelled item, and ships without it: an item with a Cancelled
 * line keeps only the units of its lines All Orders still lists (another line of the same SKU),
 * not those of the Order Report, which has no item status.
 */
interface UnshippedItems {
  units: Map<string, number>;
  /** Units of the lines with an item status other than Cancelled. */
  listed: Map<string, number>;
  skus: Map<string, string>;
  cancelled: Set<string>;
}

function noItems(): UnshippedItems {
  return { units: new Map(), listed: new Map(), skus: new Map(), cancelled: new Set() };
}

/** Adds an item row to its order's items in `orders`. */
function addItemRow(orders: Map<string, UnshippedItems>, row: OrderItem): void {
  const items = orders.get(row.orderId) ?? noItems();
  orders.set(row.orderId, items);
  const key = row.sku.trim() || row.asin.trim() || row.productName.trim();
  if (row.itemStatus === 'Cancelled') {
    items.cancelled.add(key);
    return;
  }
  if (row.sku !== '') items.skus.set(key, row.sku);
  const units = row.itemStatus === null ? items.units : items.listed;
  units.set(key, Math.max(units.get(key) ?? 0, row.quantity));
}

/** The units that wait, by item. */
function waitingUnits(items: UnshippedItems): Map<string, number> {
  const waiting = new Map(items.listed);
  for (const [key, n] of items.units) {
    if (!items.cancelled.has(key)) waiting.set(key, Math.max(waiting.get(key) ?? 0, n));
  }
  return waiting;
}

function sum(units: Map<string, number>): number {
  let total = 0;
  for (const n of units.values()) total += n;
  return total;
}

/**
 * The partly shipped orders (items the All Orders report lists as Unshipped, by order) that still
 * wait: seller-fulfilled, not cancelled, with a ship-by date, and not every unit of the items not
 * cancelled confirmed since (a confirmation file newer than the report may list the rest).
 * Confirmed units are those the rows say: a row's quantity; for a row naming an item without one,
 * the item's quantity in the Order Report (the whole item, Amazon's template says), else 1; a row
 * naming neither says nothing of how much it shipped, and a row pasted twice counts once.
 */
function partlyShippedOrders(
  data: HealthData,
  partly: Map<string, UnshippedItems>,
): Map<string, UnshippedItems> {
  if (partly.size === 0) return partly;
  const ordered = new Map<string, UnshippedItems>();
  const itemUnits = new Map<string, number>();
  for (const row of data.input.orders) {
    if (!partly.has(row.orderId)) continue;
    addItemRow(ordered, row);
    if (row.orderItemId) itemUnits.set(row.orderItemId.trim(), row.quantity);
  }
  const confirmedUnits = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of data.input.shipments) {
    if (!partly.has(row.orderId)) continue;
    const item = row.orderItemId.trim();
    const units = row.quantity ?? (item === '' ? 0 : (itemUnits.get(item) ?? 1));
    const key = `${row.orderId}|${row.trackingNumber}|${row.shipDate}|${item}|${units}`;
    if (units === 0 || seen.has(key)) continue;
    seen.add(key);
    confirmedUnits.set(row.orderId, (confirmedUnits.get(row.orderId) ?? 0) + units);
  }
  const waiting = new Map<string, UnshippedItems>();
  for (const [orderId, rest] of partly) {
    const order = data.orders.get(orderId);
    if (order?.channel !== 'MFN' || order.cancelled || order.latestShipDate === null) {
      continue;
    }
    const items = ordered.get(orderId);
    if ((confirmedUnits.get(orderId) ?? 0) >= (items ? sum(waitingUnits(items)) : order.units)) {
      continue;
    }
    waiting.set(orderId, rest);
  }
  return waiting;
}

export const ordersToShipHeader = [
  'Order ID',
  'Ship by',
  'Days left',
  'Deliver by',
  'SKU',
  'Units',
] as const;

/**
 * Seller-fulfilled orders still waiting to ship, the most urgent first: not cancelled, no report
 * shows them shipped and no shipping confirmation lists them; and partly shipped orders, with the
 * items the All Orders report still lists as Unshipped. Pending orders are left out: Amazon
 * has not confirmed their payment, and they must not ship yet [reference 1.3]. Days left count from
 * the as-of day to the ship-by day (negative: overdue, already late for LSR). Order IDs and SKUs
 * only: no buyer data. `data` is the input's orders as the metrics merged them, when a caller that
 * measured them already has it (the Plan of Action), so they are not merged twice.
 */
export function ordersToShip(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: string,
  data: HealthData = new HealthData(input),
): TableCell[][] {
  const timeZone = marketplace.timeZone;
  // The orders that may still be waiting, then their items only: a set of SKUs for every order
  // of the report would grow the heap faster than the rows (the bench's growth from 10,000 rows).
  const unshipped = new Map<string, UnshippedItems & { pending: boolean; notPending: boolean }>();
  for (const order of data.orderList) {
    if (
      order.channel === 'MFN' &&
      !order.cancelled &&
      !order.shipmentConfirmed &&
      order.latestShipDate !== null &&
      // No confirmation row lists it: every such row gave its order a confirmation or ship time
      // (mergeShipments), so no map of every order's confirmations is needed.
      order.lastConfirmedAt === null &&
      order.lastTypedShipDate === null
    ) {
      unshipped.set(order.orderId, { ...noItems(), pending: false, notPending: false });
    }
  }
  // Partly shipped: the All Orders report says an item of a PartiallyShipped order is still
  // Unshipped. Only those items wait, and only their units.
  const partly = new Map<string, UnshippedItems>();
  for (const item of input.orders) {
    const items = unshipped.get(item.orderId);
    if (!items) {
      if (item.orderStatus === 'PartiallyShipped' && item.itemStatus === 'Unshipped') {
        addItemRow(partly, item);
      }
      continue;
    }
    addItemRow(unshipped, item);
    if (item.orderStatus === 'Pending') items.pending = true;
    else items.notPending = true;
  }
  const partlyShipped = partlyShippedOrders(data, partly);
  const waiting = data.orderList.filter((order) => {
    if (partlyShipped.has(order.orderId)) return true;
    const items = unshipped.get(order.orderId);
    return items !== undefined && !(items.pending && !items.notPending);
  });
  waiting.sort(
    (a, b) => (a.latestShipDate ?? 0) - (b.latestShipDate ?? 0) || (a.orderId < b.orderId ? -1 : 1),
  );
  const rows: TableCell[][] = [[...ordersToShipHeader]];
  for (const order of waiting) {
    const shipBy = dayKey(order.latestShipDate ?? 0, timeZone);
    const items = partlyShipped.get(order.orderId) ?? unshipped.get(order.orderId) ?? noItems();
    const units = waitingUnits(items);
    const skus = new Set([...units.keys()].flatMap((key) => items.skus.get(key) ?? []));
    rows.push([
      order.orderId,
      shipBy,
      daysBetween(asOf, shipBy),
      order.latestDeliveryDate === null ? '' : dayKey(order.latestDeliveryDate, timeZone),
      [...skus].sort().join(', '),
      units.size > 0 ? sum(units) : order.units,
    ]);
  }
  if (rows.length === 1) rows.push(['No seller-fulfilled order is waiting to ship.', ...blank(5)]);
  return rows;
}
