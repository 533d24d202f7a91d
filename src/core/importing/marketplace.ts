/**
 * The marketplace an import reads a file's times in. The import writes each time as that
 * marketplace's wall clock, and the custom functions read a date cell's wall clock back as the
 * wall clock of the marketplace they measure: both must choose it the same way (health-input.ts),
 * or every imported time would move by the difference between two zones.
 */
import { currenciesOf, marketplaceOfCurrencies } from '../marketplace-currency';
import {
  defaultMarketplaceCode,
  type Marketplace,
  marketplaceByCode,
  marketplaceBySalesChannel,
  marketplacesOfSalesChannels,
} from '../marketplaces';
import { salesChannelOf } from '../reports';

/** The columns `orderSheets` gives, in this order. */
export const orderSheetHeaders = ['sales-channel', 'currency'] as const;

/** Why the marketplace must be chosen before the file is imported. */
function unclear(source: string, why: string): Error {
  return new Error(
    `${source}: ${why}. Its times are written as the marketplace's clock: choose the marketplace in this dialog's settings, then import again. Nothing was imported.`,
  );
}

/**
 * The one in Settings; else the one the file names (its sales channel, else its currencies:
 * `currencies` are the whole file's, see file-batches.ts); else, for a file that names none
 * (shipping confirmations, feedback, claims), whose rows follow their orders, the one the order
 * sheets already in the spreadsheet name, as the functions will measure them (`orderSheets`:
 * their rows of sales channel and currency, read only then); else the US, day order unknown.
 * Refuses, before anything is written, when the currencies leave it open (EUR) or name several.
 */
export function marketplaceOfImport(
  source: string,
  settingsCode: string | null,
  values: unknown[][],
  currencies: readonly string[],
  orderSheets: () => unknown[][],
): { marketplace: Marketplace; known: boolean } {
  if (settingsCode !== null) return { marketplace: marketplaceByCode(settingsCode), known: true };
  const channel = salesChannelOf(values);
  const found = channel === undefined ? undefined : marketplaceBySalesChannel(channel);
  if (found) return { marketplace: found, known: true };
  const ofFile = marketplaceOfCurrencies(currencies);
  if (ofFile.kind === 'one') return { marketplace: ofFile.marketplace, known: true };
  if (ofFile.kind === 'unclear') throw unclear(source, ofFile.why);
  const rows = orderSheets();
  const named = marketplacesOfSalesChannels(rows.map(([salesChannel]) => salesChannel));
  const [only] = named;
  if (only && named.length === 1) return { marketplace: only, known: true };
  if (named.length === 0) {
    const ofSheets = marketplaceOfCurrencies(currenciesOf(orderSheetHeaders, rows));
    if (ofSheets.kind === 'one') return { marketplace: ofSheets.marketplace, known: true };
    if (ofSheets.kind === 'unclear') throw unclear(source, ofSheets.why);
  }
  return { marketplace: marketplaceByCode(defaultMarketplaceCode), known: false };
}
