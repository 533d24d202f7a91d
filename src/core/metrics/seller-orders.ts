import type { Channel, FbaShipment, OrderItem } from '../reports/types';
import type { HealthInput } from './types';

/**
 * One order, merged from every row that mentions it. Amazon counts orders, not rows: the order
 * reports have one row per item, and a seller may paste both the All Orders report and the
 * seller-fulfilled Order Report, which list the same orders again (DESIGN "Data rules").
 */
export interface SellerOrder {
  orderId: string;
  /** The order's date: it places the order, and every ODR defect on it, in a window. */
  purchaseDate: number;
  channel: Channel;
  /** The whole order was cancelled: a row's order status says so, or every item's status does. */
  cancelled: boolean;
  /** The order or at least one of its items was cancelled (item cancellations count in CR). */
  hasCancellation: boolean;
  /** A report shows the shipment as confirmed (Shipped or Partially Shipped). */
  shipmentConfirmed: boolean;
  /** Some row says the buyer asked to cancel through Amazon (`is-buyer-requested-cancelation`). */
  buyerRequestedCancel: boolean;
  /** The end of the ship-by period, LSR's expected ship date (reference 3.2). */
  latestShipDate: number | null;
  /** The deliver-by date, OTDR's promise (reference 3.2). */
  latestDeliveryDate: number | null;
  /** Units ordered; an item listed by both order reports is counted once. */
  units: number;
  /** Distinct items (SKUs) in the order. */
  items: number;
  /**
   * From the shipping confirmations (`mergeShipments` sets it): the latest confirmation instant of
   * the order's rows, which LSR judges by; null when none of them has one.
   */
  lastConfirmedAt: number | null;
  /** The latest ship date typed on confirmation rows without a confirmation instant, or null. */
  lastTypedShipDate: number | null;
}

/** A package of an order, as `mergeShipments` chains the order's packages (see `packageKey`). */
export interface TrackedPackage {
  /** The tracking number; for rows without one, their ship date and carrier (`packageKey`). */
  key: string;
  next: TrackedPackage | null;
}

/**
 * An order as merged, with a slot for `mergeShipments`: the first of its tracked packages hangs
 * off the order, so finding an order's package costs no second map of every order ID.
 */
export interface MergedOrder extends SellerOrder {
  /** The order's first tracked package; null until a confirmation row gives it one. */
  firstPackage: TrackedPackage | null;
}

/** The orders of the input, by order ID and as a list (in the order of their first rows). */
export interface MergedOrders {
  byId: Map<string, MergedOrder>;
  /**
   * The same orders, for the metrics' passes: a loop over an array allocates nothing, one over a
   * Map's values allocates per entry where V8 has not optimised it (a custom function runs cold).
   */
  list: MergedOrder[];
}

/** An order while its rows are merged. Most orders have one item, so a map only for the rest. */
interface MergingOrder extends MergedOrder {
  /** Listed by the orders report (not only by FBA shipments). */
  listed: boolean;
  firstItem: string;
  firstItemUnits: number;
  /** Quantity per further item key, so an item listed twice is counted once. */
  moreItems: Map<string, number> | null;
  itemStatusSeen: boolean;
  everyItemCancelled: boolean;
}

/** The Order Report has no ASIN column, so the SKU is what ties an item across the two reports. */
function itemKey(sku: string, asin: string, productName: string): string {
  return sku.trim() || asin.trim() || productName.trim();
}

/**
 * The earlier of two optional instants. The merges on every row's path compare rather than call
 * Math.min/max: a global lookup is slow where the global object is a sandbox (Node's vm: the local
 * host, the bench).
 */
