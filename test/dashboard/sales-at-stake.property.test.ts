/**
 * SALES_AT_STAKE adds each item to its channel's and currency's totals without a line object or a
 * key string per item: over generated orders (both channels, several currencies, cancelled items
 * and orders, prices blank or with cents, days in and out of both windows, FBA-only orders) its
 * table is the one the first version gives (sales-at-stake-reference.ts), sums to the cent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesAtStake } from '../../src/core/dashboard/tables';
import { emptyHealthInput } from '../../src/core/health-input';
import type { OrderStatus } from '../../src/core/reports/types';
import { at, fbaRow, item, us } from '../core/metrics/factories';
import { referenceSalesAtStake } from './sales-at-stake-reference';

const day = fc.integer({ min: 0, max: 80 }).map((d) => at('2024-04-01') + d * 86_400_000);
const status = fc.constantFrom<OrderStatus>('Pending', 'Unshipped', 'Shipped', 'Cancelled');
const price = fc.option(
  fc.integer({ min: 0, max: 99_999 }).map((cents) => cents / 100),
  { nil: null },
);
const itemRow = fc.record({
  order: fc.integer({ min: 0, max: 40 }),
  orderStatus: status,
  itemStatus: fc.option(status, { nil: null }),
  channel: fc.constantFrom('MFN' as const, 'AFN' as const),
  currency: fc.constantFrom('USD', 'USD', 'CAD', 'EUR'),
  itemPrice: price,
  purchaseDate: day,
});
const fbaOnly = fc.record({
  order: fc.integer({ min: 30, max: 60 }),
  purchaseDate: day,
  currency: fc.constantFrom('USD', 'EUR'),
  itemPrice: price,
});

describe('SALES_AT_STAKE, against the first version', () => {
  it('spills the same table for generated orders', () => {
    let items = 0;
    let lines = 0;
    fc.assert(
      fc.property(
        fc.array(itemRow, { maxLength: 80, size: 'max' }),
        fc.array(fbaOnly, { maxLength: 15 }),
        (rows, fba) => {
          const input = emptyHealthInput();
          input.orders = rows.map(({ order, ...row }) =>
            item({ ...row, orderId: `order-${order}` }),
          );
          input.fbaShipments = fba.map(({ order, purchaseDate, currency, itemPrice }) => ({
            ...fbaRow(`order-${order}`, purchaseDate),
            currency,
            itemPrice,
          }));
          const table = salesAtStake(input, us, '2024-06-15');
          expect(table).toEqual(referenceSalesAtStake(input, us, '2024-06-15'));
          items += rows.length + fba.length;
          lines += table.length - 1;
        },
      ),
      { numRuns: 3000 },
    );
    expect(items).toBeGreaterThan(100_000);
    expect(lines).toBeGreaterThan(6000);
  });
});
