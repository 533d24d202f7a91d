/**
 * What a plan is about: one notice's channel in one marketplace. Amazon measures each marketplace
 * apart and gives the ODR per channel, so every finding, fact and table of a plan is that scope's,
 * and a plan never states a figure of another channel or marketplace beside its own.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import type { MetricResult } from '../metrics/types';
import type { Channel } from '../reports/types';
import { metricsOfNotice, noticeChannels } from './notices';
import type { PlanDraft } from './types';

export interface PlanScope {
  /** Null for a policy or account notice: it quotes no channel's figures. */
  channel: Channel | null;
  /** A marketplace code (`UK`); null: the reports' only or first marketplace. */
  marketplace: string | null;
}

/** The figures a plan may quote: the findings, metric results and affected orders in scope. */
export interface PlanFacts {
  findings: Finding[];
  results: MetricResult[];
  affected: AffectedOrder[];
}

export const noFacts: PlanFacts = { findings: [], results: [], affected: [] };

/** The scope of a draft's notice: its channel (seller-fulfilled unless chosen) and marketplace. */
export function noticeScope(notice: PlanDraft['notice']): PlanScope {
  const channels = noticeChannels(notice.kind);
  const chosen = notice.channel;
  const channel = chosen && channels.includes(chosen) ? chosen : (channels[0] ?? null);
  return { channel, marketplace: notice.marketplace ?? null };
}

/** Findings of the notice's metrics in the notice's channel, from one marketplace's findings. */
export function findingsInScope(
  notice: PlanDraft['notice'],
  findings: readonly Finding[],
): Finding[] {
  const { channel } = noticeScope(notice);
  const metrics = metricsOfNotice(notice.kind);
  return findings.filter((f) => f.channel === channel && metrics.includes(f.metric));
}

/**
 * One marketplace's facts narrowed to the notice's channel. A policy or account notice keeps no
 * figures: it is not about a metric.
 */
export function factsInScope(notice: PlanDraft['notice'], facts: PlanFacts): PlanFacts {
  const { channel } = noticeScope(notice);
  if (channel === null) return noFacts;
  return {
    findings: facts.findings.filter((f) => f.channel === channel),
    results: facts.results.filter((r) => r.channel === channel),
    affected: facts.affected.filter((a) => a.channel === channel),
  };
}
