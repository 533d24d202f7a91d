import type { Marketplace } from '../marketplaces';
import type {
  Channel,
  Chargeback,
  Claim,
  FbaShipment,
  Feedback,
  OdrDefect,
  OrderItem,
  ShipmentConfirmation,
} from '../reports/types';

export type MetricId =
  | 'orderDefectRate'
  | 'negativeFeedbackRate'
  | 'claimRate'
  | 'chargebackRate'
  | 'lateShipmentRate'
  | 'cancellationRate'
  | 'validTrackingRate'
  | 'onTimeDeliveryRate'
  | 'unitOnTimeDeliveryRate';

/** Where a seller stands against Amazon's target. `noData`: nothing in the window to count. */
export type HealthStatus = 'breach' | 'near' | 'fine' | 'noData';

/**
 * `max`: the rate must stay under the target (ODR, LSR, cancellations).
 * `min`: the rate must stay above it (valid tracking, on-time delivery).
 */
export type TargetDirection = 'max' | 'min';

/** One counted defect: what it is and the day that places it in the window. */
export interface CountedDefect {
  /** The order ID; for package metrics, the order ID of the package. */
  orderId: string;
  /** The day (marketplace zone) that places it in the window; it leaves the window after that. */
  day: string;
  /** Short label of what went wrong, e.g. "negative feedback (1★)", "shipped 2 days late". */
  detail: string;
}

export interface MetricResult {
  metric: MetricId;
  /** Amazon's name for it, e.g. "Order Defect Rate". */
  label: string;
  channel: Channel;
  /** Numerator ÷ denominator as a fraction (0.008 is 0.8%); null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** What is counted, e.g. "orders", "packages", "units". */
  unit: string;
  windowStart: string;
  windowEnd: string;
  windowDays: number;
  target: number;
  direction: TargetDirection;
  status: HealthStatus;
  /**
   * For `max` metrics the defects in the numerator; for `min` metrics the misses (packages without
   * valid tracking, late deliveries), so the seller sees what pulls the rate down.
   */
  defects: CountedDefect[];
}

/** Everything the metrics read: the records of every pasted report (empty when not pasted). */
export interface HealthInput {
  /** Item rows of the All Orders report and/or the seller-fulfilled Order Report. */
  orders: OrderItem[];
  fbaShipments: FbaShipment[];
  shipments: ShipmentConfirmation[];
  feedback: Feedback[];
  claims: Claim[];
  chargebacks: Chargeback[];
  odrDefects: OdrDefect[];
}

export interface MetricOptions {
  marketplace: Marketplace;
  /** The last day of the windows (`yyyy-mm-dd`, marketplace zone). */
  asOf: string;
  /**
   * How close to the target counts as "near", as a share of the room the target allows: 0.2 marks
   * ODR near from 0.8% (target 1%) and VTR near from 96% (target 95%, 5% room).
   */
  nearMargin: number;
}

/**
 * `classic`: packages over 30 days ending on the as-of day (target 97%).
 * `unit`: the US policy from 2024-09-25, units over 14 days ending 7 days before it (target 90%).
 */
export type OnTimeDeliveryMode = 'classic' | 'unit';

/** A metric ACCOUNT_HEALTH leaves out because a report it needs was not given, and says so. */
export type LeftOutMetric = 'lateShipmentRate' | 'cancellationRate';
