import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilEpochDay,
  dayKey,
  daysBetween,
  dayWindow,
  epochDay,
  inWindow,
  localEpochDay,
  startOfDay,
  weekday,
  zonedDayStart,
  zonedInstant,
} from '../../src/core/calendar';

describe('calendar days in the marketplace zone', () => {
  it('puts an instant on the day its wall clock shows in the zone', () => {
    // 05:30 UTC on 5 Jan is still 4 Jan in Los Angeles (UTC-8) and already 5 Jan in Tokyo.
    const instant = Date.parse('2026-01-05T05:30:00Z');
    expect(dayKey(instant, 'America/Los_Angeles')).toBe('2026-01-04');
    expect(dayKey(instant, 'Asia/Tokyo')).toBe('2026-01-05');
    expect(dayKey(instant, 'Etc/UTC')).toBe('2026-01-05');
  });

  it('starts a day at local midnight, also on the days clocks change', () => {
    expect(new Date(startOfDay('2026-07-01', 'America/Los_Angeles')).toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    // US clocks go forward on 8 March 2026 and back on 1 November 2026.
    expect(new Date(startOfDay('2026-03-08', 'America/Los_Angeles')).toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
    expect(new Date(startOfDay('2026-03-09', 'America/Los_Angeles')).toISOString()).toBe(
      '2026-03-09T07:00:00.000Z',
    );
    expect(new Date(startOfDay('2026-11-02', 'America/Los_Angeles')).toISOString()).toBe(
      '2026-11-02T08:00:00.000Z',
    );
    expect(new Date(startOfDay('2026-03-29', 'Europe/London')).toISOString()).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    expect(new Date(startOfDay('2026-03-30', 'Europe/London')).toISOString()).toBe(
      '2026-03-29T23:00:00.000Z',
    );
  });

  it('reads wall-clock times in the zone', () => {
    expect(new Date(zonedInstant('Asia/Kolkata', 2026, 8, 21, 23, 59, 59)).toISOString()).toBe(
      '2026-08-21T18:29:59.000Z',
    );
  });

  it('builds an N-day window of whole days ending on the as-of day', () => {
    const window = dayWindow('2026-11-15', 60, 'America/Los_Angeles');
    expect(window.startDay).toBe('2026-09-17');
    expect(window.endDay).toBe('2026-11-15');
    expect(daysBetween(window.startDay, window.endDay) + 1).toBe(60);
    // 23:30 local on the first day is in; 23:30 local the day before is out.
    expect(inWindow(zonedInstant('America/Los_Angeles', 2026, 9, 17, 23, 30), window)).toBe(true);
    expect(inWindow(zonedInstant('America/Los_Angeles', 2026, 9, 16, 23, 30), window)).toBe(false);
    // The last instant of the as-of day is in, the first of the next day is out.
    expect(inWindow(window.endMs - 1, window)).toBe(true);
    expect(inWindow(window.endMs, window)).toBe(false);
  });

  it('shifts a window back for a reporting delay', () => {
    // US unit OTDR: 14 days ending 7 days before the as-of day.
    const window = dayWindow('2026-11-22', 14, 'America/Los_Angeles', 7);
    expect([window.startDay, window.endDay]).toEqual(['2026-11-02', '2026-11-15']);
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(weekday('2026-11-22')).toBe(0);
  });

  it('counts days from 1970-01-01 as Date.UTC does, across leap years and centuries', () => {
    for (let day = epochDay('1899-12-25'); day <= epochDay('2101-03-05'); day++) {
      const date = new Date(day * 86_400_000);
      const [year, month, date_] = [
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
      ];
      expect(civilEpochDay(year, month, date_)).toBe(day);
    }
  });

  it('gives the same day and day start as the string forms, also on the days clocks change', () => {
    for (const timeZone of [
      'America/Los_Angeles',
      'Europe/London',
      'Asia/Kolkata',
      'Australia/Sydney',
    ]) {
      for (const day of ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-11-01']) {
        const [year, month, date] = day.split('-').map(Number) as [number, number, number];
        const start = zonedDayStart(timeZone, year, month, date);
        expect(start).toBe(startOfDay(day, timeZone));
        expect(zonedDayStart(timeZone, year, month, date)).toBe(start);
        expect(localEpochDay(start, timeZone)).toBe(epochDay(day));
        expect(localEpochDay(start - 1, timeZone)).toBe(epochDay(day) - 1);
        expect(dayKey(start - 1, timeZone)).toBe(addDays(day, -1));
      }
    }
  });

  it('rejects text that is not a calendar day', () => {
    expect(() => epochDay('2026-02-30')).toThrow(/not a calendar day/);
    expect(() => epochDay('22/11/2026')).toThrow(/yyyy-mm-dd/);
  });

  it('starts a day whose midnight never showed at the change (Brazil, 2018-11-04: 00:00 became 01:00)', () => {
    expect(startOfDay('2018-11-04', 'America/Sao_Paulo')).toBe(Date.UTC(2018, 10, 4, 3));
    expect(dayKey(Date.UTC(2018, 10, 4, 2, 30), 'America/Sao_Paulo')).toBe('2018-11-03');
    // The days around it keep their midnights.
    expect(startOfDay('2018-11-03', 'America/Sao_Paulo')).toBe(Date.UTC(2018, 10, 3, 3));
    expect(startOfDay('2018-11-05', 'America/Sao_Paulo')).toBe(Date.UTC(2018, 10, 5, 2));
  });
});
