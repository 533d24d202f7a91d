/**
 * Shares written in words: "all late orders were UPS", "most late shipments went with FedEx",
 * "half of the late orders were FedEx", "none of the late shipments went with UPS", "no Saturday
 * orders shipped late". Each names a group of the findings (a carrier, a weekday, a SKU…) and
 * says how much of the defects it holds, or how many of its orders were defects: the review
 * checks that against the finding. Only a sentence the figures can settle is flagged: a clause
 * narrowed to a time, a negation or an exception ("since the move", "not all", "other than") is
 * the seller's own account and is left alone.
 */
import type { Finding } from '../analysis/findings-types';
import { namesGroup, type Subject } from './claim-words';

/** What `claims.ts` knows of one sentence, as this check reads it. */
export interface ShareSentence {
  /** Lower case, spelled-out numbers as digits. */
  text: string;
  original(start: number, end: number): string;
  clauseStart(offset: number): number;
  subjectAt(offset: number): { subject: Subject; verb: boolean; end: number } | null;
}

/**
 * The findings a share may be about: the groups of the subject's metric that the clause around
 * `at` names; null when the notice's figures do not settle the subject (another metric, another
 * window than the findings were counted over).
 */
export type NamedGroups = (subject: Subject, at: number) => Finding[] | null;

/** A share in words, and the shares it allows. */
interface ShareWord {
  pattern: string;
  holds: (share: number) => boolean;
}

/** Fractions in words are read loosely: "half" is 40% to 60%, never 31%. */
const near = (fraction: number) => (share: number) => Math.abs(share - fraction) <= 0.1 + 1e-9;

const shareWords: readonly ShareWord[] = [
  {
    pattern: '(?:almost|nearly|virtually|practically)\\s+(?:all|every|each)',
    holds: (s) => s >= 0.75,
  },
  { pattern: '(?:all|every|each)', holds: (s) => s === 1 },
  { pattern: '(?:almost|nearly|virtually)\\s+none', holds: (s) => s <= 0.25 },
  { pattern: '(?:none|no)', holds: (s) => s === 0 },
  {
    pattern: '(?:most|the\\s+(?:vast\\s+)?majority|the\\s+bulk)',
    holds: (s) => s > 0.5,
  },
  {
    pattern: '(?:almost|nearly|about|around|roughly)\\s+(?:half|1\\s+half)',
    holds: (s) => s >= 0.35 && s <= 0.6,
  },
  { pattern: '(?:half|1\\s+half)', holds: near(1 / 2) },
  { pattern: '(?:2\\s+thirds)', holds: near(2 / 3) },
  { pattern: '(?:3\\s+quarters)', holds: near(3 / 4) },
  { pattern: '(?:a|1)\\s+third', holds: near(1 / 3) },
  { pattern: '(?:a|1)\\s+quarter', holds: near(1 / 4) },
];

/**
 * Words in the clause that narrow the share to a time or a part, undo it or make it a wish: the
 * figures count the whole window, so such a share is the seller's to state.
 */
const narrowed =
  /(?<![\p{L}])(?:since|after|before|until|once|when|whenever|if|unless|except|excluding|apart\s+from|other\s+than|besides|but|not|n't|never|only|now|today|yesterday|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|between|during|ensure|make\s+sure|will|should|must)(?![\p{L}])/u;

/** Where a clause ends: the same breaks `claims.ts` splits clauses at. */
const clauseEnd = /;|:\s|\.\s|\s[-–—]\s|,\s+(?=(?:so|and|but|because|which|while|whereas)\s)/;

let quantifiers: { word: ShareWord; regex: RegExp }[] | undefined;

/** The shares in words of one sentence that its findings contradict. */
export function wordShareProblems(
  sentence: ShareSentence,
  groupsNamed: NamedGroups,
): { text: string; message: string }[] {
  quantifiers ??= shareWords.map((word) => ({
    word,
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?<!(?:almost|nearly|virtually|practically|about|around|roughly)\\s+)${word.pattern}(?:\\s+of)?(?:\\s+(?:our|the|these|those|my))?(?=\\s)`,
      'gu',
    ),
  }));
  const { text } = sentence;
  const problems: { text: string; message: string }[] = [];
  const taken: [number, number][] = [];
  for (const { word, regex } of quantifiers) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const subject = sentence.subjectAt(end);
      if (!subject || subject.subject === 'orders') continue;
      const clauseFrom = sentence.clauseStart(start);
      const rest = text.slice(subject.end);
      const restEnd = rest.search(clauseEnd);
      const clauseRest = restEnd < 0 ? rest : rest.slice(0, restEnd);
      const groups = groupsNamed(subject.subject, start);
      if (!groups || groups.length === 0) continue;
      // A group's own words ("Item not received") narrow nothing.
      let words = clauseRest;
      for (const f of groups) words = words.split(f.key.toLowerCase()).join(' ');
      if (narrowed.test(text.slice(clauseFrom, start)) || narrowed.test(words)) continue;
      const inSubject = (f: Finding) => namesGroup(text.slice(end, subject.end), f.key);
      // "No Saturday orders shipped late": the group is in the subject, and the share is of its
      // orders. "All late orders were UPS": the group follows, and the share is of the defects.
      const ofOrders = subject.verb;
      const about = groups.filter((f) => inSubject(f) === ofOrders);
      if (about.length === 0 || (!ofOrders && groups.some(inSubject))) continue;
      if (!ofOrders && !about.some((f) => namesGroup(clauseRest, f.key))) continue;
      taken.push([start, subject.end]);
      if (contradicts(word, about, ofOrders)) {
        const written = sentence
          .original(start, subject.end + clauseRest.length)
          .trim()
          .replace(/[.!?,]+$/, '');
        const shown = about.map((f) => `"${f.summary.replace(/\.$/, '')}"`).slice(0, 3);
        problems.push({
          text: written,
          message: `You wrote "${written}", but your data has ${shown.join(', and ')}. Correct the wording, or say which part of the data you mean.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Whether no reading of the named groups fits the share: groups of one dimension add up ("UPS or
 * FedEx" carried their late shipments together), and any dimension that fits settles it ("UPS"
 * names a carrier and a ship service). A share of a group's orders ("no UPS orders shipped late")
 * must fit each group named; a group whose orders are not counted settles nothing.
 */
function contradicts(word: ShareWord, named: readonly Finding[], ofOrders: boolean): boolean {
  const byDimension = new Map<string, Finding[]>();
  for (const f of named) byDimension.set(f.dimension, [...(byDimension.get(f.dimension) ?? []), f]);
  for (const groups of byDimension.values()) {
    if (ofOrders) {
      if (groups.every((f) => f.rate === null || word.holds(f.rate))) return false;
    } else {
      const share = groups.reduce((sum, f) => sum + f.share, 0);
      if (word.holds(Math.min(1, share))) return false;
    }
  }
  return true;
}
