/**
 * Amazon's account-health metrics from the records of the pasted reports. One module per metric
 * (window, numerator, denominator, exclusions, target); this file is the public surface. Each call
 * merges the rows once (`HealthData`): orders are counted by order ID, never by row.
 */
import type { Channel } from '../reports/types';
import { measureAccountHealth } from './account-health';
import { cancellationsKnowable, measureCancellationRate } from './cancellation-rate';
import { HealthData } from './health-data';
import { confirmationsKnowable, measureLateShipmentRate } from './late-shipment-rate';
import { measureOnTimeDeliveryRate } from './on-time-delivery-rate';
import { measureOrderDefectRate, type OrderDefectRates } from './order-defect-rate';
import type {
  HealthInput,
  LeftOutMetric,
  MetricOptions,
  MetricResult,
  OnTimeDeliveryMode,
} from './types';
import { onlyChannel, type UncountedDefects, uncountedDefects } from './uncounted-defects';
import { measureValidTrackingRate } from './valid-tracking-rate';

export { defaultAsOf } from './as-of';
export { MetricInputError } from './errors';
export { healthStatus } from './health-status';
export type { OrderDefectRates } from './order-defect-rate';
export type * from './types';
export type { UncountedDefects } from './uncounted-defects';

/** Order Defect Rate of one channel (MFN or AFN) over 60 days by order date, with its parts. */
export function orderDefectRate(
  input: HealthInput,
  channel: Channel,
  options: MetricOptions,
): OrderDefectRates {
  const data = new HealthData(input);
  return measureOrderDefectRate(data, channel, options, onlyChannel(data));
}

/** Late Shipment Rate of seller-fulfilled orders; Amazon evaluates 10 and 30 days. */
export function lateShipmentRate(
  input: HealthInput,
  windowDays: number,
  options: MetricOptions,
): MetricResult {
  return measureLateShipmentRate(new HealthData(input), windowDays, options);
}

/** Pre-fulfillment Cancel Rate of seller-fulfilled orders (7 days; India also 30). */
export function cancellationRate(
  input: HealthInput,
  windowDays: number,
  options: MetricOptions,
): MetricResult {
  return measureCancellationRate(new HealthData(input), windowDays, options);
}

/** Valid Tracking Rate of seller-fulfilled packages over 30 days. */
export function validTrackingRate(input: HealthInput, options: MetricOptions): MetricResult {
  return measureValidTrackingRate(new HealthData(input), options);
}

/** On-Time Delivery Rate: `classic` (packages, 30 days) or `unit` (US units, 14 days, 7-day delay). */
export function onTimeDeliveryRate(
  input: HealthInput,
  mode: OnTimeDeliveryMode,
  options: MetricOptions,
): MetricResult {
  return measureOnTimeDeliveryRate(new HealthData(input), mode, options);
}

/**
 * Every metric the input allows: ODR (+3 parts) for MFN and for AFN when there are orders of that
 * channel; LSR 10 and 30; CR 7 (and 30 where the marketplace measures it, India); VTR when
 * shipments are given; OTDR classic (and unit for US) when delivery dates are known. Skips a metric
 * whose data was not given; never invents one.
 */
export function accountHealth(input: HealthInput, options: MetricOptions): MetricResult[] {
  return measureAccountHealth(new HealthData(input), options);
}

/**
 * `accountHealth`, and the defects ODR could not count (see uncounted-defects.ts), from one merge
 * of the rows: ACCOUNT_HEALTH names those under its table.
 */
export function accountHealthAndUncounted(
  input: HealthInput,
  options: MetricOptions,
): { results: MetricResult[]; uncounted: UncountedDefects[]; leftOut: LeftOutMetric[] } {
  const data = new HealthData(input);
  const results = measureAccountHealth(data, options);
  const sellerFulfilled = data.orderList.some((o) => o.channel === 'MFN');
  const leftOut: LeftOutMetric[] = [];
  // Ship-by dates without anything that says which orders shipped (measureAccountHealth then
  // leaves LSR out; see confirmationsKnowable).
  if (
    !confirmationsKnowable(input) &&
    data.orderList.some((o) => o.channel === 'MFN' && o.latestShipDate !== null)
  ) {
    leftOut.push('lateShipmentRate');
  }
  // Seller-fulfilled orders without a status (the Order Report alone): see cancellationsKnowable.
  if (sellerFulfilled && !cancellationsKnowable(input)) leftOut.push('cancellationRate');
  return { results, uncounted: uncountedDefects(data, options, onlyChannel(data)), leftOut };
}
