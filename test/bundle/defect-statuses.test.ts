/**
 * The statuses a seller's claims list, chargebacks list and feedback report hold, and the cells
 * that say how many units shipped, at what price and with what tracking, through the built
 * add-on. A status the add-on reads counts as Amazon counts it; a typo or a formula stops the rate
 * naming the report, the row and the column, instead of counting a denied claim, a reversed
 * chargeback or removed feedback as a defect.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';

/** Ten seller-fulfilled US orders, one a day from 2026-11-01. */
const orders = [
  ['amazon-order-id', 'purchase-date', 'order-status', 'fulfillment-channel', 'sales-channel'],
  ...Array.from({ length: 10 }, (_, i) => [
    `111-0000000-000000${i}`,
    `2026-11-${String(i + 1).padStart(2, '0')}T15:00:00+00:00`,
    'Shipped',
    'Merchant',
    'Amazon.com',
  ]),
];
const noFeedback = [['Date', 'Rating', 'Comments', 'Order ID']];
const claimHeader = ['order-id', 'claim-date', 'claim-status'];
const chargebackHeader = ['order-id', 'chargeback-date', 'chargeback-status', 'chargeback-reason'];
const noClaims = [claimHeader];
const noChargebacks = [chargebackHeader];

let addon: LoadedAddon;
beforeAll(() => {
  addon = createLocalHost().load(join(__dirname, '../../dist'));
});

function call(name: string, ...args: unknown[]): unknown {
  try {
    return addon.globals[name]?.(...addon.toRealm(args));
  } catch (error) {
    return (error as Error).message;
  }
}

const odr = (feedback: unknown[][], claims: unknown[][], chargebacks: unknown[][]) =>
  call('ODR', orders, feedback, claims, chargebacks, 'MFN', '2026-11-20');

describe('A-to-z claim statuses', () => {
  const claim = (status: string, decision?: string) =>
    decision === undefined
      ? [claimHeader, ['111-0000000-0000004', '2026-11-14', status]]
      : [
          [...claimHeader, 'claim-decision'],
          ['111-0000000-0000004', '2026-11-14', status, decision],
        ];

  it.each([
    'Pending',
    'Under review',
    'Open',
    'Granted',
    'Granted - seller funded',
    'Amazon funded',
    'Refunded by seller',
    'Awaiting seller response',
    'Withdrawn after refund',
    'Appealed',
    'Not denied',
    'Closed - not in the seller’s favour',
    'Appeal not granted',
    'Appeal unsuccessful',
    'Closed',
    'Action required',
    'In progress',
    'On hold',
    'Expired',
    '',
    '-',
    // No decision yet: pending.
    'Not yet granted',
    'Pending - not yet granted',
    'Open, not granted yet',
    'Not yet approved',
  ])('%j counts: 1 of the 10 orders', (status) => {
    expect(odr(noFeedback, claim(status), noChargebacks)).toBeCloseTo(0.1, 12);
  });

  it.each([
    'Denied',
    'Closed - Denied',
    'Withdrawn',
    'Withdrawn before decision',
    'Buyer withdrew',
    'Closed - decided in the seller’s favour',
    "Closed - decided in seller's favor",
    'Decided in sellers favour',
    'Appeal won',
    'Claims Protected',
    'Closed - decided in favour of the seller',
    'Decided in favor of seller',
    'Not granted',
    'Closed - claim not granted',
  ])('%j does not count', (status) => {
    expect(odr(noFeedback, claim(status), noChargebacks)).toBe(0);
  });

  it('a decision for the buyer still counts', () => {
    expect(odr(noFeedback, claim('Closed - decided in favour of the buyer'), noChargebacks)).toBe(
      0.1,
    );
  });

  it.each(['Dneied', 'Grnated', 'x', 'Abgelehnt', '=HYPERLINK("http://x","Denied")'])(
    '%j stops ODR, naming the claims list, the row and the column',
    (status) => {
      expect(odr(noFeedback, claim(status), noChargebacks)).toBe(
        `claims: row 2 of the A-to-z Guarantee claims list, column "claim-status", has "${status}"; expected a claim status such as Pending, Under review, Granted, Denied, Withdrawn or Appealed.`,
      );
    },
  );

  it('a typo in the decision column is named there, not in the status', () => {
    expect(odr(noFeedback, claim('Closed', 'Dnied'), noChargebacks)).toMatch(
      /^claims: row 2 of the A-to-z Guarantee claims list, column "claim-decision", has "Dnied"/,
    );
  });
});

