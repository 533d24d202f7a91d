/**
 * Claim checking: a sentence that states a count or a rate about a metric or a finding ("we had 30
 * late orders", "our LSR was 12%", "9 of the 48 late shipments went with UPS", "in the last 45
 * days") is matched to THAT figure of the data and flagged when it differs beyond rounding. Any
 * other number (a date, a clock time, a stock or staff count, a year, a quantity of the seller's
 * own process) is the seller's fact, not a claim about the reports, and is left alone.
 */
import type { Finding } from '../analysis/findings-types';
import type { MetricId } from '../metrics/types';
import {
  type ClaimScope,
  defectFigures,
  type Figure,
  findingCountFigures,
  findingRateFigures,
  findingShareFigures,
  findingsOf,
  orderFigures,
  type PairFigure,
  pairFigures,
  rateFigures,
  resultsOf,
  targetFigures,
} from './claim-figures';
import {
  afterNone,
  beforeNone,
  escapeRegExp,
  fillerWords,
  metricNames,
  namesGroup,
  noneClaims,
  nounlessLate,
  numberPattern,
  type Subject,
  subjectPatterns,
  targetWords,
  wholePattern,
  windowPatterns,
} from './claim-words';
import { wordShareProblems } from './share-words';
import { withDigits } from './spelled-numbers';

/** A claim that differs from the data: where it is in the sentence, and what the data has. */
export interface ClaimProblem {
  /** The seller's words, as typed. */
  text: string;
  message: string;
}

/** The metric a subject's defects count toward, given the notice. */
function metricOfSubject(subject: Subject, notice: readonly MetricId[]): MetricId | null {
  const main = notice[0] ?? null;
  switch (subject) {
    case 'late':
      return main === 'onTimeDeliveryRate' ? 'onTimeDeliveryRate' : 'lateShipmentRate';
    case 'lateDelivery':
      return 'onTimeDeliveryRate';
    case 'defect':
      return main ?? 'orderDefectRate';
    case 'negativeFeedback':
      return 'negativeFeedbackRate';
    case 'claim':
      return 'claimRate';
    case 'chargeback':
      return 'chargebackRate';
    case 'cancellation':
      return 'cancellationRate';
    case 'invalidTracking':
      return 'validTrackingRate';
    case 'orders':
      return null;
  }
}

interface Sentence {
  /** Lower case, spelled-out numbers as digits. */
  text: string;
  original(start: number, end: number): string;
  /** Findings whose group (SKU, carrier, weekday…) the sentence names. */
  named: Finding[];
  /** Those named in the clause around a position: "UPS … ; 30 late orders" is not about UPS. */
  namedAt(offset: number): Finding[];
  windowDays: number | null;
  subjectAt: (offset: number) => { subject: Subject; verb: boolean; end: number } | null;
  /** Where the clause holding `offset` begins. */
  clauseStart(offset: number): number;
}

/** Where one clause ends and the next begins. */
const clauseBreaks = /;|:\s|\.\s|\s[-–—]\s|,\s+(?=(?:so|and|but|because|which|while|whereas)\s)/g;

function readSentence(source: string, scope: ClaimScope): Sentence {
  const digits = withDigits(source);
  const text = digits.text.toLowerCase();
  const named = scope.findings.filter((f) => namesGroup(text, f.key));
  let windowDays: number | null = null;
  for (const pattern of windowPatterns) {
    const m = pattern.exec(text);
    if (m) {
      windowDays = Number(m[1]);
      break;
    }
  }
  const keys = [...new Set(named.map((f) => escapeRegExp(f.key.toLowerCase())))];
  const filler = `(?:(?:${[...fillerWords, ...keys.map((k) => `${k}s?`)].join('|')})\\s+){0,3}`;
  const subjects = subjectPatterns.map((s) => ({
    ...s,
    regex: new RegExp(`^\\s*${filler}(?:${s.pattern})`, 'u'),
  }));
  const bounds = [0];
  for (const m of text.matchAll(clauseBreaks)) bounds.push(m.index);
  bounds.push(text.length);
  return {
    text,
    original: digits.original,
    named,
    namedAt(offset) {
      const end = bounds.find((b) => b > offset) ?? text.length;
      const start = bounds.filter((b) => b <= offset).pop() ?? 0;
      const clause = text.slice(start, end);
      return named.filter((f) => namesGroup(clause, f.key));
    },
    windowDays,
    clauseStart(offset) {
      return bounds.filter((b) => b <= offset).pop() ?? 0;
    },
    subjectAt(offset) {
      const rest = text.slice(offset);
      for (const s of subjects) {
        const m = s.regex.exec(rest);
        if (m) return { subject: s.subject, verb: s.verb, end: offset + m[0].length };
      }
      return null;
    },
  };
}

