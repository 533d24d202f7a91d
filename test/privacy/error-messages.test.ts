/**
 * Error messages pass the redaction step too: Sheets shows a custom function's message in the cell
 * and exceptionLogging sends it to Cloud Logging. A message quotes the cell it could not read; when
 * that cell holds a buyer's data (known from a buyer column of a range passed, or by its wording),
 * the quote is blanked and the report, column and row stay.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost } from '../../host';
import { redactedMarker } from '../../src/core/privacy';

const distDir = join(__dirname, '../../dist');

const orders = [
  [
    'amazon-order-id',
    'purchase-date',
    'order-status',
    'fulfillment-channel',
    'sales-channel',
    'ship-city',
  ],
  [
    '111-0000001-0000001',
    '2026-11-03T15:00:00+00:00',
    'Shipped',
    'Merchant',
    'Amazon.com',
    'Brackenridge',
  ],
];

function feedbackWithRating(rating: string) {
  return [
    ['Date', 'Rating', 'Comments', 'Order ID'],
    ['11/04/26', rating, 'late', '111-0000001-0000001'],
  ];
}

function odrError(rating: string): string {
  const host = createLocalHost();
  const addon = host.load(distDir);
  try {
    addon.globals.ODR?.(addon.toRealm(orders), addon.toRealm(feedbackWithRating(rating)));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('ODR did not refuse the rating');
}

describe('a custom function refusing a cell', () => {
  it('still names the report, the column and the row', () => {
    expect(odrError('7')).toMatch(/feedback: row 2 .*column "Rating", has "7"/);
  });

  it("blanks the cell when it holds a buyer column's value of a range passed", () => {
    const message = odrError('Brackenridge');
    expect(message).toMatch(/row 2 .*column "Rating"/);
    expect(message).toContain(`has "${redactedMarker}"`);
    expect(message).not.toContain('Brackenridge');
  });

  it('blanks a buyer named by wording or an e-mail address, with no report to know them', () => {
    for (const cell of ['the buyer Jordan', 'jordan@example.com', '+44 20 7946 0958']) {
      const message = odrError(cell);
      expect(message, cell).toContain(redactedMarker);
      expect(message, cell).not.toMatch(/Jordan|jordan@|7946/);
    }
  });
});
