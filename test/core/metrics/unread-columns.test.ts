/**
 * The columns the rates leave unread (src/core/metrics/unread-columns.ts) are columns of their
 * report kinds, and none is one a reader cannot do without: a misspelt field would be read after
 * all, and an unread order ID, main date or channel would refuse every row. And no rate, nor the
 * default as-of day, nor a day of the trends, differs from what a reading of every column gives:
 * a column a rate needs listed as unread would move it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthTrends } from '../../../src/core/analysis/trends';
import { type HealthRanges, readHealthInput } from '../../../src/core/health-input';
import {
  accountHealth,
  cancellationRate,
  lateShipmentRate,
  onTimeDeliveryRate,
  orderDefectRate,
  validTrackingRate,
} from '../../../src/core/metrics';
import { defaultAsOf } from '../../../src/core/metrics/as-of';
import { unreadByMetrics, unreadByOrderDefectRate } from '../../../src/core/metrics/unread-columns';
import { mainDateField } from '../../../src/core/reports/date-checks';
import { kindTable } from '../../../src/core/reports/kinds';
import type { ReportKind, UnreadColumns } from '../../../src/core/reports/types';
import { generatedReports } from '../../generated-reports';

describe('the columns the rates leave unread', () => {
  for (const [name, unread] of Object.entries({ unreadByMetrics, unreadByOrderDefectRate })) {
    it(`${name}: are columns of their reports, none of them required`, () => {
      for (const [kind, fields] of Object.entries(unread) as [ReportKind, readonly string[]][]) {
        const spec = kindTable()[kind];
        const required = new Set<string>([
          'orderId',
          'channel',
          mainDateField[kind],
          ...(spec.alsoRequired ?? []),
        ]);
        for (const field of fields) {
          expect(Object.keys(spec.columns), `${kind}.${field}`).toContain(field);
          expect(required.has(field), `${kind}.${field} is required`).toBe(false);
        }
      }
    });
  }
});

/** Each rate as the functions read it (`unread`) and as a full reading of every column gives it. */
function rates(ranges: HealthRanges, unread?: UnreadColumns, odrUnread?: UnreadColumns) {
  const read = (skip?: UnreadColumns) => readHealthInput(ranges, 'US', undefined, undefined, skip);
  const { input, marketplace } = read(unread);
  const odr = read(odrUnread ?? unread);
  const asOf = defaultAsOf(input, marketplace.timeZone);
  const options = { marketplace, asOf, nearMargin: 0.2 };
  const odrOptions = { ...options, asOf: defaultAsOf(odr.input, marketplace.timeZone) };
  const attempt = (f: () => unknown) => {
    try {
      return f();
    } catch (error) {
      return `threw ${(error as Error).message}`;
    }
  };
  return {
    asOf,
    odrMfn: orderDefectRate(odr.input, 'MFN', odrOptions),
    odrAfn: orderDefectRate(odr.input, 'AFN', odrOptions),
    health: accountHealth(input, options),
    // RECOVERY_PLAN is made from `health` alone; HEALTH_TRENDS from the merged orders and packages.
    trends: healthTrends(input, options),
    lsr: attempt(() => lateShipmentRate(input, 30, options)),
    cancel: attempt(() => cancellationRate(input, 7, options)),
    vtr: attempt(() => validTrackingRate(input, options)),
    otdr: attempt(() => onTimeDeliveryRate(input, 'unit', options)),
  };
}

const sizes = {
  orders: 600,
  mfnOrders: 400,
  shipments: 400,
  feedback: 80,
  claims: 30,
  chargebacks: 20,
  fbaShipments: 150,
  odrDefects: 30,
};

describe('every rate with the columns it leaves unread', () => {
  it('is the rate a reading of every column gives, on generated sellers', () => {
    let compared = 0;
    fc.assert(
      fc.property(generatedReports(sizes), fc.nat(2), (r, layout) => {
        // The order reports each way a seller can pass them as `orders`.
        const orders = [r.orders, r.mfnOrders, r.fbaShipments][layout];
        const ranges: HealthRanges = {
          orders,
          mfnOrders: r.mfnOrders,
          shipments: r.shipments,
          feedback: r.feedback,
          claims: r.claims,
          chargebacks: r.chargebacks,
        };
        let full: ReturnType<typeof rates>;
        try {
          full = rates(ranges);
        } catch {
          return; // a row a full reading refuses: the functions' answer may differ there
        }
        compared++;
        expect(rates(ranges, unreadByMetrics, unreadByOrderDefectRate)).toEqual(full);
      }),
      { numRuns: 40, seed: 5 },
    );
    expect(compared).toBeGreaterThan(20);
  });
});