type Comparison = 'about' | 'over' | 'under' | 'exact';

function comparisonBefore(text: string, at: number): Comparison {
  const before = text.slice(Math.max(0, at - 24), at);
  if (/(?:about|around|roughly|approximately|nearly|almost|close\s+to|some|~)\s*$/.test(before)) {
    return 'about';
  }
  if (/(?:over|above|more\s+than|at\s+least|exceeded|exceeding)\s*$/.test(before)) return 'over';
  if (/(?:under|below|less\s+than|fewer\s+than|at\s+most|up\s+to)\s*$/.test(before)) {
    return 'under';
  }
  return 'exact';
}

/** Whether a written value matches a figure, within the rounding the seller wrote it with. */
function matches(written: number, decimals: number, how: Comparison, truth: number): boolean {
  const scale = 10 ** decimals;
  // Rounded half up, as the findings print them (12.5% is "13%", never "12%").
  const rounded = Math.round(truth * scale + 1e-9) / scale;
  switch (how) {
    case 'exact':
      return Math.abs(written - rounded) < 1e-9;
    case 'about':
      return Math.abs(written - truth) <= Math.max(1 / scale, Math.abs(truth) * 0.1) + 1e-9;
    case 'over':
      return rounded >= written;
    case 'under':
      return rounded <= written;
  }
}

function problem(sentence: Sentence, start: number, end: number, figures: Figure[]): ClaimProblem {
  const text = sentence.original(start, end).trim();
  const shown = [...new Set(figures.map((f) => f.words))].slice(0, 2);
  return {
    text,
    message: `You wrote "${text}", but your data has ${shown.join(', and ')}. Correct the figure, or say which part of the data you mean.`,
  };
}

interface Claimed {
  start: number;
  end: number;
  value: number;
  decimals: number;
  how: Comparison;
}

function checkAgainst(
  sentence: Sentence,
  claim: Claimed,
  accepted: Figure[],
  shown: Figure[],
): ClaimProblem | null {
  if (accepted.length === 0) return null;
  if (accepted.some((f) => matches(claim.value, claim.decimals, claim.how, f.value))) return null;
  return problem(sentence, claim.start, claim.end, shown.length > 0 ? shown : accepted);
}

/** The figures of a subject: the metric's and, when the sentence names a group, the group's. */
function subjectScope(
  sentence: Sentence,
  scope: ClaimScope,
  subject: Subject,
  at: number,
): { metrics: MetricId[]; named: Finding[]; all: Finding[] } {
  const metric = metricOfSubject(subject, scope.noticeMetrics);
  const metrics = metric ? [metric] : [...scope.noticeMetrics];
  // A performance notice's plan is checked on its own metrics; other counts are the seller's.
  if (metric && scope.noticeMetrics.length > 0 && !scope.noticeMetrics.includes(metric)) {
    return { metrics: [], named: [], all: [] };
  }
  const all = metrics.flatMap((m) => findingsOf(scope, m));
  const named = sentence.namedAt(at).filter((f) => metrics.includes(f.metric));
  return { metrics, named, all };
}

/**
 * The groups a share in words may be about (see share-words.ts): those of the subject's metric
 * the clause names, when the sentence's window is the one the findings were counted over.
 */
