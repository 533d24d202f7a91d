/**
 * Hand-built records and metric results for the findings and plan tests. Counts are chosen so a
 * seller could check them on paper: 40 seller-fulfilled orders in March 2024, 10 shipped late;
 * 7 of the late ones went with UPS (of 20 UPS orders), 3 with USPS (of 20), and 3 were placed on
 * a Saturday (of 5 Saturday orders).
 */
import { zonedInstant } from '../../../src/core/calendar';
import { emptyHealthInput } from '../../../src/core/health-input';
import { marketplaceByCode } from '../../../src/core/marketplaces';
import type {
  CountedDefect,
  HealthInput,
  MetricOptions,
  MetricResult,
} from '../../../src/core/metrics/types';
import type {
  Chargeback,
  Claim,
  FbaShipment,
  Feedback,
  OrderItem,
  ShipmentConfirmation,
} from '../../../src/core/reports/types';

const zone = 'America/Los_Angeles';

export function at(day: string, hour = 10): number {
  const [y, m, d] = day.split('-').map(Number);
  return zonedInstant(zone, y ?? 1970, m ?? 1, d ?? 1, hour);
}

export function orderId(n: number): string {
  return `113-${String(n).padStart(7, '0')}-${String(n * 7).padStart(7, '0')}`;
}

export function order(
  overrides: Partial<OrderItem> & { orderId: string; purchaseDate: number },
): OrderItem {
  return {
    row: 2,
    orderStatus: 'Shipped',
    orderStatusText: 'Shipped',
    itemStatus: null,
    channel: 'MFN',
    sku: 'SKU-A',
    asin: 'B0AAAAAAA1',
    productName: 'Ceramic mug',
    quantity: 1,
    itemPrice: 12.5,
    currency: 'USD',
    salesChannel: 'Amazon.com',
    shipServiceLevel: 'Standard',
    buyerRequestedCancel: null,
    latestShipDate: null,
    latestDeliveryDate: null,
    ...overrides,
  };
}

export function shipment(
  overrides: Partial<ShipmentConfirmation> & { orderId: string; shipDate: number },
): ShipmentConfirmation {
  return {
    row: 2,
    orderItemId: '1',
    quantity: null,
    confirmedAt: null,
    carrierCode: 'UPS',
    carrierName: '',
    trackingNumber: '1Z999AA10123456784',
    shipMethod: 'Ground',
    trackingValid: true,
    deliveredAt: null,
    ...overrides,
  };
}

export const emptyInput = emptyHealthInput;

export function result(
  overrides: Partial<MetricResult> & Pick<MetricResult, 'metric' | 'defects'>,
): MetricResult {
  return {
    label: 'Late Shipment Rate',
    channel: 'MFN',
    value: 0.25,
    numerator: 10,
    denominator: 40,
    unit: 'orders',
    windowStart: '2024-03-02',
    windowEnd: '2024-03-31',
    windowDays: 30,
    target: 0.04,
    direction: 'max',
    status: 'breach',
    ...overrides,
  };
}

export const options: MetricOptions = {
  marketplace: marketplaceByCode('US'),
  asOf: '2024-03-31',
  nearMargin: 0.2,
};

/** Saturdays in March 2024: 2, 9, 16, 23, 30. Tuesdays: 5, 12, 19, 26. Wednesdays: 6, 13, 20, 27. */
const lateDays = [
  '2024-03-02',
  '2024-03-09',
  '2024-03-16',
  '2024-03-05',
  '2024-03-12',
  '2024-03-19',
  '2024-03-05',
  '2024-03-12',
  '2024-03-19',
  '2024-03-26',
];
/** Confirmed 3 business days after a Saturday order (Wednesday), 2 after a Tuesday (Thursday). */
const lateConfirmations = [
  '2024-03-06',
  '2024-03-13',
  '2024-03-20',
  '2024-03-07',
  '2024-03-14',
  '2024-03-21',
  '2024-03-07',
  '2024-03-14',
  '2024-03-21',
  '2024-03-28',
];
const onTimeDays = ['2024-03-06', '2024-03-13', '2024-03-20', '2024-03-27'];

export interface LateShipmentFixture {
  input: HealthInput;
  results: MetricResult[];
  lateIds: string[];
  upsLateIds: string[];
  saturdayLateIds: string[];
}

export function lateShipmentFixture(): LateShipmentFixture {
  const input = emptyInput();
  const lateIds: string[] = [];
  const defects: CountedDefect[] = [];
  lateDays.forEach((day, i) => {
    const id = orderId(i + 1);
    lateIds.push(id);
    input.orders.push(
      order({ orderId: id, purchaseDate: at(day), sku: i < 5 ? 'SKU-A' : 'SKU-B' }),
    );
    const confirmedOn = lateConfirmations[i] ?? day;
    input.shipments.push(
      shipment({
        orderId: id,
        shipDate: at(confirmedOn, 15),
        confirmedAt: at(confirmedOn, 16),
        carrierCode: i < 7 ? 'UPS' : 'USPS',
        shipMethod: i < 7 ? 'Ground' : 'Priority Mail',
      }),
    );
    defects.push({ orderId: id, day, detail: 'shipped after the expected ship date' });
  });
  for (let n = 0; n < 30; n++) {
    const id = orderId(100 + n);
    // Two on-time orders are on Saturday 2024-03-23, the rest on Wednesdays.
    const day = n < 2 ? '2024-03-23' : (onTimeDays[n % 4] ?? '2024-03-06');
    input.orders.push(
      order({ orderId: id, purchaseDate: at(day), sku: n % 2 === 0 ? 'SKU-A' : 'SKU-B' }),
    );
    const ups = n < 13;
    input.shipments.push(
      shipment({
        orderId: id,
        shipDate: at(day, 15),
        confirmedAt: at(day, 16),
        carrierCode: ups ? 'UPS' : 'USPS',
        shipMethod: ups ? 'Ground' : 'Priority Mail',
      }),
    );
  }
  // Outside the window: must not count among UPS orders.
  input.orders.push(order({ orderId: orderId(900), purchaseDate: at('2024-02-20') }));
  input.shipments.push(shipment({ orderId: orderId(900), shipDate: at('2024-02-20', 15) }));
  // Cancelled before shipping: not part of the late-shipment orders.
  input.orders.push(
    order({
      orderId: orderId(901),
      purchaseDate: at('2024-03-06'),
      orderStatus: 'Cancelled',
      orderStatusText: 'Cancelled',
    }),
  );
  const saturdayLateIds = lateIds.slice(0, 3);
  const results = [
    result({ metric: 'lateShipmentRate', defects }),
    // The 10-day window holds the last late order again: it is still one defect.
    result({
      metric: 'lateShipmentRate',
      windowStart: '2024-03-22',
      windowEnd: '2024-03-31',
      windowDays: 10,
      numerator: 1,
      denominator: 12,
      value: 1 / 12,
      defects: defects.slice(9),
    }),
  ];
  return { input, results, lateIds, upsLateIds: lateIds.slice(0, 7), saturdayLateIds };
}

