import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectReportKind,
  ReportError,
  type ReportKind,
  readReport,
  reportLabel,
} from '../../../src/core/reports';
import { headers, range, tsv, us } from './helpers';

const withIsSoldByAb = [...headers.allOrdersWithUrl, 'is-sold-by-ab'];
/** BY_ORDER_DATE: cpf after promotion-ids, plus the optional cancellation column [reference 3.1, 1.3]. */
const byOrderDate = [
  ...headers.allOrdersNoUrl,
  'cpf',
  'is-business-order',
  'purchase-order-number',
  'price-designation',
  'is-buyer-requested-cancelation',
];

describe('recognising a report from its header row', () => {
  const cases: [string, readonly string[], ReportKind][] = [
    ['All Orders, 32 columns with url', headers.allOrdersWithUrl, 'allOrders'],
    ['All Orders, 33 columns with is-sold-by-ab', withIsSoldByAb, 'allOrders'],
    ['All Orders, 28 columns without url', headers.allOrdersNoUrl, 'allOrders'],
    ['All Orders by order date with cpf and cancel column', byOrderDate, 'allOrders'],
    ['seller-fulfilled Order Report', headers.sellerFulfilled, 'sellerFulfilledOrders'],
    ['Unshipped Orders report', headers.unshipped, 'sellerFulfilledOrders'],
    ['Amazon Fulfilled Shipments', headers.fbaShipments, 'fbaShipments'],
    ['Seller Feedback report', headers.feedback, 'feedback'],
    [
      'Seller Feedback report with "Response"',
      ['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email'],
      'feedback',
    ],
    ['shipping confirmation template', headers.shippingConfirmation, 'shippingConfirmations'],
    ['claims list', headers.claims, 'claims'],
    ['chargebacks list', headers.chargebacks, 'chargebacks'],
    ['Account Health ODR download', headers.odrDefects, 'odrDefects'],
  ];

  it.each(cases)('%s', (_name, header, kind) => {
    expect(detectReportKind([[...header]])).toBe(kind);
  });

  it('recognises each of them whatever the case and separators of its header names', () => {
    const separators = ['-', '_', ' ', ''];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.array(fc.nat(7), { minLength: 64, maxLength: 64 }),
        ([, header, kind], choices) => {
          let n = 0;
          const choose = () => choices[n++ % choices.length] ?? 0;
          const respelled = header.map((name) =>
            [...name]
              .map((ch) =>
                /[-_ ]/.test(ch)
                  ? (separators[choose() % 4] ?? '')
                  : choose() % 2
                    ? ch.toUpperCase()
                    : ch.toLowerCase(),
              )
              .join(''),
          );
          expect(detectReportKind([respelled])).toBe(kind);
        },
      ),
    );
  });

  it('recognises the header of a pasted TSV download, byte-order mark included', () => {
    const text = `\uFEFF${headers.allOrdersWithUrl.join('\t')}\n114-1111111-1111111\t\t2024-01-05T10:11:12+00:00`;
    expect(detectReportKind(tsv(text))).toBe('allOrders');
  });

  it('ignores case, spaces, hyphens and underscores in header names', () => {
    expect(
      detectReportKind([
        ['AMAZON_ORDER_ID', 'Purchase Date', 'order status', 'Fulfillment-Channel'],
      ]),
    ).toBe('allOrders');
    expect(detectReportKind([['order_id', 'Ship Date', 'TRACKING NUMBER']])).toBe(
      'shippingConfirmations',
    );
  });

  it('tells FBA shipments from All Orders although both have amazon-order-id and purchase-date', () => {
    expect(headers.fbaShipments).toContain('fulfillment-channel');
    expect(detectReportKind([[...headers.fbaShipments]])).toBe('fbaShipments');
  });

  it('accepts aliases: claim headers in title case, Order Date for purchase-date', () => {
    expect(detectReportKind([['Order ID', 'Claim Date', 'Status', 'Decision', 'Reason']])).toBe(
      'claims',
    );
    expect(detectReportKind([['Order ID', 'Order Date', 'Defect Type', 'Fulfilled By']])).toBe(
      'odrDefects',
    );
  });

  it('finds the header below blank rows and after blank columns', () => {
    const values = [
      ['', '', ''],
      ['', '', ''],
      ['', ...headers.feedback],
    ];
    expect(detectReportKind(values)).toBe('feedback');
  });

  it('recognises nothing in an unrelated header or an empty range', () => {
    expect(detectReportKind([['Name', 'Email', 'Phone']])).toBeNull();
    expect(detectReportKind([])).toBeNull();
    expect(detectReportKind([[''], ['']])).toBeNull();
  });
});

