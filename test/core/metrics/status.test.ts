import { describe, expect, it } from 'vitest';
import { healthStatus } from '../../../src/core/metrics';

describe('healthStatus', () => {
  it('holds a rate with a maximum under the target: 1% ODR is a breach, 0.8% near, 0.7% fine', () => {
    expect(healthStatus(0.01, 0.01, 'max', 0.2)).toBe('breach');
    expect(healthStatus(0.012, 0.01, 'max', 0.2)).toBe('breach');
    expect(healthStatus(8 / 1000, 0.01, 'max', 0.2)).toBe('near');
    expect(healthStatus(0.0099, 0.01, 'max', 0.2)).toBe('near');
    expect(healthStatus(7 / 1000, 0.01, 'max', 0.2)).toBe('fine');
    expect(healthStatus(0, 0.01, 'max', 0.2)).toBe('fine');
  });

  it('holds a rate with a minimum at or above the target: 95% VTR is met, near; 96.5% fine', () => {
    expect(healthStatus(0.94, 0.95, 'min', 0.2)).toBe('breach');
    expect(healthStatus(0.95, 0.95, 'min', 0.2)).toBe('near');
    expect(healthStatus(0.96, 0.95, 'min', 0.2)).toBe('near');
    expect(healthStatus(0.965, 0.95, 'min', 0.2)).toBe('fine');
    expect(healthStatus(1, 0.95, 'min', 0.2)).toBe('fine');
  });

  it('marks nothing near with no margin below a maximum', () => {
    expect(healthStatus(0.039, 0.04, 'max', 0)).toBe('fine');
    expect(healthStatus(0.04, 0.04, 'max', 0)).toBe('breach');
  });

  it('has no status without a rate', () => {
    expect(healthStatus(null, 0.01, 'max', 0.2)).toBe('noData');
    expect(healthStatus(null, 0.95, 'min', 0.2)).toBe('noData');
  });
});
