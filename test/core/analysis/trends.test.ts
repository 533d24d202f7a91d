/**
 * The trends must say, for every day, what ACCOUNT_HEALTH says with that day as as-of: they are
 * computed by sliding windows over per-day counts, so this checks them against the metrics
 * themselves on the generated sample reports (which put LSR, VTR and ODR near their targets).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSampleReports } from '../../../scripts/sample-data';
import { type HealthTrends, healthTrends, trendSeries } from '../../../src/core/analysis/trends';
import { addDays } from '../../../src/core/calendar';
import { readHealthInput } from '../../../src/core/health-input';
import { marketplaceByCode } from '../../../src/core/marketplaces';
import { accountHealth, defaultAsOf } from '../../../src/core/metrics';
import type { HealthInput, MetricOptions } from '../../../src/core/metrics/types';

let input: HealthInput;
let options: MetricOptions;
let trends: HealthTrends;

beforeAll(() => {
  const reports = generateSampleReports({
    seed: 11,
    orders: 3_000,
    days: 90,
    endDay: '2026-11-15',
  });
  const read = readHealthInput({
    orders: reports.allOrders,
    mfnOrders: reports.sellerFulfilledOrders,
    shipments: reports.shippingConfirmations,
    feedback: reports.feedback,
    claims: reports.claims,
    chargebacks: reports.chargebacks,
  });
  input = read.input;
  options = {
    marketplace: read.marketplace,
    asOf: defaultAsOf(read.input, read.marketplace.timeZone),
    nearMargin: 0.2,
  };
  trends = healthTrends(input, options);
});

/** Checks every day of every series against ACCOUNT_HEALTH on that day; returns how many. */
function comparedWithAccountHealth(
  input: HealthInput,
  options: MetricOptions,
  trends: HealthTrends,
): number {
  let compared = 0;
  trends.days.forEach((day, d) => {
    const results = accountHealth(input, { ...options, asOf: day });
    trends.series.forEach((series, s) => {
      const trend = trends.values[s]?.[d] ?? null;
      const result = results.find(
        (r) =>
          r.metric === series.metric &&
          r.channel === series.channel &&
          r.windowDays === series.windowDays,
      );
      if (trend === null) {
        // Blank: the window starts before the first order, or ACCOUNT_HEALTH has no such rate.
        const full = d - series.delayDays - series.windowDays + 1 >= 0;
        if (full) expect(result?.value ?? null, `${series.title} on ${day}`).toBeNull();
        return;
      }
      expect(result?.value, `${series.title} on ${day}`).toBeCloseTo(trend, 12);
      compared++;
    });
  });
  return compared;
}

describe('health trends', () => {
  it('has one row per day from the first order day to the as-of day', () => {
    expect(trends.days[trends.days.length - 1]).toBe('2026-11-15');
    expect(trends.days).toHaveLength(90);
    expect(trends.days[1]).toBe(addDays(trends.days[0] ?? '', 1));
  });

  it('equals ACCOUNT_HEALTH with that day as as-of, for every metric and every day', () => {
    // Every series the US sample can have (not India's 30-day cancel rate) was compared.
    expect(comparedWithAccountHealth(input, options, trends)).toBeGreaterThan(400);
  });

  it('equals ACCOUNT_HEALTH in India too, whose late dispatch rate counts FBA orders', () => {
    const reports = generateSampleReports({
      seed: 12,
      orders: 1_500,
      days: 70,
      endDay: '2026-11-15',
      marketplace: 'IN',
    });
    const read = readHealthInput({
      orders: reports.allOrders,
      mfnOrders: reports.sellerFulfilledOrders,
      shipments: reports.shippingConfirmations,
    });
    const indiaOptions = {
      marketplace: read.marketplace,
      asOf: defaultAsOf(read.input, read.marketplace.timeZone),
      nearMargin: 0.2,
    };
    expect(read.marketplace.code).toBe('IN');
    const indiaTrends = healthTrends(read.input, indiaOptions);
    expect(comparedWithAccountHealth(read.input, indiaOptions, indiaTrends)).toBeGreaterThan(100);
  });

  it('leaves a day blank while its window reaches before the first order', () => {
    const odr = trends.series.findIndex(
      (s) => s.metric === 'orderDefectRate' && s.channel === 'MFN',
    );
    expect(trends.values[odr]?.slice(0, 59).every((v) => v === null)).toBe(true);
    expect(trends.values[odr]?.[59]).not.toBeNull();
  });

  it('keeps a fixed set of series so charts can point at fixed columns', () => {
    expect(trendSeries(marketplaceByCode('IN')).map((s) => s.title)).toEqual(
      trendSeries(marketplaceByCode('US')).map((s) => s.title),
    );
    const india = trendSeries(marketplaceByCode('IN')).find((s) => s.metric === 'cancellationRate');
    expect(india?.target).toBe(0.02);
  });
});
