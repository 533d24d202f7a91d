/**
 * Sellers' own situations through the built add-on, looking for a legitimate report that a
 * custom function refuses (the seller loses the number) and for a number that moves with the
 * spreadsheet's zone or another marketplace's rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { generateSampleReports, type SampleReports } from '../../scripts/sample-data';
import { type MarketplaceCode, marketplaceByCode } from '../../src/core/marketplaces';
import { reportDataOf } from '../../src/core/plan/report-data';

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

/** Each function's value, or what it threw. */
function everyFunction(
  r: SampleReports,
  timeZone = 'America/Los_Angeles',
  asOf: unknown = '',
): Record<string, unknown> {
  const addon = addonIn(timeZone);
  const call = (name: string, ...args: unknown[]) => {
    try {
      return JSON.parse(JSON.stringify(addon.globals[name]?.(...addon.toRealm(args))));
    } catch (error) {
      return { threw: (error as Error).message };
    }
  };
  const defects = [r.feedback, r.claims, r.chargebacks];
  const all = [r.allOrders, r.sellerFulfilledOrders, r.shippingConfirmations, ...defects];
  const mfn = [r.sellerFulfilledOrders, r.shippingConfirmations];
  return {
    ODR: call('ODR', r.allOrders, ...defects, 'MFN', asOf),
    LATE_SHIPMENT_RATE: call('LATE_SHIPMENT_RATE', ...mfn, 30, asOf),
    CANCELLATION_RATE: call('CANCELLATION_RATE', r.allOrders, 7, asOf),
    VALID_TRACKING_RATE: call('VALID_TRACKING_RATE', r.allOrders, r.shippingConfirmations, asOf),
    ON_TIME_DELIVERY_RATE: call('ON_TIME_DELIVERY_RATE', ...mfn, '', asOf),
    ACCOUNT_HEALTH: call('ACCOUNT_HEALTH', ...all, asOf),
    HEALTH_TRENDS: call('HEALTH_TRENDS', ...all, asOf),
    SALES_AT_STAKE: call('SALES_AT_STAKE', r.allOrders, r.fbaShipments, asOf),
  };
}

function refusals(shown: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(shown)) {
    const threw = (value as { threw?: string } | null)?.threw;
    if (threw !== undefined) out[name] = threw;
  }
  return out;
}

const sample = (
  orders: number,
  days: number,
  marketplace: MarketplaceCode = 'US',
  endDay = '2026-11-15',
  seed = 7,
) => generateSampleReports({ seed, orders, days, endDay, marketplace });

