import type { DayWindow } from '../calendar';
import type { Channel } from '../reports/types';
import { healthStatus } from './health-status';
import type { CountedDefect, MetricId, MetricResult, TargetDirection } from './types';

/** What a metric module counted; `metricResult` adds the rate, the status and the defect order. */
export interface MetricCount {
  metric: MetricId;
  label: string;
  channel: Channel;
  unit: string;
  window: DayWindow;
  target: number;
  direction: TargetDirection;
  numerator: number;
  denominator: number;
  defects: CountedDefect[];
}

function byDayThenOrder(a: CountedDefect, b: CountedDefect): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.orderId !== b.orderId) return a.orderId < b.orderId ? -1 : 1;
  return a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0;
}

export function metricResult(count: MetricCount, nearMargin: number): MetricResult {
  const value = count.denominator === 0 ? null : count.numerator / count.denominator;
  return {
    metric: count.metric,
    label: count.label,
    channel: count.channel,
    value,
    numerator: count.numerator,
    denominator: count.denominator,
    unit: count.unit,
    windowStart: count.window.startDay,
    windowEnd: count.window.endDay,
    windowDays: count.window.days,
    target: count.target,
    direction: count.direction,
    status: healthStatus(value, count.target, count.direction, nearMargin),
    // The oldest defect first: it is the next to leave the window.
    defects: count.defects.slice().sort(byDayThenOrder),
  };
}
