/** The notices a Plan of Action can answer, and which metrics each one is about. */
import type { MetricId } from '../metrics/types';
import type { Channel } from '../reports/types';
import type { NoticeKind, NoticeKindInfo } from './types';

/** In the order the sidebar lists them: performance, then policy, then account notices. */
export const noticeKinds: readonly NoticeKindInfo[] = [
  { kind: 'orderDefectRate', label: 'Order Defect Rate', group: 'performance' },
  { kind: 'lateShipmentRate', label: 'Late Shipment Rate', group: 'performance' },
  { kind: 'cancellationRate', label: 'Pre-fulfillment Cancel Rate', group: 'performance' },
  { kind: 'validTrackingRate', label: 'Valid Tracking Rate', group: 'performance' },
  { kind: 'onTimeDeliveryRate', label: 'On-Time Delivery Rate', group: 'performance' },
  { kind: 'intellectualProperty', label: 'Intellectual property complaint', group: 'policy' },
  { kind: 'inauthentic', label: 'Inauthentic item complaint', group: 'policy' },
  { kind: 'productCondition', label: 'Product condition complaint', group: 'policy' },
  { kind: 'reviewManipulation', label: 'Product review policy violation', group: 'policy' },
  { kind: 'restrictedProduct', label: 'Restricted product', group: 'policy' },
  { kind: 'relatedAccounts', label: 'Related accounts', group: 'account' },
  { kind: 'identityVerification', label: 'Identity verification', group: 'account' },
];

export function noticeInfo(kind: NoticeKind): NoticeKindInfo {
  const info = noticeKinds.find((n) => n.kind === kind);
  if (!info) throw new Error(`Unknown notice kind "${kind}".`);
  return info;
}

/** The metrics a performance notice is about; none for policy and account notices. */
export function metricsOfNotice(kind: NoticeKind): readonly MetricId[] {
  switch (kind) {
    case 'orderDefectRate':
      return ['orderDefectRate', 'negativeFeedbackRate', 'claimRate', 'chargebackRate'];
    case 'lateShipmentRate':
      return ['lateShipmentRate'];
    case 'cancellationRate':
      return ['cancellationRate'];
    case 'validTrackingRate':
      return ['validTrackingRate'];
    case 'onTimeDeliveryRate':
      return ['onTimeDeliveryRate', 'unitOnTimeDeliveryRate'];
    default:
      return [];
  }
}

/**
 * The channels a notice can be about. Amazon gives the ODR per channel (seller-fulfilled and FBA
 * apart); late shipment, cancellation, valid tracking and on-time delivery measure seller-fulfilled
 * orders only. Policy and account notices are about no channel's figures.
 */
export function noticeChannels(kind: NoticeKind): readonly Channel[] {
  if (kind === 'orderDefectRate') return ['MFN', 'AFN'];
  return metricsOfNotice(kind).length > 0 ? ['MFN'] : [];
}
