/**
 * ORDERS_TO_SHIP's table as first written (a set of SKUs and the pending flags for every order of
 * the report): the reference `ordersToShip` of src/core/dashboard/tables.ts is checked against.
 */
import { dayKey, daysBetween } from '../../src/core/calendar';
import { ordersToShipHeader, type TableCell } from '../../src/core/dashboard/tables';
import type { Marketplace } from '../../src/core/marketplaces';
import { HealthData } from '../../src/core/metrics/health-data';
import type { HealthInput } from '../../src/core/metrics/types';

export function referenceOrdersToShip(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: string,
): TableCell[][] {
  const timeZone = marketplace.timeZone;
  const data = new HealthData(input);
  const skus = new Map<string, Set<string>>();
  const pending = new Set<string>();
  const notPending = new Set<string>();
  // The orders a confirmation row lists, from the rows themselves (not the merged orders' times).
  const confirmed = new Set(input.shipments.map((row) => row.orderId));
  for (const item of input.orders) {
    let set = skus.get(item.orderId);
    if (!set) {
      set = new Set();
      skus.set(item.orderId, set);
    }
    if (item.sku !== '') set.add(item.sku);
    if (item.orderStatus === 'Pending') pending.add(item.orderId);
    else notPending.add(item.orderId);
  }
  const waiting = [...data.orders.values()].filter(
    (order) =>
      order.channel === 'MFN' &&
      !order.cancelled &&
      !order.shipmentConfirmed &&
      order.latestShipDate !== null &&
      !(pending.has(order.orderId) && !notPending.has(order.orderId)) &&
      !confirmed.has(order.orderId),
  );
  waiting.sort(
    (a, b) => (a.latestShipDate ?? 0) - (b.latestShipDate ?? 0) || (a.orderId < b.orderId ? -1 : 1),
  );
  const rows: TableCell[][] = [[...ordersToShipHeader]];
  for (const order of waiting) {
    const shipBy = dayKey(order.latestShipDate ?? 0, timeZone);
    rows.push([
      order.orderId,
      shipBy,
      daysBetween(asOf, shipBy),
      order.latestDeliveryDate === null ? '' : dayKey(order.latestDeliveryDate, timeZone),
      [...(skus.get(order.orderId) ?? [])].sort().join(', '),
      order.units,
    ]);
  }
  if (rows.length === 1)
    rows.push(['No seller-fulfilled order is waiting to ship.', '', '', '', '', '']);
  return rows;
}
