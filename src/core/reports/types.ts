/**
 * Records read from the reports a seller downloads from Seller Central.
 *
 * Every instant is a number of milliseconds since the Unix epoch (UTC). Numbers, unlike `Date`
 * objects, mean the same thing in Apps Script, in Node's vm contexts and in the browser, and they
 * cross `google.script.run` unchanged. Calendar days are worked out later, in the marketplace's
 * time zone (see `../calendar.ts`).
 *
 * `row` is the 1-based row number in the range the seller passed (the header row is row 1), so an
 * error or a finding can point at the exact line they pasted.
 */

/** MFN: the seller ships it (FBM). AFN: Amazon ships it (FBA). Amazon reports ODR for each apart. */
export type Channel = 'MFN' | 'AFN';

export type ReportKind =
  | 'allOrders'
  | 'sellerFulfilledOrders'
  | 'shippingConfirmations'
  | 'fbaShipments'
  | 'feedback'
  | 'claims'
  | 'chargebacks'
  | 'odrDefects';

/** Order status, normalised from the spellings seen in flat files and in the Orders API. */
export type OrderStatus =
  | 'Pending'
  | 'Unshipped'
  | 'PartiallyShipped'
  | 'Shipped'
  | 'Cancelled'
  | 'Other';

/** One item row of the All Orders report or of the seller-fulfilled Order Report. */
export interface OrderItem {
  row: number;
  orderId: string;
  /**
   * `order-item-id` when the report has it (the seller-fulfilled Order Report): it matches the
   * item to its rows in a shipping confirmation file.
   */
  orderItemId?: string;
  /** The order's date: it places the order, and every defect on it, in a metric window. */
  purchaseDate: number;
  orderStatus: OrderStatus;
  /** The status text exactly as the report had it, for display. */
  orderStatusText: string;
  /**
   * The item's own status (All Orders `item-status`); null when the report has none. A seller can
   * cancel one item of an order that otherwise ships, and that counts as a cancellation.
   */
  itemStatus: OrderStatus | null;
  channel: Channel;
  sku: string;
  asin: string;
  productName: string;
  quantity: number;
  /** Item price total for the quantity (Amazon's money columns are totals, not unit prices). */
  itemPrice: number | null;
  currency: string;
  /** e.g. `Amazon.com`; tells the marketplace when the report has it. */
  salesChannel: string;
  shipServiceLevel: string;
  /** `is-buyer-requested-cancelation`; null when the report has no such column. */
  buyerRequestedCancel: boolean | null;
  /** Seller-fulfilled Order Report only: the end of the ship-by period (LSR's expected ship date). */
  latestShipDate: number | null;
  /** Seller-fulfilled Order Report only: the deliver-by date (OTDR's promise). */
  latestDeliveryDate: number | null;
}

/** One row of a shipping confirmation file: a package (or part of one) the seller confirmed. */
export interface ShipmentConfirmation {
  row: number;
  orderId: string;
  orderItemId: string;
  /** Units in this package for the item; null when the file leaves it blank (the whole item). */
  quantity: number | null;
  /** The ship date the seller typed (yyyy-mm-dd in Amazon's template). */
  shipDate: number;
  /**
   * When the shipment was confirmed in Seller Central, if the shipping tool exported it. LSR uses
   * this timestamp, not the typed ship date [AMZ-HELP BR 200197960].
   */
  confirmedAt: number | null;
  carrierCode: string;
  carrierName: string;
  trackingNumber: string;
  shipMethod: string;
  /** Whether the tracking number had a carrier scan, if the tool exported it; null when unknown. */
  trackingValid: boolean | null;
  /** When the carrier delivered the package, if known. */
  deliveredAt: number | null;
}

/** One row of FBA's Amazon Fulfilled Shipments report. Used for AFN order counts only. */
export interface FbaShipment {
  row: number;
  orderId: string;
  purchaseDate: number;
  shipmentDate: number | null;
  sku: string;
  productName: string;
  quantity: number;
  itemPrice: number | null;
  currency: string;
  salesChannel: string;
}

/** One row of the Seller Feedback report. */
export interface Feedback {
  row: number;
  orderId: string;
  /** When the buyer left it; ODR ignores this and uses the order's date. */
  date: number | null;
  /** 1 to 5 stars; 1 and 2 are negative. */
  rating: number;
  comment: string;
  /** Removed by the buyer or struck out by Amazon, when the report says so: it does not count. */
  removed: boolean;
}

/** One A-to-z Guarantee claim. */
export interface Claim {
  row: number;
  orderId: string;
  date: number | null;
  /** Status or decision text as the report had it. */
  status: string;
  reason: string;
  /** Denied claims, and claims withdrawn before a decision, do not count toward ODR. */
  counts: boolean;
}

/** One credit-card chargeback. */
export interface Chargeback {
  row: number;
  orderId: string;
  date: number | null;
  status: string;
  reason: string;
  /** Only service chargebacks count toward ODR; fraud chargebacks (and reversed ones) do not. */
  counts: boolean;
}

export type DefectType = 'negativeFeedback' | 'claim' | 'chargeback';

/** One row of Amazon's own Account Health ODR download: order date, order ID, defect type. */
export interface OdrDefect {
  row: number;
  orderId: string;
  orderDate: number;
  defect: DefectType;
  channel: Channel | null;
}

/** A row that could not be read, with what was expected. Never silently dropped. */
export interface RowProblem {
  report: ReportKind;
  row: number;
  column: string;
  value: string;
  expected: string;
}

export interface ReportRecords {
  allOrders: OrderItem;
  sellerFulfilledOrders: OrderItem;
  shippingConfirmations: ShipmentConfirmation;
  fbaShipments: FbaShipment;
  feedback: Feedback;
  claims: Claim;
  chargebacks: Chargeback;
  odrDefects: OdrDefect;
}

/**
 * Per report kind, fields of its column table (kinds.ts) that a caller does not use: they are read
 * as if the report had no such column, so their cells are neither read nor checked.
 */
export type UnreadColumns = { readonly [K in ReportKind]?: readonly string[] };

/** The result of reading one pasted range. */
export interface ParsedReport<K extends ReportKind = ReportKind> {
  kind: K;
  records: ReportRecords[K][];
  problems: RowProblem[];
}
