import { describe, expect, it } from 'vitest';
import { buyerValuesOf, isBuyerColumn } from '../../../src/core/privacy';

describe('buyer values of a report (held in memory so they can be recognised and blanked)', () => {
  const orderReport = [
    [
      'order-id',
      'buyer-email',
      'buyer-name',
      'Buyer Phone Number',
      'recipient-name',
      'ship-address-1',
      'sku',
    ],
    [
      '111-1',
      'ab12@marketplace.example.invalid',
      'Avery Example',
      '+1 555-0101',
      'Avery Example',
      '12 Example Street',
      'MUG-1',
    ],
    ['', '', '', '', '', '', ''],
    [
      '111-2',
      'cd34@marketplace.example.invalid',
      'Jordan Sample',
      '+1 555-0102',
      'Sam Sample',
      '3 Sample Road',
      'MUG-2',
    ],
  ];

  it('collects each distinct name, e-mail, phone and address, whatever the header spelling', () => {
    expect(buyerValuesOf(orderReport).sort()).toEqual(
      [
        'ab12@marketplace.example.invalid',
        'Avery Example',
        '+1 555-0101',
        '12 Example Street',
        'cd34@marketplace.example.invalid',
        'Jordan Sample',
        '+1 555-0102',
        'Sam Sample',
        '3 Sample Road',
        // Each word of a name stands for the buyer on its own.
        'Avery',
        'Example',
        'Jordan',
        'Sample',
        'Sam',
      ].sort(),
    );
  });

  it('takes nothing else: no SKUs, order IDs or product text', () => {
    const found = buyerValuesOf(orderReport);
    expect(found).not.toContain('MUG-1');
    expect(found).not.toContain('111-1');
  });

  it('finds none in a report without buyer columns, a header only or an empty range', () => {
    expect(
      buyerValuesOf([
        ['amazon-order-id', 'sku'],
        ['111-1', 'MUG-1'],
      ]),
    ).toEqual([]);
    expect(buyerValuesOf([orderReport[0] ?? []])).toEqual([]);
    expect(buyerValuesOf([])).toEqual([]);
  });

  it("reads the feedback report's rater e-mail", () => {
    const feedback = [
      ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
      ['11/12/26', '1', 'Late', '', '111-1', 'rater@example.invalid'],
    ];
    expect(buyerValuesOf(feedback)).toEqual(['rater@example.invalid']);
  });

  it("takes the place and bill-* columns, not the seller's ship-* columns or the country", () => {
    for (const header of [
      'ship-city',
      'ship-state',
      'ship-postal-code',
      'Ship Postal Code',
      'bill-address-1',
      'bill-city',
      'bill-state',
      'bill-postal-code',
      'ship-phone-number',
      'buyer-company-name',
      'delivery-Instructions',
    ]) {
      expect(isBuyerColumn(header), header).toBe(true);
    }
    for (const header of [
      'ship-service-level',
      'ship-date',
      'ship-promotion-discount',
      'ship-country',
      'bill-country',
      'ship-method',
      'sku',
      'is-buyer-requested-cancelation',
    ]) {
      expect(isBuyerColumn(header), header).toBe(false);
    }
  });

  it('keeps month and weekday names and short words of a name out of the single words', () => {
    const found = buyerValuesOf([
      ['order-id', 'buyer-name'],
      ['111-1', 'May Li'],
      ['111-2', 'Sunday Okafor-Bello'],
    ]);
    // A double-barrelled surname's parts are single words too.
    expect(found.sort()).toEqual(
      ['May Li', 'Okafor-Bello', 'Okafor', 'Bello', 'Sunday Okafor-Bello'].sort(),
    );
  });
});
