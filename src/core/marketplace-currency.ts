/**
 * The marketplace an order report's currency names, for reports without a `sales-channel` column
 * (the seller-fulfilled Order Report is downloaded without one unless the seller ticks "Include
 * Sales Channel", reference 3.2). Amazon measures each marketplace in its own time zone, so a UK
 * seller's GBP orders measured in the US default's Pacific days would move orders across the
 * window's edges without anyone knowing. Each marketplace sells in one currency; the euro is
 * shared by five, so it names none of them and the seller is asked which.
 */
import {
  type Marketplace,
  type MarketplaceCode,
  marketplaceByCode,
  marketplaceCodes,
} from './marketplaces';
import { cellText, headerKey } from './reports/cells';
import { wordList } from './word-list';

/** ISO 4217 code → the marketplaces of the table that sell in it (`Marketplace.currency`). */
function marketplacesOfCurrency(currency: string): MarketplaceCode[] {
  return marketplaceCodes.filter((code) => marketplaceByCode(code).currency === currency);
}

export type CurrencyMarketplace =
  /** No currency cell names a marketplace: the reports are the US's, the documented default. */
  | { kind: 'none' }
  | { kind: 'one'; marketplace: Marketplace }
  /**
   * The currencies leave the marketplace open (EUR) or, `several`, name several: `why` says so.
   * Several cannot be told apart row by row without the sales channel, even with one named.
   */
  | { kind: 'unclear'; why: string; example: MarketplaceCode; several: boolean };

/** Where a report's currency and sales channel are (-1 when absent). */
export interface CurrencyColumns {
  currency: number;
  salesChannel: number;
}

/**
 * Adds to `into` the distinct currency texts of `rows[from…]` that have no sales channel (a row
 * with one is placed by it). Rows repeat the previous row's currency: the set is touched only on a
 * change.
 */
export function addCurrencies(
  rows: readonly (readonly unknown[] | undefined)[],
  from: number,
  columns: CurrencyColumns,
  into: Set<string>,
): void {
  if (columns.currency < 0) return;
  let last = '';
  for (let i = from; i < rows.length; i++) {
    const cells = rows[i];
    if (!cells) continue;
    if (columns.salesChannel >= 0 && cellText(cells[columns.salesChannel]) !== '') continue;
    const text = cellText(cells[columns.currency]);
    if (text === '' || text === last) continue;
    last = text;
    into.add(text);
  }
}

/** The distinct currencies of `rows[from…]` without a sales channel, under `header`. */
export function currenciesOf(
  header: readonly unknown[],
  rows: readonly (readonly unknown[] | undefined)[],
  from = 0,
): string[] {
  const columnOf = (name: string) => header.findIndex((cell) => headerKey(cell) === name);
  const texts = new Set<string>();
  addCurrencies(
    rows,
    from,
    { currency: columnOf('currency'), salesChannel: columnOf('saleschannel') },
    texts,
  );
  return [...texts];
}

function channels(codes: readonly MarketplaceCode[]): string {
  return wordList(
    codes.map((code) => marketplaceByCode(code).salesChannel),
    'and',
  );
}

/**
 * What the distinct currency texts of the order rows say about their marketplace. Texts that are
 * no currency of the table (blank, `US$`, `SEK`) say nothing.
 */
export function marketplaceOfCurrencies(currencies: Iterable<string>): CurrencyMarketplace {
  const named = new Map<string, readonly MarketplaceCode[]>();
  for (const text of currencies) {
    const currency = text.trim().toUpperCase();
    const codes = marketplacesOfCurrency(currency);
    if (codes.length > 0) named.set(currency, codes);
  }
  if (named.size === 0) return { kind: 'none' };
  const [[currency, codes] = ['', []]] = named;
  const [first = 'US'] = codes;
  if (named.size > 1) {
    const parts = [...named].map(([text, of]) => `${text} (${channels(of)})`);
    return {
      kind: 'unclear',
      why: `the order reports have no sales-channel column, and their currencies are those of several marketplaces: ${wordList(parts, 'and')}`,
      example: first,
      several: true,
    };
  }
  if (codes.length === 1) return { kind: 'one', marketplace: marketplaceByCode(first) };
  return {
    kind: 'unclear',
    why: `the order reports have no sales-channel column, and ${currency} is the currency of ${channels(codes)} (one report can hold orders of several)`,
    example: first,
    several: false,
  };
}
