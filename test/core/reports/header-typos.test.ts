/**
 * A header one letter off the name of a column the reader uses is refused, naming it, instead of
 * being read as an extra column (which would leave the column out of the rates without a word).
 * Amazon's own headers, and a seller's own extra columns, are never taken for typos.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/core/reports';
import type { ReportKind } from '../../../src/core/reports/types';
import { headers, us } from './helpers';

function read(header: readonly string[], kind: ReportKind): string {
  try {
    readReport([[...header]], [kind], us);
    return 'read';
  } catch (error) {
    return (error as Error).message;
  }
}

const misspelt = (header: readonly string[], from: string, to: string) =>
  header.map((name) => (name === from ? to : name));

describe('a misspelt header of a column the reader uses', () => {
  it.each([
    ['shippingConfirmation', 'tracking-number', 'tracking-numbr', 'tracking-number'],
    ['shippingConfirmation', 'tracking-number', 'tracking-numbar', 'tracking-number'],
    ['allOrdersWithUrl', 'item-status', 'item-staus', 'item-status'],
    ['allOrdersWithUrl', 'item-status', 'item-stauts', 'item-status'],
    ['allOrdersWithUrl', 'quantity', 'quantitiy', 'quantity'],
    ['sellerFulfilled', 'latest-ship-date', 'latest-ship-dte', 'latest-ship-date'],
    ['sellerFulfilled', 'latest-delivery-date', 'lastest-delivery-date', 'latest-delivery-date'],
    ['claims', 'claim-status', 'claim-stauts', 'claim-status'],
  ] as const)('%s: "%s" typed "%s" is refused as "%s" misspelt', (header, from, to, expected) => {
    const kind: ReportKind =
      header === 'shippingConfirmation'
        ? 'shippingConfirmations'
        : header === 'sellerFulfilled'
          ? 'sellerFulfilledOrders'
          : header === 'claims'
            ? 'claims'
            : 'allOrders';
    expect(read(misspelt(headers[header], from, to), kind)).toBe(
      `orders: the ${
        {
          shippingConfirmations: 'shipping confirmation file',
          sellerFulfilledOrders: 'seller-fulfilled Order Report',
          claims: 'A-to-z Guarantee claims list',
          allOrders: 'All Orders report',
        }[kind as string]
      }'s column "${to}" reads like "${expected}" misspelt: correct the header (a column the add-on does not know is not read).`,
    );
  });

  it('reads "tracking-vaild" (two letters swapped) as tracking-valid misspelt', () => {
    expect(
      read([...headers.shippingConfirmation, 'tracking-vaild'], 'shippingConfirmations'),
    ).toMatch(/column "tracking-vaild" reads like "tracking-valid" misspelt/);
  });

  it('reads the ODR download with a UK-spelt "Fulfilment" column', () => {
    expect(read(['Order Date', 'Order ID', 'Defect Type', 'Fulfilment'], 'odrDefects')).toBe(
      'read',
    );
  });

  it.each([
    ['allOrdersWithUrl', 'allOrders'],
    ['allOrdersNoUrl', 'allOrders'],
    ['sellerFulfilled', 'sellerFulfilledOrders'],
    ['unshipped', 'sellerFulfilledOrders'],
    ['fbaShipments', 'fbaShipments'],
    ['feedback', 'feedback'],
    ['shippingConfirmation', 'shippingConfirmations'],
    ['claims', 'claims'],
    ['chargebacks', 'chargebacks'],
    ['odrDefects', 'odrDefects'],
  ] as const)('Amazon’s own %s header is read as it is', (header, kind) => {
    expect(read(headers[header], kind)).toBe('read');
  });

  it('a seller’s own extra columns are extra columns', () => {
    const extra = [
      'My notes',
      'status',
      'Packed by',
      'tracking',
      'ship-dates-note',
      'quantity2x',
      'tracking-numbers',
      'quantitys',
    ];
    expect(read([...headers.allOrdersNoUrl, ...extra], 'allOrders')).toBe('read');
  });
});
