/**
 * The Plan of Action as a neutral document: headings, paragraphs, lists and a table that the Apps
 * Script side writes to a Google Doc. Every number in it comes from the findings, the metric
 * results, the affected orders or the seller's own text; the fixed text around them has none.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import { formatPercent } from '../analysis/percent';
import type { MetricResult } from '../metrics/types';
import { buyerDataLabel, createRedactor } from '../privacy';
import { metricsOfNotice, noticeInfo } from './notices';
import { factsInScope } from './scope';
import type { ComposeOptions, DocBlock, DocModel, NoticeKind, PlanDraft } from './types';

/** Rows of the affected-orders table; a line under it says how many orders there are in all. */
export const affectedOrderRowLimit = 200;

/** Section headings, shared with the plain-text rendering. */
const planSections = {
  rootCauses: 'Root causes',
  supportingFacts: 'Supporting facts from our order reports',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
  affectedOrders: 'Affected orders',
  coverLetter: 'Cover letter',
  checklist: 'Submission checklist',
} as const;

/** Shown where the seller has not written a section yet, so the gap is visible in the Doc. */
const notFilledIn = '(Not filled in yet.)';

/** What the notice is about, as the cover letter names it. */
function noticeSubject(kind: NoticeKind): string {
  switch (kind) {
    case 'orderDefectRate':
    case 'lateShipmentRate':
    case 'cancellationRate':
    case 'validTrackingRate':
    case 'onTimeDeliveryRate':
      return `our ${noticeInfo(kind).label}`;
    case 'intellectualProperty':
      return 'an intellectual property complaint';
    case 'inauthentic':
      return 'an inauthentic item complaint';
    case 'productCondition':
      return 'a product condition complaint';
    case 'reviewManipulation':
      return 'a violation of the product review policy';
    case 'restrictedProduct':
      return 'a restricted product';
    case 'relatedAccounts':
      return 'accounts related to ours';
    case 'identityVerification':
      return 'the verification of our identity';
  }
}

