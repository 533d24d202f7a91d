/**
 * Opening the Plan of Action merges each marketplace's orders once, for the metrics and the orders
 * to ship. What the seller sees must be what ACCOUNT_HEALTH, SALES_AT_STAKE and ORDERS_TO_SHIP
 * give measured apart, each merging the rows itself: the figures, the Doc's sales table and its
 * list of orders to ship with how many wait in all.
 */
import { describe, expect, it } from 'vitest';
import { generateSampleReports, healthRangesOf } from '../../../scripts/sample-data';
import { ordersToShip, salesAtStake } from '../../../src/core/dashboard/tables';
import { accountHealth } from '../../../src/core/metrics';
import { type ReportData, reportDataOf } from '../../../src/core/plan/report-data';
import { sampleReportData } from './sample-data';

/** Order IDs, SKUs and day numbers as a seller reads them: no buyer data to blank. */
function expectMeasuredApart(data: ReportData): void {
  expect(data.marketplaces.length).toBeGreaterThan(0);
  for (const { input, marketplace, options, results, stake } of data.marketplaces) {
    expect(results).toEqual(accountHealth(input, options));
    expect(stake.sales).toEqual(salesAtStake(input, marketplace, options.asOf));
    const toShip = ordersToShip(input, marketplace, options.asOf);
    expect(stake.toShip).toEqual(toShip.slice(0, 51));
    expect(stake.waiting).toBe(toShip.length - 1);
  }
}

describe('the Plan of Action measures as the Health sheet does', () => {
  it('on the sample reports', () => {
    expectMeasuredApart(sampleReportData());
  });

  it('on generated reports with orders waiting to ship, two marketplaces apart', () => {
    for (const [seed, marketplace] of [
      [11, 'US'],
      [12, 'UK'],
    ] as const) {
      const r = generateSampleReports({
        seed,
        orders: 4000,
        days: 90,
        endDay: '2026-11-15',
        marketplace,
      });
      const ranges = healthRangesOf(r);
      const data = reportDataOf(ranges, Object.values(ranges), { nearMargin: 0.2 });
      // More than the Doc lists, so the count under its table is checked too.
      expect(data.marketplaces[0]?.stake.waiting).toBeGreaterThan(50);
      expectMeasuredApart(data);
    }
  });
});
