/**
 * The review of a draft before it becomes a Doc: tone, promises without a date, numbers the data
 * does not support, buyer data and length. Flags point at the seller's text and never change it.
 */
import { buyerDataLabel, createRedactor, type Redactor } from '../privacy';
import { buildPlan, planAsPlainText } from './compose';
import { isSupported, type KnownValues, knownValuesOf, numberTokens } from './data-numbers';
import type { PlanDraft, ReviewContext, ReviewFlag, ReviewStep } from './types';

/**
 * Characters Seller Central's appeal form takes. UNCONFIRMED: no Amazon page or forum post we
 * could read states the limit, so this is a conservative default; pass the form's real limit as
 * `maxChars` when it differs.
 */
export const sellerCentralAppealLimit = 4000;

const emotionalWords = [
  'unfair',
  'unfairly',
  'unjust',
  'outrageous',
  'desperate',
  'desperately',
  'please please',
  'please, please',
  'begging',
  'beg',
  'furious',
  'ridiculous',
  'absurd',
  'disgusting',
  'disgraceful',
  'shocking',
  'devastated',
  'heartbroken',
  'angry',
  'upset',
  'frustrated',
  'frustrating',
  'unacceptable',
  'nightmare',
  'insane',
  'livelihood',
];

const threateningWords = [
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'lawsuit',
  'sue',
  'suing',
  'legal action',
  'court',
  'report you',
  'report amazon',
  'class action',
  'ftc',
  'journalist',
  'journalists',
  'the press',
  'go public',
];

interface Patterns {
  emotional: RegExp;
  threatening: RegExp;
  promise: RegExp;
}

let patterns: Patterns | undefined;

function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) =>
    w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Built on first use, not at load. */
function reviewPatterns(): Patterns {
  patterns ??= {
    // Several exclamation marks read as emotional too.
    emotional: new RegExp(`${wordsPattern(emotionalWords).source}|!{2,}`, 'giu'),
    threatening: wordsPattern(threateningWords),
    promise:
      /(?<![\p{L}])(?:(?:we|i)\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to|plan\s+to|intend\s+to)|we'll|i'll)(?![\p{L}])/iu,
  };
  return patterns;
}

interface SellerText {
  step: ReviewStep;
  index: number | null;
  text: string;
  /** Whether numbers in it are checked against the data (not for the seller's name or ID). */
  checkNumbers: boolean;
  /** Whether a promise in it needs a date in the same sentence. */
  checkPromises: boolean;
}

function sellerTexts(draft: PlanDraft): SellerText[] {
  const texts: SellerText[] = [];
  draft.rootCauses.forEach((text, index) => {
    texts.push({ step: 'rootCauses', index, text, checkNumbers: true, checkPromises: false });
  });
  draft.correctiveActions.forEach((text, index) => {
    texts.push({ step: 'correctiveActions', index, text, checkNumbers: true, checkPromises: true });
  });
  draft.preventiveMeasures.forEach((m, index) => {
    // The measure's own due date is its date; the owner is a person or a team.
    texts.push({
      step: 'preventiveMeasures',
      index,
      text: m.text,
      checkNumbers: true,
      checkPromises: false,
    });
    texts.push({
      step: 'preventiveMeasures',
      index,
      text: m.owner,
      checkNumbers: false,
      checkPromises: false,
    });
  });
  draft.notice.asins.forEach((text, index) => {
    texts.push({ step: 'notice', index, text, checkNumbers: false, checkPromises: false });
  });
  for (const text of [draft.seller?.name ?? '', draft.seller?.sellerId ?? '']) {
    texts.push({ step: 'all', index: null, text, checkNumbers: false, checkPromises: false });
  }
  return texts.filter((t) => t.text.trim() !== '');
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

function hasDate(sentence: string): boolean {
  return numberTokens(sentence).some((t) => t.kind === 'date');
}

/** A real calendar day written yyyy-mm-dd. */
function isDay(text: string): boolean {
  const [token] = numberTokens(text.trim());
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) && (token?.days ?? []).length > 0;
}

function flagsForText(
  t: SellerText,
  known: KnownValues,
  noticeDate: string,
  findBuyerData: Redactor['find'],
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const flag = (kind: ReviewFlag['kind'], text: string, message: string): void => {
    flags.push({ step: t.step, index: t.index, kind, text, message });
  };
  const { emotional, threatening, promise } = reviewPatterns();
  for (const m of t.text.matchAll(emotional)) {
    flag(
      'emotional',
      m[0],
      'Emotional wording distracts from the facts. State what happened and what you changed.',
    );
  }
  for (const m of t.text.matchAll(threatening)) {
    flag(
      'threatening',
      m[0],
      'Wording that sounds like a threat works against an appeal. Keep to the facts and your actions.',
    );
  }
  if (t.checkPromises) {
    for (const sentence of sentences(t.text)) {
      const plain = sentence.replace(/[\u2018\u2019]/g, "'");
      if (promise.test(plain) && !hasDate(plain)) {
        flag(
          'promiseWithoutDate',
          sentence.trim(),
          'A promise needs a date. Say by when (for example "by 2024-05-31"), or describe what you have already done.',
        );
      }
    }
  }
  if (t.checkNumbers) {
    for (const token of numberTokens(t.text)) {
      if (!isSupported(token, known, noticeDate)) {
        flag(
          'numberNotInData',
          token.text,
          'This number, date or ID is not in your findings, metrics or the notice. Check it against your reports; if it describes your own process, you can keep it.',
        );
      }
    }
  }
  for (const found of findBuyerData(t.text)) {
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
  const known = knownValuesOf({
    findings: context.findings,
    results: context.results,
    affected: context.affected,
    notice: draft.notice,
  });
  // The seller's own ID is theirs to quote.
  const sellerId = draft.seller?.sellerId?.trim().toLowerCase();
  if (sellerId) known.identifiers.add(sellerId);
  const findBuyerData = createRedactor(context.buyerIdentifiers).find;
  const flags: ReviewFlag[] = [];
  for (const t of sellerTexts(draft)) {
    flags.push(...flagsForText(t, known, draft.notice.date, findBuyerData));
  }
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
