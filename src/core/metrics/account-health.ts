import type { Channel } from '../reports/types';
import { cancellationsKnowable, measureCancellationRate } from './cancellation-rate';
import type { HealthData } from './health-data';
import {
  confirmationsKnowable,
  lateShipmentMeasurable,
  measureLateShipmentRate,
} from './late-shipment-rate';
import { measureOnTimeDeliveryRate } from './on-time-delivery-rate';
import { measureOrderDefectRate } from './order-defect-rate';
import type { MetricOptions, MetricResult } from './types';
import { measureValidTrackingRate } from './valid-tracking-rate';

/** Amazon evaluates LSR over both windows; either can put the account at risk (reference 1.2). */
const lateShipmentWindows = [10, 30];

/**
 * Every metric the pasted reports allow, in the order of Amazon's Account Health page. A metric is
 * skipped when its data was not given (it would only be an error or an invented zero):
 * - ODR and its parts, for each channel that has orders;
 * - LSR over 10 and 30 days, when a seller-fulfilled order has a latest ship date and the reports
 *   can tell an unconfirmed order (confirmations, or the All Orders report's statuses);
 * - the cancel rate over the marketplace's windows, when there are seller-fulfilled orders and an
 *   orders report says which were cancelled (the All Orders report's statuses);
 * - VTR, when shipping confirmations were given;
 * - OTDR classic (and the unit rate in the US), when shipments have delivered dates and orders
 *   have deliver-by dates.
 */
export function measureAccountHealth(data: HealthData, options: MetricOptions): MetricResult[] {
  const { input, orderList } = data;
  const channels = new Set<Channel>();
  let shipByKnown = false;
  let promiseKnown = false;
  for (const order of orderList) {
    channels.add(order.channel);
    if (order.channel === 'MFN') {
      if (order.latestShipDate !== null) shipByKnown = true;
      if (order.latestDeliveryDate !== null) promiseKnown = true;
    }
    if (channels.size === 2 && shipByKnown && promiseKnown) break; // nothing more to learn
  }

  const results: MetricResult[] = [];
  // A download row of an order listed nowhere is the only channel's; with two, neither's (the
  // loop above saw every order unless it found both channels: `onlyChannel`'s answer).
  const [only] = channels;
  const downloadChannel = channels.size === 1 && only !== undefined ? only : null;
  for (const channel of ['MFN', 'AFN'] as const) {
    if (!channels.has(channel)) continue;
    const odr = measureOrderDefectRate(data, channel, options, downloadChannel);
    results.push(odr.orderDefectRate, odr.negativeFeedbackRate, odr.claimRate, odr.chargebackRate);
  }
  const lateShipmentKnown = shipByKnown || lateShipmentMeasurable(orderList, options.marketplace);
  if (lateShipmentKnown && confirmationsKnowable(input)) {
    for (const days of lateShipmentWindows) {
      results.push(measureLateShipmentRate(data, days, options));
    }
  }
  if (channels.has('MFN') && cancellationsKnowable(input)) {
    for (const days of options.marketplace.cancellationWindows) {
      results.push(measureCancellationRate(data, days, options));
    }
  }
  if (input.shipments.length > 0) results.push(measureValidTrackingRate(data, options));
  if (promiseKnown && input.shipments.some((row) => row.deliveredAt !== null)) {
    results.push(measureOnTimeDeliveryRate(data, 'classic', options));
    // The unit rate is a US policy (from 2024-09-25) and only the US API reports it (reference 1.5).
    if (options.marketplace.code === 'US') {
      results.push(measureOnTimeDeliveryRate(data, 'unit', options));
    }
  }
  return results;
}
