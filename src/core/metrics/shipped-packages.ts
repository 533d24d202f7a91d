import type { ShipmentConfirmation } from '../reports/types';
import type { MergedOrder, SellerOrder, TrackedPackage } from './seller-orders';

/** One package the seller confirmed: the rows of one order that share a tracking number. */
export interface ShippedPackage {
  orderId: string;
  trackingNumber: string;
  /**
   * When it was confirmed: the earliest confirmation instant of its rows, or the typed ship date
   * when the file has no confirmation time. It places the package in the VTR window.
   */
  confirmedAt: number;
  /** null when the tracking is valid; otherwise why not, in a seller's words. */
  trackingProblem: string | null;
  /** When the carrier delivered it (the latest of its rows), or null when not known. */
  deliveredAt: number | null;
  /** The order's deliver-by date (OTDR's promise), or null when not known. */
  deliverBy: number | null;
  /** Units in the package; a row listed twice is counted once. */
  units: number;
}

/** A package while its rows are merged. Most packages have one row, so a map only for the rest. */
interface MergingPackage extends ShippedPackage, TrackedPackage {
  /** The file's scan flag: true when a row says scanned, false when rows say not, null unknown. */
  scanned: boolean | null;
  /** A row names a carrier from Amazon's list. */
  chosenCarrier: boolean;
  /** A row names a carrier, chosen or typed as Other. */
  anyCarrier: boolean;
  firstItem: string;
  firstItemUnits: number;
  /** Units per further order-item ID, so a row listed twice is counted once. */
  moreItems: Map<string, number> | null;
  /** The order's next package with another tracking number (most orders have one package). */
  next: MergingPackage | null;
}

function isChosenCarrier(code: string): boolean {
  // A carrier typed into the free-text "Other" field is invalid even when Amazon integrates it
  // [AMZ-HELP WDA4S96KYS493ME; reference 1.4]. Only a five-letter code can say "other", so other
  // codes are not copied to lower case.
  return code !== '' && (code.length !== 5 || code.toLowerCase() !== 'other');
}

/**
 * Valid tracking has at least one carrier scan [AMZ-HELP 201817070, 202014610; reference 1.4].
 * A carrier typed into the free-text "Other" field is invalid even when the carrier is integrated
 * with Amazon [AMZ-HELP WDA4S96KYS493ME; reference 1.4], so it is invalid even where the file's
 * scan flag (`tracking-valid`) says TRUE: the flag comes from the seller's shipping tool, and
 * Amazon does not read the scans of a carrier it was not told about. A package needs a tracking
 * number, whatever a scan flag says. Otherwise, when the file says whether it had a scan, that
 * decides; without it a tracking number with a carrier code is taken as valid. The code itself is
 * not checked against Amazon's list of carriers, which is long and not published as data: Amazon's
 * upload takes only codes from it, or Other with the carrier's name.
 */
function trackingProblem(pkg: MergingPackage): string | null {
  if (pkg.anyCarrier && !pkg.chosenCarrier) return 'carrier typed as Other';
  if (pkg.scanned === false) return 'tracking without carrier scan';
  // A scan flag of TRUE cannot make a package without a tracking number trackable.
  if (pkg.trackingNumber === '') return 'no tracking number';
  if (pkg.scanned) return null;
  return pkg.chosenCarrier ? null : 'no carrier';
}

/**
 * A row's units: its quantity; when blank, the units of what it confirms: the whole order when it
 * names no item (the template's order-item-id is optional, reference 3.7) or the order has one
 * item; 1 when it names one item of several (the order reports carry no item ID to look it up).
 */
function rowUnits(row: ShipmentConfirmation, item: string, order: SellerOrder | undefined) {
  if (row.quantity !== null) return row.quantity;
  // A confirmed package holds something, even when the order report says 0 (a cancelled item).
  if (order && (item === '' || order.items === 1)) return order.units > 0 ? order.units : 1;
  return 1;
}

/** When a row was confirmed: the confirmation instant, or the typed ship date without one. */
function confirmedAt(row: ShipmentConfirmation): number {
  return row.confirmedAt ?? row.shipDate;
}

/**
 * The row's tracking number, or '' for none. Every carrier's number has a digit other than 0
 * (1Z…, TBA…, AB123456789GB, 9400…); shipping tools fill the cell with "N/A", "-", "none" or
 * "0" when a package had none, and those are no tracking number [AMZ-HELP 201817070].
 */
function trackingNumberOf(row: ShipmentConfirmation): string {
  const text = row.trackingNumber.trim();
  // A loop, not a regex, on every row: most numbers have such a digit among their first characters.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 49 && c <= 57) return text;
  }
  // Digits of other scripts, as Japanese and Arabic shipping tools may write them (１２３, ١٢٣).
  return /[１-９\u0661-\u0669\u06F1-\u06F9]/.test(text) ? text : '';
}

/**
 * What makes rows one package: the order's tracking number, or, for rows without one, their ship
 * date and carrier. Amazon tells an order's packages apart by their tracking numbers (each package
 * is confirmed with its own, reference 3.7), so rows without one that agree on the rest are one
 * package: a file pasted twice, or an order's items confirmed on two rows, is one untracked
 * package, not one per row (no carrier's tracking number reads "no tracking …").
 */
