/**
 * The dashboard's custom functions, spilled on the Health sheet: the recovery plan, the daily
 * trends, the sales at stake and the orders to ship. Like ACCOUNT_HEALTH they take the report
 * ranges as arguments (so Sheets recalculates when rows are pasted), read them with the same
 * `readHealthInput`, and return a table; a thrown Error's message shows in the cell.
 */
import { recoveryPlans } from '../../core/analysis/recovery';
import { healthTrends } from '../../core/analysis/trends';
import { givenAsOfDay } from '../../core/as-of-argument';
import {
  ordersToShip,
  recoveryTable,
  salesAtStake,
  type TableCell,
  trendsTable,
} from '../../core/dashboard/tables';
import { accountHealth } from '../../core/metrics';
import { unreadByMetrics } from '../../core/metrics/unread-columns';
import { reportProblemsText } from '../../core/report-problems';
import {
  marketplaceArgument,
  readMetricArguments,
  spreadsheetZone,
} from '../custom-function-arguments';

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
  // The plan is made from the metrics alone: it reads the reports as ACCOUNT_HEALTH does.
  const { input, options } = readMetricArguments(ranges, {
    asOf: as_of,
    marketplace,
    nearMargin: near_margin,
    unread: unreadByMetrics,
  });
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
  // Each day's rates, from what the rates read: the columns they leave unread are unread here too.
  const { input, options } = readMetricArguments(ranges, {
    asOf: as_of,
    marketplace,
    unread: unreadByMetrics,
  });
  return trendsTable(healthTrends(input, options));
}

export function SALES_AT_STAKE(
  orders: unknown,
  fba_shipments?: unknown,
  as_of?: unknown,
  marketplace?: unknown,
): TableCell[][] {
  const { input, options } = readMetricArguments(
    { orders, fbaShipments: fba_shipments },
    { asOf: as_of, marketplace },
  );
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
  const { input, options } = readMetricArguments(ranges, { asOf: as_of, marketplace });
  return ordersToShip(input, options.marketplace, options.asOf);
}

export function REPORT_PROBLEMS(
  orders: unknown,
  mfn_orders?: unknown,
  shipments?: unknown,
  feedback?: unknown,
  claims?: unknown,
  chargebacks?: unknown,
  marketplace?: unknown,
  as_of?: unknown,
): string {
  const ranges = { orders, mfnOrders: mfn_orders, shipments, feedback, claims, chargebacks };
  const zone = spreadsheetZone();
  return reportProblemsText(
    ranges,
    marketplaceArgument(marketplace),
    zone,
    givenAsOfDay(as_of, zone),
  );
}
