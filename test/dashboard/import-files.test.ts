/**
 * Report files imported the ways sellers import them (over data, twice, two marketplaces,
 * BOM, CRLF, semicolons, Excel CSV, quotes and line breaks in comments).
 */
import { describe, expect, it } from 'vitest';
import { importText, sampleText, startDashboard } from '../dashboard/helpers';

const values = (d: ReturnType<typeof startDashboard>, name: string) =>
  d.host.spreadsheet.sheet(name).snapshot().values as unknown[][];
const sheetNames = (d: ReturnType<typeof startDashboard>) =>
  d.host.spreadsheet.sheets.map((s) => s.getName());

const feedbackHeader = 'Date\tRating\tComments\tYour Response\tOrder ID\tRater Email';

describe('import of files as sellers save them', () => {
  it('same feedback file twice: nothing doubled', async () => {
    const d = startDashboard();
    const text = sampleText('feedback.tsv');
    const rows = text.trim().split('\n').length - 1;
    const first = await importText(d, 'feedback.txt', text);
    const second = await importText(d, 'feedback.txt', text);
    expect(first.summary.added).toBe(rows);
    expect(second.summary.added).toBe(0);
    expect(second.summary.duplicates).toBe(rows);
  });

  it('claims before the orders, orders of the UK, the claims again: nothing doubled', async () => {
    const d = startDashboard();
    const claims = [
      'order-id\tclaim-date\tclaim-status\tclaim-reason\tclaim-amount',
      '202-0000000-0000001\t2026-10-05T03:30:00+00:00\tGranted\tItem not received\t20.00',
      '202-0000000-0000002\t2026-10-06T23:30:00+00:00\tGranted\tItem not received\t20.00',
    ].join('\n');
    const orders = [
      'amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tasin\titem-status\tquantity\tcurrency\titem-price',
      '202-0000000-0000001\t\t2026-10-01T10:00:00+00:00\t2026-10-02T10:00:00+00:00\tShipped\tMerchant\tAmazon.co.uk\tS1\tB000000001\tShipped\t1\tGBP\t10.00',
      '202-0000000-0000002\t\t2026-10-01T10:00:00+00:00\t2026-10-02T10:00:00+00:00\tShipped\tMerchant\tAmazon.co.uk\tS1\tB000000001\tShipped\t1\tGBP\t10.00',
    ].join('\n');
    await importText(d, 'claims.txt', claims);
    await importText(d, 'orders.txt', orders);
    const again = await importText(d, 'claims.txt', claims);
    expect(again.summary.added).toBe(0);
    const sheet = sheetNames(d).find((n) => /claim/i.test(n)) as string;
    expect(values(d, sheet).filter((r) => r.some((c) => c !== '')).length).toBe(3);
  });

  it('feedback with a quote opening one comment and closing a later one: no row lost', async () => {
    const d = startDashboard();
    const lines = [
      feedbackHeader,
      '2026-10-01\t1\t"Arrived broken, box crushed\t\t111-0000000-0000001\ta1@example.invalid',
      '2026-10-02\t1\tlate again\t\t111-0000000-0000002\ta2@example.invalid',
      '2026-10-03\t2\tnot as described\t\t111-0000000-0000003\ta3@example.invalid',
      '2026-10-04\t1\tFrame is not 8x10"\t\t111-0000000-0000004\ta4@example.invalid',
      '2026-10-05\t5\tgreat\t\t111-0000000-0000005\ta5@example.invalid',
    ];
    const out = await importText(d, 'feedback.txt', lines.join('\r\n'));
    const sheet = sheetNames(d).find((n) => /feedback/i.test(n)) as string;
    const imported = values(d, sheet)
      .slice(1)
      .filter((r) => r.some((c) => c !== ''));
    // Every order of the file is in the sheet, or named as a problem.
    const ids = imported.map((r) => String(r[4]));
    expect(ids).toEqual([
      '111-0000000-0000001',
      '111-0000000-0000002',
      '111-0000000-0000003',
      '111-0000000-0000004',
      '111-0000000-0000005',
    ]);
    expect(out.summary.added + out.summary.problemCount).toBe(5);
  });

  it('BOM and CRLF: header recognised, no carriage return kept in a cell', async () => {
    const d = startDashboard();
    const text = `\uFEFF${sampleText('claims.tsv').replace(/\n/g, '\r\n')}`;
    const out = await importText(d, 'claims.txt', text);
    expect(out.summary.problemCount).toBe(0);
    const sheet = sheetNames(d).find((n) => /claim/i.test(n)) as string;
    const all = JSON.stringify(values(d, sheet));
    expect(all).not.toContain('\\r');
    expect(all).not.toContain('\uFEFF');
  });

  it('a semicolon-separated file is refused, quoting its first row, and writes nothing', async () => {
    const d = startDashboard();
    const text = sampleText('claims.tsv').replace(/\t/g, ';');
    await expect(importText(d, 'claims.csv', text)).rejects.toThrow(/order-id;claim-date/);
    expect(sheetNames(d)).toEqual(['Sheet1']);
  });
});
