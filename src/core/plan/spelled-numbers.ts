/**
 * Numbers written in words ("fifty-seven", "one hundred and forty-three", "twelve percent"), read
 * so the review checks them like digits. The text is rewritten with digits, and every rewritten
 * span remembers the seller's own words, so a flag quotes what they typed.
 */

const units: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const scales: Record<string, number> = { hundred: 100, thousand: 1000 };

let numberWordsPattern: RegExp | undefined;

/** A run of number words joined by spaces, hyphens or "and". Built on first use. */
function numberWords(): RegExp {
  if (!numberWordsPattern) {
    const word = [...Object.keys(units), ...Object.keys(tens), ...Object.keys(scales)].join('|');
    numberWordsPattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:a\\s+(?=hundred|thousand))?(?:${word})(?:(?:[\\s-]+|\\s+and\\s+)(?:${word}))*(?![\\p{L}\\p{N}-])`,
      'giu',
    );
  }
  return numberWordsPattern;
}

/** The value of a run of number words, or null when the words do not make one number. */
export function spelledNumberValue(words: string): number | null {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'ten' | 'scale' | null = null;
  for (const raw of words.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === 'a') continue;
    if (raw in units) {
      if (last === 'unit') return null;
      current += units[raw] ?? 0;
      last = 'unit';
    } else if (raw in tens) {
      if (last === 'unit' || last === 'ten') return null;
      current += tens[raw] ?? 0;
      last = 'ten';
    } else if (raw in scales) {
      const scale = scales[raw] ?? 1;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = 'scale';
    } else return null;
  }
  return total + current;
}

/** A text with its spelled-out numbers as digits, and the seller's words for any span of it. */
export interface DigitText {
  text: string;
  /** The original words behind `text.slice(start, end)`. */
  original(start: number, end: number): string;
}

interface Rewrite {
  /** Where the digits start in the rewritten text. */
  at: number;
  digits: string;
  words: string;
  /** Where the words start in the original text. */
  from: number;
}

/** "fifty-seven late orders, twelve percent" → "57 late orders, 12%". */
export function withDigits(source: string): DigitText {
  const rewrites: Rewrite[] = [];
  let text = '';
  let from = 0;
  for (const m of source.matchAll(numberWords())) {
    const value = spelledNumberValue(m[0]);
    if (value === null) continue;
    text += source.slice(from, m.index);
    rewrites.push({ at: text.length, digits: String(value), words: m[0], from: m.index });
    text += String(value);
    from = m.index + m[0].length;
  }
  text += source.slice(from);
  // "12 percent", "12 per cent" read as "12%".
  const percentWords = /(\d)\s*(?:percent|per\s+cent)(?![\p{L}])/giu;
  const percented: Rewrite[] = [];
  let shifted = '';
  from = 0;
  for (const m of text.matchAll(percentWords)) {
    const start = m.index + 1;
    shifted += text.slice(from, start);
    percented.push({ at: shifted.length, digits: '%', words: m[0].slice(1), from: start });
    shifted += '%';
    from = m.index + m[0].length;
  }
  shifted += text.slice(from);
  /** A position in one pass's output, back in its input; inside a rewrite, its start or end. */
  const toOriginal = (position: number, moves: Rewrite[], isEnd: boolean): number => {
    let offset = 0;
    for (const r of moves) {
      if (position <= r.at) break;
      if (position < r.at + r.digits.length) return isEnd ? r.from + r.words.length : r.from;
      offset += r.words.length - r.digits.length;
    }
    return position + offset;
  };
  return {
    text: shifted,
    original(start, end) {
      const a = toOriginal(toOriginal(start, percented, false), rewrites, false);
      const b = toOriginal(toOriginal(end, percented, true), rewrites, true);
      return source.slice(a, b);
    },
  };
}
