/**
 * The figures a plan's sentences can claim: each metric's counts and rates per window, and each
 * finding's share and rate, from the notice's scope. A claim is checked against THE figure it is
 * about, and a flag quotes that figure, worded as the seller can find it in their data.
 */
import type { Finding } from '../analysis/findings-types';
import { formatPercent } from '../analysis/percent';
import type { MetricId, MetricResult } from '../metrics/types';

/** A metric's figures without its list of defects: what the sidebar holds of each result. */
export type FigureResult = Omit<MetricResult, 'defects'>;

/** What a count or a rate in a sentence is about: a metric's defects, or orders. */
export type ClaimSubject = MetricId | 'orders';

/** How each metric's defects read in a flag, e.g. "39 late shipments". */
export const defectNouns: Record<MetricId, string> = {
  orderDefectRate: 'orders with a defect',
  negativeFeedbackRate: 'orders with negative feedback',
  claimRate: 'orders with an A-to-z claim',
  chargebackRate: 'orders with a chargeback',
  lateShipmentRate: 'late shipments',
  cancellationRate: 'seller cancellations',
  validTrackingRate: 'packages without valid tracking',
  onTimeDeliveryRate: 'late deliveries',
  unitOnTimeDeliveryRate: 'units delivered late',
};

/**
 * VTR and OTDR count the good packages (valid tracking, on time): their defects are the rest.
 * Reads the result's own direction, so a new "above the target" metric needs no change here.
 */
export function defectCount(r: FigureResult): number {
  return r.direction === 'min' ? r.denominator - r.numerator : r.numerator;
}

function channelWords(r: FigureResult): string {
  return r.channel === 'AFN' ? ' (fulfilled by Amazon)' : ' (seller-fulfilled)';
}

function windowWords(r: FigureResult): string {
  return `in the ${r.windowDays} days ending ${r.windowEnd}${channelWords(r)}`;
}

/** A figure of the data that a claim can be compared with, and how it reads in a flag. */
export interface Figure {
  value: number;
  /** E.g. "39 late shipments in the 30 days ending 2026-11-15 (seller-fulfilled)". */
  words: string;
}

/** A pair "part of whole" as the data has it, e.g. 9 of the 48 late shipments. */
export interface PairFigure {
  part: number;
  whole: number;
  words: string;
}

/** The results and findings a plan speaks about. */
export interface ClaimScope {
  results: readonly FigureResult[];
  findings: readonly Finding[];
  /** The notice's metrics: what "orders" and a window length refer to. */
  noticeMetrics: readonly MetricId[];
}

export function resultsOf(
  scope: ClaimScope,
  metric: MetricId,
  windowDays: number | null,
): FigureResult[] {
  const all = scope.results.filter((r) => r.metric === metric);
  const inWindow = all.filter((r) => r.windowDays === windowDays);
  return windowDays !== null && inWindow.length > 0 ? inWindow : all;
}

export function findingsOf(scope: ClaimScope, metric: MetricId): Finding[] {
  return scope.findings.filter((f) => f.metric === metric);
}

/** The window of the results whose defects a finding groups, for a flag's wording. */
function findingWindow(scope: ClaimScope, f: Finding): string {
  const r = scope.results.find((x) => x.metric === f.metric && defectCount(x) === f.totalDefects);
  return r ? ` ${windowWords(r)}` : '';
}

function findingWords(scope: ClaimScope, f: Finding): string {
  return `"${f.summary.replace(/\.$/, '')}"${findingWindow(scope, f)}`;
}

export function defectFigures(results: readonly FigureResult[]): Figure[] {
  return results.map((r) => ({
    value: defectCount(r),
    words: `${defectCount(r)} ${defectNouns[r.metric]} ${windowWords(r)}`,
  }));
}

export function orderFigures(results: readonly FigureResult[]): Figure[] {
  return results.map((r) => ({
    value: r.denominator,
    words: `${r.denominator} ${r.unit} ${windowWords(r)}`,
  }));
}

export function rateFigures(results: readonly FigureResult[]): Figure[] {
  return results
    .filter((r) => r.value !== null)
    .map((r) => ({
      value: (r.value ?? 0) * 100,
      words: `a ${r.label} of ${formatPercent(r.value ?? 0)} ${windowWords(r)}`,
    }));
}

export function targetFigures(results: readonly FigureResult[]): Figure[] {
  return results.map((r) => ({
    value: r.target * 100,
    words: `Amazon's target for the ${r.label} (${formatPercent(r.target)})`,
  }));
}

export function findingCountFigures(scope: ClaimScope, findings: readonly Finding[]): Figure[] {
  return findings.flatMap((f) => [
    { value: f.defects, words: findingWords(scope, f) },
    { value: f.totalDefects, words: findingWords(scope, f) },
  ]);
}

export function findingShareFigures(scope: ClaimScope, findings: readonly Finding[]): Figure[] {
  return findings.map((f) => ({ value: f.share * 100, words: findingWords(scope, f) }));
}

export function findingRateFigures(scope: ClaimScope, findings: readonly Finding[]): Figure[] {
  return findings
    .filter((f) => f.rate !== null)
    .map((f) => ({ value: (f.rate ?? 0) * 100, words: findingWords(scope, f) }));
}

/** Every "part of whole" the data holds for a metric: the window's, and each finding's. */
export function pairFigures(
  scope: ClaimScope,
  results: readonly FigureResult[],
  findings: readonly Finding[],
): PairFigure[] {
  const pairs: PairFigure[] = results.map((r) => ({
    part: defectCount(r),
    whole: r.denominator,
    words: `${defectCount(r)} ${defectNouns[r.metric]} of ${r.denominator} ${r.unit} ${windowWords(r)}`,
  }));
  for (const f of findings) {
    const words = findingWords(scope, f);
    pairs.push({ part: f.defects, whole: f.totalDefects, words });
    if (f.orders !== null) pairs.push({ part: f.defects, whole: f.orders, words });
  }
  return pairs;
}
