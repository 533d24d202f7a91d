/**
 * The data behind the review scenarios: generated Seller Central reports (scripts/sample-data.ts,
 * fixed seeds) through the same pipeline as the sidebar (reportDataOf, then the notice's scope),
 * so every "right figure" a scenario quotes or plants a mistake against is the real one.
 */
import { generateSampleReports, healthRangesOf } from '../../../../scripts/sample-data';
import type { Finding } from '../../../../src/core/analysis/findings-types';
import type { MetricId, MetricResult } from '../../../../src/core/metrics/types';
import { planFactsOf, type ReportData, reportDataOf } from '../../../../src/core/plan/report-data';
import { reviewDraft } from '../../../../src/core/plan/review';
import type { PlanDraft, ReviewFlag } from '../../../../src/core/plan/types';

const reportsBySeed = new Map<number, ReportData>();

export function sellerData(seed: number): ReportData {
  const cached = reportsBySeed.get(seed);
  if (cached) return cached;
  const r = generateSampleReports({ seed, orders: 3000, days: 90, endDay: '2026-11-15' });
  const data = reportDataOf(healthRangesOf(r), Object.values(r), { nearMargin: 0.2 });
  reportsBySeed.set(seed, data);
  return data;
}

/** The figures of one notice's scope, looked up as a seller would read them off the sidebar. */
export interface NoticeFigures {
  findings: Finding[];
  results: MetricResult[];
  /** The metric's result over that window. */
  result(metric: MetricId, windowDays: number): MetricResult;
  /** The finding whose id ends with e.g. `carrier:USPS`. */
  finding(metric: MetricId, idEnd: string): Finding;
  /** A rate as the findings print it: 7.6, 12.5. */
  percent(fraction: number): number;
}

export function noticeFigures(data: ReportData, notice: PlanDraft['notice']): NoticeFigures {
  const facts = planFactsOf(data, { notice } as PlanDraft);
  return {
    ...facts,
    result(metric, windowDays) {
      const found = facts.results.find((r) => r.metric === metric && r.windowDays === windowDays);
      if (!found) throw new Error(`No ${metric} over ${windowDays} days in the scenario data.`);
      return found;
    },
    finding(metric, idEnd) {
      const found = facts.findings.find((f) => f.metric === metric && f.id.endsWith(idEnd));
      if (!found) throw new Error(`No finding ${metric} …${idEnd} in the scenario data.`);
      return found;
    },
    percent: (fraction) => Math.round(fraction * 1000) / 10,
  };
}

const ones =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const tens = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** 57 → "fifty-seven", 143 → "one hundred and forty-three": how a seller spells a number. */
export function inWords(n: number): string {
  if (n < 20) return ones[n] ?? '';
  if (n < 100) return `${tens[Math.floor(n / 10)]}${n % 10 === 0 ? '' : `-${ones[n % 10]}`}`;
  const rest = n % 100;
  return `${ones[Math.floor(n / 100)]} hundred${rest === 0 ? '' : ` and ${inWords(rest)}`}`;
}

/** The review of a draft on a seller's data, as the sidebar's server runs it. */
export function reviewOnData(
  data: ReportData,
  figures: NoticeFigures,
  draft: PlanDraft,
  maxChars = 100_000,
): ReviewFlag[] {
  return reviewDraft(draft, {
    findings: figures.findings,
    results: figures.results,
    buyerIdentifiers: data.buyerIdentifiers,
    buyerPlaces: data.buyerPlaces,
    redactor: data.redactor,
    maxChars,
  });
}

/**
 * The review of a draft with only `parts` written, for a notice of `kind` dated 2026-11-16, on the
 * generated seller of seed 7.
 */
export function reviewOnSeller(kind: PlanDraft['notice']['kind'], parts: Partial<PlanDraft>) {
  const data = sellerData(7);
  const notice = { kind, date: '2026-11-16', asins: [], text: '' };
  const draft: PlanDraft = {
    notice,
    tickedFindingIds: [],
    rootCauses: [],
    correctiveActions: [],
    preventiveMeasures: [],
    ...parts,
  };
  return reviewOnData(data, noticeFigures(data, notice), draft);
}

/** The first buyer value of the data that passes `test`; throws, naming `what`, when none does. */
export function buyerValue(
  ids: readonly string[],
  test: (s: string) => boolean,
  what: string,
): string {
  const found = ids.find(test);
  if (!found) throw new Error(`No buyer ${what} in the scenario data.`);
  return found;
}
