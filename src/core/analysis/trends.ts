/**
 * Daily trends: every metric's value for each as-of day over the span of the data, so a seller
 * sees which way a rate is heading and when it crossed the target.
 *
 * Recomputing every metric for each of ~90 days costs ~90 passes over 100,000 rows, too slow for a
 * custom function. Instead each metric is split into per-day counts and the windows are slid over
 * prefix sums:
 * - every unit (order, package, unit) the metrics count belongs to one day whatever the as-of day
 *   is (its order date, ship-by day, confirmation day or deliver-by day), and whether it is a
 *   defect does not depend on the as-of day either;
 * - the defects and their days come from the metric modules themselves, called once per
 *   non-overlapping window (LSR and the cancel rate once over the whole span), so the defect rules
 *   live in one place;
 * - the denominators are counted here by day, following the same rules as the metric modules; a
 *   test checks that every day equals `accountHealth` with that as-of day.
 * A day whose window starts before the first order in the reports has no value: the rate would
 * cover only part of its days.
 */
import { addDays, daysBetween, epochDay, zoneOffsetMs } from '../calendar';
import type { Marketplace } from '../marketplaces';
import { cancellationsKnowable, measureCancellationRate } from '../metrics/cancellation-rate';
import { HealthData } from '../metrics/health-data';
import {
  confirmationsKnowable,
  lateShipmentMeasurable,
  lateShipmentPlacement,
  measureLateShipmentRate,
  newestInstant,
  stillToShip,
} from '../metrics/late-shipment-rate';
import { measureOnTimeDeliveryRate } from '../metrics/on-time-delivery-rate';
import { measureOrderDefectRate } from '../metrics/order-defect-rate';
import type {
  CountedDefect,
  HealthInput,
  MetricId,
  MetricOptions,
  MetricResult,
  TargetDirection,
} from '../metrics/types';
import { onlyChannel } from '../metrics/uncounted-defects';
import { measureValidTrackingRate } from '../metrics/valid-tracking-rate';
import type { Channel } from '../reports/types';

/** The charts the Health sheet draws: one per metric, with its target. */
export type TrendChartId = 'odr' | 'lsr' | 'cancellation' | 'vtr' | 'otdr';

/** One line of the trends table and of its chart. */
export interface TrendSeries {
  chart: TrendChartId;
  metric: MetricId;
  channel: Channel;
  /** Column header, e.g. "Order Defect Rate MFN (60 days)". */
  title: string;
  windowDays: number;
  /** Days between the window's end and the as-of day (7 for the US unit OTDR). */
  delayDays: number;
  target: number;
  direction: TargetDirection;
}

/**
 * Days the trends show, ending on the as-of day: about six months, twice the longest window any
 * metric has after its lag. A report that goes back years, or one row dated 1900, gives no more
 * rows than this [issue 8.4].
 */
export const trendDays = 180;
/** The longest window plus delay of any series (ODR: 60 days); counted before the first day shown. */
const longestLookBackDays = 60;

export interface HealthTrends {
  /** Every day from the first order day to the as-of day, oldest first, at most `trendDays`. */
  days: string[];
  series: TrendSeries[];
  /** values[s][d]: series s on days[d], as a fraction; null when there is no rate that day. */
  values: (number | null)[][];
}

/**
 * The series, in a fixed order so the Health sheet's charts can point at fixed columns: a series
 * the marketplace does not measure (India's 30-day cancel rate, the US unit OTDR) or the reports
 * cannot give stays blank.
 */
export function trendSeries(marketplace: Marketplace): TrendSeries[] {
  const t = marketplace.targets;
  const spec = (
    chart: TrendChartId,
    metric: MetricId,
    channel: Channel,
    label: string,
    windowDays: number,
    target: number,
    direction: TargetDirection,
    delayDays = 0,
  ): TrendSeries => ({
    chart,
    metric,
    channel,
    title: `${label} (${windowDays} days)`,
    windowDays,
    delayDays,
    target,
    direction,
  });
  return [
    spec('odr', 'orderDefectRate', 'MFN', 'Order Defect Rate MFN', 60, t.orderDefectRate, 'max'),
    spec('odr', 'orderDefectRate', 'AFN', 'Order Defect Rate AFN', 60, t.orderDefectRate, 'max'),
    spec('lsr', 'lateShipmentRate', 'MFN', 'Late Shipment Rate', 10, t.lateShipmentRate, 'max'),
    spec('lsr', 'lateShipmentRate', 'MFN', 'Late Shipment Rate', 30, t.lateShipmentRate, 'max'),
    spec('cancellation', 'cancellationRate', 'MFN', 'Cancel Rate', 7, t.cancellationRate, 'max'),
    spec('cancellation', 'cancellationRate', 'MFN', 'Cancel Rate', 30, t.cancellationRate, 'max'),
    spec('vtr', 'validTrackingRate', 'MFN', 'Valid Tracking Rate', 30, t.validTrackingRate, 'min'),
    spec(
      'otdr',
      'onTimeDeliveryRate',
      'MFN',
      'On-Time Delivery Rate',
      30,
      t.onTimeDeliveryRate,
      'min',
    ),
    spec(
      'otdr',
      'unitOnTimeDeliveryRate',
      'MFN',
      'Unit On-Time Delivery Rate',
      14,
      t.unitOnTimeDeliveryRate,
      'min',
      7,
    ),
  ];
}

