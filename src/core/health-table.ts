/**
 * The Account Health table that `=ACCOUNT_HEALTH(...)` spills: one row per metric and channel,
 * with the numbers behind the rate so a seller can check it against Seller Central.
 */
import type { HealthStatus, MetricResult } from './metrics/types';

export const healthTableHeader = [
  'Metric',
  'Channel',
  'Value',
  'Target',
  'Status',
  'Numerator',
  'Denominator',
  'Window start',
  'Window end',
] as const;

export const statusLabels: Record<HealthStatus, string> = {
  breach: 'Breach',
  near: 'Near target',
  fine: 'Fine',
  noData: 'No data',
};

export type HealthTableCell = string | number;

/** "Late Shipment Rate (10 days)": the same metric is measured over more than one window. */
export function metricTitle(result: MetricResult): string {
  return `${result.label} (${result.windowDays} days)`;
}

/** Targets read the way Amazon states them: "< 1%", "> 95%". */
export function targetText(result: MetricResult): string {
  const percent = Number((result.target * 100).toFixed(2));
  return `${result.direction === 'max' ? '<' : '≥'} ${percent}%`;
}

export function healthTable(results: readonly MetricResult[]): HealthTableCell[][] {
  return [
    [...healthTableHeader],
    ...results.map((r) => [
      metricTitle(r),
      r.channel,
      r.value === null ? '' : r.value,
      targetText(r),
      statusLabels[r.status],
      r.numerator,
      r.denominator,
      r.windowStart,
      r.windowEnd,
    ]),
  ];
}
