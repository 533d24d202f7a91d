/**
 * Buyer data known from the report sheets' buyer columns (see ./buyer-columns.ts), recognised in
 * text however it is spaced or cased: "Robin Mockley", "177 fictional way", "SW1A1AA" for
 * "SW1A 1AA", "(555) 0115" for "+1 555-0115". Values are indexed by their first word, so the cost
 * grows with the text, not with the number of buyers.
 */
import { foldKey, umlautSpelling } from './fold';
import type { TextSpan } from './types';

/** Words of a text with their positions: runs of letters and digits ("O'Brien" is two). */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** What may stand between two words of one value: a space, a comma, a dot, a hyphen. */
const joinPattern = /^[\s.,'’-]{1,3}$/u;
/** Digit runs that could be a phone however it is written. */
const digitRunPattern = /\+?\d[\d ().-]*\d/g;
/** Phones from the sheets are compared by their last digits, whatever the country prefix. */
const phoneDigits = 7;
/**
 * Scripts written without spaces between words (Japanese, Chinese, Thai): a name there is found
 * inside a longer run of letters ("山田太郎です"), and two characters are a whole surname (山田).
 */
export const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const unspacedRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;

/**
 * Whether a word is written as a name is: capitalised, or in a script without capitals (Arabic,
 * Hebrew, Japanese …), where every word is written alike.
 */
function writtenAsName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || word.toLowerCase() === word.toUpperCase();
}

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    text: m[0],
    key: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export interface KnownValueIndex {
  /** Word sequences of the values, by their first word (lower case). */
  byFirstWord: Map<string, string[][]>;
  /**
   * Names of two or three words, surname first ("Mockley, Robin"), by the surname: taken only
   * with the comma and capitalised, so "the parcel, will it" is no "Will Parcel". (An initial and
   * a surname, "R. Mockley", is left to the review's question about the surname: with thousands of
   * buyers, the seller's own "J. Smith" shares an initial and a surname with one.)
   */
  surnameFirst: Map<string, string[][]>;
  /** The word sequences (joined by spaces) that are places: towns, states (see buyer-columns.ts). */
  places: Set<string>;
  /** Phones from the sheets, digits only, by their last seven digits. */
  phones: Map<string, string[]>;
  /**
   * Two words of one buyer's name, by the first: "Mary" → "Kowalczyk" for "Mary Ellen Kowalczyk",
   * so "Mary Kowalczyk", "Robin J. Mockley" and "Mockley Robin" are the whole name too.
   */
  namePairs: Map<string, Set<string>>;
  /**
   * Values in a script without spaces (see `unspacedScript`), by their first character, as their
   * letters run together: "山田太郎" for "山田　太郎", and each word of a name ("山田").
   */
  unspaced: Map<string, { text: string; kind: 'nameWord' | 'identifier' }[]>;
  /**
   * Values of digits alone shorter than a phone (a postcode "2000", a flat "-1+1"): matched only
   * beside other buyer data ("Brackenridge 80299"), never alone, where they would blank the
   * add-on's own counts and the seller's years.
   */
  bareNumbers: Set<string>;
}

/** Forms of address in a name cell ("Dr. Priya Raghunathan"): no word of the name itself. */
const nameTitles = new Set(
  'mr mrs ms miss mx dr prof sir dame herr frau mme mlle shri sri smt shrimati kumari kum jr sr ii iii iv phd md'.split(
    ' ',
  ),
);

/**
 * The word pairs of a buyer's name, `lastPart` its surname. A value is a name when at least two
 * of its words are buyer values on their own too: buyerValuesOf adds the words of the name
 * columns alone, and no street, town or company.
 */
