import { dayKey, epochDay, inWindow, localEpochDay } from '../calendar';
import type { Marketplace } from '../marketplaces';
import { MetricInputError } from './errors';
import type { HealthData } from './health-data';
import { dayCount, metricWindow } from './local-days';
import { metricResult } from './metric-result';
import type { SellerOrder } from './seller-orders';
import type { CountedDefect, HealthInput, MetricOptions, MetricResult } from './types';

/**
 * Whether a ship-by is a day without a time: a date-only cell ("2026-11-02", a Date typed as a
 * day) is read as the first instant of its day in the marketplace zone. Amazon's own
 * latest-ship-date is the day's last second (2026-11-03T07:59:59+00:00 for a Pacific day,
 * reference 3.2), so a ship-by day is due by its end, never by its first instant.
 */
function isDayOnly(shipBy: number, timeZone: string): boolean {
  return localEpochDay(shipBy - 1, timeZone) !== localEpochDay(shipBy, timeZone);
}

/**
 * Whether an unconfirmed order due on the as-of day is still to ship: nothing in the reports
 * (`newest`, see `newestInstant`) is later than its ship-by time, or, for a ship-by day without a
 * time, than that day.
 */
export function stillToShip(shipBy: number, newest: number, timeZone: string): boolean {
  if (newest <= shipBy) return true;
  return (
    isDayOnly(shipBy, timeZone) &&
    localEpochDay(newest, timeZone) <= localEpochDay(shipBy, timeZone)
  );
}

/**
 * How late the order's latest confirmation was, in whole calendar days; null when on time. LSR uses
 * the moment the shipment was confirmed, not the ship date typed in [AMZ-HELP BR 200197960;
 * reference 0.4], so `confirmedAt` decides for rows that have it: one after the ship-by time is
 * late. A row without it has only its typed ship date: a later calendar day than the ship-by day
 * is late. Days are those the instants fall on in the marketplace zone; the latest of either kind
 * of row is the latest day, so it decides.
 */
function daysLate(order: SellerOrder, shipBy: number, timeZone: string): number | null {
  const shipByDay = localEpochDay(shipBy, timeZone);
  let worst: number | null = null;
  const confirmedAt = order.lastConfirmedAt;
  if (confirmedAt !== null && confirmedAt > shipBy) {
    const late = localEpochDay(confirmedAt, timeZone) - shipByDay;
    // A ship-by day without a time is due by its end: a confirmation that day is on time.
    if (late > 0 || !isDayOnly(shipBy, timeZone)) worst = late;
  }
  if (order.lastTypedShipDate !== null) {
    const late = localEpochDay(order.lastTypedShipDate, timeZone) - shipByDay;
    if (late > 0 && (worst === null || late > worst)) worst = late;
  }
  return worst;
}

function lateDetail(days: number): string {
  return days === 0 ? 'shipped after the ship-by time' : `shipped ${dayCount(days)} late`;
}

/**
 * The instant that places an order in the LSR window, or null when LSR leaves the order out:
 * seller-fulfilled orders by their expected ship date; FBA orders only where the marketplace's
 * rate covers every channel (India's Total Late Dispatch Rate: FBA orders count, as never late,
 * by their order date, as FBA reports have no ship-by date) [AMZ-HELP IN W8RLCYLPJVUSKD5].
 */
export function lateShipmentPlacement(order: SellerOrder, marketplace: Marketplace): number | null {
  if (order.cancelled) return null;
  if (order.channel === 'MFN') return order.latestShipDate;
  return marketplace.lateShipmentCountsFba ? order.purchaseDate : null;
}

/**
 * Whether the orders allow LSR: a seller-fulfilled order has a ship-by date, or, where FBA orders
 * count (India), the orders are FBA only (Amazon's example: an FBA-only seller's rate is 0%).
 */
export function lateShipmentMeasurable(
  orders: readonly SellerOrder[],
  marketplace: Marketplace,
): boolean {
  let fba = false;
  let sellerFulfilled = false;
  for (const order of orders) {
    if (order.channel === 'AFN') fba = true;
    else {
      sellerFulfilled = true;
      if (order.latestShipDate !== null) return true;
    }
  }
  return marketplace.lateShipmentCountsFba && fba && !sellerFulfilled;
}

