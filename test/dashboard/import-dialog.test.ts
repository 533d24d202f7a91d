/**
 * The built Import report / Settings dialog (dist/ImportDialog.html) in headless Chromium, its
 * google.script.run bridged to the built add-on in the local host: a picked file, a pasted hostile
 * report whose text is shown literally and runs nothing, and the settings saved per document.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRpcBridge, googleScriptRunShim, pageRpcHandler } from '../../host/serve-rpc';
import { launchChromium } from '../browser/sidebar-session';
import { type Dashboard, sampleText, startDashboard } from './helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface DialogSession {
  dashboard: Dashboard;
  page: Page;
  outsideRequests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** Runs a menu item that shows the dialog, and opens what it showed. */
async function openDialog(menuItem: 'showImportDialog' | 'showSettings'): Promise<DialogSession> {
  const dashboard = startDashboard();
  dashboard.menu(menuItem);
  const shown = dashboard.host.ui.dialogs[dashboard.host.ui.dialogs.length - 1];
  if (!shown) throw new Error(`${menuItem} showed no dialog`);
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(shown.content);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 620, height: 700 },
  });
  const handle = pageRpcHandler(createRpcBridge(dashboard.addon));
  await context.addInitScript({ content: googleScriptRunShim() });
  await context.exposeFunction('__gasRun', handle);
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    outsideRequests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(origin);
  return {
    dashboard,
    page,
    outsideRequests,
    pageErrors,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const hostileQuantity = '<img src=x onerror="window.__pwned=1">';

describe('the Import report dialog', () => {
  it('imports a picked file and ends with the summary', async () => {
    const session = await openDialog('showImportDialog');
    const { page } = session;
    await page.setInputFiles('#file', {
      name: 'feedback.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(sampleText('feedback.tsv')),
    });
    await page.click('#import');
    const result = page.locator('#import-result .notice');
    await result.waitFor();
    const rows = sampleText('feedback.tsv').trim().split('\n').length - 1;
    await expect(result.textContent()).resolves.toContain(`Rows added: ${rows}.`);
    expect(await page.isVisible('#build')).toBe(true);
    expect(
      session.dashboard.host.spreadsheet.sheet('Seller Feedback').snapshot().values,
    ).toHaveLength(rows + 1);
    expect([session.outsideRequests, session.pageErrors]).toEqual([[], []]);
    await session.close();
  });

  it('leaves out the buyer columns when the seller ticks the box', async () => {
    const session = await openDialog('showImportDialog');
    const { page } = session;
    await page.setInputFiles('#file', {
      name: 'order-report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(sampleText('seller-fulfilled-orders.tsv')),
    });
    await page.getByLabel('Leave out the buyer columns').check();
    await page.click('#import');
    await page.locator('#import-result .notice').waitFor();
    const values = session.dashboard.host.spreadsheet
      .sheet('Seller-fulfilled Orders')
      .snapshot().values;
    const header = values[0] ?? [];
    expect(header).toContain('latest-ship-date');
    for (const buyer of [
      'buyer-name',
      'buyer-email',
      'recipient-name',
      'ship-address-1',
      'ship-city',
      'ship-postal-code',
      'ship-phone-number',
    ]) {
      expect(header).not.toContain(buyer);
    }
    const rows = sampleText('seller-fulfilled-orders.tsv').trim().split('\n').length - 1;
    expect(values).toHaveLength(rows + 1);
    expect([session.outsideRequests, session.pageErrors]).toEqual([[], []]);
    await session.close();
  });

  it('reads a Latin-1 file from a European marketplace without breaking its letters', async () => {
    const session = await openDialog('showImportDialog');
    const text = [
      'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name',
      '302-1\t2026-11-03T15:00:00+00:00\tShipped\tMerchant\tCrème brûlée torch, Größe M',
    ].join('\n');
    await session.page.setInputFiles('#file', {
      name: 'orders-de.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'latin1'),
    });
    await session.page.click('#import');
    await session.page.locator('#import-result .notice').waitFor();
    const sheet = session.dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    expect(sheet.values[1]?.[4]).toBe('Crème brûlée torch, Größe M');
    await session.close();
  });

  it('shows the text of a hostile report as text, and runs nothing', async () => {
    const session = await openDialog('showImportDialog');
    const { page } = session;
    const header =
      'amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tproduct-name\tquantity';
    const good =
      '111-1\t2026-11-03T15:00:00+00:00\tShipped\tMerchant\t<script>window.__pwned=2</script>\t1';
    const bad = `111-2\t2026-11-03T15:00:00+00:00\tShipped\tMerchant\tMug\t${hostileQuantity}`;
    await page.fill('#pasted', [header, good, bad].join('\n'));
    await page.click('#import');
    await page.locator('#import-result .problems li').waitFor();
    const problem = await page.locator('#import-result .problems li').textContent();
    expect(problem).toContain(`has "${hostileQuantity}"`);
    expect(await page.locator('#import-result img, #import-result script').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    const sheet = session.dashboard.host.spreadsheet.sheet('All Orders').snapshot();
    expect(sheet.values[1]?.[4]).toBe('<script>window.__pwned=2</script>');
    expect([session.outsideRequests, session.pageErrors]).toEqual([[], []]);
    await session.close();
  });

  it('says clearly when the text is no report it reads', async () => {
    const session = await openDialog('showImportDialog');
    await session.page.fill('#pasted', 'sku\tprice\nMUG-1\t12.50\n');
    await session.page.click('#import');
    const error = session.page.locator('#import-result .notice.error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(
      'The pasted text is not a report Seller Health reads: its first row has "sku", "price".',
    );
    await session.close();
  });
});

describe('the Settings dialog', () => {
  it('opens on its settings view and saves the marketplace and margin for this document', async () => {
    const session = await openDialog('showSettings');
    const { page } = session;
    await page.locator('#marketplace option').nth(3).waitFor({ state: 'attached' });
    expect(await page.isVisible('#view-settings')).toBe(true);
    expect(await page.isVisible('#view-import')).toBe(false);
    expect(await page.inputValue('#margin')).toBe('20');
    await page.selectOption('#marketplace', 'UK');
    await page.fill('#margin', '30');
    await page.click('#save');
    await page.locator('#settings-result .notice.success').waitFor();
    expect(
      JSON.parse(
        session.dashboard.host.properties.document.getProperty('sellerHealth.settings') ?? '{}',
      ),
    ).toEqual({
      marketplace: 'UK',
      nearMargin: 0.3,
    });
    await page.fill('#margin', '95');
    await page.click('#save');
    await expect(page.locator('#settings-result .notice.error').textContent()).resolves.toContain(
      'Near-target margin: choose a share from 0% to 90%',
    );
    expect([session.outsideRequests, session.pageErrors]).toEqual([[], []]);
    await session.close();
  });
});
