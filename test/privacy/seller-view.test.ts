/**
 * The redaction step as a seller meets it, through the built dist/ in the local host: buyer
 * postcodes that are also the add-on's own counts, buyer data in claim reasons and carrier names,
 * and a buyer's name typed into the plan in the ways the tester found that got through.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge, type RpcBridge } from '../../host/serve-rpc';
import type { GenerateResult, PlanOfActionStart } from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';
import { redactedMarker } from '../../src/core/privacy';
import { draft, readTsv, sampleSheets } from '../plan-of-action/helpers';

const distDir = join(__dirname, '../../dist');

function open(tables: Record<string, string[][]> = {}): { host: LocalHost; call: RpcBridge } {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  for (const [file, name] of sampleSheets) {
    host.spreadsheet.addSheetWithValues(name, tables[file] ?? readTsv(file));
  }
  return { host, call: createRpcBridge(host.load(distDir)) };
}

function setColumn(rows: string[][], name: string, pick: (i: number) => string | null): void {
  const column = (rows[0] ?? []).indexOf(name);
  if (column < 0) throw new Error(`no column ${name}`);
  rows.slice(1).forEach((row, i) => {
    const value = pick(i);
    if (value !== null) row[column] = value;
  });
}

const odr: PlanDraft['notice'] = {
  kind: 'orderDefectRate',
  channel: 'MFN',
  date: '2026-11-20',
  asins: [],
  text: 'x',
};

async function generate(call: RpcBridge, plan: PlanDraft): Promise<GenerateResult> {
  return (await call('planOfActionGenerate', [plan, { channel: 'form' }])) as GenerateResult;
}

const docText = (host: LocalHost) => host.documents[host.documents.length - 1]?.text ?? '';

describe("buyer postcodes that are the add-on's own numbers", () => {
  it('blank no figure of a finding and refuse no count or year the seller writes', async () => {
    const plain = (await open().call('planOfActionOpen', [])) as PlanOfActionStart;
    const metric = plain.marketplaces[0]?.metrics.find(
      (m) => m.metric === 'orderDefectRate' && m.channel === 'MFN',
    );
    const denominator = String(metric?.denominator);
    expect(Number(denominator)).toBeGreaterThan(100);
    // Buyers whose postcodes are the ODR's denominator, a year, a count, and "-1+1".
    const orders = readTsv('all-orders.tsv');
    const postcodes = [denominator, '2024', '2000', '10115', '-1+1'];
    setColumn(orders, 'ship-postal-code', (i) =>
      i < postcodes.length ? (postcodes[i] ?? '') : null,
    );
    const { host, call } = open({ 'all-orders.tsv': orders });
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    const summaries = (s: PlanOfActionStart) => s.marketplaces[0]?.findings.map((f) => f.summary);
    expect(summaries(start)).toEqual(summaries(plain));
    expect(JSON.stringify(start)).not.toContain(redactedMarker);
    const ids = start.marketplaces[0]?.findings
      .filter((f) => f.id.startsWith('orderDefectRate'))
      .map((f) => f.id);
    const rootCause = 'Since 2024 we dispatched 2000 parcels and reprinted 10115 labels a year.';
    await generate(call, draft({ notice: odr, tickedFindingIds: ids, rootCauses: [rootCause] }));
    expect(docText(host)).toContain(rootCause);
    expect(docText(host)).toContain(`of ${denominator} `);
  });
});

describe('buyer data in report text', () => {
  it('reaches neither the sidebar nor the Doc, nor a bidi control', async () => {
    const planted = [
      'jose.garcia at gmail dot com',
      '07700900123',
      '12 elm st',
      'sw1a 2aa',
      'Robin J. Mockley',
      '\u202E',
    ];
    const claims = readTsv('claims.tsv');
    const reasons = [
      'Item not received - buyer jose.garcia at gmail dot com',
      'Item not received - call 07700900123',
      'Item not received - left at 12 elm st',
      'Item not received - sw1a 2aa',
      'Item not received - customer Robin J. Mockley',
      'Item not received \u202Egnp.exe',
    ];
    setColumn(claims, 'claim-reason', (i) => reasons[i % reasons.length] ?? '');
    const shipping = readTsv('shipping-confirmations.tsv');
    setColumn(shipping, 'carrier-code', (i) => (i % 5 === 0 ? 'Other' : null));
    setColumn(shipping, 'carrier-name', (i) =>
      i % 5 === 0 ? 'Courier for jose.garcia at gmail dot com' : null,
    );
    const { host, call } = open({ 'claims.tsv': claims, 'shipping-confirmations.tsv': shipping });
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    const sent = JSON.stringify(start);
    for (const text of planted) expect(sent).not.toContain(text);
    const findings = start.marketplaces[0]?.findings ?? [];
    // The claim reasons are findings still, their buyer data blanked.
    expect(findings.some((f) => f.summary.includes(`call ${redactedMarker}`))).toBe(true);
    expect(findings.some((f) => f.summary.includes('Courier for'))).toBe(true);
    const ids = findings.map((f) => f.id);
    const result = await generate(call, draft({ notice: odr, tickedFindingIds: ids }));
    for (const text of planted) {
      expect(docText(host)).not.toContain(text);
      expect(result.plainText).not.toContain(text);
    }
    expect(docText(host)).toContain('Item not received gnp.exe');
  });
});

describe("a buyer's name and contacts typed into the plan", () => {
  const orders = readTsv('seller-fulfilled-orders.tsv');
  const buyers = [
    ['José García', 'jose.garcia@gmail.com'],
    ['Mary Ellen Kowalczyk', 'mek.shopper@outlook.com'],
    ['Dr. Priya Raghunathan', 'priya.r@example.com'],
    ['Robin Mockley', 'rm8@example.invalid'],
  ];
  setColumn(orders, 'buyer-name', (i) => buyers[i]?.[0] ?? null);
  setColumn(orders, 'recipient-name', (i) => buyers[i]?.[0] ?? null);
  setColumn(orders, 'buyer-email', (i) => buyers[i]?.[1] ?? null);
  const withAction = (text: string) =>
    draft({ correctiveActions: ['We set the handling time to two days.', text] });

  it.each([
    'We phoned Jose Garcia to apologise.',
    'We refunded Mary Kowalczyk in full.',
    'We refunded Robin J. Mockley in full.',
    'We refunded Priya Raghunathan in full.',
    'We refunded Robin\u200BMockley in full.',
    'We refunded Mockley Robin after the claim.',
    'We apologised to Dr. Raghunathan by message.',
    'We called the buyer on 07700900123 twice.',
    'We re-sent it to the buyer at sw1a 2aa.',
    'We emailed jose.garcia＠gmail．com with tracking.',
    'We emailed jose.garcia(at)gmail(dot)com with tracking.',
  ])('refuses "%s"', async (text) => {
    const { host, call } = open({ 'seller-fulfilled-orders.tsv': orders });
    await expect(generate(call, withAction(text))).rejects.toThrow(/buyer/i);
    expect(host.documents).toHaveLength(0);
  });

  it('writes what is no buyer data: a manager, brands, tracking, ISBN, UPC, an order ID', async () => {
    const { host, call } = open({ 'seller-fulfilled-orders.tsv': orders });
    const fine = [
      'Our warehouse manager, Mr. Patel, now checks every parcel before pickup.',
      "We repacked Mrs. Meyer's hand soap and every Mr. Coffee machine in sealed bags.",
      'We uploaded FedEx tracking 7489 2345 6789 two days late; uploads are now automatic.',
      'We relisted ISBN 978-0-306-40615-7 and corrected UPC 0 12345 67890 5 and GTIN 1 0012345 67890 2.',
      'We refunded order 112-6320087-9354898 in full.',
    ];
    await generate(
      call,
      draft({ correctiveActions: ['We set the handling time to two days.', ...fine] }),
    );
    for (const text of fine) expect(docText(host)).toContain(text);
  });
});
