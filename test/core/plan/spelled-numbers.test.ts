import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spelledNumberValue, withDigits } from '../../../src/core/plan/spelled-numbers';
import { inWords } from './scenarios/seller-data';

describe('numbers written in words', () => {
  it('reads every number up to 999 as a seller spells it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(spelledNumberValue(inWords(n))).toBe(n);
        expect(withDigits(`we had ${inWords(n)} late orders`).text).toBe(`we had ${n} late orders`);
      }),
    );
  });

  it('reads percent in words, and quotes the seller’s words back for any span', () => {
    const read = withDigits('Fifty-seven late orders, twelve per cent, a hundred and 4 units');
    expect(read.text).toBe('57 late orders, 12%, 100 and 4 units');
    expect(read.original(0, 2)).toBe('Fifty-seven');
    expect(read.original(0, 14)).toBe('Fifty-seven late orders');
    expect(read.original(16, 19)).toBe('twelve per cent');
  });

  it('leaves words that only look like numbers alone', () => {
    expect(withDigits('no one bothered; someone; often; tone').text).toBe(
      'no 1 bothered; someone; often; tone',
    );
    expect(spelledNumberValue('seven seven')).toBeNull();
  });
});
