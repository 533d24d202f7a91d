/**
 * SALES_AT_STAKE's table as first written (a line object per item, a key string per item, window
 * and channel): the reference `salesAtStake` of src/core/dashboard/tables.ts is checked against.
 */
import { dayWindow, inWindow } from '../../src/core/calendar';
import { salesHeader, type TableCell } from '../../src/core/dashboard/tables';
import type { Marketplace } from '../../src/core/marketplaces';
import type { HealthInput } from '../../src/core/metrics/types';
import type { Channel, OrderItem } from '../../src/core/reports/types';

function blank(count: number): string[] {
  return Array.from({ length: count }, () => '');
}

const channelNames: Record<Channel, string> = {
  MFN: 'Seller-fulfilled (MFN)',
  AFN: 'FBA (AFN)',
};

interface SalesLine {
  orderId: string;
  purchaseDate: number;
  channel: Channel;
  currency: string;
  price: number;
  cancelled: boolean;
}

function salesLineOfItem(item: OrderItem): SalesLine {
  const status = item.itemStatus ?? item.orderStatus;
  return {
    orderId: item.orderId,
    purchaseDate: item.purchaseDate,
    channel: item.channel,
    currency: item.currency,
    price: item.itemPrice ?? 0,
    cancelled: status === 'Cancelled',
  };
}

/**
 * What a restriction would put at stake: orders and sales (item prices, which are totals for the
 * quantity [reference 3.1]) of the last 30 and 60 days by channel and currency, by order date.
 * Cancelled items are left out; a pending order counts with the price it shows (often none yet).
 * FBA shipment rows add the AFN orders the orders report does not list.
 */
export function referenceSalesAtStake(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: string,
): TableCell[][] {
  const timeZone = marketplace.timeZone;
  const windows = [dayWindow(asOf, 30, timeZone), dayWindow(asOf, 60, timeZone)];
  const lines = input.orders.map(salesLineOfItem);
  const listed = new Set(input.orders.map((item) => item.orderId));
  for (const row of input.fbaShipments) {
    if (listed.has(row.orderId)) continue;
    lines.push({
      orderId: row.orderId,
      purchaseDate: row.purchaseDate,
      channel: 'AFN',
      currency: row.currency,
      price: row.itemPrice ?? 0,
      cancelled: false,
    });
  }

  interface Totals {
    orders: Set<string>[];
    sales: number[];
  }
  const groups = new Map<string, Totals>();
  const totalsOf = (key: string): Totals => {
    let totals = groups.get(key);
    if (!totals) {
      totals = { orders: windows.map(() => new Set()), sales: windows.map(() => 0) };
      groups.set(key, totals);
    }
    return totals;
  };
  for (const line of lines) {
    if (line.cancelled) continue;
    windows.forEach((window, w) => {
      if (!inWindow(line.purchaseDate, window)) return;
      for (const channel of [line.channel, 'All'] as const) {
        const totals = totalsOf(`${channel}\u0000${line.currency}`);
        totals.orders[w]?.add(line.orderId);
        totals.sales[w] = (totals.sales[w] ?? 0) + line.price;
      }
    });
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
