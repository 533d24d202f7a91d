/**
 * The checks that need what never leaves the server, or that stop Generate: buyer data (the
 * sheets' names, e-mails and phones), a suggestion's placeholder, wording about hiding identity,
 * order IDs and ASINs the data does not hold, and the length of the composed plan. Kept apart from
 * the wording review (./review-wording.ts), which the sidebar runs itself, so that the code every
 * custom-function call loads stays small.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import type { MetricResult } from '../metrics/types';
import {
  buyerDataLabel,
  createRedactor,
  type Redactor,
  redactedMarker,
  withoutOwnNameWords,
} from '../privacy';
import { indexKnownValues, type KnownValueIndex, knownValueSpans } from '../privacy/known-values';
import { buildPlan, planAsPlainText } from './compose';
import { identityHiding, identityHidingMessage } from './identity-hiding';
import { placeholderMessage, placeholders } from './placeholders';
import { type SellerText, sellerTexts } from './seller-texts';
import type { PlanDraft, ReviewContext, ReviewFlag } from './types';

/**
 * Characters Seller Central's appeal form takes. UNCONFIRMED: no Amazon page or forum post we
 * could read states the limit, so this is a conservative default; pass the form's real limit as
 * `maxChars` when it differs.
 */
export const sellerCentralAppealLimit = 4000;

/** Order IDs (3-7-7 digits) and ASINs (B0 and eight more): what a reviewer looks up. */
const lookedUpPattern = /(?<![\p{L}\p{N}-])(?:\d{3}-\d{7}-\d{7}|B0[A-Z0-9]{8})(?![\p{L}\p{N}-])/giu;

function knownIdentifiersOf(
  findings: readonly Finding[],
  results: readonly MetricResult[],
  affected: readonly AffectedOrder[],
  notice: PlanDraft['notice'],
): Set<string> {
  const known = new Set<string>();
  const add = (id: string): void => {
    known.add(id.trim().toLowerCase());
  };
  for (const r of results) for (const d of r.defects) add(d.orderId);
  for (const f of findings) {
    add(f.key);
    for (const id of f.orderIds) add(id);
  }
  for (const a of affected) add(a.orderId);
  for (const asin of notice.asins) add(asin);
  for (const m of notice.text.matchAll(lookedUpPattern)) add(m[0]);
  return known;
}

/**
 * The draft's order IDs and ASINs that a report sheet holds though no finding does (an order
 * without a defect, a product with none): one pass over the cells, and only when there are such.
 */
function inReportSheets(
  wanted: ReadonlySet<string>,
  sheets: readonly (readonly (readonly unknown[])[])[],
): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  for (const rows of sheets) {
    for (const row of rows) {
      for (const cell of row) {
        // Both look-ups are 10 or 19 characters; other cells are skipped without lower-casing.
        if (typeof cell !== 'string' || cell.length < 10 || cell.length > 24) continue;
        const id = cell.trim().toLowerCase();
        if (wanted.has(id)) found.add(id);
      }
    }
  }
  return found;
}

/** The order IDs and ASINs of the draft's texts that neither the findings nor any sheet hold. */
function unknownIdentifiers(
  texts: readonly SellerText[],
  known: ReadonlySet<string>,
  sheets: readonly (readonly (readonly unknown[])[])[],
): Set<string> {
  const unknown = new Set<string>();
  for (const t of texts) {
    if (t.role !== 'rootCause' && t.role !== 'action' && t.role !== 'measure') continue;
    for (const m of t.text.matchAll(lookedUpPattern)) {
      const id = m[0].toLowerCase();
      if (!known.has(id)) unknown.add(id);
    }
  }
  for (const id of inReportSheets(unknown, sheets)) unknown.delete(id);
  return unknown;
}

/**
 * An identity-verification plan gives the business address Amazon asks to verify: there a street
 * address or postcode is the seller's to confirm unless a report sheet's buyer columns hold it.
 * Null for other notices, where any address is refused. The buyer values are indexed only when
 * such a plan holds an address.
 */
function ownAddressTest(
  draft: PlanDraft,
  buyerValues: readonly string[],
): ((text: string) => boolean) | null {
  if (draft.notice.kind !== 'identityVerification') return null;
  let index: KnownValueIndex | undefined;
  return (text) => {
    index ??= indexKnownValues(buyerValues);
    return knownValueSpans(text, index).length === 0;
  };
}

