/**
 * Reports that mix marketplaces, as a unified EU or North America account downloads them: each
 * marketplace's numbers must equal those of its own reports alone, read in its own time zone.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleReports, type SampleReports } from '../../../scripts/sample-data';
import {
  type HealthRanges,
  readHealthByMarketplace,
  readHealthInput,
  scopeToMarketplace,
} from '../../../src/core/health-input';
import type { Marketplace, MarketplaceCode } from '../../../src/core/marketplaces';
import { accountHealth, defaultAsOf } from '../../../src/core/metrics';
import type { HealthInput, MetricResult } from '../../../src/core/metrics/types';

function sample(marketplace: MarketplaceCode, seed: number): SampleReports {
  return generateSampleReports({ seed, orders: 400, days: 60, endDay: '2026-11-15', marketplace });
}

/** One report of two marketplaces: the header, then their rows interleaved. */
function mixed(a: string[][], b: string[][]): string[][] {
  expect(a[0]).toEqual(b[0]);
  const rows: string[][] = [];
  const [, ...left] = a;
  const [, ...right] = b;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i]) rows.push(left[i] as string[]);
    if (right[i]) rows.push(right[i] as string[]);
  }
  return [a[0] as string[], ...rows];
}

function ranges(r: SampleReports): HealthRanges {
  return {
    orders: r.allOrders,
    mfnOrders: r.sellerFulfilledOrders,
    shipments: r.shippingConfirmations,
    feedback: r.feedback,
    claims: r.claims,
    chargebacks: r.chargebacks,
  };
}

function mixedRanges(a: SampleReports, b: SampleReports): HealthRanges {
  const keys = Object.keys(a) as (keyof SampleReports)[];
  const out = {} as SampleReports;
  for (const key of keys) out[key] = mixed(a[key], b[key]);
  return ranges(out);
}

/** What a seller compares with Seller Central: the counts, windows and defects, not row numbers. */
function measured(input: HealthInput, marketplace: Marketplace): unknown[] {
  const asOf = defaultAsOf(input, marketplace.timeZone);
  return accountHealth(input, { marketplace, asOf, nearMargin: 0.2 }).map((r: MetricResult) => [
    r.metric,
    r.channel,
    r.windowDays,
    r.numerator,
    r.denominator,
    r.windowStart,
    r.windowEnd,
    r.defects.map((d) => `${d.orderId} ${d.day} ${d.detail}`).sort(),
  ]);
}

describe.each([
  ['UK', 'DE'],
  ['US', 'CA'],
] as const)('a report mixing %s and %s', (first, second) => {
  const a = sample(first, 31);
  const b = sample(second, 32);
  const both = mixedRanges(a, b);

  it('reads each marketplace apart, in the table order, with the numbers of its reports alone', () => {
    const read = readHealthByMarketplace(both);
    expect(read.marketplaces.map((m) => m.marketplace.code)).toEqual([first, second]);
    for (const [code, alone] of [
      [first, a],
      [second, b],
    ] as const) {
      const own = readHealthInput(ranges(alone));
      expect(own.marketplace.code).toBe(code);
      const fromMixed = scopeToMarketplace(read, code);
      expect(fromMixed.marketplace.timeZone).toBe(own.marketplace.timeZone);
      const expected = measured(own.input, own.marketplace);
      expect(expected.length).toBeGreaterThan(8);
      expect(measured(fromMixed.input, fromMixed.marketplace)).toEqual(expected);
      // Named: only that marketplace is read, with the same numbers.
      const named = readHealthInput(both, code);
      expect(measured(named.input, named.marketplace)).toEqual(expected);
    }
    expect(read.unplaced).toEqual([]);
  });

  it('keeps the row numbers of the mixed range in the records', () => {
    const { input } = readHealthInput(both, second);
    const orders = both.orders as string[][];
    for (const item of input.orders.slice(0, 20)) {
      expect(orders[item.row - 1]?.[0]).toBe(item.orderId);
    }
  });

  it('refuses one rate for two marketplaces, naming both and their order counts', () => {
    expect(() => readHealthInput(both)).toThrow(
      new RegExp(`mix marketplaces: ${first} \\(Amazon\\.[a-z.]+, \\d+ orders\\) and ${second} `),
    );
    expect(readHealthByMarketplace(both).found.map((m) => m.code)).toEqual([first, second]);
  });

  it('refuses a marketplace the reports have no orders of, naming those they have', () => {
    expect(() => readHealthInput(both, 'FR')).toThrow(
      new RegExp(`no Amazon.fr \\(FR\\) orders; they have orders of ${first} .* and ${second} `),
    );
  });
});

