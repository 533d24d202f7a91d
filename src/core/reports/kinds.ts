/**
 * The recognition table: one entry per report kind, with its label, the header names that
 * recognise it, the header spellings of every column it reads, and its row reader.
 *
 * Header names are written as Amazon documents them [reference 3]; lookups ignore case, spaces,
 * hyphens and underscores, so `Order ID` matches `order-id`. For each column the first spelling
 * present in the header row wins. Columns not listed here are never read: buyer names, e-mails,
 * phone numbers and addresses (buyer-email, recipient-name, ship-address-*, Rater Email …) never
 * reach a record.
 */
import { wholeNumber } from './cells';
import type { RowReader } from './row-reader';
import {
  channelOf,
  chargebackCounts,
  chargebackStatusExpected,
  chargebackStatusKnown,
  claimCounts,
  claimStatusExpected,
  claimStatusKnown,
  defectTypesOf,
  feedbackRemoved,
  feedbackStatusExpected,
  feedbackStatusKnown,
  orderStatusOf,
} from './rules';
import type { Channel, OdrDefect, OrderItem, ReportKind, ReportRecords } from './types';

export interface KindSpec<K extends ReportKind, F extends string> {
  /** How messages name the report, e.g. "All Orders report". */
  label: string;
  article: 'a' | 'an';
  /** The header recognises this kind when it has one name of every group. */
  recognisedBy: readonly (readonly string[])[];
  /** Each column the reader uses: its header spellings, the documented one first. */
  columns: Readonly<Record<F, readonly string[]>>;
  /** Columns the reader cannot do without beyond those that recognise the kind. */
  alsoRequired?: readonly NoInfer<F>[];
  /** Column indexes are -1 for columns the report does not have. */
  read(r: RowReader, c: Readonly<Record<F, number>>): ReportRecords[K] | ReportRecords[K][];
}

export type KindTable = { readonly [K in ReportKind]: KindSpec<K, string> };

/** Recognition order; on a tie in matched groups the earlier kind wins. */
export const reportKinds: readonly ReportKind[] = [
  'allOrders',
  'sellerFulfilledOrders',
  'shippingConfirmations',
  'fbaShipments',
  'feedback',
  'claims',
  'chargebacks',
  'odrDefects',
];

function kind<K extends ReportKind, F extends string>(spec: KindSpec<K, F>): KindSpec<K, F> {
  return spec;
}

const orderIdHeaders = ['amazon-order-id', 'order-id'];
/** The Seller Feedback report and the Account Health downloads write `Order ID` [reference 3.5, 3.6]. */
const orderIdTitle = ['Order ID', 'amazon-order-id'];
/** `Order Date` is the ODR download's name for the order's date [reference 3.6]. */
const purchaseDateHeaders = ['purchase-date', 'order-date'];
const channelHeaders = ['fulfillment-channel', 'fulfilment-channel'];

/** Columns of the All Orders report and of the seller-fulfilled Order Report [reference 3.1, 3.2]. */
const orderItemColumns = {
  orderId: orderIdHeaders,
  orderItemId: ['order-item-id'],
  purchaseDate: purchaseDateHeaders,
  orderStatus: ['order-status'],
  itemStatus: ['item-status'],
  sku: ['sku'],
  asin: ['asin'],
  productName: ['product-name', 'item-name'],
  // Some EU help pages call the All Orders column quantity-purchased [reference 3.1].
  quantity: ['quantity', 'quantity-purchased', 'quantity-shipped'],
  itemPrice: ['item-price'],
  currency: ['currency'],
  salesChannel: ['sales-channel'],
  shipServiceLevel: ['ship-service-level'],
  // Amazon spells it with one L [reference 1.3]; the two-L spelling is accepted too.
  buyerRequestedCancel: ['is-buyer-requested-cancelation', 'is-buyer-requested-cancellation'],
  latestShipDate: ['latest-ship-date'],
  latestDeliveryDate: ['latest-delivery-date'],
};

