import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { answerText } from '../../scripts/differential-answer';

describe("the differential's answer text", () => {
  it('tells apart results that plain JSON makes equal', () => {
    const apart: [unknown, unknown][] = [
      [Number.NaN, null],
      [Number.POSITIVE_INFINITY, null],
      [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      [-0, 0],
      [[[1, Number.NaN]], [[1, null]]],
      [runInNewContext('new Date(Number.NaN)'), null],
      [runInNewContext('new Date(0)'), '1970-01-01T00:00:00.000Z'],
      [undefined, 'undefined'],
    ];
    for (const [a, b] of apart) expect(answerText(a)).not.toBe(answerText(b));
  });

  it('is plain JSON for plain values', () => {
    const table = [
      ['Order', 'Units'],
      ['111-1', 2],
      ['', 0.5],
    ];
    expect(answerText(table)).toBe(JSON.stringify(table));
    expect(answerText('0.7%')).toBe('"0.7%"');
  });
});
