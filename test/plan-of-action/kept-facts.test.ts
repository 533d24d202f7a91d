/**
 * Review and Generate check and write a draft from the facts kept at open (in the document's
 * CacheService cache) while the report sheets hold what they held, cell by cell, instead of
 * measuring every sheet again, and give the same answers and the same Doc as a fresh read.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../host';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import type { PlanOfActionStart } from '../../src/core/plan/contract';
import type { PlanDraft, ReviewFlag } from '../../src/core/plan/types';
import { draft, loadSamples, sampleBuyerData, sampleSheets } from './helpers';

const distDir = join(__dirname, '../../dist');

let host: LocalHost;

/** Each call in a freshly loaded add-on, as Apps Script runs every google.script.run call. */
function call(name: string, args: unknown[]): Promise<unknown> {
  return createRpcBridge(host.load(distDir))(name, args);
}

/** Reads of a whole report sheet: the A1 ranges `findReportSheets` reads a sheet's data by. */
function wholeSheetReads(): number {
  return host.callsTo('Spreadsheet', 'getRange').length;
}

/** Times the facts were measured from the sheets: each measuring stores them in the cache. */
function measured(): number {
  return host.callsTo('Cache', 'putAll').length;
}

/** What a Doc says: its title and every element, without the id and link a new Doc gets. */
function docText(doc: DocumentSnapshot | undefined): unknown {
  return doc && { name: doc.name, elements: doc.elements };
}

/** Generate's Doc and answer for the sample draft, in a fresh load of the add-on. */
async function generate(): Promise<{ doc: unknown; plainText: string }> {
  const result = (await call('planOfActionGenerate', [draft(), { channel: 'form' }])) as {
    plainText: string;
  };
  return { doc: docText(host.documents[host.documents.length - 1]), plainText: result.plainText };
}

/** Cites an order the reports hold no trace of: the server's review looks order IDs up. */
const citing: PlanDraft = draft({
  rootCauses: ['Orders placed on Saturdays waited until Monday, order 999-9999999-9999999 too.'],
});

beforeEach(async () => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  loadSamples(host);
  await call('planOfActionOpen', []);
});

