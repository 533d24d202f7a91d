/**
 * Reading the arguments every custom function shares: the report ranges, as_of, marketplace and
 * near_margin. One place, so ACCOUNT_HEALTH and the dashboard's functions read a sheet the same way.
 */
import { type HealthRanges, readHealthInput, resolveAsOf } from '../core/health-input';
import { marketplaceByCode } from '../core/marketplaces';
import type { HealthInput, MetricOptions } from '../core/metrics/types';
import type { Channel } from '../core/reports/types';

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

/** A marketplace code the add-on knows; the message names the argument. */
function marketplaceArgument(code: string): string {
  try {
    return marketplaceByCode(code).code;
  } catch (error) {
    throw new Error(`marketplace: ${(error as Error).message}`);
  }
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

/**
 * The records of the report ranges and the options the metrics need. A date typed in a cell
 * (a report's or as_of) arrives at midnight in the spreadsheet's zone, so that zone (a read a
 * custom function may make) says which day and time it is.
 */
export function readMetricArguments(
  ranges: HealthRanges,
  asOf: unknown,
  marketplace?: unknown,
  nearMargin?: unknown,
): { input: HealthInput; options: MetricOptions } {
  const code = isBlank(marketplace) ? undefined : marketplaceArgument(String(marketplace));
  const spreadsheetZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const read = readHealthInput(ranges, code, spreadsheetZone);
  return {
    input: read.input,
    options: {
      marketplace: read.marketplace,
      asOf: resolveAsOf(asOf, read.input, read.marketplace, spreadsheetZone),
      nearMargin: nearMarginArgument(nearMargin),
    },
  };
}