/** Per-day counts of one metric rule: what the denominator counts and the defects (or misses). */
interface DailyCounts {
  units: Float64Array;
  defects: Float64Array;
}

function dailyCounts(days: number): DailyCounts {
  return { units: new Float64Array(days), defects: new Float64Array(days) };
}

/**
 * Calls `measure` for as-of days one window apart, from the last day back, so the windows together
 * hold every day of the span; each defect is listed by exactly one call.
 */
function defectsOverSpan(
  first: string,
  last: string,
  windowDays: number,
  delayDays: number,
  measure: (asOf: string) => MetricResult,
): CountedDefect[] {
  const defects: CountedDefect[] = [];
  for (let asOf = last; ; asOf = addDays(asOf, -windowDays)) {
    defects.push(...measure(asOf).defects);
    if (daysBetween(first, addDays(asOf, -(delayDays + windowDays - 1))) <= 0) break;
  }
  return defects;
}

const dayMs = 86_400_000;

/** Days since 1970-01-01 of the calendar day an instant falls on in the zone. */
function epochDayOf(instant: number, timeZone: string): number {
  return Math.floor((instant + zoneOffsetMs(instant, timeZone)) / dayMs);
}

export function healthTrends(input: HealthInput, options: MetricOptions): HealthTrends {
  const data = new HealthData(input);
  const { marketplace, asOf: last } = options;
  const timeZone = marketplace.timeZone;
  const specs = trendSeries(marketplace);

  let firstInstant = Number.POSITIVE_INFINITY;
  for (const order of data.orderList) firstInstant = Math.min(firstInstant, order.purchaseDate);
  if (firstInstant === Number.POSITIVE_INFINITY) return { days: [], series: specs, values: [] };
  // Counted from the first order, or from the longest window before the first day shown.
  const firstEpochDay = Math.max(
    epochDayOf(firstInstant, timeZone),
    epochDay(last) - (trendDays + longestLookBackDays) + 1,
  );
  const spanDays = epochDay(last) - firstEpochDay + 1;
  if (spanDays < 1) return { days: [], series: specs, values: [] };
  const first = addDays(last, -(spanDays - 1));
  const days = Array.from({ length: spanDays }, (_, i) => addDays(first, i));

  const indexOfInstant = (instant: number) => epochDayOf(instant, timeZone) - firstEpochDay;
  const indexOfDay = (day: string) => epochDay(day) - firstEpochDay;
  const add = (counts: Float64Array, index: number, amount: number) => {
    if (index >= 0 && index < spanDays) counts[index] = (counts[index] ?? 0) + amount;
  };
  const optionsOn = (asOf: string): MetricOptions => ({ ...options, asOf });

  // What accountHealth measures: a series it would skip stays blank here too.
  let promiseKnown = false;
  for (const order of data.orderList) {
    if (order.channel === 'MFN' && order.latestDeliveryDate !== null) promiseKnown = true;
  }
  const delivered = input.shipments.some((row) => row.deliveredAt !== null);

  const counts = new Map<string, DailyCounts>();

  // ODR, per channel: orders by order date; defective orders the order rows do not count (a
  // cancelled order with a claim, a download-only order) are added on their defect's day. A
  // download row of an order listed nowhere is the only channel's, as in ACCOUNT_HEALTH.
  const downloadChannel = onlyChannel(data);
  for (const channel of ['MFN', 'AFN'] as const) {
    const odr = dailyCounts(spanDays);
    for (const order of data.orderList) {
      if (order.channel === channel && !order.cancelled)
        add(odr.units, indexOfInstant(order.purchaseDate), 1);
    }
    const defects = defectsOverSpan(
      first,
      last,
      60,
      0,
      (asOf) =>
        measureOrderDefectRate(data, channel, optionsOn(asOf), downloadChannel).orderDefectRate,
    );
    for (const defect of defects) {
      const order = data.orders.get(defect.orderId);
      const index = indexOfDay(defect.day);
      add(odr.defects, index, 1);
      if (!order || order.channel !== channel || order.cancelled) add(odr.units, index, 1);
    }
    counts.set(`orderDefectRate:${channel}`, odr);
  }

  // LSR and the cancel rate take any window: one call over the whole span lists every defect.
  if (
    lateShipmentMeasurable(data.orderList, options.marketplace) &&
    confirmationsKnowable(data.input)
  ) {
    const lsr = dailyCounts(spanDays);
    let newest: number | undefined;
    for (const order of data.orderList) {
      const placed = lateShipmentPlacement(order, options.marketplace);
      if (placed === null) continue;
      // Shipped per the reports but missing from the confirmations: left out, as LSR does. Every
      // confirmation row gave its order a confirmation or ship time (mergeShipments).
      const listed = order.lastConfirmedAt !== null || order.lastTypedShipDate !== null;
      const unconfirmed = !listed && order.shipmentConfirmed;
      if (order.channel === 'MFN' && unconfirmed) continue;
      // Due on the as-of day, not confirmed, nothing later in the reports: still to ship, as LSR
      // leaves it out.
      if (order.channel === 'MFN' && !listed && indexOfInstant(placed) === spanDays - 1) {
        newest ??= newestInstant(data.orderList);
        if (stillToShip(placed, newest, marketplace.timeZone)) continue;
      }
      add(lsr.units, indexOfInstant(placed), 1);
    }
    for (const defect of measureLateShipmentRate(data, spanDays, options).defects) {
      add(lsr.defects, indexOfDay(defect.day), 1);
    }
    counts.set('lateShipmentRate', lsr);
  }
  if (cancellationsKnowable(data.input)) {
    const cancellation = dailyCounts(spanDays);
    for (const order of data.orderList) {
      if (order.channel === 'MFN') add(cancellation.units, indexOfInstant(order.purchaseDate), 1);
    }
    for (const defect of measureCancellationRate(data, spanDays, options).defects) {
      add(cancellation.defects, indexOfDay(defect.day), 1);
    }
    counts.set('cancellationRate', cancellation);
  }

  if (input.shipments.length > 0) {
    const vtr = dailyCounts(spanDays);
    for (const pkg of data.packages()) add(vtr.units, indexOfInstant(pkg.confirmedAt), 1);
    const misses = defectsOverSpan(first, last, 30, 0, (asOf) =>
      measureValidTrackingRate(data, optionsOn(asOf)),
    );
    for (const miss of misses) add(vtr.defects, indexOfDay(miss.day), 1);
    counts.set('validTrackingRate', vtr);
  }

  if (promiseKnown && delivered) {
    const classic = dailyCounts(spanDays);
    const unit = dailyCounts(spanDays);
    for (const pkg of data.packages()) {
      if (pkg.trackingProblem !== null) continue;
      const promise = data.orders.get(pkg.orderId)?.latestDeliveryDate ?? null;
      if (promise === null) continue;
      add(classic.units, indexOfInstant(promise), 1);
      add(unit.units, indexOfInstant(promise), pkg.units);
    }
    const late = defectsOverSpan(first, last, 30, 0, (asOf) =>
      measureOnTimeDeliveryRate(data, 'classic', optionsOn(asOf)),
    );
    for (const miss of late) add(classic.defects, indexOfDay(miss.day), 1);
    counts.set('onTimeDeliveryRate', classic);
    if (marketplace.code === 'US') {
      const unitLate = defectsOverSpan(first, last, 14, 7, (asOf) =>
        measureOnTimeDeliveryRate(data, 'unit', optionsOn(asOf)),
      );
      for (const miss of unitLate) add(unit.defects, indexOfDay(miss.day), unitsOf(miss));
      counts.set('unitOnTimeDeliveryRate', unit);
    }
  }

  const values = specs.map((spec) => {
    const key = spec.metric === 'orderDefectRate' ? `${spec.metric}:${spec.channel}` : spec.metric;
    const daily = counts.get(key);
    const measured =
      spec.metric !== 'cancellationRate' ||
      marketplace.cancellationWindows.includes(spec.windowDays);
    if (!daily || !measured) return days.map(() => null);
    return slidingRates(daily, spec, spanDays);
  });
  const shown = Math.max(0, spanDays - trendDays);
  return {
    days: days.slice(shown),
    series: specs,
    values: values.map((series) => series.slice(shown)),
  };
}

