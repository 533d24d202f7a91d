/**
 * The words of claim checking (./claims.ts): what a count or rate is about ("late shipments",
 * "orders with a defect", "untracked packages"), the metric names, windows and the shapes of a
 * number and of "of 48", written as sellers write them.
 */
import type { MetricId } from '../metrics/types';

export type Subject =
  | 'late'
  | 'lateDelivery'
  | 'defect'
  | 'negativeFeedback'
  | 'claim'
  | 'chargeback'
  | 'cancellation'
  | 'invalidTracking'
  | 'orders';

/** "orders with SKU X", "orders placed on a Saturday", "UPS orders": a group between noun and verb. */
const group =
  '(?:\\s+(?:with|from|of|for|via|through|by|on|placed\\s+on|shipped\\s+(?:with|via|by))\\s+(?:a\\s+|the\\s+)?(?:sku\\s+|asin\\s+)?[\\p{L}\\p{N}-]+)?';
const items = '(?:orders?|shipments?|packages?|parcels?)';
/** A rate in brackets between noun and verb: "48 orders (7.6%) shipped late". */
const aside = '(?:\\s+\\([^)\\n]{1,20}\\))?';

/**
 * What follows a number, in the order tried. `verb`: "orders that shipped late" (a rate of those
 * orders when after "X% of"), as opposed to the defects themselves ("late shipments", a share).
 */
export const subjectPatterns: readonly { subject: Subject; verb: boolean; pattern: string }[] = [
  { subject: 'lateDelivery', verb: false, pattern: 'late\\s+deliver(?:y|ies)' },
  {
    subject: 'lateDelivery',
    verb: true,
    pattern: `${items}${group}${aside}\\s+(?:that\\s+)?(?:were\\s+|was\\s+)?(?:delivered|arrived)\\s+late`,
  },
  {
    subject: 'late',
    verb: false,
    pattern: '(?:late|delayed)\\s+(?:orders?|shipments?|dispatch(?:es)?|packages?|parcels?|ones)',
  },
  {
    subject: 'late',
    verb: true,
    pattern: `${items}${group}${aside}\\s+(?:that\\s+|which\\s+|we\\s+)?(?:(?:were|was)\\s+)?(?:(?:shipped|dispatched|sent|confirmed|went\\s+out)\\s+)?late`,
  },
  {
    subject: 'invalidTracking',
    verb: false,
    pattern: `invalid\\s+tracking(?:\\s+numbers?)?|untracked\\s+${items}`,
  },
  {
    subject: 'invalidTracking',
    verb: true,
    pattern: `${items}\\s+(?:without|with\\s+no|with\\s+invalid|missing|lacking|lacked|(?:had|have|has)\\s+(?:no|not|invalid|not\\s+a|not\\s+any))\\s+(?:valid\\s+)?tracking`,
  },
  {
    subject: 'negativeFeedback',
    verb: false,
    pattern: '(?:negative|bad|poor)\\s+(?:feedbacks?|ratings?|reviews?)',
  },
  { subject: 'negativeFeedback', verb: true, pattern: 'orders?\\s+with\\s+negative\\s+feedback' },
  {
    subject: 'claim',
    verb: false,
    pattern: '(?:a-to-z|a-z|a\\s+to\\s+z)(?:\\s+guarantee)?\\s+claims?|claims?(?![\\p{L}])',
  },
  { subject: 'claim', verb: true, pattern: 'orders?\\s+with\\s+an?\\s+(?:a-to-z\\s+)?claim' },
  // "8 buyers filed A-to-z claims", "3 customers left negative feedback": one defect per buyer.
  {
    subject: 'claim',
    verb: false,
    pattern:
      '(?:buyers?|customers?)\\s+(?:filed|opened|raised|made|submitted)\\s+(?:an?\\s+)?(?:a-to-z|a-z|a\\s+to\\s+z)(?:\\s+guarantee)?\\s+claims?',
  },
  {
    subject: 'negativeFeedback',
    verb: false,
    pattern:
      '(?:buyers?|customers?)\\s+(?:left|gave|posted)\\s+(?:us\\s+)?(?:a\\s+)?(?:negative|bad|poor)\\s+(?:feedbacks?|ratings?)',
  },
  {
    subject: 'chargeback',
    verb: false,
    pattern:
      '(?:buyers?|customers?)\\s+(?:filed|opened|raised|requested)\\s+(?:a\\s+)?charge-?backs?',
  },
  { subject: 'chargeback', verb: false, pattern: 'charge-?backs?' },
  { subject: 'chargeback', verb: true, pattern: 'orders?\\s+with\\s+a\\s+charge-?back' },
  {
    subject: 'cancellation',
    verb: false,
    pattern: '(?:seller\\s+)?cancell?ations?|cancell?ed\\s+orders?',
  },
  {
    subject: 'cancellation',
    verb: true,
    pattern: `orders?${group}${aside}\\s+(?:that\\s+|which\\s+)?(?:were\\s+|was\\s+|we\\s+)?(?:had\\s+to\\s+)?cancel(?:l?ed)?`,
  },
  {
    subject: 'defect',
    verb: false,
    pattern: '(?:order\\s+)?defects?(?![\\p{L}])|defective\\s+orders?',
  },
  // "5 orders arrived damaged": the feedback theme's finding, when the sentence names it.
  {
    subject: 'defect',
    verb: false,
    pattern: `damaged\\s+(?:orders?|items?|deliveries|packages?|parcels?)|(?:${items}|items?|deliveries)\\s+(?:that\\s+)?(?:arrived|were|was)\\s+(?:delivered\\s+)?(?:damaged|broken)`,
  },
  {
    subject: 'defect',
    verb: true,
    pattern: 'orders?\\s+(?:with|that\\s+had|had)\\s+(?:a\\s+|an\\s+)?(?:order\\s+)?defects?',
  },
  { subject: 'orders', verb: false, pattern: 'orders?(?![\\p{L}])' },
];

