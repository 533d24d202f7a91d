/**
 * What a report's words mean for the metrics: order statuses, fulfilment channels, defect types,
 * and which claims, chargebacks and feedback count toward ODR.
 */
import { flag } from './cells';
import type { Channel, DefectType, OrderStatus } from './types';

/** Lower case without spaces, hyphens or underscores: `Shipped - Delivered to Buyer` → `shippeddeliveredtobuyer`. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Order and item statuses [reference 3.1]. The SP-API spells `Canceled`, flat files `Cancelled`.
 * - Every `Shipped - …` Easy Ship sub-status (delivered, returned, lost …) is Shipped: the seller
 *   did ship it. `InvoiceUnconfirmed` (all items shipped, invoice not confirmed) and the help
 *   table's `Complete` are Shipped too.
 * - `Pending` and `PendingAvailability` (pre-orders) are Pending: payment is not yet authorised,
 *   and a buyer cancelling a pending order does not count as a seller cancellation [reference 1.3].
 * - `Unshipped`, `Shipping` (Amazon.in: being prepared) and `Pending - Waiting for Pick Up` (Easy
 *   Ship: paid, label bought, waiting for the carrier) are Unshipped: the seller still owes a
 *   shipment, so these can still become late or seller-cancelled.
 * - `PartiallyShipped` / `Partially Shipped` stay PartiallyShipped.
 * - Any status that starts with "cancel" (`Canceled by seller`, `Cancelled - by buyer`) is
 *   Cancelled: who asked is the `is-buyer-requested-cancelation` column's to say.
 * - `Unfulfillable` (AFN orders of non-Amazon sites, reference 3.1) is Other.
 * - Anything else is no status we know (undefined): a typo (`Cancled`) or a formula read as one
 *   of these would move the cancel rate and ODR without a word, so the reader refuses the cell.
 */
export function orderStatusOf(text: string): OrderStatus | undefined {
  // Most rows say one of these exactly; the rest are few distinct texts, looked up once each.
  switch (text) {
    case 'Shipped':
      return 'Shipped';
    case 'Pending':
      return 'Pending';
    case 'Unshipped':
      return 'Unshipped';
    case 'Cancelled':
    case 'Canceled':
      return 'Cancelled';
  }
  statusCache ??= new Map();
  if (statusCache.has(text)) return statusCache.get(text);
  const status = statusOfSqueezed(squeeze(text));
  if (statusCache.size < 1000) statusCache.set(text, status);
  return status;
}

let statusCache: Map<string, OrderStatus | undefined> | undefined;

function statusOfSqueezed(key: string): OrderStatus | undefined {
  if (key.startsWith('shipped')) return 'Shipped';
  if (key.startsWith('cancel')) return 'Cancelled';
  switch (key) {
    case 'pending':
    case 'pendingavailability':
      return 'Pending';
    case 'unshipped':
    case 'shipping':
    case 'pendingwaitingforpickup':
      return 'Unshipped';
    case 'partiallyshipped':
      return 'PartiallyShipped';
    case 'invoiceunconfirmed':
    case 'complete':
    case 'completed':
      return 'Shipped';
    case 'unfulfillable':
      return 'Other';
    default:
      return undefined;
  }
}

/**
 * `fulfillment-channel`: the help tables say AFN/MFN, real files say Amazon/Merchant
 * [reference 0.7, 3.1]. Undefined when the value is neither.
 */
export function channelOf(text: string): Channel | undefined {
  if (text === 'Amazon' || text === 'AFN') return 'AFN';
  if (text === 'Merchant' || text === 'MFN') return 'MFN';
  switch (squeeze(text)) {
    case 'amazon':
    case 'afn':
    case 'fba':
    case 'fulfilledbyamazon':
    case 'amazonfulfilled':
      return 'AFN';
    case 'merchant':
    case 'mfn':
    case 'seller':
    case 'fbm':
    case 'fulfilledbymerchant':
    case 'fulfilledbyseller':
    case 'merchantfulfilled':
    case 'sellerfulfilled':
      return 'MFN';
    default:
      return undefined;
  }
}

/**
 * The defect types an Account Health ODR download names for a row [reference 3.6]: negative
 * feedback, an A-to-z (Guarantee) claim, a chargeback. Several in one cell give several records.
 */
