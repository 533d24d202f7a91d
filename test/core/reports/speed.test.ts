import { describe, expect, it } from 'vitest';
import { readReport } from '../../../src/core/reports';
import { headers, us } from './helpers';

/**
 * Large reports read completely and correctly. How fast is measured by `npm run bench`, not here:
 * timed tests on a shared machine fail for reasons that are not the code's.
 */
describe('large reports', () => {
  it('reads every one of 100,000 All Orders rows', () => {
    const header = headers.allOrdersWithUrl;
    const at = (name: string) => header.indexOf(name);
    const values: string[][] = [[...header]];
    for (let i = 0; i < 100_000; i++) {
      const cells = header.map(() => '');
      const time = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().slice(0, 19);
      cells[at('amazon-order-id')] = `114-${String(i).padStart(7, '0')}-0000000`;
      cells[at('purchase-date')] = `${time}+00:00`;
      cells[at('order-status')] = i % 10 === 0 ? 'Cancelled' : 'Shipped - Delivered to Buyer';
      cells[at('fulfillment-channel')] = i % 3 === 0 ? 'Amazon' : 'Merchant';
      cells[at('sku')] = `SKU-${i % 50}`;
      cells[at('quantity')] = '1';
      cells[at('item-price')] = '19.99';
      values.push(cells);
    }
    const parsed = readReport(values, ['allOrders'], us);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toHaveLength(100_000);
    expect(parsed.records.filter((r) => r.channel === 'AFN')).toHaveLength(33_334);
  });

  it('reads a 20,000-row slash-date column that never proves its day order by the marketplace convention', () => {
    // 1/1/24 … 12/1/24 never prove an order: the US convention (month first) decides.
    const values: string[][] = [[...headers.feedback]];
    for (let i = 0; i < 20_000; i++) {
      values.push([`${(i % 12) + 1}/1/24`, '1', '', '', `114-${i}`, '']);
    }
    const parsed = readReport(values, ['feedback'], { ...us, dayOrder: 'MDY' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.records[1]?.date).toBe(Date.UTC(2024, 1, 1, 8));
  });
});