function groupsNamed(
  sentence: Sentence,
  scope: ClaimScope,
  subject: Subject,
  at: number,
): Finding[] | null {
  const { metrics, named } = subjectScope(sentence, scope, subject, at);
  if (metrics.length === 0) return null;
  const longest = Math.max(...resultsFor(scope, metrics, null).map((r) => r.windowDays));
  if (sentence.windowDays !== null && sentence.windowDays !== longest) return null;
  return named;
}

function resultsFor(scope: ClaimScope, metrics: readonly MetricId[], windowDays: number | null) {
  return metrics.flatMap((m) => resultsOf(scope, m, windowDays));
}

function checkPair(
  sentence: Sentence,
  scope: ClaimScope,
  part: Claimed,
  whole: Claimed,
  subject: Subject,
): { problem: ClaimProblem | null; pairs: PairFigure[] } {
  const { metrics, named, all } = subjectScope(sentence, scope, subject, part.start);
  const results = resultsFor(scope, metrics, sentence.windowDays);
  const pairs = pairFigures(scope, results, named.length > 0 ? named : all);
  if (pairs.length === 0) return { problem: null, pairs };
  const ok = pairs.some(
    (p) => matches(part.value, 0, part.how, p.part) && matches(whole.value, 0, whole.how, p.whole),
  );
  if (ok) return { problem: null, pairs };
  const sameWhole = pairs.filter((p) => p.whole === whole.value);
  const samePart = pairs.filter((p) => p.part === part.value);
  const shown = (sameWhole.length > 0 ? sameWhole : samePart.length > 0 ? samePart : pairs).map(
    (p) => ({ value: p.part, words: p.words }),
  );
  return { problem: problem(sentence, part.start, whole.end, shown), pairs };
}

function checkCount(
  sentence: Sentence,
  scope: ClaimScope,
  claim: Claimed,
  subject: Subject,
  /** "3 of the defects were on that SKU": a part of the defects, some group's count. */
  part = false,
  /** "ODR 1.9% (25 orders)": orders in brackets after a rate are its defective orders too. */
  afterRate = false,
): ClaimProblem | null {
  const { metrics, named, all } = subjectScope(sentence, scope, subject, claim.start);
  const results = resultsFor(scope, metrics, sentence.windowDays);
  if (subject === 'orders') {
    const accepted = [
      ...orderFigures(results),
      ...(afterRate ? defectFigures(results) : []),
      ...named.flatMap((f) =>
        f.orders === null ? [] : [{ value: f.orders, words: f.summary.replace(/\.$/, '') }],
      ),
    ];
    return checkAgainst(sentence, claim, accepted, accepted);
  }
  const totals = defectFigures(results);
  const groups = findingCountFigures(scope, part && named.length === 0 ? all : named);
  return checkAgainst(
    sentence,
    claim,
    [...totals, ...groups],
    named.length > 0 ? [...groups, ...totals] : totals,
  );
}

/** "1 in 40 orders shipped late": a rate written as a ratio; group 1 is the 40. */
const inEvery = /^\s+in\s+(?:every\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,:/-]\d)/u;

/** A ratio ("1 in 40 … shipped late") against the subject's rate, within a tenth of it. */
function checkRatio(
  sentence: Sentence,
  scope: ClaimScope,
  claim: Claimed,
  per: number,
  subject: Subject,
): ClaimProblem | null {
  if (per <= 0) return null;
  const { metrics, named } = subjectScope(sentence, scope, subject, claim.start);
  const rates = [
    ...findingRateFigures(scope, named),
    ...rateFigures(resultsFor(scope, metrics, sentence.windowDays)),
  ];
  const asRate: Claimed = { ...claim, value: (claim.value / per) * 100, decimals: 1, how: 'about' };
  return checkAgainst(sentence, asRate, rates, rates);
}

