import type { HealthStatus, TargetDirection } from './types';

/** Rates are ratios of counts: a difference this small is float rounding (0.01 × 0.8 ≠ 0.008). */
const rounding = 1e-9;

/**
 * Where a rate stands against Amazon's target.
 * - `max` (ODR and its parts, LSR, cancellations): fine only while the rate is *under* the target,
 *   as Amazon words it ("under 1%") [AMZ-HELP G200285170, 200285190, 200285210]; at the target or
 *   above it is a breach. Near: at or above target × (1 − nearMargin).
 * - `min` (valid tracking, on-time delivery): fine at the target or above ("95%") [AMZ-HELP
 *   201817070, 200847280]. Near: the miss share (1 − rate) uses at least (1 − nearMargin) of the
 *   room the target allows.
 * - No rate (nothing in the window): `noData`.
 */
export function healthStatus(
  value: number | null,
  target: number,
  direction: TargetDirection,
  nearMargin: number,
): HealthStatus {
  if (value === null) return 'noData';
  if (direction === 'max') {
    if (value >= target - rounding) return 'breach';
    return value >= target * (1 - nearMargin) - rounding ? 'near' : 'fine';
  }
  if (value < target - rounding) return 'breach';
  return 1 - value >= (1 - target) * (1 - nearMargin) - rounding ? 'near' : 'fine';
}
