/**
 * The Health sheet's other custom functions in `npm run bench`: RECOVERY_PLAN, HEALTH_TRENDS,
 * SALES_AT_STAKE and ORDERS_TO_SHIP through the built bundle, each with the ranges the Health sheet
 * passes it, at two sizes of the same generated reports. The growth from the smaller to the larger
 * size shows whether a function stays linear (10,000 → 100,000 rows should be about 10x). The
 * bare pass over the six reports is measured at the same sizes: its growth is what a linear pass
 * grows on this machine once the larger reports no longer fit its caches, the yardstick.
 * Expects dist/ to be built (scripts/bench.ts builds it first).
 */
import { createLocalHost } from '../host';
import { barePass } from './bench-bare-pass';
import { reportsWithRows } from './bench-dashboard';
import { benchRuns, median, time } from './bench-stats';
import type { SampleReports } from './sample-data';

/** The functions and the reports each takes, in the order of its parameters. */
const dashboardFunctions: Record<string, (r: SampleReports) => unknown[]> = {
  RECOVERY_PLAN: (r) => [
    r.allOrders,
    r.sellerFulfilledOrders,
    r.shippingConfirmations,
    r.feedback,
    r.claims,
    r.chargebacks,
  ],
  HEALTH_TRENDS: (r) => [
    r.allOrders,
    r.sellerFulfilledOrders,
    r.shippingConfirmations,
    r.feedback,
    r.claims,
    r.chargebacks,
  ],
  SALES_AT_STAKE: (r) => [r.allOrders, r.fbaShipments],
  ORDERS_TO_SHIP: (r) => [r.allOrders, r.sellerFulfilledOrders, r.shippingConfirmations],
};

export interface FunctionTiming {
  name: string;
  /** Median ms at each size, in the order of `sizes`. */
  medians: number[];
}

/** The name of the yardstick's row: a linear pass over the same six reports. */
export const barePassName = 'bare pass over the six reports';

/**
 * Median time of each function, and of the bare pass over the six reports (last), at each number
 * of All Orders rows.
 */
export function benchFunctions(distDir: string, sizes: readonly number[]): FunctionTiming[] {
  const addon = createLocalHost().load(distDir);
  const bare = barePass(addon);
  const measured: Record<string, (reports: SampleReports) => () => unknown> = {};
  for (const [name, argsOf] of Object.entries(dashboardFunctions)) {
    const fn = addon.globals[name];
    if (!fn) throw new Error(`${name} is not a global of the bundle`);
    measured[name] = (reports) => {
      const args = argsOf(reports);
      return () => fn(...args);
    };
  }
  measured[barePassName] = (reports) => {
    const ranges = dashboardFunctions.HEALTH_TRENDS?.(reports) as unknown[][][];
    return () => bare(ranges);
  };
  const perSize = sizes.map((rows) => {
    const reports = reportsWithRows(rows);
    return Object.values(measured).map((callOf) => {
      const call = callOf(reports);
      const runs: number[] = [];
      for (let i = 0; i < benchRuns; i++) runs.push(time(call).ms);
      return median(runs);
    });
  });
  return Object.keys(measured).map((name, f) => ({
    name,
    medians: perSize.map((medians) => medians[f] ?? Number.NaN),
  }));
}
