import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amount, flag } from '../../../src/core/reports/cells';

describe('amount', () => {
  it('reads a plain decimal as the same number as Number() does', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{0,18}$/),
        fc.option(fc.stringMatching(/^\d{0,18}$/), { nil: undefined }),
      )
      .map(([negative, whole, fraction]) =>
        [negative ? '-' : '', whole, fraction === undefined ? '' : `.${fraction}`].join(''),
      )
      .filter((text) => /\d/.test(text) && !text.endsWith('.'));
    fc.assert(
      fc.property(decimal, (text) => {
        expect(Object.is(amount(text), Number(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(Object.is(amount('-0'), -0)).toBe(true);
    expect(amount('0.1')).toBe(0.1);
    expect(amount(' 89.95 ')).toBe(89.95);
  });

  it('reads thousands separators and a decimal comma, and nothing else', () => {
    expect(amount('1,234.50')).toBe(1234.5);
    expect(amount('89,95')).toBe(89.95);
    expect(amount(12.5)).toBe(12.5);
    for (const text of ['', '-', '.', '5.', '1.2.3', '1e5', 'twelve', '12 EUR']) {
      expect(amount(text)).toBeUndefined();
    }
  });
});

describe('flag', () => {
  it('reads the spellings of the reports and of a seller', () => {
    for (const text of ['TRUE', 'true', ' True ', 'yes', 'Y', '1', 'x', 'X']) {
      expect(flag(text)).toBe(true);
    }
    for (const text of ['FALSE', 'false', 'No', 'n', '0']) expect(flag(text)).toBe(false);
    expect(flag('maybe')).toBeUndefined();
  });
});