function packageKey(row: ShipmentConfirmation, trackingNumber: string): string {
  if (trackingNumber !== '') return trackingNumber;
  // With carrier "Other", the carrier is the name typed beside it (Royal Mail is not Evri).
  const carrier = `${row.carrierCode.trim()} ${row.carrierName.trim()}`.toLowerCase();
  return `no tracking ${row.shipDate} ${carrier}`;
}

function emptyPackage(
  row: ShipmentConfirmation,
  trackingNumber: string,
  key: string,
  item: string,
  order: SellerOrder | undefined,
) {
  const pkg: MergingPackage = {
    orderId: row.orderId,
    trackingNumber,
    key,
    confirmedAt: confirmedAt(row),
    trackingProblem: null,
    deliveredAt: null,
    deliverBy: order ? order.latestDeliveryDate : null,
    units: 0,
    scanned: null,
    chosenCarrier: false,
    anyCarrier: false,
    firstItem: item,
    firstItemUnits: 0,
    moreItems: null,
    next: null,
  };
  return pkg;
}

function addRow(pkg: MergingPackage, row: ShipmentConfirmation, item: string, units: number) {
  // Rows of one package should agree; where they do not, the merge is order-independent. Plain
  // comparisons, not Math.min/max: a global lookup per row is slow in Node's vm (local host, bench).
  const confirmed = confirmedAt(row);
  if (confirmed < pkg.confirmedAt) pkg.confirmedAt = confirmed;
  const delivered = row.deliveredAt;
  if (delivered !== null && (pkg.deliveredAt === null || delivered > pkg.deliveredAt)) {
    pkg.deliveredAt = delivered;
  }
  if (row.trackingValid !== null) pkg.scanned = pkg.scanned === true || row.trackingValid;
  const carrier = row.carrierCode.trim();
  if (carrier !== '') pkg.anyCarrier = true;
  if (isChosenCarrier(carrier)) pkg.chosenCarrier = true;
  if (pkg.firstItem === item) {
    if (units > pkg.firstItemUnits) pkg.firstItemUnits = units;
  } else {
    if (!pkg.moreItems) pkg.moreItems = new Map();
    pkg.moreItems.set(item, Math.max(pkg.moreItems.get(item) ?? 0, units));
  }
}

/** The order's shipment times from one confirmation row (see `SellerOrder.lastConfirmedAt`). */
function noteConfirmation(order: SellerOrder, row: ShipmentConfirmation): void {
  const confirmed = row.confirmedAt;
  if (confirmed !== null) {
    if (order.lastConfirmedAt === null || confirmed > order.lastConfirmedAt) {
      order.lastConfirmedAt = confirmed;
    }
  } else if (order.lastTypedShipDate === null || row.shipDate > order.lastTypedShipDate) {
    order.lastTypedShipDate = row.shipDate;
  }
}

/**
 * Merges the shipping confirmations in one pass. Each known order gets its latest confirmation
 * times (LSR). The result is the seller-fulfilled packages (VTR, OTDR): rows grouped by order ID and
 * tracking number; rows without one by order ID, ship date and carrier (see `packageKey`).
 * Confirmations are MFN by nature, so only orders known to be AFN are skipped (reference 0.3).
 */
export function mergeShipments(
  shipments: readonly ShipmentConfirmation[],
  orders: ReadonlyMap<string, MergedOrder>,
): ShippedPackage[] {
  // The first package of a known order hangs off the order (`firstPackage`); only orders the
  // order reports do not list keep theirs in a map. Further packages hang off `next`.
  const unlisted = new Map<string, MergingPackage>();
  const packages: MergingPackage[] = [];
  // The rows of an order, and of a package, come together: the previous row's are checked first.
  let order: MergedOrder | undefined;
  let pkg: MergingPackage | undefined;
  for (let i = 0; i < shipments.length; i++) {
    const row = shipments[i] as ShipmentConfirmation;
    const sameOrder = i > 0 && row.orderId === shipments[i - 1]?.orderId;
    if (!sameOrder) order = orders.get(row.orderId);
    // A known order without confirmation times has had no row yet, so it has no package to find.
    const firstRowOfOrder =
      order !== undefined && order.lastConfirmedAt === null && order.lastTypedShipDate === null;
    if (order) noteConfirmation(order, row);
    if (order?.channel === 'AFN') continue;
    const trackingNumber = trackingNumberOf(row);
    const key = packageKey(row, trackingNumber);
    const item = row.orderItemId.trim();
    const samePackage = sameOrder && pkg?.key === key;
    if (!samePackage) {
      let first: MergingPackage | undefined;
      if (!firstRowOfOrder) {
        first = order
          ? ((order.firstPackage as MergingPackage | null) ?? undefined)
          : unlisted.get(row.orderId);
      }
      pkg = first;
      while (pkg && pkg.key !== key) pkg = pkg.next ?? undefined;
      if (!pkg) {
        pkg = emptyPackage(row, trackingNumber, key, item, order);
        packages.push(pkg);
        if (first) {
          pkg.next = first.next;
          first.next = pkg;
        } else if (order) order.firstPackage = pkg;
        else unlisted.set(row.orderId, pkg);
      }
    }
    addRow(pkg as MergingPackage, row, item, rowUnits(row, item, order));
  }
  for (const merged of packages) {
    merged.trackingProblem = trackingProblem(merged);
    merged.units = merged.firstItemUnits;
    if (merged.moreItems) for (const units of merged.moreItems.values()) merged.units += units;
  }
  return packages;
}
