import { describe, expect, it } from 'vitest';
import { cancellationRate } from '../../../src/core/metrics';
import { at, healthInput, india, item, optionsFor, orderIdOf, us } from './factories';

const asOf = '2024-06-30';

/** `count` shipped seller-fulfilled orders placed on a day. */
function shippedOrders(count: number, day: string, from = 1000) {
  return Array.from({ length: count }, (_, n) =>
    item({ orderId: orderIdOf(from + n), purchaseDate: at(day) }),
  );
}

describe('Pre-fulfillment Cancel Rate', () => {
  it('counts cancellations by the seller but not those the buyer requested through Amazon', () => {
    const input = healthInput({
      orders: [
        ...shippedOrders(37, '2024-06-26'),
        item({ orderId: 'seller', orderStatus: 'Cancelled', buyerRequestedCancel: false }),
        // Reports without the is-buyer-requested-cancelation column: it counts.
        item({ orderId: 'unknown', orderStatus: 'Cancelled', buyerRequestedCancel: null }),
        item({ orderId: 'buyer', orderStatus: 'Cancelled', buyerRequestedCancel: true }),
      ].map((row) => ({ ...row, purchaseDate: at('2024-06-26') })),
    });

    const result = cancellationRate(input, 7, optionsFor(asOf));

    expect(result).toMatchObject({
      metric: 'cancellationRate',
      label: 'Pre-fulfillment Cancel Rate',
      channel: 'MFN',
      numerator: 2,
      denominator: 40,
      value: 0.05,
      target: 0.025,
      status: 'breach',
      windowStart: '2024-06-24',
      windowEnd: asOf,
      windowDays: 7,
    });
    expect(result.defects).toEqual([
      { orderId: 'seller', day: '2024-06-26', detail: 'order cancelled' },
      { orderId: 'unknown', day: '2024-06-26', detail: 'order cancelled' },
    ]);
  });

  it('counts a seller cancelling one item of an order that still ships', () => {
    const orderId = orderIdOf(1);
    const input = healthInput({
      orders: [
        item({ orderId, sku: 'MUG-RED', itemStatus: 'Shipped', purchaseDate: at('2024-06-28') }),
        item({ orderId, sku: 'MUG-BLUE', itemStatus: 'Cancelled', purchaseDate: at('2024-06-28') }),
        item({ orderId: orderIdOf(2), itemStatus: 'Shipped', purchaseDate: at('2024-06-28') }),
      ],
    });

    const result = cancellationRate(input, 7, optionsFor(asOf));

    expect(result).toMatchObject({ numerator: 1, denominator: 2 });
    expect(result.defects).toEqual([{ orderId, day: '2024-06-28', detail: 'item cancelled' }]);
  });

  it('counts each order once, whatever its item rows and reports, and leaves FBA out', () => {
    const orderId = orderIdOf(1);
    const cancelledRow = { orderId, orderStatus: 'Cancelled' as const, purchaseDate: at(asOf) };
    const input = healthInput({
      orders: [
        item({ ...cancelledRow, sku: 'MUG-RED' }),
        item({ ...cancelledRow, sku: 'MUG-BLUE' }),
        item({ ...cancelledRow, sku: 'MUG-RED', asin: '' }),
        item({ orderId: 'fba', channel: 'AFN', orderStatus: 'Cancelled', purchaseDate: at(asOf) }),
        ...shippedOrders(3, asOf),
      ],
    });

    expect(cancellationRate(input, 7, optionsFor(asOf))).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 0.25,
    });
  });

  it('measures India over 7 and 30 days against its 2% target', () => {
    const input = healthInput({
      orders: [
        ...shippedOrders(48, '2024-06-10'),
        item({ orderId: 'first', orderStatus: 'Cancelled', purchaseDate: at('2024-06-10') }),
        item({ orderId: 'second', orderStatus: 'Cancelled', purchaseDate: at('2024-06-12') }),
        ...shippedOrders(50, '2024-06-28', 5000),
      ],
    });

    const sevenDays = cancellationRate(input, 7, optionsFor(asOf, india));
    const thirtyDays = cancellationRate(input, 30, optionsFor(asOf, india));

    expect(india.cancellationWindows).toEqual([7, 30]);
    expect(sevenDays).toMatchObject({ numerator: 0, denominator: 50, status: 'fine' });
    // 2% is not under India's 2%; the same orders are near the 2.5% of other marketplaces.
    expect(thirtyDays).toMatchObject({
      numerator: 2,
      denominator: 100,
      value: 0.02,
      target: 0.02,
      status: 'breach',
    });
    expect(cancellationRate(input, 30, optionsFor(asOf, us))).toMatchObject({
      target: 0.025,
      status: 'near',
    });
  });

  it('has no rate without seller-fulfilled orders in the window', () => {
    expect(cancellationRate(healthInput(), 7, optionsFor(asOf))).toMatchObject({
      value: null,
      denominator: 0,
      status: 'noData',
      defects: [],
    });
  });
});
