/**
 * The wizard's state changes, as pure functions: each takes the state and returns the next one,
 * so the sidebar's steps only render and the rules are tested without a browser.
 */
import type { Finding } from '../analysis/findings-types';
import {
  draftLimits,
  type MarketplaceView,
  type MetricSummary,
  type NoticeSuggestion,
  type PlanOfActionStart,
  type WizardState,
} from './contract';
import { metricsOfNotice } from './notices';
import { findingsInScope, noticeScope } from './scope';
import { rootCauseFromFinding } from './suggestions';
import type { PlanDraft } from './types';

/**
 * A new wizard at step 1, for the notice the data points at (with its channel and marketplace), or
 * for an ODR notice until the seller chooses.
 */
export function freshWizardState(suggested: NoticeSuggestion | null): WizardState {
  const notice: PlanDraft['notice'] = suggested
    ? {
        kind: suggested.kind,
        date: '',
        asins: [],
        text: '',
        channel: suggested.channel,
        marketplace: suggested.marketplace,
      }
    : { kind: 'orderDefectRate', date: '', asins: [], text: '' };
  return {
    step: 'notice',
    reached: 'notice',
    draft: {
      notice,
      tickedFindingIds: [],
      rootCauses: [],
      correctiveActions: [],
      preventiveMeasures: [],
    },
    prefilledFindingIds: [],
    channel: 'form',
  };
}

/** Blank entries carry nothing the seller wrote; they are dropped when a step is left. */
export function withoutBlankEntries(draft: PlanDraft): PlanDraft {
  return {
    ...draft,
    rootCauses: draft.rootCauses.filter((t) => t.trim() !== ''),
    correctiveActions: draft.correctiveActions.filter((t) => t.trim() !== ''),
    preventiveMeasures: draft.preventiveMeasures.filter(
      (m) => m.text.trim() !== '' || m.owner.trim() !== '' || m.due !== '',
    ),
  };
}

/** The marketplace of the reports a notice is about: the one it names, else the first. */
export function marketplaceViewOf(
  start: Pick<PlanOfActionStart, 'marketplaces'>,
  notice: PlanDraft['notice'],
): MarketplaceView | null {
  const named = notice.marketplace;
  const found = named ? start.marketplaces.find((m) => m.code === named) : undefined;
  return found ?? (named ? null : (start.marketplaces[0] ?? null));
}

/** The findings step 2 offers for a notice: its metrics', in its channel and marketplace. */
export function findingsForNotice(
  start: Pick<PlanOfActionStart, 'marketplaces'>,
  notice: PlanDraft['notice'],
): Finding[] {
  return findingsInScope(notice, marketplaceViewOf(start, notice)?.findings ?? []);
}

/** The metrics step 2 states for a notice: its metrics', in its channel and marketplace. */
export function metricsForNotice(
  start: Pick<PlanOfActionStart, 'marketplaces'>,
  notice: PlanDraft['notice'],
): MetricSummary[] {
  const { channel } = noticeScope(notice);
  const metrics = metricsOfNotice(notice.kind);
  return (marketplaceViewOf(start, notice)?.metrics ?? []).filter(
    (m) => m.channel === channel && metrics.includes(m.metric),
  );
}

export type NoticeChange = Partial<Pick<PlanDraft['notice'], 'kind' | 'channel' | 'marketplace'>>;

/**
 * The notice's kind, channel or marketplace changed: ticked findings that are not the new
 * notice's (another metric, channel or marketplace) are unticked, because they would otherwise
 * end up in this plan, out of sight.
 */
export function withNotice(
  state: WizardState,
  change: NoticeChange,
  start: Pick<PlanOfActionStart, 'marketplaces'>,
): WizardState {
  const draft = state.draft;
  const notice = { ...draft.notice, ...change };
  // Finding IDs name a group within one marketplace: another marketplace's group of the same
  // name has other orders and other figures, so a marketplace change unticks everything.
  const sameMarketplace =
    marketplaceViewOf(start, notice)?.code === marketplaceViewOf(start, draft.notice)?.code;
  const offered = new Set(findingsForNotice(start, notice).map((f) => f.id));
  return {
    ...state,
    draft: {
      ...draft,
      notice,
      tickedFindingIds: sameMarketplace
        ? draft.tickedFindingIds.filter((id) => offered.has(id))
        : [],
    },
    prefilledFindingIds: sameMarketplace ? state.prefilledFindingIds : [],
  };
}

