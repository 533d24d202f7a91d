/**
 * The seller-fulfilled shipping metrics through the built bundle, on a small hand-counted order
 * report and shipping confirmation file (US marketplace, Pacific time).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { loadAddon } from '../../host/load-addon';

type Fn = (...args: unknown[]) => unknown;
let call: (name: string, ...args: unknown[]) => unknown;
/** A date made inside the add-on's context, as Sheets makes it for a date cell. */
let sheetsDate: (iso: string) => unknown;

beforeAll(() => {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  const addon = loadAddon({ distDir: join(__dirname, '../../dist'), services: host.services });
  call = (name, ...args) => (addon.globals[name] as Fn)(...args);
  sheetsDate = (iso) => addon.run(`new Date(${JSON.stringify(iso)})`);
});

const sellerOrdersHeader = [
  'order-id',
  'order-item-id',
  'purchase-date',
  'payments-date',
  'buyer-email',
  'buyer-name',
  'sku',
  'product-name',
  'quantity-purchased',
  'sales-channel',
  'earliest-ship-date',
  'latest-ship-date',
  'earliest-delivery-date',
  'latest-delivery-date',
];

/** An order placed at 10:00 Pacific on `day`, to ship by 23:59:59 two days later. */
function sellerOrder(id: string, day: string, shipBy: string, deliverBy: string) {
  const placed = `${day}T10:00:00-08:00`;
  return [
    id,
    `${id.replace(/-/g, '').slice(0, 14)}`,
    placed,
    placed,
    'someone@marketplace.example.invalid',
    'Invented Buyer',
    'SKU-7',
    'Garden hose',
    1,
    'Amazon.com',
    placed,
    `${shipBy}T23:59:59-08:00`,
    `${deliverBy}T00:00:00-08:00`,
    `${deliverBy}T23:59:59-08:00`,
  ];
}

const sellerOrders = [
  sellerOrdersHeader,
  sellerOrder('113-0000001-0000001', '2026-10-20', '2026-10-22', '2026-10-27'),
  sellerOrder('113-0000002-0000002', '2026-11-02', '2026-11-04', '2026-11-09'),
  sellerOrder('113-0000003-0000003', '2026-11-03', '2026-11-05', '2026-11-10'),
  sellerOrder('113-0000004-0000004', '2026-11-04', '2026-11-06', '2026-11-11'),
  sellerOrder('113-0000005-0000005', '2026-11-05', '2026-11-07', '2026-11-12'),
  sellerOrder('113-0000006-0000006', '2026-11-06', '2026-11-08', '2026-11-13'),
];

const shipmentsHeader = [
  'order-id',
  'order-item-id',
  'quantity',
  'ship-date',
  'carrier-code',
  'carrier-name',
  'tracking-number',
  'ship-method',
  'ship-confirmation-date',
  'tracking-valid',
  'delivered-date',
];

function shipment(orderId: string, confirmed: string, valid: boolean, delivered: string) {
  return [
    orderId,
    '',
    1,
    confirmed.slice(0, 10),
    'UPS',
    '',
    `1Z${orderId.replace(/-/g, '')}`,
    'Ground',
    confirmed,
    valid ? 'TRUE' : 'FALSE',
    delivered,
  ];
}

const shipments = [
  shipmentsHeader,
  shipment('113-0000001-0000001', '2026-10-21T15:00:00-07:00', true, '2026-10-24T12:00:00-07:00'),
  shipment('113-0000002-0000002', '2026-11-03T15:00:00-08:00', true, '2026-11-07T12:00:00-08:00'),
  // Confirmed a day after its ship-by date: late.
  shipment('113-0000003-0000003', '2026-11-06T09:00:00-08:00', true, '2026-11-11T12:00:00-08:00'),
  shipment('113-0000004-0000004', '2026-11-05T15:00:00-08:00', false, ''),
  shipment('113-0000005-0000005', '2026-11-06T15:00:00-08:00', true, '2026-11-09T12:00:00-08:00'),
  // 113-0000006 was never confirmed, and its ship-by date (8 Nov) has passed by 10 Nov: late.
];

