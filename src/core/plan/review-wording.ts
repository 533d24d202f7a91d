/**
 * The wording review of a draft: counts and rates that differ from the figure they are about,
 * tone, promises without a date, future tense among the actions taken, root causes that are only
 * statistics, and measures without an owner or a due date. It needs only the draft, the findings
 * and the metrics' figures, so the sidebar runs it itself (the server bundle, which every
 * custom-function call loads, does not carry it).
 */
import type { Finding } from '../analysis/findings-types';
import type { ClaimScope, FigureResult } from './claim-figures';
import { claimProblems } from './claims';
import { numberTokens } from './data-numbers';
import { metricsOfNotice } from './notices';
import { type SellerText, sellerTexts } from './seller-texts';
import { isOnlyStatistic, statisticOnlyMessage } from './statistic-only';
import { sentencesOf, toneFlags } from './tone';
import type { PlanDraft, ReviewFlag } from './types';

/** The figures in the notice's scope (its marketplace and channel): see ./scope.ts. */
export interface WordingData {
  findings: readonly Finding[];
  results: readonly FigureResult[];
}

function hasDate(sentence: string): boolean {
  return numberTokens(sentence).some((t) => t.kind === 'date');
}

/** A real calendar day written yyyy-mm-dd. */
function isDay(text: string): boolean {
  const [token] = numberTokens(text.trim());
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && (token?.days ?? []).length > 0;
}

function wordingFlags(t: SellerText, scope: ClaimScope): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const flag = (kind: ReviewFlag['kind'], text: string, message: string): void => {
    flags.push({ step: t.step, index: t.index, kind, text, message });
  };
  if (t.role === 'asin') return flags;
  const tone = toneFlags(t.text, {
    pastTense: t.role === 'action',
    datedPromises: t.role === 'rootCause' || t.role === 'action',
    hasDate,
  });
  for (const f of tone) flag(f.kind, f.text, f.message);
  if (t.role === 'rootCause' || t.role === 'action' || t.role === 'measure') {
    for (const sentence of sentencesOf(t.text)) {
      for (const p of claimProblems(sentence, scope)) flag('numberDiffers', p.text, p.message);
    }
  }
  if (t.role === 'rootCause' && isOnlyStatistic(t.text, scope.findings)) {
    flag('statisticOnly', t.text, statisticOnlyMessage);
  }
  return flags;
}

export function reviewWording(draft: PlanDraft, data: WordingData): ReviewFlag[] {
  const scope: ClaimScope = {
    results: data.results,
    findings: data.findings,
    noticeMetrics: metricsOfNotice(draft.notice.kind),
  };
  const flags = sellerTexts(draft).flatMap((t) => wordingFlags(t, scope));
  draft.preventiveMeasures.forEach((m, index) => {
    if (m.text.trim() === '') return;
    const missing = [
      m.owner.trim() === '' ? 'an owner' : '',
      isDay(m.due) ? '' : 'a due date (yyyy-mm-dd)',
    ].filter(Boolean);
    if (missing.length > 0) {
      flags.push({
        step: 'preventiveMeasures',
        index,
        kind: 'promiseWithoutDate',
        text: m.text,
        message: `This measure needs ${missing.join(' and ')}.`,
      });
    }
  });
  return flags;
}
