/**
 * Placeholders a suggestion leaves for the seller to fill in ("[its business name and the
 * relationship between the two accounts]"), and the usual "TBD" / "XXX" markers. A plan that still
 * carries one would reach Amazon half-written, so Generate refuses while one remains.
 */

export interface PlaceholderMatch {
  text: string;
}

/** Brackets around words, as the suggestions write them; "[1]" or "[sic]" are not placeholders. */
const placeholderPattern =
  /\[[^\]\n]*\p{L}[^\]\n]*\p{L}[^\]\n]*\]|\{[^}\n]*\p{L}{2}[^}\n]*\}|<[^>\n]*\p{L}{2}[^>\n]*>|(?<![\p{L}\p{N}])(?:TBD|TBC|TODO|XXX+|lorem ipsum|insert (?:name|date|here))(?![\p{L}\p{N}])/giu;

export function placeholders(text: string): PlaceholderMatch[] {
  return [...text.matchAll(placeholderPattern)]
    .map((m) => ({ text: m[0] }))
    .filter((m) => m.text.toLowerCase() !== '[sic]');
}

export const placeholderMessage =
  'This is a placeholder from a suggestion. Replace it with your own facts before you generate the Doc.';
