/** The pure models behind the dashboard: settings, which sheet feeds which argument, the tables. */
import { describe, expect, it } from 'vitest';
import { trendSeries } from '../../src/core/analysis/trends';
import { healthSheetPlan } from '../../src/core/dashboard/health-sheet';
import { healthArguments } from '../../src/core/dashboard/report-arguments';
import {
  defaultSettings,
  parseSettings,
  settingsFromStored,
} from '../../src/core/dashboard/settings';
import { ordersToShip, salesAtStake, trendColumns } from '../../src/core/dashboard/tables';
import { emptyHealthInput } from '../../src/core/health-input';
import { marketplaceByCode } from '../../src/core/marketplaces';
import type { HealthInput } from '../../src/core/metrics/types';
import type { OrderItem } from '../../src/core/reports/types';

describe('settings', () => {
  it('default to the marketplace of the reports and a 20% margin', () => {
    expect(settingsFromStored(null)).toEqual({ marketplace: null, nearMargin: 0.2 });
  });

  it('fall back field by field when what is stored cannot be read', () => {
    expect(settingsFromStored('{"marketplace":"UK","nearMargin":7}')).toEqual({
      marketplace: 'UK',
      nearMargin: defaultSettings.nearMargin,
    });
    expect(settingsFromStored('not json')).toEqual(defaultSettings);
  });

  it('refuse what the dialog should never send, saying what is expected', () => {
    expect(() => parseSettings({ marketplace: 'GB', nearMargin: 0.2 })).toThrow(/choose one of US/);
    expect(() => parseSettings({ marketplace: null, nearMargin: -1 })).toThrow(/0% to 90%/);
    expect(() => parseSettings({ marketplace: null, nearMargin: 0.2, extra: 1 })).toThrow(
      /expected a marketplace and a near-target margin/,
    );
  });
});

describe('which report sheet each argument gets', () => {
  it('passes All Orders as orders and the Order Report for its ship-by dates', () => {
    expect(healthArguments(['sellerFulfilledOrders', 'allOrders', 'feedback'])).toEqual({
      orders: 1,
      mfnOrders: 0,
      feedback: 2,
    });
  });

  it('uses the FBA shipments as orders when there is no All Orders report', () => {
    expect(healthArguments(['sellerFulfilledOrders', 'fbaShipments'])).toEqual({
      orders: 1,
      mfnOrders: 0,
      fbaShipments: 1,
    });
  });

  it("puts Amazon's ODR download where no list of claims, chargebacks or feedback is", () => {
    expect(healthArguments(['allOrders', 'claims', 'odrDefects'])).toEqual({
      orders: 0,
      claims: 1,
      chargebacks: 2,
    });
  });

  it('takes the first sheet of a kind in tab order', () => {
    expect(healthArguments(['allOrders', 'allOrders']).orders).toBe(0);
  });
});

describe('the Health sheet plan', () => {
  it('quotes sheet names in formulas and leaves missing reports empty', () => {
    const plan = healthSheetPlan({
      healthSheetName: 'Health',
      reports: {
        orders: {
          sheetName: "Bob's orders",
          label: 'All Orders report',
          formulaA1: "'Bob''s orders'!A1:AG",
        },
      },
      unused: [],
      settings: defaultSettings,
    });
    expect(plan.formulas[0]?.formula).toBe(
      "=ACCOUNT_HEALTH('Bob''s orders'!A1:AG,,,,,,$F$3,$B$3,$D$3)",
    );
    expect(plan.texts.find((t) => t.a1 === 'B4')?.text).toBe(
      'orders: "Bob\'s orders" (All Orders report)',
    );
  });
});

function item(orderId: string, day: number, overrides: Partial<OrderItem> = {}): OrderItem {
  return {
    row: 2,
    orderId,
    purchaseDate: Date.parse(`2026-11-${String(day).padStart(2, '0')}T20:00:00Z`),
    orderStatus: 'Shipped',
    orderStatusText: 'Shipped',
    itemStatus: null,
    channel: 'MFN',
    sku: 'MUG-1',
    asin: '',
    productName: 'Mug',
    quantity: 1,
    itemPrice: 10,
    currency: 'USD',
    salesChannel: 'Amazon.com',
    shipServiceLevel: 'Standard',
    buyerRequestedCancel: null,
    latestShipDate: null,
    latestDeliveryDate: null,
    ...overrides,
  };
}

function input(orders: OrderItem[]): HealthInput {
  return { ...emptyHealthInput(), orders };
}

describe('what is at stake', () => {
  const us = marketplaceByCode('US');

  it('adds up orders and sales of 30 and 60 days by channel, without cancelled items', () => {
    const table = salesAtStake(
      input([
        item('1', 14),
        item('1', 14, { sku: 'MUG-2', itemPrice: 5 }),
        item('2', 1, { channel: 'AFN', itemPrice: 20 }),
        item('3', 14, { itemStatus: 'Cancelled' }),
      ]),
      us,
      '2026-11-15',
    );
    expect(table).toEqual([
      [
        'Channel',
        'Currency',
        'Orders (30 days)',
        'Sales (30 days)',
        'Orders (60 days)',
        'Sales (60 days)',
      ],
      ['Seller-fulfilled (MFN)', 'USD', 1, 15, 1, 15],
      ['FBA (AFN)', 'USD', 1, 20, 1, 20],
      ['All channels', 'USD', 2, 35, 2, 35],
    ]);
  });

  it('lists the seller-fulfilled orders still to ship, overdue first, leaving pending ones out', () => {
    const shipBy = (day: number) => Date.parse(`2026-11-${day}T07:59:59Z`);
    const table = ordersToShip(
      input([
        item('A', 10, { orderStatus: 'Unshipped', latestShipDate: shipBy(17), sku: 'B-2' }),
        item('B', 10, { orderStatus: 'Unshipped', latestShipDate: shipBy(13) }),
        item('C', 10, { orderStatus: 'Pending', latestShipDate: shipBy(12) }),
        item('D', 10, { orderStatus: 'Shipped', latestShipDate: shipBy(12) }),
        item('E', 10, { orderStatus: 'Cancelled', latestShipDate: shipBy(12) }),
      ]),
      us,
      '2026-11-15',
    );
    expect(table.slice(1)).toEqual([
      ['B', '2026-11-12', -3, '', 'MUG-1', 1],
      ['A', '2026-11-16', 1, '', 'B-2', 1],
    ]);
  });
});

describe('the trends table columns', () => {
  it('put each chart block together: its series, then its target', () => {
    const titles = trendColumns(trendSeries(marketplaceByCode('US'))).map((c) => c.title);
    expect(titles).toEqual([
      'Day (the 180 days to as-of)',
      'Order Defect Rate MFN (60 days)',
      'Order Defect Rate AFN (60 days)',
      'ODR target',
      'Late Shipment Rate (10 days)',
      'Late Shipment Rate (30 days)',
      'LSR target',
      'Cancel Rate (7 days)',
      'Cancel Rate (30 days)',
      'Cancel Rate target',
      'Valid Tracking Rate (30 days)',
      'VTR target',
      'On-Time Delivery Rate (30 days)',
      'Unit On-Time Delivery Rate (14 days)',
      'On-Time Delivery Rate (30 days) target',
      'Unit On-Time Delivery Rate (14 days) target',
    ]);
  });
});
