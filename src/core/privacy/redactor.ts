/**
 * The one redaction step every text passes before it leaves the report sheets: sidebar and dialog
 * payloads, the Doc, the appeal-form text, the preview .docx, error messages and logs. It blanks
 * e-mail addresses, phone numbers, postcodes and street addresses by their shape, buyer names
 * written as "the buyer Jordan" or "Mrs Smith", and every value of the reports' buyer columns
 * (see ./buyer-columns.ts). Order IDs, dates and amounts are seller data and are never blanked.
 */
import { foldText, withoutInvisible } from './fold';
import {
  bareNumberSpans,
  indexKnownValues,
  type KnownValueIndex,
  knownValueSpans,
} from './known-values';
import { buyerNameMentions } from './name-mentions';
import { emailSpans, maskSellerData, shapeSpans } from './patterns';
import type { BuyerDataKind, BuyerDataMatch, TextSpan } from './types';

/** What stands where buyer data was taken out. */
export const redactedMarker = '[buyer data removed]';

export interface Redactor {
  /** The buyer data in `text`, longest first where two overlap. */
  find(text: string): BuyerDataMatch[];
  /** `text` with each piece of buyer data replaced by `redactedMarker`, invisible characters out. */
  redact(text: string): string;
  /** A copy of a JSON value (a payload) with every string redacted; keys are kept. */
  redactDeep<T>(value: T): T;
}

/** Kinds the seller's own plan may keep after the review asks (see BuyerDataKind). */
const askedKinds = new Set<BuyerDataKind>(['nameWord', 'place', 'titledName']);

/**
 * Overlapping spans merged into one, of the kind the plan refuses where one of them is: "Dr.
 * Raghunathan" is a title (asked) over a buyer's surname (refused).
 */
function mergeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (askedKinds.has(last.kind) && !askedKinds.has(span.kind)) last.kind = span.kind;
    } else merged.push({ ...span });
  }
  return merged;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** A title and a name the sheets hold ("Dr. Raghunathan"): the buyer's, not a brand's. */
function titledKnown(spans: TextSpan[], known: TextSpan[]): TextSpan[] {
  return spans.map((span) =>
    span.kind === 'titledName' && known.some((k) => k.start < span.end && span.start < k.end)
      ? { ...span, kind: 'identifier' }
      : span,
  );
}

function spansIn(text: string, known: KnownValueIndex): TextSpan[] {
  // Cheap exit for IDs, SKUs, numbers and dates: buyer data has a letter, @ or a digit group.
  if (text.length < 3) return [];
  const folded = foldText(text);
  const plain = folded.text;
  const masked = maskSellerData(plain);
  // Every pattern needs a letter or digit left after masking, or an @: order IDs, dates and
  // amounts alone (most of a payload's strings) hold no buyer data.
  if (!letterOrDigit.test(masked) && !plain.includes('@')) return [];
  const knownSpans = knownValueSpans(masked, known);
  const found = [
    ...emailSpans(plain),
    ...shapeSpans(masked),
    ...titledKnown(buyerNameMentions(masked), knownSpans),
    ...knownSpans,
  ];
  const spans = mergeSpans([...found, ...bareNumberSpans(masked, found, known)]);
  const from = folded.from;
  if (from === null) return spans;
  return spans.map((span) => {
    const [start, end] = from(span.start, span.end);
    return { ...span, start, end };
  });
}

/**
 * A redactor for the buyer values of the report sheets (`buyerValuesOf` of each sheet); with none
 * (no report with buyer columns) it still blanks what the patterns recognise.
 */
export function createRedactor(
  buyerValues: readonly string[] = [],
  buyerPlaces: readonly string[] = [],
): Redactor {
  const known = indexKnownValues(buyerValues, buyerPlaces);
  // A payload repeats its texts (a product name per order, a defect per row): each is looked at once.
  const redacted = new Map<string, string>();
  const redact = (text: string): string => {
    const done = redacted.get(text);
    if (done !== undefined) return done;
    const spans = spansIn(text, known);
    let out = text;
    if (spans.length > 0) {
      out = '';
      let at = 0;
      for (const span of spans) {
        out += text.slice(at, span.start) + redactedMarker;
        at = span.end;
      }
      out += text.slice(at);
    }
    out = withoutInvisible(out);
    redacted.set(text, out);
    return out;
  };
  const redactDeep = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return value.map(redactDeep);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item);
      return out;
    }
    return value;
  };
  return {
    find: (text) =>
      spansIn(text, known).map((span) => ({
        kind: span.kind,
        text: text.slice(span.start, span.end),
      })),
    redact,
    redactDeep: <T>(value: T) => redactDeep(value) as T,
  };
}

const labels: Record<BuyerDataKind, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  postcode: 'a postcode',
  address: 'a street address',
  name: "a buyer's name",
  identifier: 'a name or contact detail from your report sheets',
  nameWord: "a word that is also a buyer's name or town in your report sheets",
  titledName: 'a name after a title (Mr., Dr.)',
  place: "a town or state that a buyer's address in your report sheets also names",
};

/** How a kind of buyer data reads in a message (which never quotes it). */
export function buyerDataLabel(kind: BuyerDataKind): string {
  return labels[kind];
}
