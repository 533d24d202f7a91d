/**
 * The tone of a plan as a Seller Performance reviewer reads it: calm, factual, responsible. Flags
 * emotional and threatening words, shouting in capitals, insults and blame (of Amazon, of a
 * carrier the seller chose), promises without a date, and corrective actions written in the
 * future tense (they are what was already done).
 */

const emotionalWords = [
  'unfair',
  'unfairly',
  'unjust',
  'outrageous',
  'desperate',
  'desperately',
  'please please',
  'please, please',
  'begging',
  'beg',
  'furious',
  'ridiculous',
  'absurd',
  'disgusting',
  'disgraceful',
  'shocking',
  'devastated',
  'heartbroken',
  'angry',
  'upset',
  'frustrated',
  'frustrating',
  'unacceptable',
  'nightmare',
  'insane',
  'livelihood',
  'please help',
  'help us please',
  'we beg you',
  'i beg you',
  'crying',
  'in tears',
  "haven't slept",
  'have not slept',
  "can't sleep",
  'sleepless',
];

const threateningWords = [
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'lawsuit',
  'sue',
  'suing',
  'legal action',
  'court',
  'report you',
  'report amazon',
  'class action',
  'ftc',
  'journalist',
  'journalists',
  'the press',
  'go public',
  // Phrases, not words: "our solicitor checked every letter" and "two sheets of newspaper" are
  // the seller's facts.
  'solicitor will',
  'solicitors will',
  'instructed a solicitor',
  'instructed our solicitor',
  'legal proceedings',
  'to the newspapers',
  'to the papers',
  'to the media',
  'our mp',
  'my mp',
];

/** Words that insult the reader or blame someone else. */
const insultWords = [
  'incompetent',
  'incompetence',
  'idiot',
  'idiots',
  'idiotic',
  'stupid',
  'useless',
  'lazy',
  'clueless',
  'pathetic',
  'moron',
  'morons',
  'rigged',
  'you people',
  'nobody bothered',
  'no one bothered',
  'nobody cared',
  'no one cared',
  "didn't even bother",
  'did not even bother',
  "couldn't be bothered",
  'could not be bothered',
  'a joke',
  'your bots',
  // About buyers and rights owners: the reviewer reads these as the seller not taking the
  // complaint seriously.
  // Fraud is a real cause of chargebacks ("fraudsters using stolen cards"): not listed.
  'scammer',
  'scammers',
  'scam artists',
  'liar',
  'liars',
  'serial returner',
  'serial returners',
  'makes up complaints',
  'make up complaints',
  'made up complaints',
  // About people, in phrases: "Trolls plush toys", "Dallas Cowboys mugs" and "bully sticks" are
  // products.
  'patent troll',
  'patent trolls',
  'is a troll',
  'are trolls',
  'so-called',
  'greedy',
  'serial refunder',
  'serial refunders',
  'lie about',
  'lied about',
  'bunch of cowboys',
  'are cowboys',
  'are bullies',
  'is a bully',
  'bullied us',
  'bullying us',
  'pure fantasy',
  'nobody at amazon',
];

const carriers =
  '(?:the\\s+carriers?|the\\s+couriers?|the\\s+post\\s+office|the\\s+postal\\s+service|ups|usps|fedex|dhl|royal\\s+mail|evri|hermes|dpd|gls|canada\\s+post|ontrac|lasership|amazon\\s+logistics|amazon|your\\s+(?:system|algorithm|team))';

