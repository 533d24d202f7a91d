/**
 * Issue 8.1: the span of a report's dates leaves out a stray date far from all the others, so one
 * row typed 2062 instead of 2026 moves neither the as-of day nor any window.
 */
import { describe, expect, it } from 'vitest';
import { trustedSpan } from '../../../src/core/reports/date-span';

const dayMs = 86_400_000;
const at = (day: string) => Date.parse(`${day}T12:00:00Z`);

/** `count` orders, one every `everyDays` days up to `last`, each its own order. */
function orders(count: number, everyDays: number, last = '2026-11-15') {
  const instants = Array.from({ length: count }, (_, i) => at(last) - i * everyDays * dayMs);
  return { instants, keys: instants.map((_, i) => `order-${i}`) };
}

function withStray(base: { instants: number[]; keys: string[] }, stray: string, key = 'stray') {
  return { instants: [...base.instants, at(stray)], keys: [...base.keys, key] };
}

const span = (o: { instants: number[]; keys: (string | number)[] }) =>
  trustedSpan(o.instants, o.keys);

describe('the trusted span of a report', () => {
  const daily = orders(90, 1);

  it('is the whole range when no date is far from the others', () => {
    expect(span(daily)).toEqual({ first: at('2026-08-18'), last: at('2026-11-15') });
  });

  it('leaves out one stray date in the future, whatever its year', () => {
    for (const stray of ['2062-11-15', '2027-11-15', '2026-12-01', '9999-12-31']) {
      expect(span(withStray(daily, stray))?.last).toBe(at('2026-11-15'));
    }
  });

  it('leaves out one stray date long before the rest', () => {
    for (const stray of ['2016-11-15', '1900-01-01', '2025-08-01']) {
      expect(span(withStray(daily, stray))?.first).toBe(at('2026-08-18'));
    }
  });

  it('does not take two item rows of one stray order as corroborating each other', () => {
    const twoItems = withStray(withStray(daily, '2062-11-15', 'typo'), '2062-11-15', 'typo');
    expect(span(twoItems)?.last).toBe(at('2026-11-15'));
  });

  it('keeps a newest order a few days after the rest: a pause is not a typo', () => {
    expect(span(withStray(daily, '2026-11-25'))?.last).toBe(at('2026-11-25'));
  });

  it('widens the gap for a sparse seller: one order a month is no string of strays', () => {
    const monthly = orders(12, 30);
    expect(span(monthly)?.last).toBe(at('2026-11-15'));
    expect(span(withStray(monthly, '2026-12-30'))?.last).toBe(at('2026-12-30'));
    expect(span(withStray(monthly, '2062-11-15'))?.last).toBe(at('2026-11-15'));
  });

  it('cannot tell a stray among two orders, and says nothing false about them', () => {
    const two = withStray(orders(1, 1), '2062-11-15');
    expect(span(two)).toEqual({ first: at('2026-11-15'), last: at('2062-11-15') });
    expect(trustedSpan([], [])).toBeNull();
  });
});