export function defectTypesOf(text: string): DefectType[] {
  const key = squeeze(text);
  const types: DefectType[] = [];
  if (key.includes('feedback')) types.push('negativeFeedback');
  if (key.includes('claim') || key.includes('atoz')) types.push('claim');
  if (key.includes('chargeback')) types.push('chargeback');
  return types;
}

/**
 * Whether an A-to-z claim counts toward ODR, from its status and decision text [reference 1.1]:
 * - not when the seller won it on appeal ("An appealed claim that the seller wins no longer
 *   affects ODR", AMZ-HELP 27951);
 * - not when denied or decided in the seller's favour;
 * - not when withdrawn before a decision; it does count when withdrawn after Amazon granted it or
 *   after a refund, when the status or decision column says so (see `withdrawnAfterDecision`);
 * - not when Buy Shipping "Claims Protected" it (Amazon pays; AMZ-HELP forum);
 * - otherwise it counts: pending, under review, granted, seller- or Amazon-funded, refunded.
 */
export function claimCounts(statusText: string): boolean {
  const raw = statusText.toLowerCase();
  const text = markNegations(raw);
  if (/\bappeal/.test(text)) {
    return (
      !/\b(won|granted|accepted|approved|upheld|overturned|reversed|successful)\b/.test(text) &&
      !forTheSeller.test(text)
    );
  }
  if (/\b(denied|declined|rejected|not_(granted|approved|accepted|upheld))\b/.test(text))
    return false;
  if (forTheSeller.test(text)) return false;
  if (/withdr(?:awn|ew)/.test(text)) return withdrawnAfterDecision(raw);
  if (/\bprotected\b/.test(text) && !/\bun\s*protected\b/.test(text)) return false;
  return true;
}

/**
 * A decision for the seller, in the word orders sellers' lists use: "in your favour", "in the
 * seller's favor", "in favour of the seller". Not when negated ("not in the seller's favour":
 * `markNegations` has made that `not_in …`, which the leading \b refuses).
 */