/**
 * The units of a late package of the US unit rate. The metric lists a miss per package and writes
 * its units into the detail ("delivered 2 days late (3 units)"; no count: 1 unit); CountedDefect
 * has no number for it. The trends test checks every day against the metric, so a change of that
 * wording fails there.
 */
function unitsOf(miss: CountedDefect): number {
  const units = /\((\d+) units\)$/.exec(miss.detail)?.[1];
  return units === undefined ? 1 : Number(units);
}

/** The rate of each day's window, by prefix sums: O(days), whatever the number of rows. */
function slidingRates(daily: DailyCounts, spec: TrendSeries, spanDays: number): (number | null)[] {
  const prefix = (counts: Float64Array) => {
    const sums = new Float64Array(spanDays + 1);
    for (let i = 0; i < spanDays; i++) sums[i + 1] = (sums[i] ?? 0) + (counts[i] ?? 0);
    return sums;
  };
  const units = prefix(daily.units);
  const defects = prefix(daily.defects);
  const rates: (number | null)[] = [];
  for (let asOf = 0; asOf < spanDays; asOf++) {
    const end = asOf - spec.delayDays;
    const start = end - spec.windowDays + 1;
    if (start < 0) {
      rates.push(null);
      continue;
    }
    const denominator = (units[end + 1] ?? 0) - (units[start] ?? 0);
    const missed = (defects[end + 1] ?? 0) - (defects[start] ?? 0);
    if (denominator <= 0) {
      rates.push(null);
      continue;
    }
    rates.push(
      spec.direction === 'max' ? missed / denominator : (denominator - missed) / denominator,
    );
  }
  return rates;
}
