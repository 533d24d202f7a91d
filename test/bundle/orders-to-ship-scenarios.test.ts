/**
 * ORDERS_TO_SHIP for orders partly shipped, or with an item cancelled, against the built bundle
 * (dist/): a seller checks that every order still to ship is listed with the items and units that
 * wait, and that an order shipped in full leaves the list. Found by testers; each failed before
 * its fix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addonIn, id, orderReportHeader } from './trust-harness';

let call: (name: string, ...args: unknown[]) => unknown;
beforeAll(() => {
  ({ call } = addonIn('America/Los_Angeles'));
});

describe('ORDERS_TO_SHIP and a partly shipped order', () => {
  /** An Order Report line: placed at 18:00 UTC on `placed`, to ship and deliver by those days. */
  const line = (
    n: number,
    item: string,
    placed: string,
    sku: string,
    units: number,
    shipBy: string,
    deliverBy: string,
  ) => [
    id('115', n),
    item,
    `${placed}T18:00:00+00:00`,
    sku,
    units,
    'USD',
    `${shipBy}T07:59:59+00:00`,
    `${deliverBy}T07:59:59+00:00`,
  ];
  // All Orders: item A shipped and confirmed, item B (2 units) still Unshipped.
  const allOrders = [
    [
      'amazon-order-id',
      'purchase-date',
      'order-status',
      'fulfillment-channel',
      'sku',
      'item-status',
      'quantity',
    ],
    [
      id('115', 1),
      '2026-11-05T18:00:00+00:00',
      'PartiallyShipped',
      'Merchant',
      'A',
      'Shipped',
      '1',
    ],
    [
      id('115', 1),
      '2026-11-05T18:00:00+00:00',
      'PartiallyShipped',
      'Merchant',
      'B',
      'Unshipped',
      '2',
    ],
    [id('115', 2), '2026-11-06T18:00:00+00:00', 'Shipped', 'Merchant', 'C', 'Shipped', '1'],
  ];
  const orderReport = [
    orderReportHeader,
    line(1, '10000000000001', '2026-11-05', 'A', 1, '2026-11-07', '2026-11-12'),
    line(1, '10000000000002', '2026-11-05', 'B', 2, '2026-11-07', '2026-11-12'),
    line(2, '10000000000003', '2026-11-06', 'C', 1, '2026-11-08', '2026-11-13'),
  ];
  const confirmation = (units: string) => [
    ['order-id', 'quantity', 'ship-date', 'carrier-code', 'tracking-number'],
    [id('115', 1), units, '2026-11-06', 'UPS', '1Z0001'],
    [id('115', 2), '1', '2026-11-07', 'UPS', '1Z0002'],
  ];

  it('lists the items still Unshipped, with their units, until every unit is confirmed', () => {
    const toShip = call('ORDERS_TO_SHIP', allOrders, orderReport, confirmation('1'), '2026-11-06');
    expect(toShip).toEqual([
      ['Order ID', 'Ship by', 'Days left', 'Deliver by', 'SKU', 'Units'],
      [id('115', 1), '2026-11-06', 0, '2026-11-11', 'B', 2],
    ]);
    const done = call('ORDERS_TO_SHIP', allOrders, orderReport, confirmation('3'), '2026-11-06');
    expect((done as unknown[][])[1]?.[0]).toBe('No seller-fulfilled order is waiting to ship.');
  });

  it('leaves a cancelled item out of an Unshipped order’s line: the order ships without it', () => {
    const unshippedWithCancelledItem = [
      allOrders[0] as string[],
      [id('115', 3), '2026-11-05T18:00:00+00:00', 'Unshipped', 'Merchant', 'I1', 'Cancelled', '0'],
      [id('115', 3), '2026-11-05T18:00:00+00:00', 'Unshipped', 'Merchant', 'I2', 'Unshipped', '2'],
    ];
    const report = [
      orderReportHeader,
      line(3, '10000000000004', '2026-11-05', 'I1', 1, '2026-11-07', '2026-11-12'),
      line(3, '10000000000005', '2026-11-05', 'I2', 2, '2026-11-07', '2026-11-12'),
    ];
    const toShip = call('ORDERS_TO_SHIP', unshippedWithCancelledItem, report, '', '2026-11-06');
    expect((toShip as unknown[][]).slice(1)).toEqual([
      [id('115', 3), '2026-11-06', 0, '2026-11-11', 'I2', 2],
    ]);
  });

  it('takes an order off the list once its items not cancelled are all confirmed', () => {
    // Item D (1 unit) of order 1 was cancelled: A (1) and B (2) are what ships.
    const withCancelled = [
      ...allOrders.slice(0, 3),
      [
        id('115', 1),
        '2026-11-05T18:00:00+00:00',
        'PartiallyShipped',
        'Merchant',
        'D',
        'Cancelled',
        '1',
      ],
      ...allOrders.slice(3),
    ];
    const report = [
      ...orderReport,
      line(1, '10000000000009', '2026-11-05', 'D', 1, '2026-11-07', '2026-11-12'),
    ];
    const done = call('ORDERS_TO_SHIP', withCancelled, report, confirmation('3'), '2026-11-06');
    expect((done as unknown[][])[1]?.[0]).toBe('No seller-fulfilled order is waiting to ship.');
    const notYet = call('ORDERS_TO_SHIP', withCancelled, report, confirmation('1'), '2026-11-06');
    expect((notYet as unknown[][]).slice(1)).toEqual([
      [id('115', 1), '2026-11-06', 0, '2026-11-11', 'B', 2],
    ]);
  });

  it('reads a confirmation row naming an item without a quantity as the whole item', () => {
    const byItem = (item: string) => [
      ['order-id', 'order-item-id', 'quantity', 'ship-date', 'carrier-code', 'tracking-number'],
      [id('115', 1), '10000000000001', '1', '2026-11-06', 'UPS', '1Z0001'],
      [id('115', 1), item, '', '2026-11-07', 'UPS', '1Z0003'],
    ];
    // B's line (2 units) confirmed without a quantity: both units shipped.
    const done = call(
      'ORDERS_TO_SHIP',
      allOrders,
      orderReport,
      byItem('10000000000002'),
      '2026-11-06',
    );
    expect((done as unknown[][])[1]?.[0]).toBe('No seller-fulfilled order is waiting to ship.');
    // A's line again, in a second package: B still waits.
    const again = call(
      'ORDERS_TO_SHIP',
      allOrders,
      orderReport,
      byItem('10000000000001'),
      '2026-11-06',
    );
    expect((again as unknown[][]).slice(1)).toEqual([
      [id('115', 1), '2026-11-06', 0, '2026-11-11', 'B', 2],
    ]);
  });

  it('keeps a SKU on the line when only one of its two lines was cancelled', () => {
    const rows = [
      allOrders[0] as string[],
      [id('115', 4), '2026-11-05T18:00:00+00:00', 'Unshipped', 'Merchant', 'X', 'Cancelled', '1'],
      [id('115', 4), '2026-11-05T18:00:00+00:00', 'Unshipped', 'Merchant', 'X', 'Unshipped', '1'],
      [id('115', 4), '2026-11-05T18:00:00+00:00', 'Unshipped', 'Merchant', 'Y', 'Unshipped', '1'],
    ];
    const report = [
      orderReportHeader,
      line(4, '10000000000006', '2026-11-05', 'X', 1, '2026-11-07', '2026-11-12'),
      line(4, '10000000000007', '2026-11-05', 'X', 1, '2026-11-07', '2026-11-12'),
      line(4, '10000000000008', '2026-11-05', 'Y', 1, '2026-11-07', '2026-11-12'),
    ];
    const toShip = call('ORDERS_TO_SHIP', rows, report, '', '2026-11-06');
    expect((toShip as unknown[][]).slice(1)).toEqual([
      [id('115', 4), '2026-11-06', 0, '2026-11-11', 'X, Y', 2],
    ]);
  });

  it('counts an item on two lines once, and a confirmation row that says no quantity removes nothing', () => {
    // Item B on two lines (two promotions), 2 units each: 2 units wait, not 4.
    const twoLines = [...allOrders.slice(0, 3), allOrders[2] as string[], ...allOrders.slice(3)];
    const toShip = call('ORDERS_TO_SHIP', twoLines, orderReport, confirmation(''), '2026-11-06');
    expect((toShip as unknown[][]).slice(1)).toEqual([
      [id('115', 1), '2026-11-06', 0, '2026-11-11', 'B', 2],
    ]);
  });
});
