/**
 * The report columns the metric functions (and RECOVERY_PLAN and HEALTH_TRENDS, made from the
 * metrics alone) leave unread. Every custom-function call reads the
 * pasted reports again, so a column no metric uses is a cost on every call (issue 12), and a typo
 * in it would stop a rate it cannot change. A function checks every cell it reads; REPORT_PROBLEMS
 * and the import check every column of every row.
 */
import type { UnreadColumns } from '../reports/types';

/** Order-report columns no metric reads: money, currency and labels (the marketplace choice reads the sales-channel and currency cells itself). */
const orderColumnsNoMetricReads = [
  'orderItemId',
  'itemPrice',
  'currency',
  'salesChannel',
  'shipServiceLevel',
];

/** What ACCOUNT_HEALTH, LSR, the cancel rate, VTR, OTDR, RECOVERY_PLAN and HEALTH_TRENDS leave unread. */
export const unreadByMetrics: UnreadColumns = {
  allOrders: orderColumnsNoMetricReads,
  sellerFulfilledOrders: orderColumnsNoMetricReads,
  fbaShipments: ['shipmentDate', 'itemPrice', 'currency', 'salesChannel'],
  shippingConfirmations: ['carrierName', 'shipMethod'],
  feedback: ['comment'],
};

/**
 * ODR counts orders by channel, order date and cancellation, and their defects
 * [AMZ-HELP G200285170]: items, units, promises and the buyer's cancel request do not enter it.
 */
const orderColumnsOdrLeaves = [
  ...orderColumnsNoMetricReads,
  'sku',
  'asin',
  'productName',
  'quantity',
  'buyerRequestedCancel',
  'latestShipDate',
  'latestDeliveryDate',
];

/** What ODR leaves unread. */
export const unreadByOrderDefectRate: UnreadColumns = {
  allOrders: orderColumnsOdrLeaves,
  sellerFulfilledOrders: orderColumnsOdrLeaves,
  fbaShipments: [
    'shipmentDate',
    'sku',
    'productName',
    'quantity',
    'itemPrice',
    'currency',
    'salesChannel',
  ],
  feedback: ['comment'],
};
