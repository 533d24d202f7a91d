/**
 * The one list of the add-on's Apps Script globals.
 *
 * `scripts/build.ts` turns it into `dist/Code.js`: a real top-level `function NAME(params)` with
 * its JSDoc for every entry (Sheets only offers autocomplete and argument help for declarations
 * it can see, and esbuild drops comments), each delegating to the bundle's `SellerHealth` object.
 * The bundle of its kind must export a function for every name here: ./index.ts (Core.js) for
 * custom functions and triggers, ./server.ts (Server.html) for menu items and sidebar and dialog
 * calls; a test checks it.
 * The sidebar's typed RPC uses the `sidebar` entries.
 */

import { dashboardGlobals } from './dashboard/globals';
import {
  asOfParam as asOf,
  marketplaceParam,
  nearMarginParam,
  rangeType as range,
  reportParams,
} from './global-params';
import type { GlobalFunction } from './globals-types';
import { planOfActionGlobals } from './plan-of-action/globals';

export type { GlobalFunction, GlobalKind, GlobalParam } from './globals-types';

export const customFunctions: readonly GlobalFunction[] = [
  {
    name: 'ODR',
    kind: 'customFunction',
    summary:
      "Order Defect Rate: orders with negative feedback, an A-to-z claim or a chargeback over the 60 days ending as_of, by order date (Amazon's target: under 1%).",
    params: [
      {
        name: 'orders',
        type: range,
        description: 'All Orders report (or FBA shipments), header row included.',
      },
      {
        name: 'feedback',
        type: range,
        description: "Seller Feedback report, or Amazon's ODR download.",
        optional: true,
      },
      {
        name: 'claims',
        type: range,
        description: "A-to-z claims, or Amazon's ODR download.",
        optional: true,
      },
      {
        name: 'chargebacks',
        type: range,
        description: "Chargebacks, or Amazon's ODR download.",
        optional: true,
      },
      {
        name: 'channel',
        type: 'string',
        description: '"MFN" (seller-fulfilled, the default) or "AFN" (FBA).',
        optional: true,
      },
      asOf,
      marketplaceParam,
    ],
    returns: { type: 'number', description: 'The rate as a fraction (0.008 is 0.8%).' },
  },
  {
    name: 'LATE_SHIPMENT_RATE',
    kind: 'customFunction',
    summary:
      "Late Shipment Rate: seller-fulfilled orders confirmed after their latest ship date (Amazon's target: under 4%, over 10 and 30 days).",
    params: [
      {
        name: 'orders',
        type: range,
        description: 'Seller-fulfilled Order Report with latest-ship-date, header row included.',
      },
      {
        name: 'shipments',
        type: range,
        description: 'Shipping confirmations (order-id, ship-date, ...), header row included.',
        optional: true,
      },
      {
        name: 'window_days',
        type: 'number',
        description: '10 or 30 (the default).',
        optional: true,
      },
      asOf,
      marketplaceParam,
    ],
    returns: { type: 'number', description: 'The rate as a fraction (0.05 is 5%).' },
  },
  {
    name: 'CANCELLATION_RATE',
    kind: 'customFunction',
    summary:
      "Pre-fulfillment Cancel Rate: seller-cancelled seller-fulfilled orders; buyer-requested cancellations excluded (Amazon's target: under 2.5%, India 2%).",
    params: [
      {
        name: 'orders',
        type: range,
        description: 'All Orders report (it has order-status), header row included.',
      },
      {
        name: 'window_days',
        type: 'number',
        description: '7 (the default) or 30 (India also measures 30 days).',
        optional: true,
      },
      asOf,
      marketplaceParam,
    ],
    returns: { type: 'number', description: 'The rate as a fraction.' },
  },
  {
    name: 'VALID_TRACKING_RATE',
    kind: 'customFunction',
    summary:
      "Valid Tracking Rate: confirmed seller-fulfilled packages with valid tracking over 30 days (Amazon's target: above 95%).",
    params: [
      {
        name: 'orders',
        type: range,
        description: 'All Orders report or seller-fulfilled Order Report, header row included.',
      },
      {
        name: 'shipments',
        type: range,
        description: 'Shipping confirmations with tracking numbers, header row included.',
      },
      asOf,
      marketplaceParam,
    ],
    returns: { type: 'number', description: 'The rate as a fraction.' },
  },
  {
    name: 'ON_TIME_DELIVERY_RATE',
    kind: 'customFunction',
    summary:
      'On-Time Delivery Rate: tracked seller-fulfilled packages delivered by the promised date (classic: 30 days, above 97%; US unit rate: 14 days after a 7-day delay, at least 90%).',
    params: [
      {
        name: 'orders',
        type: range,
        description:
          'Seller-fulfilled Order Report with latest-delivery-date, header row included.',
      },
      {
        name: 'shipments',
        type: range,
        description: 'Shipping confirmations with a delivered date, header row included.',
      },
      {
        name: 'mode',
        type: 'string',
        description: '"classic" (packages, 30 days; the default) or "unit" (US units, 14 days).',
        optional: true,
      },
      asOf,
      marketplaceParam,
    ],
    returns: { type: 'number', description: 'The rate as a fraction.' },
  },
  {
    name: 'ACCOUNT_HEALTH',
    kind: 'customFunction',
    summary:
      'Every account-health metric the pasted reports allow, as a table: metric, channel, value, target, status, numerator, denominator, window start, window end.',
    params: [...reportParams, asOf, marketplaceParam, nearMarginParam],
    returns: { type: 'Array<Array<*>>', description: 'A table with a header row.' },
  },
];

/** Every global the add-on declares. */
export const addonGlobals: readonly GlobalFunction[] = [
  ...customFunctions,
  ...dashboardGlobals,
  ...planOfActionGlobals,
];
