/**
 * The Plan of Action as a neutral document: headings, paragraphs, lists and tables that the Apps
 * Script side writes to a Google Doc, with the text for the appeal form and the affected-orders
 * file composed from the same parts. Every number in it comes from the findings, the metric
 * results, the affected orders, the seller's own reports or text; the fixed text around them has
 * none.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import type { MetricResult } from '../metrics/types';
import { buyerDataLabel, createRedactor } from '../privacy';
import {
  affectedOrderCells,
  affectedOrderRows,
  affectedOrdersCsv,
  affectedOrdersFileName,
  affectedOrdersHeader,
} from './affected-orders';
import { damageHeading, damageSection } from './damage';
import {
  appealFormText,
  formSections,
  measureText,
  noticeSentence,
  resultSentence,
  sellerCentralAppealLimit,
  sellerTexts,
} from './form-text';
import { noticeLetter } from './letters';
import { metricsOfNotice, noticeInfo } from './notices';
import type { KeptMarketplace } from './report-facts';
import { factsInScope } from './scope';
import type {
  ComposedPlan,
  ComposeOptions,
  DocBlock,
  DocModel,
  NoticeKind,
  PlanDraft,
} from './types';

/** Section headings of the Doc; the form text's are in form-text.ts. */
const planSections = {
  ...formSections,
  affectedOrders: 'Affected orders',
  coverLetter: 'Cover letter',
  checklist: 'Submission checklist',
  evidence: 'Documents to attach',
} as const;

/** Shown where the seller has not written a section yet, so the gap is visible in the Doc. */
const notFilledIn = '(Not filled in yet.)';

function listOrPlaceholder(type: 'bullets' | 'numbered', items: string[]): DocBlock {
  return items.length > 0 ? { type, items } : { type: 'paragraph', text: notFilledIn };
}

function tickedFindings(draft: PlanDraft, findings: readonly Finding[]): Finding[] {
  const byId = new Map(findings.map((f) => [f.id, f]));
  const ticked: Finding[] = [];
  for (const id of new Set(draft.tickedFindingIds)) {
    const finding = byId.get(id);
    if (finding) ticked.push(finding);
  }
  return ticked;
}

/** The notice's metric results, as the cover letter states them: its main metric's windows. */
function resultSentences(kind: NoticeKind, results: readonly MetricResult[]): string[] {
  const metrics = metricsOfNotice(kind);
  const relevant = results.filter((r) => metrics.includes(r.metric) && r.value !== null);
  const main = relevant.filter((r) => r.metric === metrics[0]);
  return (main.length > 0 ? main : relevant).map(resultSentence);
}

function coverLetter(
  draft: PlanDraft,
  results: readonly MetricResult[],
  hasFacts: boolean,
  orderCount: number,
): DocBlock[] {
  const letter = noticeLetter(draft.notice.kind);
  const paragraphs = [
    'Dear Seller Performance team,',
    noticeSentence(draft),
    ...resultSentences(draft.notice.kind, results),
    `${letter.reviewed} This plan sets out the root causes we found, the corrective actions we have taken and the preventive measures we have put in place.`,
  ];
  if (hasFacts) paragraphs.push('The supporting facts come from our own order reports.');
  if (orderCount > 0) {
    paragraphs.push(
      `The ${orderCount} affected order${orderCount === 1 ? ' is' : 's are'} listed in this plan and in the attached file ${affectedOrdersFileName}, each with its root cause.`,
    );
  }
  paragraphs.push(
    'We ask you to review this plan. We will gladly provide any further information you need.',
    'Kind regards,',
  );
  const name = draft.seller?.name?.trim();
  const sellerId = draft.seller?.sellerId?.trim();
  if (name) paragraphs.push(name);
  if (sellerId) paragraphs.push(`Seller ID: ${sellerId}`);
  return paragraphs.map((text) => ({ type: 'paragraph', text }));
}

function checklist(draft: PlanDraft, orderCount: number): DocBlock {
  const sellerId = draft.seller?.sellerId?.trim();
  const letter = noticeLetter(draft.notice.kind);
  const ready = [
    sellerId ? `your seller ID (${sellerId})` : 'your seller ID',
    letter.aboutOrders ? 'the order IDs the notice names' : 'any ASINs the notice names',
    'the notice itself',
  ];
  return {
    type: 'numbered',
    items: [
      `Delete the section "${damageHeading}" from any copy you send.`,
      'Submit through Seller Central: Account Health, then open this notice and choose Appeal (or "Submit a plan of action").',
      'Paste the form text the sidebar shows: it leaves out the sections for you.',
      `Have ready: ${ready.join(', ')}.`,
      orderCount > 0
        ? `Attach ${affectedOrdersFileName} (download it from the sidebar) and the documents listed under "${planSections.evidence}" that the notice asks for.`
        : `Attach the documents listed under "${planSections.evidence}" that the notice asks for.`,
      'Ask for a Case ID when you submit, and keep it with this plan.',
      'If there is no answer after five business days, follow up in the same case with the Case ID.',
      'Never open a second appeal for the same notice: duplicate appeals slow the review down.',
    ],
  };
}

/**
 * The plan's document model, without the buyer-data check (the review measures drafts with it).
 * Only the notice's channel's figures are used, whatever is passed: see `factsInScope`. With the
 * notice's marketplace data, the Doc opens with the seller's own section (see damage.ts).
 */
