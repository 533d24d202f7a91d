import { describe, expect, it } from 'vitest';
import {
  accountHealth,
  cancellationRate,
  defaultAsOf,
  MetricInputError,
  orderDefectRate,
  validTrackingRate,
} from '../../../src/core/metrics';
import {
  at,
  fbaRow,
  feedbackOn,
  healthInput,
  india,
  item,
  optionsFor,
  pacific,
  shipment,
} from './factories';

const asOf = '2024-06-30';

/** A seller with FBA and seller-fulfilled orders, shipping confirmations and delivery dates. */
function fullInput() {
  return healthInput({
    orders: [
      item({
        orderId: 'mfn',
        purchaseDate: at('2024-06-20'),
        latestShipDate: at('2024-06-22', '23:59'),
        latestDeliveryDate: at('2024-06-26', '23:59'),
      }),
      item({ orderId: 'afn', channel: 'AFN', purchaseDate: at('2024-06-21') }),
    ],
    shipments: [
      shipment({
        orderId: 'mfn',
        shipDate: at('2024-06-22', '00:00'),
        deliveredAt: at('2024-06-25'),
      }),
    ],
    feedback: [feedbackOn('afn', 1)],
  });
}

const summary = (results: ReturnType<typeof accountHealth>) =>
  results.map((r) => `${r.metric} ${r.channel} ${r.windowDays}`);

describe('accountHealth', () => {
  it('gives every metric the reports allow, in Account Health order (US)', () => {
    const results = accountHealth(fullInput(), optionsFor(asOf));

    expect(summary(results)).toEqual([
      'orderDefectRate MFN 60',
      'negativeFeedbackRate MFN 60',
      'claimRate MFN 60',
      'chargebackRate MFN 60',
      'orderDefectRate AFN 60',
      'negativeFeedbackRate AFN 60',
      'claimRate AFN 60',
      'chargebackRate AFN 60',
      'lateShipmentRate MFN 10',
      'lateShipmentRate MFN 30',
      'cancellationRate MFN 7',
      'validTrackingRate MFN 30',
      'onTimeDeliveryRate MFN 30',
      'unitOnTimeDeliveryRate MFN 14',
    ]);
    expect(
      results.find((r) => r.metric === 'orderDefectRate' && r.channel === 'AFN'),
    ).toMatchObject({ numerator: 1, denominator: 1, status: 'breach' });
    expect(results.every((r) => r.value === null || (r.value >= 0 && r.value <= 1))).toBe(true);
  });

  it("gives the same numbers as each metric's own function", () => {
    const input = fullInput();
    const options = optionsFor(asOf);
    const results = accountHealth(input, options);

    expect(results[0]).toEqual(orderDefectRate(input, 'MFN', options).orderDefectRate);
    expect(results.find((r) => r.metric === 'validTrackingRate')).toEqual(
      validTrackingRate(input, options),
    );
  });

  it('measures cancellations over 7 and 30 days in India, with no unit delivery rate', () => {
    const metrics = summary(accountHealth(fullInput(), optionsFor(asOf, india)));

    expect(metrics).toContain('cancellationRate MFN 7');
    expect(metrics).toContain('cancellationRate MFN 30');
    expect(metrics).toContain('onTimeDeliveryRate MFN 30');
    expect(metrics).not.toContain('unitOnTimeDeliveryRate MFN 14');
  });

  it('skips what the All Orders report alone cannot measure', () => {
    const input = healthInput({ orders: [item({ orderId: 'mfn' })] });

    expect(summary(accountHealth(input, optionsFor(asOf)))).toEqual([
      'orderDefectRate MFN 60',
      'negativeFeedbackRate MFN 60',
      'claimRate MFN 60',
      'chargebackRate MFN 60',
      'cancellationRate MFN 7',
    ]);
  });

  it('gives nothing for empty reports, and each metric has no data', () => {
    const empty = healthInput();
    const options = optionsFor(asOf);

    expect(accountHealth(empty, options)).toEqual([]);
    expect(orderDefectRate(empty, 'AFN', options).orderDefectRate.status).toBe('noData');
    expect(cancellationRate(empty, 7, options)).toMatchObject({ value: null, status: 'noData' });
  });
});

describe('defaultAsOf', () => {
  it('is the marketplace-zone day of the newest order', () => {
    const input = healthInput({
      // 23:30 Pacific on 30 June is already 1 July in UTC.
      orders: [item({ orderId: 'a', purchaseDate: at('2024-06-30', '23:30') })],
      fbaShipments: [fbaRow('b', at('2024-06-12'))],
    });

    expect(defaultAsOf(input, pacific)).toBe('2024-06-30');
    expect(defaultAsOf(input, 'UTC')).toBe('2024-07-01');
  });

  it('looks at FBA shipments too', () => {
    const input = healthInput({
      orders: [item({ orderId: 'a', purchaseDate: at('2024-06-12') })],
      fbaShipments: [fbaRow('b', at('2024-06-20'))],
    });

    expect(defaultAsOf(input, pacific)).toBe('2024-06-20');
  });

  it('asks for orders when there are none', () => {
    expect(() => defaultAsOf(healthInput(), pacific)).toThrow(MetricInputError);
    expect(() => defaultAsOf(healthInput(), pacific)).toThrow(/No orders/);
  });
});
