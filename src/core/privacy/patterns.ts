/**
 * Buyer data that can be recognised by its shape alone, with no report column to compare with:
 * e-mail addresses, phone numbers, postcodes and street addresses. Seller data (order IDs, dates,
 * amounts) is masked first, so a phone pattern never eats an order ID and a postcode pattern never
 * eats a price. The patterns are compiled on first use: every custom-function call loads the bundle.
 */
import type { BuyerDataKind, TextSpan } from './types';

/** Not after a letter or digit (nor a masked character): the start of a word. */
const start = '(?<![\\p{L}\\p{N}#])';
/** Not before a letter or digit: the end of a word. */
const end = '(?![\\p{L}\\p{N}])';
const capitalised = "\\p{Lu}[\\p{L}'’.-]*";
/** A dot of a domain, also spelled "(dot)" or "[dot]". */
const dot = '(?:\\.|\\s?[([]dot[)\\]]\\s?)';

/** Words after a count that are no street name: "2 days on ave.", "3 units per st". */
/**
 * Verbs that end in s after a buyer's street ("12 elm street says the parcel never came"): the
 * street is still blanked; a product's plural after it ("40 metal street signs") is not a street.
 */
const verbsOfBuyers =
  '(?:says|gets|sends|goes|does|lives|wants|needs|keeps|asks|claims|reports|writes|states|shows|receives|tells|calls|emails|texts|complains|insists|demands)';

const proseWords =
  'on|by|of|the|a|an|in|per|at|to|for|and|or|from|with|via|each|more|less|days?|hours?|weeks?|months?|years?|units?|items?|orders?|boxes|parcels?|packages?|times?|pcs|pieces';

/**
 * `source` unless it names a thing: after "our", "the", "a", "this" and before a word in lower
 * case ("our Unit 7 warehouse", "the 1-2-3 rule"). A buyer's flat or block is written after "to"
 * or "at", or before a street or town.
 */
const notNaming = (source: string) =>
  `(?!(?<=(?<!\\p{L})(?:[Oo]ur|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\\s)${source}\\s\\p{Ll})${source}`;

interface Patterns {
  sellerData: RegExp;
  email: RegExp;
  spacedEmail: RegExp;
  spelledEmail: RegExp;
  phone: RegExp;
  postcodes: RegExp[];
  streets: RegExp[];
  notTown: Set<string>;
}

let compiled: Patterns | undefined;

const unicode = (source: string, flags = 'gu') => new RegExp(source, flags);