function earlier(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

function addItem(order: MergingOrder, key: string, quantity: number): void {
  if (order.firstItem === key) {
    if (quantity > order.firstItemUnits) order.firstItemUnits = quantity;
    return;
  }
  if (!order.moreItems) order.moreItems = new Map();
  order.moreItems.set(key, Math.max(order.moreItems.get(key) ?? 0, quantity));
}

interface MergingOrders {
  byId: Map<string, MergingOrder>;
  list: MergingOrder[];
}

function newOrder(
  orders: MergingOrders,
  orderId: string,
  purchaseDate: number,
  channel: Channel,
  item: string,
) {
  const order: MergingOrder = {
    orderId,
    purchaseDate,
    channel,
    cancelled: false,
    hasCancellation: false,
    shipmentConfirmed: false,
    buyerRequestedCancel: false,
    latestShipDate: null,
    latestDeliveryDate: null,
    units: 0,
    items: 0,
    lastConfirmedAt: null,
    lastTypedShipDate: null,
    firstPackage: null,
    listed: true,
    firstItem: item,
    firstItemUnits: 0,
    moreItems: null,
    itemStatusSeen: false,
    everyItemCancelled: true,
  };
  orders.byId.set(orderId, order);
  orders.list.push(order);
  return order;
}

/** Merges an item row into its order (`known`: the order so far, if any); returns the order. */
function mergeItemRow(
  orders: MergingOrders,
  known: MergingOrder | undefined,
  row: OrderItem,
): MergingOrder {
  const item = itemKey(row.sku, row.asin, row.productName);
  const order = known ?? newOrder(orders, row.orderId, row.purchaseDate, row.channel, item);
  // Every merge is order-independent (min, or, max), so shuffled or repeated rows give the same
  // order. Rows of one order should agree; where they do not:
  if (row.purchaseDate < order.purchaseDate) order.purchaseDate = row.purchaseDate;
  // MFN wins: the seller-fulfilled Order Report lists only orders the seller ships.
  if (row.channel === 'MFN') order.channel = 'MFN';
  // Cancellation is final, so an older snapshot saying otherwise is out of date.
  if (row.orderStatus === 'Cancelled') order.cancelled = true;
  if (row.orderStatus === 'Shipped' || row.orderStatus === 'PartiallyShipped') {
    order.shipmentConfirmed = true;
  }
  if (row.itemStatus !== null) {
    order.itemStatusSeen = true;
    if (row.itemStatus !== 'Cancelled') order.everyItemCancelled = false;
    else order.hasCancellation = true;
    if (row.itemStatus === 'Shipped') order.shipmentConfirmed = true;
  }
  if (row.buyerRequestedCancel === true) order.buyerRequestedCancel = true;
  // The earliest promise: OTDR's unit rate is measured before promise extensions (reference 1.5).
  order.latestShipDate = earlier(order.latestShipDate, row.latestShipDate);
  order.latestDeliveryDate = earlier(order.latestDeliveryDate, row.latestDeliveryDate);
  addItem(order, item, row.quantity);
  return order;
}

/** FBA shipment rows add AFN orders that the orders report does not list. */
function mergeFbaRow(
  orders: MergingOrders,
  known: MergingOrder | undefined,
  row: FbaShipment,
): MergingOrder {
  const item = itemKey(row.sku, '', row.productName);
  let order = known;
  if (!order) {
    order = newOrder(orders, row.orderId, row.purchaseDate, 'AFN', item);
    order.listed = false;
    order.shipmentConfirmed = true;
  }
  if (order.listed) return order;
  if (row.purchaseDate < order.purchaseDate) order.purchaseDate = row.purchaseDate;
  addItem(order, item, row.quantity);
  return order;
}

/**
 * Every order of the input by order ID: order-report rows first, then FBA-only orders. The rows of
 * an order come together in the reports, so a row of the previous row's order is not looked up.
 */
export function sellerOrders(input: HealthInput): MergedOrders {
  const orders: MergingOrders = { byId: new Map(), list: [] };
  const { byId } = orders;
  let order: MergingOrder | undefined;
  for (const row of input.orders) {
    order = mergeItemRow(
      orders,
      order?.orderId === row.orderId ? order : byId.get(row.orderId),
      row,
    );
  }
  for (const row of input.fbaShipments) {
    order = mergeFbaRow(
      orders,
      order?.orderId === row.orderId ? order : byId.get(row.orderId),
      row,
    );
  }
  for (const order of orders.list) {
    if (order.itemStatusSeen && order.everyItemCancelled) order.cancelled = true;
    if (order.cancelled) order.hasCancellation = true;
    order.units = order.firstItemUnits;
    order.items = 1;
    if (order.moreItems) {
      for (const units of order.moreItems.values()) order.units += units;
      order.items += order.moreItems.size;
    }
  }
  return orders;
}
