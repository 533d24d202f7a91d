import { join } from 'node:path';
import { createLocalHost } from '../../host';
import { loadAddon } from '../../host/load-addon';
import { sampleHeaders } from '../../scripts/sample-data';

const distDir = join(__dirname, '../../dist');
type Fn = (...args: unknown[]) => unknown;

export function addonIn(timeZone = 'America/Los_Angeles') {
  const host = createLocalHost({ timeZone });
  const addon = loadAddon({ distDir, services: host.services });
  const call = (name: string, ...args: unknown[]): unknown =>
    (addon.globals[name] as Fn)(...addon.toRealm(args));
  const tryCall = (name: string, ...args: unknown[]): unknown => {
    try {
      return call(name, ...args);
    } catch (e) {
      return `ERR: ${(e as Error).message}`;
    }
  };
  return { host, addon, call, tryCall };
}

export const allOrdersHeader = [
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
  'currency',
  'item-price',
];

export function id(prefix: string, n: number): string {
  return `${prefix}-0000000-${String(n).padStart(7, '0')}`;
}

export function order(
  orderId: string,
  date: string,
  channel = 'Merchant',
  status = 'Shipped',
  salesChannel = 'Amazon.com',
  currency = 'USD',
): unknown[] {
  return [
    orderId,
    '',
    date,
    date,
    status,
    channel,
    salesChannel,
    'SKU-1',
    'B0TEST0001',
    status,
    1,
    currency,
    '10.00',
  ];
}

export const feedbackHeader = [
  'Date',
  'Rating',
  'Comments',
  'Your Response',
  'Order ID',
  'Rater Email',
];
export const claimsHeader = [
  'order-id',
  'claim-date',
  'claim-status',
  'claim-reason',
  'claim-amount',
];
export const chargebacksHeader = [
  'order-id',
  'chargeback-date',
  'chargeback-status',
  'chargeback-reason',
  'chargeback-amount',
];

/** The seller-fulfilled Order Report's columns the metrics read (reference 3.2). */
export const orderReportHeader = [
  'order-id',
  'order-item-id',
  'purchase-date',
  'sku',
  'quantity-purchased',
  'currency',
  'latest-ship-date',
  'latest-delivery-date',
];

/** Amazon's shipping confirmation template (reference 3.7): the samples' first eight columns. */
export const shipHeader = sampleHeaders.shippingConfirmations.slice(0, 8);
