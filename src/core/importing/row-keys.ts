/**
 * What makes two rows of a report "the same row" when next week's download is imported over this
 * week's, so a merge adds only what is new:
 * - order reports: the order and the item (`order-item-id`; without it, the SKU);
 * - shipping confirmations: the order, the item, the tracking number and the ship day;
 * - FBA shipments: `shipment-item-id`; without it, the order, the SKU and the order day;
 * - feedback: the order, the day and the rating; claims and chargebacks: the order and the day;
 * - Amazon's ODR download: the order, its day and the defect type.
 * Each key also counts how often it occurred before in the same sheet or file: an order listing
 * one SKU on two rows (two promotions, reference 3) keeps both rows, and the same two rows in the
 * next download are both recognised.
 * Cells are compared as the readers read them: text trimmed, dates by their calendar day in the
 * marketplace zone, so a date the import wrote as a Sheets date matches the text of the download.
 */
import { dayKey } from '../calendar';
import { parseReportDate, type ReportDateOptions } from '../dates';
import { cellText, headerKey } from '../reports/cells';
import type { ReportKind } from '../reports/types';
import { fieldsByColumn } from './columns';

export interface KeyPart {
  column: number;
  as: 'text' | 'day';
  /**
   * Digits past 15 compared as Sheets keeps a pasted number (see `textKey`): set when the sheet's
   * column holds such a number, so an exact 22-digit text elsewhere is not mistaken for another.
   */
  asSheetsNumber?: boolean;
}

/** The FBA report's own line ID [reference 3.4]; the readers do not need it, the merge does. */
const shipmentItemIdKey = headerKey('shipment-item-id');

const keyFields: Record<ReportKind, readonly (readonly [string, KeyPart['as']])[]> = {
  allOrders: [
    ['orderId', 'text'],
    ['orderItemId', 'text'],
    ['sku', 'text'],
  ],
  sellerFulfilledOrders: [
    ['orderId', 'text'],
    ['orderItemId', 'text'],
    ['sku', 'text'],
  ],
  shippingConfirmations: [
    ['orderId', 'text'],
    ['orderItemId', 'text'],
    ['trackingNumber', 'text'],
    ['shipDate', 'day'],
  ],
  fbaShipments: [
    ['orderId', 'text'],
    ['sku', 'text'],
    ['purchaseDate', 'day'],
  ],
  feedback: [
    ['orderId', 'text'],
    ['date', 'day'],
    ['rating', 'text'],
  ],
  claims: [
    ['orderId', 'text'],
    ['date', 'day'],
  ],
  chargebacks: [
    ['orderId', 'text'],
    ['date', 'day'],
  ],
  odrDefects: [
    ['orderId', 'text'],
    ['orderDate', 'day'],
    ['defect', 'text'],
  ],
};

/**
 * Cells a newer download of the same row may hold otherwise: a status that moved on (Pending to
 * Cancelled, a claim Denied), a tracking scan or a delivery date filled in. The import never
 * changes what is in the sheet; it tells the seller which rows the file shows changed.
 */
const changingFields: Partial<Record<ReportKind, readonly (readonly [string, KeyPart['as']])[]>> = {
  allOrders: [
    ['orderStatus', 'text'],
    ['itemStatus', 'text'],
  ],
  shippingConfirmations: [
    ['trackingValid', 'text'],
    ['deliveredAt', 'day'],
  ],
  feedback: [['status', 'text']],
  claims: [
    ['status', 'text'],
    ['decision', 'text'],
  ],
  chargebacks: [['status', 'text']],
};

type KeyColumns = Map<string, KeyPart>;

/** The changing columns (see `changingFields`) the sheet and the file both have. */
export function changingParts(
  kind: ReportKind,
  sheetHeader: readonly unknown[],
  fileHeader: readonly unknown[],
): { sheet: KeyPart[]; file: KeyPart[] } {
  const sheetFields = fieldsByColumn(kind, sheetHeader);
  const fileFields = fieldsByColumn(kind, fileHeader);
  const sheet: KeyPart[] = [];
  const file: KeyPart[] = [];
  for (const [field, as] of changingFields[kind] ?? []) {
    const inSheet = sheetFields.indexOf(field);
    const inFile = fileFields.indexOf(field);
    if (inSheet < 0 || inFile < 0) continue;
    sheet.push({ column: inSheet, as });
    file.push({ column: inFile, as });
  }
  return { sheet, file };
}

