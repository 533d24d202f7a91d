/**
 * Text as the patterns and the buyer values are compared: accents folded ("Jose Garcia" is "José
 * García"), full-width forms made plain ("＠" is "@", "．" is "."), and invisible characters
 * taken out, so none of them hides buyer data from the redaction step. Spans found in the folded
 * text are mapped back to the original's positions.
 */

/** Bidi controls and zero-width characters: they change how a text shows, not what it says. */
const invisible = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/** Printable ASCII and line breaks: nothing to fold, the common case. */
const ascii = /^[\t\n\r -~]*$/;
const marks = /\p{M}/gu;
/**
 * Letters Unicode does not decompose into a base letter and a mark, as a seller types them on an
 * English keyboard: "Łukasz Wróblewski" is "Lukasz Wroblewski", "Yılmaz" is "Yilmaz", "Ørsted" is
 * "Orsted", "Strauß" is "Strauss".
 */
const plainLetterTable: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  ı: 'i',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Ħ: 'H',
  ħ: 'h',
  Þ: 'Th',
  þ: 'th',
  ß: 'ss',
  Æ: 'Ae',
  æ: 'ae',
  Œ: 'Oe',
  œ: 'oe',
};
const upperCase = /\p{Lu}/u;

export interface FoldedText {
  text: string;
  /** The original span of a span of `text`; null when nothing was folded. */
  from: ((start: number, end: number) => [number, number]) | null;
}

/** The folded form of one character; `next` decides what an invisible character stood for. */
function foldChar(char: string, next: string): string {
  if (invisible.test(char)) {
    // "Robin\u200BMockley" shows as two words run together: a word break before a capital.
    return upperCase.test(next) ? ' ' : '';
  }
  return plainLetterTable[char] ?? char.normalize('NFKD').replace(marks, '');
}

export function foldText(text: string): FoldedText {
  if (ascii.test(text)) return { text, from: null };
  const chars = [...text];
  let out = '';
  // For each code unit of `out`: where its character starts and ends in `text`.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  chars.forEach((char, i) => {
    const folded = foldChar(char, chars[i + 1] ?? '');
    for (let k = 0; k < folded.length; k++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    out += folded;
    at += char.length;
  });
  return {
    text: out,
    from: (start, end) => [starts[start] ?? text.length, ends[end - 1] ?? text.length],
  };
}

/**
 * A German name's other spelling: "Müller" is written "Mueller" as often as "Muller" (DIN 5007-2).
 * Undefined when the value has no umlaut.
 */
export function umlautSpelling(value: string): string | undefined {
  const composed = value.normalize('NFC');
  if (!/[äöüÄÖÜ]/.test(composed)) return undefined;
  const spelled: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
  return composed.replace(/[äöüÄÖÜ]/g, (letter) => spelled[letter] ?? letter);
}

/** A value's key as the index keeps it: folded and in lower case. */
export function foldKey(value: string): string {
  return foldText(value).text.toLowerCase();
}

/**
 * Invisible characters taken out of a text that leaves the sheets (a U+202E in a claim reason
 * would reverse the words after it in the Doc). ZWJ and ZWNJ shape emoji and some scripts: they
 * go only beside ASCII, where they shape nothing.
 */
const strippedAlways =
  /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const joinerBesideAscii = /(?<=[ -~])[\u200C\u200D]|[\u200C\u200D](?=[ -~])/gu;

export function withoutInvisible(text: string): string {
  if (ascii.test(text)) return text;
  return text.replace(strippedAlways, '').replace(joinerBesideAscii, '');
}