/** Adds the root-cause entry of each newly ticked finding, once (revisiting adds no copies). */
export function withPrefilledRootCauses(
  state: WizardState,
  findings: readonly Finding[],
): WizardState {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const rootCauses = [...state.draft.rootCauses];
  const findingCauses = [...(state.draft.findingCauses ?? [])];
  const prefilled = [...state.prefilledFindingIds];
  for (const id of state.draft.tickedFindingIds) {
    if (prefilled.includes(id)) continue;
    const finding = byId.get(id);
    if (!finding) continue;
    if (rootCauses.length < draftLimits.items) {
      rootCauses.push(rootCauseFromFinding(finding));
      // The finding's orders are explained by the cause the seller writes in answer.
      if (!findingCauses.some((c) => c.findingId === id)) {
        findingCauses.push({ findingId: id, rootCause: rootCauses.length - 1 });
      }
    }
    prefilled.push(id);
  }
  return {
    ...state,
    draft: { ...state.draft, rootCauses, findingCauses },
    prefilledFindingIds: prefilled,
  };
}

type CauseAssignment = { rootCause: number };

function reindexed<T extends CauseAssignment>(
  list: readonly T[] | undefined,
  removed: number,
): T[] {
  return (list ?? [])
    .filter((c) => c.rootCause !== removed)
    .map((c) => (c.rootCause > removed ? { ...c, rootCause: c.rootCause - 1 } : c));
}

/**
 * A root cause was removed: the findings and orders it explained have none assigned, and those
 * of the causes after it follow them to their new places.
 */
export function withRootCauseRemoved(draft: PlanDraft, index: number): PlanDraft {
  return {
    ...draft,
    rootCauses: draft.rootCauses.filter((_, i) => i !== index),
    findingCauses: reindexed(draft.findingCauses, index),
    orderCauses: reindexed(draft.orderCauses, index),
  };
}

/** Assigns a root cause (an index, or null for none) to a ticked finding's orders or to one order. */
export function withCauseAssigned(
  draft: PlanDraft,
  target: { findingId: string } | { orderId: string },
  rootCause: number | null,
): PlanDraft {
  if ('findingId' in target) {
    const others = (draft.findingCauses ?? []).filter((c) => c.findingId !== target.findingId);
    return {
      ...draft,
      findingCauses:
        rootCause === null ? others : [...others, { findingId: target.findingId, rootCause }],
    };
  }
  const others = (draft.orderCauses ?? []).filter((c) => c.orderId !== target.orderId);
  return {
    ...draft,
    orderCauses: rootCause === null ? others : [...others, { orderId: target.orderId, rootCause }],
  };
}

const asinPattern = /^[A-Z0-9]{10}$/;

export interface TypedAsins {
  /** The notice's ASINs with the new ones added, in the order typed, without repeats. */
  asins: string[];
  /** Words that are not ASINs, as typed (upper-cased), for the seller to correct. */
  rejected: string[];
}

/**
 * The ASINs typed into the notice step (separated by spaces, commas or semicolons, in any case)
 * added to those already there, up to the draft's limit.
 */
export function addTypedAsins(current: readonly string[], typed: string): TypedAsins {
  const words = typed
    .split(/[\s,;]+/)
    .map((w) => w.trim().toUpperCase())
    .filter((w) => w !== '');
  const asins = [...current];
  for (const word of words) {
    if (asinPattern.test(word) && !asins.includes(word) && asins.length < draftLimits.asins) {
      asins.push(word);
    }
  }
  return { asins, rejected: words.filter((w) => !asinPattern.test(w)) };
}