type OrderItemColumn = keyof typeof orderItemColumns;

/** What an order or item status cell must say (rules.ts `orderStatusOf` reads these and their kin). */
const statusExpected =
  'an order status such as Shipped, Pending, Unshipped, PartiallyShipped or Cancelled';

function readOrderItem(
  r: RowReader,
  c: Readonly<Record<OrderItemColumn, number>>,
  channel: Channel,
): OrderItem {
  const orderId = r.orderId(c.orderId);
  const purchaseDate = r.date(c.purchaseDate);
  const orderStatusText = r.text(c.orderStatus);
  const orderStatus = orderStatusText === '' ? 'Other' : orderStatusOf(orderStatusText);
  if (c.orderStatus >= 0 && (orderStatusText === '' || orderStatus === undefined)) {
    r.problem(c.orderStatus, statusExpected);
  }
  const itemStatusText = r.text(c.itemStatus);
  const itemStatus = itemStatusText === '' ? null : orderStatusOf(itemStatusText);
  if (itemStatus === undefined) r.problem(c.itemStatus, statusExpected);
  const item: OrderItem = {
    row: r.row,
    orderId,
    purchaseDate,
    orderStatus: orderStatus ?? 'Other',
    orderStatusText,
    itemStatus: itemStatus ?? null,
    channel,
    sku: r.text(c.sku),
    asin: r.text(c.asin),
    productName: r.text(c.productName),
    quantity: r.quantity(c.quantity),
    itemPrice: itemPrice(r, c.itemPrice),
    currency: r.text(c.currency),
    salesChannel: r.text(c.salesChannel),
    shipServiceLevel: r.text(c.shipServiceLevel),
    buyerRequestedCancel: r.flag(c.buyerRequestedCancel),
    latestShipDate: r.optionalDate(c.latestShipDate),
    latestDeliveryDate: r.optionalDate(c.latestDeliveryDate),
  };
  if (c.orderItemId >= 0) item.orderItemId = r.identifier(c.orderItemId);
  return item;
}

/** Units a confirmation says it shipped: blank, or 1 or more (a package of 0 units is a typo). */
function shippedQuantity(r: RowReader, column: number): number | null {
  const quantity = r.optionalQuantity(column);
  if (quantity === 0) r.problem(column, 'a whole number of units shipped, 1 or more (or blank)');
  return quantity;
}

/** An item's price: what the buyer paid for it, never below 0 (a minus sign there is a typo). */
function itemPrice(r: RowReader, column: number): number | null {
  const price = r.amount(column);
  if (price !== null && price < 0) r.problem(column, 'an item price of 0 or more, such as 12.99');
  return price;
}

const channelExpected = 'Amazon or AFN (FBA), or Merchant or MFN (seller-fulfilled)';

/** Joins the non-blank texts of two columns, e.g. a claim's status and decision. */
function joined(first: string, second: string): string {
  return first && second ? `${first} / ${second}` : first || second;
}

let table: KindTable | undefined;

