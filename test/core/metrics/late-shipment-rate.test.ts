import { describe, expect, it } from 'vitest';
import { marketplaceByCode } from '../../../src/core/marketplaces';
import { accountHealth, lateShipmentRate, MetricInputError } from '../../../src/core/metrics';
import type { OrderItem, ShipmentConfirmation } from '../../../src/core/reports/types';
import { at, healthInput, item, optionsFor, orderIdOf, shift, shipment } from './factories';

const asOf = '2024-06-30';
const options = optionsFor(asOf);

/** A seller-fulfilled order due to ship by the end of `shipBy` (Pacific). */
function dueOrder(orderId: string, shipBy: string, overrides: Partial<OrderItem> = {}) {
  return item({
    orderId,
    purchaseDate: at(shift(shipBy, -2)),
    latestShipDate: at(shipBy, '23:59'),
    ...overrides,
  });
}

/** A confirmation made at a local time on a day (the typed ship date is that day). */
function confirmed(orderId: string, day: string, time = '15:00'): ShipmentConfirmation {
  return shipment({ orderId, shipDate: at(day, '00:00'), confirmedAt: at(day, time) });
}

/** `count` orders due on `shipBy`, the first `late` of them confirmed two days late. */
function batch(from: number, count: number, late: number, shipBy: string) {
  const orders: OrderItem[] = [];
  const shipments: ShipmentConfirmation[] = [];
  for (let n = from; n < from + count; n++) {
    const orderId = orderIdOf(n);
    orders.push(dueOrder(orderId, shipBy));
    shipments.push(confirmed(orderId, n < from + late ? shift(shipBy, 2) : shipBy));
  }
  return { orders, shipments };
}

