/**
 * The local preview as a seller uses it, in Debian's Chromium: the Health sheet's values and
 * colours, the formula bar, the add-on menu, an import through the real dialog (a report, a hostile
 * report, a file that is not a report), a refresh, the sidebar walked to a generated Doc, and the
 * Doc's page with its .docx.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPreview, servePreview } from '../../preview/server/server';
import { PreviewSession } from '../../preview/server/session';
import { launchChromium } from '../../scripts/chromium';

const root = join(__dirname, '../..');
const samples = join(root, 'samples');
const sampleFiles = readdirSync(samples)
  .filter((f) => f.endsWith('.tsv'))
  .sort()
  .map((f) => join(samples, f));

let browser: Browser;
let session: PreviewSession;
let preview: RunningPreview;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  session = new PreviewSession({ distDir: join(root, 'dist'), files: sampleFiles });
  await session.start();
  preview = await servePreview(session);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Nothing but the preview server: no Google, no CDN.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(preview.url) ? route.continue() : route.abort(),
  );
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const cell = (a1: string) => page.locator(`.cell[data-a1="${a1}"]`).first();

async function cellText(a1: string): Promise<string> {
  return (await cell(a1).textContent()) ?? '';
}

async function background(a1: string): Promise<string> {
  return cell(a1).evaluate((e) => getComputedStyle(e).backgroundColor);
}

async function openMenuItem(caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.locator('.submenu', { hasText: 'Seller Health' }).hover();
  await page.getByRole('menuitem', { name: caption }).click();
}

async function dialogFrame(title: string): Promise<Frame> {
  const element = await page.locator(`.dialog iframe[title="${title}"]`).elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error(`No ${title} dialog`);
  await frame.waitForLoadState();
  return frame;
}

function reportFile(name: string, rows: string[][]): string {
  const file = join(tmpdir(), name);
  writeFileSync(file, rows.map((r) => r.join('\t')).join('\n'));
  return file;
}

const statusColours: Record<string, string> = {
  Breach: 'rgb(244, 199, 195)',
  'Near target': 'rgb(252, 232, 178)',
  Fine: 'rgb(206, 234, 214)',
};

describe('the preview of the sample spreadsheet', () => {
  it('shows the Health sheet the menu built, with the metrics spilled from ACCOUNT_HEALTH', async () => {
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Health');
    await expect.poll(() => cellText('A1')).toBe('Account health (Seller Health add-on)');
    expect(await cellText('A7')).toBe('Metric');
    const statuses = ['Breach', 'Near target', 'Fine'];
    let coloured = 0;
    for (let row = 8; row <= 26; row++) {
      const status = await cellText(`E${row}`);
      if (!statuses.includes(status)) continue;
      coloured++;
      expect(await background(`A${row}`)).toBe(statusColours[status]);
      expect(await background(`I${row}`)).toBe(statusColours[status]);
      expect(await cellText(`C${row}`)).toMatch(/^\d+\.\d\d%$/);
    }
    expect(coloured).toBeGreaterThan(5);
    expect(await page.locator('.cell.align-right', { hasText: '%' }).count()).toBeGreaterThan(5);
  });

  it('puts the formula in the formula bar, greyed on a spilled cell', async () => {
    await cell('A7').click();
    expect(await page.locator('#name-box').textContent()).toBe('A7');
    expect(await page.locator('#formula').textContent()).toMatch(/^=ACCOUNT_HEALTH\('All Orders'!/);
    await cell('C9').click();
    expect(await page.locator('#formula').textContent()).toMatch(/^=ACCOUNT_HEALTH\(/);
    expect(await page.locator('#formula.spilled').count()).toBe(1);
    await cell('E3').click();
    expect(await page.locator('#formula').textContent()).toBe('As of');
  });

  it('lists the add-on menu under Extensions', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.locator('.submenu', { hasText: 'Seller Health' }).hover();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items).toEqual(
      session
        .menu()
        .filter((i) => i.caption)
        .map((i) => i.caption),
    );
    expect(items).toContain('Build or refresh Health sheet');
    await page.keyboard.press('Escape');
    await page.locator('.doc-title').click();
  });

  it('draws the trends charts from the chart specifications', async () => {
    await page.getByRole('tab', { name: 'Health trends' }).click();
    await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThan(0);
    const titles = await page
      .locator('.chart')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLElement).dataset.title));
    expect(titles).toContain('Late Shipment Rate, daily');
    expect(await cellText('A1')).toBe('Day (the 180 days to as-of)');
    await page.getByRole('tab', { name: 'Health', exact: true }).click();
    await expect.poll(() => cellText('A7')).toBe('Metric');
  });

  it('imports through the real dialog: report text stays text, and a refresh keeps the sheet', async () => {
    const hostile = '<img src=x onerror="window.__owned=1">=IMPORTXML("http://x","//a")';
    const file = reportFile('hostile-feedback.txt', [
      ['Date', 'Rating', 'Comments', 'Response', 'Order ID', 'Rater Email'],
      ['11/14/26', '1', hostile, '', '111-9999999-0000001', 'someone@example.com'],
    ]);
    await openMenuItem('Import report…');
    const dialog = await dialogFrame('Import report');
    const size = await page.locator('.dialog iframe').boundingBox();
    expect(size?.width).toBe(620);
    await dialog.locator('#file').setInputFiles(file);
    await dialog.locator('#import').click();
    await dialog.locator('.notice.success, .notice.warning').waitFor();
    expect(await dialog.locator('#import-result').textContent()).toMatch(/Rows added: 1/);
    await dialog.locator('#build').click();
    await page.locator('.overlay').waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Seller Feedback' }).click();
    const last = session.host.spreadsheet.getSheetByName('Seller Feedback')?.getLastRow() ?? 1;
    await page.locator('#grid[data-sheet="Seller Feedback"]').waitFor();
    await page.locator('#grid').evaluate((grid, row) => {
      grid.scrollTop = (row - 10) * 21;
    }, last);
    const found = page.locator('.cell', { hasText: 'onerror' });
    await found.first().waitFor();
    await found.first().click();
    expect(await page.locator('#formula').textContent()).toBe(hostile);
    expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
    expect(await page.locator('.grid img').count()).toBe(0);
  });

  it("shows the add-on's own message for a file that is not a report", async () => {
    const file = reportFile('shopping-list.txt', [
      ['eggs', 'milk'],
      ['bread', 'jam'],
    ]);
    await openMenuItem('Import report…');
    const dialog = await dialogFrame('Import report');
    await dialog.locator('#file').setInputFiles(file);
    await dialog.locator('#import').click();
    const error = dialog.locator('.notice.error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/shopping-list\.txt/);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('shows a range without its header as #ERROR! with the add-on message on select', async () => {
    // The seller adds a sheet and types a formula over a range that starts below the header row.
    const health = session.host.spreadsheet.getActiveSheet();
    session.host.spreadsheet
      .insertSheet('My checks')
      .getRange('B2')
      .setFormula("=ODR('All Orders'!A2:AG)");
    session.host.spreadsheet.setActiveSheet(health);
    await page.getByRole('tab', { name: 'Health', exact: true }).click();
    await page.getByRole('tab', { name: 'My checks' }).click();
    await expect.poll(() => cellText('B2')).toBe('#ERROR!');
    await cell('B2').click();
    expect(await page.locator('#formula').textContent()).toBe("=ODR('All Orders'!A2:AG)");
    const popup = page.locator('#cell-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/Error.+\S/);
  });

  it('walks the Plan of Action sidebar to a generated Doc and opens it with its .docx', async () => {
    await page.getByRole('button', { name: 'Reset to samples' }).click();
    await expect.poll(() => cellText('A7')).toBe('Metric');
    const start = session.addon.globals.planOfActionOpen?.() as { today: string };
    await openMenuItem('Plan of Action…');
    const frameElement = page.locator('#sidebar iframe');
    await frameElement.waitFor();
    expect((await frameElement.boundingBox())?.width).toBe(300);
    const sidebar = (await (await frameElement.elementHandle())?.contentFrame()) as Frame;
    const next = async () => {
      await sidebar.getByRole('button', { name: /^Next/ }).click();
      await page.screenshot({ path: join(tmpdir(), 'preview-sidebar.png') });
    };
    await sidebar.getByLabel('Date of the notice').fill(start.today);
    await sidebar
      .getByLabel("The notice's text")
      .fill('Your account has a Late Shipment Rate above our target.');
    await next();
    await sidebar.locator('.finding input[type="checkbox"]').first().check();
    await next();
    await sidebar
      .getByLabel('Root cause 1', { exact: true })
      .fill('Our handling time was shorter than our warehouse needed.');
    await next();
    await sidebar.locator('button.suggestion').first().click();
    await next();
    await sidebar.locator('button.suggestion').first().click();
    await sidebar.getByLabel('Owner').fill('Warehouse lead');
    await sidebar.getByLabel('In place by').fill('2026-12-15');
    await next();
    await sidebar.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await next();
    await sidebar.getByRole('button', { name: 'Generate the Doc' }).click();
    const link = sidebar.getByRole('link', { name: 'Open the Doc' });
    await link.waitFor();
    const [docPage] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await docPage.waitForLoadState();
    const doc = session.host.documents[0];
    expect(doc).toBeDefined();
    expect(docPage.url()).toBe(`${preview.url}doc/${doc?.id}`);
    expect(await docPage.locator('main').textContent()).toContain(
      'Our handling time was shorter than our warehouse needed.',
    );
    const href = await docPage.locator('#download').getAttribute('href');
    const docx = await (await fetch(new URL(href ?? '', preview.url))).arrayBuffer();
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Our handling time was shorter than our warehouse needed.');
    // The Appeal log row links the Doc.
    await page.getByRole('tab', { name: 'Appeal log' }).click();
    await expect.poll(() => page.locator('.cell a.text').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
