/**
 * From the seller's report ranges to what a Plan of Action is built on: per marketplace, the
 * metrics, the findings behind them and the affected orders; and (in memory only) the buyer
 * identifiers to keep out of the plan. One path for the sidebar's server functions, `npm start`
 * and the tests.
 */
import { affectedOrders, findDefectFindings } from '../analysis/findings';
import { givenAsOfDay, resolveAsOf } from '../as-of-argument';
import { type HealthRanges, readHealthByMarketplace } from '../health-input';
import { defaultMarketplaceCode, type Marketplace, marketplaceByCode } from '../marketplaces';
import { measureAccountHealth } from '../metrics/account-health';
import { HealthData } from '../metrics/health-data';
import type { HealthInput, MetricOptions } from '../metrics/types';
import { buyerPlacesOfAll, buyerValuesOfAll, createRedactor, type Redactor } from '../privacy';
import type { Channel } from '../reports/types';
import type { MarketplaceView, NoticeSuggestion, PlanOfActionStart } from './contract';
import { sellerStake } from './damage';
import { evidenceFor, productChoices } from './evidence';
import { metricsOfNotice } from './notices';
import type { KeptMarketplace } from './report-facts';
import { factsInScope, noFacts, type PlanFacts } from './scope';
import type { NoticeKind, PlanDraft } from './types';

/** One marketplace's reports, measured apart as Amazon measures them. */
export interface MarketplaceData extends KeptMarketplace {
  input: HealthInput;
}

export interface ReportData {
  /** One per marketplace the reports hold, in the marketplaces table's order; never empty. */
  marketplaces: MarketplaceData[];
  /** Buyer names, e-mails, phones and addresses from the sheets; never sent to the sidebar. */
  buyerIdentifiers: string[];
  /** The towns and states among them, which the seller's own plan may name (see review-guards). */
  buyerPlaces: string[];
  /** Blanks buyer data in report text; the findings and affected orders already passed it. */
  redactor: Redactor;
}

export interface ReportDataSettings {
  /** A marketplace code (`UK`); empty or absent: read from the reports. */
  marketplace?: string;
  /** The as-of day as the seller gave it; absent: the newest order's day. */
  asOf?: unknown;
  nearMargin: number;
  /** The spreadsheet's time zone, where Sheets put the sheets' `Date` cells (see readHealthInput). */
  sheetTimeZone?: string;
}

function marketplaceData(
  input: HealthInput,
  marketplace: Marketplace,
  settings: ReportDataSettings,
  redactor: Redactor,
): MarketplaceData {
  const options: MetricOptions = {
    marketplace,
    asOf: resolveAsOf(settings.asOf, input, marketplace, settings.sheetTimeZone),
    nearMargin: settings.nearMargin,
  };
  // The orders merged once, for the metrics and the orders to ship.
  const orders = new HealthData(input);
  const results = measureAccountHealth(orders, options);
  return {
    marketplace,
    input,
    options,
    results,
    // Order IDs, SKUs, counts and amounts: seller data, written to the Doc as they are.
    stake: sellerStake(input, marketplace, options.asOf, orders),
    // A claim reason or carrier typed with a buyer's name is a finding's key: blanked here, so
    // the sidebar, the review and the Doc all see the same findings.
    findings: redactor.redactDeep(findDefectFindings(input, results, options)),
    affected: redactor.redactDeep(affectedOrders(input, results)),
  };
}

/**
 * The Plan of Action's data from the report ranges, each marketplace measured apart (or only the
 * one the settings name). `allRanges` are every pasted report, read only for the buyer identifiers
 * they hold (whatever their kind). Throws, with the report, column and row, when a report cannot
 * be read.
 */
export function reportDataOf(
  ranges: HealthRanges,
  allRanges: readonly unknown[][][],
  settings: ReportDataSettings,
): ReportData {
  const buyerIdentifiers = buyerValuesOfAll(allRanges);
  const buyerPlaces = buyerPlacesOfAll(allRanges);
  const redactor = createRedactor(buyerIdentifiers, buyerPlaces);
  // The as_of the seller gave vouches for an order after a pause, as it does in the formulas. A
  // Date without the spreadsheet's zone is read in the marketplace's, as resolveAsOf reads it.
  const dateZone =
    settings.sheetTimeZone ??
    marketplaceByCode(settings.marketplace || defaultMarketplaceCode).timeZone;
  const asOfDay = givenAsOfDay(settings.asOf, dateZone);
  const read = readHealthByMarketplace(
    ranges,
    settings.marketplace || undefined,
    settings.sheetTimeZone,
    asOfDay,
  );
  return {
    marketplaces: read.marketplaces.map(({ input, marketplace }) =>
      marketplaceData(input, marketplace, settings, redactor),
    ),
    buyerIdentifiers,
    buyerPlaces,
    redactor,
  };
}

/** The marketplace a draft is about: the one it names, else the first the reports hold. */
export function marketplaceOfDraft<M extends { marketplace: Marketplace }>(
  data: { marketplaces: readonly M[] },
  draft: PlanDraft,
): M | null {
  const code = draft.notice.marketplace;
  const named = code ? data.marketplaces.find((m) => m.marketplace.code === code) : undefined;
  return named ?? (code ? null : (data.marketplaces[0] ?? null));
}

/** The figures a draft's plan may quote: its marketplace's, in its notice's channel. */
export function planFactsOf(
  data: { marketplaces: readonly (PlanFacts & { marketplace: Marketplace })[] } | null,
  draft: PlanDraft,
): PlanFacts {
  const market = data ? marketplaceOfDraft(data, draft) : null;
  return market ? factsInScope(draft.notice, market) : noFacts;
}

const statusRank = { breach: 0, near: 1, fine: 2, noData: 3 } as const;

const performanceNotices: readonly NoticeKind[] = [
  'orderDefectRate',
  'lateShipmentRate',
  'cancellationRate',
  'validTrackingRate',
  'onTimeDeliveryRate',
];

/** The performance notice the data points at: the worst metric that is breached or near. */
export function suggestedNotice(data: ReportData): NoticeSuggestion | null {
  let best: (NoticeSuggestion & { rank: number }) | null = null;
  for (const market of data.marketplaces) {
    for (const result of market.results) {
      if (result.status !== 'breach' && result.status !== 'near') continue;
      const kind = performanceNotices.find((k) => metricsOfNotice(k).includes(result.metric));
      const rank = statusRank[result.status];
      if (kind && (best === null || rank < best.rank)) {
        const channel: Channel = result.channel;
        best = { kind, channel, marketplace: market.marketplace.code, rank };
      }
    }
  }
  if (!best) return null;
  const { rank: _rank, ...suggestion } = best;
  return suggestion;
}

function marketplaceView(market: MarketplaceData): MarketplaceView {
  return {
    code: market.marketplace.code,
    salesChannel: market.marketplace.salesChannel,
    metrics: market.results.map(({ defects: _defects, ...summary }) => summary),
    findings: market.findings,
  };
}

/** What the sidebar is shown of the reports when it opens. */
export type ReportView = Pick<
  PlanOfActionStart,
  'suggested' | 'marketplaces' | 'evidence' | 'products'
>;

export function reportView(data: ReportData | null): ReportView {
  return {
    suggested: data ? suggestedNotice(data) : null,
    marketplaces: data ? data.marketplaces.map(marketplaceView) : [],
    evidence: data ? evidenceFor(data) : {},
    products: data ? productChoices(data) : [],
  };
}
