/**
 * A seller's cancellations as their export spells them, through the built add-on: every status
 * that says "cancelled" counts in the cancel rate and leaves ODR's orders, and a status the add-on
 * cannot read (a typo, a formula) stops the rate naming the row and the column, instead of
 * counting a cancelled order as a kept one.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';

const header = [
  'amazon-order-id',
  'purchase-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'sku',
  'item-status',
  'quantity',
];

/** 20 seller-fulfilled orders, one a day from 2026-10-01; the last `cancelled` say `status`. */
function orders(status: string, cancelled = 5): string[][] {
  const rows = Array.from({ length: 20 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    const kept = i < 20 - cancelled;
    const shown = kept ? 'Shipped' : status;
    return [
      `111-0000000-00000${day}`,
      `2026-10-${day}T15:00:00+00:00`,
      shown,
      'Merchant',
      'Amazon.com',
      'SKU-1',
      shown,
      '1',
    ];
  });
  return [header, ...rows];
}

let addon: LoadedAddon;
beforeAll(() => {
  addon = createLocalHost().load(join(__dirname, '../../dist'));
});

function cancelRate(range: string[][]): number | string {
  try {
    return addon.globals.CANCELLATION_RATE?.(...addon.toRealm([range, 7, '2026-10-20'])) as number;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("a seller's cancellations, spelled as the export spells them", () => {
  it.each(['Cancelled', 'Canceled', 'Canceled by seller', 'Cancelled - by buyer'])(
    '%s counts: 5 of the 7 orders of the 7-day window',
    (status) => {
      // 2026-10-14 … 2026-10-20 hold 7 orders; the last 5 of them are cancelled.
      expect(cancelRate(orders(status))).toBeCloseTo(5 / 7, 12);
    },
  );

  it.each(['Cancled', 'Storniert', '=HYPERLINK("http://x","Cancelled")'])(
    '%s stops the rate, naming the row and the column',
    (status) => {
      expect(cancelRate(orders(status))).toBe(
        `orders: row 17 of the All Orders report, column "order-status", has "${status}"; expected an order status such as Shipped, Pending, Unshipped, PartiallyShipped or Cancelled. 4 more rows could not be read either.`,
      );
    },
  );

  it('REPORT_PROBLEMS counts the rows to mend, each quoted once', () => {
    const text = addon.globals.REPORT_PROBLEMS?.(...addon.toRealm([orders('Cancled')])) as string;
    // Five rows, each with the status in order-status and item-status: five rows, not ten cells.
    expect(text).toMatch(/^Rows to check \(5\), the functions that read them show #ERROR!/);
    expect(text.match(/row 17 of/g)).toHaveLength(1);
    expect(text).toContain('row 18 of the All Orders report, column "order-status"');
    expect(text).toMatch(/ … and 2 more\.$/);
  });

  it('a cancelled order leaves ODR, whatever the spelling', () => {
    // One order kept (2026-10-01), with a 1-star feedback: ODR is 1 of 1 when the 19 cancelled
    // orders leave the denominator, 1 of 20 if a spelling kept them in.
    const feedback = [
      ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID'],
      ['10/05/26', '1', 'Late.', '', '111-0000000-0000001'],
    ];
    const odr = (status: string) =>
      addon.globals.ODR?.(
        ...addon.toRealm([orders(status, 19), feedback, '', '', 'MFN', '2026-10-20']),
      );
    expect(odr('Cancelled')).toBe(1);
    expect(odr('Canceled by seller')).toBe(1);
    expect(odr('Cancelled - by buyer')).toBe(1);
  });
});
