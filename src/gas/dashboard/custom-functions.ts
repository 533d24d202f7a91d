/**
 * The dashboard's custom functions, spilled on the Health sheet: the recovery plan, the daily
 * trends, the sales at stake and the orders to ship. Like ACCOUNT_HEALTH they take the report
 * ranges as arguments (so Sheets recalculates when rows are pasted), read them with the same
 * `readHealthInput`, and return a table; a thrown Error's message shows in the cell.
 */
import { recoveryPlans } from '../../core/analysis/recovery';
import { healthTrends } from '../../core/analysis/trends';
import {
  ordersToShip,
  recoveryTable,
  salesAtStake,
  type TableCell,
  trendsTable,
} from '../../core/dashboard/tables';
import { type HealthRanges, readHealthInput, resolveAsOf } from '../../core/health-input';
import { accountHealth } from '../../core/metrics';
import type { MetricOptions } from '../../core/metrics/types';

const defaultNearMargin = 0.2;

function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function nearMarginArgument(value: unknown): number {
  if (value === undefined || value === null || value === '') return defaultNearMargin;
  const margin = Number(value);
  if (!(margin >= 0 && margin < 1)) {
    throw new Error(`near_margin: expected a share between 0 and 1 (0.2 is 20%), got "${value}".`);
  }
  return margin;
}

/** The records of the ranges and the options of the metrics, read as ACCOUNT_HEALTH reads them. */
function read(ranges: HealthRanges, asOf: unknown, marketplace: unknown, nearMargin?: unknown) {
  const code = marketplace === undefined || marketplace === null ? undefined : String(marketplace);
  const { input, marketplace: market } = readHealthInput(ranges, code);
  // Sheets puts a date typed in a cell at midnight in the spreadsheet's zone.
  const zone = isDate(asOf)
    ? SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()
    : undefined;
  const options: MetricOptions = {
    marketplace: market,
    asOf: resolveAsOf(asOf, input, market, zone),
    nearMargin: nearMarginArgument(nearMargin),
  };
  return { input, options };
}

export function RECOVERY_PLAN(
  orders: unknown,
  mfn_orders?: unknown,
  shipments?: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
  near_margin?: unknown,
): TableCell[][] {
  const ranges = { orders, mfnOrders: mfn_orders, shipments, feedback, claims, chargebacks };
  const { input, options } = read(ranges, as_of, marketplace, near_margin);
  const results = accountHealth(input, options);
  return recoveryTable(recoveryPlans(results, options.asOf, options.nearMargin));
}

export function HEALTH_TRENDS(
  orders: unknown,
  mfn_orders?: unknown,
  shipments?: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): TableCell[][] {
  const ranges = { orders, mfnOrders: mfn_orders, shipments, feedback, claims, chargebacks };
  const { input, options } = read(ranges, as_of, marketplace);
  return trendsTable(healthTrends(input, options));
}

export function SALES_AT_STAKE(
  orders: unknown,
  fba_shipments?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): TableCell[][] {
  const { input, options } = read({ orders, fbaShipments: fba_shipments }, as_of, marketplace);
  return salesAtStake(input, options.marketplace, options.asOf);
}

export function ORDERS_TO_SHIP(
  orders: unknown,
  mfn_orders?: unknown,
  shipments?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): TableCell[][] {
  const ranges = { orders, mfnOrders: mfn_orders, shipments };
  const { input, options } = read(ranges, as_of, marketplace);
  return ordersToShip(input, options.marketplace, options.asOf);
}
