/**
 * Reading the arguments every custom function shares: the report ranges, as_of, marketplace and
 * near_margin. One place, so ACCOUNT_HEALTH and the dashboard's functions read a sheet the same way.
 */
import { type HealthRanges, readHealthInput, resolveAsOf } from '../core/health-input';
import type { HealthInput, MetricOptions } from '../core/metrics/types';
import type { Channel } from '../core/reports/types';

const defaultNearMargin = 0.2;

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isDate(value: unknown): boolean {
  // Dates from Sheets come from another realm: instanceof would say no.
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function nearMarginArgument(value: unknown): number {
  if (isBlank(value)) return defaultNearMargin;
  const margin = Number(value);
  if (!(margin >= 0 && margin < 1)) {
    throw new Error(`near_margin: expected a share between 0 and 1 (0.2 is 20%), got "${value}".`);
  }
  return margin;
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
 * arrives at midnight in the spreadsheet's zone, so that zone (a read a custom function may make)
 * says which day it is.
 */
export function readMetricArguments(
  ranges: HealthRanges,
  asOf: unknown,
  marketplace?: unknown,
  nearMargin?: unknown,
): { input: HealthInput; options: MetricOptions } {
  const code = isBlank(marketplace) ? undefined : String(marketplace);
  const read = readHealthInput(ranges, code);
  const spreadsheetZone = isDate(asOf)
    ? SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()
    : undefined;
  return {
    input: read.input,
    options: {
      marketplace: read.marketplace,
      asOf: resolveAsOf(asOf, read.input, read.marketplace, spreadsheetZone),
      nearMargin: nearMarginArgument(nearMargin),
    },
  };
}
