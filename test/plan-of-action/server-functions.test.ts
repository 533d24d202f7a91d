/**
 * The sidebar's server functions as Apps Script runs them: the built dist/ in the local host, each
 * called through the host's google.script.run bridge (JSON in, JSON out), on the sample reports.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host';
import { createRpcBridge, type RpcBridge } from '../../host/serve-rpc';
import type { GenerateResult, PlanOfActionStart } from '../../src/core/plan/contract';
import type { ReviewFlag } from '../../src/core/plan/types';
import { planOfActionGlobals } from '../../src/gas/plan-of-action/globals';
import * as sidebarApi from '../../src/gas/plan-of-action/sidebar-api';
import { draft, loadSamples, sampleBuyerData, wizardState } from './helpers';

const distDir = join(__dirname, '../../dist');

function setUp(withSamples: boolean): { host: LocalHost; addon: LoadedAddon; call: RpcBridge } {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  if (withSamples) loadSamples(host);
  const addon = host.load(distDir);
  return { host, addon, call: createRpcBridge(addon) };
}

describe('the Plan of Action globals', () => {
  it('list exactly the functions the sidebar calls, with their parameter names', () => {
    const sidebar = planOfActionGlobals.filter((g) => g.kind === 'sidebar');
    expect(sidebar.map((g) => g.name).sort()).toEqual(Object.keys(sidebarApi).sort());
    for (const entry of sidebar) {
      const fn = (sidebarApi as Record<string, (...args: never[]) => unknown>)[entry.name];
      expect(fn?.length).toBe(entry.params.length);
    }
    expect(planOfActionGlobals.filter((g) => g.kind === 'menu').map((g) => g.name)).toEqual([
      'showPlanOfAction',
      'openAppealLog',
    ]);
  });
});

describe('the server functions on the sample reports', () => {
  let host: LocalHost;
  let call: RpcBridge;
  let start: PlanOfActionStart;

  beforeAll(async () => {
    ({ host, call } = setUp(true));
    start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
  });

  it('open with the metrics, the findings behind them and the suggested notice', () => {
    expect(start.dataProblem).toBeNull();
    expect(start.saved).toBeNull();
    // The samples are one marketplace's reports.
    expect(start.marketplaces.map((m) => [m.code, m.salesChannel])).toEqual([['US', 'Amazon.com']]);
    const [market] = start.marketplaces;
    const metrics = market?.metrics ?? [];
    const findings = market?.findings ?? [];
    expect(metrics.length).toBeGreaterThan(0);
    const flagged = metrics.filter((m) => m.status === 'breach' || m.status === 'near');
    expect(flagged.length).toBeGreaterThan(0);
    expect(start.suggested).toMatchObject({ marketplace: 'US' });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      for (const orderId of finding.orderIds)
        expect(start.evidence[orderId]?.orderId).toBe(orderId);
    }
    expect(start.products.length).toBeGreaterThan(0);
    expect(start.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('send no buyer name, e-mail, phone or address to the sidebar', () => {
    const sent = JSON.stringify(start);
    const buyerData = sampleBuyerData();
    expect(buyerData.length).toBeGreaterThan(100);
    for (const value of buyerData) expect(sent.includes(value), value).toBe(false);
  });

  it('save the wizard and give it back on the next open', async () => {
    const state = wizardState();
    const saved = (await call('planOfActionSave', [state])) as { savedAt: string; bytes: number };
    expect(saved.bytes).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
    const reopened = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(reopened.saved).toEqual(state);
  });

  it('answer a wrong or missing argument with a message naming the field', async () => {
    await expect(call('planOfActionSave', [{}])).rejects.toThrow(
      /The draft to save was not accepted: step:/,
    );
    await expect(call('planOfActionSave', [])).rejects.toThrow(/the value: expected an object/);
    await expect(call('planOfActionReview', ['text'])).rejects.toThrow(
      /plan draft was not accepted/,
    );
    const wrongKind = { ...draft(), notice: { ...draft().notice, kind: 'suspension' } };
    await expect(call('planOfActionReview', [wrongKind])).rejects.toThrow(
      /notice\.kind: must be one of/,
    );
    await expect(call('planOfActionGenerate', [draft(), { channel: 'fax' }])).rejects.toThrow(
      /channel: must be one of form, email, phone, chat/,
    );
    const future = { ...draft(), notice: { ...draft().notice, date: '2099-01-01' } };
    await expect(call('planOfActionGenerate', [future, { channel: 'form' }])).rejects.toThrow(
      /future/,
    );
    // google.script.run itself refuses a Date: dates travel as yyyy-mm-dd text.
    await expect(call('planOfActionSave', [new Date()])).rejects.toThrow(/illegal value/);
    expect(host.documents).toHaveLength(0);
  });

  it('review a draft for what only the server can check, changing nothing', async () => {
    // The wording review (figures, tone, promises) runs in the sidebar; the server adds its guards.
    const typed = draft({
      correctiveActions: [
        'We refunded order 113-9999999-9999999 and wrote to the buyer at someone@example.org.',
      ],
    });
    const before = structuredClone(typed);
    const flags = (await call('planOfActionReview', [typed])) as ReviewFlag[];
    // (The length check is left out here: the sample's affected-orders table is long.)
    const found = flags.filter((f) => f.kind !== 'tooLong');
    expect(found.map((f) => [f.kind, f.step, f.index, f.text])).toEqual([
      ['numberNotInData', 'correctiveActions', 0, '113-9999999-9999999'],
      // What leaves the server is redacted, the flag's excerpt too.
      ['buyerData', 'correctiveActions', 0, '[buyer data removed]'],
    ]);
    expect(flags.every((f) => typeof f.message === 'string' && f.message !== '')).toBe(true);
    expect(typed).toEqual(before);
  });

  it('send a buyer-data flag’s excerpt as the marker, whatever its shape out of its sentence', async () => {
    for (const sentence of [
      'We phoned the buyer, contact number 5558675309.',
      "The buyer's number 4155550199 was wrong.",
      'Customer mobile 13800138000 now confirmed.',
    ]) {
      const flags = (await call('planOfActionReview', [
        draft({ correctiveActions: [sentence] }),
      ])) as ReviewFlag[];
      const buyerData = flags.filter((f) => f.kind === 'buyerData').map((f) => f.text);
      expect([sentence, buyerData]).toEqual([sentence, ['[buyer data removed]']]);
      expect(JSON.stringify(flags)).not.toMatch(/5558675309|4155550199|13800138000/);
    }
  });

  it('refuse to generate while a placeholder, buyer data or hiding wording remains, saying where', async () => {
    const before = host.documents.length;
    const typed = draft({
      rootCauses: ['We share a warehouse with [describe the link].'],
      correctiveActions: [
        'We set the handling time to two days.',
        'We now log in through a VPN so the accounts are not linked.',
      ],
    });
    await expect(call('planOfActionGenerate', [typed, { channel: 'form' }])).rejects.toThrow(
      /^The Doc was not generated: your draft still has a placeholder to fill in in "Root causes", entry 1 \("\[describe the link\]"\); wording about hiding who runs the account in "Corrective actions taken", entry 2 \("VPN"\)/,
    );
    expect(host.documents).toHaveLength(before);
  });

  it('generate a Doc per call, each with its own row in the Appeal log', async () => {
    const first = (await call('planOfActionGenerate', [
      draft(),
      { channel: 'form' },
    ])) as GenerateResult;
    const second = (await call('planOfActionGenerate', [
      draft(),
      { channel: 'chat' },
    ])) as GenerateResult;
    expect(host.documents.map((d) => d.url)).toEqual([first.plan.url, second.plan.url]);
    expect(first.plan.url).not.toBe(second.plan.url);
    expect(first.plainText).toContain('Root causes');
    expect(first.plainText).not.toContain('Submission checklist');
    expect(first.appealLimit).toBeGreaterThan(0);
    const log = host.spreadsheet.sheet('Appeal log').snapshot().values;
    expect(log.filter((row) => row[0] !== '')).toHaveLength(3);
    expect(log[2]?.[2]).toBe('Chat');
    const reopened = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(reopened.generated.map((p) => p.url)).toEqual([second.plan.url, first.plan.url]);
  });
});

describe('the server functions without report sheets', () => {
  it('open with a message instead of findings, and still write a policy plan', async () => {
    const { host, call } = setUp(false);
    const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
    expect(start.dataProblem).toMatch(/No Amazon report sheets/);
    expect(start.marketplaces).toEqual([]);
    expect(start.suggested).toBeNull();
    const policy = draft({
      notice: { kind: 'intellectualProperty', date: '2026-11-02', asins: [], text: '' },
    });
    const result = (await call('planOfActionGenerate', [
      policy,
      { channel: 'email' },
    ])) as GenerateResult;
    expect(result.plan.title).toContain('Intellectual property complaint');
    expect(host.documents[0]?.tables).toEqual([]);
  });
});
