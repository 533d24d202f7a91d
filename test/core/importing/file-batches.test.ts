import { describe, expect, it } from 'vitest';
import { batchCharacters, batchRows, fileBatches } from '../../../src/core/importing/file-batches';

describe('sending a file in batches', () => {
  it('finds the header after blank lines and numbers rows as the file does', () => {
    const parsed = fileBatches([[], ['order-id', 'sku'], ['1', 'A'], [], ['2', 'B']]);
    expect(parsed).toEqual({
      header: ['order-id', 'sku'],
      batches: [{ rows: [['1', 'A'], [], ['2', 'B']], firstRow: 3 }],
      dataRows: 2,
      currencies: [],
    });
  });

  it('carries the currencies of the whole file, once each, leaving out rows with a sales channel', () => {
    const header = ['order-id', 'currency', 'sales-channel'];
    const rows = [
      ['1', 'GBP', ''],
      ['2', '', ''],
      ['3', 'GBP', ''],
      ['4', 'EUR', 'Amazon.de'],
      ['5', 'JPY', ''],
    ];
    expect(fileBatches([header, ...rows])?.currencies).toEqual(['GBP', 'JPY']);
  });

  it('sends a header alone once, so the server can say what it is', () => {
    expect(fileBatches([['date', 'rating', 'order-id']])?.batches).toEqual([
      { rows: [], firstRow: 2 },
    ]);
  });

  it('has nothing to send for empty text', () => {
    expect(fileBatches([[], ['  ']])).toBeNull();
  });

  it('keeps each batch under its row and character budgets, and loses no row', () => {
    const many = Array.from({ length: batchRows * 2 + 5 }, (_, i) => [String(i)]);
    const byRows = fileBatches([['order-id'], ...many]);
    expect(byRows?.batches.map((b) => b.rows.length)).toEqual([batchRows, batchRows, 5]);
    expect(byRows?.batches.map((b) => b.firstRow)).toEqual([2, 2 + batchRows, 2 + 2 * batchRows]);

    const wide = 'x'.repeat(batchCharacters / 4);
    const byCharacters = fileBatches([
      ['product-name'],
      ...Array.from({ length: 9 }, () => [wide]),
    ]);
    expect(byCharacters?.batches.map((b) => b.rows.length)).toEqual([3, 3, 3]);
  });
});
