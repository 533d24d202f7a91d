/**
 * Reports without a `sales-channel` column (the seller-fulfilled Order Report as downloaded by
 * default, an All Orders report with the column deleted) and no marketplace argument, through the
 * built add-on. The oracle is the same rows with `sales-channel` naming the marketplace: a seller
 * whose currency names one marketplace gets exactly those numbers (measured in its zone, not the
 * US default's), a euro seller is asked which marketplace, and a seller who names it gets its
 * numbers. Scenarios vary the marketplace (every one of the table), the spreadsheet's zone, the
 * function, and blank or lower-case currency cells.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { generateSampleReports, type SampleReports } from '../../scripts/sample-data';
import {
  type MarketplaceCode,
  marketplaceByCode,
  marketplaceCodes,
} from '../../src/core/marketplaces';

const dist = join(__dirname, '../../dist');
const addons = new Map<string, LoadedAddon>();
function addonIn(timeZone: string): LoadedAddon {
  let addon = addons.get(timeZone);
  if (!addon) {
    addon = createLocalHost({ timeZone }).load(dist);
    addons.set(timeZone, addon);
  }
  return addon;
}

/** The marketplaces the sample generator has a locale for; the others relabel a US sample. */
const generated: readonly MarketplaceCode[] = [
  'US',
  'CA',
  'MX',
  'UK',
  'DE',
  'FR',
  'IT',
  'ES',
  'JP',
  'IN',
  'AU',
];
const currencyOf: Record<MarketplaceCode, string> = {
  US: 'USD',
  CA: 'CAD',
  MX: 'MXN',
  UK: 'GBP',
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  JP: 'JPY',
  IN: 'INR',
  AU: 'AUD',
  BR: 'BRL',
  AE: 'AED',
  SA: 'SAR',
  SG: 'SGD',
  TR: 'TRY',
  PL: 'PLN',
};
const euro = new Set<MarketplaceCode>(['DE', 'FR', 'IT', 'ES', 'NL']);

type Table = string[][];

/** Each cell of `column` in the data rows replaced by `value(old)`. */
function withColumn(table: Table, column: string, value: (old: string) => string): Table {
  const at = (table[0] ?? []).indexOf(column);
  if (at < 0) return table;
  return table.map((row, i) => (i === 0 ? row : row.map((c, j) => (j === at ? value(c) : c))));
}

function without(table: Table, column: string): Table {
  const at = (table[0] ?? []).indexOf(column);
  return at < 0 ? table : table.map((row) => row.filter((_c, j) => j !== at));
}

/** A marketplace's reports, with the sales channel in every order report (the oracle's form). */
function reportsOf(code: MarketplaceCode, seed: number): SampleReports {
  const own = generated.includes(code);
  const r = generateSampleReports({
    seed,
    orders: 250,
    days: 60,
    endDay: '2026-11-15',
    marketplace: own ? code : 'US',
  });
  const channel = marketplaceByCode(code).salesChannel;
  const relabel = (t: Table) =>
    own
      ? t
      : withColumn(
          withColumn(t, 'sales-channel', (c) => (c === '' ? c : channel)),
          'currency',
          (c) => (c === '' ? c : currencyOf[code]),
        );
  return {
    ...r,
    allOrders: relabel(r.allOrders),
    fbaShipments: relabel(r.fbaShipments),
    sellerFulfilledOrders: own
      ? r.sellerFulfilledOrders
      : withColumn(r.sellerFulfilledOrders, 'currency', (c) => (c === '' ? c : currencyOf[code])),
  };
}

/** The Order Report with "Include Sales Channel" ticked: the oracle's form of it. */
function withSalesChannel(table: Table, code: MarketplaceCode): Table {
  const channel = marketplaceByCode(code).salesChannel;
  return table.map((row, i) => [...row, i === 0 ? 'sales-channel' : channel]);
}

/** The functions a seller types, each with its arguments before `marketplace`. */
const functions: [string, (r: SampleReports) => unknown[]][] = [
  ['ODR', (r) => [r.allOrders, r.feedback, r.claims, r.chargebacks, 'MFN', '']],
  ['LATE_SHIPMENT_RATE', (r) => [r.sellerFulfilledOrders, r.shippingConfirmations, 10, '']],
  ['CANCELLATION_RATE', (r) => [r.allOrders, 7, '']],
  [
    'ACCOUNT_HEALTH',
    (r) => [
      r.allOrders,
      r.sellerFulfilledOrders,
      r.shippingConfirmations,
      r.feedback,
      r.claims,
      r.chargebacks,
      '',
    ],
  ],
];

function call(addon: LoadedAddon, name: string, args: unknown[]): unknown {
  try {
    return addon.globals[name]?.(...addon.toRealm(args));
  } catch (error) {
    return new Error((error as Error).message);
  }
}

const zones = ['Europe/London', 'Asia/Tokyo', 'America/Los_Angeles'];