const forTheSeller =
  /\bin (your|(the )?sellers?['’]?s?) favou?r|\bin favou?r of (you|(the )?sellers?)\b|\b(seller|you) (won|prevailed)\b/;

/**
 * Joins a negation to the word it negates, so "Not granted" reads `not_granted` and no longer
 * matches `granted`, and "Not denied" no longer matches `denied`: a claim not granted does not
 * count, a chargeback not reversed does; "never reversed" and "cannot be reversed" read the same
 * way. "Not yet granted" is no decision: it reads as pending, and a pending claim counts.
 */
function markNegations(text: string): string {
  return (
    text
      // "Not yet granted", "not granted yet": no decision yet, so the case is pending (it counts).
      .replace(
        /\b(?:not|(?:is|was|has|have|had)n['’]?t)\s+(?:been\s+)?yet\s+\w+|\bnot\s+\w+\s+yet\b/g,
        'pending',
      )
      .replace(
        /\b(?:not|never|no longer|cannot|can['’]t|won['’]t|(?:is|was|has|have|had|did|does|were)n['’]?t)\s+(?:(?:been|be|being)\s+)*(\w)/g,
        'not_$1',
      )
  );
}

/**
 * A withdrawn claim counts when it was withdrawn after Amazon granted it or after a refund, and
 * only then [3P clone of the older Amazon ODR page, reference 1.1: "withdrawn after a grant or
 * refund" counts, "withdrawn before a decision" does not]. The values read are the claim's status
 * and decision columns joined ("Withdrawn / Granted"): the text must name the grant, refund or
 * reimbursement ("Withdrawn after refund", "Withdrawn / Granted: Amazon funded"), and not deny it
 * ("Withdrawn (not granted)", "Withdrawn before refund"). A bare "Withdrawn" says nothing of a
 * decision, so it is taken as withdrawn before one.
 */
function withdrawnAfterDecision(text: string): boolean {
  const decided = /grant|refund|reimburs|funded/;
  const denied =
    /\b(before|prior to|not|no|without)\W+(\w+\W+)?(grant|refund|reimburs|decision|fund)/;
  return decided.test(text) && !denied.test(text);
}

/**
 * Whether a chargeback counts toward ODR [reference 1.1]: only service chargebacks do. Not when the
 * reason or type says fraud (or an unauthorised card), nor when the status says it was reversed,
 * won, or represented successfully. A negated word is read as negated: "Not reversed" counts, and
 * "Unsuccessful representment" is not a success.
 */
export function chargebackCounts(statusText: string, reasonText: string): boolean {
  if (/fraud|unauthori[sz]ed/.test(reasonText.toLowerCase())) return false;
  const status = markNegations(statusText.toLowerCase());
  // "Buyer won the dispute": the chargeback stands.
  const lost = /\b(buyer|cardholder|customer|bank|issuer)s?\s+won\b/.test(status);
  if (/\breversed\b/.test(status) || (!lost && /\bwon\b/.test(status))) return false;
  if (forTheSeller.test(status)) return false;
  return !/\brepresent\w*\W+success|\bsuccess\w*\W+represent/.test(status);
}

/**
 * A status a seller's claims or chargebacks list, or a feedback status column, may hold: one that
 * names a state the add-on reads. A typo (`Dneied`, `Reversd`, `Remvoed`) would otherwise count
 * as a defect, or as feedback that stands, and move ODR without a word, so the reader refuses a
 * status with none of these words, and a formula read as text (`=HYPERLINK(…)`) whatever it says.
 * A blank status is allowed: a claim or chargeback without one counts, as a pending one does.
 */
function namesAState(text: string, words: RegExp): boolean {
  return !text.trimStart().startsWith('=') && words.test(text.toLowerCase());
}

/**
 * Words that name a state of a case: a claim, a chargeback, its appeal or representment, its
 * decision, or a removal request of feedback. Which states count toward ODR is `claimCounts`',
 * `chargebackCounts`' and `feedbackRemoved`'s to say; these words only tell a status from a typo.
 * English only: a list kept in another language is refused, not read as pending.
 */
const caseStateWords =
  /\b(pending|open|opened|reopened|new|filed|submitted|received|active|action|required|progress|hold|review\w*|investigat\w*|awaiting|waiting|respon\w*|escalated|expired|disputed?|contested|represent\w*|granted?|funded|refund\w*|reimburs\w*|paid|charged|debited|deducted|liable|denied|declined|rejected|dismissed|withdr[ae]wn?|withdraw\w*|appeal\w*|won|lost|overturned|reversed|accepted|approved|successful|unsuccessful|closed|resolved|done|decided|decision|favou?r|protected|complete[d]?|cancell?ed)\b/;

/** No status: blank, or a dash for one. */
function isBlankStatus(text: string): boolean {
  return text === '' || text === '-' || text === '—';
}

export const claimStatusExpected =
  'a claim status such as Pending, Under review, Granted, Denied, Withdrawn or Appealed';

export function claimStatusKnown(text: string): boolean {
  return isBlankStatus(text) || namesAState(text, caseStateWords);
}

export const chargebackStatusExpected =
  'a chargeback status such as Open, Under review, Represented, Reversed, Won, Lost or Closed';

export function chargebackStatusKnown(text: string): boolean {
  return isBlankStatus(text) || namesAState(text, caseStateWords);
}

/** What a feedback status says besides a case's states and TRUE/FALSE marks (see `feedbackRemoved`). */
const feedbackStateWords =
  /\b(removed?|removal|struck|stricken|strike|strikethrough|crossed|deleted|not|request|requested|contacted|live|visible|none|kept|current|published|eligible|ineligible|n\/?a)\b/;

export const feedbackStatusExpected =
  'a feedback status such as Removed, Struck through, Not removed or Active (or TRUE/FALSE, X)';

export function feedbackStatusKnown(text: string): boolean {
  return (
    isBlankStatus(text) ||
    flag(text) !== undefined ||
    namesAState(text, feedbackStateWords) ||
    namesAState(text, caseStateWords)
  );
}

/**
 * Whether a feedback status column says the rating no longer counts: removed by the buyer or
 * struck through by Amazon [reference 1.1]. A `Removed` column may hold TRUE/yes/X instead.
 */
export function feedbackRemoved(statusText: string): boolean {
  const asFlag = flag(statusText);
  if (asFlag !== undefined) return asFlag;
  const text = statusText.toLowerCase();
  if (/\b(not|never|denied|rejected|declined|pending|requested)\b/.test(text)) return false;
  return /\b(removed|struck|stricken|strike[\s-]?through|crossed out|deleted|withdrawn)\b/.test(
    text,
  );
}
