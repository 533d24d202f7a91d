/**
 * Which marketplace each row of the pasted reports belongs to. Amazon's Account Health page
 * measures each marketplace apart (DESIGN "Data rules"; reference 5), so reports that mix them
 * are split before their rows are read, and each marketplace's rows are read in its own zone.
 * - A row of an order report with a `sales-channel` column (All Orders, FBA shipments, an Order
 *   Report with "Include Sales Channel") belongs to that channel's marketplace: `Amazon.co.uk` is
 *   the UK. `Non-Amazon` rows (orders from the seller's other channels, fulfilled through
 *   Multi-Channel Fulfillment) belong to no marketplace and are left out of every metric.
 * - A row of a report without the column (the seller-fulfilled Order Report, shipping
 *   confirmations, feedback, claims, chargebacks, the ODR download) follows its order ID.
 * - While the reports mix marketplaces, a row whose order is in no order report is unplaced:
 *   reported, never guessed.
 */

import type { HealthRanges } from './health-input';
import {
  addCurrencies,
  type CurrencyMarketplace,
  marketplaceOfCurrencies,
} from './marketplace-currency';
import {
  type Marketplace,
  type MarketplaceCode,
  marketplaceByCode,
  marketplaceCodes,
  placeOfSalesChannel,
} from './marketplaces';
import {
  type OrderColumns,
  orderColumns,
  ReportError,
  repeatedHeader,
  reportLabel,
} from './reports';
import { cellText, isBlankRow } from './reports/cells';
import { orderIdKey } from './reports/order-ids';

export type RangeKey = keyof HealthRanges;

/** The ranges whose rows are orders: their `sales-channel` column names the marketplace. */
const orderRangeKeys: readonly RangeKey[] = ['orders', 'mfnOrders', 'fbaShipments'];

type Place = MarketplaceCode | 'nonAmazon';

export interface MarketplaceSplit {
  /** The marketplaces the `sales-channel` columns name, in the table's order. */
  found: Marketplace[];
  /** Distinct orders of each marketplace found, for messages. */
  orderCounts: ReadonlyMap<MarketplaceCode, number>;
  /**
   * The rows (0-based indexes) of a range to read for `code`. `whole`: the reports hold one
   * marketplace, so every row except Non-Amazon ones is its own (undefined: every row).
   */
  rowsFor(key: RangeKey, code: MarketplaceCode, whole: boolean): number[] | undefined;
  /** Per range, the rows (0-based) whose order no order report places in a marketplace. */
  unplaced(): { key: RangeKey; kind: OrderColumns['kind']; rows: number[] }[];
  /**
   * What the currencies of the order rows without a sales channel say about their marketplace
   * (see marketplace-currency.ts), for reports whose sales channels name none.
   */
  byCurrency(): CurrencyMarketplace;
}

interface Buckets {
  byPlace: Map<MarketplaceCode, number[]>;
  nonAmazon: number[];
  unplaced: number[];
}

type SalesChannelPlace = ReturnType<typeof placeOfSalesChannel>;

/**
 * `placeOfSalesChannel` once per distinct text: a report repeats a handful of channels on every
 * row, and the lookup compares the text with every marketplace's.
 */
function salesChannelPlaces(): (text: string) => SalesChannelPlace {
  const known = new Map<string, SalesChannelPlace>();
  return (text) => {
    if (known.has(text)) return known.get(text);
    const place = placeOfSalesChannel(text);
    known.set(text, place);
    return place;
  };
}

function unknownChannel(
  source: string,
  layout: OrderColumns,
  values: unknown[][],
  row: number,
  text: string,
) {
  const header = cellText(values[layout.headerIndex]?.[layout.salesChannel]);
  const expected =
    text === header
      ? repeatedHeader
      : "an Amazon marketplace of the README's table (Amazon.co.uk …) or Non-Amazon";
  return new ReportError(
    `${source}: row ${row} of the ${reportLabel(layout.kind)}, column "sales-channel", has "${text}"; expected ${expected}.`,
  );
}

/**
 * Splits the ranges by marketplace. Reads only the order-ID and sales-channel cells; the records
 * are read afterwards, each marketplace's rows in its zone.
 */