describe('a report without sales-channel is measured in the marketplace its currency names', () => {
  const tally = { caught: 0, falseRefusals: 0, lost: 0 };
  const cases = marketplaceCodes.flatMap((code, n) =>
    functions.map(([name, args], f) => ({ code, name, args, zone: zones[(n + f) % zones.length] })),
  );

  it.each(cases)('$code $name, spreadsheet in $zone', ({ code, name, args, zone }) => {
    const addon = addonIn(zone ?? 'Europe/London');
    const seed = 900 + marketplaceCodes.indexOf(code);
    const r = reportsOf(code, seed);
    const oracle = call(
      addon,
      name,
      args({
        ...r,
        sellerFulfilledOrders: withSalesChannel(r.sellerFulfilledOrders, code),
      }),
    );
    expect(oracle).not.toBeInstanceOf(Error);
    // What the seller pastes: no sales-channel anywhere, the Order Report as downloaded.
    const bare: SampleReports = {
      ...r,
      allOrders: without(r.allOrders, 'sales-channel'),
      fbaShipments: without(r.fbaShipments, 'sales-channel'),
    };
    const unnamed = call(addon, name, args(bare));
    const named = call(addon, name, [...args(bare), code]);
    expect(named).toEqual(oracle);
    if (euro.has(code)) {
      expect(unnamed).toBeInstanceOf(Error);
      expect((unnamed as Error).message).toMatch(
        /^marketplace: the order reports have no sales-channel column, and EUR is the currency of Amazon\.de, Amazon\.fr, Amazon\.it, Amazon\.es and Amazon\.nl \(one report can hold orders of several\)\. .*"Include Sales Channel", or if the report holds one marketplace's orders only, give that marketplace \(the marketplace argument; for the Health sheet and the Plan of Action: Settings…\), e\.g\. "DE"\.$/,
      );
      tally.caught++;
    } else {
      if (unnamed instanceof Error) tally.falseRefusals++;
      else if (JSON.stringify(unnamed) !== JSON.stringify(oracle)) tally.lost++;
      else tally.caught++;
      expect(unnamed).toEqual(oracle);
    }
  });

  it('caught every case, with no false refusal and no number lost', () => {
    expect(tally).toEqual({ caught: cases.length, falseRefusals: 0, lost: 0 });
  });
});

describe('currency cells as sellers have them', () => {
  const addon = addonIn('Europe/London');
  const r = reportsOf('UK', 950);
  const odr = (orders: Table, ...more: unknown[]) =>
    call(addon, 'ODR', [orders, r.feedback, r.claims, r.chargebacks, 'MFN', '', ...more]);
  const oracle = odr(r.allOrders);
  const bare = without(r.allOrders, 'sales-channel');

  it('reads lower-case or padded currency codes, and skips blank ones (cancelled rows)', () => {
    let n = 0;
    const messy = withColumn(bare, 'currency', (c) => {
      n++;
      return n % 3 === 0 ? '' : n % 3 === 1 ? ` ${c.toLowerCase()} ` : c;
    });
    expect(odr(messy)).toEqual(oracle);
  });

  it('refuses reports whose currencies are of two marketplaces, named or not, naming both', () => {
    let n = 0;
    const mixed = withColumn(bare, 'currency', (c) => (n++ % 2 === 0 ? c : 'JPY'));
    const result = odr(mixed);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toBe(
      'marketplace: the order reports have no sales-channel column, and their currencies are those of several marketplaces: GBP (Amazon.co.uk) and JPY (Amazon.co.jp). Amazon measures each marketplace apart, in its own time zone: download the Order Report with "Include Sales Channel", or paste each marketplace\'s report apart.',
    );
    // Named, the UK's rows still cannot be told from the JPY ones: refused, not a mixed number.
    const named = odr(mixed, 'UK');
    expect(named).toBeInstanceOf(Error);
    expect((named as Error).message).toBe(
      'marketplace: the order reports have no sales-channel column, and their currencies are those of several marketplaces: GBP (Amazon.co.uk) and JPY (Amazon.co.jp), so the Amazon.co.uk orders cannot be told from the others. Download the Order Report with "Include Sales Channel", or paste each marketplace\'s report apart.',
    );
  });

  it('keeps the US default when no currency names a marketplace', () => {
    const us = reportsOf('US', 951);
    const usBare = without(us.allOrders, 'sales-channel');
    const usOdr = (orders: Table) =>
      call(addon, 'ODR', [orders, us.feedback, us.claims, us.chargebacks, 'MFN', '']);
    const expected = usOdr(us.allOrders);
    expect(usOdr(without(usBare, 'currency'))).toEqual(expected);
    expect(usOdr(withColumn(usBare, 'currency', () => 'US$'))).toEqual(expected);
  });

  it('follows the sales channel where the report has one, whatever the currency says', () => {
    const relabelled = withColumn(r.allOrders, 'currency', () => 'JPY');
    expect(odr(relabelled)).toEqual(oracle);
  });
});
