/**
 * Report header rows exactly as documented in shared/reference/amazon-metrics.md section 3
 * (written there with ⇥ for TAB), and helpers to build ranges the way Sheets or a TSV paste gives
 * them.
 */
import type { ReadOptions } from '../../../src/core/reports';

const tab = (line: string): string[] => line.split('⇥');

export const headers = {
  /** 3.1: 32 columns, with url. */
  allOrdersWithUrl: tab(
    'amazon-order-id⇥merchant-order-id⇥purchase-date⇥last-updated-date⇥order-status⇥fulfillment-channel⇥sales-channel⇥order-channel⇥url⇥ship-service-level⇥product-name⇥sku⇥asin⇥item-status⇥quantity⇥currency⇥item-price⇥item-tax⇥shipping-price⇥shipping-tax⇥gift-wrap-price⇥gift-wrap-tax⇥item-promotion-discount⇥ship-promotion-discount⇥ship-city⇥ship-state⇥ship-postal-code⇥ship-country⇥promotion-ids⇥is-business-order⇥purchase-order-number⇥price-designation',
  ),
  /** 3.1: 28 columns, no url and nothing after promotion-ids. */
  allOrdersNoUrl: tab(
    'amazon-order-id⇥merchant-order-id⇥purchase-date⇥last-updated-date⇥order-status⇥fulfillment-channel⇥sales-channel⇥order-channel⇥ship-service-level⇥product-name⇥sku⇥asin⇥item-status⇥quantity⇥currency⇥item-price⇥item-tax⇥shipping-price⇥shipping-tax⇥gift-wrap-price⇥gift-wrap-tax⇥item-promotion-discount⇥ship-promotion-discount⇥ship-city⇥ship-state⇥ship-postal-code⇥ship-country⇥promotion-ids',
  ),
  /** 3.2: the seller-fulfilled Order Report (MWS EU field list). */
  sellerFulfilled: tab(
    'order-id⇥order-item-id⇥purchase-date⇥payments-date⇥buyer-email⇥buyer-name⇥buyer-phone-number⇥sku⇥product-name⇥quantity-purchased⇥currency⇥item-price⇥item-tax⇥shipping-price⇥shipping-tax⇥ship-service-level⇥ship-service-name⇥recipient-name⇥ship-address-1⇥ship-address-2⇥ship-address-3⇥ship-city⇥ship-state⇥ship-postal-code⇥ship-country⇥ship-phone-number⇥delivery-start-date⇥delivery-end-date⇥delivery-time-zone⇥delivery-Instructions⇥order-channel⇥order-channel-instance⇥external-order-id⇥earliest-ship-date⇥latest-ship-date⇥earliest-delivery-date⇥latest-delivery-date⇥is-business-order⇥purchase-order-number⇥price-designation⇥fulfilled-by⇥shipment-status',
  ),
  /** 3.3: the Unshipped Orders report, Amazon.in 2025. */
  unshipped: tab(
    'order-id⇥order-item-id⇥purchase-date⇥payments-date⇥reporting-date⇥promise-date⇥days-past-promise⇥buyer-email⇥buyer-name⇥buyer-phone-number⇥sku⇥product-name⇥quantity-purchased⇥quantity-shipped⇥quantity-to-ship⇥ship-service-level⇥recipient-name⇥ship-address-1⇥ship-address-2⇥ship-address-3⇥ship-city⇥ship-state⇥ship-postal-code⇥ship-country⇥is-business-order⇥purchase-order-number⇥price-designation⇥is-iba⇥verge-of-cancellation⇥verge-of-lateShipment',
  ),
  /** 3.4: Amazon Fulfilled Shipments. */
  fbaShipments: tab(
    'amazon-order-id⇥merchant-order-id⇥shipment-id⇥shipment-item-id⇥amazon-order-item-id⇥merchant-order-item-id⇥purchase-date⇥payments-date⇥shipment-date⇥reporting-date⇥buyer-email⇥buyer-name⇥buyer-phone-number⇥sku⇥product-name⇥quantity-shipped⇥currency⇥item-price⇥item-tax⇥shipping-price⇥shipping-tax⇥gift-wrap-price⇥gift-wrap-tax⇥ship-service-level⇥recipient-name⇥ship-address-1⇥ship-address-2⇥ship-address-3⇥ship-city⇥ship-state⇥ship-postal-code⇥ship-country⇥ship-phone-number⇥bill-address-1⇥bill-address-2⇥bill-address-3⇥bill-city⇥bill-state⇥bill-postal-code⇥bill-country⇥item-promotion-discount⇥ship-promotion-discount⇥carrier⇥tracking-number⇥estimated-arrival-date⇥fulfillment-center-id⇥fulfillment-channel⇥sales-channel',
  ),
  /** 3.5: Seller Feedback report. */
  feedback: tab('Date⇥Rating⇥Comments⇥Your Response⇥Order ID⇥Rater Email'),
  /** 3.7: the shipping-confirmation upload template. */
  shippingConfirmation: tab(
    'order-id⇥order-item-id⇥quantity⇥ship-date⇥carrier-code⇥carrier-name⇥tracking-number⇥ship-method',
  ),
  claims: tab('order-id⇥claim-date⇥claim-status⇥claim-reason⇥claim-amount'),
  chargebacks: tab(
    'order-id⇥chargeback-date⇥chargeback-status⇥chargeback-reason⇥chargeback-amount',
  ),
  odrDefects: tab('Order Date⇥Order ID⇥Defect Type'),
};

/** A row in the header's column order, from values keyed by header name; the rest blank. */
export function row(header: readonly string[], cells: Record<string, unknown>): unknown[] {
  for (const name of Object.keys(cells)) {
    if (!header.includes(name))
      throw new Error(`test row names a column the header lacks: ${name}`);
  }
  return header.map((name) => (name in cells ? cells[name] : ''));
}

/** A range: the header row, then rows built from values keyed by header name. */
export function range(header: readonly string[], ...rows: Record<string, unknown>[]): unknown[][] {
  return [[...header], ...rows.map((cells) => row(header, cells))];
}

/** Parses TSV text the way a paste of a downloaded report arrives: every cell a string. */
export function tsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => line.split('\t'));
}

export const us: ReadOptions = { source: 'orders', timeZone: 'America/Los_Angeles' };
