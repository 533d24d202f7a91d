/**
 * The text for Seller Central's appeal form, composed as a reviewer reads it: a short opening that
 * names the notice, states the figure it is about and accepts responsibility; the root causes; the
 * corrective actions taken; the preventive measures with their owners and dates; then one line
 * that the affected orders are attached. The affected orders themselves go in the Doc and in the
 * attachable file, never here, so the seller's own words are what the form holds. The seller's
 * text is never shortened: when it alone is longer than the form takes, the form text is too, and
 * the review says so.
 */
import type { Finding } from '../analysis/findings-types';
import { formatPercent } from '../analysis/percent';
import type { MetricResult } from '../metrics/types';
import { affectedOrdersFileName } from './affected-orders';
import { noticeLetter } from './letters';
import { metricsOfNotice, noticeInfo } from './notices';
import type { PlanDraft, PreventiveMeasure } from './types';

/**
 * Characters Seller Central's appeal form takes. UNCONFIRMED: no Amazon page or forum post we
 * could read states the limit, so this is a conservative default; pass the form's real limit as
 * `maxChars` when it differs.
 */
export const sellerCentralAppealLimit = 4000;

export const formSections = {
  rootCauses: 'Root causes',
  supportingFacts: 'Supporting facts from our order reports',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
} as const;

export function sellerTexts(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** "… (Owner: Warehouse lead. In place by 2026-11-23.)" */
export function measureText(m: PreventiveMeasure): string {
  const details = [
    m.owner.trim() === '' ? '' : `Owner: ${m.owner.trim()}.`,
    m.due.trim() === '' ? '' : `In place by ${m.due.trim()}.`,
  ].filter((d) => d !== '');
  return details.length > 0 ? `${m.text.trim()} (${details.join(' ')})` : m.text.trim();
}

/** "Our Late Shipment Rate for seller-fulfilled orders from … was 6.3% (39 of 619 orders); …" */
export function resultSentence(r: MetricResult): string {
  const channel = r.channel === 'MFN' ? 'seller-fulfilled' : 'fulfilled by Amazon';
  const target = `${r.direction === 'max' ? 'under' : 'above'} ${formatPercent(r.target)}`;
  return `Our ${r.label} for ${channel} orders from ${r.windowStart} to ${r.windowEnd} was ${formatPercent(r.value ?? 0)} (${r.numerator} of ${r.denominator} ${r.unit}); Amazon's target is ${target}.`;
}

/** The notice's main metric in its longest window: the one figure the opening states. */
export function headlineResult(
  draft: PlanDraft,
  results: readonly MetricResult[],
): MetricResult | null {
  const [main] = metricsOfNotice(draft.notice.kind);
  const windows = results
    .filter((r) => r.metric === main && r.value !== null)
    .sort((a, b) => b.windowDays - a.windowDays);
  return windows[0] ?? null;
}

export function noticeSentence(draft: PlanDraft): string {
  const asins = sellerTexts(draft.notice.asins);
  const forAsins =
    asins.length === 0
      ? ''
      : ` for ${asins.length === 1 ? 'ASIN' : 'the ASINs'} ${asins.join(', ')}`;
  return `We received your notice of ${draft.notice.date} about ${noticeLetter(draft.notice.kind).subject}${forAsins}.`;
}

function numbered(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

function section(title: string, body: string): string {
  return `${title}:\n${body}`;
}

export interface FormTextInput {
  draft: PlanDraft;
  ticked: readonly Finding[];
  results: readonly MetricResult[];
  /** How many affected orders the attached file lists. */
  affectedCount: number;
  limit: number;
}

export function appealFormText(input: FormTextInput): string {
  const { draft, ticked, results, affectedCount, limit } = input;
  const headline = headlineResult(draft, results);
  const letter = noticeLetter(draft.notice.kind);
  const opening = [
    `Plan of Action: ${noticeInfo(draft.notice.kind).label}`,
    'Dear Seller Performance team,',
    [
      noticeSentence(draft),
      headline ? resultSentence(headline) : '',
      letter.reviewed,
      'We take full responsibility: the causes below were ours, and we have corrected them.',
    ]
      .filter(Boolean)
      .join(' '),
  ];
  const rootCauses = sellerTexts(draft.rootCauses);
  const actions = sellerTexts(draft.correctiveActions);
  const measures = draft.preventiveMeasures.filter((m) => m.text.trim() !== '').map(measureText);
  const facts =
    ticked.length > 0
      ? section(formSections.supportingFacts, ticked.map((f) => `- ${f.summary}`).join('\n'))
      : '';
  const closing = [
    affectedCount > 0
      ? `The ${affectedCount} affected order${affectedCount === 1 ? ' is' : 's are'} listed, each with its root cause, in the attached file ${affectedOrdersFileName}.`
      : '',
    'Kind regards,',
    [
      draft.seller?.name?.trim(),
      draft.seller?.sellerId?.trim() ? `Seller ID: ${draft.seller.sellerId.trim()}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  ].filter(Boolean);
  const parts = (withFacts: boolean) =>
    [
      ...opening,
      rootCauses.length > 0 ? section(formSections.rootCauses, numbered(rootCauses)) : '',
      withFacts ? facts : '',
      actions.length > 0 ? section(formSections.correctiveActions, numbered(actions)) : '',
      measures.length > 0
        ? section(formSections.preventiveMeasures, measures.map((m) => `- ${m}`).join('\n'))
        : '',
      ...closing,
    ]
      .filter(Boolean)
      .join('\n\n');
  // The supporting facts are in the Doc; the form carries them only where they fit beside the
  // seller's own text.
  const full = parts(true);
  return facts !== '' && full.length > limit ? parts(false) : full;
}
