import { dayKey } from '../calendar';
import { trustedSpan } from '../reports/date-span';
import { MetricInputError } from './errors';
import type { HealthInput } from './types';

/**
 * The default last day of the windows: the day (marketplace zone) of the newest order that is not
 * a stray. An order is a stray when it is alone, more than 14 days (or three times the usual gap
 * between orders, for a sparse seller) after every other order (see reports/date-span.ts): one
 * purchase-date typed 2062 instead of 2026 cannot move it [issue 8.1], and the readers report that
 * row as a problem. It depends on the data only, never on today's date, so a sheet gives the same
 * numbers whenever it recalculates.
 */
export function defaultAsOf(input: HealthInput, timeZone: string): string {
  // Sized once: a typed array of 100,000 order dates, not an array grown row by row.
  const { orders, fbaShipments } = input;
  const instants = new Float64Array(orders.length + fbaShipments.length);
  const keys: string[] = new Array(instants.length);
  let n = 0;
  for (const rows of [orders, fbaShipments]) {
    for (let i = 0; i < rows.length; i++, n++) {
      const row = rows[i] as { purchaseDate: number; orderId: string };
      instants[n] = row.purchaseDate;
      keys[n] = row.orderId;
    }
  }
  const span = trustedSpan(instants, keys);
  if (span === null) {
    throw new MetricInputError(
      'No orders to date the windows from: paste the orders report (with purchase-date) or give an as-of day.',
    );
  }
  return dayKey(span.last, timeZone);
}