const fulfilled = '(?:seller-fulfilled\\s+|merchant-fulfilled\\s+|mfn\\s+|fbm\\s+)?';
const sent = '(?:shipped|dispatched|sent|confirmed|went\\s+out|left)';
const every = `(?:all|every|each)\\s+(?:of\\s+)?(?:our\\s+|the\\s+)?${fulfilled}${items}`;
const noItems = `(?:none\\s+of\\s+(?:our|the|these)\\s+${fulfilled}${items}|no\\s+${fulfilled}${items}|not\\s+a\\s+single\\s+${items})`;
const hadNo = '(?:(?:we\\s+)?(?:had|saw|recorded|got|received|made)|there\\s+(?:were|was))\\s+no';
const notAny = "(?:did\\s+not|didn't|never)";

/**
 * Sentences that say there were none ("all orders shipped on time", "we had no cancellations",
 * "we did not cancel any orders"): a claim of zero, checked like "0 late shipments". Only these
 * plain forms: a group ("no UPS orders…") or a time ("…since the pickup moved") narrows the claim
 * to something the figures do not hold, and claims.ts leaves those alone.
 */
export const noneClaims: readonly { subject: Subject; pattern: string }[] = [
  { subject: 'late', pattern: `${every}\\s+(?:was\\s+|were\\s+|got\\s+)?${sent}\\s+on\\s+time` },
  { subject: 'late', pattern: `we\\s+(?:shipped|dispatched|sent)\\s+${every}\\s+on\\s+time` },
  { subject: 'late', pattern: `${noItems}\\s+(?:was\\s+|were\\s+)?(?:${sent}\\s+)?late` },
  {
    subject: 'late',
    pattern: `${hadNo}\\s+late\\s+(?:shipments?|orders?|dispatch(?:es)?|packages?|parcels?)`,
  },
  {
    subject: 'late',
    pattern: `we\\s+(?:${notAny}\\s+(?:ship|dispatch|send)|never\\s+(?:shipped|dispatched|sent))\\s+(?:any|a\\s+single|an?)\\s+${items}\\s+late`,
  },
  {
    subject: 'lateDelivery',
    pattern: `${every}\\s+(?:was\\s+|were\\s+)?(?:delivered|arrived)\\s+on\\s+time`,
  },
  {
    subject: 'lateDelivery',
    pattern: `${noItems}\\s+(?:was\\s+|were\\s+)?(?:delivered|arrived)\\s+late|${hadNo}\\s+late\\s+deliver(?:y|ies)`,
  },
  {
    subject: 'cancellation',
    pattern: `${hadNo}\\s+(?:seller\\s+)?(?:cancell?ations?|cancell?ed\\s+orders?)`,
  },
  { subject: 'cancellation', pattern: `${noItems}\\s+(?:was|were|got)\\s+cancell?ed` },
  {
    subject: 'cancellation',
    pattern: `we\\s+(?:${notAny}\\s+cancel|never\\s+cancell?ed)\\s+(?:any|a\\s+single|an?)\\s+(?:orders?|ones?)|we\\s+cancell?ed\\s+no\\s+orders?`,
  },
  {
    subject: 'defect',
    pattern: `${hadNo}\\s+(?:order\\s+)?defects?|${noItems}\\s+had\\s+(?:a|an|any)\\s+(?:order\\s+)?defects?`,
  },
  { subject: 'claim', pattern: `${hadNo}\\s+(?:a-to-z\\s+(?:guarantee\\s+)?)?claims?` },
  { subject: 'chargeback', pattern: `${hadNo}\\s+charge-?backs?` },
  {
    subject: 'negativeFeedback',
    pattern: `${hadNo}\\s+(?:negative|bad)\\s+(?:feedbacks?|ratings?)`,
  },
  {
    subject: 'invalidTracking',
    pattern: `${every}\\s+(?:had|were\\s+shipped\\s+with|shipped\\s+with|went\\s+out\\s+with)\\s+(?:a\\s+)?valid\\s+tracking`,
  },
];

