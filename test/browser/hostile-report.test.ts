/**
 * Report text is data: product names and feedback comments holding HTML, scripts and a formula are
 * shown literally by the sidebar, run nothing, and reach the Doc and the Appeal log as text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import {
  launchChromium,
  type SidebarSession,
  screenshotPath,
  startSidebarSession,
} from './sidebar-session';

const imgTag = '<img src=x onerror=window.__pwned=1>';
const scriptTag = '<script>window.__pwned=1</script>';
const formula = '=IMPORTXML("http://x","//a")';
const buyerEmail = 'jane.buyer@example.invalid';

const header = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
];

function orderId(i: number): string {
  return `111-0000000-00000${String(i).padStart(2, '0')}`;
}

/** Ten seller-fulfilled orders; the first three carry the hostile product and SKU. */
const orders = [
  header,
  ...Array.from({ length: 10 }, (_, i) => {
    const date = `2026-11-${String(i + 1).padStart(2, '0')}T15:00:00+00:00`;
    const hostile = i < 3;
    return [
      orderId(i),
      '',
      date,
      date,
      'Shipped',
      'Merchant',
      'Amazon.com',
      hostile ? `Garden hose ${imgTag}` : 'Plain garden hose',
      // A leading apostrophe keeps it text in the sheet, as a seller's import would.
      hostile ? `'${formula}` : 'HOSE-PLAIN',
      hostile ? 'B0HOSTILE1' : 'B0PLAIN001',
      'Shipped',
      1,
    ];
  }),
];

const feedback = [
  ['Date', 'Rating', 'Comments', 'Your Response', 'Order ID', 'Rater Email'],
  ['11/12/26', 1, `Arrived damaged ${scriptTag}`, '', orderId(0), 'rater1@example.invalid'],
  ['11/12/26', 1, `Broken ${imgTag}`, '', orderId(1), 'rater2@example.invalid'],
  ['11/13/26', 2, `Late. Write to me at ${buyerEmail}`, '', orderId(2), buyerEmail],
];

let browser: Browser;
let host: LocalHost;
let session: SidebarSession;
let page: Page;

beforeAll(async () => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  host.spreadsheet.addSheetWithValues('Orders', orders);
  host.spreadsheet.addSheetWithValues('Feedback', feedback);
  browser = await launchChromium();
  session = await startSidebarSession(browser, host);
  page = await session.open();
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
});

async function pwned(): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

async function markupInPanel(): Promise<number> {
  return page.locator('#panel img, #panel script, #panel iframe').count();
}

describe('a hostile report in the sidebar', () => {
  it('shows a product name holding an <img onerror> as text, running nothing', async () => {
    await page.getByRole('heading', { level: 1, name: 'What Amazon said' }).waitFor();
    const asin = page.getByLabel('Affected ASINs');
    await asin.fill('B0HOSTILE1');
    await asin.press('Enter');
    await expect
      .poll(() => page.locator('.chip .product').textContent())
      .toBe(`Garden hose ${imgTag}`);
    // The ASIN list offers the product name as an option label, also as text.
    const option = page.locator('datalist option[value="B0HOSTILE1"]');
    expect(await option.getAttribute('label')).toBe(`Garden hose ${imgTag}`);
    expect(await markupInPanel()).toBe(0);
    expect(await pwned()).toBeUndefined();
    await page.screenshot({ path: screenshotPath('hostile-step-1') });
  });

  it('shows SKUs, product names and comments with markup or a formula literally', async () => {
    const today = await page.getByLabel('Date of the notice').getAttribute('max');
    await page.getByLabel('Date of the notice').fill(today ?? '');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'What your data shows' }).waitFor();

    const skuFinding = page.locator('.finding', { hasText: formula });
    await expect.poll(() => skuFinding.count()).toBeGreaterThan(0);
    await skuFinding.first().locator('summary').click();
    const evidence = skuFinding.first().locator('.evidence');
    await expect
      .poll(() => evidence.locator('.product').allTextContents())
      .toContain(`Garden hose ${imgTag}`);
    const comments = await evidence.locator('.comment').allTextContents();
    expect(comments).toContain(`1★ Arrived damaged ${scriptTag}`);
    expect(comments).toContain(`1★ Broken ${imgTag}`);
    // A buyer's e-mail inside a comment is blanked before it leaves the server.
    expect(comments).toContain('2★ Late. Write to me at [buyer data removed]');
    expect(await page.getByText(scriptTag, { exact: false }).first().isVisible()).toBe(true);

    expect(await markupInPanel()).toBe(0);
    expect(await pwned()).toBeUndefined();
    expect(session.answers.join('\n')).not.toContain(buyerEmail);
    await page.screenshot({ path: screenshotPath('hostile-step-2') });
  });

  it('writes the report text into the Doc as text and keeps it out of the Appeal log', async () => {
    await page.locator('.finding', { hasText: formula }).first().locator('input').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Root causes' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corrective actions taken' }).waitFor();
    await page.locator('button.suggestion').first().click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preventive measures' }).waitFor();
    await page.locator('button.suggestion').first().click();
    await page.getByLabel('Owner').fill('Packing lead');
    await page.getByLabel('In place by').fill('2026-12-01');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByRole('button', { name: 'Next: generate' }).click();
    await page.getByRole('button', { name: 'Generate the Doc' }).click();
    await page.getByRole('link', { name: 'Open the Doc' }).waitFor();

    const doc = host.documents[0];
    const ordersTable = doc?.tables.find((t) => t[0]?.includes('Root cause'));
    const skuCells = (ordersTable ?? []).slice(1).map((row) => row[3]);
    expect(skuCells).toContain(formula);
    expect(doc?.text).not.toContain(buyerEmail);

    const log = host.spreadsheet.sheet('Appeal log');
    const formulas = log
      .getRange(1, 1, 2, 7)
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^=HYPERLINK\("https:\/\/docs\.google\.com\//);
    expect(log.snapshot().values.flat().join(' ')).not.toMatch(/IMPORTXML|<img|<script/);

    expect(await pwned()).toBeUndefined();
    expect(session.pageErrors).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
    await page.screenshot({ path: screenshotPath('hostile-step-7') });
  });
});
