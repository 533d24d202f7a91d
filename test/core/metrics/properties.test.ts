import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountHealth } from '../../../src/core/metrics';
import type { HealthInput } from '../../../src/core/metrics/types';
import type { OrderItem, OrderStatus, ShipmentConfirmation } from '../../../src/core/reports/types';
import { at, india, optionsFor, us } from './factories';

const asOf = '2024-06-30';
const from = at('2024-04-01', '00:00');
const to = at('2024-07-05', '00:00');

const instant = fc.integer({ min: from, max: to });
const maybeInstant = fc.option(instant, { nil: null });
const orderId = fc.integer({ min: 0, max: 24 }).map((n) => `order-${n}`);
const status = fc.constantFrom<OrderStatus>(
  'Pending',
  'Unshipped',
  'PartiallyShipped',
  'Shipped',
  'Cancelled',
  'Other',
);

const orderItem: fc.Arbitrary<OrderItem> = fc.record({
  row: fc.nat(),
  orderId,
  purchaseDate: instant,
  orderStatus: status,
  orderStatusText: fc.constant(''),
  itemStatus: fc.option(status, { nil: null }),
  channel: fc.constantFrom('MFN' as const, 'AFN' as const),
  sku: fc.constantFrom('MUG-RED', 'MUG-BLUE', 'TEAPOT'),
  asin: fc.constant(''),
  productName: fc.constant(''),
  quantity: fc.integer({ min: 1, max: 4 }),
  itemPrice: fc.constant(null),
  currency: fc.constant('USD'),
  salesChannel: fc.constant('Amazon.com'),
  shipServiceLevel: fc.constant('Standard'),
  buyerRequestedCancel: fc.option(fc.boolean(), { nil: null }),
  latestShipDate: maybeInstant,
  latestDeliveryDate: maybeInstant,
});

const shipmentRow: fc.Arbitrary<ShipmentConfirmation> = fc.record({
  row: fc.nat(),
  orderId,
  orderItemId: fc.constantFrom('', '1', '2'),
  quantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  shipDate: instant,
  confirmedAt: maybeInstant,
  carrierCode: fc.constantFrom('UPS', 'USPS', 'Other', ''),
  carrierName: fc.constant(''),
  trackingNumber: fc.constantFrom('', 'T1', 'T2'),
  shipMethod: fc.constant(''),
  trackingValid: fc.option(fc.boolean(), { nil: null }),
  deliveredAt: maybeInstant,
});

const healthInputs: fc.Arbitrary<HealthInput> = fc.record({
  orders: fc.array(orderItem, { maxLength: 40 }),
  fbaShipments: fc.array(
    fc.record({
      row: fc.nat(),
      orderId,
      purchaseDate: instant,
      shipmentDate: maybeInstant,
      sku: fc.constantFrom('FBA-MUG', 'FBA-TEAPOT'),
      productName: fc.constant(''),
      quantity: fc.integer({ min: 1, max: 3 }),
      itemPrice: fc.constant(null),
      currency: fc.constant('USD'),
      salesChannel: fc.constant('Amazon.com'),
    }),
    { maxLength: 10 },
  ),
  shipments: fc.array(shipmentRow, { maxLength: 40 }),
  feedback: fc.array(
    fc.record({
      row: fc.nat(),
      orderId,
      date: maybeInstant,
      rating: fc.integer({ min: 1, max: 5 }),
      comment: fc.constant(''),
      removed: fc.boolean(),
    }),
    { maxLength: 15 },
  ),
  claims: fc.array(
    fc.record({
      row: fc.nat(),
      orderId,
      date: maybeInstant,
      status: fc.constant(''),
      reason: fc.constant(''),
      counts: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  chargebacks: fc.array(
    fc.record({
      row: fc.nat(),
      orderId,
      date: maybeInstant,
      status: fc.constant(''),
      reason: fc.constant(''),
      counts: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  odrDefects: fc.array(
    fc.record({
      row: fc.nat(),
      orderId: fc.oneof(orderId, fc.constant('only-in-download')),
      orderDate: instant,
      defect: fc.constantFrom('negativeFeedback' as const, 'claim' as const, 'chargeback' as const),
      channel: fc.constantFrom('MFN' as const, 'AFN' as const, null),
    }),
    { maxLength: 8 },
  ),
});

const marketplaces = fc.constantFrom(us, india);

/** The same input with every record array in another order. */
function shuffled(input: HealthInput, seed: number): HealthInput {
  let state = seed || 1;
  const random = () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
  const shuffle = <T>(rows: T[]): T[] => {
    const copy = rows.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    orders: shuffle(input.orders),
    fbaShipments: shuffle(input.fbaShipments),
    shipments: shuffle(input.shipments),
    feedback: shuffle(input.feedback),
    claims: shuffle(input.claims),
    chargebacks: shuffle(input.chargebacks),
    odrDefects: shuffle(input.odrDefects),
  };
}

describe('metric properties', () => {
  it('every rate is within 0 and 1, and matches its counts', () => {
    fc.assert(
      fc.property(healthInputs, marketplaces, (input, marketplace) => {
        for (const result of accountHealth(input, optionsFor(asOf, marketplace))) {
          expect(result.numerator).toBeGreaterThanOrEqual(0);
          expect(result.numerator).toBeLessThanOrEqual(result.denominator);
          if (result.denominator === 0) expect(result.value).toBeNull();
          else expect(result.value).toBe(result.numerator / result.denominator);
          if (result.value !== null) {
            expect(result.value).toBeGreaterThanOrEqual(0);
            expect(result.value).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shuffling the record arrays changes nothing', () => {
    fc.assert(
      fc.property(healthInputs, fc.integer({ min: 1, max: 2 ** 30 }), (input, seed) => {
        const options = optionsFor(asOf);
        expect(accountHealth(shuffled(input, seed), options)).toEqual(
          accountHealth(input, options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("repeating an order's item rows changes no count", () => {
    fc.assert(
      fc.property(healthInputs, fc.array(fc.nat(), { maxLength: 10 }), (input, picks) => {
        const options = optionsFor(asOf);
        const repeated = picks.flatMap((n) => {
          const row = input.orders[n % Math.max(1, input.orders.length)];
          return row ? [{ ...row, row: row.row + 1000 }] : [];
        });
        const withRepeats = { ...input, orders: [...input.orders, ...repeated] };
        expect(accountHealth(withRepeats, options)).toEqual(accountHealth(input, options));
      }),
      { numRuns: 300 },
    );
  });
});