/** What may follow a claim of none in its clause: nothing, its window, or a new idea. */
export const afterNone =
  /^\s*(?:$|(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|most\s+recent)\s+\d+\s+days?\s*$|in\s+(?:that|this|the)\s+(?:window|period)\s*$|(?:because|as|and|so|which|while|yet|though|although)\s)/u;

/** Words before a claim of none in its clause that narrow or undo it ("since…", "not all"). */
export const beforeNone =
  /(?:^|[^\p{L}])(?:since|after|before|until|once|when|if|unless|so\s+that|ensure|make\s+sure|now|today|except|apart\s+from|other\s+than|besides|almost|nearly|not|virtually|practically|mostly)(?:[^\p{L}]|$)/u;

export const fillerWords = [
  'the',
  'our',
  'all',
  'these',
  'those',
  'total',
  'more',
  'other',
  'mfn',
  'fbm',
  'afn',
  'fba',
  'seller-fulfilled',
  'merchant-fulfilled',
  'self-fulfilled',
  'prime',
  'sku',
  'asin',
  'of',
];

export const metricNames: readonly { metric: MetricId; pattern: RegExp }[] = [
  { metric: 'lateShipmentRate', pattern: /\b(?:lsr|late[-\s]shipment\s+rate)\b/g },
  { metric: 'orderDefectRate', pattern: /\b(?:odr|order[-\s]defect\s+rate)\b/g },
  {
    metric: 'cancellationRate',
    pattern:
      /\b(?:cancell?ation\s+rate|cancel\s+rate|pre-?fulfil?l?ment\s+cancel(?:lation)?\s+rate)\b/g,
  },
  { metric: 'validTrackingRate', pattern: /\b(?:vtr|valid[-\s]tracking\s+rate)\b/g },
  { metric: 'onTimeDeliveryRate', pattern: /\b(?:otdr|on[-\s]time\s+delivery\s+rate)\b/g },
  { metric: 'negativeFeedbackRate', pattern: /\bnegative\s+feedback\s+rate\b/g },
  { metric: 'claimRate', pattern: /\b(?:a-to-z\s+)?claims?\s+rate\b/g },
  { metric: 'chargebackRate', pattern: /\bcharge-?back\s+rate\b/g },
];

export const targetWords =
  /\b(?:target|threshold|limit|requirement|goal|below|under|less\s+than)\b/;

export const windowPatterns = [
  /\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|most\s+recent)\s+(\d+)\s+days?\b/,
  /\b(\d+)[-\s]day\s+(?:window|period|rate|lsr|odr|late|cancel|order|figure|measure)/,
  /\bthe\s+(\d+)\s+days\s+(?:ending|to|up\s+to)\b/,
];

/**
 * A count or a rate: `1,234`, `8.9%`, and a rate with a decimal comma (`2,1 %`, as sellers of the
 * European marketplaces write it): a comma and one or two digits before `%` is no thousands
 * separator. Groups: whole part, decimals (after a point or such a comma), `%`.
 */
export const numberPattern =
  /(?<![\p{L}\p{N}_.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+)|,(\d{1,2})(?=\s*%))?(\s*%)?(?![\p{L}\p{N}_]|[.,:/-]\d)/gu;

/**
 * "12 shipped late", "20 were late" with no noun of its own: late shipments when the clause's lead
 * names orders.
 */
export const nounlessLate =
  /^\s+(?:(?:were|was)\s+(?:(?:shipped|dispatched|sent)\s+)?|(?:shipped|dispatched|went\s+out)\s+)late(?![\p{L}])(?!\s+(?:deliver|to\s+arrive|in\s+arriv|arriv))/u;

export const wholePattern =
  /^\s*(?:of|out\s+of)\s+(?:the\s+|our\s+|all\s+(?:of\s+)?(?:the\s+|our\s+)?|those\s+|these\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,:/-]\d)/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the text names a finding's group ("UPS", "Saturday", a SKU), as a word or plural. */
export function namesGroup(text: string, key: string): boolean {
  const k = key.toLowerCase().trim();
  if (k.length < 2) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(k)}s?(?![\\p{L}\\p{N}])`, 'u').test(text);
}
