/**
 * The Account Health table that `=ACCOUNT_HEALTH(...)` spills: one row per metric and channel,
 * with the numbers behind the rate so a seller can check it against Seller Central.
 */
import type { Marketplace } from './marketplaces';
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

function metricRow(r: MetricResult): HealthTableCell[] {
  return [
    metricTitle(r),
    r.channel,
    r.value === null ? '' : r.value,
    targetText(r),
    statusLabels[r.status],
    r.numerator,
    r.denominator,
    r.windowStart,
    r.windowEnd,
  ];
}

export function healthTable(results: readonly MetricResult[]): HealthTableCell[][] {
  return [[...healthTableHeader], ...results.map(metricRow)];
}

/**
 * The table for reports that mix marketplaces: each marketplace's rows apart, each measured in
 * its own zone against its own targets, with a first column naming the marketplace (`UK`).
 */
export function marketplacesHealthTable(
  parts: readonly { marketplace: Marketplace; results: readonly MetricResult[] }[],
): HealthTableCell[][] {
  const rows: HealthTableCell[][] = [['Marketplace', ...healthTableHeader]];
  for (const { marketplace, results } of parts) {
    for (const r of results) rows.push([marketplace.code, ...metricRow(r)]);
  }
  return rows;
}

/** A table with notes below it (what could not be counted), each a row of its own, first cell. */
export function withNotes(
  table: HealthTableCell[][],
  notes: readonly string[],
): HealthTableCell[][] {
  const width = table[0]?.length ?? 1;
  return [...table, ...notes.map((note) => [note, ...Array<string>(width - 1).fill('')])];
}