describe('chargeback statuses', () => {
  const chargeback = (status: string, reason = 'Item not received') => [
    chargebackHeader,
    ['111-0000000-0000004', '2026-11-15', status, reason],
  ];

  it.each([
    'Open',
    'Under review',
    'Represented',
    'Lost',
    'Closed',
    'Debited',
    'Seller action required',
    'Amazon funded',
    '',
    'Not reversed',
    'Representment unsuccessful',
    'Unsuccessful representment',
    'Closed - not in your favour',
    'Cannot be reversed',
    "Won't be reversed",
    'Buyer won the dispute',
  ])('%j counts', (status) => {
    expect(odr(noFeedback, noClaims, chargeback(status))).toBeCloseTo(0.1, 12);
  });

  it.each([
    'Reversed',
    'Won',
    'Represented successfully',
    'Closed in your favour',
    'Decided in favour of the seller',
  ])('%j does not count', (status) => {
    expect(odr(noFeedback, noClaims, chargeback(status))).toBe(0);
  });

  it.each(['Reversd', 'Wonn', '=IF(TRUE,"Reversed")'])(
    '%j stops ODR, naming the cell',
    (status) => {
      expect(odr(noFeedback, noClaims, chargeback(status))).toBe(
        `chargebacks: row 2 of the chargebacks list, column "chargeback-status", has "${status}"; expected a chargeback status such as Open, Under review, Represented, Reversed, Won, Lost or Closed.`,
      );
    },
  );
});

describe('feedback status', () => {
  const feedback = (status: string) => [
    ['Date', 'Rating', 'Comments', 'Order ID', 'Status'],
    ['11/12/26', 1, 'Broken', '111-0000000-0000004', status],
  ];

  it.each([
    'Active',
    'Not removed',
    'Removal request denied',
    'Never removed',
    'Pending',
    'Under review',
    'Closed',
    'FALSE',
    '',
    '-',
  ])('%j stands: 1 of the 10 orders', (status) => {
    expect(odr(feedback(status), noClaims, noChargebacks)).toBeCloseTo(0.1, 12);
  });

  it.each([
    'Removed',
    'Removed by buyer',
    'Struck through by Amazon',
    'Stricken',
    'Withdrawn',
    'TRUE',
    'X',
  ])('%j does not count', (status) => {
    expect(odr(feedback(status), noClaims, noChargebacks)).toBe(0);
  });

  it.each(['Remvoed', 'Stuck', '=TRUE()'])('%j stops ODR, naming the cell', (status) => {
    expect(odr(feedback(status), noClaims, noChargebacks)).toBe(
      `feedback: row 2 of the Seller Feedback report, column "Status", has "${status}"; expected a feedback status such as Removed, Struck through, Not removed or Active (or TRUE/FALSE, X).`,
    );
  });
});

