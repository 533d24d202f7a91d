/**
 * Order IDs as the reports join them. Amazon's are three groups of 3, 7 and 7 characters
 * (`114-0149180-7966659`; `S01-…` for Multi-Channel Fulfillment). A seller who copies one out of a
 * case, an e-mail or a chat often brings a `#`, "Order ID:", an en dash, spaces, a full stop or an
 * invisible zero-width space with it; the claims list then names an order the orders report spells
 * differently, and the claim would drop out of ODR without a word. So those spellings are read as
 * the ID they spell, and an ID with a digit too many or too few, or a letter O or I for a digit, is
 * refused, naming the cell, instead of matching no order.
 */

/** Dashes a copied ID may carry instead of the hyphen: ‐ ‑ ‒ – — ― − ﹘ ﹣ －. */
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** `114-0149180-7966659`, `S01-1234567-1234567`. */
const amazonOrderId = /^[A-Za-z0-9]{3}-\d{7}-\d{7}$/;

/**
 * Three groups of characters that should be 3, 7 and 7 with digits in the last two: a typo in an
 * Amazon order ID (a digit too many or too few, a letter O or I typed for 0 or 1).
 */
const amazonOrderIdLike = /^[A-Za-z0-9]{2,4}-[\dOoIl]{5,9}-[\dOoIl]{5,9}$/;

/** The same typo among other words, once spaces became hyphens. */
const amazonOrderIdInside = /(?:^|-)[A-Za-z0-9]{3}-[\dOoIl]{5,9}-[\dOoIl]{5,9}(?:-|$)/;

export const expectedOneOrderId = 'one order ID in the cell (this one holds several)';

/** An Amazon ID inside a longer text, its groups joined by hyphens (spaces around them allowed). */
const embeddedAmazonOrderId = /(?<![A-Za-z0-9])[A-Za-z0-9]{3}\s?-\s?\d{7}\s?-\s?\d{7}(?![0-9])/g;

/** Characters a copy brings that no one can see: zero-width spaces and joiners, a soft hyphen, a BOM. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export const expectedOrderId = 'an order ID such as 114-0149180-7966659';
export const expectedAmazonOrderId =
  'an Amazon order ID of 3, 7 and 7 characters (digits after the first hyphen) such as 114-0149180-7966659';

/**
 * `5.24806E+13`: a long ID a spreadsheet stored as a number and saved in scientific notation (Excel
 * does so on saving a CSV). Its last digits are gone, so it matches nothing, and next week's real
 * download would add the same rows again.
 */
export function isScientificNotation(text: string): boolean {
  return /^\d(?:[.,]\d+)?E\+?\d+$/i.test(text);
}

export const expectedIdNotScientific =
  'the ID in full: a spreadsheet stored it as a number and saved it in scientific notation, which lost its last digits (use the file as Seller Central gave it, or open it with the column as Text)';

export const expectedOrderIdAsText =
  'an order ID as text: Sheets stored this one as a number and changed its last digits (format the column as Plain text and paste the report again)';

/** What an order ID cell holds, read: the ID to join on, or what was expected instead. */
export type OrderIdReading = { id: string } | { expected: string };

/**
 * Most cells: 19 characters with hyphens where Amazon puts them, no formula (61: `=`). Checked
 * before `readOrderId` on every row, so the common cell costs no object and no regex.
 */
export function isSpelledAsAmazonWritesIt(text: string): boolean {
  if (text.length !== 19 || text.charCodeAt(3) !== 45 || text.charCodeAt(11) !== 45) return false;
  if (text.charCodeAt(0) === 61) return false;
  for (let i = 4; i < 19; i++) {
    if (i === 11) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
  }
  return true;
}

/**
 * The ID a cell's trimmed text names. Most cells hold one already spelled as the orders report
 * spells it, and return at once; an Amazon ID among other words is taken from them; the rest are
 * cleaned of a leading `#`, other dashes and spaces.
 * IDs of other shapes (a non-Amazon channel's) pass as they are when they hold a digit; `N/A` or a
 * formula read as text (`=HYPERLINK(…)`) is no order, and would otherwise be counted as one.
 */
export function readOrderId(text: string): OrderIdReading {
  if (isSpelledAsAmazonWritesIt(text)) return { id: text };
  if (text === '' || text.charCodeAt(0) === 61) return { expected: expectedOrderId };
  if (isScientificNotation(text)) return { expected: expectedIdNotScientific };
  const plain = text.replace(invisible, '').replace(dashes, '-').trim();
  // One Amazon ID among other words ("Amazon Order ID: 114-…", "114-… (2 items)", in quotes).
  const embedded = plain.match(embeddedAmazonOrderId);
  if (embedded?.length === 1 && embedded[0] !== undefined) {
    return { id: embedded[0].replace(/\s+/g, '') };
  }
  if (embedded && embedded.length > 1) return { expected: expectedOneOrderId };
  const cleaned = plain
    // A full stop or comma typed after it, as at the end of a sentence it was copied from.
    .replace(/[.,;:]+$/, '')
    .replace(/^#\s*/, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '-');
  if (amazonOrderId.test(cleaned)) return { id: cleaned };
  if (/^\d{17}$/.test(cleaned)) {
    return { id: `${cleaned.slice(0, 3)}-${cleaned.slice(3, 10)}-${cleaned.slice(10)}` };
  }
  // An ID a digit off, alone or among other words ("Order 114-0149180-796665"): it would match
  // no order, so it is refused rather than kept as some other channel's ID.
  if (amazonOrderIdLike.test(cleaned) || amazonOrderIdInside.test(cleaned)) {
    return { expected: expectedAmazonOrderId };
  }
  if (/^\d{15,19}$/.test(cleaned)) return { expected: expectedAmazonOrderId };
  // Another channel's ID is one run of letters, digits and - _ . / # :, with a digit. Words with
  // spaces between them, or a + or an apostrophe, are text: a buyer's name and phone pasted a
  // column off would otherwise become an "order ID" that every list and Doc of orders shows.
  if (!/\d/.test(cleaned) || !otherChannelId.test(cleaned) || twoWords.test(plain)) {
    return { expected: expectedOrderId };
  }
  return { id: cleaned };
}

/** An order ID of another sales channel, as cleaned: `ORDER-1001`, `W1001/2`, `PO#1234`, `SHOPIFY:1001`. */
const otherChannelId = /^[A-Za-z0-9][A-Za-z0-9_./#:-]*$/;

/** Two words of two or more letters with a space between them ("Siobhan O'Neill", "John Smith"). */
const twoWords = /\p{L}{2,}\s+\p{L}{2,}/u;

/**
 * The order ID a cell joins on, as the readers read it (see `readOrderId`); the text itself when
 * it is no ID. The marketplace split places rows by it, so a claim on `#114-…` follows its order
 * into its marketplace as it joins it in one.
 */
export function orderIdKey(text: string): string {
  if (isSpelledAsAmazonWritesIt(text)) return text;
  const reading = readOrderId(text);
  return 'id' in reading ? reading.id : text;
}