function addNamePairs(
  words: readonly string[],
  lastPart: string,
  singles: ReadonlySet<string>,
  pairs: Map<string, Set<string>>,
): void {
  const isName = (word: string | undefined) =>
    word !== undefined && singles.has(word) && !nameTitles.has(word);
  const names = words.filter(isName);
  // A long value is a list or a company, not one person.
  if (names.length < 2 || words.length > 5) return;
  const pair = (first: string, second: string) => {
    const set = pairs.get(first) ?? new Set<string>();
    set.add(second);
    pairs.set(first, set);
  };
  // Each given name with each word of the surname (the value's last part: "Okonkwo-Adeyemi" is
  // two words): "Mary Kowalczyk" and "Ngozi Okonkwo" are the buyer; and two words that stand
  // side by side in the name, given names too ("Rajesh Kumar", "María José").
  const surname = new Set(lastPart.match(wordPattern) ?? []);
  for (const given of names.filter((name) => !surname.has(name))) {
    for (const word of names.filter((name) => surname.has(name))) pair(given, word);
  }
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (isName(word) && isName(next)) pair(word, next as string);
  });
}

export function indexKnownValues(
  values: readonly string[],
  placeValues: readonly string[] = [],
): KnownValueIndex {
  const byFirstWord = new Map<string, string[][]>();
  const places = new Set(
    placeValues.map((place) => (foldKey(place).match(wordPattern) ?? []).join(' ')),
  );
  const phones = new Map<string, string[]>();
  const surnameFirst = new Map<string, string[][]>();
  const addTo = (index: Map<string, string[][]>, words: string[]) => {
    const first = words[0];
    if (first === undefined) return;
    const list = index.get(first);
    if (list) list.push(words);
    else index.set(first, [words]);
  };
  const add = (words: string[]) => addTo(byFirstWord, words);
  const namePairs = new Map<string, Set<string>>();
  const bareNumbers = new Set<string>();
  const unspaced = new Map<string, { text: string; kind: 'nameWord' | 'identifier' }[]>();
  const spellings = values.flatMap((v) => {
    const other = umlautSpelling(v);
    return other === undefined ? [v] : [v, other];
  });
  const folded = [...new Set(spellings.map((v) => foldKey(v.trim())))];
  // The words of one-word values, as wordsOf splits them: "okonkwo" and "adeyemi" of "Okonkwo-Adeyemi".
  const singles = new Set(
    folded
      .filter((value) => /^[\p{L}'’-]+$/u.test(value))
      .flatMap((v) => v.match(wordPattern) ?? []),
  );
  for (const value of folded) {
    const runTogether = unspacedScript.test(value);
    if (runTogether) {
      const letters = (value.match(wordPattern) ?? []).join('');
      const first = letters[0];
      if (first !== undefined && [...letters].length >= 2) {
        const kind = /\s/.test(value.trim()) ? 'identifier' : 'nameWord';
        unspaced.set(first, [...(unspaced.get(first) ?? []), { text: letters, kind }]);
      }
    }
    // Shorter values ("OR", "Al") would match ordinary words.
    if (value.length < 3) continue;
    if (!/\p{L}/u.test(value)) {
      const digits = value.replace(/\D/g, '');
      if (digits.length >= phoneDigits) {
        const tail = digits.slice(-phoneDigits);
        phones.set(tail, [...(phones.get(tail) ?? []), digits]);
      } else if (digits.length >= 3) {
        bareNumbers.add(digits);
      }
      continue;
    }
    // The keys alone, as wordsOf gives them: no positions are needed for the index.
    const words = value.match(wordPattern) ?? [];
    add(words);
    // An e-mail's own part, however the rest is written ("x at domain dot com"). Amazon's buyer
    // e-mails are long random names with digits; a role address ("accounts.payable@") is words.
    const [mailbox, domain] = value.split('@');
    if (
      domain !== undefined &&
      mailbox !== undefined &&
      mailbox.length >= 8 &&
      /\d/.test(mailbox)
    ) {
      add(mailbox.match(wordPattern) ?? []);
    }
    // A postcode or house number written without its space: "SW1A1AA".
    if (words.length > 1 && /\d/.test(value)) add([words.join('')]);
    // A buyer's name written surname first (see `surnameFirst`); a town or state is no name.
    const isPlace = places.has(words.join(' '));
    if ((words.length === 2 || words.length === 3) && !/\d/.test(value) && !isPlace) {
      addTo(surnameFirst, [words[words.length - 1] as string, ...words.slice(0, -1)]);
    }
    if (!isPlace && !/[\d@]/.test(value)) {
      addNamePairs(words, value.trim().split(/\s+/).pop() ?? '', singles, namePairs);
    }
  }
  return { byFirstWord, places, phones, surnameFirst, namePairs, bareNumbers, unspaced };
}

/**
 * A single word from the sheets is only taken where it is written as a name is (capitalised): a
 * buyer called Rose or living in Deal must not blank "the price rose" or "a good deal".
 */
function wordMatches(word: Word, sequence: readonly string[]): boolean {
  if (sequence.length > 1 || /\d/.test(word.text)) return true;
  return writtenAsName(word.text);
}

/** Values of a script without spaces inside the text's runs of its letters (see `unspaced`). */
function unspacedSpans(text: string, index: KnownValueIndex): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const run of text.matchAll(unspacedRun)) {
    const letters = run[0];
    for (let i = 0; i < letters.length; i++) {
      for (const value of index.unspaced.get(letters[i] as string) ?? []) {
        if (!letters.startsWith(value.text, i)) continue;
        const start = run.index + i;
        spans.push({ kind: value.kind, start, end: start + value.text.length });
      }
    }
  }
  return spans;
}

