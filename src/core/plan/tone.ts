/**
 * The tone of a plan as a Seller Performance reviewer reads it: calm, factual, responsible. Flags
 * emotional and threatening words, shouting in capitals, insults and blame (of Amazon, of a
 * carrier the seller chose, of buyers), promises without a date, and corrective actions written in
 * the future tense (they are what was already done).
 */

import {
  acronyms,
  blamePatterns,
  buyerBlamePatterns,
  emotionalWords,
  futurePattern,
  insultWords,
  promisePattern,
  threateningWords,
} from './tone-words';

export type ToneKind =
  | 'emotional'
  | 'threatening'
  | 'allCaps'
  | 'blame'
  | 'promiseWithoutDate'
  | 'futureTense';

export interface ToneFlag {
  kind: ToneKind;
  text: string;
  message: string;
}

interface TonePatterns {
  emotional: RegExp;
  threatening: RegExp;
  insult: RegExp;
  blame: RegExp;
  buyerBlame: RegExp;
}

let patterns: TonePatterns | undefined;

function wordsPattern(words: readonly string[]): string {
  const alternatives = words.map((w) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '\\s+')
      .replace(/'/g, "['’]"),
  );
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Built on first use, not at load. */
function tonePatterns(): TonePatterns {
  patterns ??= {
    // Several exclamation marks read as emotional too.
    emotional: new RegExp(`${wordsPattern(emotionalWords)}|!{2,}`, 'giu'),
    threatening: new RegExp(wordsPattern(threateningWords), 'giu'),
    insult: new RegExp(wordsPattern(insultWords), 'giu'),
    blame: new RegExp(
      `(?<![\\p{L}])(?:${blamePatterns.join('|')})(?![\\p{L}])`.replace(/'/g, "['’]"),
      'giu',
    ),
    buyerBlame: new RegExp(
      `(?<![\\p{L}])(?:${buyerBlamePatterns.join('|')})(?![\\p{L}])`.replace(/'/g, "['’]"),
      'giu',
    ),
  };
  return patterns;
}

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** Three or more words in capitals in a row, or a sentence mostly in capitals. */
function shouting(sentence: string): boolean {
  // Codes with digits (an ASIN, a SKU) are not words.
  const words = (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (w) => !/\d/.test(w),
  );
  const loud = words.map(
    (w) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase() && !acronyms.has(w),
  );
  let run = 0;
  for (const isLoud of loud) {
    run = isLoud ? run + 1 : 0;
    if (run >= 3) return true;
  }
  const counted = loud.filter(Boolean).length;
  return words.length >= 4 && counted / words.length > 0.6;
}

export interface ToneOptions {
  /** Corrective actions: what was done, so future tense is flagged. */
  pastTense: boolean;
  /** Whether a promise here needs a date (not in a measure, which has its own due date). */
  datedPromises: boolean;
  hasDate: (sentence: string) => boolean;
}

function threatens(sentence: string): boolean {
  // The pattern is global: test() moves its lastIndex, where the next matchAll would start.
  const { threatening } = tonePatterns();
  threatening.lastIndex = 0;
  const found = threatening.test(sentence);
  threatening.lastIndex = 0;
  return found;
}

export function toneFlags(text: string, options: ToneOptions): ToneFlag[] {
  const flags: ToneFlag[] = [];
  const { emotional, threatening, insult, blame, buyerBlame } = tonePatterns();
  for (const m of text.matchAll(emotional)) {
    flags.push({
      kind: 'emotional',
      text: m[0],
      message:
        'Emotional wording distracts from the facts. State what happened and what you changed.',
    });
  }
  for (const m of text.matchAll(threatening)) {
    flags.push({
      kind: 'threatening',
      text: m[0],
      message:
        'Wording that sounds like a threat works against an appeal. Keep to the facts and your actions.',
    });
  }
  // Sentences already flagged for an insult or blame: a buyer accused there needs no second flag.
  const blamed = new Set<number>();
  const sentenceAt = (offset: number): number =>
    (text.slice(0, offset).match(/[.!?]\s+|\n+/g) ?? []).length;
  for (const m of text.matchAll(insult)) {
    blamed.add(sentenceAt(m.index));
    flags.push({
      kind: 'blame',
      text: m[0],
      message:
        'Insults and blame make a reviewer stop reading. Describe what happened in neutral words and what you changed.',
    });
  }
  for (const m of text.matchAll(blame)) {
    blamed.add(sentenceAt(m.index));
    flags.push({
      kind: 'blame',
      text: m[0],
      message:
        'Amazon holds the seller responsible for these metrics, including the carriers the seller chose. Take responsibility and say what you changed (for example the carrier, the pickup time or the handling time).',
    });
  }
  for (const m of text.matchAll(buyerBlame)) {
    const at = sentenceAt(m.index);
    if (blamed.has(at)) continue;
    blamed.add(at);
    flags.push({
      kind: 'blame',
      text: m[0],
      message:
        'Accusing buyers makes a reviewer stop reading: Amazon expects you to find what you can change. Say what the buyers reported and what you changed (for example the listing, the size chart or the packing).',
    });
  }
  for (const sentence of sentencesOf(text)) {
    const typed = sentence.trim();
    const plain = typed.replace(/[\u2018\u2019]/g, "'");
    if (shouting(plain)) {
      flags.push({
        kind: 'allCaps',
        text: typed,
        message: 'Writing in capitals reads as shouting. Write it in normal case.',
      });
    }
    // A threat ("…we will sue") is flagged as one: no tense or date would mend it.
    const threat = threatens(plain);
    if (options.pastTense && !threat && futurePattern.test(plain)) {
      flags.push({
        kind: 'futureTense',
        text: typed,
        message:
          'Corrective actions are what you have already done, in the past tense ("We replaced…"). Move what you still plan to do to the preventive measures, with a date.',
      });
    } else if (
      options.datedPromises &&
      promisePattern.test(plain) &&
      !options.hasDate(plain) &&
      !threat
    ) {
      flags.push({
        kind: 'promiseWithoutDate',
        text: typed,
        message:
          'A promise needs a date. Say by when (for example "by 2026-12-15"), or describe what you have already done.',
      });
    }
  }
  return flags;
}
