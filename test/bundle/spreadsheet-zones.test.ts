/**
 * Issue 7.1: dates typed in a spreadsheet of another time zone. Sheets turns a typed date into a
 * Date at midnight (or at the typed time) of the SPREADSHEET's zone; the seller means that day and
 * time in the marketplace (amazon.com: Pacific). The same typed sheet, and the same imported file,
 * must give the same results in a spreadsheet set to any zone. The built dist/ runs in the local
 * host, whose cells turn typed text into Dates in the spreadsheet's zone as Sheets does.
 */
import { describe, expect, it } from 'vitest';
import { type Dashboard, importText, startDashboard } from '../dashboard/helpers';

const zones = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Tokyo',
] as const;

/** `2026-11-<day>`. */
function day(n: number): string {
  return `2026-11-${String(n).padStart(2, '0')}`;
}

/** Orders 0-19 shipped; order 20 the seller cancelled. */
const orderCount = 21;
/**
 * Order i placed on day 1 + (i % 10) at 00:30, a time that is another day in any other zone, to
 * ship by 23:59:59 the same day; the cancelled one on the 10th.
 */
const placedDay = (i: number) => (i === 20 ? 10 : 1 + (i % 10));
/** Orders 0, 4, 8, 12, 16 were shipped one day after their ship-by day: 5 of 20. */
const late = (i: number) => i % 4 === 0;
const orderId = (i: number) => `113-0000000-${String(10_000_000 + i).slice(1)}`;

/** The sheets as a seller types them: every date and time is text Sheets turns into a Date. */
function typedSheets(): Record<string, string[][]> {
  const allOrders = [
    ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel', 'sales-channel'],
    ['sku', 'item-status', 'quantity', 'item-price', 'currency'],
  ].flat();
  const orderReport = [
    'order-id',
    'order-item-id',
    'purchase-date',
    'sku',
    'quantity-purchased',
    'sales-channel',
    'latest-ship-date',
    'latest-delivery-date',
  ];
  const shipments = [
    'order-id',
    'order-item-id',
    'ship-date',
    'carrier-code',
    'tracking-number',
    'tracking-valid',
    'delivered-date',
  ];
  const orders: string[][] = [allOrders];
  const mfn: string[][] = [orderReport];
  const confirmations: string[][] = [shipments];
  for (let i = 0; i < orderCount; i++) {
    const placed = placedDay(i);
    const status = i === 20 ? 'Cancelled' : 'Shipped';
    orders.push([
      orderId(i),
      `${day(placed)} 00:30`,
      status,
      'Merchant',
      'Amazon.com',
      'MUG-1',
      status,
      '1',
      '12.50',
      'USD',
    ]);
    // The Order Report lists orders still to ship or shipped; the cancelled one is not in it.
    if (i === 20) continue;
    mfn.push([
      orderId(i),
      `${String(i).padStart(14, '4')}`,
      `${day(placed)} 00:30`,
      'MUG-1',
      '1',
      'Amazon.com',
      `${day(placed)} 23:59:59`,
      `${day(placed + 4)} 23:59:59`,
    ]);
    confirmations.push([
      orderId(i),
      `${String(i).padStart(14, '4')}`,
      day(placed + (late(i) ? 1 : 0)),
      'UPS',
      `1Z${String(i).padStart(16, '0')}`,
      i === 1 ? 'FALSE' : 'TRUE',
      // Delivered at 00:30 on the promised day, or the day after it for every third order.
      `${day(placed + 4 + (i % 3 === 0 ? 1 : 0))} 00:30`,
    ]);
  }
  // A 1-star review of order 2, typed as a US date.
  const feedback = [
    ['Date', 'Rating', 'Comments', 'Order ID'],
    ['11/13/2026', '1', 'Arrived broken', orderId(2)],
  ];
  return { Orders: orders, 'Order Report': mfn, Shipments: confirmations, Feedback: feedback };
}

function typedDashboard(timeZone: string): Dashboard {
  const dashboard = startDashboard(timeZone);
  for (const [name, rows] of Object.entries(typedSheets())) {
    dashboard.host.spreadsheet.addSheetWithValues(name, rows);
  }
  dashboard.host.spreadsheet.addSheetWithValues('As of', [['2026-11-12']]);
  return dashboard;
}

