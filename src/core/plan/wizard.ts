/**
 * The wizard's state changes, as pure functions: each takes the state and returns the next one,
 * so the sidebar's steps only render and the rules are tested without a browser.
 */
import type { Finding } from '../analysis/findings-types';
import { draftLimits, type WizardState } from './contract';
import { metricsOfNotice } from './notices';
import { rootCauseFromFinding } from './suggestions';
import type { NoticeKind, PlanDraft } from './types';

/** A new wizard at step 1 for a notice of `kind`. */
export function freshWizardState(kind: NoticeKind): WizardState {
  return {
    step: 'notice',
    reached: 'notice',
    draft: {
      notice: { kind, date: '', asins: [], text: '' },
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

/**
 * The notice kind changed: findings ticked for another notice's metrics are unticked, because
 * they would otherwise end up in this plan, out of sight.
 */
export function withNoticeKind(
  state: WizardState,
  kind: NoticeKind,
  findings: readonly Finding[],
): WizardState {
  const metrics = metricsOfNotice(kind);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const draft = state.draft;
  return {
    ...state,
    draft: {
      ...draft,
      notice: { ...draft.notice, kind },
      tickedFindingIds: draft.tickedFindingIds.filter((id) => {
        const finding = byId.get(id);
        return finding !== undefined && metrics.includes(finding.metric);
      }),
    },
  };
}

/** Adds the root-cause entry of each newly ticked finding, once (revisiting adds no copies). */
export function withPrefilledRootCauses(
  state: WizardState,
  findings: readonly Finding[],
): WizardState {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const rootCauses = [...state.draft.rootCauses];
  const prefilled = [...state.prefilledFindingIds];
  for (const id of state.draft.tickedFindingIds) {
    if (prefilled.includes(id)) continue;
    const finding = byId.get(id);
    if (!finding) continue;
    if (rootCauses.length < draftLimits.items) rootCauses.push(rootCauseFromFinding(finding));
    prefilled.push(id);
  }
  return { ...state, draft: { ...state.draft, rootCauses }, prefilledFindingIds: prefilled };
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