describe('the facts kept at open', () => {
  it('let review read each report sheet once, measure nothing, and flag what a fresh read flags', async () => {
    host.resetCalls();
    const kept = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(wholeSheetReads()).toBe(sampleSheets.length);
    expect(measured()).toBe(0);
    expect(kept.map((f) => f.kind)).toContain('numberNotInData');

    host.caches.document.evictAll();
    host.resetCalls();
    const fresh = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(wholeSheetReads()).toBe(sampleSheets.length);
    expect(measured()).toBe(1);
    expect(kept).toEqual(fresh);
  });

  it('let review find an order without a defect in the sheets it read, kept or fresh', async () => {
    // The sample's first seller-fulfilled order shipped on time and has no feedback or claim.
    const onTime = host.spreadsheet.sheet('Seller-fulfilled orders').snapshot().values[1]?.[0];
    expect(onTime).toBe('112-6320087-9354898');
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    const defectOrders = start.marketplaces.flatMap((m) => m.findings.flatMap((f) => f.orderIds));
    expect(defectOrders).not.toContain(onTime);
    const refunded = draft({
      correctiveActions: [`We refunded order ${onTime} and order 999-9999999-9999999.`],
    });
    const notInData = (flags: ReviewFlag[]) =>
      flags.filter((f) => f.kind === 'numberNotInData').map((f) => f.text);
    host.resetCalls();
    const kept = (await call('planOfActionReview', [refunded])) as ReviewFlag[];
    expect(measured()).toBe(0);
    expect(wholeSheetReads()).toBe(sampleSheets.length);
    expect(notInData(kept)).toEqual(['999-9999999-9999999']);
    host.caches.document.evictAll();
    const fresh = (await call('planOfActionReview', [refunded])) as ReviewFlag[];
    expect(notInData(fresh)).toEqual(['999-9999999-9999999']);
  });

  it('are kept again by Generate when the cache lost them', async () => {
    host.caches.document.evictAll();
    host.resetCalls();
    await call('planOfActionGenerate', [draft(), { channel: 'form' }]);
    expect(measured()).toBe(1);
    host.resetCalls();
    await call('planOfActionReview', [citing]);
    expect(measured()).toBe(0);
  });

  it('are read again once a row is pasted into a report sheet', async () => {
    const feedback = host.spreadsheet.sheet('Feedback');
    const header = feedback.snapshot().values[0] ?? [];
    const orderId = host.spreadsheet.sheet('All Orders').snapshot().values[1]?.[0];
    const row = header.map((name) =>
      name === 'Order ID' ? orderId : name === 'Rating' ? 1 : name === 'Date' ? '11/14/26' : '',
    );
    feedback.appendRow(row);
    host.resetCalls();
    const afterPaste = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(measured()).toBe(1);
    host.resetCalls();
    const kept = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(measured()).toBe(0);
    expect(kept).toEqual(afterPaste);
  });

  it('let Generate read each report sheet once, measure nothing, and write the Doc a fresh read writes', async () => {
    host.resetCalls();
    const kept = await generate();
    expect(wholeSheetReads()).toBe(sampleSheets.length);
    expect(measured()).toBe(0);
    expect(JSON.stringify(kept.doc)).toContain('Sales of the last 30 and 60 days');

    host.caches.document.evictAll();
    host.resetCalls();
    const fresh = await generate();
    expect(measured()).toBe(1);
    expect(kept).toEqual(fresh);
  });

  it('give Generate the new figures once an order is added to a report sheet after open', async () => {
    const before = await generate();
    // A copy of the newest order under a new ID: one more order in the sales at stake.
    const orders = host.spreadsheet.sheet('All Orders');
    const [header = [], ...rows] = orders.snapshot().values;
    const dateColumn = header.indexOf('purchase-date');
    const newest = rows.reduce((a, b) => (String(b[dateColumn]) > String(a[dateColumn]) ? b : a));
    orders.appendRow(
      header.map((name, i) => (name === 'amazon-order-id' ? '113-0000000-0000001' : newest[i])),
    );

    const after = await generate();
    expect(after.doc).not.toEqual(before.doc);
    host.caches.document.evictAll();
    expect(await generate()).toEqual(after);
  });

  it('give Generate a cell corrected in place, with no row added, without reopening the sidebar', async () => {
    const before = await generate();
    // The newest order's price corrected where it stands: no row added, the same header.
    const orders = host.spreadsheet.sheet('All Orders');
    const [header = [], ...rows] = orders.snapshot().values;
    const dateColumn = header.indexOf('purchase-date');
    const newest = rows.reduce(
      (a, b, i) => (String(b[dateColumn]) > String(rows[a]?.[dateColumn]) ? i : a),
      0,
    );
    orders.getRange(newest + 2, header.indexOf('item-price') + 1).setValue(99999);
    host.resetCalls();
    const corrected = await generate();
    expect(measured()).toBe(1);
    expect(corrected.doc).not.toEqual(before.doc);
    host.resetCalls();
    expect(await generate()).toEqual(corrected);
    expect(measured()).toBe(0);
    host.caches.document.evictAll();
    expect(await generate()).toEqual(corrected);
  });

  it('are not read by another build of the add-on, as after a push', async () => {
    const source = readFileSync(join(distDir, 'Server.html'), 'utf8');
    const stamp = /sh-build-[0-9a-f]{12}/.exec(source)?.[0];
    expect(stamp).toBeDefined();
    const other = mkdtempSync(join(tmpdir(), 'dist-other-build-'));
    try {
      cpSync(distDir, other, { recursive: true });
      writeFileSync(
        join(other, 'Server.html'),
        source.replace(stamp ?? '', 'sh-build-000000000000'),
      );
      host.resetCalls();
      await createRpcBridge(host.load(other))('planOfActionReview', [citing]);
      expect(measured()).toBe(1);
      host.resetCalls();
      await call('planOfActionReview', [citing]);
      expect(measured()).toBe(0);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('hold no buyer data: no name, e-mail, phone or address of the report sheets', async () => {
    await call('planOfActionReview', [citing]);
    await generate();
    const kept = host.caches.document.values().join('\n');
    expect(kept).toContain('"findings"');
    const buyerData = sampleBuyerData().filter((value) => value.length >= 5);
    expect(buyerData.length).toBeGreaterThan(100);
    expect(buyerData.filter((value) => kept.includes(value))).toEqual([]);
  });

  it('let review find the buyer a fresh read finds, from the one read of each report sheet', async () => {
    const buyer = sampleBuyerData().find((value) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(value));
    const naming = draft({ rootCauses: [`The parcel for ${buyer} left two days late.`] });
    host.resetCalls();
    const kept = (await call('planOfActionReview', [naming])) as ReviewFlag[];
    // Each report sheet's first rows (finding it) and its data, once; no buyer column apart.
    expect(host.callsTo('Sheet', 'getRange').length).toBe(sampleSheets.length);
    expect(wholeSheetReads()).toBe(sampleSheets.length);
    expect(kept.map((f) => f.kind)).toContain('buyerData');

    host.caches.document.evictAll();
    const fresh = (await call('planOfActionReview', [naming])) as ReviewFlag[];
    expect(kept).toEqual(fresh);
  });
});
