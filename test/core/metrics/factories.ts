/**
 * Hand-built records for the metric tests: small factories with a seller's defaults, so each test
 * only spells out what it is about. Times are wall-clock times in a marketplace zone.
 */
import { addDays, epochDay, zonedInstant } from '../../../src/core/calendar';
import { emptyHealthInput } from '../../../src/core/health-input';
import { type Marketplace, marketplaceByCode } from '../../../src/core/marketplaces';
import type { HealthInput, MetricOptions } from '../../../src/core/metrics/types';
import type {
  Channel,
  Chargeback,
  Claim,
  DefectType,
  FbaShipment,
  Feedback,
  OdrDefect,
  OrderItem,
  ShipmentConfirmation,
} from '../../../src/core/reports/types';

export const us = marketplaceByCode('US');
export const india = marketplaceByCode('IN');
export const pacific = us.timeZone;

/** The instant of a wall-clock time (`HH:MM`) on a day in a zone (Pacific by default). */
export function at(day: string, time = '12:00', timeZone = pacific): number {
  const date = new Date(epochDay(day) * 86_400_000);
  const [hour, minute] = time.split(':').map(Number);
  return zonedInstant(
    timeZone,
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    hour,
    minute,
  );
}

/** `day` moved by a number of days. */
export const shift = addDays;

/** An Amazon-looking order ID, different for each n. */
export function orderIdOf(n: number, prefix = '111'): string {
  return `${prefix}-${String(n).padStart(7, '0')}-${String((n * 7919) % 10_000_000).padStart(7, '0')}`;
}

let rowNumber = 1;
const nextRow = () => ++rowNumber;

export function item(overrides: Partial<OrderItem> & { orderId: string }): OrderItem {
  return {
    row: nextRow(),
    purchaseDate: at('2024-06-01'),
    orderStatus: 'Shipped',
    orderStatusText: 'Shipped',
    itemStatus: null,
    channel: 'MFN',
    sku: 'MUG-RED',
    asin: 'B000000001',
    productName: 'Red mug',
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
  overrides: Partial<ShipmentConfirmation> & { orderId: string },
): ShipmentConfirmation {
  return {
    row: nextRow(),
    orderItemId: '',
    quantity: null,
    shipDate: at('2024-06-02', '00:00'),
    confirmedAt: null,
    carrierCode: 'UPS',
    carrierName: '',
    trackingNumber: `1Z${overrides.orderId.replace(/-/g, '')}`,
    shipMethod: 'Ground',
    trackingValid: null,
    deliveredAt: null,
    ...overrides,
  };
}

export function fbaRow(orderId: string, purchaseDate: number): FbaShipment {
  return {
    row: nextRow(),
    orderId,
    purchaseDate,
    shipmentDate: purchaseDate,
    sku: 'FBA-MUG',
    productName: 'Blue mug',
    quantity: 1,
    itemPrice: 12.5,
    currency: 'USD',
    salesChannel: 'Amazon.com',
  };
}

export function feedbackOn(orderId: string, rating: number, removed = false): Feedback {
  return { row: nextRow(), orderId, date: null, rating, comment: '', removed };
}

export function claimOn(orderId: string, counts = true): Claim {
  return {
    row: nextRow(),
    orderId,
    date: null,
    status: counts ? 'Granted' : 'Denied',
    reason: '',
    counts,
  };
}

export function chargebackOn(orderId: string, counts = true): Chargeback {
  return { row: nextRow(), orderId, date: null, status: '', reason: '', counts };
}

export function odrRow(
  orderId: string,
  orderDate: number,
  defect: DefectType,
  channel: Channel | null = null,
): OdrDefect {
  return { row: nextRow(), orderId, orderDate, defect, channel };
}

export function healthInput(parts: Partial<HealthInput> = {}): HealthInput {
  return { ...emptyHealthInput(), ...parts };
}

export function optionsFor(asOf: string, marketplace: Marketplace = us, nearMargin = 0.2) {
  const options: MetricOptions = { marketplace, asOf, nearMargin };
  return options;
}
