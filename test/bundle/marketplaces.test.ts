/**
 * Reports that mix marketplaces through the built add-on, called as Sheets calls it: each
 * marketplace's numbers equal those of its own reports alone; left out, ACCOUNT_HEALTH gives each
 * marketplace's rows apart and every single-rate function refuses, naming the marketplaces found.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { generateSampleReports, type SampleReports } from '../../scripts/sample-data';
import { type MarketplaceCode, marketplaceByCode } from '../../src/core/marketplaces';

type Fn = (...args: unknown[]) => unknown;
let call: (name: string, ...args: unknown[]) => unknown;

beforeAll(() => {
  const addon = createLocalHost({ timeZone: 'Europe/London' }).load(join(__dirname, '../../dist'));
  call = (name, ...args) =>
    (addon.globals[name] as Fn)(...args.map((a) => (Array.isArray(a) ? addon.toRealm(a) : a)));
});

/** The Order Report downloaded with "Include Sales Channel" (reference 3.2). */
function withSalesChannel(report: string[][], code: MarketplaceCode): string[][] {
  const channel = marketplaceByCode(code).salesChannel;
  return report.map((row, i) => [...row, i === 0 ? 'sales-channel' : channel]);
}

function sample(code: MarketplaceCode, seed: number, endDay = '2026-11-15'): SampleReports {
  const r = generateSampleReports({ seed, orders: 300, days: 60, endDay, marketplace: code });
  return { ...r, sellerFulfilledOrders: withSalesChannel(r.sellerFulfilledOrders, code) };
}

function mix(a: SampleReports, b: SampleReports): SampleReports {
  const out = {} as SampleReports;
  for (const key of Object.keys(a) as (keyof SampleReports)[]) {
    const [header, ...left] = a[key];
    out[key] = [header as string[], ...left, ...b[key].slice(1)];
  }
  return out;
}

const healthArgs = (r: SampleReports) => [
  r.allOrders,
  r.sellerFulfilledOrders,
  r.shippingConfirmations,
  r.feedback,
  r.claims,
  r.chargebacks,
];

/** Each single-rate function with its arguments before as_of, and as_of's position. */
const singleRates: [string, (r: SampleReports) => unknown[]][] = [
  ['ODR', (r) => [r.allOrders, r.feedback, r.claims, r.chargebacks, 'MFN', '']],
  ['LATE_SHIPMENT_RATE', (r) => [r.sellerFulfilledOrders, r.shippingConfirmations, 30, '']],
  ['CANCELLATION_RATE', (r) => [r.allOrders, 7, '']],
  ['VALID_TRACKING_RATE', (r) => [r.allOrders, r.shippingConfirmations, '']],
  [
    'ON_TIME_DELIVERY_RATE',
    (r) => [r.sellerFulfilledOrders, r.shippingConfirmations, 'classic', ''],
  ],
];

describe.each([
  ['UK', 'DE', 51],
  ['US', 'CA', 52],
] as const)('%s and %s in one set of reports', (first, second, seed) => {
  const a = sample(first, seed);
  const b = sample(second, seed + 100);
  const both = mix(a, b);

  it("ACCOUNT_HEALTH without a marketplace gives each marketplace's rows, equal to its reports alone", () => {
    const table = call('ACCOUNT_HEALTH', ...healthArgs(both)) as unknown[][];
    const aloneA = call('ACCOUNT_HEALTH', ...healthArgs(a)) as unknown[][];
    const aloneB = call('ACCOUNT_HEALTH', ...healthArgs(b)) as unknown[][];
    expect(table[0]).toEqual(['Marketplace', ...(aloneA[0] as unknown[])]);
    const rowsOf = (code: string) => table.filter((row) => row[0] === code).map((r) => r.slice(1));
    expect(rowsOf(first)).toEqual(aloneA.slice(1));
    expect(rowsOf(second)).toEqual(aloneB.slice(1));
    expect(table).toHaveLength(aloneA.length + aloneB.length - 1);
  });

  it('ACCOUNT_HEALTH with a marketplace gives the table of its reports alone', () => {
    for (const [code, alone] of [
      [first, a],
      [second, b],
    ] as const) {
      const scoped = call('ACCOUNT_HEALTH', ...healthArgs(both), '', code);
      expect(scoped).toEqual(call('ACCOUNT_HEALTH', ...healthArgs(alone)));
    }
  });

  it.each(singleRates)(
    '%s refuses without a marketplace, and with one equals its reports alone',
    (name, args) => {
      expect(() => call(name, ...args(both))).toThrow(
        new RegExp(
          `mix marketplaces: ${first} \\(.*\\) and ${second} \\(.*give the marketplace argument`,
        ),
      );
      for (const [code, alone] of [
        [first, a],
        [second, b],
      ] as const) {
        const value = call(name, ...args(both), code);
        expect(typeof value).toBe('number');
        expect(value).toBe(call(name, ...args(alone)));
      }
    },
  );
});