describe('readReport structure', () => {
  it('reads nothing, without problems, from a header-only range', () => {
    expect(readReport([[...headers.allOrdersWithUrl]], ['allOrders'], us)).toEqual({
      kind: 'allOrders',
      records: [],
      problems: [],
    });
  });

  it.each([
    ['an empty string (argument left empty)', ''],
    ['undefined (argument omitted)', undefined],
    ['a single non-blank cell', 'Orders'],
    ['an empty array', []],
    [
      'a range of blank cells',
      [
        ['', ''],
        ['', ''],
      ],
    ],
  ])('treats %s as "not given"', (_name, value) => {
    const parsed = readReport(value as unknown[][], ['feedback', 'odrDefects'], {
      ...us,
      source: 'feedback',
    });
    expect(parsed).toEqual({ kind: 'feedback', records: [], problems: [] });
  });

  it('says which report it got and which it expected', () => {
    const feedback = range(headers.feedback, {
      Date: '1/15/24',
      Rating: '1',
      'Order ID': '114-1111111-1111111',
    });
    expect(() => readReport(feedback, ['allOrders', 'sellerFulfilledOrders'], us)).toThrow(
      new ReportError(
        'orders: this is a Seller Feedback report, but an All Orders report or a seller-fulfilled Order Report was expected.',
      ),
    );
  });

  it('says so when the first row is not a header', () => {
    const noHeader = [
      ['114-1111111-1111111', '', '2024-01-05T10:11:12+00:00', '', 'Shipped', 'Merchant'],
    ];
    expect(() => readReport(noHeader, ['allOrders', 'sellerFulfilledOrders'], us)).toThrow(
      'orders: the first row does not look like a report header. Paste the report with its header row (expected columns such as amazon-order-id, purchase-date, order-status).',
    );
  });

  it('names the first non-blank row when the range starts with blank rows', () => {
    expect(() =>
      readReport([[''], ['Notes']], ['feedback'], { ...us, source: 'Feedback' }),
    ).toThrow('Feedback: row 2, the first non-blank row, does not look like a report header.');
  });

  it('names a missing column of an accepted report', () => {
    const noDate = [['Rating', 'Comments', 'Order ID', 'Rater Email']];
    expect(() => readReport(noDate, ['feedback'], { ...us, source: 'feedback' })).toThrow(
      new ReportError(
        'feedback: the Seller Feedback report has no Date column. Paste the report with all its columns, header row included.',
      ),
    );
    const noChannel = [['amazon-order-id', 'purchase-date', 'order-status', 'sku']];
    expect(() => readReport(noChannel, ['allOrders'], us)).toThrow(
      'orders: the All Orders report has no fulfillment-channel column (also accepted: fulfilment-channel).',
    );
  });

  it('needs purchase-date in FBA shipments: it places orders in the ODR window', () => {
    const header = headers.fbaShipments.filter((name) => name !== 'purchase-date');
    expect(() => readReport([header], ['fbaShipments'], us)).toThrow(
      'orders: the Amazon Fulfilled Shipments report has no purchase-date column (also accepted: order-date).',
    );
  });

  it('throws ReportError, so callers can tell report problems from bugs', () => {
    expect(() => readReport([['Name', 'Email']], ['claims'], us)).toThrow(ReportError);
  });

  it('labels every kind for messages', () => {
    expect(reportLabel('allOrders')).toBe('All Orders report');
    expect(reportLabel('sellerFulfilledOrders')).toBe('seller-fulfilled Order Report');
    expect(reportLabel('feedback')).toBe('Seller Feedback report');
    expect(reportLabel('odrDefects')).toBe('Account Health ODR download');
  });
});
