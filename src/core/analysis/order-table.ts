/**
 * The seller's orders as columns: one row per order ID, gathered from the order reports, FBA
 * shipments, shipping confirmations and Amazon's ODR download. Columns rather than one object per
 * order because 100k orders must be read in a fraction of the 200 ms a breakdown may take.
 */
import { zoneOffsetMs } from '../calendar';
import type { HealthInput } from '../metrics/types';
import type { Channel } from '../reports/types';

/** Group keys of one order in one dimension: none, one (the usual case) or several. */
export type Keys = string | string[] | undefined;

/** Dimensions read from the order and its shipments. */
export type OrderDimension =
  | 'sku'
  | 'asin'
  | 'carrier'
  | 'shipService'
  | 'weekday'
  | 'handlingTime';

export interface OrderTable {
  rowOf: Map<string, number>;
  orderIds: string[];
  /** Days since 1970-01-01 of the order date in the marketplace zone; NaN when unknown. */
  day: Float64Array;
  /** 0: unknown, 1: MFN, 2: AFN. */
  channel: Uint8Array;
  /** 1 when a row of the order is not Cancelled: the order went ahead. */
  wentAhead: Uint8Array;
  /** 0 = Sunday … 6 = Saturday; -1 when the order date is unknown. */
  weekday: Int8Array;
  /** 0: 0–1 business days, 1: 2, 2: 3+; -1 when the order has no confirmation. */
  handlingTime: Int8Array;
  sku: Keys[];
  asin: Keys[];
  /** The ship service the buyer picked. */
  serviceLevel: Keys[];
  carrier: Keys[];
  /** The service the package went out with. */
  shipMethod: Keys[];
}

const channelCodes: Record<Channel, number> = { MFN: 1, AFN: 2 };

