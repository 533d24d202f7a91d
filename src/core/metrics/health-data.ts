import { type SellerOrder, sellerOrders } from './seller-orders';
import { mergeShipments, type ShippedPackage } from './shipped-packages';
import type { HealthInput } from './types';

/**
 * The input merged once, so the metrics of `accountHealth` share one pass over the rows of each
 * report: the orders by order ID, with their shipment confirmation times, and the packages.
 */
export class HealthData {
  readonly input: HealthInput;
  /** Every order by order ID (see `sellerOrders` and `mergeShipments`). */
  readonly orders: ReadonlyMap<string, SellerOrder>;
  /** The same orders as a list, which the metrics loop over (see `MergedOrders.list`). */
  readonly orderList: readonly SellerOrder[];
  private readonly packageList: ShippedPackage[];

  constructor(input: HealthInput) {
    this.input = input;
    const orders = sellerOrders(input);
    this.orders = orders.byId;
    this.orderList = orders.list;
    this.packageList = mergeShipments(input.shipments, orders.byId);
  }

  /** Seller-fulfilled packages (VTR, OTDR). */
  packages(): ShippedPackage[] {
    return this.packageList;
  }
}
