import { dayKey, inWindow } from '../calendar';
import { MetricInputError } from './errors';
import type { HealthData } from './health-data';
import { metricWindow } from './local-days';
import { metricResult } from './metric-result';
import type { CountedDefect, HealthInput, MetricOptions, MetricResult } from './types';

/**
 * Whether the reports say which orders were cancelled: an orders report with order or item
 * statuses (the All Orders report). The seller-fulfilled Order Report alone has neither
 * [reference 3.2]: its cancel rate would be a silent 0%.
 */
export function cancellationsKnowable(input: HealthInput): boolean {
  for (const row of input.orders) {
    if (row.orderStatusText !== '' || row.itemStatus !== null) return true;
  }
  return false;
}

/**
 * Pre-fulfillment Cancel Rate [AMZ-HELP CA/UK/IT 200285210, IN 200285210, DE PNRJVBQMJRS942V;
 * reference 1.3]:
 * - Seller-fulfilled orders placed in the window: 7 days; India also 30. UNCONFIRMED whether Amazon
 *   dates by order date; its CR download lists the order date, so that is used (reference 1.0).
 * - Counted: the order, or any of its items, was cancelled. That covers cancellations the seller
 *   starts and Amazon's auto-cancels of orders never confirmed.
 * - Not counted: cancellations the buyer requested through Amazon (`is-buyer-requested-cancelation`).
 *   Without that column every cancellation counts, as a request through messaging does. A buyer's
 *   own cancellation of a Pending order is not counted by Amazon, but the reports cannot show it.
 * - Target: under 2.5%, India under 2% (the marketplace's target).
 */
export function measureCancellationRate(
  data: HealthData,
  windowDays: number,
  options: MetricOptions,
): MetricResult {
  if (data.input.orders.length > 0 && !cancellationsKnowable(data.input)) {
    throw new MetricInputError(
      'Pre-fulfillment Cancel Rate needs the All Orders report (with order-status): the seller-fulfilled Order Report does not say which orders were cancelled',
    );
  }
  const timeZone = options.marketplace.timeZone;
  const window = metricWindow(options, windowDays);
  const defects: CountedDefect[] = [];
  let denominator = 0;
  for (const order of data.orderList) {
    if (order.channel !== 'MFN' || !inWindow(order.purchaseDate, window)) continue;
    denominator++;
    if (order.hasCancellation && !order.buyerRequestedCancel) {
      defects.push({
        orderId: order.orderId,
        day: dayKey(order.purchaseDate, timeZone),
        detail: order.cancelled ? 'order cancelled' : 'item cancelled',
      });
    }
  }
  return metricResult(
    {
      metric: 'cancellationRate',
      label: 'Pre-fulfillment Cancel Rate',
      channel: 'MFN',
      unit: 'orders',
      window,
      target: options.marketplace.targets.cancellationRate,
      direction: 'max',
      numerator: defects.length,
      denominator,
      defects,
    },
    options.nearMargin,
  );
}
