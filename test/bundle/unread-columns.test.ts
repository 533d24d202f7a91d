/**
 * The rates, and RECOVERY_PLAN and HEALTH_TRENDS made from them, leave unread the columns no
 * metric uses (src/core/metrics/unread-columns.ts). What a seller checks, through the built add-on
 * on the sample reports: one bad cell, in any column of the order reports or the shipping
 * confirmations, at any row, either stops a function with a message naming the report, the row
 * and the column, or leaves its answer exactly as it is without that typo. Never a third outcome:
 * an answer that moved without a word (order IDs aside: any text is one, so a typo there is
 * another order). A money or label typo leaves every rate, plan and trend as it was, and
 * SALES_AT_STAKE, which adds prices up, still refuses it.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { sampleReports } from '../generated-reports';

const root = join(__dirname, '../..');
/** The sample reports' first 400 rows: every call below reads them again. */
const samples = Object.fromEntries(
  Object.entries(sampleReports()).map(([name, rows]) => [name, rows.slice(0, 401)]),
) as ReturnType<typeof sampleReports>;

let addon: LoadedAddon;
beforeAll(() => {
  addon = createLocalHost().load(join(root, 'dist'));
});

type Reports = typeof samples;

/** Each function that reads `report` (all when omitted) as the cell shows it: its value, or the message it threw. */
function rates(r: Reports, report?: Varied): Record<string, unknown> {
  const call = (name: string, ...args: unknown[]) => {
    try {
      return JSON.parse(JSON.stringify(addon.globals[name]?.(...addon.toRealm(args))));
    } catch (error) {
      return { threw: (error as Error).message };
    }
  };
  const defects = [r.feedback, r.claims, r.chargebacks];
  const calls: Record<string, [Varied[], () => unknown]> = {
    ODR: [['orders'], () => call('ODR', r.orders, ...defects)],
    LATE_SHIPMENT_RATE: [
      ['mfnOrders', 'shipments'],
      () => call('LATE_SHIPMENT_RATE', r.mfnOrders, r.shipments, 30),
    ],
    CANCELLATION_RATE: [['orders'], () => call('CANCELLATION_RATE', r.orders, 7)],
    VALID_TRACKING_RATE: [
      ['orders', 'shipments'],
      () => call('VALID_TRACKING_RATE', r.orders, r.shipments),
    ],
    ON_TIME_DELIVERY_RATE: [
      ['mfnOrders', 'shipments'],
      () => call('ON_TIME_DELIVERY_RATE', r.mfnOrders, r.shipments, 'unit'),
    ],
    ACCOUNT_HEALTH: [
      ['orders', 'mfnOrders', 'shipments'],
      () => call('ACCOUNT_HEALTH', r.orders, r.mfnOrders, r.shipments, ...defects),
    ],
    RECOVERY_PLAN: [
      ['orders', 'mfnOrders', 'shipments'],
      () => call('RECOVERY_PLAN', r.orders, r.mfnOrders, r.shipments, ...defects),
    ],
    HEALTH_TRENDS: [
      ['orders', 'mfnOrders', 'shipments'],
      () => call('HEALTH_TRENDS', r.orders, r.mfnOrders, r.shipments, ...defects),
    ],
  };
  const shown: Record<string, unknown> = {};
  for (const [name, [reads, value]] of Object.entries(calls)) {
    if (report === undefined || reads.includes(report)) shown[name] = value();
  }
  return shown;
}

const reportLabels = {
  orders: 'All Orders report',
  mfnOrders: 'seller-fulfilled Order Report',
  shipments: 'shipping confirmation file',
} as const;
type Varied = keyof typeof reportLabels;
const sources: Record<Varied, string> = {
  orders: 'orders',
  mfnOrders: 'mfn_orders',
  shipments: 'shipments',
};

/** What a seller's typo can put in a cell: a word, a mistyped year, an amount of 400 nines. */
const typos = ['two', '2062-08-20T00:53:51+00:00', '9'.repeat(400)];

function withCell(range: unknown[][], row: number, column: number, value: unknown): unknown[][] {
  return range.map((cells, i) =>
    i === row - 1 ? cells.map((c, j) => (j === column ? value : c)) : cells,
  );
}

describe('a typo in any column of the order reports and the confirmations', () => {
  it('stops a function naming its row and column, or leaves its answer as it was', {
    timeout: 120_000,
  }, () => {
    const clean = rates(samples);
    const outcomes = { refused: 0, unchanged: 0, moved: [] as string[] };
    for (const report of Object.keys(reportLabels) as Varied[]) {
      const range = samples[report];
      const header = (range[0] ?? []).map(String);
      header.forEach((column, c) => {
        // Any text is an order ID: a typo there is another order, which no reader can tell.
        if (/order-id$/.test(column)) return;
        // Rows spread over the report, a different one for each column and typo.
        typos.forEach((typo, t) => {
          const row = 2 + ((c * 37 + t * 101) % (range.length - 1));
          const shown = rates({ ...samples, [report]: withCell(range, row, c, typo) }, report);
          for (const [name, value] of Object.entries(shown)) {
            const message = (value as { threw?: string }).threw;
            const named = `${sources[report]}: row ${row} of the ${reportLabels[report]}, column "${column}"`;
            if (message?.startsWith(named)) outcomes.refused++;
            else if (JSON.stringify(value) === JSON.stringify(clean[name])) outcomes.unchanged++;
            else outcomes.moved.push(`${name} with ${typo} in ${report} ${column} row ${row}`);
          }
        });
      });
    }
    expect(outcomes.moved.join('\n')).toBe('');
    // Both outcomes occur: the typos reach columns the functions read and columns they leave unread.
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.unchanged).toBeGreaterThan(100);
    console.log(
      `one typo per call: ${outcomes.refused} refused naming the cell, ${outcomes.unchanged} left the answer as it was, ${outcomes.moved.length} moved it`,
    );
  });

  it('in item-price, currency or ship-service-level, leaves every rate, plan and trend as it was', () => {
    const clean = rates(samples);
    const header = (samples.orders[0] ?? []).map(String);
    for (const column of ['item-price', 'currency', 'ship-service-level']) {
      const c = header.indexOf(column);
      expect(c, column).toBeGreaterThanOrEqual(0);
      const orders = withCell(samples.orders, 12, c, '9'.repeat(400));
      expect(rates({ ...samples, orders }), column).toEqual(clean);
    }
    const c = header.indexOf('item-price');
    const orders = withCell(samples.orders, 12, c, 'twelve');
    const stake = () =>
      addon.globals.SALES_AT_STAKE?.(...addon.toRealm([orders, samples.fbaShipments]));
    expect(stake).toThrow('orders: row 12 of the All Orders report, column "item-price"');
  });
});