export function knownValueSpans(text: string, index: KnownValueIndex): TextSpan[] {
  const spans: TextSpan[] = [];
  const words =
    index.byFirstWord.size > 0 || index.surnameFirst.size > 0 || index.namePairs.size > 0
      ? wordsOf(text)
      : [];
  if (index.byFirstWord.size > 0) {
    words.forEach((word, i) => {
      for (const sequence of index.byFirstWord.get(word.key) ?? []) {
        let last = i;
        let ok = wordMatches(word, sequence);
        for (let k = 1; ok && k < sequence.length; k++) {
          const next = words[i + k];
          const previous = words[i + k - 1];
          ok =
            next !== undefined &&
            previous !== undefined &&
            next.key === sequence[k] &&
            joinPattern.test(text.slice(previous.end, next.start));
          last = i + k;
        }
        const end = words[last]?.end;
        if (ok && end !== undefined) {
          const kind =
            sequence.length === 1 && !/\d/.test(word.text)
              ? 'nameWord'
              : index.places.has(sequence.join(' '))
                ? 'place'
                : 'identifier';
          spans.push({ kind, start: word.start, end });
        }
      }
    });
  }
  if (index.surnameFirst.size > 0)
    spans.push(...surnameFirstSpans(text, words, index.surnameFirst));
  if (index.namePairs.size > 0) spans.push(...namePairSpans(text, words, index.namePairs));
  if (index.phones.size > 0) {
    for (const m of text.matchAll(digitRunPattern)) spans.push(...phoneSpans(m[0], m.index, index));
  }
  if (index.unspaced.size > 0) spans.push(...unspacedSpans(text, index));
  return spans;
}

