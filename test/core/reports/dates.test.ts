import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../src/core/calendar';
import { dayOrderEvidence, parseReportDate } from '../../../src/core/dates';

const la = { timeZone: 'America/Los_Angeles' };
const london = { timeZone: 'Europe/London' };

describe('parseReportDate: instants with an offset', () => {
  it.each([
    ['2024-01-05T10:11:12+00:00', Date.UTC(2024, 0, 5, 10, 11, 12)],
    ['2017-09-23T14:18:23-07:00', Date.UTC(2017, 8, 23, 21, 18, 23)],
    ['2017-06-05T06:57:28+09:00', Date.UTC(2017, 5, 4, 21, 57, 28)],
    ['2024-01-05T10:11:12Z', Date.UTC(2024, 0, 5, 10, 11, 12)],
    ['2024-01-05T10:11:12.250Z', Date.UTC(2024, 0, 5, 10, 11, 12, 250)],
    ['2024-01-05 10:11:12 UTC', Date.UTC(2024, 0, 5, 10, 11, 12)],
    ['2024-07-18 23:59:59 PDT', Date.UTC(2024, 6, 19, 6, 59, 59)],
    ['2024-01-05 10:11:12 PST', Date.UTC(2024, 0, 5, 18, 11, 12)],
    ['2003-07-14T18:53:56 +00:00', Date.UTC(2003, 6, 14, 18, 53, 56)],
    ['2020-11-19T00:00Z', Date.UTC(2020, 10, 19)],
    ['2025-08-21T18:29:59+0530', Date.UTC(2025, 7, 21, 12, 59, 59)],
    ['7/19/24 06:59:59 GMT', Date.UTC(2024, 6, 19, 6, 59, 59)],
  ])('%s', (text, instant) => {
    // The zone of the options must not matter: the text carries its own offset.
    expect(parseReportDate(text, la)).toBe(instant);
    expect(parseReportDate(text, { timeZone: 'Asia/Tokyo' })).toBe(instant);
  });

  it('reads every valid Amazon timestamp as Date.parse does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (date, quarterHours) => {
          const offset = quarterHours * 15;
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const text = `${local}${zone}`;
          expect(parseReportDate(text, la)).toBe(Date.parse(text));
        },
      ),
    );
  });
});

describe('parseReportDate: wall clock in the marketplace zone', () => {
  it('reads a date alone as the first instant of that day', () => {
    expect(parseReportDate('2024-01-05', la)).toBe(Date.UTC(2024, 0, 5, 8));
    expect(parseReportDate('2024-01-05', { timeZone: 'Asia/Tokyo' })).toBe(
      Date.UTC(2024, 0, 4, 15),
    );
  });

  it('reads a date-time without offset as the zone’s wall clock', () => {
    expect(parseReportDate('2024-07-01T09:30:00', la)).toBe(Date.UTC(2024, 6, 1, 16, 30));
    expect(parseReportDate('2024-07-01 9:30', london)).toBe(Date.UTC(2024, 6, 1, 8, 30));
  });

  it.each([
    // Los Angeles: clocks go forward at 02:00 on 10 March 2024 and back at 02:00 on 3 November.
    ['America/Los_Angeles', '2024-03-10', Date.UTC(2024, 2, 10, 8)],
    ['America/Los_Angeles', '2024-03-11', Date.UTC(2024, 2, 11, 7)],
    ['America/Los_Angeles', '2024-11-03', Date.UTC(2024, 10, 3, 7)],
    ['America/Los_Angeles', '2024-11-04', Date.UTC(2024, 10, 4, 8)],
    // London: forward at 01:00 UTC on 31 March 2024, back at 01:00 UTC on 27 October.
    ['Europe/London', '2024-03-31', Date.UTC(2024, 2, 31)],
    ['Europe/London', '2024-04-01', Date.UTC(2024, 2, 31, 23)],
    ['Europe/London', '2024-10-27', Date.UTC(2024, 9, 26, 23)],
    ['Europe/London', '2024-10-28', Date.UTC(2024, 9, 28)],
  ])('in %s, %s starts at its local midnight', (timeZone, day, instant) => {
    expect(parseReportDate(day, { timeZone })).toBe(instant);
    expect(dayKey(instant, timeZone)).toBe(day);
    expect(dayKey(instant - 1, timeZone)).not.toBe(day);
  });

  it('reads local times either side of the spring-forward change', () => {
    expect(parseReportDate('2024-03-10 01:59', la)).toBe(Date.UTC(2024, 2, 10, 9, 59)); // PST
    expect(parseReportDate('2024-03-10 03:00', la)).toBe(Date.UTC(2024, 2, 10, 10)); // PDT
  });
});

