/**
 * Parameters several globals share, so Sheets' argument help says the same thing for the same
 * argument of every function.
 */
import type { GlobalParam } from './globals-types';

/** JSDoc type of a range argument: Sheets passes it as a 2D array. */
export const rangeType = 'Array<Array<*>>';

export const asOfParam: GlobalParam = {
  name: 'as_of',
  type: 'Date|string',
  description: "Last day of the window. Default: the newest order's day.",
  optional: true,
};

export const marketplaceParam: GlobalParam = {
  name: 'marketplace',
  type: 'string',
  description: 'e.g. UK; needed for reports mixing marketplaces.',
  optional: true,
};

export const nearMarginParam: GlobalParam = {
  name: 'near_margin',
  type: 'number',
  description: 'Share of the room under the target that counts as near (default 0.2).',
  optional: true,
};

/** The report ranges of ACCOUNT_HEALTH and the dashboard functions, in their order. */
export const reportParams: readonly GlobalParam[] = [
  {
    name: 'orders',
    type: rangeType,
    description: 'All Orders report (or FBA shipments), header row included.',
  },
  {
    name: 'mfn_orders',
    type: rangeType,
    description: 'Seller-fulfilled Order Report (ship-by and deliver-by dates).',
    optional: true,
  },
  { name: 'shipments', type: rangeType, description: 'Shipping confirmations.', optional: true },
  { name: 'feedback', type: rangeType, description: 'Seller Feedback report.', optional: true },
  {
    name: 'claims',
    type: rangeType,
    description: "A-to-z claims, or Amazon's ODR download.",
    optional: true,
  },
  { name: 'chargebacks', type: rangeType, description: 'Chargebacks.', optional: true },
];