/** The last "part of whole" of a sentence, for the percentage in brackets after it. */
interface LastPair {
  part: number;
  whole: number;
  pairs: PairFigure[];
  /** Where its subject ends. */
  end: number;
}

function checkPercent(
  sentence: Sentence,
  scope: ClaimScope,
  claim: Claimed,
  lastPair: LastPair | null,
): ClaimProblem | null {
  const { text } = sentence;
  // "(18.8%)" right after "9 of the 48 late shipments": the ratio of that pair.
  if (
    lastPair &&
    /\(\s*$/.test(text.slice(0, claim.start)) &&
    !/[;.]/.test(text.slice(lastPair.end, claim.start))
  ) {
    const ratios: Figure[] = [
      { value: (lastPair.part / lastPair.whole) * 100, words: '' },
      ...lastPair.pairs.map((p) => ({ value: (p.part / p.whole) * 100, words: p.words })),
    ];
    const shown = ratios.filter((r) => r.words !== '');
    return checkAgainst(sentence, claim, ratios, shown);
  }
  // "Most late shipments (80%) went with USPS": the share of the group the clause names, or the
  // metric's rate ("late shipments (6.3%)").
  const bracketed = /\(\s*$/.test(text.slice(0, claim.start))
    ? subjectBefore(sentence, claim.start)
    : null;
  if (bracketed) {
    const { metrics, named, all } = subjectScope(sentence, scope, bracketed.subject, claim.start);
    const rates = rateFigures(resultsFor(scope, metrics, sentence.windowDays));
    const shares = findingShareFigures(scope, named.length > 0 ? named : all);
    return checkAgainst(sentence, claim, [...shares, ...rates], named.length > 0 ? shares : rates);
  }
  const after = text.slice(claim.end);
  const of = /^\s*of\s+/.exec(after);
  const subject = of ? sentence.subjectAt(claim.end + of[0].length) : null;
  if (subject && subject.subject !== 'orders') {
    const { metrics, named, all } = subjectScope(sentence, scope, subject.subject, claim.start);
    const groups = named.length > 0 ? named : all;
    if (subject.verb) {
      // "9.1% of USPS orders shipped late": that group's rate, or the metric's own.
      const rates = [
        ...findingRateFigures(scope, named),
        ...rateFigures(resultsFor(scope, metrics, sentence.windowDays)),
      ];
      return checkAgainst(sentence, claim, rates, rates);
    }
    const shares = findingShareFigures(scope, groups);
    return checkAgainst(sentence, claim, shares, findingShareFigures(scope, named));
  }
  const named = namedMetricRates(sentence, scope, claim.start);
  return named ? checkAgainst(sentence, claim, named.accepted, named.rates) : null;
}

/**
 * The rates of the metric named nearest a figure (and its targets, when the sentence speaks of
 * one): what "our LSR was 12%" may say. Null when the sentence names no metric.
 */
function namedMetricRates(
  sentence: Sentence,
  scope: ClaimScope,
  at: number,
): { accepted: Figure[]; rates: Figure[] } | null {
  const metric = nearestMetricName(sentence.text, at);
  if (metric === null) return null;
  const results = resultsOf(scope, metric, sentence.windowDays);
  const rates = rateFigures(results);
  const targets = targetWords.test(sentence.text) ? targetFigures(results) : [];
  return { accepted: [...rates, ...targets], rates };
}

function nearestMetricName(text: string, at: number): MetricId | null {
  let best: { metric: MetricId; distance: number } | null = null;
  for (const { metric, pattern } of metricNames) {
    for (const m of text.matchAll(pattern)) {
      const distance = Math.abs(m.index - at);
      if (best === null || distance < best.distance) best = { metric, distance };
    }
  }
  return best?.metric ?? null;
}

/** A window length stated next to a claim must be one the notice's metrics are measured over. */
function checkWindow(sentence: Sentence, scope: ClaimScope, metrics: Set<MetricId>) {
  if (sentence.windowDays === null || metrics.size === 0) return null;
  const results = scope.results.filter((r) => metrics.has(r.metric));
  if (results.length === 0 || results.some((r) => r.windowDays === sentence.windowDays)) {
    return null;
  }
  const days = String(sentence.windowDays);
  const start = sentence.text.search(new RegExp(`(?<!\\d)${days}(?!\\d)`));
  const end = start + days.length;
  const measured = [
    ...new Set(results.map((r) => `the ${r.windowDays} days ending ${r.windowEnd}`)),
  ];
  const text = sentence.original(start, end);
  return {
    text,
    message: `You wrote a window of ${text} days; your data measures ${results[0]?.label ?? 'this metric'} over ${measured.join(' and ')}. Use one of those windows.`,
  };
}

/** "cancelled the orders": the orders of a sentence about cancelling are its cancellations. */
const cancelledBefore = /cancel(?:l?ed)?\s+(?:the\s+|our\s+)?$/;

/**
 * "We shipped late on 12 orders", "missed the ship-by date for 12 orders": the orders of such a
 * clause are its late shipments; "delivered late on 12 orders" its late deliveries.
 */
const lateBefore =
  /(?:(?:shipped|dispatched|sent(?:\s+out)?|were|was|went\s+out)\s+late|missed\s+(?:the\s+)?(?:ship[-\s]?by|dispatch|handling|shipping)\s+(?:dates?|deadlines?|times?|windows?))\s+(?:on|for|with|in)\s+(?:the\s+|our\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|only\s+|just\s+)?$/;
const lateDeliveryBefore =
  /(?:delivered|arrived|were\s+delivered)\s+late\s+(?:on|for|with|in)\s+(?:the\s+|our\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|only\s+|just\s+)?$/;

/**
 * A metric's name and a link before a bare number ("our LSR was 0.12", "ODR: 1.9", "the LSR in
 * the last 30 days rose to 25"): the rate, written as a fraction or as a percentage without "%".
 */
const rateNamedBefore =
  /(?<![\p{L}])(?:lsr|late[-\s]shipment\s+rate|odr|order[-\s]defect\s+rate|cancell?ation\s+rate|cancel\s+rate|vtr|valid[-\s]tracking\s+rate|otdr|on[-\s]time\s+delivery\s+rate)(?:\s+(?:in|over|for|during)\s+the\s+(?:last|past|previous)\s+\d+\s+days)?\s*(?:(?:was|is|were|of|at|stood\s+at|(?:rose|climbed|increased|grew|jumped|went\s+up|fell|dropped|decreased|went\s+down|came)\s+to|reached|hit)\s+|[:=]\s*)(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|over\s+|above\s+|under\s+|below\s+)?$/u;

/** What may follow a rate written without "%": nothing, punctuation, or a new clause. */
const rateEnds =
  /^\s*(?:$|[^\p{L}\p{N}\s]|(?:and|but|because|so|which|while|when|after|before)(?![\p{L}]))/u;

/**
 * "Our LSR was 0.12": the rate the metric's name says, as a fraction (0.12 is 12%) or as a
 * percentage without its sign (12), either within the rounding written.
 */
function checkBareRate(sentence: Sentence, scope: ClaimScope, claim: Claimed): ClaimProblem | null {
  const { text } = sentence;
  if (!rateNamedBefore.test(text.slice(Math.max(0, claim.start - 90), claim.start))) return null;
  if (!rateEnds.test(text.slice(claim.end))) return null;
  const named = namedMetricRates(sentence, scope, claim.start);
  if (!named || named.accepted.length === 0) return null;
  const { accepted } = named;
  const asFraction = { ...claim, value: claim.value * 100, decimals: claim.decimals - 2 };
  if (accepted.some((f) => matches(asFraction.value, asFraction.decimals, claim.how, f.value))) {
    return null;
  }
  return checkAgainst(sentence, claim, accepted, named.rates);
}

/** Where the words that name a figure's subject lie before it, and how they are set off. */
interface Lead {
  start: number;
  end: number;
  /**
   * A label before a colon, a pair in brackets after its subject, "Of our late orders, 23 …", or
   * a verb of amount ("Late shipments rose to 12").
   */
  form: 'label' | 'bracket' | 'of' | 'amount';
}

/**
 * "Out of 40 orders, 12 shipped late": a count with no noun of its own, after a lead that names
 * orders or shipments ("Of our 5 warehouses, 2 shipped late" is about warehouses).
 */
function nounlessLateAt(
  sentence: Sentence,
  start: number,
  end: number,
): { subject: Subject; verb: boolean; end: number } | null {
  const late = nounlessLate.exec(sentence.text.slice(end));
  if (!late) return null;
  const lead = leadBefore(sentence, start);
  if (lead?.form !== 'of') return null;
  const named = sentence.text.slice(lead.start, lead.end);
  if (!/(?<![\p{L}])(?:orders?|shipments?|packages?|parcels?)(?![\p{L}])/u.test(named)) return null;
  return { subject: 'late', verb: true, end: end + late[0].length };
}

/** A word that links a figure to what follows without naming what it counts ("12 after …"). */
const followedByLink =
  /^\s+(?:after|in|since|during|between|when|because|and|but|over|by|last|this|from|on|at|before|as|while|with|once|until|for)(?![\p{L}])/iu;

/** How far before a colon or bracket a figure's subject is looked for, in characters. */
const leadReach = 80;

function leadBefore(sentence: Sentence, at: number): Lead | null {
  const head = sentence.text.slice(0, at);
  if (/:\s*$/.test(head)) {
    const end = head.lastIndexOf(':');
    return { start: sentence.clauseStart(Math.max(0, end - 1)), end, form: 'label' };
  }
  // "Late shipments rose to 12", "our cancellations totalled 9": the subject, then a verb of amount.
  const amount =
    /(?<![\p{L}])(?:(?:rose|climbed|increased|grew|jumped|went\s+up|fell|dropped|decreased|went\s+down|came)\s+to|reached|totall?ed|numbered|stood\s+at|hit|(?<be>(?:is|are|was|were)(?:\s+(?:only|just))?))\s*$/iu.exec(
      head,
    );
  if (amount) {
    // "Late shipments were 12." is a label's figure, standing alone ("the cut-off for late
    // shipments is 2 on weekdays" is a time); after "rose to" a link word may follow it.
    const form = amount.groups?.be ? 'label' : 'amount';
    return { start: sentence.clauseStart(amount.index), end: amount.index, form };
  }
  if (/\(\s*$/.test(head)) {
    const end = head.lastIndexOf('(');
    return { start: sentence.clauseStart(Math.max(0, end - 1)), end, form: 'bracket' };
  }
  // "Of our late orders, 23 …" opens its clause; "In the week of the late orders, 5 staff …"
  // is about something else. "Out of 619 orders 20 …" may leave out the comma.
  const of =
    /(?:^|[\s(])of\s+([^,;:()]{2,40}),\s*$/u.exec(head) ??
    /(?:^|[\s(])of\s+((?:our\s+|the\s+)?\d[\d,]*\s+(?:orders|shipments|packages|parcels))\s+$/u.exec(
      head,
    );
  if (of) {
    const named = of[1] ?? '';
    const end = of.index + of[0].lastIndexOf(named) + named.length;
    const start = end - named.length;
    const opens = /^(?:out)?$/.test(head.slice(sentence.clauseStart(of.index), of.index).trim());
    return opens ? { start, end, form: 'of' } : null;
  }
  return null;
}

/**
 * The subject a figure at `at` is about when none follows it: "Late shipments in the last 30 days:
 * 55", "we cancelled the orders we could not fill (7 of 164)", "Of our late orders, 23 went with
 * USPS". The first subject other than bare orders in the words before; null when there is none.
 */
function subjectBefore(sentence: Sentence, at: number): { subject: Subject; lead: Lead } | null {
  const lead = leadBefore(sentence, at);
  if (!lead) return null;
  const { text } = sentence;
  // The subject is near: "late shipments in the last 30 days:". Looking no further keeps a long
  // entry of many bracketed figures linear.
  for (let p = Math.max(lead.start, lead.end - leadReach); p < lead.end; p++) {
    if (p > lead.start && /[\p{L}\p{N}]/u.test(text[p - 1] ?? '')) continue;
    const found = sentence.subjectAt(p);
    if (!found || found.end > lead.end) continue;
    if (found.subject !== 'orders') return { subject: found.subject, lead };
    if (cancelledBefore.test(text.slice(Math.max(0, p - 30), p))) {
      return { subject: 'cancellation', lead };
    }
  }
  return null;
}

let nonePatterns: { subject: Subject; regex: RegExp }[] | undefined;

/** "All orders shipped on time", "we had no cancellations": zero, where the clause says no more. */
function noneProblems(sentence: Sentence, scope: ClaimScope, claimed: Set<MetricId>) {
  nonePatterns ??= noneClaims.map((c) => ({
    subject: c.subject,
    regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${c.pattern})(?![\\p{L}\\p{N}-])`, 'gu'),
  }));
  const { text } = sentence;
  const problems: ClaimProblem[] = [];
  for (const { subject, regex } of nonePatterns) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      const rest = text.slice(end);
      const clauseEnd = rest.search(clauseBreaks);
      if (beforeNone.test(text.slice(sentence.clauseStart(start), start))) continue;
      const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
      if (!afterNone.test(after.replace(/[.!?,]+\s*$/, ''))) continue;
      const metric = metricOfSubject(subject, scope.noticeMetrics);
      if (metric) claimed.add(metric);
      const zero: Claimed = { start, end, value: 0, decimals: 0, how: 'exact' };
      const found = checkCount(sentence, scope, zero, subject);
      if (found) problems.push(found);
    }
  }
  return problems;
}

/** Every claim in one sentence that differs from its figure. */
export function claimProblems(source: string, scope: ClaimScope): ClaimProblem[] {
  if (scope.results.length === 0) return [];
  const sentence = readSentence(source, scope);
  const { text } = sentence;
  const problems: ClaimProblem[] = [];
  const claimedMetrics = new Set<MetricId>();
  for (const { metric, pattern } of metricNames) {
    if (text.match(pattern)) claimedMetrics.add(metric);
  }
  const hasContext = claimedMetrics.size > 0 || sentence.windowDays !== null;
  let lastPair: LastPair | null = null;
  let skipUntil = -1;
  for (const m of text.matchAll(numberPattern)) {
    const start = m.index;
    if (start < skipUntil) continue;
    const end = start + m[0].length;
    const decimals = m[2] ?? m[3];
    const claim: Claimed = {
      start,
      end,
      value: Number((m[1] ?? '').replace(/,/g, '') + (decimals ? `.${decimals}` : '')),
      decimals: decimals?.length ?? 0,
      how: comparisonBefore(text, start),
    };
    if (m[4]) {
      const found = checkPercent(sentence, scope, claim, lastPair);
      if (found) problems.push(found);
      continue;
    }
    const ratio = inEvery.exec(text.slice(end));
    if (ratio) {
      const afterWhole = end + ratio[0].length;
      const subject = sentence.subjectAt(afterWhole);
      if (subject && subject.subject !== 'orders') {
        const metric = metricOfSubject(subject.subject, scope.noticeMetrics);
        if (metric) claimedMetrics.add(metric);
        const per = Number((ratio[1] ?? '').replace(/,/g, ''));
        const found = checkRatio(sentence, scope, claim, per, subject.subject);
        if (found) problems.push({ ...found, text: sentence.original(start, afterWhole).trim() });
        skipUntil = afterWhole;
        continue;
      }
    }
    const whole = wholePattern.exec(text.slice(end));
    if (whole) {
      const wholeStart = end + whole[0].length - (whole[1]?.length ?? 0);
      const wholeClaim: Claimed = {
        start: wholeStart,
        end: end + whole[0].length,
        value: Number((whole[1] ?? '').replace(/,/g, '')),
        decimals: 0,
        how: 'exact',
      };
      const after = sentence.subjectAt(wholeClaim.end);
      const before = after ? null : subjectBefore(sentence, start);
      const bracketed = before?.lead.form === 'bracket' ? before.subject : null;
      const subject = after ?? (bracketed ? { subject: bracketed, end: wholeClaim.end } : null);
      if (subject) {
        const metric = metricOfSubject(subject.subject, scope.noticeMetrics);
        if (metric) claimedMetrics.add(metric);
        const checked = checkPair(sentence, scope, claim, wholeClaim, subject.subject);
        if (checked.problem) problems.push(checked.problem);
        lastPair = {
          part: claim.value,
          whole: wholeClaim.value,
          pairs: checked.pairs,
          end: subject.end,
        };
        skipUntil = wholeClaim.end;
        continue;
      }
    }
    const before = text.slice(Math.max(0, start - 48), start);
    // "5 of our orders were late": the subject after "of our".
    const ofOur = /^\s*of\s+(?=(?:our|the|all|these|those)\s)/.exec(text.slice(end));
    let subject =
      sentence.subjectAt(end) ??
      (ofOur ? sentence.subjectAt(end + ofOur[0].length) : null) ??
      nounlessLateAt(sentence, start, end);
    if (subject?.subject === 'orders' && cancelledBefore.test(before)) {
      subject = { ...subject, subject: 'cancellation' };
    }
    if (subject?.subject === 'orders' && lateBefore.test(before)) {
      // "Deliveries were late for 5 orders" is about delivery, not shipping.
      const about = text.slice(sentence.clauseStart(start), start);
      const delivery = /deliver|arriv/.test(about);
      subject = { ...subject, subject: delivery ? 'lateDelivery' : 'late', verb: true };
    }
    if (subject?.subject === 'orders' && lateDeliveryBefore.test(before)) {
      subject = { ...subject, subject: 'lateDelivery', verb: true };
    }
    const lead = subject ? null : subjectBefore(sentence, start);
    // A label's figure stands alone: "…: 55, mostly weekend orders", never "…: 3 packers".
    const alone = /^\s*(?:[^\p{L}\p{N}\s]|$)/u.test(text.slice(end));
    // After a verb of amount, the figure is the subject's unless a noun of its own follows it
    // ("late orders were 12 hours late").
    const amountOf =
      lead?.lead.form === 'amount' && (alone || followedByLink.test(text.slice(end)));
    if (lead && (lead.lead.form === 'of' || (lead.lead.form === 'label' && alone) || amountOf)) {
      subject = { subject: lead.subject, verb: false, end };
    }
    if (!subject) {
      const found = checkBareRate(sentence, scope, claim);
      if (found) problems.push(found);
      continue;
    }
    if (subject.subject === 'orders' && !hasContext) continue;
    const metric = metricOfSubject(subject.subject, scope.noticeMetrics);
    if (metric) claimedMetrics.add(metric);
    // "3 of the defects were on that SKU" is a part; "only 5 of our orders were late" is the total.
    const part = /^\s*of\s/.test(text.slice(end)) && !(ofOur && subject.verb);
    const afterRate = /%\s*\(\s*$/.test(text.slice(0, start));
    const found = checkCount(
      sentence,
      scope,
      { ...claim, end: subject.end },
      subject.subject,
      part,
      afterRate,
    );
    if (found) problems.push(found);
  }
  problems.push(...noneProblems(sentence, scope, claimedMetrics));
  problems.push(
    ...wordShareProblems(sentence, (subject, at) => groupsNamed(sentence, scope, subject, at)),
  );
  for (const metric of scope.noticeMetrics) {
    if (claimedMetrics.size > 0) claimedMetrics.add(metric);
  }
  const window = checkWindow(sentence, scope, claimedMetrics);
  if (window) problems.push(window);
  return problems;
}
