import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetContentFingerprint } from '../../../src/core/plan/sheet-content';

/** A cell as Sheets gives it: text, a number, a boolean, a date or blank. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constant(''),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

describe('the fingerprint of what the report sheets hold', () => {
  it('is the same for the same cells, read again', () => {
    fc.assert(
      fc.property(fc.array(table, { minLength: 1, maxLength: 3 }), (tables) => {
        expect(sheetContentFingerprint(structuredClone(tables))).toBe(
          sheetContentFingerprint(tables),
        );
      }),
    );
  });

  it('changes when one cell is corrected in place', () => {
    fc.assert(
      fc.property(table, fc.nat(), fc.nat(), cell, (rows, r, c, replacement) => {
        const row = rows[r % rows.length] ?? [];
        const column = c % row.length;
        const before = row[column];
        const same =
          before instanceof Date && replacement instanceof Date
            ? before.getTime() === replacement.getTime()
            : Object.is(before, replacement) || (before === 0 && replacement === 0);
        fc.pre(!same);
        const corrected = rows.map((cells) => [...cells]);
        (corrected[r % rows.length] ?? [])[column] = replacement;
        expect(sheetContentFingerprint([corrected])).not.toBe(sheetContentFingerprint([rows]));
      }),
    );
  });

  it('tells a price typed as text from the number, and a value moved to the next cell', () => {
    const fingerprint = (rows: unknown[][]) => sheetContentFingerprint([rows]);
    expect(fingerprint([['19.99']])).not.toBe(fingerprint([[19.99]]));
    expect(fingerprint([['ab', '']])).not.toBe(fingerprint([['a', 'b']]));
    expect(fingerprint([['a'], ['b']])).not.toBe(fingerprint([['a', 'b']]));
    const day = new Date('2026-11-14T10:00:00Z');
    expect(fingerprint([[day]])).not.toBe(fingerprint([[new Date('2026-11-14T10:00:01Z')]]));
    expect(fingerprint([[day]])).not.toBe(fingerprint([[day.getTime()]]));
  });

  it('tells Dates of another realm (as Sheets passes them) apart to the millisecond', () => {
    const fingerprint = (rows: unknown[][]) => sheetContentFingerprint([rows]);
    const date = (ms: number) => runInNewContext(`new Date(${ms})`) as unknown;
    const confirmed = Date.UTC(2026, 10, 14, 23, 59, 59);
    expect(fingerprint([[date(confirmed)]])).not.toBe(fingerprint([[date(confirmed + 400)]]));
    expect(fingerprint([[date(confirmed)]])).toBe(fingerprint([[new Date(confirmed)]]));
  });

  it('tells apart every cell Sheets can give, Dates of another realm and blanks included', () => {
    // Dates of another realm, as Sheets passes them, and an invalid one too.
    const realmDate = fc
      .integer({ min: -1e13, max: 1e13 })
      .map((ms) => runInNewContext(`new Date(${ms})`) as unknown);
    const anyCell = fc.oneof(cell, realmDate, fc.constant(new Date(Number.NaN)), fc.constant(null));
    /** What a seller would call the same cell: its kind and its value (a Date to the ms). */
    const sameCell = (a: unknown, b: unknown) => {
      const key = (x: unknown) =>
        Object.prototype.toString.call(x) === '[object Date]'
          ? `d${(x as Date).getTime()}`
          : `${typeof x}${x === 0 ? 0 : String(x)}`;
      return key(a) === key(b);
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        anyCell,
        (rows, r, c, replacement) => {
          const row = rows[r % rows.length] ?? [];
          const column = c % row.length;
          fc.pre(!sameCell(row[column], replacement));
          const corrected = rows.map((cells) => [...cells]);
          (corrected[r % rows.length] ?? [])[column] = replacement;
          expect(sheetContentFingerprint([corrected])).not.toBe(sheetContentFingerprint([rows]));
        },
      ),
    );
  });
});
