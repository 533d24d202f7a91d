/**
 * The account-health custom functions. Each is a few lines: read the ranges Sheets passes, call
 * the core, return a number or a table. Custom functions run without authorization and can only
 * read what is passed to them, so every report arrives as an argument (that is also what makes
 * Sheets recalculate when the seller pastes new rows). A thrown Error's message shows in the cell.
 */
import { leftOutText, uncountedText, unplacedText } from '../core/health-input';
import {
  type HealthTableCell,
  healthTable,
  marketplacesHealthTable,
  withNotes,
} from '../core/health-table';
import {
  accountHealthAndUncounted,
  cancellationRate,
  lateShipmentRate,
  onTimeDeliveryRate,
  orderDefectRate,
  validTrackingRate,
} from '../core/metrics';
import type { MetricResult } from '../core/metrics/types';
import { unreadByMetrics, unreadByOrderDefectRate } from '../core/metrics/unread-columns';
import {
  channelArgument,
  readMarketplacesArguments,
  readMetricArguments,
  windowArgument,
} from './custom-function-arguments';

/** A rate, or an error that says why there is none: never a silent 0. */
function rateOf(result: MetricResult): number {
  if (result.value === null) {
    throw new Error(
      `${result.label}: no ${result.channel === 'MFN' ? 'seller-fulfilled (MFN)' : 'FBA (AFN)'} ${result.unit} between ${result.windowStart} and ${result.windowEnd}, so there is no rate.`,
    );
  }
  return result.value;
}

export function ODR(
  orders: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  channel?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): number {
  const { input, options } = readMetricArguments(
    { orders, feedback, claims, chargebacks },
    {
      asOf: as_of,
      marketplace,
      unread: unreadByOrderDefectRate,
    },
  );
  return rateOf(orderDefectRate(input, channelArgument(channel), options).orderDefectRate);
}

export function LATE_SHIPMENT_RATE(
  orders: unknown,
  shipments?: unknown,
  window_days?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): number {
  // Without the confirmations nothing says when an order was confirmed: refuse rather than count
  // every past-due order as late.
  if (!Array.isArray(shipments)) {
    throw new Error(
      'shipments: LATE_SHIPMENT_RATE needs your shipping confirmations (order-id, ship-date, …) to know when each order was confirmed. Pass them as the second argument.',
    );
  }
  const { input, options } = readMetricArguments(
    { mfnOrders: orders, shipments },
    {
      asOf: as_of,
      marketplace,
      unread: unreadByMetrics,
    },
  );
  return rateOf(lateShipmentRate(input, windowArgument(window_days, [10, 30], 30), options));
}

export function CANCELLATION_RATE(
  orders: unknown,
  window_days?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): number {
  const { input, options } = readMetricArguments(
    { orders },
    {
      asOf: as_of,
      marketplace,
      unread: unreadByMetrics,
    },
  );
  return rateOf(cancellationRate(input, windowArgument(window_days, [7, 30], 7), options));
}

export function VALID_TRACKING_RATE(
  orders: unknown,
  shipments: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): number {
  const { input, options } = readMetricArguments(
    { orders, shipments },
    {
      asOf: as_of,
      marketplace,
      unread: unreadByMetrics,
    },
  );
  return rateOf(validTrackingRate(input, options));
}

export function ON_TIME_DELIVERY_RATE(
  orders: unknown,
  shipments: unknown,
  mode?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): number {
  const { input, options } = readMetricArguments(
    { mfnOrders: orders, shipments },
    {
      asOf: as_of,
      marketplace,
      unread: unreadByMetrics,
    },
  );
  const text = mode === undefined || mode === null || mode === '' ? 'classic' : String(mode);
  const normalised = text.trim().toLowerCase();
  if (normalised !== 'classic' && normalised !== 'unit') {
    throw new Error(`mode: expected "classic" or "unit", got "${text}".`);
  }
  return rateOf(onTimeDeliveryRate(input, normalised, options));
}

export function ACCOUNT_HEALTH(
  orders: unknown,
  mfn_orders?: unknown,
  shipments?: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
  near_margin?: unknown,
): HealthTableCell[][] {
  const { measured, unplaced } = readMarketplacesArguments(
    { orders, mfnOrders: mfn_orders, shipments, feedback, claims, chargebacks },
    { asOf: as_of, marketplace, nearMargin: near_margin, unread: unreadByMetrics },
  );
  // One marketplace: the table as it always was. Several: each marketplace's rows apart.
  const health = measured.map(({ input, options }) => ({
    marketplace: options.marketplace,
    ...accountHealthAndUncounted(input, options),
  }));
  const [only] = health;
  const table =
    health.length === 1 && only ? healthTable(only.results) : marketplacesHealthTable(health);
  const notes = [
    ...unplaced.map(unplacedText),
    ...health.flatMap((h) => h.uncounted.map(uncountedText)),
    ...(['lateShipmentRate', 'cancellationRate'] as const)
      .filter((metric) => health.some((h) => h.leftOut.includes(metric)))
      .map((metric) => leftOutText[metric]),
  ];
  return withNotes(table, notes);
}