describe('parseReportDate: Sheets values', () => {
  it('reads a serial number as days since 1899-12-30 on the zone’s wall clock', () => {
    expect(parseReportDate(45296, la)).toBe(Date.UTC(2024, 0, 5, 8));
    expect(parseReportDate(45296.5, la)).toBe(Date.UTC(2024, 0, 5, 20));
    // 10:11:12 as a day fraction, as Sheets stores it.
    expect(parseReportDate(45296 + (10 * 3600 + 11 * 60 + 12) / 86400, la)).toBe(
      Date.UTC(2024, 0, 5, 18, 11, 12),
    );
  });

  it('reads serial days across the clock changes as local midnights', () => {
    expect(parseReportDate(45382, london)).toBe(Date.UTC(2024, 2, 31)); // 2024-03-31, GMT
    expect(parseReportDate(45383, london)).toBe(Date.UTC(2024, 2, 31, 23)); // 2024-04-01, BST
    expect(parseReportDate(45361, la)).toBe(Date.UTC(2024, 2, 10, 8)); // 2024-03-10, PST
    expect(parseReportDate(45362, la)).toBe(Date.UTC(2024, 2, 11, 7)); // 2024-03-11, PDT
  });

  it('reads a Date from another realm as its instant', () => {
    const date = vm.runInNewContext('new Date(Date.UTC(2024, 0, 5, 10, 11, 12))');
    expect(date instanceof Date).toBe(false);
    expect(parseReportDate(date, la)).toBe(Date.UTC(2024, 0, 5, 10, 11, 12));
    expect(parseReportDate(vm.runInNewContext('new Date(NaN)'), la)).toBe('unreadable');
  });

  it.each([0, -1, 3e6, Number.NaN, Number.POSITIVE_INFINITY])('does not read %s as a date', (n) => {
    expect(parseReportDate(n, la)).toBe('unreadable');
  });
});

describe('parseReportDate: locale forms of the feedback report', () => {
  it.each([
    ['1/5/24', 'MDY', Date.UTC(2024, 0, 5, 8)],
    ['01/05/2024', 'MDY', Date.UTC(2024, 0, 5, 8)],
    ['5/1/2024', 'DMY', Date.UTC(2024, 0, 5, 8)],
    ['05.01.2024', undefined, Date.UTC(2024, 0, 5, 8)],
    ['2024/01/05', undefined, Date.UTC(2024, 0, 5, 8)],
    ['1/15/24', undefined, Date.UTC(2024, 0, 15, 8)],
    ['15/1/2024', undefined, Date.UTC(2024, 0, 15, 8)],
    ['5/5/2024', undefined, Date.UTC(2024, 4, 5, 7)],
    ['7/19/24 06:59:59 GMT', undefined, Date.UTC(2024, 6, 19, 6, 59, 59)],
    ['7/18/2024 11:59 PM', undefined, Date.UTC(2024, 6, 19, 6, 59)],
    ['7/18/2024 12:05 AM', undefined, Date.UTC(2024, 6, 18, 7, 5)],
  ] as const)('%s (%s)', (text, dayOrder, instant) => {
    expect(parseReportDate(text, { ...la, dayOrder })).toBe(instant);
  });

  it('reports a slash date that could mean two days instead of guessing', () => {
    expect(parseReportDate('03/04/2024', la)).toBe('ambiguous');
    expect(parseReportDate('3/4/24', { ...la, dayOrder: 'YMD' })).toBe('ambiguous');
  });

  it('reads two-digit years as 20yy', () => {
    expect(parseReportDate('12/31/99', { ...la, dayOrder: 'MDY' })).toBe(Date.UTC(2099, 11, 31, 8));
  });

  it('tells what a single value proves about the day order', () => {
    expect(dayOrderEvidence('13/02/2024')).toBe('DMY');
    expect(dayOrderEvidence('02/13/2024')).toBe('MDY');
    expect(dayOrderEvidence('03/04/2024')).toBeNull();
    expect(dayOrderEvidence('2024/02/13')).toBeNull();
    expect(dayOrderEvidence('13.02.2024')).toBeNull();
  });
});

describe('parseReportDate: what is not a date', () => {
  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['yesterday', 'unreadable'],
    ['14-07-2010T18:53:56+00:00', 'unreadable'],
    ['2024-13-01', 'impossible'],
    ['2024-02-30', 'impossible'],
    ['2023-02-29', 'impossible'],
    ['2024-01-05T24:00:00+00:00', 'impossible'],
    ['31/02/2024', 'impossible'],
    ['13/13/2024', 'impossible'],
    ['7/18/2024 13:05 PM', 'impossible'],
  ])('"%s" is %s', (text, failure) => {
    expect(parseReportDate(text, la)).toBe(failure);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseReportDate('2024-02-29T00:00:00+00:00', la)).toBe(Date.UTC(2024, 1, 29));
    expect(parseReportDate('2100-02-29T00:00:00+00:00', la)).toBe('impossible');
    expect(parseReportDate('2000-02-29T00:00:00+00:00', la)).toBe(Date.UTC(2000, 1, 29));
  });

  it('does not read booleans or empty cells as dates', () => {
    expect(parseReportDate(true, la)).toBe('unreadable');
    expect(parseReportDate(null, la)).toBe('blank');
    expect(parseReportDate(undefined, la)).toBe('blank');
  });
});