/** The key columns a header has, by field. */
function keyColumns(kind: ReportKind, header: readonly unknown[]): KeyColumns {
  const columns: KeyColumns = new Map();
  if (kind === 'fbaShipments') {
    const line = header.findIndex((cell) => headerKey(cell) === shipmentItemIdKey);
    if (line >= 0) columns.set('shipmentItemId', { column: line, as: 'text' });
  }
  const fields = fieldsByColumn(kind, header);
  for (const [field, as] of keyFields[kind]) {
    const column = fields.indexOf(field);
    if (column >= 0) columns.set(field, { column, as });
  }
  return columns;
}

/**
 * The key columns of the sheet and of the file, over the fields both have, so a sheet pasted
 * without `order-item-id` still recognises its rows in a download that has it.
 */
export function keyParts(
  kind: ReportKind,
  sheetHeader: readonly unknown[],
  fileHeader: readonly unknown[],
): { sheet: KeyPart[]; file: KeyPart[] } {
  const inSheet = keyColumns(kind, sheetHeader);
  const inFile = keyColumns(kind, fileHeader);
  let fields = [...inFile.keys()].filter((field) => inSheet.has(field));
  // A line ID names the line by itself; the SKU and the order day add nothing to it.
  if (fields.includes('shipmentItemId')) fields = ['shipmentItemId'];
  if (fields.includes('orderItemId')) fields = fields.filter((field) => field !== 'sku');
  const pick = (columns: KeyColumns) => fields.map((field) => columns.get(field) as KeyPart);
  return { sheet: pick(inSheet), file: pick(inFile) };
}

/**
 * A text cell as a key. Sheets keeps a pasted ID of digits as a number: a FedEx 087576508890 loses
 * its leading 0, a 22-digit USPS tracking number its last digits. A download's text of up to 15
 * digits is keyed as the number Sheets would keep, so the rows a seller pasted are recognised;
 * longer ones only where the sheet's column lost digits (`asSheetsNumber`): two USPS labels
 * printed together differ only in their last digits. A pasted TRUE and a download's "true" (the
 * tracking-valid column) are one value.
 */
function textKey(value: unknown, asSheetsNumber: boolean): string {
  const text = cellText(value);
  if (/^\d+$/.test(text)) {
    return text.length <= 15 || asSheetsNumber ? String(Number(text)) : text;
  }
  return /^(true|false)$/i.test(text) ? text.toUpperCase() : text;
}

/** Whether a sheet column holds an ID of digits Sheets kept as a number with digits lost. */
export function holdsRoundedDigits(cells: readonly unknown[]): boolean {
  return cells.some((cell) => typeof cell === 'number' && Math.abs(cell) >= 1e15);
}

/** Builds row keys; one instance per sheet or file, since it counts repeats. */
export class RowKeys {
  private readonly seen = new Map<string, number>();

  /** `dates(column)`: how to read the dates of a column (its zone, and its day order if known). */
  constructor(
    private readonly parts: readonly KeyPart[],
    private readonly dates: (column: number) => ReportDateOptions,
  ) {}

  /** The cells of `parts` of a row as one text, read as keys are, counting nothing. */
  values(parts: readonly KeyPart[], cellAt: (column: number) => unknown): string {
    return parts.map((p) => this.cell(cellAt(p.column), p)).join('\u0000');
  }

  private cell(value: unknown, part: KeyPart): string {
    if (part.as === 'day') {
      const options = this.dates(part.column);
      const instant = parseReportDate(value, options);
      if (typeof instant === 'number') return dayKey(instant, options.timeZone);
    }
    return textKey(value, part.asSheetsNumber === true);
  }

  /** The key of the next row, given a cell getter by column. */
  next(cellAt: (column: number) => unknown): string {
    const base = this.parts.map((p) => this.cell(cellAt(p.column), p)).join('\u0000');
    const occurrence = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, occurrence);
    return `${base}\u0000${occurrence}`;
  }
}
