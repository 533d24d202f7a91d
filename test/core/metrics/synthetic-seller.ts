/**
 * A large synthetic seller for the speed test: 50,000 orders of two item rows each (100,000 order
 * rows) over 90 days, four in five seller-fulfilled with ship-by and deliver-by dates, a shipping
 * confirmation for each of those, and feedback, claims and chargebacks on some orders.
 */
import type { HealthInput } from '../../../src/core/metrics/types';
import {
  at,
  chargebackOn,
  claimOn,
  feedbackOn,
  healthInput,
  item,
  orderIdOf,
  shipment,
} from './factories';

const hourMs = 3_600_000;

export function syntheticSeller(orderCount = 50_000): HealthInput {
  const input = healthInput();
  const start = at('2024-04-02', '00:00');
  const span = at('2024-06-30', '23:00') - start;
  for (let n = 0; n < orderCount; n++) {
    const orderId = orderIdOf(n);
    const purchaseDate = start + Math.floor((span * n) / orderCount);
    const sellerFulfilled = n % 5 !== 0;
    const common = {
      orderId,
      purchaseDate,
      channel: sellerFulfilled ? ('MFN' as const) : ('AFN' as const),
      orderStatus: n % 97 === 0 ? ('Cancelled' as const) : ('Shipped' as const),
      latestShipDate: sellerFulfilled ? purchaseDate + 48 * hourMs : null,
      latestDeliveryDate: sellerFulfilled ? purchaseDate + 120 * hourMs : null,
    };
    input.orders.push(item({ ...common, sku: 'MUG-RED' }), item({ ...common, sku: 'MUG-BLUE' }));
    if (sellerFulfilled && common.orderStatus === 'Shipped') {
      const confirmedAt = purchaseDate + (n % 23 === 0 ? 60 : 30) * hourMs;
      input.shipments.push(
        shipment({
          orderId,
          shipDate: confirmedAt,
          confirmedAt,
          carrierCode: n % 41 === 0 ? 'Other' : 'UPS',
          deliveredAt: confirmedAt + (n % 31 === 0 ? 110 : 70) * hourMs,
        }),
      );
    }
    if (n % 10 === 0) input.feedback.push(feedbackOn(orderId, ((n / 10) % 5) + 1));
    if (n % 250 === 0) input.claims.push(claimOn(orderId, n % 500 === 0));
    if (n % 1000 === 0) input.chargebacks.push(chargebackOn(orderId));
  }
  return input;
}
