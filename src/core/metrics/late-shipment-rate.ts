import { dayKey, epochDay, inWindow } from '../calendar';
import type { ShipmentConfirmation } from '../reports/types';
import { MetricInputError } from './errors';
import type { HealthData } from './health-data';
import { dayCount, dayReader, metricWindow } from './local-days';
import { metricResult } from './metric-result';
import type { CountedDefect, MetricOptions, MetricResult } from './types';

/**
 * How late one confirmation was, in whole calendar days; null when on time. LSR uses the moment
 * the shipment was confirmed, not the ship date typed in [AMZ-HELP BR 200197960; reference 0.4],
 * so `confirmedAt` decides when the file has it. Without it, the typed ship date is all there is:
 * a later calendar day than the ship-by day is late. A typed day is read as the day its instant
 * falls on in the marketplace zone.
 */
function daysLate(row: ShipmentConfirmation, shipBy: number, dayOf: (instant: number) => number) {
  if (row.confirmedAt !== null) {
    if (row.confirmedAt <= shipBy) return null;
    return dayOf(row.confirmedAt) - dayOf(shipBy);
  }
  const late = dayOf(row.shipDate) - dayOf(shipBy);
  return late > 0 ? late : null;
}

function lateDetail(days: number): string {
  return days === 0 ? 'shipped after the ship-by time' : `shipped ${dayCount(days)} late`;
}

/**
 * Late Shipment Rate [AMZ-HELP AU 200285190; reference 0.3, 1.2, 3.2]:
 * - Seller-fulfilled orders only; cancelled orders were never due to ship.
 * - The expected ship date is the order's latest-ship-date (implied by Amazon, reference 3.2).
 * - An order is placed in the window by its expected ship date's day. UNCONFIRMED: Amazon does not
 *   say whether it uses the order date or the expected ship date (reference 1.2, 1.12); the ship-by
 *   day is the one Amazon judges lateness against.
 * - Amazon evaluates both 10 and 30 days, and either can put the account at risk.
 * - Late: any shipping confirmation of the order came after its latest ship date.
 * - No confirmation in the file: if a report shows the order as shipped, it was confirmed at a time
 *   the file does not give, so it is left out; otherwise it is late, since every order in the window
 *   was due by the end of the as-of day.
 * - Orders without a latest ship date are left out.
 */
export function measureLateShipmentRate(
  data: HealthData,
  windowDays: number,
  options: MetricOptions,
): MetricResult {
  let sellerFulfilled = false;
  let withShipBy = false;
  for (const order of data.orders.values()) {
    if (order.channel !== 'MFN') continue;
    sellerFulfilled = true;
    if (order.latestShipDate !== null) withShipBy = true;
  }
  if (sellerFulfilled && !withShipBy) {
    throw new MetricInputError(
      'Late Shipment Rate needs the latest-ship-date column of the seller-fulfilled Order Report',
    );
  }

  const timeZone = options.marketplace.timeZone;
  const dayOf = dayReader(timeZone);
  const window = metricWindow(options, windowDays);
  const asOfDay = epochDay(window.endDay);
  const defects: CountedDefect[] = [];
  let denominator = 0;
  for (const order of data.orders.values()) {
    const shipBy = order.latestShipDate;
    if (order.channel !== 'MFN' || order.cancelled || shipBy === null) continue;
    if (!inWindow(shipBy, window)) continue;
    const confirmations = data.confirmationsOf(order.orderId);
    if (!confirmations) {
      if (order.shipmentConfirmed) continue;
      denominator++;
      const overdue = asOfDay - dayOf(shipBy);
      defects.push({
        orderId: order.orderId,
        day: dayKey(shipBy, timeZone),
        detail:
          overdue === 0
            ? 'not confirmed by the ship-by date'
            : `not confirmed, ${dayCount(overdue)} past ship-by`,
      });
      continue;
    }
    denominator++;
    let worst: number | null = null;
    for (const row of confirmations) {
      const late = daysLate(row, shipBy, dayOf);
      if (late !== null && (worst === null || late > worst)) worst = late;
    }
    if (worst !== null) {
      defects.push({
        orderId: order.orderId,
        day: dayKey(shipBy, timeZone),
        detail: lateDetail(worst),
      });
    }
  }

  return metricResult(
    {
      metric: 'lateShipmentRate',
      label: 'Late Shipment Rate',
      channel: 'MFN',
      unit: 'orders',
      window,
      target: options.marketplace.targets.lateShipmentRate,
      direction: 'max',
      numerator: defects.length,
      denominator,
      defects,
    },
    options.nearMargin,
  );
}
