/**
 * The report columns that hold buyer data, and the values in them. Amazon's order and shipment
 * reports name the buyer (buyer-name, recipient-name), reach them (buyer-email, buyer-phone-number,
 * ship-phone-number, the Feedback report's Rater Email) and locate them: ship-address-1..3,
 * ship-city, ship-state, ship-postal-code and the bill-* columns [reference 3.1 to 3.4]. The
 * metrics read none of them; these values are held in memory for one call, to be recognised in
 * text, and never sent anywhere.
 */
import { cellText, headerKey, isBlankRow } from '../reports/cells';
import { unspacedScript } from './known-values';

/**
 * Header keys (lower case, no spaces, hyphens or underscores) of buyer columns. ship-service-level,
 * ship-date and the other ship-* columns the seller fills are not buyer data; nor is the country.
 */
const buyerColumnPattern =
  /^(?:buyer(?:name|email|phone(?:number)?|companyname|taxregistrationid)|recipientname|rateremail|deliveryinstructions|(?:ship|bill)(?:to)?(?:name|address\d?|city|state|county|district|postalcode|zip|phone(?:number)?))$/;

/**
 * Columns whose values are places (a town, a state, a county). Redacted like the rest wherever
 * report text goes; in the seller's own Plan of Action a town is asked about, not refused: it may
 * be where the seller's warehouse is ("our 3PL in Salt Lake City").
 */
const placeColumnPattern = /^(?:ship|bill)(?:to)?(?:city|state|county|district)$/;

/** Columns whose values are people's names: each word of them is looked for on its own too. */
const nameColumnPattern = /^(?:buyername|recipientname|(?:ship|bill)(?:to)?name)$/;

export function isBuyerColumn(header: unknown): boolean {
  return buyerColumnPattern.test(headerKey(header));
}

/** Indexes of a header row's buyer columns. */
export function buyerColumnsOf(header: readonly unknown[]): number[] {
  return header.flatMap((cell, index) => (isBuyerColumn(cell) ? [index] : []));
}

/**
 * Words of a name that stand for the buyer alone ("Jordan" of "Jordan Smith"): three letters or
 * more, and not a month or weekday, which a date in ordinary text would spell.
 */
const calendarWords = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

function nameWords(name: string): string[] {
  return (
    name
      .split(/[^\p{L}'’-]+/u)
      .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
      // Each part of a double-barrelled name too: "Delacroix" of "Delacroix-Martin".
      .flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]))
      // Two characters are a whole surname in a script without spaces (山田), not elsewhere (Al, Li).
      .filter((word) => [...word].length >= (unspacedScript.test(word) ? 2 : 3))
      .filter((word) => !calendarWords.has(word.toLowerCase()))
  );
}

/**
 * The distinct buyer values of a report range (header row first, as pasted): each cell of a buyer
 * column, and each word of a name.
 */
export function buyerValuesOf(values: readonly (readonly unknown[])[]): string[] {
  const headerIndex = values.findIndex((row) => !isBlankRow(row));
  const header = values[headerIndex];
  if (!header) return [];
  const columns = buyerColumnsOf(header);
  if (columns.length === 0) return [];
  const nameColumns = new Set(columns.filter((c) => nameColumnPattern.test(headerKey(header[c]))));
  const found = new Set<string>();
  // A buyer's name recurs on each of their orders' rows: its words are taken once.
  const names = new Set<string>();
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    for (const column of columns) {
      const text = cellText(row[column]).trim();
      if (text === '') continue;
      found.add(text);
      if (!nameColumns.has(column) || names.has(text)) continue;
      names.add(text);
      for (const word of nameWords(text)) found.add(word);
    }
  }
  return [...found];
}

/** The distinct buyer values of several report ranges, e.g. every report sheet of a spreadsheet. */
export function buyerValuesOfAll(ranges: readonly (readonly (readonly unknown[])[])[]): string[] {
  const found = new Set<string>();
  for (const range of ranges) for (const value of buyerValuesOf(range)) found.add(value);
  return [...found];
}

/**
 * The buyer values without the single words of the seller's own name: a business called "Example
 * Home Goods" must be able to sign its plan when a buyer is called "Avery Example". A buyer's
 * whole name stays, so "Avery Example" is still found.
 */
export function withoutOwnNameWords(
  values: readonly string[],
  ownName: string | undefined,
): string[] {
  const own = new Set(nameWords(ownName ?? '').map((word) => word.toLowerCase()));
  if (own.size === 0) return [...values];
  return values.filter((value) => !own.has(value.toLowerCase()));
}

/** The distinct places (towns, states, counties) of the buyer columns of several report ranges. */
export function buyerPlacesOfAll(ranges: readonly (readonly (readonly unknown[])[])[]): string[] {
  const found = new Set<string>();
  for (const values of ranges) {
    const headerIndex = values.findIndex((row) => !isBlankRow(row));
    const header = values[headerIndex];
    if (!header) continue;
    const columns = buyerColumnsOf(header).filter((c) =>
      placeColumnPattern.test(headerKey(header[c])),
    );
    if (columns.length === 0) continue;
    for (let r = headerIndex + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      for (const column of columns) {
        const text = cellText(row[column]).trim();
        if (text !== '') found.add(text);
      }
    }
  }
  return [...found];
}
