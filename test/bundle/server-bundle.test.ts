/**
 * The server bundle (dist/Server.html) as Apps Script runs it: a custom-function call or onOpen
 * in a fresh context never reads it, a menu item or sidebar call reads it once per execution (one
 * loaded add-on is one execution) however many of its functions run, and its answers and errors
 * pass the redaction step as Core.js's do.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import { redactedMarker } from '../../src/core/privacy';
import { addonGlobals } from '../../src/gas/globals';
import { loadSamples, sampleSheets, wizardState } from '../plan-of-action/helpers';

const dist = join(__dirname, '../../dist');
const withoutServer = mkdtempSync(join(tmpdir(), 'dist-without-server-'));
cpSync(dist, withoutServer, { recursive: true });
rmSync(join(withoutServer, 'Server.html'));

afterAll(() => {
  rmSync(withoutServer, { recursive: true, force: true });
});

/** The sample reports in one spreadsheet; each `load` of the add-on is a fresh execution. */
let shared: LocalHost | undefined;
function samplesHost(): LocalHost {
  if (shared === undefined) {
    shared = createLocalHost({ timeZone: 'America/Los_Angeles' });
    loadSamples(shared);
  }
  shared.resetCalls();
  return shared;
}

/** How many times the add-on read Server.html. */
function serverReads(host: LocalHost): number {
  const made = host.callsTo('HtmlService', 'createTemplateFromFile');
  expect(made.every((call) => call.args[0] === 'Server')).toBe(true);
  expect(host.callsTo('HtmlTemplate', 'getRawContent')).toHaveLength(made.length);
  return made.length;
}

/** A report sheet's cells, as Sheets passes a range to a custom function. */
function range(host: LocalHost, addon: LoadedAddon, sheet: string): unknown[][] {
  return addon.toRealm(host.spreadsheet.sheet(sheet).snapshot().values);
}

function reportRanges(host: LocalHost, addon: LoadedAddon) {
  const [orders, mfn, shipments, fba, feedback, claims, chargebacks] = sampleSheets.map(
    ([, sheet]) => range(host, addon, sheet),
  );
  return { orders, mfn, shipments, fba, feedback, claims, chargebacks };
}

describe('a custom-function call', () => {
  it.each(addonGlobals.filter((g) => g.kind === 'customFunction').map((g) => g.name))(
    '%s in a fresh context answers without reading Server.html',
    (name) => {
      const host = samplesHost();
      const addon = host.load(dist);
      const r = reportRanges(host, addon);
      const args: Record<string, unknown[]> = {
        ODR: [r.orders, r.feedback, r.claims, r.chargebacks],
        LATE_SHIPMENT_RATE: [r.mfn, r.shipments],
        CANCELLATION_RATE: [r.orders],
        VALID_TRACKING_RATE: [r.orders, r.shipments],
        ON_TIME_DELIVERY_RATE: [r.mfn, r.shipments],
        SALES_AT_STAKE: [r.orders, r.fba],
        ORDERS_TO_SHIP: [r.orders, r.mfn, r.shipments],
      };
      const sixReports = [r.orders, r.mfn, r.shipments, r.feedback, r.claims, r.chargebacks];
      host.resetCalls();
      const outcome = addon.globals[name]?.(...(args[name] ?? sixReports));
      expect(outcome).toBeDefined();
      expect(serverReads(host)).toBe(0);
    },
  );

  it('that refuses a cell still reads no Server.html', () => {
    const host = createLocalHost();
    const addon = host.load(dist);
    expect(() => addon.globals.ODR?.(addon.toRealm([['amazon-order-id'], ['1']]))).toThrow();
    expect(serverReads(host)).toBe(0);
  });

  it('works when the project has no Server.html at all', () => {
    const host = samplesHost();
    const addon = host.load(withoutServer);
    const r = reportRanges(host, addon);
    const withServer = host.load(dist).globals.ODR?.(r.orders, r.feedback, r.claims, r.chargebacks);
    expect(addon.globals.ODR?.(r.orders, r.feedback, r.claims, r.chargebacks)).toBe(withServer);
  });
});

describe('the open and install triggers', () => {
  it.each(['onOpen', 'onInstall'])('%s builds the menu without reading Server.html', (name) => {
    const host = createLocalHost();
    host.load(dist).globals[name]?.({ authMode: 'NONE' });
    expect(host.ui.menus).toHaveLength(1);
    expect(serverReads(host)).toBe(0);
    expect(new Set(host.calls.map((c) => c.service))).toEqual(
      new Set(['SpreadsheetApp', 'Ui', 'Menu']),
    );
  });
});

describe('a menu item or a sidebar call', () => {
  it('reads Server.html once in an execution, however many server functions it runs', async () => {
    const host = samplesHost();
    const addon = host.load(dist);
    const call = createRpcBridge(addon);
    addon.globals.showPlanOfAction?.();
    expect(serverReads(host)).toBe(1);
    await call('planOfActionOpen', []);
    await call('planOfActionSave', [wizardState()]);
    await call('planOfActionReview', [wizardState().draft]);
    await call('readSettings', []);
    expect(serverReads(host)).toBe(1);
    // The next execution starts with fresh globals, as in Apps Script: it reads it again.
    await createRpcBridge(host.load(dist))('planOfActionOpen', []);
    expect(serverReads(host)).toBe(2);
  });

  it.each(addonGlobals.filter((g) => g.kind === 'menu').map((g) => g.name))(
    '%s runs from the server bundle',
    (name) => {
      const host = samplesHost();
      host.load(dist).globals[name]?.();
      expect(serverReads(host)).toBe(1);
    },
  );

  it('leaves no global of the server bundle behind in the script scope', () => {
    const host = createLocalHost();
    const addon = host.load(dist);
    addon.globals.readSettings?.();
    expect(serverReads(host)).toBe(1);
    expect(addon.run('typeof SellerHealthServer')).toBe('undefined');
  });

  it('says which file is missing when the project has no Server.html', () => {
    const addon = createLocalHost().load(withoutServer);
    expect(() => addon.globals.showPlanOfAction?.()).toThrow(
      'No HTML file named Server was found.',
    );
  });

  it("passes the redaction step: a buyer's e-mail in a refused file never comes back", async () => {
    const host = createLocalHost();
    const call = createRpcBridge(host.load(dist));
    const request = {
      fileName: 'export.txt',
      header: ['jordan.okafor@example.com', 'total'],
      rows: [['1', '2']],
      firstRow: 2,
    };
    const answer = await call('importReportRows', [request]).then(
      (value) => JSON.stringify(value),
      (error: Error) => error.message,
    );
    expect(answer).toContain('export.txt');
    expect(answer).not.toContain('jordan.okafor@example.com');
    expect(answer).toContain(redactedMarker);
  });
});
