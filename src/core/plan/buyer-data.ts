/**
 * Buyer data in text: e-mail addresses, phone numbers and the names, e-mails and phones found in
 * the report sheets. Used to flag a draft and, as a last line of defence, to refuse composing a
 * plan that would carry buyer data into a Google Doc.
 */

export type BuyerDataKind = 'email' | 'phone' | 'identifier';

export interface BuyerDataMatch {
  kind: BuyerDataKind;
  /** The text as it appears, for the seller to find and remove. */
  text: string;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Order IDs and yyyy-mm-dd dates look like digit groups too; they are masked before phones. */
const notPhonePattern = /\d{3}-\d{7}-\d{7}|\d{4}-\d{2}-\d{2}/g;

/**
 * Digit groups joined by spaces, dots or dashes, optionally with +country and (area) code, or + and
 * digits. A bare run of digits is not taken for a phone: ASINs of books and other IDs are digits.
 */
const phonePattern =
  /(?<![\p{L}\p{N}_-])(?:\+?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{1,4}){1,5}|\+\d{8,15})(?![\p{L}\p{N}_])/gu;

/** Digit runs that could be a phone written any way, for matching the sheets' phone numbers. */
const digitRunPattern = /\+?\d[\d ().-]*\d/g;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function maskNonPhones(text: string): string {
  return text.replace(notPhonePattern, (match) => 'x'.repeat(match.length));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How one identifier from the sheets is recognised in text. */
type IdentifierTest = (text: string) => string[];

function identifierTest(identifier: string): IdentifierTest | null {
  const trimmed = identifier.trim();
  // Shorter strings ("Al", "B") would match ordinary words.
  if (trimmed.length < 3) return null;
  const digits = digitsOf(trimmed);
  if (!/\p{L}/u.test(trimmed) && digits.length >= 7) {
    // A phone from the sheet: compare digits, whatever the separators or country prefix.
    return (text) =>
      [...maskNonPhones(text).matchAll(digitRunPattern)]
        .map((m) => m[0])
        .filter((run) => {
          const runDigits = digitsOf(run);
          return (
            runDigits.length >= 7 && (runDigits.endsWith(digits) || digits.endsWith(runDigits))
          );
        });
  }
  const words = trimmed.split(/\s+/).map(escapeRegExp).join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => [...text.matchAll(pattern)].map((m) => m[0]);
}

/** A finder for buyer data, built once for the identifiers from the sheets. */
export function buyerDataFinder(
  buyerIdentifiers: readonly string[],
): (text: string) => BuyerDataMatch[] {
  const tests = buyerIdentifiers
    .map(identifierTest)
    .filter((test): test is IdentifierTest => test !== null);
  return (text) => {
    const found: BuyerDataMatch[] = [];
    for (const m of text.matchAll(emailPattern)) found.push({ kind: 'email', text: m[0] });
    for (const m of maskNonPhones(text).matchAll(phonePattern)) {
      const digitCount = digitsOf(m[0]).length;
      if (digitCount >= 10 && digitCount <= 15) {
        found.push({ kind: 'phone', text: text.slice(m.index, m.index + m[0].length) });
      }
    }
    for (const test of tests) {
      for (const match of test(text)) {
        // An e-mail or phone from the sheet is already listed by its pattern.
        if (!found.some((f) => f.text.includes(match) || match.includes(f.text))) {
          found.push({ kind: 'identifier', text: match });
        }
      }
    }
    return found;
  };
}

/** How a kind of buyer data reads in a message. */
export function buyerDataLabel(kind: BuyerDataKind): string {
  switch (kind) {
    case 'email':
      return 'an e-mail address';
    case 'phone':
      return 'a phone number';
    case 'identifier':
      return 'a name or contact detail from your report sheets';
  }
}
