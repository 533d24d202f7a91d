import { dayKey, epochDay, inWindow, localEpochDay } from '../calendar';
import { MetricInputError } from './errors';
import type { HealthData } from './health-data';
import { dayCount, metricWindow } from './local-days';
import { metricResult } from './metric-result';
import type { ShippedPackage } from './shipped-packages';
import type { CountedDefect, MetricOptions, MetricResult, OnTimeDeliveryMode } from './types';

/** The API keeps classic OTDR on 30 days [AMZ-DEV issue #4078; reference 1.5]. */
const classicWindowDays = 30;
/** The US unit rate: a 14-day window with a 7-day delay [AMZ-HELP US forum FAQ; reference 1.5]. */
const unitWindowDays = 14;
const unitDelayDays = 7;

/**
 * Why a tracked package was not on time, or null when it was. Days are calendar days in the
 * marketplace zone: delivery any time on the deliver-by day is on time (Amazon's report shows a
 * deliver-by of 18 July as 23:59:59 that day, reference 1.5 and section 4 example 16).
 */
function lateness(pkg: ShippedPackage, promiseDay: number, asOfDay: number, timeZone: string) {
  const confirmedDay = localEpochDay(pkg.confirmedAt, timeZone);
  if (pkg.deliveredAt !== null) {
    const deliveredDay = localEpochDay(pkg.deliveredAt, timeZone);
    if (deliveredDay > promiseDay) return `delivered ${dayCount(deliveredDay - promiseDay)} late`;
    // Ship-confirmed after the promised date, or tracking confirmed after delivery: not on time.
    if (confirmedDay > promiseDay) return 'confirmed after the deliver-by date';
    if (confirmedDay > deliveredDay) return 'tracking confirmed after delivery';
    return null;
  }
  if (confirmedDay > promiseDay) return 'confirmed after the deliver-by date';
  // Every promise in the window has passed by the end of the as-of day.
  const overdue = asOfDay - promiseDay;
  return overdue === 0
    ? 'not delivered by the deliver-by date'
    : `not delivered, ${dayCount(overdue)} past deliver-by`;
}

/**
 * On-Time Delivery Rate of seller-fulfilled packages with valid tracking [AMZ-HELP US 200847280,
 * FAQ WDA4S96KYS493ME, US and MX forum FAQs; reference 1.5]:
 * - Promise: the order's latest-delivery-date (reference 3.2); a package is placed in the window by
 *   that day. Only packages with valid tracking count (the same test as VTR).
 * - `classic`: packages, 30 days ending on the as-of day, recommended 97% or more.
 * - `unit` (US from 2024-09-25): units, 14 days ending 7 days before the as-of day, at least 90%,
 *   measured against the promise before extensions (the order's earliest deliver-by date).
 * - Not on time: delivered after the deliver-by day; confirmed after it; tracking confirmed after
 *   delivery; no delivery yet once the promise has passed.
 * - `defects` lists the packages that were not on time.
 */
export function measureOnTimeDeliveryRate(
  data: HealthData,
  mode: OnTimeDeliveryMode,
  options: MetricOptions,
): MetricResult {
  const { input, orderList } = data;
  if (input.shipments.length > 0) {
    if (!input.shipments.some((row) => row.deliveredAt !== null)) {
      throw new MetricInputError(
        'On-Time Delivery Rate needs the delivered-date column of the shipping confirmations',
      );
    }
    let promised = false;
    for (const order of orderList) {
      if (order.latestDeliveryDate !== null) {
        promised = true;
        break;
      }
    }
    if (!promised) {
      throw new MetricInputError(
        'On-Time Delivery Rate needs the latest-delivery-date column of the seller-fulfilled Order Report',
      );
    }
  }

  const unitMode = mode === 'unit';
  const timeZone = options.marketplace.timeZone;
  const window = unitMode
    ? metricWindow(options, unitWindowDays, unitDelayDays)
    : metricWindow(options, classicWindowDays);
  const asOfDay = epochDay(options.asOf);
  const misses: CountedDefect[] = [];
  let denominator = 0;
  let onTime = 0;
  for (const pkg of data.packages()) {
    if (pkg.trackingProblem !== null) continue;
    const promise = pkg.deliverBy;
    if (promise === null || !inWindow(promise, window)) continue;
    const counted = unitMode ? pkg.units : 1;
    denominator += counted;
    const late = lateness(pkg, localEpochDay(promise, timeZone), asOfDay, timeZone);
    if (late === null) {
      onTime += counted;
      continue;
    }
    misses.push({
      orderId: pkg.orderId,
      day: dayKey(promise, timeZone),
      detail: unitMode && counted !== 1 ? `${late} (${counted} units)` : late,
    });
  }
  const target = unitMode
    ? options.marketplace.targets.unitOnTimeDeliveryRate
    : options.marketplace.targets.onTimeDeliveryRate;
  return metricResult(
    {
      metric: unitMode ? 'unitOnTimeDeliveryRate' : 'onTimeDeliveryRate',
      label: unitMode ? 'Unit On-Time Delivery Rate' : 'On-Time Delivery Rate',
      channel: 'MFN',
      unit: unitMode ? 'units' : 'packages',
      window,
      target,
      direction: 'min',
      numerator: onTime,
      denominator,
      defects: misses,
    },
    options.nearMargin,
  );
}