export function buildPlan(
  draft: PlanDraft,
  allFindings: readonly Finding[],
  allAffected: readonly AffectedOrder[],
  allResults: readonly MetricResult[],
  market: KeptMarketplace | null = null,
  formLimit: number = sellerCentralAppealLimit,
): ComposedPlan {
  const { findings, affected, results } = factsInScope(draft.notice, {
    findings: [...allFindings],
    affected: [...allAffected],
    results: [...allResults],
  });
  const notice = noticeInfo(draft.notice.kind);
  const ticked = tickedFindings(draft, findings);
  const rows = affectedOrderRows(draft, ticked, affected);
  const asins = sellerTexts(draft.notice.asins);
  const blocks: DocBlock[] = [
    ...damageSection(draft, market),
    { type: 'paragraph', text: `Notice: ${notice.label}, dated ${draft.notice.date}.` },
  ];
  if (asins.length > 0) {
    blocks.push({ type: 'paragraph', text: `ASINs named in the notice: ${asins.join(', ')}.` });
  }
  const name = draft.seller?.name?.trim();
  const sellerId = draft.seller?.sellerId?.trim();
  if (name || sellerId) {
    const seller = [name, sellerId ? `Seller ID: ${sellerId}` : ''].filter(Boolean).join(', ');
    blocks.push({ type: 'paragraph', text: `Seller: ${seller}.` });
  }

  blocks.push(
    { type: 'heading', level: 1, text: planSections.rootCauses },
    listOrPlaceholder('numbered', sellerTexts(draft.rootCauses)),
  );
  if (ticked.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: planSections.supportingFacts },
      { type: 'bullets', items: ticked.map((f) => f.summary) },
    );
  }
  blocks.push(
    { type: 'heading', level: 1, text: planSections.correctiveActions },
    listOrPlaceholder('numbered', sellerTexts(draft.correctiveActions)),
    { type: 'heading', level: 1, text: planSections.preventiveMeasures },
    listOrPlaceholder(
      'bullets',
      draft.preventiveMeasures.filter((m) => m.text.trim() !== '').map(measureText),
    ),
  );
  if (rows.length > 0) {
    blocks.push(
      { type: 'heading', level: 1, text: planSections.affectedOrders },
      { type: 'table', header: [...affectedOrdersHeader], rows: rows.map(affectedOrderCells) },
    );
  }
  blocks.push(
    { type: 'heading', level: 1, text: planSections.coverLetter },
    ...coverLetter(draft, results, ticked.length > 0, rows.length),
    { type: 'heading', level: 1, text: planSections.checklist },
    checklist(draft, rows.length),
    { type: 'heading', level: 2, text: planSections.evidence },
    { type: 'bullets', items: noticeLetter(draft.notice.kind).evidence },
  );
  return {
    title: `Plan of Action – ${notice.label} – ${draft.notice.date}`,
    blocks,
    appealForm: appealFormText({
      draft,
      ticked,
      results,
      affectedCount: rows.length,
      limit: formLimit,
    }),
    affectedOrdersCsv: rows.length > 0 ? affectedOrdersCsv(rows) : null,
  };
}

/** Every text of the model with where it sits, for messages that point at it. */
function textsWithPlace(model: DocModel): { place: string; text: string }[] {
  const texts = [{ place: 'the title', text: model.title }];
  let section = 'the opening';
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
        section = `the section "${block.text}"`;
        texts.push({ place: section, text: block.text });
        break;
      case 'paragraph':
        texts.push({ place: section, text: block.text });
        break;
      case 'bullets':
      case 'numbered':
        block.items.forEach((text, i) => {
          texts.push({ place: `item ${i + 1} of ${section}`, text });
        });
        break;
      case 'table':
        for (const row of [block.header, ...block.rows]) {
          for (const text of row) texts.push({ place: `the table in ${section}`, text });
        }
        break;
    }
  }
  return texts;
}

/**
 * The Plan of Action for a draft. Throws, as a last line of defence after the review, when any
 * text would carry buyer data into the Doc: an e-mail address, a phone number, or a name or
 * contact detail from the report sheets. The message says where, never what.
 */
export function composePlan(
  draft: PlanDraft,
  findings: Finding[],
  affected: AffectedOrder[],
  results: MetricResult[],
  options: ComposeOptions = {},
): ComposedPlan {
  const model = buildPlan(draft, findings, affected, results, options.market ?? null);
  const findBuyerData = (options.redactor ?? createRedactor(options.buyerIdentifiers)).find;
  const texts = [
    ...textsWithPlace(model),
    { place: 'the text for the appeal form', text: model.appealForm },
    { place: 'the affected-orders file', text: model.affectedOrdersCsv ?? '' },
  ];
  for (const { place, text } of texts) {
    // A single word a buyer column also holds, a town, or a title and a name no buyer column
    // holds, was asked about in the review (see review-guards).
    const found = findBuyerData(text).find(
      (m) => m.kind !== 'nameWord' && m.kind !== 'place' && m.kind !== 'titledName',
    );
    if (found) {
      throw new Error(
        `The plan was not written: ${place} contains ${buyerDataLabel(found.kind)}. Buyer data must not leave the report sheets; remove it and try again.`,
      );
    }
  }
  return model;
}

export interface PlainTextOptions {
  /** The text for Seller Central's appeal form (see form-text.ts) instead of the whole Doc. */
  forAppealForm?: boolean;
}

/** The whole Doc as plain text, in the model's order, headings included; or the form text. */
export function planAsPlainText(
  model: DocModel | ComposedPlan,
  options: PlainTextOptions = {},
): string {
  if (options.forAppealForm && 'appealForm' in model) return model.appealForm;
  const parts = [model.title];
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'bullets':
        parts.push(block.items.map((item) => `- ${item}`).join('\n'));
        break;
      case 'numbered':
        parts.push(block.items.map((item, i) => `${i + 1}. ${item}`).join('\n'));
        break;
      case 'table':
        parts.push([block.header, ...block.rows].map((row) => row.join(' | ')).join('\n'));
        break;
    }
  }
  return parts.join('\n\n');
}