describe('shipping metrics in the built bundle', () => {
  it('LATE_SHIPMENT_RATE counts orders confirmed after the ship-by date, over 30 and 10 days', () => {
    // 30 days to 10 Nov: 6 orders due, 2 late. 10 days (1–10 Nov): the 22 Oct order is out.
    expect(call('LATE_SHIPMENT_RATE', sellerOrders, shipments, 30, '2026-11-10')).toBeCloseTo(
      2 / 6,
      10,
    );
    expect(call('LATE_SHIPMENT_RATE', sellerOrders, shipments, 10, '2026-11-10')).toBeCloseTo(
      2 / 5,
      10,
    );
  });

  it('reads dates that Sheets parsed into date values, in the cells and as as_of', () => {
    // A seller's sheet where Sheets turned the ship-by dates and confirmation times into dates.
    const asDates = (table: unknown[][], columns: number[]) =>
      table.map((row, r) =>
        r === 0
          ? row
          : row.map((cell, c) => (columns.includes(c) ? sheetsDate(String(cell)) : cell)),
      );
    const orders = asDates(sellerOrders, [2, 3, 10, 11, 12, 13]);
    const confirmations = asDates(shipments, [8]);
    const asOf = sheetsDate('2026-11-10T00:00:00-08:00');
    expect(call('LATE_SHIPMENT_RATE', orders, confirmations, 30, asOf)).toBeCloseTo(2 / 6, 10);
    expect(call('VALID_TRACKING_RATE', orders, confirmations, asOf)).toBeCloseTo(4 / 5, 10);
    expect(
      call(
        'ON_TIME_DELIVERY_RATE',
        orders,
        shipments,
        'classic',
        sheetsDate('2026-11-12T00:00:00-08:00'),
      ),
    ).toBeCloseTo(3 / 4, 10);
  });

  it('LATE_SHIPMENT_RATE reads a ship-by day without a time as due by the end of that day', () => {
    // 113-0000002 is confirmed on its ship-by day (4 Nov, 15:00): on time, whatever the form.
    const onTheDay = shipments.map((row) =>
      row[0] === '113-0000002-0000002'
        ? shipment(row[0], '2026-11-04T15:00:00-08:00', true, '2026-11-07T12:00:00-08:00')
        : row,
    );
    const shipByAs = (form: (day: string) => unknown) =>
      sellerOrders.map((row, r) =>
        r === 0 ? row : row.map((cell, c) => (c === 11 ? form(String(cell).slice(0, 10)) : cell)),
      );
    const forms: Record<string, (day: string) => unknown> = {
      'with its time': (day) => `${day}T23:59:59-08:00`,
      'as yyyy-mm-dd': (day) => day,
      'as m/d/yyyy': (day) =>
        `${Number(day.slice(5, 7))}/${Number(day.slice(8))}/${day.slice(0, 4)}`,
      'as a Date typed as a day': (day) => sheetsDate(`${day}T00:00:00-08:00`),
    };
    for (const [name, form] of Object.entries(forms)) {
      expect([
        name,
        call('LATE_SHIPMENT_RATE', shipByAs(form), onTheDay, 30, '2026-11-10'),
      ]).toEqual([name, 2 / 6]);
    }
    // A day-only ship-by of the as-of day, unconfirmed: still to ship that day, not late.
    const dueToday = shipByAs((day) => day).map((row) =>
      row[0] === '113-0000006-0000006'
        ? row.map((cell, c) => (c === 11 ? '2026-11-10' : cell))
        : row,
    );
    expect(call('LATE_SHIPMENT_RATE', dueToday, onTheDay, 30, '2026-11-10')).toBeCloseTo(1 / 5, 10);
  });

  it('LATE_SHIPMENT_RATE says what is missing when the orders have no ship-by dates', () => {
    const withoutShipBy = sellerOrders.map((row) => row.filter((_, i) => i !== 11));
    expect(() => call('LATE_SHIPMENT_RATE', withoutShipBy, shipments)).toThrow(/latest-ship-date/);
  });

  it('LATE_SHIPMENT_RATE asks for the shipping confirmations instead of guessing', () => {
    expect(() => call('LATE_SHIPMENT_RATE', sellerOrders)).toThrow(/shipments/);
  });

  it('LATE_SHIPMENT_RATE accepts only a 10- or 30-day window', () => {
    expect(() => call('LATE_SHIPMENT_RATE', sellerOrders, shipments, 14)).toThrow(/window_days/);
  });

  it('VALID_TRACKING_RATE counts confirmed packages with a carrier scan', () => {
    // 5 packages confirmed in the 30 days to 10 Nov; one without valid tracking.
    expect(call('VALID_TRACKING_RATE', sellerOrders, shipments, '2026-11-10')).toBeCloseTo(
      4 / 5,
      10,
    );
  });

  it('ON_TIME_DELIVERY_RATE counts tracked packages delivered by the promised day', () => {
    // Promised 27 Oct, 9 Nov, 10 Nov and 12 Nov with valid tracking, all within 30 days of 12 Nov:
    // the 10 Nov promise was delivered on 11 Nov, late. 4 packages, 3 on time.
    expect(
      call('ON_TIME_DELIVERY_RATE', sellerOrders, shipments, 'classic', '2026-11-12'),
    ).toBeCloseTo(3 / 4, 10);
    expect(() => call('ON_TIME_DELIVERY_RATE', sellerOrders, shipments, 'fastest')).toThrow(/mode/);
  });
});
