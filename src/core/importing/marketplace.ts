/**
 * The marketplace an import reads a file's times in. The import writes each time as that
 * marketplace's wall clock, and the custom functions read a date cell's wall clock back as the
 * wall clock of the marketplace they measure: both must choose it the same way
 * (marketplace-choice.ts), or every imported time would move by the difference between two zones.
 */
import { currenciesOf, marketplaceOfCurrencies } from '../marketplace-currency';
import {
  defaultMarketplaceCode,
  type Marketplace,
  marketplaceByCode,
  marketplacesOfSalesChannels,
} from '../marketplaces';
import { headerKey } from '../reports/cells';
import type { ReportKind } from '../reports/types';

/** The columns `orderSheets` gives, in this order. */
export const orderSheetHeaders = ['sales-channel', 'currency'] as const;

/** Why the marketplace must be chosen before the file is imported. */
function unclear(source: string, why: string): Error {
  return new Error(
    `${source}: ${why}. Its times are written as the marketplace's clock: choose the marketplace in this dialog's settings, then import again. Nothing was imported.`,
  );
}

/** The marketplace an import reads a file in, and whether its dates can be written as dates. */
export interface ImportMarketplace {
  marketplace: Marketplace;
  /** Settings, a sales channel or a currency said which: slash dates can be read its way. */
  known: boolean;
  /**
   * The file's rows are of several marketplaces (its own sales channels, or the order sheets' for
   * a file that follows its orders), or of none known yet: no one wall clock is sure to be every
   * row's, so its times stay text, which the readers read exactly, each row in the zone of the
   * marketplace it is measured in.
   */
  datesAsText: boolean;
}

/** The kinds whose currency names their marketplace, as the functions read it. */
const orderKinds: ReadonlySet<ReportKind> = new Set([
  'allOrders',
  'sellerFulfilledOrders',
  'fbaShipments',
]);

/**
 * The marketplaces the file's own sales channels name; else the one in Settings; else, for an
 * order report, the marketplace its own currency names (`currencies`, the whole file's, see
 * file-batches.ts); else those the order sheets' sales channels name (a file without them follows
 * its orders there); else the marketplace the currencies name, the file's, else the order
 * sheets'; else the US, day order unknown. `orderSheets` gives the order sheets' rows of sales
 * channel and currency and is read only when needed. Refuses, before anything is written, when
 * the currencies leave it open (EUR) or name several.
 */
export function marketplaceOfImport(
  source: string,
  kind: ReportKind,
  settingsCode: string | null,
  values: unknown[][],
  currencies: readonly string[],
  orderSheets: () => unknown[][],
): ImportMarketplace {
  const chosen = (found: readonly Marketplace[]): ImportMarketplace | null => {
    const [first] = found;
    return first ? { marketplace: first, known: true, datesAsText: found.length > 1 } : null;
  };
  // The file's own sales channels say whose clock each row is on, whatever Settings measures: a
  // file of several marketplaces keeps its times as text, one of another marketplace is written
  // on that marketplace's clock.
  const [header = [], ...rows] = values;
  const channel = header.findIndex((cell) => headerKey(cell) === 'saleschannel');
  const fromFile = chosen(
    channel < 0 ? [] : marketplacesOfSalesChannels(rows.map((r) => r[channel])),
  );
  if (fromFile) return fromFile;
  if (settingsCode !== null) {
    return { marketplace: marketplaceByCode(settingsCode), known: true, datesAsText: false };
  }
  // An order report's own currency names its marketplace before the order sheets do: a UK Order
  // Report (GBP, no sales channel) imported after US orders is the UK's, as the functions place it.
  const own =
    orderKinds.has(kind) && currencies.length > 0 ? marketplaceOfCurrencies(currencies) : null;
  if (own?.kind === 'one') return { marketplace: own.marketplace, known: true, datesAsText: false };
  let sheets: unknown[][] | undefined;
  const sheetRows = () => {
    sheets ??= orderSheets();
    return sheets;
  };
  // The order sheets' marketplaces: their sales channels', and the one the currency of their rows
  // without a sales channel names (a UK Order Report beside US All Orders makes two).
  const named = marketplacesOfSalesChannels(sheetRows().map(([cell]) => cell));
  const unnamed = marketplaceOfCurrencies(currenciesOf(orderSheetHeaders, sheetRows()));
  if (unnamed.kind === 'one' && named.length > 0 && !named.includes(unnamed.marketplace)) {
    named.push(unnamed.marketplace);
  }
  const fromSheets = chosen(named);
  if (fromSheets) return fromSheets;
  // The order report's own currency (EUR asks), else the order sheets'.
  const byCurrency = own ?? unnamed;
  if (byCurrency.kind === 'one') {
    return { marketplace: byCurrency.marketplace, known: true, datesAsText: false };
  }
  if (byCurrency.kind === 'unclear') throw unclear(source, byCurrency.why);
  // Nothing names it yet (confirmations imported before the orders, say): a clock written now
  // could be the wrong one, and a later import of the same rows would skip them as duplicates.
  return {
    marketplace: marketplaceByCode(defaultMarketplaceCode),
    known: false,
    datesAsText: true,
  };
}
