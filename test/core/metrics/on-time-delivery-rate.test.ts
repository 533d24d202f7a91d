import { describe, expect, it } from 'vitest';
import { MetricInputError, onTimeDeliveryRate } from '../../../src/core/metrics';
import type { OrderItem, ShipmentConfirmation } from '../../../src/core/reports/types';
import { at, healthInput, item, optionsFor, orderIdOf, shift, shipment } from './factories';

const asOf = '2024-06-30';
const options = optionsFor(asOf);

/** An order promised for delivery by the end of `deliverBy` (Pacific). */
function promised(orderId: string, deliverBy: string, overrides: Partial<OrderItem> = {}) {
  return item({
    orderId,
    purchaseDate: at(shift(deliverBy, -5)),
    latestShipDate: at(shift(deliverBy, -3), '23:59'),
    latestDeliveryDate: at(deliverBy, '23:59'),
    ...overrides,
  });
}

/** A tracked package confirmed three days before `deliverBy`, delivered at `deliveredAt`. */
function delivered(
  orderId: string,
  deliverBy: string,
  deliveredAt: number | null,
  overrides: Partial<ShipmentConfirmation> = {},
) {
  const day = shift(deliverBy, -3);
  return shipment({
    orderId,
    shipDate: at(day, '00:00'),
    confirmedAt: at(day, '17:00'),
    deliveredAt,
    ...overrides,
  });
}

describe('On-Time Delivery Rate', () => {
  it('unit rate: 90 of the 100 units promised 8 to 21 days ago were on time (90%)', () => {
    // 130 orders promised over the last 21 days; the 30 of the last 7 days are not yet measured.
    const orders: OrderItem[] = [];
    const shipments: ShipmentConfirmation[] = [];
    for (let n = 0; n < 130; n++) {
      const orderId = orderIdOf(n);
      const deliverBy = n < 100 ? shift('2024-06-10', n % 14) : shift('2024-06-24', n % 7);
      const late = n < 10;
      orders.push(promised(orderId, deliverBy));
      shipments.push(
        delivered(orderId, deliverBy, at(late ? shift(deliverBy, 1) : deliverBy, '14:00')),
      );
    }
    const input = healthInput({ orders, shipments });

    const unit = onTimeDeliveryRate(input, 'unit', options);
    const classic = onTimeDeliveryRate(input, 'classic', options);

    expect(unit).toMatchObject({
      metric: 'unitOnTimeDeliveryRate',
      label: 'Unit On-Time Delivery Rate',
      unit: 'units',
      windowStart: '2024-06-10',
      windowEnd: '2024-06-23',
      windowDays: 14,
      numerator: 90,
      denominator: 100,
      value: 0.9,
      target: 0.9,
      direction: 'min',
      status: 'near',
    });
    expect(unit.defects[0]).toEqual({
      orderId: orderIdOf(0),
      day: '2024-06-10',
      detail: 'delivered 1 day late',
    });
    expect(classic).toMatchObject({
      metric: 'onTimeDeliveryRate',
      label: 'On-Time Delivery Rate',
      unit: 'packages',
      windowStart: '2024-06-01',
      windowEnd: asOf,
      numerator: 120,
      denominator: 130,
      target: 0.97,
      status: 'breach',
    });
  });

  it('counts delivery any time on the deliver-by day as on time (Pacific time)', () => {
    // Amazon's report shows a deliver-by of 18 July as 19 July 06:59:59 GMT.
    const deliverBy = Date.UTC(2024, 6, 19, 6, 59, 59);
    const order = (orderId: string) =>
      promised(orderId, '2024-07-18', { latestDeliveryDate: deliverBy });
    const input = healthInput({
      orders: [order('lateEvening'), order('nextMorning')],
      shipments: [
        delivered('lateEvening', '2024-07-18', at('2024-07-18', '23:30')),
        delivered('nextMorning', '2024-07-18', at('2024-07-19', '00:30')),
      ],
    });

    const result = onTimeDeliveryRate(input, 'classic', optionsFor('2024-07-31'));

    expect(result).toMatchObject({ numerator: 1, denominator: 2 });
    expect(result.defects).toEqual([
      { orderId: 'nextMorning', day: '2024-07-18', detail: 'delivered 1 day late' },
    ]);
  });

  it('is not on time when confirmed after the promise, tracked after delivery, or never delivered', () => {
    const deliverBy = '2024-06-20';
    const input = healthInput({
      orders: ['onTime', 'confirmedAfter', 'trackedAfter', 'undelivered', 'untracked'].map(
        (orderId) => promised(orderId, deliverBy),
      ),
      shipments: [
        delivered('onTime', deliverBy, at(deliverBy, '10:00')),
        delivered('confirmedAfter', deliverBy, null, { confirmedAt: at('2024-06-21') }),
        delivered('trackedAfter', deliverBy, at('2024-06-18'), { confirmedAt: at('2024-06-19') }),
        delivered('undelivered', deliverBy, null),
        // Packages without valid tracking are not measured.
        delivered('untracked', deliverBy, null, { carrierCode: 'Other' }),
      ],
    });

    const result = onTimeDeliveryRate(input, 'classic', options);

    expect(result).toMatchObject({ numerator: 1, denominator: 4 });
    expect(result.defects).toEqual([
      { orderId: 'confirmedAfter', day: deliverBy, detail: 'confirmed after the deliver-by date' },
      { orderId: 'trackedAfter', day: deliverBy, detail: 'tracking confirmed after delivery' },
      { orderId: 'undelivered', day: deliverBy, detail: 'not delivered, 10 days past deliver-by' },
    ]);
  });

  it('unit rate counts the units in each package', () => {
    const deliverBy = '2024-06-15';
    const input = healthInput({
      orders: [
        promised('three', deliverBy, { quantity: 3 }),
        promised('split', deliverBy, { quantity: 4 }),
        promised('late', deliverBy, { quantity: 2 }),
      ],
      shipments: [
        delivered('three', deliverBy, at(deliverBy)),
        delivered('split', deliverBy, at(deliverBy), { quantity: 1, trackingNumber: '1ZA1' }),
        delivered('split', deliverBy, at(deliverBy), { quantity: 3, trackingNumber: '1ZB2' }),
        delivered('late', deliverBy, at('2024-06-17')),
      ],
    });

    const result = onTimeDeliveryRate(input, 'unit', options);

    expect(result).toMatchObject({ numerator: 7, denominator: 9 });
    expect(result.defects).toEqual([
      { orderId: 'late', day: deliverBy, detail: 'delivered 2 days late (2 units)' },
    ]);
  });

  it('asks for the delivered-date column when no shipment has a delivery date', () => {
    const input = healthInput({
      orders: [promised('a', '2024-06-20')],
      shipments: [delivered('a', '2024-06-20', null)],
    });

    expect(() => onTimeDeliveryRate(input, 'classic', options)).toThrow(MetricInputError);
    expect(() => onTimeDeliveryRate(input, 'classic', options)).toThrow(/delivered-date column/);
  });

  it('asks for the latest-delivery-date column when no order has a deliver-by date', () => {
    const input = healthInput({
      orders: [item({ orderId: 'a' })],
      shipments: [delivered('a', '2024-06-20', at('2024-06-20'))],
    });

    expect(() => onTimeDeliveryRate(input, 'classic', options)).toThrow(
      /latest-delivery-date column/,
    );
  });

  it('has no rate without shipments', () => {
    expect(onTimeDeliveryRate(healthInput(), 'unit', options)).toMatchObject({
      value: null,
      status: 'noData',
    });
  });
});