/**
 * Whether the reports can tell an order that was not confirmed: shipping confirmations were given,
 * or an orders report has order statuses (the All Orders report's say which orders shipped). The
 * seller-fulfilled Order Report alone has neither [reference 3.2]: every order would look late.
 */
export function confirmationsKnowable(input: HealthInput): boolean {
  if (input.shipments.length > 0) return true;
  for (const row of input.orders) if (row.orderStatusText !== '') return true;
  return false;
}

/**
 * The latest order date, confirmation or typed ship date of the reports' orders: the data was
 * taken after it.
 */
export function newestInstant(orders: readonly SellerOrder[]): number {
  let newest = -1e16;
  for (const order of orders) {
    if (order.purchaseDate > newest) newest = order.purchaseDate;
    const confirmed = order.lastConfirmedAt;
    if (confirmed !== null && confirmed > newest) newest = confirmed;
    const typed = order.lastTypedShipDate;
    if (typed !== null && typed > newest) newest = typed;
  }
  return newest;
}

/**
 * Late Shipment Rate [AMZ-HELP AU 200285190; reference 0.3, 1.2, 3.2]:
 * - Seller-fulfilled orders only; cancelled orders were never due to ship.
 * - The expected ship date is the order's latest-ship-date (implied by Amazon, reference 3.2).
 * - An order is placed in the window by its expected ship date's day. UNCONFIRMED: Amazon does not
 *   say whether it uses the order date or the expected ship date (reference 1.2, 1.12); the ship-by
 *   day is the one Amazon judges lateness against.
 * - Amazon evaluates both 10 and 30 days, and either can put the account at risk.
 * - Late: any shipping confirmation of the order came after its latest ship date; a latest ship
 *   date given as a day without a time (a tool's export, a hand-typed day) is due by that day's end.
 * - No confirmation in the file: if a report shows the order as shipped, it was confirmed at a time
 *   the file does not give, so it is left out. Otherwise it is late once its ship-by time has
 *   passed: due on a day before the as-of day, or on the as-of day itself when the reports hold a
 *   later instant (an order placed or confirmed after it). An order due on the as-of day with
 *   nothing later in the reports is still to ship (ORDERS_TO_SHIP: 0 days left), and left out:
 *   the default as-of day is the newest order's, a day the seller is usually still shipping.
 * - Orders without a latest ship date are left out.
 * - India counts FBA orders in the denominator, never late (see `lateShipmentPlacement`).
 */
export function measureLateShipmentRate(
  data: HealthData,
  windowDays: number,
  options: MetricOptions,
): MetricResult {
  let sellerFulfilled = false;
  let withShipBy = false;
  for (const order of data.orderList) {
    if (order.channel !== 'MFN') continue;
    sellerFulfilled = true;
    if (order.latestShipDate !== null) {
      withShipBy = true;
      break;
    }
  }
  if (sellerFulfilled && !withShipBy) {
    throw new MetricInputError(
      'Late Shipment Rate needs the latest-ship-date column of the seller-fulfilled Order Report',
    );
  }

  const timeZone = options.marketplace.timeZone;
  const window = metricWindow(options, windowDays);
  const asOfDay = epochDay(window.endDay);
  const defects: CountedDefect[] = [];
  let denominator = 0;
  const { marketplace } = options;
  let newest: number | undefined;
  let knowable: boolean | undefined;
  for (const order of data.orderList) {
    const placed = lateShipmentPlacement(order, marketplace);
    if (placed === null || !inWindow(placed, window)) continue;
    if (order.channel === 'AFN') {
      denominator++;
      continue;
    }
    const shipBy = placed;
    if (order.lastConfirmedAt === null && order.lastTypedShipDate === null) {
      // No confirmation in the file.
      if (order.shipmentConfirmed) continue;
      const overdue = asOfDay - localEpochDay(shipBy, timeZone);
      if (overdue === 0) {
        newest ??= newestInstant(data.orderList);
        if (stillToShip(shipBy, newest, timeZone)) continue;
      }
      knowable ??= confirmationsKnowable(data.input);
      if (!knowable) {
        throw new MetricInputError(
          'Late Shipment Rate needs your shipping confirmations (order-id, ship-date, …) with at least one row: the seller-fulfilled Order Report does not say which orders shipped, so every order due would look late',
        );
      }
      denominator++;
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
    const worst = daysLate(order, shipBy, timeZone);
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
