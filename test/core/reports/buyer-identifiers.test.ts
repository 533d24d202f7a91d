import { describe, expect, it } from 'vitest';
import { buyerIdentifiersOf } from '../../../src/core/reports/buyer-identifiers';

describe('buyer identifiers in a report (held in memory so a plan can refuse them)', () => {
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
    expect(buyerIdentifiersOf(orderReport).sort()).toEqual(
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
      ].sort(),
    );
  });

  it('takes nothing else: no SKUs, order IDs or product text', () => {
    const found = buyerIdentifiersOf(orderReport);
    expect(found).not.toContain('MUG-1');
    expect(found).not.toContain('111-1');
  });

  it('finds none in a report without buyer columns, a header only or an empty range', () => {
    expect(
      buyerIdentifiersOf([
        ['amazon-order-id', 'sku'],
        ['111-1', 'MUG-1'],
      ]),
    ).toEqual([]);
    expect(buyerIdentifiersOf([orderReport[0] ?? []])).toEqual([]);
    expect(buyerIdentifiersOf([])).toEqual([]);
  });

  it("reads the feedback report's rater e-mail", () => {
    const feedback = [
      ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
      ['11/12/26', '1', 'Late', '', '111-1', 'rater@example.invalid'],
    ];
    expect(buyerIdentifiersOf(feedback)).toEqual(['rater@example.invalid']);
  });
});
