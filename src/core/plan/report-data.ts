/**
 * From the seller's report ranges to what a Plan of Action is built on: the metrics, the findings
 * behind them, the affected orders and (in memory only) the buyer identifiers to keep out of the
 * plan. One path for the sidebar's server functions, `npm start` and the tests.
 */
import { affectedOrders, findDefectFindings } from '../analysis/findings';
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import { type HealthRanges, readHealthInput, resolveAsOf } from '../health-input';
import { accountHealth } from '../metrics';
import type { HealthInput, MetricResult } from '../metrics/types';
import { buyerValuesOf, createRedactor, type Redactor } from '../privacy';
import type { MetricSummary, PlanOfActionStart } from './contract';
import { evidenceFor, productChoices } from './evidence';
import { metricsOfNotice } from './notices';
import type { NoticeKind } from './types';

export interface ReportData {
  input: HealthInput;
  results: MetricResult[];
  findings: Finding[];
  affected: AffectedOrder[];
  /** Buyer names, e-mails, phones and addresses from the sheets; never sent to the sidebar. */
  buyerIdentifiers: string[];
  /** Blanks buyer data in report text; the findings and affected orders above already passed it. */
  redactor: Redactor;
}

export interface ReportDataSettings {
  /** A marketplace code (`UK`); empty or absent: read from the reports. */
  marketplace?: string;
  /** The as-of day as the seller gave it; absent: the newest order's day. */
  asOf?: unknown;
  nearMargin: number;
}

/**
 * The Plan of Action's data from the report ranges. `allRanges` are every pasted report, read
 * only for the buyer identifiers they hold (whatever their kind). Throws, with the report, column
 * and row, when a report cannot be read.
 */
export function reportDataOf(
  ranges: HealthRanges,
  allRanges: readonly unknown[][][],
  settings: ReportDataSettings,
): ReportData {
  const buyerIdentifiers = new Set<string>();
  for (const range of allRanges) {
    for (const identifier of buyerValuesOf(range)) buyerIdentifiers.add(identifier);
  }
  const redactor = createRedactor([...buyerIdentifiers]);
  const { input, marketplace } = readHealthInput(ranges, settings.marketplace || undefined);
  const options = {
    marketplace,
    asOf: resolveAsOf(settings.asOf, input, marketplace),
    nearMargin: settings.nearMargin,
  };
  const results = accountHealth(input, options);
  return {
    input,
    results,
    // A claim reason or carrier typed with a buyer's name is a finding's key: blanked here, so
    // the sidebar, the review and the Doc all see the same findings.
    findings: redactor.redactDeep(findDefectFindings(input, results, options)),
    affected: redactor.redactDeep(affectedOrders(input, results)),
    buyerIdentifiers: [...buyerIdentifiers],
    redactor,
  };
}

/** A metric as the sidebar shows it, without the defect list. */
export function metricSummary(result: MetricResult): MetricSummary {
  const { defects: _defects, ...summary } = result;
  return summary;
}

const statusRank = { breach: 0, near: 1, fine: 2, noData: 3 } as const;

/** The performance notice the data points at: the worst metric that is breached or near. */
export function suggestedNotice(results: readonly MetricResult[]): NoticeKind | null {
  const performance: NoticeKind[] = [
    'orderDefectRate',
    'lateShipmentRate',
    'cancellationRate',
    'validTrackingRate',
    'onTimeDeliveryRate',
  ];
  let best: { kind: NoticeKind; rank: number } | null = null;
  for (const result of results) {
    if (result.status !== 'breach' && result.status !== 'near') continue;
    const kind = performance.find((k) => metricsOfNotice(k).includes(result.metric));
    const rank = statusRank[result.status];
    if (kind && (best === null || rank < best.rank)) best = { kind, rank };
  }
  return best?.kind ?? null;
}

/** What the sidebar is shown of the reports when it opens. */
export type ReportView = Pick<
  PlanOfActionStart,
  'suggestedKind' | 'metrics' | 'findings' | 'evidence' | 'products'
>;

export function reportView(data: ReportData | null): ReportView {
  return {
    suggestedKind: data ? suggestedNotice(data.results) : null,
    metrics: data ? data.results.map(metricSummary) : [],
    findings: data ? data.findings : [],
    evidence: data ? evidenceFor(data) : {},
    products: data ? productChoices(data) : [],
  };
}
