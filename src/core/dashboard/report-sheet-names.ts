/** The sheet an import creates for each kind of report: named for what it holds. */
import type { ReportKind } from '../reports/types';

const sheetNames: Record<ReportKind, string> = {
  allOrders: 'All Orders',
  sellerFulfilledOrders: 'Seller-fulfilled Orders',
  shippingConfirmations: 'Shipping Confirmations',
  fbaShipments: 'FBA Shipments',
  feedback: 'Seller Feedback',
  claims: 'A-to-z Claims',
  chargebacks: 'Chargebacks',
  odrDefects: 'ODR Defects',
};

export function sheetNameFor(kind: ReportKind): string {
  return sheetNames[kind];
}
