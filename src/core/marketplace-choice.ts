/**
 * Which marketplaces a call reads: the one the seller names, else those the sales channels name,
 * else the one the order rows' currency names, else the US (DESIGN "Data rules"; issue 10). The
 * import writes dates in the marketplace it chooses the same way (importing/marketplace.ts): a
 * change here is a change there.
 */
import type { MarketplaceSplit } from './marketplace-rows';
import { defaultMarketplaceCode, type Marketplace, marketplaceByCode } from './marketplaces';

/** The marketplace a seller names, e.g. "UK"; undefined when left empty. */
export function namedMarketplace(marketplaceCode: string | undefined): Marketplace | undefined {
  return marketplaceCode !== undefined && marketplaceCode.trim() !== ''
    ? marketplaceByCode(marketplaceCode)
    : undefined;
}

/**
 * The marketplaces to read, and whether the marketplace is known (a locale date such as 03/04/26
 * is then read its way): the one named; else every one the `sales-channel` columns name; else
 * the one the order rows' currency names (GBP: the UK); else the US, the documented default.
 * Refuses when the currency leaves it open (EUR) or names several.
 */
export function marketplacesToRead(
  split: MarketplaceSplit,
  marketplaceCode: string | undefined,
): { wanted: Marketplace[]; known: boolean } {
  const named = namedMarketplace(marketplaceCode);
  const byCurrency = () => (split.found.length > 0 ? null : split.byCurrency());
  if (named) {
    // Orders in two currencies and no sales channel: one marketplace's rows cannot be told from
    // the other's, so naming one would count both.
    const unclear = byCurrency();
    if (unclear?.kind === 'unclear' && unclear.several) {
      throw new Error(
        `marketplace: ${unclear.why}, so the ${named.salesChannel} orders cannot be told from the others. Download the Order Report with "Include Sales Channel", or paste each marketplace's report apart.`,
      );
    }
    return { wanted: [named], known: true };
  }
  if (split.found.length > 0) return { wanted: split.found, known: true };
  const currency = byCurrency();
  if (currency?.kind === 'one') return { wanted: [currency.marketplace], known: true };
  if (currency?.kind === 'unclear') {
    const fix = currency.several
      ? "paste each marketplace's report apart"
      : `if the report holds one marketplace's orders only, give that marketplace (the marketplace argument; for the Health sheet and the Plan of Action: Settings…), e.g. "${currency.example}"`;
    throw new Error(
      `marketplace: ${currency.why}. Amazon measures each marketplace apart, in its own time zone: download the Order Report with "Include Sales Channel", or ${fix}.`,
    );
  }
  return { wanted: [marketplaceByCode(defaultMarketplaceCode)], known: false };
}

/**
 * One marketplace read, and the reports hold no other (or name none): every row is its own, as
 * Amazon's single-marketplace reports are.
 */
export function readsWhole(split: MarketplaceSplit, wanted: readonly Marketplace[]): boolean {
  return split.found.every((m) => m.code === wanted[0]?.code) && wanted.length === 1;
}
