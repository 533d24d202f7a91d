/**
 * The sentences that describe a finding. Built only from its own numbers, so a plan quoting them
 * never states anything the seller's rows do not show.
 */
import type { MetricId } from '../metrics/types';
import type { Channel } from '../reports/types';
import type { FindingDimension } from './findings-types';
import { formatPercent } from './percent';

/** How each metric's defects read in a sentence; `happened` is empty for package metrics. */
const metricWording: Record<MetricId, { defects: string; happened: string }> = {
  orderDefectRate: { defects: 'orders with a defect', happened: 'had a defect' },
  negativeFeedbackRate: {
    defects: 'orders with negative feedback',
    happened: 'received negative feedback',
  },
  claimRate: { defects: 'orders with an A-to-z claim', happened: 'had an A-to-z claim' },
  chargebackRate: { defects: 'orders with a chargeback', happened: 'had a chargeback' },
  lateShipmentRate: { defects: 'late shipments', happened: 'shipped late' },
  cancellationRate: { defects: 'seller cancellations', happened: 'were cancelled by the seller' },
  validTrackingRate: { defects: 'packages without valid tracking', happened: '' },
  onTimeDeliveryRate: { defects: 'late deliveries', happened: '' },
  // Its defects are packages; the rate itself counts their units.
  unitOnTimeDeliveryRate: { defects: 'packages with units delivered late', happened: '' },
};

/**
 * The ODR and its parts are measured per channel, so their sentences name it: "orders" alone
 * would read as all orders. The other metrics are seller-fulfilled only.
 */
function channelPrefix(metric: MetricId, channel: Channel): string {
  const odrFamily =
    metric === 'orderDefectRate' ||
    metric === 'negativeFeedbackRate' ||
    metric === 'claimRate' ||
    metric === 'chargebackRate';
  if (!odrFamily) return '';
  return channel === 'MFN' ? 'seller-fulfilled ' : 'FBA ';
}

/** How a group reads after "14 of the 22 late shipments (63.6%)". */
function groupPhrase(dimension: FindingDimension, key: string): string {
  switch (dimension) {
    case 'sku':
      return `included SKU ${key}`;
    case 'asin':
      return `included ASIN ${key}`;
    case 'carrier':
      return `went with ${key}`;
    case 'shipService':
      return `used the ship service ${key}`;
    case 'weekday':
      return `were on orders placed on a ${key}`;
    case 'handlingTime':
      return `were confirmed ${key} after the order`;
    case 'feedbackTheme':
      return key === 'other'
        ? 'had negative feedback on other topics'
        : `had negative feedback about "${key}"`;
    case 'claimReason':
      return `had an A-to-z claim with the reason "${key}"`;
    case 'chargebackReason':
      return `had a chargeback with the reason "${key}"`;
  }
}

/** The group's orders, as in "14 of 120 UPS orders shipped late". */
function ordersPhrase(dimension: FindingDimension, key: string): string {
  switch (dimension) {
    case 'sku':
      return `orders with SKU ${key}`;
    case 'asin':
      return `orders with ASIN ${key}`;
    case 'shipService':
      return `orders shipped with ${key}`;
    case 'weekday':
      return `orders placed on a ${key}`;
    case 'handlingTime':
      return `orders confirmed ${key} after the order`;
    default:
      return `${key} orders`;
  }
}

export interface FindingNumbers {
  metric: MetricId;
  channel: Channel;
  dimension: FindingDimension;
  key: string;
  defects: number;
  totalDefects: number;
  orders: number | null;
  rate: number | null;
}

/** "14 of the 22 late shipments (63.6%) went with UPS", without a full stop. */
export function shareClause(f: FindingNumbers): string {
  const share = formatPercent(f.defects / f.totalDefects);
  const defects = `${channelPrefix(f.metric, f.channel)}${metricWording[f.metric].defects}`;
  return `${f.defects} of the ${f.totalDefects} ${defects} (${share}) ${groupPhrase(f.dimension, f.key)}`;
}

/** The share, then the group's own rate when it has a count of orders. */
export function findingSummary(f: FindingNumbers): string {
  const happened = metricWording[f.metric].happened;
  if (f.orders === null || f.rate === null || happened === '') return `${shareClause(f)}.`;
  const orders = `${channelPrefix(f.metric, f.channel)}${ordersPhrase(f.dimension, f.key)}`;
  return `${shareClause(f)}; ${f.defects} of ${f.orders} ${orders} ${happened} (${formatPercent(f.rate)}).`;
}