describe('order IDs', () => {
  it.each(['N/A', '-', 'none', '=HYPERLINK("x","111-0000000-0000009")'])(
    '%j in the orders report is no order: ODR names the cell',
    (id) => {
      const withBad = orders.map((row, i) => (i === 10 ? [id, ...row.slice(1)] : row));
      expect(call('ODR', withBad, noFeedback, noClaims, noChargebacks, 'MFN', '2026-11-20')).toBe(
        `orders: row 11 of the All Orders report, column "amazon-order-id", has "${id}"; expected an order ID such as 114-0149180-7966659.`,
      );
    },
  );

  const claimOn = (id: unknown) => [claimHeader, [id, '2026-11-14', 'Granted']];

  it.each([
    '#111-0000000-0000004',
    '# 111-0000000-0000004',
    '111–0000000–0000004',
    '111 - 0000000 - 0000004',
    '111 0000000 0000004',
    '11100000000000004',
  ])('a claim on %j is the claim on order 111-0000000-0000004: it counts', (id) => {
    expect(odr(noFeedback, claimOn(id), noChargebacks)).toBeCloseTo(0.1, 12);
  });

  it.each(['111-0000000-000004', '111-00000000-0000004', '1110000000000004'])(
    'a claim on %j (a digit short or too many) stops ODR, naming the cell, instead of matching no order',
    (id) => {
      expect(odr(noFeedback, claimOn(id), noChargebacks)).toBe(
        `claims: row 2 of the A-to-z Guarantee claims list, column "order-id", has "${id}"; expected an Amazon order ID of 3, 7 and 7 characters (digits after the first hyphen) such as 114-0149180-7966659.`,
      );
    },
  );

  it('an order ID Sheets stored as a number has lost digits: refused, naming the cell', () => {
    expect(odr(noFeedback, claimOn(11100000000000004), noChargebacks)).toMatch(
      /^claims: row 2 of the A-to-z Guarantee claims list, column "order-id", has "11100000000000004"; expected an order ID as text: Sheets stored this one as a number/,
    );
  });

  it('feedback and chargebacks on an ID copied with a # or an en dash count too', () => {
    const feedback = [
      ['Date', 'Rating', 'Comments', 'Order ID'],
      ['11/12/26', 1, 'Broken', '#111-0000000-0000002'],
    ];
    const chargeback = [
      chargebackHeader,
      ['111–0000000–0000003', '2026-11-15', 'Open', 'Item not received'],
    ];
    expect(odr(feedback, noClaims, chargeback)).toBeCloseTo(0.2, 12);
  });

  it('an MFN order of Multi-Channel Fulfillment (S01-…) is an order ID', () => {
    const mcf = orders.map((row, i) => (i === 10 ? ['S01-1234567-1234567', ...row.slice(1)] : row));
    expect(call('ODR', mcf, noFeedback, noClaims, noChargebacks, 'MFN', '2026-11-20')).toBe(0);
  });
});

