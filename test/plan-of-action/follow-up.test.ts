import { describe, expect, it } from 'vitest';
import { defaultFollowUpBusinessDays, followUpDue } from '../../src/core/appeal-log/follow-up';

describe('followUpDue', () => {
  it('is five business days later by default', () => {
    expect(defaultFollowUpBusinessDays).toBe(5);
    // Monday 2026-03-02 → Monday 2026-03-09.
    expect(followUpDue('2026-03-02')).toBe('2026-03-09');
    // Wednesday → the next Wednesday.
    expect(followUpDue('2026-03-04')).toBe('2026-03-11');
  });

  it('skips weekends, also when the appeal is logged on one', () => {
    // Friday 2026-03-06 → Friday 2026-03-13.
    expect(followUpDue('2026-03-06')).toBe('2026-03-13');
    // Saturday and Sunday count from the Monday after: → Friday 2026-03-13.
    expect(followUpDue('2026-03-07')).toBe('2026-03-13');
    expect(followUpDue('2026-03-08')).toBe('2026-03-13');
  });

  it('crosses months and years', () => {
    // Tuesday 2026-12-29 → Tuesday 2027-01-05.
    expect(followUpDue('2026-12-29')).toBe('2027-01-05');
    expect(followUpDue('2026-02-26', 2)).toBe('2026-03-02');
  });

  it('takes another number of business days, and rejects nonsense', () => {
    expect(followUpDue('2026-03-02', 0)).toBe('2026-03-02');
    expect(followUpDue('2026-03-02', 10)).toBe('2026-03-16');
    expect(() => followUpDue('2026-03-02', -1)).toThrow(/business days/);
    expect(() => followUpDue('2026-03-02', 1.5)).toThrow(/business days/);
    expect(() => followUpDue('2026-02-30')).toThrow(/calendar day/);
  });
});