describe('scenarios around mixed reports', () => {
  it('lists rows whose order is in no order report under the table, and counts them nowhere', () => {
    const uk = sample('UK', 61);
    const both = mix(uk, sample('DE', 62));
    const header = both.feedback[0] as string[];
    const stray: string[] = header.map((name) =>
      name === 'Order ID' ? '205-9999999-9999999' : name === 'Rating' ? '1' : '',
    );
    stray[header.indexOf('Date')] = '14/11/2026';
    const withStray = { ...both, feedback: [...both.feedback, stray] };
    const table = call('ACCOUNT_HEALTH', ...healthArgs(withStray), '', 'UK') as unknown[][];
    const note = table[table.length - 1] as unknown[];
    expect(note[0]).toBe(
      `feedback: row ${withStray.feedback.length} of the Seller Feedback report: order in no order report, so in no marketplace; not counted.`,
    );
    expect(table.slice(0, -1)).toEqual(call('ACCOUNT_HEALTH', ...healthArgs(uk)));
  });

  it('shows a marketplace with no orders in the window with its rows and no data', () => {
    const us = sample('US', 71);
    const ca = sample('CA', 72, '2026-08-15');
    const table = call('ACCOUNT_HEALTH', ...healthArgs(mix(us, ca)), '2026-11-15') as unknown[][];
    const caRows = table.filter((row) => row[0] === 'CA');
    expect(caRows.length).toBeGreaterThan(0);
    const odr = caRows.find((row) => row[1] === 'Order Defect Rate (60 days)' && row[2] === 'MFN');
    expect(odr?.[5]).toBe('No data');
    expect(odr?.[9]).toBe('2026-11-15');
    expect(table.filter((row) => row[0] === 'US').some((row) => row[5] !== 'No data')).toBe(true);
  });

  it('refuses a marketplace the reports have no orders of, naming those they have', () => {
    const both = mix(sample('UK', 81), sample('DE', 82));
    expect(() => call('CANCELLATION_RATE', both.allOrders, 7, '', 'FR')).toThrow(
      /no Amazon\.fr \(FR\) orders; they have orders of UK \(Amazon\.co\.uk, \d+ orders\) and DE \(Amazon\.de, \d+ orders\)/,
    );
  });
});

describe('REPORT_PROBLEMS on reports that mix marketplaces', () => {
  // DE's orders end a month before the UK's: a DE order typed a month on is a stray among DE's
  // orders, though it falls among the UK's. The functions measure DE apart and refuse it.
  const uk = sample('UK', 91);
  const de = sample('DE', 92, '2026-10-15');
  const both = mix(uk, de);
  const header = both.allOrders[0] as string[];
  const deRow = [...(de.allOrders[1] as string[])];
  deRow[header.indexOf('amazon-order-id')] = '302-1111111-2222222';
  deRow[header.indexOf('purchase-date')] = '2026-11-10T10:00:00+00:00';
  const withStray = { ...both, allOrders: [...both.allOrders, deRow] };
  const row = withStray.allOrders.length;
  const problems = (...settings: unknown[]) =>
    call('REPORT_PROBLEMS', ...healthArgs(withStray), ...settings) as string;

  it("lists a row that is a stray among its own marketplace's orders, as ACCOUNT_HEALTH refuses it", () => {
    const where = `row ${row} of the All Orders report, column "purchase-date"`;
    expect(problems()).toContain(where);
    expect(() => call('ACCOUNT_HEALTH', ...healthArgs(withStray))).toThrow(where);
    expect(problems('DE')).toContain(where);
  });

  it('lists nothing for a marketplace whose rows all read, as its tables do', () => {
    expect(problems('UK')).toBe('');
    expect(() => call('ACCOUNT_HEALTH', ...healthArgs(withStray), '', 'UK')).not.toThrow();
  });
});

describe('REPORT_PROBLEMS with a marketplace the reports have no orders of', () => {
  it('says so, as every function does, instead of an empty line above tables of #ERROR!', () => {
    const both = mix(sample('UK', 93), sample('DE', 94));
    const line = call('REPORT_PROBLEMS', ...healthArgs(both), 'FR') as string;
    expect(line).toMatch(
      /^Rows to check \(1\), the functions that read them show #ERROR! until they are fixed: marketplace: the order reports have no Amazon\.fr \(FR\) orders; they have orders of UK/,
    );
    expect(() => call('ACCOUNT_HEALTH', ...healthArgs(both), '', 'FR')).toThrow(
      /no Amazon\.fr \(FR\) orders/,
    );
  });
});
