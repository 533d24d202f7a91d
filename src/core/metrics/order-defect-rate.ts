import { dayKey, inWindow } from '../calendar';
import type { Channel, DefectType } from '../reports/types';
import type { HealthData } from './health-data';
import { metricWindow } from './local-days';
import { type MetricCount, metricResult } from './metric-result';
import type { CountedDefect, MetricId, MetricOptions, MetricResult } from './types';

/** ODR covers the orders placed in the last 60 days [AMZ-HELP G200285170; reference 1.1]. */
export const odrWindowDays = 60;

export interface OrderDefectRates {
  orderDefectRate: MetricResult;
  negativeFeedbackRate: MetricResult;
  claimRate: MetricResult;
  chargebackRate: MetricResult;
}

/** The defects found on one order; the order counts once in ODR however many it has. */
interface DefectiveOrder {
  /** The order date that places it in the window. */
  orderDate: number;
  negativeFeedback: boolean;
  /** The lowest negative rating seen; null when only Amazon's ODR download names it. */
  stars: number | null;
  claim: boolean;
  chargeback: boolean;
}

function feedbackDetail(order: DefectiveOrder): string {
  return order.stars === null ? 'negative feedback' : `negative feedback (${order.stars}★)`;
}

function detailOf(order: DefectiveOrder): string {
  const parts: string[] = [];
  if (order.negativeFeedback) parts.push(feedbackDetail(order));
  if (order.claim) parts.push('A-to-z claim');
  if (order.chargeback) parts.push('chargeback');
  return parts.join(', ');
}

/**
 * Order Defect Rate for one channel, with its three parts [AMZ-HELP G200285170; reference 0.1,
 * 0.2, 1.1]:
 * - MFN and AFN are measured apart.
 * - The window holds the orders *placed* in the last 60 days; a defect counts in the window of its
 *   order's date, whenever it arrived.
 * - Defects: feedback of 1 or 2 stars not removed or struck out; A-to-z claims that count (not
 *   denied, not withdrawn before a decision); service chargebacks; rows of Amazon's ODR download.
 * - An order with several defects counts once in ODR; each part counts the orders with that defect
 *   over the same orders.
 * - Cancelled orders are not orders in the period unless they carry a defect (a claim can follow a
 *   cancellation, reference 1.1).
 * - Feedback, claims and chargebacks on orders the orders report does not list cannot be dated,
 *   so they are not counted; a download row carries its own order date, so it is.
 * - The lag Amazon shows ODR with is UNCONFIRMED (reference 1.1): the seller sets it through as-of.
 */
export function measureOrderDefectRate(
  data: HealthData,
  channel: Channel,
  options: MetricOptions,
  /**
   * Where a download row with no channel, on an order no report lists, counts: the only channel
   * of the orders, or none when they have both (`onlyChannel`; ACCOUNT_HEALTH names such rows).
   */
  downloadChannel: Channel | null,
): OrderDefectRates {
  const { input, orders } = data;
  const window = metricWindow(options, odrWindowDays);
  const defective = new Map<string, DefectiveOrder>();

  const mark = (orderId: string, orderDate: number, defect: DefectType, stars: number | null) => {
    let order = defective.get(orderId);
    if (!order) {
      order = { orderDate, negativeFeedback: false, stars: null, claim: false, chargeback: false };
      defective.set(orderId, order);
    }
    order.orderDate = Math.min(order.orderDate, orderDate);
    if (defect === 'negativeFeedback') {
      order.negativeFeedback = true;
      if (stars !== null) order.stars = Math.min(order.stars ?? stars, stars);
    } else if (defect === 'claim') order.claim = true;
    else order.chargeback = true;
  };
  /** The order's date when it is an order of this channel placed in the window. */
  const placedOrderDate = (orderId: string): number | undefined => {
    const order = orders.get(orderId);
    if (!order || order.channel !== channel || !inWindow(order.purchaseDate, window)) return;
    return order.purchaseDate;
  };

  for (const feedback of input.feedback) {
    if (feedback.rating > 2 || feedback.removed) continue;
    const orderDate = placedOrderDate(feedback.orderId);
    if (orderDate !== undefined) {
      mark(feedback.orderId, orderDate, 'negativeFeedback', feedback.rating);
    }
  }
  for (const claim of input.claims) {
    const orderDate = claim.counts ? placedOrderDate(claim.orderId) : undefined;
    if (orderDate !== undefined) mark(claim.orderId, orderDate, 'claim', null);
  }
  for (const chargeback of input.chargebacks) {
    const orderDate = chargeback.counts ? placedOrderDate(chargeback.orderId) : undefined;
    if (orderDate !== undefined) mark(chargeback.orderId, orderDate, 'chargeback', null);
  }
  // Amazon's own download is dated by its order-date column and counts even for an order the
  // orders report lacks; a row without a channel belongs to its order's channel, else to
  // `downloadChannel`.
  for (const row of input.odrDefects) {
    const rowChannel = row.channel ?? orders.get(row.orderId)?.channel ?? downloadChannel;
    if (rowChannel === channel && inWindow(row.orderDate, window)) {
      mark(row.orderId, row.orderDate, row.defect, null);
    }
  }

  let denominator = 0;
  for (const order of data.orderList) {
    if (order.channel === channel && !order.cancelled && inWindow(order.purchaseDate, window)) {
      denominator++;
    }
  }
  // Defective orders not counted above: cancelled ones, and those only the download names.
  for (const orderId of defective.keys()) {
    const order = orders.get(orderId);
    const counted =
      order !== undefined &&
      order.channel === channel &&
      !order.cancelled &&
      inWindow(order.purchaseDate, window);
    if (!counted) denominator++;
  }

  const timeZone = options.marketplace.timeZone;
  const odr: CountedDefect[] = [];
  const feedback: CountedDefect[] = [];
  const claims: CountedDefect[] = [];
  const chargebacks: CountedDefect[] = [];
  for (const [orderId, order] of defective) {
    const day = dayKey(order.orderDate, timeZone);
    odr.push({ orderId, day, detail: detailOf(order) });
    if (order.negativeFeedback) feedback.push({ orderId, day, detail: feedbackDetail(order) });
    if (order.claim) claims.push({ orderId, day, detail: 'A-to-z claim' });
    if (order.chargeback) chargebacks.push({ orderId, day, detail: 'chargeback' });
  }

  // The parts have no target of their own: they are held to ODR's (reference 1.0).
  const result = (metric: MetricId, label: string, defects: CountedDefect[]): MetricResult => {
    const count: MetricCount = {
      metric,
      label,
      channel,
      unit: 'orders',
      window,
      target: options.marketplace.targets.orderDefectRate,
      direction: 'max',
      numerator: defects.length,
      denominator,
      defects,
    };
    return metricResult(count, options.nearMargin);
  };
  return {
    orderDefectRate: result('orderDefectRate', 'Order Defect Rate', odr),
    negativeFeedbackRate: result('negativeFeedbackRate', 'Negative Feedback Rate', feedback),
    claimRate: result('claimRate', 'A-to-z Guarantee Claim Rate', claims),
    chargebackRate: result('chargebackRate', 'Chargeback Rate', chargebacks),
  };
}