/** Built on first use: nothing runs when the bundle loads. */
export function kindTable(): KindTable {
  if (table) return table;
  table = {
    allOrders: kind({
      label: 'All Orders report',
      article: 'an',
      recognisedBy: [orderIdHeaders, purchaseDateHeaders, ['order-status'], channelHeaders],
      columns: { ...orderItemColumns, channel: channelHeaders },
      read(r, c) {
        const channel = channelOf(r.text(c.channel));
        if (!channel) r.problem(c.channel, channelExpected);
        return readOrderItem(r, c, channel ?? 'MFN');
      },
    }),

    // GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING and the Unshipped Orders report [reference 3.2, 3.3].
    // It lists seller-fulfilled orders only and has no fulfillment-channel column.
    sellerFulfilledOrders: kind({
      label: 'seller-fulfilled Order Report',
      article: 'a',
      recognisedBy: [
        orderIdHeaders,
        ['order-item-id'],
        purchaseDateHeaders,
        ['latest-ship-date', 'earliest-ship-date', 'quantity-purchased'],
      ],
      columns: orderItemColumns,
      read: (r, c) => readOrderItem(r, c, 'MFN'),
    }),

    // Amazon's upload template [reference 3.7] plus the columns shipping tools export.
    shippingConfirmations: kind({
      label: 'shipping confirmation file',
      article: 'a',
      recognisedBy: [orderIdHeaders, ['ship-date'], ['carrier-code', 'tracking-number']],
      columns: {
        orderId: orderIdHeaders,
        orderItemId: ['order-item-id'],
        quantity: ['quantity', 'quantity-shipped'],
        shipDate: ['ship-date'],
        carrierCode: ['carrier-code', 'carrier'],
        carrierName: ['carrier-name'],
        trackingNumber: ['tracking-number'],
        shipMethod: ['ship-method'],
        confirmedAt: ['ship-confirmation-date', 'confirmation-date', 'confirmed-at'],
        trackingValid: ['tracking-valid', 'valid-tracking', 'has-carrier-scan'],
        deliveredAt: ['delivered-date', 'delivery-date', 'delivered-at', 'actual-delivery-date'],
      },
      read: (r, c) => ({
        row: r.row,
        orderId: r.orderId(c.orderId),
        orderItemId: r.identifier(c.orderItemId),
        quantity: shippedQuantity(r, c.quantity),
        shipDate: r.date(c.shipDate),
        confirmedAt: r.optionalDate(c.confirmedAt),
        carrierCode: r.text(c.carrierCode),
        carrierName: r.text(c.carrierName),
        trackingNumber: r.identifier(c.trackingNumber),
        shipMethod: r.text(c.shipMethod),
        trackingValid: r.flag(c.trackingValid),
        deliveredAt: r.optionalDate(c.deliveredAt),
      }),
    }),

    // GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL [reference 3.4]: AFN order counts only.
    fbaShipments: kind({
      label: 'Amazon Fulfilled Shipments report',
      article: 'an',
      recognisedBy: [orderIdHeaders, ['shipment-id'], ['shipment-date']],
      columns: {
        orderId: orderIdHeaders,
        purchaseDate: purchaseDateHeaders,
        shipmentDate: ['shipment-date'],
        sku: ['sku'],
        productName: ['product-name', 'item-name'],
        quantity: ['quantity-shipped', 'quantity'],
        itemPrice: ['item-price'],
        currency: ['currency'],
        salesChannel: ['sales-channel'],
      },
      // The order's date places it in the ODR window [reference 0.1].
      alsoRequired: ['purchaseDate'],
      read: (r, c) => ({
        row: r.row,
        orderId: r.orderId(c.orderId),
        purchaseDate: r.date(c.purchaseDate),
        shipmentDate: r.optionalDate(c.shipmentDate),
        sku: r.text(c.sku),
        productName: r.text(c.productName),
        quantity: r.quantity(c.quantity),
        itemPrice: itemPrice(r, c.itemPrice),
        currency: r.text(c.currency),
        salesChannel: r.text(c.salesChannel),
      }),
    }),

    // GET_SELLER_FEEDBACK_DATA: Date, Rating, Comments, Response, Order ID, Rater Email
    // [reference 3.5]. Rater Email and the seller's response are not read.
    feedback: kind({
      label: 'Seller Feedback report',
      article: 'a',
      recognisedBy: [['Date'], ['Rating'], orderIdTitle],
      columns: {
        date: ['Date'],
        rating: ['Rating'],
        comment: ['Comments', 'Comment'],
        orderId: orderIdTitle,
        status: ['Status', 'Feedback Status', 'Removed'],
      },
      read(r, c) {
        const rating = wholeNumber(r.text(c.rating)) ?? 0;
        if (rating < 1 || rating > 5) {
          r.problem(c.rating, 'a star rating from 1 to 5');
        }
        const status = r.text(c.status);
        if (!feedbackStatusKnown(status)) r.problem(c.status, feedbackStatusExpected);
        return {
          row: r.row,
          orderId: r.orderId(c.orderId),
          date: r.optionalDate(c.date),
          rating,
          comment: r.text(c.comment),
          removed: feedbackRemoved(status),
        };
      },
    }),

    // No Amazon download exists [reference 3.6]; sellers keep these lists from the A-to-z page.
    claims: kind({
      label: 'A-to-z Guarantee claims list',
      article: 'an',
      recognisedBy: [
        orderIdHeaders,
        ['claim-date', 'claim-status', 'claim-reason', 'claim-amount', 'claim-id', 'claim-type'],
      ],
      columns: {
        orderId: orderIdHeaders,
        date: ['claim-date', 'date'],
        status: ['claim-status', 'status'],
        decision: ['claim-decision', 'decision'],
        reason: ['claim-reason', 'reason', 'claim-type'],
      },
      read(r, c) {
        const statusText = r.text(c.status);
        const decisionText = r.text(c.decision);
        if (!claimStatusKnown(statusText)) r.problem(c.status, claimStatusExpected);
        if (!claimStatusKnown(decisionText)) r.problem(c.decision, claimStatusExpected);
        const status = joined(statusText, decisionText);
        return {
          row: r.row,
          orderId: r.orderId(c.orderId),
          date: r.optionalDate(c.date),
          status,
          reason: r.text(c.reason),
          counts: claimCounts(status),
        };
      },
    }),

    chargebacks: kind({
      label: 'chargebacks list',
      article: 'a',
      recognisedBy: [
        orderIdHeaders,
        [
          'chargeback-date',
          'chargeback-status',
          'chargeback-reason',
          'chargeback-amount',
          'chargeback-id',
          'chargeback-type',
        ],
      ],
      columns: {
        orderId: orderIdHeaders,
        date: ['chargeback-date', 'date'],
        status: ['chargeback-status', 'status'],
        reason: ['chargeback-reason', 'reason', 'reason-code'],
        type: ['chargeback-type', 'type'],
      },
      read(r, c) {
        const status = r.text(c.status);
        if (!chargebackStatusKnown(status)) r.problem(c.status, chargebackStatusExpected);
        const reason = joined(r.text(c.reason), r.text(c.type));
        return {
          row: r.row,
          orderId: r.orderId(c.orderId),
          date: r.optionalDate(c.date),
          status,
          reason,
          counts: chargebackCounts(status, reason),
        };
      },
    }),

    // Account Health → Order Defect Rate → Download Report [reference 0.1, 3.6].
    odrDefects: kind({
      label: 'Account Health ODR download',
      article: 'an',
      recognisedBy: [['Order Date', 'purchase-date'], orderIdTitle, ['Defect Type']],
      columns: {
        orderDate: ['Order Date', 'purchase-date'],
        orderId: orderIdTitle,
        defect: ['Defect Type', 'Defect'],
        channel: [
          'Fulfillment Channel',
          'Fulfilment Channel',
          'Fulfilled By',
          'Fulfillment',
          'Fulfilment',
        ],
      },
      read(r, c) {
        const orderId = r.orderId(c.orderId);
        const orderDate = r.date(c.orderDate);
        const defects = defectTypesOf(r.text(c.defect));
        if (defects.length === 0) {
          r.problem(c.defect, 'a defect type: Negative feedback, A-to-z claim or Chargeback');
        }
        const channelText = r.text(c.channel);
        const channel = channelText === '' ? null : channelOf(channelText);
        if (channel === undefined) r.problem(c.channel, channelExpected);
        return defects.map(
          (defect): OdrDefect => ({
            row: r.row,
            orderId,
            orderDate,
            defect,
            channel: channel ?? null,
          }),
        );
      },
    }),
  };
  return table;
}
