/**
 * ORDERS_TO_SHIP gathers SKUs and pending items only for the orders that may still be waiting:
 * over generated orders (pending, unshipped, cancelled, shipped, with and without ship-by dates,
 * SKUs blank or repeated, FBA rows, confirmations for some orders) its table is the one the first
 * version, with a set per order, gives (orders-to-ship-reference.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ordersToShip } from '../../src/core/dashboard/tables';
import { emptyHealthInput } from '../../src/core/health-input';
import type { OrderStatus } from '../../src/core/reports/types';
import { at, fbaRow, item, shipment, us } from '../core/metrics/factories';
import { referenceOrdersToShip } from './orders-to-ship-reference';

const day = fc
  .integer({ min: 0, max: 20 })
  .map((d) => at(`2024-06-${String(d + 1).padStart(2, '0')}`));
const status = fc.constantFrom<OrderStatus>(
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Cancelled',
  'Other',
);
const orderRow = fc.record({
  order: fc.integer({ min: 0, max: 30 }),
  orderStatus: status,
  itemStatus: fc.option(status, { nil: null }),
  channel: fc.constantFrom('MFN' as const, 'AFN' as const),
  sku: fc.constantFrom('', 'MUG-RED', 'MUG-BLUE', 'TEAPOT'),
  purchaseDate: day,
  latestShipDate: fc.option(day, { nil: null }),
  latestDeliveryDate: fc.option(day, { nil: null }),
  quantity: fc.integer({ min: 1, max: 3 }),
  // The seller-fulfilled Order Report's line ID, which confirmation rows name.
  line: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
});
// A confirmation row: its order, the line it names (or none) and its quantity (or blank).
const confirmationRow = fc.record({
  order: fc.integer({ min: 0, max: 30 }),
  line: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  quantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
});

describe('ORDERS_TO_SHIP, against the first version', () => {
  it('spills the same table for generated orders', () => {
    let orders = 0;
    let waiting = 0;
    fc.assert(
      fc.property(
        fc.array(orderRow, { maxLength: 60, size: 'max' }),
        fc.array(confirmationRow, { maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 5 }),
        (rows, confirmed, fba) => {
          const input = emptyHealthInput();
          input.orders = rows.map(({ order, line, ...row }) =>
            item({
              ...row,
              orderId: `order-${order}`,
              ...(line === null ? {} : { orderItemId: `${order}-${line}` }),
            }),
          );
          input.shipments = confirmed.map(({ order, line, quantity }) =>
            shipment({
              orderId: `order-${order}`,
              orderItemId: line === null ? '' : `${order}-${line}`,
              quantity,
              shipDate: at('2024-06-10'),
            }),
          );
          input.fbaShipments = fba.map((n) => fbaRow(`order-${n}`, at('2024-06-05')));
          const table = ordersToShip(input, us, '2024-06-15');
          expect(table).toEqual(referenceOrdersToShip(input, us, '2024-06-15'));
          orders += rows.length;
          waiting += table.length - 1;
        },
      ),
      { numRuns: 3000 },
    );
    expect(orders).toBeGreaterThan(50_000);
    expect(waiting).toBeGreaterThan(1000);
  });
});
