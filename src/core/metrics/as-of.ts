import { dayKey } from '../calendar';
import { MetricInputError } from './errors';
import type { HealthInput } from './types';

/**
 * The default last day of the windows: the day (marketplace zone) of the newest order in the
 * reports. It depends on the data only, never on today's date, so a sheet gives the same numbers
 * whenever it recalculates.
 */
export function defaultAsOf(input: HealthInput, timeZone: string): string {
  let newest = Number.NEGATIVE_INFINITY;
  for (const row of input.orders) if (row.purchaseDate > newest) newest = row.purchaseDate;
  for (const row of input.fbaShipments) if (row.purchaseDate > newest) newest = row.purchaseDate;
  if (newest === Number.NEGATIVE_INFINITY) {
    throw new MetricInputError(
      'No orders to date the windows from: paste the orders report (with purchase-date) or give an as-of day.',
    );
  }
  return dayKey(newest, timeZone);
}
