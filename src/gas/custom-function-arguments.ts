/**
 * Reading the arguments every custom function shares: the report ranges, as_of, marketplace and
 * near_margin. One place, so ACCOUNT_HEALTH and the dashboard's functions read a sheet the same way.
 */
import { givenAsOfDay, resolveAsOf } from '../core/as-of-argument';
import {
  type HealthRanges,
  type MarketplaceHealth,
  readHealthByMarketplace,
  readHealthInput,
  scopeToMarketplace,
  type UnplacedRows,
} from '../core/health-input';
import { marketplaceByCode } from '../core/marketplaces';
import type { HealthInput, MetricOptions } from '../core/metrics/types';
import type { Channel, UnreadColumns } from '../core/reports/types';

const defaultNearMargin = 0.2;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export function nearMarginArgument(value: unknown): number {
  if (isBlank(value)) return defaultNearMargin;
  const margin = Number(value);
  if (!(margin >= 0 && margin < 1)) {
    throw new Error(`near_margin: expected a share between 0 and 1 (0.2 is 20%), got "${value}".`);
  }
  return margin;
}

/** A marketplace code the add-on knows (undefined when left out); a refusal names the argument. */
export function marketplaceArgument(marketplace: unknown): string | undefined {
  if (isBlank(marketplace)) return undefined;
  try {
    return marketplaceByCode(String(marketplace)).code;
  } catch (error) {
    throw new Error(`marketplace: ${(error as Error).message}`);
  }
}

/** Where Sheets put the dates typed in cells: a read a custom function may make. */
export function spreadsheetZone(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

export function channelArgument(channel: unknown): Channel {
  if (isBlank(channel)) return 'MFN';
  const text = String(channel).trim().toUpperCase();
  if (text === 'MFN' || text === 'FBM') return 'MFN';
  if (text === 'AFN' || text === 'FBA') return 'AFN';
  throw new Error(`channel: expected "MFN" (seller-fulfilled) or "AFN" (FBA), got "${channel}".`);
}

export function windowArgument(
  value: unknown,
  allowed: readonly number[],
  fallback: number,
): number {
  if (isBlank(value)) return fallback;
  const days = Number(value);
  if (!allowed.includes(days)) {
    throw new Error(`window_days: expected ${allowed.join(' or ')}, got "${String(value)}".`);
  }
  return days;
}

function measuredWith(
  scoped: MarketplaceHealth,
  asOf: unknown,
  spreadsheetZone: string,
  nearMargin: number,
): { input: HealthInput; options: MetricOptions } {
  return {
    input: scoped.input,
    options: {
      marketplace: scoped.marketplace,
      asOf: resolveAsOf(asOf, scoped.input, scoped.marketplace, spreadsheetZone),
      nearMargin,
    },
  };
}

/** The arguments a function passes on as the seller typed them, and the columns it leaves unread. */
export interface MetricArguments {
  asOf: unknown;
  marketplace?: unknown;
  nearMargin?: unknown;
  /** The columns the function does not use (src/core/metrics/unread-columns.ts); default none. */
  unread?: UnreadColumns;
}

/**
 * The records of one marketplace's rows and the options the metrics need: the marketplace named,
 * else the only one the reports hold. Refuses reports that mix marketplaces without a name. A
 * date typed in a cell (a report's or as_of) arrives at midnight in the spreadsheet's zone, so
 * that zone (a read a custom function may make) says which day and time it is.
 */
export function readMetricArguments(
  ranges: HealthRanges,
  { asOf, marketplace, nearMargin, unread }: MetricArguments,
): { input: HealthInput; options: MetricOptions } {
  const code = marketplaceArgument(marketplace);
  const margin = nearMarginArgument(nearMargin);
  const zone = spreadsheetZone();
  return measuredWith(
    readHealthInput(ranges, code, zone, givenAsOfDay(asOf, zone), unread),
    asOf,
    zone,
    margin,
  );
}

/**
 * Every marketplace of the reports apart (or only the one named), each with its own as-of day in
 * its own zone, and the rows no marketplace could be given.
 */
export function readMarketplacesArguments(
  ranges: HealthRanges,
  { asOf, marketplace, nearMargin, unread }: MetricArguments,
): { measured: { input: HealthInput; options: MetricOptions }[]; unplaced: UnplacedRows[] } {
  const code = marketplaceArgument(marketplace);
  const margin = nearMarginArgument(nearMargin);
  const zone = spreadsheetZone();
  const read = readHealthByMarketplace(ranges, code, zone, givenAsOfDay(asOf, zone), unread);
  // Named: scoped as every function is, so a marketplace without orders is refused the same way.
  const parts = code === undefined ? read.marketplaces : [scopeToMarketplace(read, code)];
  return {
    measured: parts.map((part) => measuredWith(part, asOf, zone, margin)),
    unplaced: read.unplaced,
  };
}