describe('shipments and prices', () => {
  const orderReport = [
    [
      'order-id',
      'order-item-id',
      'purchase-date',
      'quantity-purchased',
      'latest-ship-date',
      'latest-delivery-date',
    ],
    ...[1, 2, 3, 4].map((n) => [
      `111-0000000-000000${n}`,
      `1000${n}`,
      '2026-11-01T18:00:00+00:00',
      '1',
      '2026-11-03T07:59:59+00:00',
      '2026-11-07T07:59:59+00:00',
    ]),
  ];
  const confirmations = (first: { quantity?: string; tracking?: string }) => [
    [
      'order-id',
      'quantity',
      'ship-date',
      'carrier-code',
      'tracking-number',
      'ship-confirmation-date',
      'tracking-valid',
      'delivered-date',
    ],
    ...[1, 2, 3, 4].map((n) => [
      `111-0000000-000000${n}`,
      n === 1 ? (first.quantity ?? '1') : '1',
      '2026-11-02',
      'UPS',
      n === 1 ? (first.tracking ?? '1Z1') : `1Z${n}`,
      '2026-11-02T10:00:00-08:00',
      'TRUE',
      n === 1 ? '2026-11-20T10:00:00-08:00' : '2026-11-05T10:00:00-08:00',
    ]),
  ];

  it('a confirmation of 0 units is refused, naming the cell, not left out of the unit rate', () => {
    expect(
      call('ON_TIME_DELIVERY_RATE', orderReport, confirmations({}), 'unit', '2026-11-20'),
    ).toBe(0.75);
    expect(
      call(
        'ON_TIME_DELIVERY_RATE',
        orderReport,
        confirmations({ quantity: '0' }),
        'unit',
        '2026-11-20',
      ),
    ).toBe(
      'shipments: row 2 of the shipping confirmation file, column "quantity", has "0"; expected a whole number of units shipped, 1 or more (or blank).',
    );
  });

  it('a package of an order report line of 0 units still counts as one unit', () => {
    const zero = orderReport.map((row, i) =>
      i === 1 ? row.map((cell, c) => (c === 3 ? '0' : cell)) : row,
    );
    expect(
      call('ON_TIME_DELIVERY_RATE', zero, confirmations({ quantity: '' }), 'unit', '2026-11-20'),
    ).toBe(0.75);
  });

  it('a package without a tracking number is not valid tracking, whatever its scan flag says', () => {
    expect(call('VALID_TRACKING_RATE', orderReport, confirmations({}), '2026-11-20')).toBe(1);
    expect(
      call('VALID_TRACKING_RATE', orderReport, confirmations({ tracking: '' }), '2026-11-20'),
    ).toBe(0.75);
  });

  it.each(['N/A', 'n/a', '-', 'none', 'No tracking', '0', 'TBD'])(
    'a tracking number cell of %j is no tracking number: the package is not valid tracking',
    (placeholder) => {
      expect(
        call(
          'VALID_TRACKING_RATE',
          orderReport,
          confirmations({ tracking: placeholder }),
          '2026-11-20',
        ),
      ).toBe(0.75);
    },
  );

  it.each(['１Ｚ９９９ＡＡ１０１２３４５６７８４', '١٢٣٤٥٦٧٨٩٠١٢'])(
    'a tracking number in another script’s digits (%s) is a tracking number',
    (tracking) => {
      expect(
        call('VALID_TRACKING_RATE', orderReport, confirmations({ tracking }), '2026-11-20'),
      ).toBe(1);
    },
  );

  it('a negative item-price is refused, naming the cell, not taken off the sales at stake', () => {
    const priced = [
      [...(orders[0] as string[]), 'currency', 'item-price'],
      ...orders.slice(1).map((row, i) => [...row, 'USD', i === 3 ? '-10' : '10']),
    ];
    expect(call('SALES_AT_STAKE', priced, '', '2026-11-10')).toBe(
      'orders: row 5 of the All Orders report, column "item-price", has "-10"; expected an item price of 0 or more, such as 12.99.',
    );
  });
});

describe('a report pasted below another, header row and all', () => {
  const pastedTwice = (rows: unknown[][]) => [...rows, ...rows];

  it('names the repeated header row and says what to do (with a sales-channel column)', () => {
    expect(
      call('ODR', pastedTwice(orders), noFeedback, noClaims, noChargebacks, 'MFN', '2026-11-20'),
    ).toBe(
      'orders: row 12 of the All Orders report, column "sales-channel", has "sales-channel"; expected a row of data, not the header row again (a report pasted below another keeps its header: delete this row).',
    );
  });

  it('names the repeated header row and says what to do (without one)', () => {
    const withoutChannel = orders.map((row) => row.slice(0, 4));
    expect(
      call(
        'ODR',
        pastedTwice(withoutChannel),
        noFeedback,
        noClaims,
        noChargebacks,
        'MFN',
        '2026-11-20',
      ),
    ).toBe(
      'orders: row 12 of the All Orders report, column "amazon-order-id", has "amazon-order-id"; expected a row of data, not the header row again (a report pasted below another keeps its header: delete this row).',
    );
  });

  it('the rows pasted twice without the header count each order once', () => {
    const twice = [...orders, ...orders.slice(1)];
    const oneStar = [...noFeedback, ['11/12/26', 1, 'Broken', '111-0000000-0000004']];
    // 1 of 10 orders, not 1 of 20 rows.
    expect(call('ODR', twice, oneStar, noClaims, noChargebacks, 'MFN', '2026-11-20')).toBe(0.1);
  });
});