describe('Late Shipment Rate', () => {
  it('is 5% for 10 late orders of 200, above the 4% target', () => {
    const input = healthInput(batch(0, 200, 10, '2024-06-25'));

    const result = lateShipmentRate(input, 30, options);

    expect(result).toMatchObject({
      metric: 'lateShipmentRate',
      label: 'Late Shipment Rate',
      channel: 'MFN',
      numerator: 10,
      denominator: 200,
      value: 0.05,
      target: 0.04,
      status: 'breach',
      unit: 'orders',
    });
    expect(result.defects[0]).toEqual({
      orderId: orderIdOf(0),
      day: '2024-06-25',
      detail: 'shipped 2 days late',
    });
  });

  it('evaluates the 10-day and the 30-day window apart: 12% and 3.5%', () => {
    const recent = batch(0, 25, 3, '2024-06-25');
    const earlier = batch(100, 175, 4, '2024-06-05');
    const input = healthInput({
      orders: [...recent.orders, ...earlier.orders],
      shipments: [...recent.shipments, ...earlier.shipments],
    });

    const tenDays = lateShipmentRate(input, 10, options);
    const thirtyDays = lateShipmentRate(input, 30, options);

    expect(tenDays).toMatchObject({
      windowStart: '2024-06-21',
      windowEnd: asOf,
      windowDays: 10,
      numerator: 3,
      denominator: 25,
      value: 0.12,
      status: 'breach',
    });
    expect(thirtyDays).toMatchObject({
      windowStart: '2024-06-01',
      windowDays: 30,
      numerator: 7,
      denominator: 200,
      value: 0.035,
      status: 'near',
    });
  });

  it('judges by the confirmation time when the file has it, else by the typed ship date', () => {
    const input = healthInput({
      orders: ['typedOnTime', 'typedLate', 'confirmedLate', 'confirmedOnTime'].map((id) =>
        dueOrder(id, '2024-06-20'),
      ),
      shipments: [
        shipment({ orderId: 'typedOnTime', shipDate: at('2024-06-20', '00:00') }),
        shipment({ orderId: 'typedLate', shipDate: at('2024-06-21', '00:00') }),
        // Typed as shipped on the day, but confirmed in Seller Central the next morning.
        shipment({
          orderId: 'confirmedLate',
          shipDate: at('2024-06-20', '00:00'),
          confirmedAt: at('2024-06-21', '08:00'),
        }),
        shipment({
          orderId: 'confirmedOnTime',
          shipDate: at('2024-06-22', '00:00'),
          confirmedAt: at('2024-06-20', '18:00'),
        }),
      ],
    });

    const result = lateShipmentRate(input, 30, options);

    expect(result.denominator).toBe(4);
    expect(result.defects).toEqual([
      { orderId: 'confirmedLate', day: '2024-06-20', detail: 'shipped 1 day late' },
      { orderId: 'typedLate', day: '2024-06-20', detail: 'shipped 1 day late' },
    ]);
  });

  it('counts an order late when any of its confirmations is late, and counts it once', () => {
    const orderId = orderIdOf(1);
    const input = healthInput({
      orders: [
        dueOrder(orderId, '2024-06-20', { sku: 'MUG-RED' }),
        dueOrder(orderId, '2024-06-20', { sku: 'MUG-BLUE' }),
      ],
      shipments: [
        { ...confirmed(orderId, '2024-06-20'), trackingNumber: 'T1' },
        { ...confirmed(orderId, '2024-06-23'), trackingNumber: 'T2' },
      ],
    });

    const result = lateShipmentRate(input, 30, options);

    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
    expect(result.defects[0]?.detail).toBe('shipped 3 days late');
  });

  it('judges an order by its latest confirmation and its latest typed ship date together', () => {
    const input = healthInput({
      orders: ['typedLater', 'confirmedLater', 'allOnTime'].map((id) => dueOrder(id, '2024-06-20')),
      shipments: [
        // Confirmed on time, but another row of the order was only typed as shipped two days on.
        confirmed('typedLater', '2024-06-20'),
        shipment({ orderId: 'typedLater', shipDate: at('2024-06-22', '00:00') }),
        // The typed row is a day late; the confirmation of the other row came three days late.
        shipment({ orderId: 'confirmedLater', shipDate: at('2024-06-21', '00:00') }),
        confirmed('confirmedLater', '2024-06-23', '08:00'),
        shipment({ orderId: 'allOnTime', shipDate: at('2024-06-20', '00:00') }),
        confirmed('allOnTime', '2024-06-19'),
      ],
    });

    const result = lateShipmentRate(input, 30, options);

    expect(result.denominator).toBe(3);
    expect(result.defects).toEqual([
      { orderId: 'confirmedLater', day: '2024-06-20', detail: 'shipped 3 days late' },
      { orderId: 'typedLater', day: '2024-06-20', detail: 'shipped 2 days late' },
    ]);
  });

  it('counts an unconfirmed order whose ship-by date has passed as late', () => {
    const input = healthInput({
      orders: [
        dueOrder('unconfirmed', '2024-06-27', { orderStatus: 'Unshipped' }),
        // Due by the end of the as-of day, and nothing in the reports is later: still to ship.
        dueOrder('dueToday', asOf, { orderStatus: 'Unshipped' }),
        // Shipped according to the orders report, but the file does not say when: left out.
        dueOrder('shippedNoRow', '2024-06-27', { orderStatus: 'Shipped' }),
      ],
    });

    const result = lateShipmentRate(input, 10, options);

    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
    expect(result.defects).toEqual([
      { orderId: 'unconfirmed', day: '2024-06-27', detail: 'not confirmed, 3 days past ship-by' },
    ]);
  });

  it('counts an order due on the as-of day as late once the reports hold a later instant', () => {
    const dueToday = dueOrder('dueToday', asOf, { orderStatus: 'Unshipped' });
    // An order placed the next morning: the report was taken after the ship-by time had passed.
    const nextMorning = item({ orderId: 'nextMorning', purchaseDate: at(shift(asOf, 1), '08:00') });
    const result = lateShipmentRate(healthInput({ orders: [dueToday, nextMorning] }), 10, options);
    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
    expect(result.defects).toEqual([
      { orderId: 'dueToday', day: asOf, detail: 'not confirmed by the ship-by date' },
    ]);
  });

  it('leaves out cancelled, FBA and undated orders, and orders due outside the window', () => {
    const input = healthInput({
      orders: [
        dueOrder('counted', '2024-06-25'),
        dueOrder('cancelled', '2024-06-25', { orderStatus: 'Cancelled' }),
        dueOrder('fba', '2024-06-25', { channel: 'AFN' }),
        item({ orderId: 'noShipBy' }),
        // Placed inside the 10 days, but due to ship before them.
        dueOrder('dueBefore', '2024-06-20', { purchaseDate: at('2024-06-22') }),
      ],
      shipments: ['counted', 'cancelled', 'fba', 'noShipBy', 'dueBefore'].map((orderId) =>
        confirmed(orderId, '2024-06-28'),
      ),
    });

    const result = lateShipmentRate(input, 10, options);

    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
    expect(result.defects.map((d) => d.orderId)).toEqual(['counted']);
  });

  it('asks for the latest-ship-date column when no seller-fulfilled order has one', () => {
    const input = healthInput({ orders: [item({ orderId: orderIdOf(1) })] });

    expect(() => lateShipmentRate(input, 30, options)).toThrow(MetricInputError);
    expect(() => lateShipmentRate(input, 30, options)).toThrow(
      'Late Shipment Rate needs the latest-ship-date column of the seller-fulfilled Order Report',
    );
  });

  it('has no rate without seller-fulfilled orders', () => {
    const input = healthInput({ orders: [item({ orderId: 'fba', channel: 'AFN' })] });
    expect(lateShipmentRate(input, 30, options)).toMatchObject({ value: null, status: 'noData' });
  });
});

