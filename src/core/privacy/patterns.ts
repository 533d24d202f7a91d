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

interface Patterns {
  sellerData: RegExp;
  email: RegExp;
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
        // Amounts with two decimals (35.99, 1,234.50) and percentages (1.08%).
        '(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:[,.  ]\\d{3})*[.,]\\d{2}(?!\\p{N})',
        '\\d+(?:[.,]\\d+)?\\s?%',
      ].join('|'),
    ),
    // Also as people write one to get past a filter: "name(at)domain.com", "name[at]domain.com",
    // and the full-width ＠. Not "name @ domain.com": "sold @ Amazon.com" is no address.
    email:
      /[\p{L}\p{N}._%+-]+(?:[@＠]|\(at\)|\[at\])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu,
    // Digit groups joined by spaces, dots or dashes, with an optional +country and (area) code. A
    // bare run of digits is no phone: book ASINs, order item IDs and tracking numbers are digits.
    phone: unicode(
      `(?<![\\p{L}\\p{N}_#-])(?:\\+\\s?)?(?:\\(\\d{1,5}\\)[ .-]?)?\\d{1,5}(?:[ .-]\\d{1,8}){1,5}(?![\\p{L}\\p{N}_#])|\\+\\d{8,15}(?!\\p{N})`,
    ),
    postcodes: [
      // US ZIP+4 and Japan (〒100-0001): always postcodes.
      '(?<![\\p{L}\\p{N}#-])〒?\\s?\\d{3}(?:\\d{2})?-\\d{4}(?![\\p{N}#-])',
      // UK (SW1A 1AA) and Canada (K1A 0B1), with their space: a SKU can be SW1A1AA.
      `${start}(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]\\d[ABCEGHJ-NPRSTV-Z]\\d)${end}`,
      // A US state and ZIP (CO 80280), an Australian state and postcode (NSW 2000).
      `${start}(?:(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|PR),?\\s+\\d{5}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),?\\s+\\d{4})(?![\\p{N}#-])`,
      // A labelled code: ZIP 80280, PLZ: 10115, CP 28013, PIN 560001.
      `${start}(?:zip(?:\\s?code)?|post(?:al)?\\s?code|plz|code\\s?postal|cp|cap|pin(?:\\s?code)?)\\s?[:.]?\\s?[A-Z]?\\d[\\dA-Z -]{2,8}\\d(?!\\p{N})`,
      // DE, FR, IT, ES (five digits) and India (six) before a town: 10115 Berlin, D-10115 Berlin.
      '(?<![\\p{L}\\p{N}#.,-])(?:[DFIE]-)?\\d{5,6}\\s+(?<town>\\p{Lu}\\p{Ll}+)',
      // India: a town or state, then six digits: Mumbai 400001, Karnataka - 560001.
      `${start}(?<town>\\p{Lu}\\p{Ll}+),?\\s(?:-\\s)?\\d{3}\\s?\\d{3}(?![\\p{N}#.,])`,
    ].map((source, i) => unicode(source, i === 3 ? 'giu' : 'gu')),
    streets: [
      // 177 Fictional Way, 221B Baker St, 12, MG Road.
      `${start}\\d{1,5}[A-Za-z]?,?\\s+(?:${capitalised}\\s+){0,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Close|Crescent|Terrace|Highway|Hwy|Parkway|Square|Circle|Trail|Grove|Gardens|Mews|Marg|Nagar)\\.?${end}`,
      // Unit 12, Apt 4B, Suite 200, PO Box 123.
      `${start}(?:Apt|Apartment|Flat|Suite|Ste|Unit|P\\.?\\s?O\\.?\\s?Box)\\.?\\s?#?\\d{1,5}[A-Za-z]?${end}`,
      // Hauptstraße 5, Lindenweg 12a.
      `${start}\\p{Lu}[\\p{L}-]*(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer)\\s+\\d{1,4}[a-z]?${end}`,
      // 5 rue de la Paix, 12 bis avenue Victor Hugo.
      `${start}\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai|route|cours)\\s+(?:[\\p{L}'’-]+\\s?){1,5}`,
      // Via Roma 12, Calle Mayor 3, Avenida de la Paz, 14.
      `${start}(?:Via|Viale|Piazza|Corso|Largo|Calle|Avenida|Plaza|Paseo|Carrer|Camino)\\s+(?:[\\p{L}'’.-]+\\s){0,4}[\\p{L}'’.-]+,?\\s+\\d{1,4}(?!\\p{N})`,
      // Japan: 1-2-3 (chōme-ban-gō), 東京都千代田区千代田1-1.
      '(?<![\\p{N}#-])\\d{1,2}-\\d{1,2}-\\d{1,3}(?![\\p{N}#-])',
      '\\p{sc=Han}{1,3}[都道府県]\\p{sc=Han}{1,5}[市区町村郡][\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー\\d０-９－-]*',
    ].map((source) => unicode(source)),
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

/** E-mail addresses, in the original text (before masking: they hold dots and digits). */
export function emailSpans(text: string): TextSpan[] {
  return spansOf(text, patterns().email, 'email');
}

/** A phone: 10 to 15 digits, or 8 and more after a + country code (+1 555-0115). */
function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, '').length;
  return digits <= 15 && (digits >= 10 || (match.startsWith('+') && digits >= 8));
}

/** Phones, postcodes and street addresses in the masked text. */
export function shapeSpans(masked: string): TextSpan[] {
  const { phone, postcodes, streets, notTown } = patterns();
  const spans = spansOf(masked, phone, 'phone').filter((s) =>
    isPhone(masked.slice(s.start, s.end)),
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