export function splitByMarketplace(
  ranges: Readonly<Record<RangeKey, unknown[][]>>,
  sourceOf: (key: RangeKey) => string,
): MarketplaceSplit {
  const layouts = new Map<RangeKey, OrderColumns>();
  for (const key of Object.keys(ranges) as RangeKey[]) {
    const layout = orderColumns(ranges[key]);
    if (layout) layouts.set(key, layout);
  }

  const placeOf = salesChannelPlaces();
  /** Each order-report row with a sales channel: its report's layout, its cells, its place. */
  const eachChannelRow = (
    visit: (layout: OrderColumns, cells: unknown[], place: Place) => void,
  ) => {
    for (const key of orderRangeKeys) {
      const layout = layouts.get(key);
      if (!layout || layout.salesChannel < 0) continue;
      const values = ranges[key];
      // A blank row has a blank sales channel: skipped without looking at its other cells.
      // Rows repeat the previous row's channel text, so its place is looked up only on a change.
      let lastText = '';
      let lastPlace: Place = 'nonAmazon';
      for (let i = layout.headerIndex + 1; i < values.length; i++) {
        const cells = values[i];
        if (!cells) continue;
        const text = cellText(cells[layout.salesChannel]);
        if (text === '') continue;
        if (text !== lastText) {
          const place = placeOf(text);
          if (place === undefined) throw unknownChannel(sourceOf(key), layout, values, i + 1, text);
          lastText = text;
          lastPlace = place === 'nonAmazon' ? place : place.code;
        }
        visit(layout, cells, lastPlace);
      }
    }
  };

  // Pass 1: the marketplaces the order reports' sales channels name. Which order is whose, and
  // how many orders each has, is worked out only when asked (pass 1b): with one marketplace and
  // no Non-Amazon rows, nothing needs it, and it is a map of every order ID.
  const seen = new Set<MarketplaceCode>();
  let nonAmazonSeen = false;
  eachChannelRow((_layout, _cells, place) => {
    if (place === 'nonAmazon') nonAmazonSeen = true;
    else seen.add(place);
  });
  const found = marketplaceCodes.filter((code) => seen.has(code)).map(marketplaceByCode);

  // Pass 1b: the order reports' sales channels place their order IDs.
  let orders: { place: Map<string, Place>; counts: Map<MarketplaceCode, number> } | undefined;
  const orderIndex = () => {
    if (orders) return orders;
    const place = new Map<string, Place>();
    const counted = new Map<MarketplaceCode, Set<string>>();
    eachChannelRow((layout, cells, code) => {
      const orderId = layout.orderId < 0 ? '' : orderIdKey(cellText(cells[layout.orderId]));
      if (orderId !== '' && !place.has(orderId)) place.set(orderId, code);
      if (code === 'nonAmazon') return;
      let ids = counted.get(code);
      if (!ids) {
        ids = new Set();
        counted.set(code, ids);
      }
      ids.add(orderId);
    });
    orders = { place, counts: new Map([...counted].map(([code, ids]) => [code, ids.size])) };
    return orders;
  };

  // Pass 2, only when needed: each row's place, by its own sales channel or its order ID.
  let buckets: Map<RangeKey, Buckets> | undefined;
  const bucketsOf = (key: RangeKey): Buckets | undefined => {
    if (!buckets) {
      buckets = new Map();
      for (const [rangeKey, layout] of layouts) {
        buckets.set(rangeKey, placeRows(ranges[rangeKey], layout, orderIndex().place, placeOf));
      }
    }
    return buckets.get(key);
  };

  return {
    found,
    get orderCounts() {
      return orderIndex().counts;
    },
    rowsFor(key, code, whole) {
      if (whole) {
        if (!nonAmazonSeen) return undefined;
        const rows = bucketsOf(key);
        if (!rows) return undefined;
        const nonAmazon = new Set(rows.nonAmazon);
        const values = ranges[key];
        const kept: number[] = [];
        const start = (layouts.get(key)?.headerIndex ?? 0) + 1;
        for (let i = start; i < values.length; i++) if (!nonAmazon.has(i)) kept.push(i);
        return kept;
      }
      return bucketsOf(key)?.byPlace.get(code) ?? [];
    },
    byCurrency() {
      return marketplaceOfCurrencies(currencyTexts(ranges, layouts));
    },
    unplaced() {
      const result: ReturnType<MarketplaceSplit['unplaced']> = [];
      for (const [key, layout] of layouts) {
        const rows = bucketsOf(key)?.unplaced ?? [];
        if (rows.length > 0) result.push({ key, kind: layout.kind, rows });
      }
      return result;
    },
  };
}

/** The distinct currency texts of the order-report rows that have no sales channel. */
function currencyTexts(
  ranges: Readonly<Record<RangeKey, unknown[][]>>,
  layouts: ReadonlyMap<RangeKey, OrderColumns>,
): Set<string> {
  const texts = new Set<string>();
  for (const key of orderRangeKeys) {
    const layout = layouts.get(key);
    if (layout) addCurrencies(ranges[key], layout.headerIndex + 1, layout, texts);
  }
  return texts;
}

function placeRows(
  values: unknown[][],
  layout: OrderColumns,
  orderPlace: ReadonlyMap<string, Place>,
  placeOf: (text: string) => SalesChannelPlace,
): Buckets {
  const buckets: Buckets = { byPlace: new Map(), nonAmazon: [], unplaced: [] };
  for (let i = layout.headerIndex + 1; i < values.length; i++) {
    const cells = values[i];
    if (!cells || isBlankRow(cells)) continue;
    const channel = layout.salesChannel < 0 ? '' : cellText(cells[layout.salesChannel]);
    const own = channel === '' ? undefined : placeOf(channel);
    const orderId = layout.orderId < 0 ? '' : orderIdKey(cellText(cells[layout.orderId]));
    const place: Place | undefined =
      own === undefined ? orderPlace.get(orderId) : own === 'nonAmazon' ? own : own.code;
    if (place === undefined) buckets.unplaced.push(i);
    else if (place === 'nonAmazon') buckets.nonAmazon.push(i);
    else {
      const rows = buckets.byPlace.get(place);
      if (rows) rows.push(i);
      else buckets.byPlace.set(place, [i]);
    }
  }
  return buckets;
}
