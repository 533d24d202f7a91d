/**
 * Themes of negative feedback comments, by keyword. A comment can have several themes; one that
 * matches none is "other". Matching is case-insensitive and on whole words, so "chocolate" is not
 * "late".
 */

export type FeedbackTheme = 'damaged' | 'late' | 'not as described' | 'wrong item' | 'other';

const themeKeywords: readonly [Exclude<FeedbackTheme, 'other'>, readonly string[]][] = [
  [
    'damaged',
    [
      'damaged',
      'damage',
      'broken',
      'broke',
      'cracked',
      'dented',
      'smashed',
      'shattered',
      'crushed',
      'leaking',
      'leaked',
      'torn',
      'ripped',
    ],
  ],
  [
    'late',
    [
      'late',
      'delayed',
      'delay',
      'slow',
      'never arrived',
      'never received',
      'not received',
      'did not arrive',
      "didn't arrive",
      'still waiting',
      'lost in transit',
      'took forever',
    ],
  ],
  [
    'not as described',
    [
      'not as described',
      'not as pictured',
      'not as advertised',
      'different from the picture',
      'different from the description',
      'does not match',
      "doesn't match",
      'misleading',
      'fake',
      'counterfeit',
      'defective',
      'does not work',
      "doesn't work",
      'not working',
      'stopped working',
      'poor quality',
    ],
  ],
  [
    'wrong item',
    [
      'wrong item',
      'wrong product',
      'wrong size',
      'wrong color',
      'wrong colour',
      'wrong model',
      'incorrect item',
      'sent the wrong',
      'received the wrong',
      'not what i ordered',
      'different item',
    ],
  ],
];

let themePatterns: [FeedbackTheme, RegExp][] | undefined;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Built on first use, not at load. */
function patterns(): [FeedbackTheme, RegExp][] {
  if (!themePatterns) {
    themePatterns = themeKeywords.map(([theme, words]) => [
      theme,
      new RegExp(`(?:^|[^a-z0-9])(?:${words.map(escapeRegExp).join('|')})(?![a-z0-9])`, 'i'),
    ]);
  }
  return themePatterns;
}

/** The themes of one comment, in a fixed order; ["other"] when none matches. */
export function feedbackThemes(comment: string): FeedbackTheme[] {
  // Curly apostrophes are common in pasted comments.
  const text = comment.replace(/[\u2018\u2019]/g, "'");
  const themes = patterns()
    .filter(([, pattern]) => pattern.test(text))
    .map(([theme]) => theme);
  return themes.length > 0 ? themes : ['other'];
}