function patterns(): Patterns {
  compiled ??= {
    sellerData: unicode(
      [
        // Amazon order IDs (3-7-7 digits); ISO days and instants.
        '\\d{3}-\\d{7}-\\d{7}',
        '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
        // Days written 02.11.2026 or 11/02/2026: with a time after, a phone's shape.
        '(?<![\\p{N}.,/])\\d{1,2}(?:\\.\\d{1,2}\\.|/\\d{1,2}/)\\d{2,4}(?!\\p{N}|[./]\\d)',
        // Amounts with two decimals (35.99, 1,234.50), not pairs of a dotted phone (06.12.34.56.78);
        // percentages (1.08%).
        '(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:[,.  ]\\d{3})*[.,]\\d{2}(?!\\p{N}|[.,]\\d)',
        '\\d+(?:[.,]\\d+)?\\s?%',
      ].join('|'),
    ),
    // Also as people write one to get past a filter: "name(at)domain(dot)com", "name[at]domain.com"
    // (the full-width ＠ and ． are folded to @ and . first, see ./fold.ts). Not "name @ domain.com"
    // with a plain word before: "sold @ Amazon.com" is no address (see `spacedEmail`).
    email: unicode(
      `[\\p{L}\\p{N}._%+-]+(?:@|\\s?[([]at[)\\]]\\s?)[\\p{L}\\p{N}-]+(?:${dot}[\\p{L}\\p{N}-]+)*${dot}\\p{L}{2,}`,
      'giu',
    ),
    // "ngozi.oa @ gmail.com": spaces around the @, a mailbox with a dot, underscore or plus.
    spacedEmail: unicode(
      '[\\p{L}\\p{N}]+(?:[._+-][\\p{L}\\p{N}]+)+\\s+@\\s+[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}',
    ),
    // "jose.garcia at gmail dot com", "robin dot mockley at gmail dot com": the words "at" and
    // "dot" both; the mailbox group is checked in `spelledEmailSpans`.
    spelledEmail: unicode(
      '(?<![\\p{L}\\p{N}])(?<mailbox>[\\p{L}\\p{N}]+(?:(?:[._+-]|\\s+dot\\s+)[\\p{L}\\p{N}]+)*)\\s+at\\s+(?<domain>[\\p{L}\\p{N}-]+)(?:\\s+dot\\s+[\\p{L}\\p{N}-]+)+(?![\\p{L}\\p{N}])',
      'giu',
    ),
    // Digit groups joined by spaces, dots or dashes (a slash after a German area code: 030/1234567),
    // with an optional +country and (area) code, or a bare run of digits; `isPhone` decides by the
    // shape which of them are phones.
    phone: unicode(
      '(?<![\\p{L}\\p{N}_#-])(?:(?:\\+\\s?)?(?:\\(\\d{1,5}\\)[ .-]?)?\\d{1,6}(?:\\s?/\\s?\\d{3,8}(?:[ .-]\\d{1,8}){0,4}|(?:[ .-]\\d{1,8}){1,5})|\\+?\\d{8,15})(?![\\p{L}\\p{N}_#])',
    ),
    postcodes: [
      // US ZIP+4 and Japan (〒100-0001): always postcodes.
      '(?<![\\p{L}\\p{N}#-])〒?\\s?\\d{3}(?:\\d{2})?-\\d{4}(?![\\p{N}#-])',
      // UK (SW1A 1AA) and Canada (K1A 0B1), with their space: a SKU can be SW1A1AA.
      `${start}(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]\\d[ABCEGHJ-NPRSTV-Z]\\d)${end}`,
      // The same in lower case (sw1a 2aa, k1a 0b1), as buyers type them; not before an ordinal
      // ("b2b 2nd") or a size ("ps5 2tb", "m2 2tb ssd", "4 2lb bags"), and mixed case ("B2B 2nd") is seller prose.
      `${start}(?:[a-pr-uwyz][a-hk-y]?\\d[a-z\\d]? (?!1st|2nd|3rd|\\dth|\\d[tgp]b\\b|\\dlb\\b)\\d[abd-hjlnp-uw-z]{2}|[abceghj-nprstvxy]\\d[abceghj-nprstv-z][ -]\\d[abceghj-nprstv-z]\\d)${end}`,
      // A US state and ZIP (CO 80280), an Australian state and postcode (NSW 2000).
      `${start}(?:(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR),?\\s+\\d{5}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\\s+\\d{4})(?![\\p{N}#-])`,
      // A labelled code: ZIP 80280, PLZ: 10115, CP 28013, PIN 560001.
      `${start}(?:zip(?:\\s?code)?|post(?:al)?\\s?code|plz|code\\s?postal|cp|cap|pin(?:\\s?code)?)\\s?[:.]?\\s?[A-Z]?\\d[\\dA-Z -]{2,8}\\d(?!\\p{N})`,
      // DE, FR, IT, ES (five digits) and India (six) before a town: 10115 Berlin, D-10115 Berlin.
      '(?<![\\p{L}\\p{N}#.,-])(?:[DFIE]-)?\\d{5,6}\\s+(?<town>\\p{Lu}\\p{Ll}+)',
      // India: a town or state, then six digits: Mumbai 400001, Karnataka - 560001.
      `${start}(?<town>\\p{Lu}\\p{Ll}+),?\\s(?:-\\s)?\\d{3}\\s?\\d{3}(?![\\p{N}#.,])`,
    ].map((source, i) => unicode(source, i === 4 ? 'giu' : 'gu')),
    streets: [
      // 177 Fictional Way, 221B Baker St, 12, MG Road.
      `${start}\\d{1,5}[A-Za-z]?,?\\s+(?:${capitalised}\\s+){0,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Wy|Place|Pl|Close|Crescent|Terrace|Ter|Terr|Highway|Hwy|Parkway|Pkwy|Square|Sq|Circle|Cir|Trail|Trl|Grove|Gardens|Mews|Marg|Nagar)\\.?${end}`,
      // The same in lower case (12 elm st, 1600 elmwood avenue), with the suffixes prose does not
      // use after a count; "2 days on ave." has a unit and a preposition, no street name. Not
      // before a product's plural ("40 metal street signs", "12 fifth avenue perfumes").
      `${start}\\d{1,5}[a-z]?,?\\s+(?:(?!(?:${proseWords})\\s)\\p{L}[\\p{L}'’-]*\\s+){1,3}(?:street|st|avenue|ave|rd|blvd|boulevard|ln|hwy)\\.?${end}(?!\\s+(?!${verbsOfBuyers}\\b)\\p{L}*[^\\sAaIiUuOoSs]s\\b)`,
      // Unit 12, Apt 4B, Suite 200, PO Box 123; not the name of a thing ("our Unit 7 warehouse").
      `${start}${notNaming('(?:Apt|Apartment|Flat|Suite|Ste|Unit|P\\.?\\s?O\\.?\\s?Box)\\.?\\s?#?\\d{1,5}[A-Za-z]?')}${end}`,
      // Hauptstraße 5, Lindenweg 12a.
      `${start}\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer)\\s+\\d{1,4}[a-z]?${end}`,
      // 5 rue de la Paix, 12 bis avenue Victor Hugo.
      `${start}\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|chemin|allee|impasse|place|quai|route|cours)\\s+(?:[\\p{L}'’-]+\\s?){1,5}`,
      // Via Roma 12, Calle Mayor 3, Avenida de la Paz, 14.
      `${start}(?:Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Plaza|Paseo|Carrer|Camino)\\s+(?:[\\p{L}'’.-]+\\s){0,4}[\\p{L}'’.-]+,?\\s+\\d{1,4}(?!\\p{N})`,
      // Japan: 1-2-3 (chōme-ban-gō), 東京都千代田区千代田1-1; not "the 1-2-3 rule".
      `(?<![\\p{N}#-])${notNaming('\\d{1,2}-\\d{1,2}-\\d{1,3}')}(?![\\p{N}#-])`,
      '\\p{sc=Han}{1,3}[都道府県]\\p{sc=Han}{1,5}[市区町村郡][\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー\\d０-９－-]*',
    ].map((source, i) => unicode(source, i === 1 ? 'giu' : 'gu')),
    // Capitalised words beside a bare number that are not a town: "12000 Units", "Order 123456".
    notTown: new Set(
      'Units Unit Orders Order Items Item Rows Pieces Packages Sales Days Hours Case Ticket Tracking Invoice Shipment Ref Number No Total Qty Batch Lot Model Part Year'.split(
        ' ',
      ),
    ),
  };
  return compiled;
}