function guardFlags(
  t: SellerText,
  unknown: ReadonlySet<string>,
  findBuyerData: Redactor['find'],
  isOwnAddress: ((text: string) => boolean) | null,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const flag = (kind: ReviewFlag['kind'], text: string, message: string): void => {
    flags.push({ step: t.step, index: t.index, kind, text, message });
  };
  if (t.role === 'rootCause' || t.role === 'action' || t.role === 'measure') {
    for (const m of t.text.matchAll(lookedUpPattern)) {
      if (!unknown.has(m[0].toLowerCase())) continue;
      flag(
        'numberNotInData',
        m[0],
        'This order ID or ASIN is not in your reports or the notice. Check it against your reports.',
      );
    }
  }
  for (const p of placeholders(t.text)) flag('placeholder', p.text, placeholderMessage);
  for (const h of identityHiding(t.text)) flag('identityHiding', h.text, identityHidingMessage);
  for (const found of findBuyerData(t.text)) {
    if (found.kind === 'place') {
      flag(
        'possibleBuyerName',
        found.text,
        "This is also a town or state in a buyer's address in your report sheets. If it is a buyer's, remove it; if it is your own town, keep it.",
      );
      continue;
    }
    if (found.kind === 'nameWord') {
      // "Jordan, our packer" or "our Seattle warehouse": a staff name or the seller's town is
      // theirs to write; a buyer's is not. Only the seller can tell, so ask and let Generate go on.
      flag(
        'possibleBuyerName',
        found.text,
        "This word is also a buyer's name or town in your report sheets. If it is a buyer, remove it; if it is your own staff or town, keep it.",
      );
      continue;
    }
    if (found.kind === 'titledName') {
      // "Mr. Patel, our manager" or "Mr. Coffee": no buyer of the sheets is so named.
      flag(
        'possibleBuyerName',
        found.text,
        'This reads as a name after a title, and no buyer in your report sheets has it. If it is a buyer, remove it; if it is your own staff or a brand, keep it.',
      );
      continue;
    }
    if ((found.kind === 'address' || found.kind === 'postcode') && isOwnAddress?.(found.text)) {
      flag(
        'ownAddress',
        found.text,
        `This looks like ${buyerDataLabel(found.kind)}, and no report sheet holds it. If it is your own business address, keep it; if it is a buyer's, remove it.`,
      );
      continue;
    }
    flag(
      'buyerData',
      found.text,
      `This looks like ${buyerDataLabel(found.kind)}. Buyer data must not go into the plan; remove it before you generate the Doc.`,
    );
  }
  return flags;
}

/**
 * The flags as they leave the server. A buyer-data flag's excerpt is the buyer's data itself, so it
 * goes as the marker: out of its sentence ("contact number 5558675309") the redaction step may not
 * know the number for a phone.
 */
export function flagsForSidebar(flags: readonly ReviewFlag[]): ReviewFlag[] {
  return flags.map((f) => (f.kind === 'buyerData' ? { ...f, text: redactedMarker } : f));
}

/** The server's part of the review: what Generate refuses, IDs, and length. */
export function reviewGuards(draft: PlanDraft, context: ReviewContext): ReviewFlag[] {
  const affected = context.affected ?? [];
  const known = knownIdentifiersOf(context.findings, context.results, affected, draft.notice);
  const buyerValues = context.buyerIdentifiers ?? [];
  const checked = withoutOwnNameWords(buyerValues, draft.seller?.name);
  // The call's redactor knows the same values unless the seller's name took some out.
  const findBuyerData =
    context.redactor && checked.length === buyerValues.length
      ? context.redactor.find
      : createRedactor(checked, context.buyerPlaces).find;
  const isOwnAddress = ownAddressTest(draft, checked);
  const texts = sellerTexts(draft);
  const unknown = unknownIdentifiers(texts, known, context.reportSheets ?? []);
  const flags = texts.flatMap((t) => guardFlags(t, unknown, findBuyerData, isOwnAddress));
  const plain = planAsPlainText(buildPlan(draft, context.findings, affected, context.results), {
    forAppealForm: true,
  });
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
