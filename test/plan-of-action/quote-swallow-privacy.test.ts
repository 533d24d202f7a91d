/**
 * The quote that swallows rows (see test/dashboard/import-files.test.ts) also moves a buyer's town and
 * postcode out of their buyer columns into a product name, where the redaction step no longer
 * knows them as buyer data; the product name goes to the sidebar.
 */
import { describe, expect, it } from 'vitest';
import type { PlanOfActionStart } from '../../src/core/plan/contract';
import { importText, sampleText, startDashboard } from '../dashboard/helpers';

describe('swallowed rows and buyer data', () => {
  it('All Orders with a product name opening a quote: no order row lost, no buyer town in the sidebar', async () => {
    const d = startDashboard();
    const claimOrders = new Set(
      sampleText('claims.tsv')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    );
    const rows = sampleText('all-orders.tsv')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const header = rows[0] ?? [];
    const col = (n: string) => header.indexOf(n);
    const at = rows.findIndex(
      (r, i) =>
        i > 0 && claimOrders.has(r[0] ?? '') && r[col('fulfillment-channel')] === 'Merchant',
    );
    expect(at).toBeGreaterThan(0);
    const a = rows[at] as string[];
    const b = rows[at + 1] as string[];
    const c = rows[at + 2] as string[];
    a[col('product-name')] = `"Deluxe ${a[col('product-name')]}`;
    b[col('ship-city')] = 'Quillhaven';
    c[col('product-name')] = `${c[col('product-name')]} 8x10"`;
    const out = await importText(d, 'all-orders.txt', rows.map((r) => r.join('\t')).join('\n'));
    for (const file of [
      'seller-fulfilled-orders.tsv',
      'shipping-confirmations.tsv',
      'feedback.tsv',
      'claims.tsv',
      'chargebacks.tsv',
    ])
      await importText(d, file.replace('.tsv', '.txt'), sampleText(file));
    const start = (await d.rpc('planOfActionOpen', [])) as PlanOfActionStart;
    const payload = JSON.stringify(start);
    expect({ rowsAdded: out.summary.added, townInSidebar: payload.includes('Quillhaven') }).toEqual(
      {
        rowsAdded: rows.length - 1,
        townInSidebar: false,
      },
    );
  }, 120_000);
});