function sellerTexts(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

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

/** The orders behind the ticked findings, or every affected order of the notice's metrics. */
function affectedRows(
  kind: NoticeKind,
  ticked: readonly Finding[],
  affected: readonly AffectedOrder[],
): AffectedOrder[] {
  let chosen: AffectedOrder[];
  if (ticked.length > 0) {
    const wanted = new Set(ticked.flatMap((f) => f.orderIds.map((id) => `${f.metric}|${id}`)));
    chosen = affected.filter((a) => wanted.has(`${a.metric}|${a.orderId}`));
  } else {
    const metrics = metricsOfNotice(kind);
    chosen = affected.filter((a) => metrics.includes(a.metric));
  }
  // ODR and its parts can list the same order with the same defect.
  const seen = new Set<string>();
  return chosen.filter((a) => {
    const key = `${a.orderId}|${a.date}|${a.defect}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function measureText(m: { text: string; owner: string; due: string }): string {
  const details = [
    m.owner.trim() === '' ? '' : `Owner: ${m.owner.trim()}.`,
    m.due.trim() === '' ? '' : `Due: ${m.due.trim()}.`,
  ].filter((d) => d !== '');
  return details.length > 0 ? `${m.text.trim()} (${details.join(' ')})` : m.text.trim();
}

/** The notice's metric results, as the cover letter states them. */
function resultSentences(kind: NoticeKind, results: readonly MetricResult[]): string[] {
  const metrics = metricsOfNotice(kind);
  const relevant = results.filter((r) => metrics.includes(r.metric) && r.value !== null);
  const main = relevant.filter((r) => r.metric === metrics[0]);
  return (main.length > 0 ? main : relevant).map((r) => {
    const channel = r.channel === 'MFN' ? 'seller-fulfilled' : 'fulfilled by Amazon';
    const target = `${r.direction === 'max' ? 'under' : 'above'} ${formatPercent(r.target)}`;
    return `Our ${r.label} for ${channel} orders from ${r.windowStart} to ${r.windowEnd} was ${formatPercent(r.value ?? 0)} (${r.numerator} of ${r.denominator} ${r.unit}); Amazon's target is ${target}.`;
  });
}

function coverLetter(
  draft: PlanDraft,
  results: readonly MetricResult[],
  hasFacts: boolean,
  hasOrders: boolean,
): DocBlock[] {
  const asins = sellerTexts(draft.notice.asins);
  const forAsins =
    asins.length === 0
      ? ''
      : ` for ${asins.length === 1 ? 'ASIN' : 'the ASINs'} ${asins.join(', ')}`;
  const paragraphs = [
    'Dear Seller Performance team,',
    `We received your notice of ${draft.notice.date} about ${noticeSubject(draft.notice.kind)}${forAsins}.`,
    ...resultSentences(draft.notice.kind, results),
    'We have reviewed the orders concerned and our processes. This plan sets out the root causes we found, the corrective actions we have taken and the preventive measures we have put in place.',
  ];
  if (hasFacts) paragraphs.push('The supporting facts come from our own order reports.');
  if (hasOrders) paragraphs.push('The affected orders are listed in this plan.');
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

function checklist(draft: PlanDraft, hasOrders: boolean): DocBlock {
  const sellerId = draft.seller?.sellerId?.trim();
  const ready = [
    sellerId ? `your seller ID (${sellerId})` : 'your seller ID',
    hasOrders
      ? 'the order IDs in the affected-orders table'
      : 'any order IDs or ASINs the notice names',
    'the notice itself',
  ];
  return {
    type: 'numbered',
    items: [
      'Submit through Seller Central: Account Health, then open this notice and choose Appeal (or "Submit a plan of action").',
      `Have ready: ${ready.join(', ')}.`,
      'Attach the documents the notice asks for, if any.',
      'Ask for a Case ID when you submit, and keep it with this plan.',
      'If there is no answer after five business days, follow up in the same case with the Case ID.',
      'Never open a second appeal for the same notice: duplicate appeals slow the review down.',
    ],
  };
}

/**
 * The plan's document model, without the buyer-data check (the review measures drafts with it).
 * Only the notice's channel's figures are used, whatever is passed: see `factsInScope`.
 */
export function buildPlan(
  draft: PlanDraft,
  allFindings: readonly Finding[],
  allAffected: readonly AffectedOrder[],
  allResults: readonly MetricResult[],
): DocModel {
  const { findings, affected, results } = factsInScope(draft.notice, {
    findings: [...allFindings],
    affected: [...allAffected],
    results: [...allResults],
  });
  const notice = noticeInfo(draft.notice.kind);
  const ticked = tickedFindings(draft, findings);
  const rows = affectedRows(draft.notice.kind, ticked, affected);
  const asins = sellerTexts(draft.notice.asins);
  const blocks: DocBlock[] = [
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
    const shown = rows.slice(0, affectedOrderRowLimit);
    blocks.push(
      { type: 'heading', level: 1, text: planSections.affectedOrders },
      {
        type: 'table',
        header: ['Order ID', 'Date', 'Defect', 'SKU'],
        rows: shown.map((a) => [a.orderId, a.date, a.defect, a.sku]),
      },
    );
    if (rows.length > shown.length) {
      blocks.push({
        type: 'paragraph',
        text: `The table shows ${shown.length} of the ${rows.length} affected orders; the full list is in our order reports.`,
      });
    }
  }
  blocks.push(
    { type: 'heading', level: 1, text: planSections.coverLetter },
    ...coverLetter(draft, results, ticked.length > 0, rows.length > 0),
    { type: 'heading', level: 1, text: planSections.checklist },
    checklist(draft, rows.length > 0),
  );
  return { title: `Plan of Action – ${notice.label} – ${draft.notice.date}`, blocks };
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
): DocModel {
  const model = buildPlan(draft, findings, affected, results);
  const findBuyerData = createRedactor(options.buyerIdentifiers).find;
  for (const { place, text } of textsWithPlace(model)) {
    const [found] = findBuyerData(text);
    if (found) {
      throw new Error(
        `The plan was not written: ${place} contains ${buyerDataLabel(found.kind)}. Buyer data must not leave the report sheets; remove it and try again.`,
      );
    }
  }
  return model;
}

export interface PlainTextOptions {
  /** Leave out the submission checklist: it is for the seller, not for Amazon's form. */
  forAppealForm?: boolean;
}

/** The plan as plain text for Seller Central's form, in the model's order, headings included. */
export function planAsPlainText(model: DocModel, options: PlainTextOptions = {}): string {
  const parts = [model.title];
  for (const block of model.blocks) {
    // The checklist is the last section.
    if (
      options.forAppealForm &&
      block.type === 'heading' &&
      block.text === planSections.checklist
    ) {
      break;
    }
    switch (block.type) {
      case 'heading':
        parts.push(block.text);
        break;
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