/** Blame for a metric that Amazon holds the seller responsible for, whoever carried the parcel. */
const blamePatterns = [
  `${carriers}(?:'s|’s)?\\s+(?:own\\s+)?(?:fault|mistake|error|failure)`,
  `(?:fault|mistake|error|failure)\\s+(?:of|by)\\s+${carriers}`,
  `${carriers}\\s+(?:is|was|are|were)\\s+(?:entirely\\s+|solely\\s+|fully\\s+|completely\\s+|totally\\s+)?(?:to\\s+blame|responsible|at\\s+fault)`,
  `(?:blame|blamed|blaming)\\s+${carriers}`,
  'not\\s+our\\s+fault|no\\s+fault\\s+of\\s+(?:our|my)\\s+own|(?:was|were|is|are)\\s+(?:entirely\\s+|completely\\s+|totally\\s+)?(?:beyond|outside)\\s+our\\s+control|we\\s+(?:did|have\\s+done)\\s+nothing\\s+wrong',
  '(?:system|algorithm|metric|account\\s+health)\\s+(?:is|was|are)\\s+(?:clearly\\s+|obviously\\s+|simply\\s+)?(?:broken|wrong|flawed|rigged|unfair)',
  `(?:only\\s+|all\\s+|entirely\\s+)?because\\s+(?:of\\s+)?${carriers}\\s+(?:lost|failed|messed|ruined|screwed)`,
  // "Every other seller does this", "Amazon only punishes us": unfairness instead of the cause.
  // Not "every other seller-fulfilled order".
  '(?:every|all)\\s+other\\s+sellers?(?!-)',
  // Not "our ads target US buyers": the pattern ignores case.
  '(?:punish(?:es|ed|ing)?|pick(?:s|ed|ing)?\\s+on)\\s+(?:only\\s+)?us|singl(?:es|ed|ing)\\s+us\\s+out',
];

/**
 * "We will…", "we are committed to…", "going forward…": what the seller promises. A promise
 * needs a date a reviewer can hold them to.
 */
const promisePattern =
  /(?<![\p{L}])(?:(?:we|i|our\s+(?:team|staff|company|business|warehouse)|the\s+team)(?:\s+(?:is|are|am))?\s+(?:will|shall|going\s+to|plan\s+to|intend\s+to|aim\s+to|hope\s+to|committed\s+to|commit\s+to|promise\s+to|pledge\s+to|promise(?!\s+\d)|will\s+always|will\s+never)|we'll|i'll|(?:we're|i'm)\s+(?:going\s+to|planning\s+to|committed\s+to)|going\s+forward|from\s+now\s+on|in\s+the\s+future|never\s+(?:happen\s+)?again)(?![\p{L}])/iu;

/** Future tense with the seller as subject, or a passive "will be done". */
const futurePattern =
  /(?<![\p{L}])(?:(?:we|i|our\s+(?:team|staff|warehouse|packers?)|the\s+team|staff)(?:\s+(?:are|am|is))?\s+(?:will|shall|going\s+to|plan\s+to|intend\s+to|aim\s+to)|we'll|i'll|(?:we're|i'm)\s+(?:going\s+to|planning\s+to|about\s+to)|(?:we're|we\s+are|i'm|i\s+am)\s+\p{L}+ing(?=.*(?<![\p{L}])(?:next\s+(?:week|month|year)|tomorrow|(?<!as\s)soon(?!\s+as)|shortly|in\s+the\s+coming)(?![\p{L}]))|will\s+be\s+(?:\p{L}+ed|done|made|set|put|sent|taken|built|run|held|given|kept))(?![\p{L}])/iu;

/** Common upper-case words that are not shouting: metrics, carriers, units, programmes. */
const acronyms = new Set([
  'ODR',
  'LSR',
  'VTR',
  'OTDR',
  'MFN',
  'FBM',
  'FBA',
  'AFN',
  'SKU',
  'SKUS',
  'ASIN',
  'ASINS',
  'UPS',
  'USPS',
  'DHL',
  'DPD',
  'GLS',
  'UK',
  'US',
  'USA',
  'EU',
  'ID',
  'IP',
  'PDF',
  'CSV',
  'ISTA',
  'ISO',
  'OK',
  'AM',
  'PM',
  'FAQ',
  'VAT',
  'LLC',
  'LTD',
  'INC',
  'GMBH',
  'CEO',
  'QA',
  'QC',
  'A-TO-Z',
]);

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
  const { emotional, threatening, insult, blame } = tonePatterns();
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
  for (const m of text.matchAll(insult)) {
    flags.push({
      kind: 'blame',
      text: m[0],
      message:
        'Insults and blame make a reviewer stop reading. Describe what happened in neutral words and what you changed.',
    });
  }
  for (const m of text.matchAll(blame)) {
    flags.push({
      kind: 'blame',
      text: m[0],
      message:
        'Amazon holds the seller responsible for these metrics, including the carriers the seller chose. Take responsibility and say what you changed (for example the carrier, the pickup time or the handling time).',
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
