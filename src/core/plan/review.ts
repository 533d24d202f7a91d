/**
 * The review of a draft before it becomes a Doc: claims that differ from the data, tone, promises
 * without a date, root causes that are only statistics, placeholders, identity hiding, buyer data
 * and length. Flags point at the seller's text and never change it.
 */
import { buyerDataLabel, createRedactor, type Redactor } from '../privacy';
import type { ClaimScope } from './claim-figures';
import { claimProblems } from './claims';
import { buildPlan, planAsPlainText } from './compose';
import {
  type KnownIdentifiers,
  knownIdentifiersOf,
  numberTokens,
  unknownIdentifiers,
} from './data-numbers';
import { identityHiding, identityHidingMessage } from './identity-hiding';
import { metricsOfNotice } from './notices';
import { placeholderMessage, placeholders } from './placeholders';
import { isOnlyStatistic, statisticOnlyMessage } from './statistic-only';
import { sentencesOf, toneFlags } from './tone';
import type { PlanDraft, ReviewContext, ReviewFlag, ReviewStep } from './types';

/**
 * Characters Seller Central's appeal form takes. UNCONFIRMED: no Amazon page or forum post we
 * could read states the limit, so this is a conservative default; pass the form's real limit as
 * `maxChars` when it differs.
 */
export const sellerCentralAppealLimit = 4000;

interface SellerText {
  step: ReviewStep;
  index: number | null;
  text: string;
  /** What the text is: the seller's statements, a person's or business name, or an ID. */
  role: 'rootCause' | 'action' | 'measure' | 'name' | 'asin';
}

function sellerTexts(draft: PlanDraft): SellerText[] {
  const texts: SellerText[] = [];
  draft.rootCauses.forEach((text, index) => {
    texts.push({ step: 'rootCauses', index, text, role: 'rootCause' });
  });
  draft.correctiveActions.forEach((text, index) => {
    texts.push({ step: 'correctiveActions', index, text, role: 'action' });
  });
  draft.preventiveMeasures.forEach((m, index) => {
    // The measure's own due date is its date; the owner is a person or a team.
    texts.push({ step: 'preventiveMeasures', index, text: m.text, role: 'measure' });
    texts.push({ step: 'preventiveMeasures', index, text: m.owner, role: 'name' });
  });
  draft.notice.asins.forEach((text, index) => {
    texts.push({ step: 'notice', index, text, role: 'asin' });
  });
  for (const text of [draft.seller?.name ?? '', draft.seller?.sellerId ?? '']) {
    texts.push({ step: 'all', index: null, text, role: 'name' });
  }
  return texts.filter((t) => t.text.trim() !== '');
}

function hasDate(sentence: string): boolean {
  return numberTokens(sentence).some((t) => t.kind === 'date');
}

/** A real calendar day written yyyy-mm-dd. */
function isDay(text: string): boolean {
  const [token] = numberTokens(text.trim());
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && (token?.days ?? []).length > 0;
}

interface ReviewData {
  scope: ClaimScope;
  identifiers: KnownIdentifiers;
  findBuyerData: Redactor['find'];
  findings: ReviewContext['findings'];
}

function flagsForText(t: SellerText, data: ReviewData): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const flag = (kind: ReviewFlag['kind'], text: string, message: string): void => {
    flags.push({ step: t.step, index: t.index, kind, text, message });
  };
  const statement = t.role === 'rootCause' || t.role === 'action' || t.role === 'measure';
  if (t.role !== 'asin') {
    for (const f of toneFlags(t.text, {
      pastTense: t.role === 'action',
      datedPromises: t.role === 'rootCause' || t.role === 'action',
      hasDate,
    })) {
      flag(f.kind, f.text, f.message);
    }
  }
  if (statement) {
    for (const sentence of sentencesOf(t.text)) {
      for (const p of claimProblems(sentence, data.scope)) flag('numberDiffers', p.text, p.message);
    }
    for (const id of unknownIdentifiers(t.text, data.identifiers)) {
      flag(
        'numberNotInData',
        id,
        'This order ID or ASIN is not in your reports or the notice. Check it against your reports.',
      );
    }
  }
  if (t.role === 'rootCause' && isOnlyStatistic(t.text, data.findings)) {
    flag('statisticOnly', t.text, statisticOnlyMessage);
  }
  for (const p of placeholders(t.text)) flag('placeholder', p.text, placeholderMessage);
  for (const h of identityHiding(t.text)) flag('identityHiding', h.text, identityHidingMessage);
  for (const found of data.findBuyerData(t.text)) {
    flag(
      'buyerData',
      found.text,
      `This looks like ${buyerDataLabel(found.kind)}. Buyer data must not go into the plan; remove it before you generate the Doc.`,
    );
  }
  return flags;
}

/** Everything in the draft the seller should look at before generating the Doc. */
export function reviewDraft(draft: PlanDraft, context: ReviewContext): ReviewFlag[] {
  const results = context.channel
    ? context.results.filter((r) => r.channel === context.channel)
    : context.results;
  const identifiers = knownIdentifiersOf({
    findings: context.findings,
    results: context.results,
    affected: context.affected,
    notice: draft.notice,
  });
  const data: ReviewData = {
    scope: {
      results,
      findings: context.findings,
      noticeMetrics: metricsOfNotice(draft.notice.kind),
    },
    identifiers,
    findBuyerData: createRedactor(context.buyerIdentifiers).find,
    findings: context.findings,
  };
  const flags: ReviewFlag[] = [];
  for (const t of sellerTexts(draft)) flags.push(...flagsForText(t, data));
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
  const plain = planAsPlainText(
    buildPlan(draft, context.findings, context.affected ?? [], context.results),
    {
      forAppealForm: true,
    },
  );
  if (plain.length > context.maxChars) {
    flags.push({
      step: 'all',
      index: null,
      kind: 'tooLong',
      text: plain.slice(context.maxChars, context.maxChars + 80),
      message: `The plan is ${plain.length} characters and the appeal form takes ${context.maxChars}. Shorten it, or attach the affected-orders table as a file.`,
    });
  }
  return flags;
}
