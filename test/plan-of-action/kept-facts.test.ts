/**
 * Review checks a draft against the facts kept at open or Generate (in the document's
 * CacheService cache) while the report sheets keep their row counts and headers, instead of
 * reading every sheet again, and gives the same answers as a fresh read.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import type { PlanDraft, ReviewFlag } from '../../src/core/plan/types';
import { draft, loadSamples } from './helpers';

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
  it('let review read no report sheet whole, and flag what a fresh read flags', async () => {
    host.resetCalls();
    const kept = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(wholeSheetReads()).toBe(0);
    expect(kept.map((f) => f.kind)).toContain('numberNotInData');

    host.caches.document.evictAll();
    host.resetCalls();
    const fresh = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(wholeSheetReads()).toBeGreaterThan(0);
    expect(kept).toEqual(fresh);
  });

  it("are kept again by Generate, which reads the sheets for the seller's own section", async () => {
    host.caches.document.evictAll();
    host.resetCalls();
    await call('planOfActionGenerate', [draft(), { channel: 'form' }]);
    expect(wholeSheetReads()).toBeGreaterThan(0);
    host.resetCalls();
    await call('planOfActionReview', [citing]);
    expect(wholeSheetReads()).toBe(0);
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
    expect(wholeSheetReads()).toBeGreaterThan(0);
    host.resetCalls();
    const kept = (await call('planOfActionReview', [citing])) as ReviewFlag[];
    expect(wholeSheetReads()).toBe(0);
    expect(kept).toEqual(afterPaste);
  });
});