/** Every custom function over the pasted rows, as the cells would show them. */
function results(dashboard: Dashboard, sheets: Record<string, string>) {
  const { addon, host } = dashboard;
  const range = (name: string | undefined) =>
    name === undefined
      ? undefined
      : addon.toRealm(host.spreadsheet.sheet(name).getDataRange().getValues());
  const orders = range(sheets.orders);
  const mfn = range(sheets.mfnOrders);
  const shipments = range(sheets.shipments);
  const feedback = range(sheets.feedback);
  // as_of typed in a cell: a Date at midnight of the spreadsheet's zone.
  const asOf = addon.toRealm(host.spreadsheet.sheet('As of').getRange('A1').getValue());
  const call = (name: string, ...args: unknown[]) => {
    const fn = addon.globals[name];
    if (!fn) throw new Error(`no ${name}`);
    try {
      return JSON.parse(JSON.stringify(fn(...args)));
    } catch (error) {
      return `threw: ${(error as Error).message}`;
    }
  };
  return {
    odr: call('ODR', mfn, feedback),
    lsr30: call('LATE_SHIPMENT_RATE', mfn, shipments, 30),
    lsr10AsOf: call('LATE_SHIPMENT_RATE', mfn, shipments, 10, asOf),
    cancellation: call('CANCELLATION_RATE', orders),
    vtr: call('VALID_TRACKING_RATE', mfn, shipments, asOf),
    otdr: call('ON_TIME_DELIVERY_RATE', mfn, shipments, 'classic', asOf),
    accountHealth: call('ACCOUNT_HEALTH', orders, mfn, shipments, feedback),
    recovery: call('RECOVERY_PLAN', orders, mfn, shipments, feedback),
    salesAtStake: call('SALES_AT_STAKE', orders),
    ordersToShip: call('ORDERS_TO_SHIP', orders, mfn, shipments, asOf),
    trends: call('HEALTH_TRENDS', orders, mfn, shipments, feedback),
  };
}

const typedSheetNames = {
  orders: 'Orders',
  mfnOrders: 'Order Report',
  shipments: 'Shipments',
  feedback: 'Feedback',
};

describe('dates typed in a spreadsheet of another time zone', () => {
  const byZone = new Map(
    zones.map((zone) => [zone, results(typedDashboard(zone), typedSheetNames)]),
  );
  const pacific = byZone.get('America/Los_Angeles');

  it('gives the rates counted by hand in a Pacific spreadsheet', () => {
    // 20 orders shipped by 10 Nov (the newest order's day); 5 shipped a day after their ship-by
    // day. The 1-star review is 1 of the Order Report's 20 orders.
    expect(pacific?.lsr30).toBeCloseTo(5 / 20, 10);
    expect(pacific?.odr).toBeCloseTo(1 / 20, 10);
    // 7 days to 10 Nov: 14 shipped orders of 4-10 Nov and the one the seller cancelled.
    expect(pacific?.cancellation).toBeCloseTo(1 / 15, 10);
    // 10 days to 12 Nov by ship-by day (3-12 Nov): the 16 shipped orders of 3-10 Nov, 4 late.
    expect(pacific?.lsr10AsOf).toBeCloseTo(4 / 16, 10);
  });

  for (const zone of zones.slice(1)) {
    it(`gives the same results in a spreadsheet set to ${zone}`, () => {
      const here = byZone.get(zone);
      expect(here?.lsr30).toBeCloseTo(0.25, 10);
      expect(here).toEqual(pacific);
    });
  }

  it('an imported file gives the same results as the typed sheet, in every zone', async () => {
    const file = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\n');
    const typed = typedSheets();
    for (const zone of zones) {
      const dashboard = startDashboard(zone);
      dashboard.host.spreadsheet.addSheetWithValues('As of', [['2026-11-12']]);
      const names: Record<string, string> = {};
      for (const [name, rows] of Object.entries(typed)) {
        const outcome = await importText(dashboard, `${name}.txt`, file(rows));
        expect(outcome.summary.problemCount).toBe(0);
        names[name] = outcome.summary.sheetName;
      }
      const imported = results(dashboard, {
        orders: names.Orders as string,
        mfnOrders: names['Order Report'] as string,
        shipments: names.Shipments as string,
        feedback: names.Feedback as string,
      });
      expect(imported).toEqual(pacific);
    }
  });
});
