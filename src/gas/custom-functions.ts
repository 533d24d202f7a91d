/**
 * The account-health custom functions. Each is a few lines: read the ranges Sheets passes, call
 * the core, return a number or a table. Custom functions run without authorization and can only
 * read what is passed to them, so every report arrives as an argument (that is also what makes
 * Sheets recalculate when the seller pastes new rows). A thrown Error's message shows in the cell.
 */
import { readHealthInput, resolveAsOf } from '../core/health-input';
import { type HealthTableCell, healthTable } from '../core/health-table';
import type { Marketplace } from '../core/marketplaces';
import {
  accountHealth,
  cancellationRate,
  lateShipmentRate,
  onTimeDeliveryRate,
  orderDefectRate,
  validTrackingRate,
} from '../core/metrics';
import type { HealthInput, MetricOptions, MetricResult } from '../core/metrics/types';
import type { Channel } from '../core/reports/types';

const defaultNearMargin = 0.2;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Sheets puts a date typed in a cell at midnight in the spreadsheet's zone. */
function spreadsheetTimeZone(asOf: unknown): string | undefined {
  return isDate(asOf) ? SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() : undefined;
}

function optionsFor(
  input: HealthInput,
  marketplace: Marketplace,
  asOf: unknown,
  nearMargin = defaultNearMargin,
): MetricOptions {
  return {
    marketplace,
    asOf: resolveAsOf(asOf, input, marketplace, spreadsheetTimeZone(asOf)),
    nearMargin,
  };
}

/** A rate, or an error that says why there is none: never a silent 0. */
function rateOf(result: MetricResult): number {
  if (result.value === null) {
    throw new Error(
      `${result.label}: no ${result.channel === 'MFN' ? 'seller-fulfilled (MFN)' : 'FBA (AFN)'} ${result.unit} between ${result.windowStart} and ${result.windowEnd}, so there is no rate.`,
    );
  }
  return result.value;
}

function channelArgument(channel: unknown): Channel {
  if (channel === undefined || channel === null || channel === '') return 'MFN';
  const text = String(channel).trim().toUpperCase();
  if (text === 'MFN' || text === 'FBM') return 'MFN';
  if (text === 'AFN' || text === 'FBA') return 'AFN';
  throw new Error(`channel: expected "MFN" (seller-fulfilled) or "AFN" (FBA), got "${channel}".`);
}

function windowArgument(value: unknown, allowed: readonly number[], fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const days = Number(value);
  if (!allowed.includes(days)) {
    throw new Error(`window_days: expected ${allowed.join(' or ')}, got "${String(value)}".`);
  }
  return days;
}

function nearMarginArgument(value: unknown): number {
  if (value === undefined || value === null || value === '') return defaultNearMargin;
  const margin = Number(value);
  if (!(margin >= 0 && margin < 1)) {
    throw new Error(`near_margin: expected a share between 0 and 1 (0.2 is 20%), got "${value}".`);
  }
  return margin;
}

export function ODR(
  orders: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  channel?: unknown,
  as_of?: unknown,
): number {
  const { input, marketplace } = readHealthInput({ orders, feedback, claims, chargebacks });
  const options = optionsFor(input, marketplace, as_of);
  return rateOf(orderDefectRate(input, channelArgument(channel), options).orderDefectRate);
}

export function LATE_SHIPMENT_RATE(
  orders: unknown,
  shipments?: unknown,
  window_days?: unknown,
  as_of?: unknown,
): number {
  // Without the confirmations nothing says when an order was confirmed: refuse rather than count
  // every past-due order as late.
  if (!Array.isArray(shipments)) {
    throw new Error(
      'shipments: LATE_SHIPMENT_RATE needs your shipping confirmations (order-id, ship-date, …) to know when each order was confirmed. Pass them as the second argument.',
    );
  }
  const { input, marketplace } = readHealthInput({ mfnOrders: orders, shipments });
  const options = optionsFor(input, marketplace, as_of);
  return rateOf(lateShipmentRate(input, windowArgument(window_days, [10, 30], 30), options));
}

export function CANCELLATION_RATE(orders: unknown, window_days?: unknown, as_of?: unknown): number {
  const { input, marketplace } = readHealthInput({ orders });
  const options = optionsFor(input, marketplace, as_of);
  return rateOf(cancellationRate(input, windowArgument(window_days, [7, 30], 7), options));
}

export function VALID_TRACKING_RATE(orders: unknown, shipments: unknown, as_of?: unknown): number {
  const { input, marketplace } = readHealthInput({ orders, shipments });
  return rateOf(validTrackingRate(input, optionsFor(input, marketplace, as_of)));
}

export function ON_TIME_DELIVERY_RATE(
  orders: unknown,
  shipments: unknown,
  mode?: unknown,
  as_of?: unknown,
): number {
  const { input, marketplace } = readHealthInput({ mfnOrders: orders, shipments });
  const text = mode === undefined || mode === null || mode === '' ? 'classic' : String(mode);
  const normalised = text.trim().toLowerCase();
  if (normalised !== 'classic' && normalised !== 'unit') {
    throw new Error(`mode: expected "classic" or "unit", got "${text}".`);
  }
  return rateOf(onTimeDeliveryRate(input, normalised, optionsFor(input, marketplace, as_of)));
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
  const code = marketplace === undefined || marketplace === null ? undefined : String(marketplace);
  const read = readHealthInput(
    { orders, mfnOrders: mfn_orders, shipments, feedback, claims, chargebacks },
    code,
  );
  const options = optionsFor(read.input, read.marketplace, as_of, nearMarginArgument(near_margin));
  return healthTable(accountHealth(read.input, options));
}
