/**
 * Public shapes of the defect findings: where a metric's defects cluster (a carrier, a SKU, a
 * weekday…), so a seller can tick the ones that explain what went wrong.
 */
import type { MetricId } from '../metrics/types';
import type { Channel } from '../reports/types';

/** What the defects of a metric are grouped by. */
export type FindingDimension =
  | 'sku'
  | 'asin'
  | 'carrier'
  | 'shipService'
  | 'weekday'
  | 'handlingTime'
  | 'feedbackTheme'
  | 'claimReason'
  | 'chargebackReason';

/** One group of a metric's defects in one channel, e.g. the late shipments carried by UPS. */
export interface Finding {
  /** Stable across runs on the same data, e.g. `lateShipmentRate:MFN:carrier:UPS`. */
  id: string;
  metric: MetricId;
  /** The channel of the metric's result: the group counts only this channel's orders. */
  channel: Channel;
  dimension: FindingDimension;
  /** The group, e.g. `UPS`, `SKU-123`, `Saturday`, `2 business days`, `damaged`. */
  key: string;
  /** Defects in this group. */
  defects: number;
  /** All defects of the metric in the channel: the numerator of its longest window. */
  totalDefects: number;
  /** defects ÷ totalDefects. */
  share: number;
  /** Orders of this group in the metric's window, when that is meaningful; else null. */
  orders: number | null;
  /** defects ÷ orders of the group; null when `orders` is null or 0. */
  rate: number | null;
  /** The order IDs behind the group, sorted. */
  orderIds: string[];
  /** One neutral sentence built only from these numbers. */
  summary: string;
}

/** An order behind a defect, as it may appear in a Plan of Action. Never carries buyer data. */
export interface AffectedOrder {
  /** The metric the defect counts toward, so a plan can list the orders behind its notice. */
  metric: MetricId;
  channel: Channel;
  orderId: string;
  /** The day (marketplace zone, `yyyy-mm-dd`) that placed the defect in the window. */
  date: string;
  /** What went wrong, e.g. "shipped 2 days late". */
  defect: string;
  /** SKUs of the order from the order rows, joined with ", "; empty when the order rows lack it. */
  sku: string;
}
