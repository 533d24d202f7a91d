/**
 * Defects ODR cannot count, named so that none is lost without a word. ODR places a defect in the
 * window of its order's date [AMZ-HELP G200285170; reference 1.1]:
 * - negative feedback, a claim or a chargeback on an order no pasted order report lists has no
 *   order date (often the order is older than the orders report's first day), so it is not
 *   counted;
 * - a row of Amazon's ODR download carries its own order date, but the download is made per
 *   channel and has no channel column: when its order is listed nowhere and the orders have both
 *   channels, it is neither's.
 * Only rows that could fall in the window are named: a defect dated before the window's first
 * day is on an order placed before it too.
 */
import { dayWindow } from '../calendar';
import type { Channel, ReportKind } from '../reports/types';
import type { HealthData } from './health-data';
import { odrWindowDays } from './order-defect-rate';
import type { MetricOptions } from './types';

/** Rows of one report that ODR could not count, and why. */
export interface UncountedDefects {
  /** The argument the rows came in, e.g. "claims"; null for Amazon's ODR download (any). */
  source: string | null;
  report: ReportKind;
  /** 1-based row numbers in the range passed. */
  rows: number[];
  reason: 'orderNotListed' | 'channelUnknown';
}

/**
 * The only channel the orders have, or null when they have both (or none): where a download row
 * without a channel, on an order no report lists, counts (see `measureOrderDefectRate`).
 */
export function onlyChannel(data: HealthData): Channel | null {
  let found: Channel | null = null;
  for (const order of data.orderList) {
    if (found === null) found = order.channel;
    else if (order.channel !== found) return null;
  }
  return found;
}

export function uncountedDefects(
  data: HealthData,
  options: MetricOptions,
  downloadChannel: Channel | null,
): UncountedDefects[] {
  const { input, orders } = data;
  const windowStart = dayWindow(options.asOf, odrWindowDays, options.marketplace.timeZone).startMs;
  const couldCount = (date: number | null) => date === null || date >= windowStart;
  // An order Amazon's download names in the window is counted through the download's own date.
  const downloaded = new Set(
    input.odrDefects.filter((d) => d.orderDate >= windowStart).map((d) => d.orderId),
  );
  const unlisted = (orderId: string) => !orders.has(orderId) && !downloaded.has(orderId);
  const found: UncountedDefects[] = [];
  const add = (
    source: string | null,
    report: ReportKind,
    rows: number[],
    reason: UncountedDefects['reason'],
  ) => {
    if (rows.length > 0) found.push({ source, report, rows, reason });
  };
  add(
    'feedback',
    'feedback',
    input.feedback
      .filter((f) => f.rating <= 2 && !f.removed && couldCount(f.date) && unlisted(f.orderId))
      .map((f) => f.row),
    'orderNotListed',
  );
  for (const kind of ['claims', 'chargebacks'] as const) {
    const rows = input[kind].filter((c) => c.counts && couldCount(c.date) && unlisted(c.orderId));
    add(
      kind,
      kind,
      rows.map((c) => c.row),
      'orderNotListed',
    );
  }
  if (downloadChannel === null) {
    add(
      null,
      'odrDefects',
      input.odrDefects
        .filter((d) => d.channel === null && d.orderDate >= windowStart && !orders.has(d.orderId))
        .map((d) => d.row),
      'channelUnknown',
    );
  }
  return found;
}
