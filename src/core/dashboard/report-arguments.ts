/**
 * Which report sheet goes to which argument of the health functions (the keys of `HealthRanges`),
 * when the reports are found by their header rows.
 */
import type { HealthRanges } from '../health-input';
import type { ReportKind } from '../reports/types';

export type HealthArgument = keyof HealthRanges;

/**
 * The sheet of each argument, by index into `kinds` (one sheet per kind: the first in tab order).
 * - orders: the All Orders report (both channels); without it the FBA shipments (AFN orders), else
 *   the seller-fulfilled Order Report.
 * - mfn_orders: the seller-fulfilled Order Report, for its ship-by and deliver-by dates, unless it
 *   already is `orders`.
 * - Amazon's ODR download lists every defect type: it takes the first of claims, chargebacks or
 *   feedback that no list of that kind fills.
 */
export function healthArguments(
  kinds: readonly ReportKind[],
): Partial<Record<HealthArgument, number>> {
  const first = (kind: ReportKind) => {
    const index = kinds.indexOf(kind);
    return index < 0 ? undefined : index;
  };
  const assigned: Partial<Record<HealthArgument, number>> = {};
  const set = (argument: HealthArgument, index: number | undefined) => {
    if (index !== undefined) assigned[argument] = index;
  };
  const allOrders = first('allOrders');
  const sellerFulfilled = first('sellerFulfilledOrders');
  const fba = first('fbaShipments');
  const orders = allOrders ?? fba ?? sellerFulfilled;
  set('orders', orders);
  if (orders !== sellerFulfilled) set('mfnOrders', sellerFulfilled);
  set('shipments', first('shippingConfirmations'));
  set('fbaShipments', fba);
  set('feedback', first('feedback'));
  set('claims', first('claims'));
  set('chargebacks', first('chargebacks'));
  const download = first('odrDefects');
  const free = (['claims', 'chargebacks', 'feedback'] as const).find(
    (a) => assigned[a] === undefined,
  );
  if (free) set(free, download);
  return assigned;
}