/** A middle name or initial written between a buyer's first name and surname: "J.", "Ellen". */
const middleJoin = /^[\s.'’-]{1,3}$/u;

/**
 * Two words of one buyer's name, both capitalised: in the name's order beside each other or
 * with one capitalised word or initial between ("Robin J. Mockley"), or the other way round
 * with only a space between ("Mockley Robin"). In lower case, two such words are ordinary prose
 * too often ("rose gold").
 */
function namePairSpans(
  text: string,
  words: readonly Word[],
  pairs: Map<string, Set<string>>,
): TextSpan[] {
  const spans: TextSpan[] = [];
  const joined = (a: Word, b: Word, join: RegExp) => join.test(text.slice(a.end, b.start));
  const pairOf = (a: Word, b: Word) => pairs.get(a.key)?.has(b.key) === true;
  words.forEach((word, i) => {
    if (!writtenAsName(word.text)) return;
    const next = words[i + 1];
    if (next === undefined || !writtenAsName(next.text)) return;
    const adjacent =
      (joined(word, next, joinPattern) && pairOf(word, next)) ||
      (joined(word, next, /^\s{1,3}$/u) && pairOf(next, word));
    if (adjacent) {
      spans.push({ kind: 'identifier', start: word.start, end: next.end });
      return;
    }
    const last = words[i + 2];
    if (
      last !== undefined &&
      writtenAsName(last.text) &&
      joined(word, next, middleJoin) &&
      joined(next, last, middleJoin) &&
      pairOf(word, last)
    ) {
      spans.push({ kind: 'identifier', start: word.start, end: last.end });
    }
  });
  return spans;
}

/**
 * A value of digits alone (see `bareNumbers`) where it stands right beside other buyer data:
 * "Brackenridge 80299", "80299, Colorado".
 */
export function bareNumberSpans(
  text: string,
  found: readonly TextSpan[],
  index: KnownValueIndex,
): TextSpan[] {
  if (index.bareNumbers.size === 0 || found.length === 0) return [];
  const beside = /^[\s,]{1,3}$/u;
  return [...text.matchAll(/(?<![\p{L}\p{N}#])\d+(?![\p{L}\p{N}#])/gu)].flatMap((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const near = found.some(
      (s) => beside.test(text.slice(s.end, start)) || beside.test(text.slice(end, s.start)),
    );
    return near && index.bareNumbers.has(m[0]) ? [{ kind: 'identifier' as const, start, end }] : [];
  });
}

/** Names of the sheets written surname first, with the comma: "Mockley, Robin". */
function surnameFirstSpans(
  text: string,
  words: readonly Word[],
  surnameFirst: Map<string, string[][]>,
): TextSpan[] {
  const spans: TextSpan[] = [];
  words.forEach((word, i) => {
    for (const sequence of surnameFirst.get(word.key) ?? []) {
      const found = words.slice(i, i + sequence.length);
      if (found.length !== sequence.length) continue;
      const written = found.every((w, k) => {
        if (w.key !== sequence[k] || !writtenAsName(w.text)) return false;
        const previous = found[k - 1];
        if (!previous) return true;
        const join = text.slice(previous.end, w.start);
        // The surname's comma, then the given names.
        return joinPattern.test(join) && (k > 1 || join.includes(','));
      });
      const end = found[found.length - 1]?.end;
      if (written && end !== undefined) spans.push({ kind: 'identifier', start: word.start, end });
    }
  });
  return spans;
}

/**
 * Known phones in one run of digit groups. Every window of whole groups is tried, so a phone next
 * to another number ("555-0115 12 times") is still found.
 */
function phoneSpans(run: string, offset: number, index: KnownValueIndex): TextSpan[] {
  const groups = [...run.matchAll(/\d+/g)].map((g) => ({
    digits: g[0],
    start: offset + g.index,
    end: offset + g.index + g[0].length,
  }));
  const spans: TextSpan[] = [];
  for (let first = 0; first < groups.length; first++) {
    let digits = '';
    for (let last = first; last < groups.length; last++) {
      digits += groups[last]?.digits ?? '';
      // A trunk 0 or the 00 written for a +: "098450 12345" is "+91 98450 12345".
      const national = digits.replace(/^0+/, '');
      if (national.length < phoneDigits) continue;
      const known = index.phones.get(national.slice(-phoneDigits)) ?? [];
      if (known.some((phone) => phone.endsWith(national) || national.endsWith(phone))) {
        const start = (groups[first]?.start ?? offset) - (run[0] === '+' && first === 0 ? 1 : 0);
        spans.push({ kind: 'phone', start, end: groups[last]?.end ?? start });
      }
    }
  }
  return spans;
}
