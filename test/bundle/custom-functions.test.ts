/**
 * The custom functions called the way Sheets calls them: the built dist/ evaluated in a fresh
 * context that has only what Apps Script provides, ranges as 2D arrays with their header rows,
 * dates made inside that context. The expected values are counted by hand from the rows below.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { loadAddon } from '../../host/load-addon';

const distDir = join(__dirname, '../../dist');

type Fn = (...args: unknown[]) => unknown;
let addon: ReturnType<typeof loadAddon>;
let call: (name: string, ...args: unknown[]) => unknown;

beforeAll(() => {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  addon = loadAddon({ distDir, services: host.services });
  call = (name, ...args) => (addon.globals[name] as Fn)(...args);
});

const allOrdersHeader = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'sku',
  'asin',
  'item-status',
  'quantity',
];

function orderRow(id: string, day: number, channel: 'Merchant' | 'Amazon', status = 'Shipped') {
  const date = `2026-11-${String(day).padStart(2, '0')}T15:00:00+00:00`;
  return [id, '', date, date, status, channel, 'Amazon.com', 'SKU-1', 'B0TEST0001', status, 1];
}

// Ten seller-fulfilled orders (M01 has two item rows) and four FBA orders, 1–10 November 2026.
const allOrders = [
  allOrdersHeader,
  ...Array.from({ length: 10 }, (_, i) => orderRow(`111-0000000-00000${i}0`, i + 1, 'Merchant')),
  orderRow('111-0000000-0000000', 1, 'Merchant'),
  ...Array.from({ length: 4 }, (_, i) => orderRow(`222-0000000-00000${i}0`, i + 1, 'Amazon')),
  // Blank rows, as a whole-column reference like Orders!A:K passes them.
  ...Array.from({ length: 50 }, () => allOrdersHeader.map(() => '')),
];

const feedback = [
  ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
  ['11/12/26', 1, 'Arrived damaged', '', '111-0000000-0000000', 'buyer1@example.invalid'],
  ['11/12/26', 5, 'Great', '', '111-0000000-0000010', 'buyer2@example.invalid'],
  ['11/13/26', 2, 'Late', '', '222-0000000-0000000', 'buyer3@example.invalid'],
];
const claims = [
  ['order-id', 'claim-date', 'claim-status', 'claim-reason', 'claim-amount'],
  ['111-0000000-0000020', '2026-11-14', 'Granted', 'Item not received', '20.00'],
  ['111-0000000-0000030', '2026-11-14', 'Denied', 'Item not received', '20.00'],
];
const chargebacks = [
  ['order-id', 'chargeback-date', 'chargeback-status', 'chargeback-reason', 'chargeback-amount'],
  // The same order as the 1-star feedback: one defective order, not two.
  ['111-0000000-0000000', '2026-11-15', 'Open', 'Merchandise not as described', '20.00'],
];

describe('custom functions in the built bundle', () => {
  it('ODR counts orders with one or more defects, MFN and AFN apart', () => {
    // MFN: 111…00 (feedback 1★ + chargeback) and 111…20 (granted claim) of 10 orders; the denied
    // claim does not count. AFN: 222…00 (2★) of 4 orders.
    expect(call('ODR', allOrders, feedback, claims, chargebacks)).toBeCloseTo(0.2, 10);
    expect(call('ODR', allOrders, feedback, claims, chargebacks, 'AFN')).toBeCloseTo(0.25, 10);
  });

  it('ODR accepts as_of as a date made by Sheets in the spreadsheet zone', () => {
    // As of 5 November only the orders of 1–5 November are in the window: 111…00 and 111…20
    // are defective among 5 MFN orders.
    const asOf = addon.run('new Date("2026-11-05T00:00:00-08:00")');
    expect(call('ODR', allOrders, feedback, claims, chargebacks, 'MFN', asOf)).toBeCloseTo(0.4, 10);
    expect(call('ODR', allOrders, feedback, claims, chargebacks, 'MFN', '2026-11-05')).toBeCloseTo(
      0.4,
      10,
    );
  });

  it('ACCOUNT_HEALTH spills a table with its header row', () => {
    const table = call(
      'ACCOUNT_HEALTH',
      allOrders,
      '',
      '',
      feedback,
      claims,
      chargebacks,
    ) as unknown[][];
    expect(Array.isArray(table)).toBe(true);
    expect(table[0]).toEqual([
      'Metric',
      'Channel',
      'Value',
      'Target',
      'Status',
      'Numerator',
      'Denominator',
      'Window start',
      'Window end',
    ]);
    const odrMfn = table.find(
      (row) => String(row[0]).startsWith('Order Defect Rate') && row[1] === 'MFN',
    );
    expect(odrMfn?.slice(2)).toEqual([0.2, '< 1%', 'Breach', 2, 10, '2026-09-12', '2026-11-10']);
  });

  it('CANCELLATION_RATE counts seller cancellations and leaves out buyer-requested ones', () => {
    const header = [...allOrdersHeader, 'is-buyer-requested-cancelation'];
    const orders = [
      header,
      [...orderRow('111-0000001-0000001', 9, 'Merchant'), 'false'],
      [...orderRow('111-0000002-0000002', 9, 'Merchant', 'Cancelled'), 'false'],
      [...orderRow('111-0000003-0000003', 10, 'Merchant', 'Cancelled'), 'true'],
      [...orderRow('111-0000004-0000004', 10, 'Merchant'), 'false'],
      // FBA orders are not part of the seller-fulfilled cancel rate.
      [...orderRow('222-0000005-0000005', 10, 'Amazon', 'Cancelled'), 'false'],
    ];
    expect(call('CANCELLATION_RATE', orders)).toBeCloseTo(1 / 4, 10);
    expect(() => call('CANCELLATION_RATE', orders, 14)).toThrow(/window_days/);
  });

  it('names the argument and the report when a report is passed in the wrong place', () => {
    expect(() => call('ODR', feedback)).toThrow(/orders/);
    expect(() => call('ODR', feedback)).toThrow(/Feedback/i);
  });

  it('names the argument when the header row is missing', () => {
    expect(() => call('ODR', allOrders.slice(1))).toThrow(/orders.*header/i);
  });

  it('names the row and the column of a date it cannot read', () => {
    const broken = allOrders.map((row) => [...row]);
    // The header is row 1, so broken[3] is row 4 of the seller's sheet.
    (broken[3] as unknown[])[2] = 'next Tuesday';
    expect(() => call('ODR', broken)).toThrow(/row 4/i);
    expect(() => call('ODR', broken)).toThrow(/purchase-date/);
  });

  it('rejects a rating that is not 1 to 5 with its row', () => {
    const badFeedback = feedback.map((row) => [...row]);
    (badFeedback[2] as unknown[])[1] = 7;
    expect(() => call('ODR', allOrders, badFeedback)).toThrow(/row 3.*Rating/i);
  });

  it('rejects an unknown channel instead of guessing', () => {
    expect(() => call('ODR', allOrders, feedback, claims, chargebacks, 'Prime')).toThrow(/channel/);
  });
});
