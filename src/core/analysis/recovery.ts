/**
 * The recovery planner: for a metric that is breached or near its target, when each counted
 * defect leaves the window, the first day the rate is back under the target (and out of the near
 * band), and how many more defect-free orders would get it there today.
 *
 * Assumption, stated wherever the plan is shown: from the as-of day on no new defect arrives and
 * the window keeps the same size, i.e. as many defect-free orders enter it each day as leave it.
 * Then each defect that leaves lowers the numerator of a `max` metric by one (ODR counts an order
 * once however many defects it has), and adds one good package to a `min` metric.
 */
import { addDays, daysBetween } from '../calendar';
import { healthStatus } from '../metrics/health-status';
import type { CountedDefect, HealthStatus, MetricId, MetricResult } from '../metrics/types';

export const recoveryAssumption =
  'Assumes no new defect from the as-of day on, and as many defect-free orders entering the window each day as leave it.';

export interface DefectExit {
  defect: CountedDefect;
  /**
   * The first as-of day whose window no longer holds the defect: a window ends `delay` days before
   * the as-of day and is `windowDays` long, so that is the defect's day + windowDays + delay
   * (60 days after the order date for ODR).
   */
  leavesOn: string;
  /** The rate once this defect and every defect before it have left, under the assumption. */
  rateAfter: number;
}

export interface RecoveryPlan {
  result: MetricResult;
  asOf: string;
  /** Oldest first: the order in which they leave the window. */
  exits: DefectExit[];
  /** The as-of day when already under target; null when leaving defects cannot get it there. */
  underTargetOn: string | null;
  /** The first day out of the near band too ("fine"); null as above. */
  fineOn: string | null;
  /** More defect-free orders (packages, units) today that put the rate under target; null: none can. */
  neededForTarget: number | null;
  /** More defect-free orders today that make it fine; null: none can. */
  neededForFine: number | null;
}

/** How much the numerator moves when one defect leaves (see the module comment). */
function weightPerDefect(result: MetricResult): number {
  const count = result.defects.length;
  if (count === 0) return 0;
  const missing =
    result.direction === 'max' ? result.numerator : result.denominator - result.numerator;
  // Unit OTDR counts units, its misses are packages: spread the missing units over them.
  return missing / count;
}

/** The rate after `removed` defects (by weight) have left, with the same denominator. */
function rateWithout(result: MetricResult, removed: number): number {
  const numerator =
    result.direction === 'max' ? result.numerator - removed : result.numerator + removed;
  return numerator / result.denominator;
}

/** The rate with `extra` defect-free orders added to the window today. */
function rateWith(result: MetricResult, extra: number): number {
  const numerator = result.direction === 'max' ? result.numerator : result.numerator + extra;
  return numerator / (result.denominator + extra);
}

/** Ten million more orders in one window: beyond any seller, so the planner says none helps. */
const maxOrdersNeeded = 1e7;

/** The smallest n ≥ 0 for which `reached(n)` holds, given it stays true once it holds. */
function smallestReaching(reached: (n: number) => boolean): number | null {
  if (reached(0)) return 0;
  let high = 1;
  while (!reached(high)) {
    if (high > maxOrdersNeeded) return null;
    high *= 2;
  }
  let low = high / 2;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (reached(mid)) high = mid;
    else low = mid;
  }
  return high;
}

export function recoveryPlan(result: MetricResult, asOf: string, nearMargin: number): RecoveryPlan {
  const statusOf = (rate: number): HealthStatus =>
    healthStatus(rate, result.target, result.direction, nearMargin);
  const weight = weightPerDefect(result);
  const delayedSpan = daysBetween(result.windowStart, asOf) + 1;
  const leaving = result.defects
    .map((defect) => ({ defect, leavesOn: addDays(defect.day, delayedSpan) }))
    .sort((a, b) => (a.leavesOn < b.leavesOn ? -1 : a.leavesOn > b.leavesOn ? 1 : 0));
  // Defects leaving on the same day share the rate at the end of that day.
  const exits: DefectExit[] = leaving.map((exit, i) => {
    let last = i;
    while (leaving[last + 1]?.leavesOn === exit.leavesOn) last++;
    return { ...exit, rateAfter: rateWithout(result, (last + 1) * weight) };
  });

  const firstDay = (good: (status: HealthStatus) => boolean): string | null => {
    if (result.value !== null && good(result.status)) return asOf;
    return exits.find((exit) => good(statusOf(exit.rateAfter)))?.leavesOn ?? null;
  };
  const needed = (good: (status: HealthStatus) => boolean): number | null =>
    result.denominator === 0 ? null : smallestReaching((n) => good(statusOf(rateWith(result, n))));
  const underTarget = (status: HealthStatus) => status === 'near' || status === 'fine';
  const fine = (status: HealthStatus) => status === 'fine';

  return {
    result,
    asOf,
    exits,
    underTargetOn: firstDay(underTarget),
    fineOn: firstDay(fine),
    neededForTarget: needed(underTarget),
    neededForFine: needed(fine),
  };
}

/**
 * ODR's parts are held to ODR's target and their defects are ODR's (reference 1.0): ODR's own plan
 * already lists them, so they get none of their own.
 */
const odrParts: ReadonlySet<MetricId> = new Set([
  'negativeFeedbackRate',
  'claimRate',
  'chargebackRate',
]);

/** Plans for the metrics that are breached or near their target, breaches first. */
export function recoveryPlans(
  results: readonly MetricResult[],
  asOf: string,
  nearMargin: number,
): RecoveryPlan[] {
  const rank = (status: HealthStatus) => (status === 'breach' ? 0 : 1);
  return results
    .filter((r) => (r.status === 'breach' || r.status === 'near') && !odrParts.has(r.metric))
    .map((r) => recoveryPlan(r, asOf, nearMargin))
    .sort((a, b) => rank(a.result.status) - rank(b.result.status));
}
