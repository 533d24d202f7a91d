import type { ShipmentConfirmation } from '../reports/types';
import { type SellerOrder, sellerOrders } from './seller-orders';
import { type ShippedPackage, shippedPackages } from './shipped-packages';
import type { HealthInput } from './types';

/**
 * The input merged once, so the metrics of `accountHealth` share one pass over the rows. The
 * shipment views are built on first use: ODR needs neither.
 */
export class HealthData {
  readonly input: HealthInput;
  /** Every order by order ID (see `sellerOrders`). */
  readonly orders: ReadonlyMap<string, SellerOrder>;
  private packageList: ShippedPackage[] | undefined;
  private confirmationsByOrder: Map<string, ShipmentConfirmation[]> | undefined;

  constructor(input: HealthInput) {
    this.input = input;
    this.orders = sellerOrders(input);
  }

  /** Seller-fulfilled packages (VTR, OTDR). */
  packages(): ShippedPackage[] {
    if (!this.packageList) this.packageList = shippedPackages(this.input.shipments, this.orders);
    return this.packageList;
  }

  /** The shipping-confirmation rows of an order, or undefined when it has none. */
  confirmationsOf(orderId: string): ShipmentConfirmation[] | undefined {
    if (!this.confirmationsByOrder) {
      this.confirmationsByOrder = new Map();
      for (const row of this.input.shipments) {
        const rows = this.confirmationsByOrder.get(row.orderId);
        if (rows) rows.push(row);
        else this.confirmationsByOrder.set(row.orderId, [row]);
      }
    }
    return this.confirmationsByOrder.get(orderId);
  }
}
