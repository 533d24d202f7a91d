/**
 * A seller opens the Plan of Action, writes "we received 8 A-to-z claims", then pastes five more
 * claims into the claims sheet. The sidebar's wording review checks figures against the findings
 * it was given at open, so it would pass the 8; Generate would write it beside "12 claims". So
 * review says the sheets changed, Generate refuses until the sidebar is reopened, and the reopened
 * review flags the figure the sheets now contradict.
 */
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import type { PlanOfActionStart } from '../../src/core/plan/contract';
import { reviewWording } from '../../src/core/plan/review-wording';
import type { PlanDraft, ReviewFlag } from '../../src/core/plan/types';
import { findingsForNotice, metricsForNotice } from '../../src/core/plan/wizard';
import { draft, loadSamples, readTsv } from './helpers';

const distDir = join(__dirname, '../../dist');

let host: LocalHost;

/** Each call in a freshly loaded add-on, as Apps Script runs every google.script.run call. */
function call(name: string, args: unknown[]): Promise<unknown> {
  return createRpcBridge(host.load(distDir))(name, args);
}

async function failure(name: string, args: unknown[]): Promise<string> {
  try {
    await call(name, args);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

const notice = {
  kind: 'orderDefectRate' as const,
  channel: 'MFN' as const,
  date: '2026-11-20',
  asins: [],
  text: 'Your Order Defect Rate is above our target.',
};
const eightClaims: PlanDraft = draft({
  notice,
  rootCauses: ['We received 8 A-to-z claims because parcels were left at the door.'],
});

/** The sidebar's own review of the draft, on what it was given at open. */
function wordingFlags(start: PlanOfActionStart, plan: PlanDraft): ReviewFlag[] {
  return reviewWording(plan, {
    findings: findingsForNotice(start, plan.notice),
    results: metricsForNotice(start, plan.notice),
  });
}

/** Five more granted claims on seller-fulfilled orders that had none, as a seller pastes them. */
function pasteFiveClaims(): void {
  const claimed = new Set(readTsv('claims.tsv').map((row) => row[0]));
  const orders = readTsv('seller-fulfilled-orders.tsv')
    .slice(1)
    .filter((row) => row[2]?.startsWith('2026-10-1') && !claimed.has(row[0]))
    .slice(0, 5);
  const claims = host.spreadsheet.sheet('A-to-z claims');
  for (const order of orders) {
    claims.appendRow([order[0], '2026-11-01T10:00:00+00:00', 'Granted', 'Item not received', '20']);
  }
}

let opened: PlanOfActionStart;
beforeEach(async () => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  loadSamples(host);
  opened = (await call('planOfActionOpen', [])) as PlanOfActionStart;
});

describe('report sheets changed after the Plan of Action opened', () => {
  it('while they hold what they held, review says nothing of it and Generate writes the Doc', async () => {
    expect(opened.openedWith).toEqual(expect.any(String));
    expect(wordingFlags(opened, eightClaims).map((f) => f.kind)).not.toContain('numberDiffers');
    const flags = (await call('planOfActionReview', [
      eightClaims,
      opened.openedWith,
    ])) as ReviewFlag[];
    expect(flags.map((f) => f.kind)).not.toContain('sheetsChanged');
    await call('planOfActionGenerate', [eightClaims, { channel: 'form' }, opened.openedWith]);
    expect(host.documents).toHaveLength(1);
  });

  it('review says so first, and Generate writes no Doc until the sidebar is reopened', async () => {
    pasteFiveClaims();
    const flags = (await call('planOfActionReview', [
      eightClaims,
      opened.openedWith,
    ])) as ReviewFlag[];
    expect(flags[0]).toMatchObject({ kind: 'sheetsChanged', step: 'all', index: null });
    expect(flags[0]?.message).toMatch(/^Your report sheets changed since you opened/);

    expect(
      await failure('planOfActionGenerate', [eightClaims, { channel: 'form' }, opened.openedWith]),
    ).toMatch(/^The Doc was not generated\. Your report sheets changed since you opened/);
    expect(host.documents).toHaveLength(0);

    // Reopened: the sidebar's review now sees the pasted claims and says the 8 differs.
    const reopened = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(reopened.openedWith).not.toBe(opened.openedWith);
    const differs = wordingFlags(reopened, eightClaims).filter((f) => f.kind === 'numberDiffers');
    expect(differs.map((f) => f.text)).toEqual(['8 A-to-z claims']);
    const again = (await call('planOfActionReview', [
      eightClaims,
      reopened.openedWith,
    ])) as ReviewFlag[];
    expect(again.map((f) => f.kind)).not.toContain('sheetsChanged');
    await call('planOfActionGenerate', [eightClaims, { channel: 'form' }, reopened.openedWith]);
    expect(host.documents).toHaveLength(1);
  });

  it('a value corrected in place, with no row added, is a change too', async () => {
    const claims = host.spreadsheet.sheet('A-to-z claims');
    claims.getRange(2, 3).setValue('Denied');
    const flags = (await call('planOfActionReview', [
      eightClaims,
      opened.openedWith,
    ])) as ReviewFlag[];
    expect(flags.map((f) => f.kind)).toContain('sheetsChanged');
  });

  it('a call without what the sheets held at open (an older sidebar) is checked as before', async () => {
    pasteFiveClaims();
    const flags = (await call('planOfActionReview', [eightClaims])) as ReviewFlag[];
    expect(flags.map((f) => f.kind)).not.toContain('sheetsChanged');
    await call('planOfActionGenerate', [eightClaims, { channel: 'form' }]);
    expect(host.documents).toHaveLength(1);
  });
});

describe('what the report sheets held at open, when there was nothing to measure', () => {
  it('a sheet that cannot be read holds the same at every call: Generate still writes the Doc', async () => {
    host = createLocalHost({ timeZone: 'America/Los_Angeles' });
    loadSamples(host);
    const orders = host.spreadsheet.sheet('All Orders');
    const header = orders.snapshot().values[0] ?? [];
    orders.getRange(2, header.indexOf('sales-channel') + 1).setValue('Amazon.xx');
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(start.dataProblem).toMatch(/^Your report sheets could not be read/);
    const flags = (await call('planOfActionReview', [
      eightClaims,
      start.openedWith,
    ])) as ReviewFlag[];
    expect(flags.map((f) => f.kind)).not.toContain('sheetsChanged');
    await call('planOfActionGenerate', [eightClaims, { channel: 'form' }, start.openedWith]);
    expect(host.documents).toHaveLength(1);
  });

  it('reports pasted after opening a spreadsheet without any are a change too', async () => {
    host = createLocalHost({ timeZone: 'America/Los_Angeles' });
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(start.openedWith).toBe('');
    loadSamples(host);
    const flags = (await call('planOfActionReview', [
      eightClaims,
      start.openedWith,
    ])) as ReviewFlag[];
    expect(flags.map((f) => f.kind)).toContain('sheetsChanged');
    expect(
      await failure('planOfActionGenerate', [eightClaims, { channel: 'form' }, start.openedWith]),
    ).toMatch(/^The Doc was not generated\. Your report sheets changed since you opened/);
  });
});
