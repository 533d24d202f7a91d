/**
 * Placeholders a suggestion leaves for the seller to fill in ("[its business name and the
 * relationship between the two accounts]"), and the usual markers: "TBD", "XXX", "XX orders",
 * "by dd/mm/yyyy" (a date format alone, as in "our software read dd/mm/yyyy dates", is the
 * seller's fact). A plan that still carries one would reach Amazon half-written, so Generate
 * refuses while one remains.
 */

export interface PlaceholderMatch {
  text: string;
}

/** Bracketed text (checked for words below, so the pattern stays linear) and the usual markers. */
const placeholderPattern =
  /\[[^\]\n]{2,}\]|\{[^}\n]{2,}\}|<[^>\n]{2,}>|(?<![\p{L}\p{N}])(?:TBD|TBC|TODO|XXX+|XX(?=\s+(?:orders?|units?|days?|hours?|items?|packages?|parcels?|shipments?|percent))|(?<=(?:on|by|from|starting|until|before|after|since)\s+)(?:dd\/mm\/yy(?:yy)?|mm\/dd\/yy(?:yy)?|yyyy-mm-dd)|lorem ipsum|insert (?:name|date|here)|\d{4}-XX-XX|XX\/XX\/\d{2,4}|[A-Z]+(?:-[A-Z]+)*-HERE)(?![\p{L}\p{N}])|_{3,}/giu;

/** "[1]", "[sic]" and "<3>" are not placeholders: a placeholder asks for words. */
function asksForWords(text: string): boolean {
  return /\p{L}{2}/u.test(text) && text.toLowerCase() !== '[sic]';
}

export function placeholders(text: string): PlaceholderMatch[] {
  return (
    [...text.matchAll(placeholderPattern)]
      .map((m) => ({ text: m[0] }))
      // A blank line to fill ("Staff member ____") asks for words by being blank.
      .filter((m) => !/^[[{<]/.test(m.text) || asksForWords(m.text))
  );
}

export const placeholderMessage =
  'This is a placeholder from a suggestion. Replace it with your own facts before you generate the Doc.';
