import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/core/importing/delimited';

describe('reading a downloaded report file', () => {
  it('reads Amazon tab-separated text with Windows line ends and a byte-order mark', () => {
    const text = '\uFEFFamazon-order-id\tsku\r\n111-1\tA-1\r\n111-2\tB-2\r\n';
    expect(parseDelimited(text)).toEqual({
      delimiter: '\t',
      rows: [
        ['amazon-order-id', 'sku'],
        ['111-1', 'A-1'],
        ['111-2', 'B-2'],
      ],
    });
  });

  it('keeps commas and quotes of product names in a TSV as they are', () => {
    const text = 'sku\tproduct-name\nA-1\t"Best" mug, 12 oz\nA-2\t12" pan\n';
    expect(parseDelimited(text).rows.slice(1)).toEqual([
      ['A-1', '"Best" mug, 12 oz'],
      ['A-2', '12" pan'],
    ]);
  });

  it('reads a CSV saved from a spreadsheet, with quoted separators, quotes and line breaks', () => {
    const text = 'order-id,comments\n111-1,"Late, and ""damaged""\nsecond line"\n111-2,fine\n';
    const parsed = parseDelimited(text);
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows).toEqual([
      ['order-id', 'comments'],
      ['111-1', 'Late, and "damaged"\nsecond line'],
      ['111-2', 'fine'],
    ]);
  });

  it('keeps a quoted note of several lines with commas in one cell', () => {
    const text =
      'order-id,status,notes\n114-0149180-7966659,Granted,"Buyer wrote:\nHi, the box was crushed, sorry\nThanks"\n';
    expect(parseDelimited(text).rows).toEqual([
      ['order-id', 'status', 'notes'],
      ['114-0149180-7966659', 'Granted', 'Buyer wrote:\nHi, the box was crushed, sorry\nThanks'],
    ]);
  });

  it('reads a quote left open in a cell as text, not as a cell that takes in the rows after it', () => {
    const tsv = 'id\tcomment\tn\n1\t"Arrived broken\t1\n2\tfine\t2\n3\tFrame is not 8x10"\t3\n';
    expect(parseDelimited(tsv).rows).toEqual([
      ['id', 'comment', 'n'],
      ['1', '"Arrived broken', '1'],
      ['2', 'fine', '2'],
      ['3', 'Frame is not 8x10"', '3'],
    ]);
    const csv = 'id,comment,n\n1,"Arrived broken,1\n2,fine,2\n3,"Frame 8x10",3\n';
    expect(parseDelimited(csv).rows).toEqual([
      ['id', 'comment', 'n'],
      ['1', '"Arrived broken', '1'],
      ['2', 'fine', '2'],
      ['3', 'Frame 8x10', '3'],
    ]);
  });

  it('keeps empty cells, empty lines and a last line without a line break', () => {
    expect(parseDelimited('a\tb\tc\n1\t\t\n\n2\t3\t4').rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      [],
      ['2', '3', '4'],
    ]);
  });

  it('reads a header alone', () => {
    expect(parseDelimited('date\trating\torder-id\n').rows).toEqual([
      ['date', 'rating', 'order-id'],
    ]);
  });

  it('reads old Mac line ends', () => {
    expect(parseDelimited('a\tb\r1\t2\r').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