describe('legitimate reports are not refused', () => {
  it('an order report of one day: only the rates whose orders are not yet due say so', () => {
    const shown = refusals(everyFunction(sample(20, 1)));
    for (const message of Object.values(shown)) expect(message).toMatch(/so there is no rate\.$/);
    expect(Object.keys(shown)).not.toContain('ODR');
  });

  it.each([
    ['a small seller', 5, 30],
    ['a handful of orders over three months', 8, 90],
    ['a steady seller', 300, 60],
  ])('%s (%i orders over %i days)', (_name, orders, days) => {
    expect(refusals(everyFunction(sample(orders, days)))).toEqual({});
  });

  describe('a seller back from a three-week break with one new order', () => {
    const before = sample(200, 60, 'US', '2026-10-25');
    const after = sample(1, 1, 'US', '2026-11-15', 99).allOrders;
    const r = { ...before, allOrders: [...before.allOrders, ...after.slice(1)] };

    it('left to itself, the lone order is a row problem that says how to keep it', () => {
      const shown = refusals(everyFunction(r));
      expect(shown.ODR).toContain('row 244 of the All Orders report, column "purchase-date"');
      expect(shown.ODR).toContain('give as_of if it is a real order');
    });

    it.each([
      ['text', '2026-11-15'],
      ['a date cell', new Date('2026-11-15T08:00:00Z')],
    ])('with as_of as %s, every function gives its number, the new order counted', (_k, asOf) => {
      const shown = everyFunction(r, 'America/Los_Angeles', asOf);
      // The one new order is FBA: a 7-day seller-fulfilled cancel rate honestly has no orders.
      for (const message of Object.values(refusals(shown))) {
        expect(message).toMatch(/so there is no rate\.$/);
      }
      expect(refusals(shown).ODR).toBeUndefined();
      const without = everyFunction(before, 'America/Los_Angeles', asOf);
      expect(JSON.stringify(shown.ACCOUNT_HEALTH)).not.toEqual(
        JSON.stringify(without.ACCOUNT_HEALTH),
      );
    });

    it('an as_of typed as a date serial (a date cell formatted as a number) is that day', () => {
      const serial = (Date.UTC(2026, 10, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;
      expect(everyFunction(r, 'America/Los_Angeles', serial)).toEqual(
        everyFunction(r, 'America/Los_Angeles', '2026-11-15'),
      );
    });

    it('an as_of does not vouch for a date far after it', () => {
      const typo = after.map((row, i) =>
        i === 0 ? row : row.map((c) => c.replace(/^2026-11/, '2062-11')),
      );
      const shown = refusals(
        everyFunction(
          { ...before, allOrders: [...before.allOrders, ...typo.slice(1)] },
          'America/Los_Angeles',
          '2026-11-15',
        ),
      );
      expect(shown.ODR).toContain('row 244 of the All Orders report, column "purchase-date"');
    });

    it('the Health sheet line of rows to check, and the Plan of Action, take the same as_of', () => {
      const addon = addonIn('America/Los_Angeles');
      const reports = [
        r.allOrders,
        r.sellerFulfilledOrders,
        r.shippingConfirmations,
        r.feedback,
        r.claims,
        r.chargebacks,
      ];
      const problems = (...settings: unknown[]) =>
        addon.globals.REPORT_PROBLEMS?.(...addon.toRealm([...reports, ...settings]));
      expect(problems('')).toContain('row 244 of the All Orders report, column "purchase-date"');
      expect(problems('', '2026-11-15')).toBe('');
      const ranges = {
        orders: r.allOrders,
        mfnOrders: r.sellerFulfilledOrders,
        shipments: r.shippingConfirmations,
        feedback: r.feedback,
        claims: r.claims,
        chargebacks: r.chargebacks,
      };
      const settings = { nearMargin: 0.2, sheetTimeZone: 'America/Los_Angeles' };
      expect(() => reportDataOf(ranges, reports, settings)).toThrow(/row 244 of the All Orders/);
      const data = reportDataOf(ranges, reports, { ...settings, asOf: '2026-11-15' });
      expect(data.marketplaces[0]?.options.asOf).toBe('2026-11-15');
      // The new order is counted: the figures are not those of the reports before the break.
      const old = { ...ranges, orders: before.allOrders };
      const without = reportDataOf(old, reports, { ...settings, asOf: '2026-11-15' });
      expect(JSON.stringify(data.marketplaces[0]?.results)).not.toEqual(
        JSON.stringify(without.marketplaces[0]?.results),
      );
    });
  });
});

/** The seller-fulfilled Order Report downloaded with "Include Sales Channel" (reference 3.2). */
function withSalesChannel(r: SampleReports, code: MarketplaceCode): SampleReports {
  const channel = marketplaceByCode(code).salesChannel;
  const sellerFulfilledOrders = r.sellerFulfilledOrders.map((row, i) => [
    ...row,
    i === 0 ? 'sales-channel' : channel,
  ]);
  return { ...r, sellerFulfilledOrders };
}

/** The feedback report with its dates rewritten by `format(day, month, year)`. */
function feedbackDates(r: SampleReports, format: (d: string, m: string, y: string) => string) {
  const feedback = r.feedback.map((row, i) => {
    if (i === 0) return row;
    const [a = '', b = '', c = ''] = (row[0] ?? '').split(/[/.]/);
    // The generator writes UK/DE as d/M/yyyy, US as M/d/yy.
    const [d, m, y] = c.length === 4 ? [a, b, c] : [b, a, `20${c}`];
    return [format(d.padStart(2, '0'), m.padStart(2, '0'), y), ...row.slice(1)];
  });
  return { ...r, feedback };
}

describe('feedback dates in the marketplace locale', () => {
  it.each([
    ['UK', 'dd/mm/yy', (d: string, m: string, y: string) => `${d}/${m}/${y.slice(2)}`],
    ['UK', 'dd/mm/yyyy', (d: string, m: string, y: string) => `${d}/${m}/${y}`],
    ['DE', 'dd.mm.yy', (d: string, m: string, y: string) => `${d}.${m}.${y.slice(2)}`],
    ['DE', 'dd.mm.yyyy', (d: string, m: string, y: string) => `${d}.${m}.${y}`],
    ['US', 'mm/dd/yy', (d: string, m: string, y: string) => `${m}/${d}/${y.slice(2)}`],
    ['US', 'yyyy-mm-dd', (d: string, m: string, y: string) => `${y}-${m}-${d}`],
  ] as const)('%s feedback written %s gives the same numbers', (code, _form, format) => {
    // The Order Report with "Include Sales Channel": a euro one without it names no marketplace.
    const r = withSalesChannel(sample(300, 60, code, '2026-11-15', 31), code);
    const base = everyFunction(r, 'Europe/London');
    expect(refusals(base)).toEqual({});
    expect(everyFunction(feedbackDates(r, format), 'Europe/London')).toEqual(base);
  });
});

describe('the spreadsheet zone does not move a report of text dates', () => {
  it.each(['UK', 'US', 'DE', 'JP'] as const)('%s reports in four spreadsheet zones', (code) => {
    const r = sample(300, 60, code, '2026-11-15', 41);
    const base = everyFunction(r, 'America/Los_Angeles');
    for (const zone of ['Europe/London', 'Asia/Tokyo', 'Pacific/Auckland']) {
      expect(everyFunction(r, zone)).toEqual(base);
    }
  });
});

describe('one marketplace without a sales-channel column', () => {
  const drop = (table: string[][]) => {
    const at = (table[0] ?? []).indexOf('sales-channel');
    return at < 0 ? table : table.map((row) => row.filter((_c, i) => i !== at));
  };
  it.each(['UK', 'DE', 'US'] as const)(
    '%s reports, marketplace named, equal the reports with it',
    (code) => {
      const r = sample(300, 60, code, '2026-11-15', 61);
      const bare = { ...r, allOrders: drop(r.allOrders), fbaShipments: drop(r.fbaShipments) };
      const addon = addonIn('Europe/London');
      const odr = (x: SampleReports, ...m: unknown[]) =>
        addon.globals.ODR?.(
          ...addon.toRealm([x.allOrders, x.feedback, x.claims, x.chargebacks, 'MFN', '', ...m]),
        );
      expect(odr(bare, code)).toEqual(odr(r));
    },
  );
});

describe('an FBA-only seller', () => {
  it('has an ODR and an account-health table', () => {
    const r = sample(300, 60, 'UK', '2026-11-15', 71);
    const header = r.allOrders[0] ?? [];
    const channel = header.indexOf('fulfillment-channel');
    const fba = r.allOrders.filter((row, i) => i === 0 || row[channel] === 'Amazon');
    const ids = new Set(fba.map((row) => row[0]));
    const keep = (t: string[][]) =>
      t.filter((row, i) => i === 0 || ids.has(row[0] ?? '') || ids.has(row[4] ?? ''));
    const only = {
      ...r,
      allOrders: fba,
      sellerFulfilledOrders: [r.sellerFulfilledOrders[0] ?? []],
      shippingConfirmations: [r.shippingConfirmations[0] ?? []],
      feedback: keep(r.feedback),
      claims: keep(r.claims),
      chargebacks: keep(r.chargebacks),
    };
    const addon = addonIn('Europe/London');
    const odr = addon.globals.ODR?.(
      ...addon.toRealm([only.allOrders, only.feedback, only.claims, only.chargebacks, 'AFN']),
    );
    expect(typeof odr).toBe('number');
    const table = addon.globals.ACCOUNT_HEALTH?.(
      ...addon.toRealm([
        only.allOrders,
        only.sellerFulfilledOrders,
        only.shippingConfirmations,
        only.feedback,
        only.claims,
        only.chargebacks,
      ]),
    ) as unknown[][];
    expect(table.length).toBeGreaterThan(1);
  });
});
