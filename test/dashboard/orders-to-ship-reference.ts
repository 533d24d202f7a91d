/**
 * ORDERS_TO_SHIP's table as first written (a set of SKUs and the pending flags for every order of
 * the report), with partly shipped orders added as sets too: the reference `ordersToShip` of
 * src/core/dashboard/tables.ts is checked against.
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
  // An item with a Cancelled line ships only what All Orders still lists of it (another line of
  // the same SKU); the Order Report's lines, without an item status, no longer count for it.
  const itemKey = (item: (typeof input.orders)[number]) =>
    `${item.orderId}\u0000${item.sku.trim() || item.asin.trim() || item.productName.trim()}`;
  const cancelledItems = new Set(
    input.orders.filter((item) => item.itemStatus === 'Cancelled').map(itemKey),
  );
  const ships = (item: (typeof input.orders)[number]) =>
    item.itemStatus !== 'Cancelled' &&
    (item.itemStatus !== null || !cancelledItems.has(itemKey(item)));
  const itemUnits = new Map<string, Map<string, number>>();
  for (const item of input.orders) {
    let set = skus.get(item.orderId);
    if (!set) {
      set = new Set();
      skus.set(item.orderId, set);
    }
    if (item.sku !== '' && ships(item)) set.add(item.sku);
    if (ships(item)) {
      const units = itemUnits.get(item.orderId) ?? new Map<string, number>();
      units.set(itemKey(item), Math.max(units.get(itemKey(item)) ?? 0, item.quantity));
      itemUnits.set(item.orderId, units);
    }
    if (item.orderStatus === 'Pending') pending.add(item.orderId);
    else notPending.add(item.orderId);
  }
  const unitsOf = (order: { orderId: string; units: number }) => {
    const units = itemUnits.get(order.orderId);
    return units && units.size > 0 ? [...units.values()].reduce((a, b) => a + b, 0) : order.units;
  };
  // Partly shipped: items of a PartiallyShipped order still Unshipped, unless every unit of the
  // order has been confirmed since.
  const partlySkus = new Map<string, Set<string>>();
  // Units by order and item: an item on two lines counts its largest quantity once.
  const partlyItems = new Map<string, Map<string, number>>();
  for (const item of input.orders) {
    if (item.orderStatus !== 'PartiallyShipped' || item.itemStatus !== 'Unshipped') continue;
    const set = partlySkus.get(item.orderId) ?? new Set<string>();
    if (item.sku !== '') set.add(item.sku);
    partlySkus.set(item.orderId, set);
    const items = partlyItems.get(item.orderId) ?? new Map<string, number>();
    const key = item.sku.trim() || item.asin.trim() || item.productName.trim();
    items.set(key, Math.max(items.get(key) ?? 0, item.quantity));
    partlyItems.set(item.orderId, items);
  }
  const partlyUnits = new Map(
    [...partlyItems].map(([id, items]) => [id, [...items.values()].reduce((a, b) => a + b, 0)]),
  );
  // Confirmed units as the rows say them (a quantity; for a row naming an item without one, that
  // item's quantity in the order rows, else 1), each distinct row once.
  const quantityOfItem = new Map(
    input.orders.flatMap((item) =>
      item.orderItemId ? [[item.orderItemId.trim(), item.quantity] as const] : [],
    ),
  );
  const confirmedUnits = new Map<string, number>();
  const distinctRows = new Set(
    input.shipments.map((row) =>
      JSON.stringify([
        row.orderId,
        row.trackingNumber.trim(),
        row.shipDate,
        row.orderItemId.trim(),
        row.quantity ??
          (row.orderItemId.trim() === '' ? 0 : (quantityOfItem.get(row.orderItemId.trim()) ?? 1)),
      ]),
    ),
  );
  for (const row of distinctRows) {
    const [orderId, , , , units] = JSON.parse(row) as [string, string, number, string, number];
    confirmedUnits.set(orderId, (confirmedUnits.get(orderId) ?? 0) + units);
  }
  // Every unit of the items not cancelled confirmed: the order waits no more.
  const partly = (order: { orderId: string; units: number }) =>
    partlyUnits.has(order.orderId) && (confirmedUnits.get(order.orderId) ?? 0) < unitsOf(order);
  const waiting = [...data.orders.values()].filter(
    (order) =>
      order.channel === 'MFN' &&
      !order.cancelled &&
      order.latestShipDate !== null &&
      (partly(order) ||
        (!order.shipmentConfirmed &&
          !(pending.has(order.orderId) && !notPending.has(order.orderId)) &&
          !confirmed.has(order.orderId))),
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
      [...((partly(order) ? partlySkus : skus).get(order.orderId) ?? [])].sort().join(', '),
      partly(order) ? (partlyUnits.get(order.orderId) ?? 0) : unitsOf(order),
    ]);
  }
  if (rows.length === 1)
    rows.push(['No seller-fulfilled order is waiting to ship.', '', '', '', '', '']);
  return rows;
}