/** Buyer data as it can appear in the sheets: the tests check none of it reaches a plan. */
export const buyerIdentifiers = [
  'Jane Doe',
  'jane.doe@example.com',
  '+1 206-555-0100',
  '12 Elm Street, Springfield',
];

function feedback(overrides: Partial<Feedback> & { orderId: string; rating: number }): Feedback {
  return { row: 2, date: at('2024-03-20'), comment: '', removed: false, ...overrides };
}

function claim(overrides: Partial<Claim> & { orderId: string }): Claim {
  return {
    row: 2,
    date: at('2024-03-20'),
    status: 'Granted',
    reason: 'Item not received',
    counts: true,
    ...overrides,
  };
}

function chargeback(overrides: Partial<Chargeback> & { orderId: string }): Chargeback {
  return {
    row: 2,
    date: at('2024-03-20'),
    status: 'Open',
    reason: 'Service not rendered',
    counts: true,
    ...overrides,
  };
}

function fbaShipment(
  overrides: Partial<FbaShipment> & { orderId: string; purchaseDate: number },
): FbaShipment {
  return {
    row: 2,
    shipmentDate: null,
    sku: 'SKU-F',
    productName: 'Glass jar',
    quantity: 1,
    itemPrice: 9,
    currency: 'USD',
    salesChannel: 'Amazon.com',
    ...overrides,
  };
}

export interface OrderDefectFixture {
  input: HealthInput;
  results: MetricResult[];
}

/**
 * ODR over 2024-02-01 – 2024-03-31: 4 MFN orders (3 with a defect) and 2 FBA orders (1 with a
 * defect). Buyer names, e-mails and phones sit in the feedback comments, as they do in real files.
 */
export function orderDefectFixture(): OrderDefectFixture {
  const input = emptyInput();
  const mfn = [1, 2, 3, 4].map((n) => orderId(200 + n));
  const afn = [1, 2].map((n) => orderId(300 + n));
  const [m1 = '', m2 = '', m3 = '', m4 = ''] = mfn;
  const [f1 = '', f2 = ''] = afn;
  mfn.forEach((id, i) => {
    input.orders.push(order({ orderId: id, purchaseDate: at(`2024-03-0${i + 4}`), sku: 'SKU-M' }));
  });
  input.orders.push(
    order({ orderId: f1, purchaseDate: at('2024-03-04'), channel: 'AFN', sku: 'SKU-F' }),
  );
  input.fbaShipments.push(fbaShipment({ orderId: f2, purchaseDate: at('2024-03-05') }));
  input.feedback.push(
    feedback({
      orderId: m1,
      rating: 1,
      comment:
        'Arrived DAMAGED and two weeks late. Jane Doe, jane.doe@example.com, +1 206-555-0100, 12 Elm Street, Springfield',
    }),
    feedback({ orderId: m2, rating: 2, comment: 'They sent the wrong item.' }),
    feedback({ orderId: m4, rating: 1, comment: 'Broken', removed: true }),
    feedback({ orderId: f1, rating: 1, comment: 'Meh.' }),
    feedback({ orderId: f2, rating: 5, comment: 'Late but fine, call me on (206) 555-0100' }),
  );
  input.claims.push(
    claim({ orderId: m3 }),
    claim({ orderId: m2, reason: 'Not as described', counts: false }),
  );
  input.chargebacks.push(chargeback({ orderId: m3 }));
  const odr = {
    metric: 'orderDefectRate' as const,
    label: 'Order Defect Rate',
    windowStart: '2024-02-01',
    windowEnd: '2024-03-31',
    windowDays: 60,
    target: 0.01,
  };
  const results = [
    result({
      ...odr,
      channel: 'MFN',
      numerator: 3,
      denominator: 4,
      value: 0.75,
      defects: [
        { orderId: m1, day: '2024-03-04', detail: 'negative feedback (1★)' },
        { orderId: m2, day: '2024-03-05', detail: 'negative feedback (2★)' },
        { orderId: m3, day: '2024-03-06', detail: 'A-to-z claim, chargeback' },
      ],
    }),
    result({
      ...odr,
      channel: 'AFN',
      numerator: 1,
      denominator: 2,
      value: 0.5,
      defects: [{ orderId: f1, day: '2024-03-04', detail: 'negative feedback (1★)' }],
    }),
  ];
  return { input, results };
}
