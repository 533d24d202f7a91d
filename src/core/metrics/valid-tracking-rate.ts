import { dayKey, inWindow } from '../calendar';
import type { HealthData } from './health-data';
import { metricWindow } from './local-days';
import { metricResult } from './metric-result';
import type { CountedDefect, MetricOptions, MetricResult } from './types';

/** VTR is a rolling 30 days [AMZ-HELP AE 201817070; reference 1.4]. */
const vtrWindowDays = 30;

/**
 * Valid Tracking Rate [AMZ-HELP 201817070, 202014610; reference 1.4]: seller-fulfilled packages
 * with valid tracking ÷ packages confirmed, over the 30 days ending on the as-of day, each package
 * dated by the day it was confirmed. Target 95% or more.
 * - The EU and IN pages date packages by promised delivery date with a two-week lag; the AE page's
 *   rolling 30 days by confirmation is used here, and the seller can move as-of.
 * - NA and AE measure VTR per product category; the shipping files carry no category, so this is
 *   the rate over all categories.
 * - `defects` lists the packages without valid tracking.
 */
export function measureValidTrackingRate(data: HealthData, options: MetricOptions): MetricResult {
  const timeZone = options.marketplace.timeZone;
  const window = metricWindow(options, vtrWindowDays);
  const misses: CountedDefect[] = [];
  let denominator = 0;
  for (const pkg of data.packages()) {
    if (!inWindow(pkg.confirmedAt, window)) continue;
    denominator++;
    if (pkg.trackingProblem !== null) {
      misses.push({
        orderId: pkg.orderId,
        day: dayKey(pkg.confirmedAt, timeZone),
        detail: pkg.trackingProblem,
      });
    }
  }
  return metricResult(
    {
      metric: 'validTrackingRate',
      label: 'Valid Tracking Rate',
      channel: 'MFN',
      unit: 'packages',
      window,
      target: options.marketplace.targets.validTrackingRate,
      direction: 'min',
      numerator: denominator - misses.length,
      denominator,
      defects: misses,
    },
    options.nearMargin,
  );
}