describe('rows that follow their order', () => {
  const uk = sample('UK', 41);
  const de = sample('DE', 42);
  const both = mixedRanges(uk, de);

  it('reports feedback, claims and shipments of orders in no order report, and counts them nowhere', () => {
    const feedback = both.feedback as string[][];
    const header = feedback[0] as string[];
    const stray = [...(feedback[1] as string[])];
    stray[header.indexOf('Order ID')] = '999-0000000-0000001';
    const withStray = { ...both, feedback: [...feedback, stray] };
    const read = readHealthByMarketplace(withStray);
    expect(read.unplaced).toEqual([
      { source: 'feedback', report: 'feedback', rows: [feedback.length + 1] },
    ]);
    const ukAlone = readHealthInput(ranges(uk));
    expect(measured(scopeToMarketplace(read, 'UK').input, ukAlone.marketplace)).toEqual(
      measured(ukAlone.input, ukAlone.marketplace),
    );
  });

  it('places a seller-fulfilled Order Report without sales-channel through the All Orders report', () => {
    const read = readHealthByMarketplace(both, 'DE');
    const ids = new Set(read.marketplaces[0]?.input.orders.map((o) => o.orderId));
    const mfn = (de.sellerFulfilledOrders as string[][]).slice(1).map((r) => r[0]);
    for (const id of mfn) expect(ids.has(id as string)).toBe(true);
    const ukIds = (uk.sellerFulfilledOrders as string[][]).slice(1).map((r) => r[0]);
    for (const id of ukIds) expect(ids.has(id as string)).toBe(false);
  });

  it('leaves Non-Amazon (Multi-Channel Fulfillment) orders out, with their feedback', () => {
    const us = sample('US', 43);
    const orders = us.allOrders as string[][];
    const header = orders[0] as string[];
    const channel = header.indexOf('sales-channel');
    const idColumn = header.indexOf('amazon-order-id');
    const mcf = orders.slice(1, 40).map((r, n) => {
      const copy = [...r];
      copy[channel] = 'Non-Amazon';
      copy[idColumn] = `S01-${String(n).padStart(7, '0')}-0000000`;
      return copy;
    });
    const feedback = us.feedback as string[][];
    const fbHeader = feedback[0] as string[];
    const onMcf = [...(feedback[1] as string[])];
    onMcf[fbHeader.indexOf('Order ID')] = mcf[0]?.[idColumn] as string;
    onMcf[fbHeader.indexOf('Rating')] = '1';
    const withMcf = {
      ...ranges(us),
      orders: [...orders, ...mcf],
      feedback: [...feedback, onMcf],
    };
    const alone = readHealthInput(ranges(us));
    const read = readHealthInput(withMcf);
    expect(read.marketplace.code).toBe('US');
    expect(read.input.orders.some((o) => o.salesChannel === 'Non-Amazon')).toBe(false);
    expect(measured(read.input, read.marketplace)).toEqual(
      measured(alone.input, alone.marketplace),
    );
  });

  it('names the row of a sales channel it does not know', () => {
    const orders = (uk.allOrders as string[][]).map((r) => [...r]);
    const channel = (orders[0] as string[]).indexOf('sales-channel');
    (orders[3] as string[])[channel] = 'Amazon.xx';
    expect(() => readHealthInput({ orders })).toThrow(
      /orders: row 4 of the All Orders report, column "sales-channel", has "Amazon.xx"; expected an Amazon marketplace/,
    );
  });

  it('reads a single-marketplace report as before: no split, no unplaced rows', () => {
    const read = readHealthByMarketplace(ranges(uk));
    expect(read.marketplaces).toHaveLength(1);
    expect(read.unplaced).toEqual([]);
    expect(read.marketplaces[0]?.input.orders).toHaveLength(
      uk.allOrders.length - 1 + (uk.sellerFulfilledOrders.length - 1),
    );
  });
});

describe("each marketplace's own time zone", () => {
  const header = [
    'amazon-order-id',
    'purchase-date',
    'order-status',
    'fulfillment-channel',
    'sales-channel',
    'sku',
    'quantity',
  ];
  const orders = [
    header,
    [
      '202-0000000-0000001',
      '2026-11-10T10:00:00+00:00',
      'Shipped',
      'Merchant',
      'Amazon.co.uk',
      'A',
      '1',
    ],
    [
      '302-0000000-0000002',
      '2026-11-10T10:00:00+00:00',
      'Shipped',
      'Merchant',
      'Amazon.de',
      'A',
      '1',
    ],
  ];
  const shipments = [
    ['order-id', 'ship-date', 'carrier-code', 'tracking-number'],
    ['302-0000000-0000002', '2026-11-11', 'DHL', 'T2'],
    ['202-0000000-0000001', '2026-11-11', 'Royal Mail', 'T1'],
  ];

  it("reads a date without a time in the zone of the row's marketplace", () => {
    const read = readHealthByMarketplace({ orders, shipments });
    const uk = scopeToMarketplace(read, 'UK').input.shipments;
    const de = scopeToMarketplace(read, 'DE').input.shipments;
    expect(uk.map((s) => [s.row, s.shipDate])).toEqual([[3, Date.UTC(2026, 10, 11)]]);
    // Midnight in Berlin is 23:00 UTC the day before.
    expect(de.map((s) => [s.row, s.shipDate])).toEqual([[2, Date.UTC(2026, 10, 10, 23)]]);
  });
});
