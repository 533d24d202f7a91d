import { describe, expect, it } from 'vitest';
import { cancellationRate, orderDefectRate } from '../../../src/core/metrics';
import { at, healthInput, india, item, optionsFor, shift, us } from './factories';

/** Which of the named orders a 7-day cancel-rate window ending on `asOf` counts. */
function countedByCancelRate(asOf: string, orders: Record<string, number>) {
  const input = healthInput({
    orders: Object.entries(orders).map(([orderId, purchaseDate]) =>
      item({ orderId, purchaseDate, orderStatus: 'Cancelled' }),
    ),
  });
  const result = cancellationRate(input, 7, optionsFor(asOf));
  return result.defects.map((d) => d.orderId).sort();
}

describe('windows are whole calendar days in the marketplace zone (Pacific for the US)', () => {
  it('counts an order at 23:30 on the first day and leaves out one at 23:30 the day before', () => {
    // 23:30 Pacific is already the next day in UTC.
    expect(
      countedByCancelRate('2024-06-30', {
        firstDay: at('2024-06-24', '23:30'),
        dayBefore: at('2024-06-23', '23:30'),
        lastDay: at('2024-06-30', '23:30'),
        dayAfter: at('2024-07-01', '00:30'),
      }),
    ).toEqual(['firstDay', 'lastDay']);
  });

  it('holds when the window starts on the day clocks go forward', () => {
    // 10 March 2024: Pacific time goes from UTC−8 to UTC−7 at 02:00.
    expect(
      countedByCancelRate('2024-03-16', {
        firstDay: at('2024-03-10', '23:30'),
        firstDayEarly: at('2024-03-10', '00:30'),
        dayBefore: at('2024-03-09', '23:30'),
      }),
    ).toEqual(['firstDay', 'firstDayEarly']);
  });

  it('holds when the window starts on the day clocks go back', () => {
    // 3 November 2024: Pacific time goes from UTC−7 to UTC−8 at 02:00.
    expect(
      countedByCancelRate('2024-11-09', {
        firstDay: at('2024-11-03', '23:30'),
        firstDayEarly: at('2024-11-03', '00:30'),
        dayBefore: at('2024-11-02', '23:30'),
      }),
    ).toEqual(['firstDay', 'firstDayEarly']);
  });

  it('holds for a 60-day ODR window that spans the change to summer time', () => {
    const asOf = '2024-03-31';
    const input = healthInput({
      orders: [
        item({ orderId: 'firstDay', purchaseDate: at('2024-02-01', '23:30') }),
        item({ orderId: 'dayBefore', purchaseDate: at('2024-01-31', '23:30') }),
        item({ orderId: 'lastDay', purchaseDate: at(asOf, '23:30') }),
        item({ orderId: 'dayAfter', purchaseDate: at(shift(asOf, 1), '00:30') }),
      ],
    });
    const { orderDefectRate: odr } = orderDefectRate(input, 'MFN', optionsFor(asOf));
    expect(odr).toMatchObject({ windowStart: '2024-02-01', windowEnd: asOf, denominator: 2 });
  });

  it("uses the marketplace's own zone (India)", () => {
    const input = healthInput({
      orders: [
        item({ orderId: 'in', purchaseDate: at('2024-06-24', '00:10', 'Asia/Kolkata') }),
        item({ orderId: 'out', purchaseDate: at('2024-06-23', '23:50', 'Asia/Kolkata') }),
      ],
    });
    // In India the window starts on 24 June; in Pacific time both orders are on 23 June.
    expect(cancellationRate(input, 7, optionsFor('2024-06-30', india)).denominator).toBe(1);
    expect(cancellationRate(input, 7, optionsFor('2024-06-30', us)).denominator).toBe(0);
  });
});
