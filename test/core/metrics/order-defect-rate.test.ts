import { describe, expect, it } from 'vitest';
import { orderDefectRate } from '../../../src/core/metrics';
import {
  at,
  chargebackOn,
  claimOn,
  fbaRow,
  feedbackOn,
  healthInput,
  item,
  odrRow,
  optionsFor,
  orderIdOf,
  shift,
} from './factories';

const asOf = '2024-06-30';
const options = optionsFor(asOf);
/** The 60 days ending 30 June: 2 May to 30 June. */
const firstDay = '2024-05-02';

function mfnOrders(count: number, day = '2024-06-10') {
  return Array.from({ length: count }, (_, n) =>
    item({ orderId: orderIdOf(n), purchaseDate: at(day) }),
  );
}

describe('Order Defect Rate', () => {
  it('counts 8 defective orders of 1,000 (0.8%, near the 1% target) in the synthetic case', () => {
    const orders = mfnOrders(1000);
    const id = (n: number) => orderIdOf(n);
    const input = healthInput({
      orders,
      feedback: [
        ...[0, 1, 2, 3, 4].map((n) => feedbackOn(id(n), n % 2 === 0 ? 1 : 2)),
        feedbackOn(id(10), 1, true), // struck out by Amazon
        feedbackOn(id(11), 5),
      ],
      // Claim on order 0 overlaps its negative feedback; the claim on order 9 was denied.
      claims: [claimOn(id(0)), claimOn(id(5)), claimOn(id(6)), claimOn(id(9), false)],
      chargebacks: [chargebackOn(id(7))],
    });

    const result = orderDefectRate(input, 'MFN', options);

    expect(result.orderDefectRate).toMatchObject({
      label: 'Order Defect Rate',
      channel: 'MFN',
      numerator: 8,
      denominator: 1000,
      value: 0.008,
      target: 0.01,
      status: 'near',
      unit: 'orders',
      windowStart: firstDay,
      windowEnd: asOf,
      windowDays: 60,
    });
    expect(result.negativeFeedbackRate).toMatchObject({
      label: 'Negative Feedback Rate',
      numerator: 5,
      value: 0.005,
      target: 0.01,
      status: 'fine',
    });
    expect(result.claimRate).toMatchObject({
      label: 'A-to-z Guarantee Claim Rate',
      numerator: 3,
    });
    expect(result.chargebackRate).toMatchObject({ label: 'Chargeback Rate', numerator: 1 });
    expect(result.orderDefectRate.defects.map((d) => d.orderId).sort()).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map(id).sort(),
    );
    expect(result.orderDefectRate.defects.find((d) => d.orderId === id(0))?.detail).toBe(
      'negative feedback (1★), A-to-z claim',
    );
  });

  it('counts an order with several item rows, in both order reports, once', () => {
    const orderId = orderIdOf(1);
    const rows = [
      item({ orderId, sku: 'MUG-RED' }),
      item({ orderId, sku: 'MUG-BLUE' }),
      // The seller-fulfilled Order Report lists the same items again.
      item({ orderId, sku: 'MUG-RED', asin: '' }),
      item({ orderId, sku: 'MUG-BLUE', asin: '' }),
    ];
    const input = healthInput({
      orders: [...rows, item({ orderId: orderIdOf(2) })],
      feedback: [feedbackOn(orderId, 2)],
      claims: [claimOn(orderId)],
    });

    const { orderDefectRate: odr } = orderDefectRate(input, 'MFN', options);

    expect(odr).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(odr.defects).toEqual([
      { orderId, day: '2024-06-01', detail: 'negative feedback (2★), A-to-z claim' },
    ]);
  });

  it("places a defect by its order's date, not by when the feedback came", () => {
    const inWindow = orderIdOf(1);
    const beforeWindow = orderIdOf(2);
    const input = healthInput({
      orders: [
        item({ orderId: inWindow, purchaseDate: at(firstDay) }),
        item({ orderId: beforeWindow, purchaseDate: at(shift(firstDay, -1)) }),
      ],
      feedback: [
        { ...feedbackOn(inWindow, 1), date: at('2024-06-29') },
        { ...feedbackOn(beforeWindow, 1), date: at('2024-06-29') },
      ],
    });

    const { orderDefectRate: odr } = orderDefectRate(input, 'MFN', options);

    expect(odr).toMatchObject({ numerator: 1, denominator: 1 });
    expect(odr.defects).toEqual([
      { orderId: inWindow, day: firstDay, detail: 'negative feedback (1★)' },
    ]);
  });

  it('leaves cancelled orders out of the orders unless they carry a defect', () => {
    const claimed = orderIdOf(1);
    const input = healthInput({
      orders: [
        item({ orderId: orderIdOf(0) }),
        item({ orderId: claimed, orderStatus: 'Cancelled' }),
        item({ orderId: orderIdOf(2), orderStatus: 'Cancelled' }),
        // Every item cancelled: the order is cancelled even though the order status lags.
        item({ orderId: orderIdOf(3), orderStatus: 'Unshipped', itemStatus: 'Cancelled' }),
      ],
      claims: [claimOn(claimed)],
    });

    const { orderDefectRate: odr } = orderDefectRate(input, 'MFN', options);

    expect(odr).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
  });

  it('keeps seller-fulfilled and FBA orders apart', () => {
    const mfn = orderIdOf(1);
    const afn = orderIdOf(2);
    const fbaOnly = orderIdOf(3);
    const input = healthInput({
      orders: [item({ orderId: mfn }), item({ orderId: afn, channel: 'AFN' })],
      fbaShipments: [fbaRow(fbaOnly, at('2024-06-05')), fbaRow(afn, at('2024-06-01'))],
      feedback: [feedbackOn(mfn, 1), feedbackOn(fbaOnly, 2)],
      chargebacks: [chargebackOn(afn)],
    });

    const mfnResult = orderDefectRate(input, 'MFN', options).orderDefectRate;
    const afnResult = orderDefectRate(input, 'AFN', options).orderDefectRate;

    expect(mfnResult).toMatchObject({ channel: 'MFN', numerator: 1, denominator: 1 });
    expect(afnResult).toMatchObject({ channel: 'AFN', numerator: 2, denominator: 2, value: 1 });
    expect(afnResult.defects).toEqual([
      { orderId: afn, day: '2024-06-01', detail: 'chargeback' },
      { orderId: fbaOnly, day: '2024-06-05', detail: 'negative feedback (2★)' },
    ]);
  });

  it("counts the rows of Amazon's ODR download, even for orders the orders report lacks", () => {
    const listed = orderIdOf(1);
    const unlisted = orderIdOf(2);
    const unlistedFba = orderIdOf(3);
    const old = orderIdOf(4);
    const input = healthInput({
      orders: [item({ orderId: listed }), item({ orderId: orderIdOf(5) })],
      odrDefects: [
        odrRow(listed, at('2024-06-01'), 'negativeFeedback'),
        odrRow(unlisted, at('2024-06-03'), 'claim'),
        odrRow(unlistedFba, at('2024-06-04'), 'chargeback', 'AFN'),
        odrRow(old, at(shift(firstDay, -1)), 'claim'),
      ],
      // A feedback row on an order no report dates cannot be placed in a window.
      feedback: [feedbackOn(orderIdOf(9), 1)],
    });

    const { orderDefectRate: odr, negativeFeedbackRate } = orderDefectRate(input, 'MFN', options);

    expect(odr).toMatchObject({ numerator: 2, denominator: 3 });
    expect(odr.defects).toEqual([
      { orderId: listed, day: '2024-06-01', detail: 'negative feedback' },
      { orderId: unlisted, day: '2024-06-03', detail: 'A-to-z claim' },
    ]);
    expect(negativeFeedbackRate).toMatchObject({ numerator: 1, denominator: 3 });
    // A download row without a channel, on an order no report lists, is the only channel's the
    // orders have (MFN here), whichever channel is asked: never counted in both.
    expect(orderDefectRate(input, 'AFN', options).orderDefectRate).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });

  it('lists defects by day, then order ID', () => {
    const input = healthInput({
      orders: [
        item({ orderId: 'b', purchaseDate: at('2024-06-02') }),
        item({ orderId: 'a', purchaseDate: at('2024-06-02') }),
        item({ orderId: 'c', purchaseDate: at('2024-05-20') }),
      ],
      feedback: [feedbackOn('b', 1), feedbackOn('a', 1), feedbackOn('c', 1)],
    });

    const { defects } = orderDefectRate(input, 'MFN', options).orderDefectRate;

    expect(defects.map((d) => `${d.day} ${d.orderId}`)).toEqual([
      '2024-05-20 c',
      '2024-06-02 a',
      '2024-06-02 b',
    ]);
  });

  it('has no rate when there are no orders', () => {
    const result = orderDefectRate(healthInput(), 'MFN', options);
    expect(result.orderDefectRate).toMatchObject({ value: null, status: 'noData', numerator: 0 });
    expect(result.claimRate.status).toBe('noData');
  });
});