export function maskSellerData(text: string): string {
  return text.replace(patterns().sellerData, (match) => '#'.repeat(match.length));
}

function spansOf(text: string, pattern: RegExp, kind: BuyerDataKind): TextSpan[] {
  return [...text.matchAll(pattern)].map((m) => ({
    kind,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Webmail domains: "jsmith at gmail dot com" is an address even with a mailbox of one word. */
const webmail = new Set(
  'gmail googlemail yahoo ymail hotmail outlook icloud aol gmx protonmail proton yandex zoho btinternet libero rediffmail qq 163 126 marketplace'.split(
    ' ',
  ),
);

/**
 * "x at domain dot com" where the mailbox cannot be a word of prose: it has a dot, digit or
 * underscore ("jose.garcia", "robin dot mockley"), or the domain is a webmail's.
 */
function isSpelledEmail(mailbox: string, domain: string): boolean {
  return /[._+\d]|\sdot\s/iu.test(mailbox) || webmail.has(domain.toLowerCase());
}

/** E-mail addresses, in the unmasked text (they hold dots and digits). */
export function emailSpans(text: string): TextSpan[] {
  const { email, spacedEmail, spelledEmail } = patterns();
  const spans = [...spansOf(text, email, 'email'), ...spansOf(text, spacedEmail, 'email')];
  if (!/\sat\s/iu.test(text)) return spans;
  for (const m of text.matchAll(spelledEmail)) {
    if (isSpelledEmail(m.groups?.mailbox ?? '', m.groups?.domain ?? '')) {
      spans.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

/** Words before a number that make it a phone however it is grouped: "call 07700900123". */
const phoneWordBefore =
  /(?<![\p{L}])(?:call(?:ed|ing|s)?|phon(?:e|ed|es|ing)|tel(?:ephone)?|mobile|mob|cell(?:phone)?|rang|ring|text(?:ed)?|sms|whats ?app|fax|telefon(?:o|ieren)?|handy|anrufen|angerufen|portable|cellulare|chiamare|llamar|movil|(?<=(?:buyer['’]?s?|customer['’]?s?|contact|their|his|her|home|work|cell|mobile|phone|whatsapp)\s)number)(?<gap>[^\p{N}.#]{0,30})$/iu;
/** Words between that say the number is something else: "called about tracking 7489 2345 6789". */
const notPhoneWords =
  /(?<![\p{L}])(?:tracking|order|invoice|ref|asin|isbn|upc|ean|gtin|sku|item|case|ticket|id)(?![\p{L}])/iu;

function afterPhoneWord(before: string): boolean {
  const gap = before.match(phoneWordBefore)?.groups?.gap;
  return gap !== undefined && !notPhoneWords.test(gap);
}

/**
 * A phone by its shape: after a + country code (8 to 15 digits); or 10 to 15 digits written as
 * phones are: an (area) code, 555-123-4567, a trunk 0 then groups (07700 900123, 020 7946 0958,
 * 06 12 34 56 78, 06.12.34.56.78, 030/1234567), 11 digits from 0 (07700900123) or from a Chinese
 * mobile's 13 to 19, with the US 1 (1-555-222-4567); or any 10 to 15 digits after "call", "phone",
 * "tel". Tracking numbers (7489 2345 6789), ISBNs (978-0-306-40615-7), UPCs (0 12345 67890 5)
 * and bare runs (book ASINs, order item IDs) are written otherwise.
 */
function isPhone(match: string, before: string): boolean {
  const digits = match.replace(/\D/g, '').length;
  if (digits > 15) return false;
  if (match.startsWith('+')) return digits >= 8;
  if (digits < 10) return false;
  return (
    match.startsWith('(') ||
    /^(?:1([ .-]))?\d{3}([ .-])\d{3}\2\d{4}$/.test(match) ||
    (digits <= 11 && /^0[1-9]\d{0,4}(?:(?:[ .-]|\s?\/\s?)\d+)+$/.test(match)) ||
    // A German area code and number (0151 12345678), an Indian mobile (98765 43210, with its
    // trunk 0: 098765 43210), an Italian one (333 1234567), a Chinese one (138 0013 8000).
    /^0[1-9]\d{1,4} \d{6,9}$/.test(match) ||
    /^0?[6-9]\d{4} \d{5}$/.test(match) ||
    /^3\d{2} \d{6,7}$/.test(match) ||
    /^1[3-9]\d([ -])\d{4}\1\d{4}$/.test(match) ||
    /^0[1-9]\d{9}$/.test(match) ||
    // A Chinese mobile unspaced (13800138000) is a phone only after a word for calling (below):
    // alone, 11 digits from 13 to 19 are as often a carrier's claim, PO or AWB number.
    afterPhoneWord(before)
  );
}

/** Phones, postcodes and street addresses in the masked text. */
export function shapeSpans(masked: string): TextSpan[] {
  const { phone, postcodes, streets, notTown } = patterns();
  const spans = spansOf(masked, phone, 'phone').filter((s) =>
    isPhone(masked.slice(s.start, s.end), masked.slice(Math.max(0, s.start - 40), s.start)),
  );
  for (const pattern of postcodes) {
    for (const m of masked.matchAll(pattern)) {
      const town = m.groups?.town;
      // A postcode beside a town: the town is buyer data too.
      if (town === undefined || !notTown.has(town)) {
        spans.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length });
      }
    }
  }
  for (const pattern of streets) spans.push(...spansOf(masked, pattern, 'address'));
  return spans;
}