export function channelCode(channel: Channel): number {
  return channelCodes[channel];
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const handlingTimeNames = ['0–1 business days', '2 business days', '3+ business days'] as const;

function addKey(column: Keys[], row: number, value: string): void {
  const key = value.trim();
  if (key === '') return;
  const current = column[row];
  if (current === undefined) column[row] = key;
  else if (typeof current === 'string') {
    if (current !== key) column[row] = [current, key];
  } else if (!current.includes(key)) current.push(key);
}

/**
 * The carrier as the seller confirmed it. A carrier typed under "Other" is kept apart from the
 * same carrier picked from the list, because Amazon treats typed carriers as untracked.
 */
function carrierKey(code: string, name: string): string {
  const trimmedCode = code.trim();
  const trimmedName = name.trim();
  if (trimmedCode !== '' && trimmedCode.toLowerCase() !== 'other') return trimmedCode;
  if (trimmedName === '') return trimmedCode;
  return trimmedCode === '' ? trimmedName : `Other (${trimmedName})`;
}

/**
 * Calendar day numbers in the marketplace zone. The zone's offset is cached by the hour, and the
 * last hour is checked first: report rows come roughly in date order.
 */
function localDayReader(timeZone: string): (instant: number) => number {
  const offsets = new Map<number, number>();
  let lastHour = Number.NaN;
  let lastOffset = 0;
  return (instant) => {
    const hour = Math.floor(instant / hourMs);
    if (hour !== lastHour) {
      let offset = offsets.get(hour);
      if (offset === undefined) {
        offset = zoneOffsetMs(instant, timeZone);
        offsets.set(hour, offset);
      }
      lastHour = hour;
      lastOffset = offset;
    }
    return Math.floor((instant + lastOffset) / dayMs);
  };
}

/** Weekday of a day number: 1970-01-01 was a Thursday. */
function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * Business days (Monday to Friday) after the order day up to the confirmation day: ordered Friday
 * and confirmed Monday is 1. Public holidays are not known here, so they count as business days.
 * Counting stops at 3 because the groups end at "3+".
 */
function businessDaysCapped(fromDay: number, toDay: number): number {
  let count = 0;
  for (let day = fromDay + 1; day <= toDay && count < 3; day++) {
    const weekday = weekdayOfDay(day);
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

export function buildOrderTable(input: HealthInput, timeZone: string): OrderTable {
  // Typed columns sized for the most orders the rows can hold: no per-order allocation.
  const capacity =
    input.orders.length +
    input.fbaShipments.length +
    input.shipments.length +
    input.odrDefects.length;
  const table: OrderTable = {
    rowOf: new Map(),
    orderIds: [],
    day: new Float64Array(capacity),
    channel: new Uint8Array(capacity),
    wentAhead: new Uint8Array(capacity),
    weekday: new Int8Array(capacity).fill(-1),
    handlingTime: new Int8Array(capacity).fill(-1),
    sku: [],
    asin: [],
    serviceLevel: [],
    carrier: [],
    shipMethod: [],
  };
  const purchaseDate = new Float64Array(capacity).fill(Number.NaN);
  const firstConfirmation = new Float64Array(capacity).fill(Number.NaN);
  const rowFor = (orderId: string): number => {
    let row = table.rowOf.get(orderId);
    if (row === undefined) {
      row = table.orderIds.length;
      table.rowOf.set(orderId, row);
      table.orderIds.push(orderId);
    }
    return row;
  };

  let previousId = '';
  let previousRow = -1;
  for (const item of input.orders) {
    // An order's item rows usually follow each other.
    const row = item.orderId === previousId ? previousRow : rowFor(item.orderId);
    previousId = item.orderId;
    previousRow = row;
    if (Number.isNaN(purchaseDate[row])) purchaseDate[row] = item.purchaseDate;
    if (table.channel[row] === 0) table.channel[row] = channelCodes[item.channel];
    if (item.orderStatus !== 'Cancelled') table.wentAhead[row] = 1;
    addKey(table.sku, row, item.sku);
    addKey(table.asin, row, item.asin);
    addKey(table.serviceLevel, row, item.shipServiceLevel);
  }
  const fromOrderReports = table.orderIds.length;
  // FBA shipments add AFN orders the order reports lack; they have SKUs but no ASIN.
  for (const item of input.fbaShipments) {
    const row = rowFor(item.orderId);
    if (row < fromOrderReports) continue;
    if (Number.isNaN(purchaseDate[row])) purchaseDate[row] = item.purchaseDate;
    table.channel[row] = channelCodes.AFN;
    table.wentAhead[row] = 1;
    addKey(table.sku, row, item.sku);
  }
  for (const shipment of input.shipments) {
    const row = rowFor(shipment.orderId);
    table.wentAhead[row] = 1;
    addKey(table.carrier, row, carrierKey(shipment.carrierCode, shipment.carrierName));
    addKey(table.shipMethod, row, shipment.shipMethod);
    const confirmed = shipment.confirmedAt ?? shipment.shipDate;
    const earliest = firstConfirmation[row] ?? Number.NaN;
    if (Number.isNaN(earliest) || confirmed < earliest) firstConfirmation[row] = confirmed;
  }
  // Amazon's own ODR download dates orders the pasted order reports may not cover.
  for (const defect of input.odrDefects) {
    const row = rowFor(defect.orderId);
    if (Number.isNaN(purchaseDate[row])) purchaseDate[row] = defect.orderDate;
    if (table.channel[row] === 0 && defect.channel)
      table.channel[row] = channelCodes[defect.channel];
    table.wentAhead[row] = 1;
  }

  const localDay = localDayReader(timeZone);
  for (let row = 0; row < table.orderIds.length; row++) {
    const ordered = purchaseDate[row] ?? Number.NaN;
    if (Number.isNaN(ordered)) {
      table.day[row] = Number.NaN;
      continue;
    }
    const day = localDay(ordered);
    table.day[row] = day;
    table.weekday[row] = weekdayOfDay(day);
    const confirmed = firstConfirmation[row] ?? Number.NaN;
    if (!Number.isNaN(confirmed)) {
      table.handlingTime[row] = Math.max(0, businessDaysCapped(day, localDay(confirmed)) - 1);
    }
  }
  return table;
}

/** The order's keys in a dimension. */
export function orderKeys(table: OrderTable, dimension: OrderDimension, row: number): Keys {
  switch (dimension) {
    case 'sku':
      return table.sku[row];
    case 'asin':
      return table.asin[row];
    case 'carrier':
      return table.carrier[row];
    case 'shipService':
      return table.shipMethod[row] ?? table.serviceLevel[row];
    case 'weekday':
      return weekdayNames[table.weekday[row] ?? -1];
    case 'handlingTime':
      return handlingTimeNames[table.handlingTime[row] ?? -1];
  }
}
