import type { ShipmentConfirmation } from '../reports/types';
import type { SellerOrder } from './seller-orders';

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
  /** Units in the package; a row listed twice is counted once. */
  units: number;
}

/** A package while its rows are merged. Most packages have one row, so a map only for the rest. */
interface MergingPackage extends ShippedPackage {
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
  // [AMZ-HELP WDA4S96KYS493ME; reference 1.4].
  return code !== '' && code.toLowerCase() !== 'other';
}

/**
 * Valid tracking has at least one carrier scan [AMZ-HELP 201817070, 202014610; reference 1.4]. When
 * the file says whether it had a scan, that decides; otherwise a tracking number with a carrier
 * chosen from Amazon's list is taken as valid.
 */
function trackingProblem(pkg: MergingPackage): string | null {
  if (pkg.scanned !== null) return pkg.scanned ? null : 'tracking without carrier scan';
  if (pkg.trackingNumber === '') return 'no tracking number';
  if (pkg.chosenCarrier) return null;
  return pkg.anyCarrier ? 'carrier typed as Other' : 'no carrier';
}

/**
 * A row's units: its quantity; when blank, the units of what it confirms: the whole order when it
 * names no item (the template's order-item-id is optional, reference 3.7) or the order has one
 * item; 1 when it names one item of several (the order reports carry no item ID to look it up).
 */
function rowUnits(row: ShipmentConfirmation, item: string, order: SellerOrder | undefined) {
  if (row.quantity !== null) return row.quantity;
  if (order && (item === '' || order.items === 1)) return order.units;
  return 1;
}

function emptyPackage(orderId: string, trackingNumber: string, item: string) {
  const pkg: MergingPackage = {
    orderId,
    trackingNumber,
    confirmedAt: Number.POSITIVE_INFINITY,
    trackingProblem: null,
    deliveredAt: null,
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
  // Rows of one package should agree; where they do not, the merge is order-independent.
  pkg.confirmedAt = Math.min(pkg.confirmedAt, row.confirmedAt ?? row.shipDate);
  if (row.deliveredAt !== null) {
    pkg.deliveredAt = Math.max(pkg.deliveredAt ?? row.deliveredAt, row.deliveredAt);
  }
  if (row.trackingValid !== null) pkg.scanned = pkg.scanned === true || row.trackingValid;
  const carrier = row.carrierCode.trim();
  if (carrier !== '') pkg.anyCarrier = true;
  if (isChosenCarrier(carrier)) pkg.chosenCarrier = true;
  if (pkg.firstItem === item) pkg.firstItemUnits = Math.max(pkg.firstItemUnits, units);
  else {
    if (!pkg.moreItems) pkg.moreItems = new Map();
    pkg.moreItems.set(item, Math.max(pkg.moreItems.get(item) ?? 0, units));
  }
}

/**
 * The seller-fulfilled packages of the shipping confirmations: rows grouped by order ID and tracking
 * number; a row without a tracking number is a package of its own. Confirmations are MFN by nature,
 * so only orders known to be AFN are skipped (reference 0.3).
 */
export function shippedPackages(
  shipments: ShipmentConfirmation[],
  orders: ReadonlyMap<string, SellerOrder>,
): ShippedPackage[] {
  // Tracked packages by order ID; an order's further tracking numbers hang off `next`.
  const tracked = new Map<string, MergingPackage>();
  const packages: MergingPackage[] = [];
  for (const row of shipments) {
    const order = orders.get(row.orderId);
    if (order?.channel === 'AFN') continue;
    const trackingNumber = row.trackingNumber.trim();
    const item = row.orderItemId.trim();
    const first = trackingNumber === '' ? undefined : tracked.get(row.orderId);
    let pkg = first;
    while (pkg && pkg.trackingNumber !== trackingNumber) pkg = pkg.next ?? undefined;
    if (!pkg) {
      pkg = emptyPackage(row.orderId, trackingNumber, item);
      packages.push(pkg);
      if (first) {
        pkg.next = first.next;
        first.next = pkg;
      } else if (trackingNumber !== '') tracked.set(row.orderId, pkg);
    }
    addRow(pkg, row, item, rowUnits(row, item, order));
  }
  for (const pkg of packages) {
    pkg.trackingProblem = trackingProblem(pkg);
    pkg.units = pkg.firstItemUnits;
    if (pkg.moreItems) for (const units of pkg.moreItems.values()) pkg.units += units;
  }
  return packages;
}