describe("India's Total Late Dispatch Rate (FBA orders in the denominator)", () => {
  const india = marketplaceByCode('IN');
  const fbaOrders = (count: number) =>
    Array.from({ length: count }, (_, n) =>
      item({ orderId: `fba-${n}`, channel: 'AFN', purchaseDate: at('2024-06-20', '12:00') }),
    );

  it("is 30% for 30 late seller-fulfilled orders among 100 orders with FBA (Amazon's example)", () => {
    const mfn = batch(0, 40, 30, '2024-06-25');
    const input = healthInput({
      orders: [...mfn.orders, ...fbaOrders(60)],
      shipments: mfn.shipments,
    });
    expect(lateShipmentRate(input, 30, optionsFor(asOf, india))).toMatchObject({
      numerator: 30,
      denominator: 100,
      value: 0.3,
    });
    // Elsewhere LSR counts seller-fulfilled orders only.
    expect(lateShipmentRate(input, 30, options)).toMatchObject({ numerator: 30, denominator: 40 });
  });

  it("is 0% for an FBA-only seller with 100 orders (Amazon's example), and ACCOUNT_HEALTH shows it", () => {
    const input = healthInput({ orders: fbaOrders(100) });
    const rows = accountHealth(input, optionsFor(asOf, india)).filter(
      (r) => r.metric === 'lateShipmentRate',
    );
    expect(rows.map((r) => [r.windowDays, r.numerator, r.denominator, r.value])).toEqual([
      [10, 0, 100, 0],
      [30, 0, 100, 0],
    ]);
    // The US has no late shipment rate for an FBA-only seller.
    expect(accountHealth(input, options).some((r) => r.metric === 'lateShipmentRate')).toBe(false);
  });

  it('leaves cancelled FBA orders and FBA orders outside the window out', () => {
    const mfn = batch(0, 10, 1, '2024-06-25');
    const orders = [
      ...mfn.orders,
      ...fbaOrders(5),
      item({
        orderId: 'fba-cancelled',
        channel: 'AFN',
        orderStatus: 'Cancelled',
        purchaseDate: at('2024-06-20'),
      }),
      item({ orderId: 'fba-old', channel: 'AFN', purchaseDate: at('2024-05-01') }),
    ];
    const input = healthInput({ orders, shipments: mfn.shipments });
    expect(lateShipmentRate(input, 30, optionsFor(asOf, india))).toMatchObject({
      numerator: 1,
      denominator: 15,
    });
  });
});
