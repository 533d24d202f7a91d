/**
 * The Plan of Action sidebar as a seller uses it: built dist/Sidebar.html in headless Chromium,
 * google.script.run bridged to the built bundle in the local Apps Script host holding the sample
 * reports. Walks every step, generates, checks the Doc through the DocumentApp fake, reopens the
 * sidebar to find the draft, and generates again. Screenshots: test-artifacts/sidebar/step-N.png.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import type { Finding } from '../../src/core/analysis/findings-types';
import { followUpDue } from '../../src/core/appeal-log/follow-up';
import type { PlanOfActionStart } from '../../src/core/plan/contract';
import { noticeInfo } from '../../src/core/plan/notices';
import { rootCauseFromFinding } from '../../src/core/plan/suggestions';
import { loadSamples, sampleBuyerData } from '../plan-of-action/helpers';
import {
  launchChromium,
  type SidebarSession,
  screenshotPath,
  startSidebarSession,
} from './sidebar-session';

let browser: Browser;
let host: LocalHost;
let session: SidebarSession;
let start: PlanOfActionStart;
let page: Page;

beforeAll(async () => {
  host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  loadSamples(host);
  browser = await launchChromium();
  session = await startSidebarSession(browser, host);
  // What the sidebar will be told when it opens, read the way it reads it.
  start = JSON.parse(JSON.stringify(session.addon.globals.planOfActionOpen?.()));
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
});

async function heading(): Promise<string> {
  return (await page.locator('h1').textContent()) ?? '';
}

async function expectStep(title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // Moving to a step puts keyboard focus on its heading, so screen readers read it out.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
}

async function next(): Promise<void> {
  await page.getByRole('button', { name: /^Next/ }).click();
}

async function entries(): Promise<string[]> {
  return page
    .locator('.entries textarea')
    .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
}

describe('the Plan of Action sidebar on the sample reports', () => {
  const ownRootCause =
    'Our handling time setting was shorter than the time our warehouse needed to pack orders.';
  const emotionalAction = 'This warning is unfair and ridiculous.';
  const calmAction = 'We now confirm every shipment in Seller Central on the day it leaves.';
  let ticked: Finding[] = [];

  it('opens on step 1 with the notice kind preselected from the data', async () => {
    expect(start.dataProblem).toBeNull();
    expect(start.suggested).not.toBeNull();
    page = await session.open();
    await expectStep('What Amazon said');
    expect(await page.getByLabel('Kind of notice').inputValue()).toBe(start.suggested?.kind);
    await expect
      .poll(() => page.locator('.progress [aria-current="step"]').textContent())
      .toContain('What Amazon said');
    // Only step 1 is reachable before it is complete.
    expect(await page.locator('.progress button:disabled').count()).toBe(6);

    // Keyboard: Tab from the heading reaches the first field, and focus is visible.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLSelectElement;
      return {
        id: active.id,
        label: active.labels?.[0]?.textContent,
        style: getComputedStyle(active).outlineStyle,
      };
    });
    expect(outline.label).toBe('Kind of notice');
    expect(outline.style).not.toBe('none');
  });

  it('asks for what is missing before moving on', async () => {
    await next();
    await expect.poll(heading).toBe('What Amazon said');
    const date = page.getByLabel('Date of the notice');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('date');
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/need your attention/);
  });

  it('step 1: takes the date, the affected ASINs with their product names, and the pasted notice', async () => {
    await page.getByLabel('Date of the notice').fill(start.today);
    const product = start.products[0];
    expect(product).toBeDefined();
    const asin = page.getByLabel('Affected ASINs');
    await asin.fill(`${product?.asin.toLowerCase()} NOT-AN-ASIN`);
    await asin.press('Enter');
    await expect.poll(() => page.locator('.chip .asin').allTextContents()).toEqual([product?.asin]);
    expect(await page.locator('.chip .product').textContent()).toBe(product?.productName);
    expect(await page.locator('.field-error', { hasText: 'NOT-AN-ASIN' }).textContent()).toMatch(
      /NOT-AN-ASIN: an ASIN is 10 letters and digits/,
    );
    await asin.fill('');
    await page
      .getByLabel("The notice's text")
      .fill('Your account has a Late Shipment Rate above our target. Send us a plan of action.');
    // An ODR notice is given per channel: the plan answers the one the notice names.
    const channels = page.getByRole('group', { name: 'Orders the notice is about' });
    expect(await channels.isVisible()).toBe(start.suggested?.kind === 'orderDefectRate');
    if (start.suggested?.kind === 'orderDefectRate') {
      expect(await page.getByLabel('Seller-fulfilled (MFN)').isChecked()).toBe(
        start.suggested.channel === 'MFN',
      );
    }
    // One marketplace in the samples: no marketplace to choose.
    expect(await page.getByLabel('Marketplace of the notice').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('step-1') });
    await next();
    await expectStep('What your data shows');
  });

  it('step 2: shows the findings with counts, shares and their orders, to tick', async () => {
    const boxes = page.locator('.finding input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(1);
    const labels = await page.locator('.finding label').allTextContents();
    for (const label of labels) expect(label).toMatch(/\d+ of the \d+ .*\(\d+(\.\d)?%\)/);
    ticked = labels.slice(0, 2).map((label) => {
      const found = start.marketplaces[0]?.findings.find((f) => f.summary === label);
      if (!found) throw new Error(`No finding reads "${label}".`);
      return found;
    });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    // The orders behind a finding, listed on demand.
    await page.locator('.finding details summary').first().click();
    await expect
      .poll(() => page.locator('.finding').first().locator('.order-id').allTextContents())
      .toEqual(ticked[0]?.orderIds);
    await page.screenshot({ path: screenshotPath('step-2') });
    await next();
    await expectStep('Root causes');
  });

  it('step 3: starts the root causes from the ticked findings, in editable words', async () => {
    expect(await entries()).toEqual(ticked.map(rootCauseFromFinding));
    await page.getByLabel('Root cause 1', { exact: true }).fill(ownRootCause);
    // Typing is saved shortly after it stops, before the step is left.
    await expect
      .poll(() => host.properties.document.getProperty('planOfAction.wizard.0') ?? '', {
        timeout: 6000,
      })
      .toContain(ownRootCause);
    const suggestion = page.locator('button.suggestion').first();
    const suggested = (await suggestion.textContent())?.replace(/^\+ Add: /, '') ?? '';
    await suggestion.click();
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(
      suggested,
    );
    await page.getByRole('button', { name: 'Remove root cause 3' }).click();
    expect(await entries()).toEqual([ownRootCause, rootCauseFromFinding(ticked[1] as Finding)]);
    // Each ticked finding's orders are explained by the cause its question became.
    const groups = page.locator('.cause-assignments select.cause');
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).inputValue()).toBe('0');
    expect(await groups.nth(1).inputValue()).toBe('1');
    await page.screenshot({ path: screenshotPath('step-3') });
    await page.locator('.cause-assignments').screenshot({ path: screenshotPath('step-3-causes') });
    await next();
    await expectStep('Corrective actions taken');
  });

  it('step 4: takes the actions already taken, from suggestions or typed', async () => {
    await page.locator('button.suggestion').first().click();
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 2', { exact: true }).fill(emotionalAction);
    await page.screenshot({ path: screenshotPath('step-4') });
    await next();
    await expectStep('Preventive measures');
  });

  it('step 5: wants an owner and a date for each measure', async () => {
    await next();
    await expect
      .poll(() => page.locator('.field-error').textContent())
      .toMatch(/at least one measure/);
    await page.locator('button.suggestion').first().click();
    await next();
    await expect
      .poll(() => page.locator('.field-error').allTextContents())
      .toEqual(['Who is responsible for this measure?', 'By when is it in place?']);
    await page.getByLabel('Owner').fill('Warehouse lead');
    await page.getByLabel('In place by').fill('2026-12-15');
    await page.screenshot({ path: screenshotPath('step-5') });
    await next();
    await expectStep('Review');
  });

  it('step 6: flags emotional wording without changing it, and leads back to it', async () => {
    const flag = page.locator('.flag', { hasText: 'Emotional wording' });
    await flag.first().waitFor();
    expect(await flag.first().locator('q').textContent()).toMatch(/unfair|ridiculous/);
    await flag
      .first()
      .getByRole('button', { name: /Edit in/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Corrective actions taken' }).waitFor();
    // The review changed nothing, and the flagged entry has the focus.
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLTextAreaElement).value,
    );
    expect(focused).toBe(emotionalAction);
    await page.getByLabel('Action 2', { exact: true }).fill(calmAction);
    await page.getByRole('button', { name: 'Step 6: Review' }).click();
    await expectStep('Review');
    await page.locator('.review-results[aria-busy="false"]').waitFor();
    expect(await page.locator('.flag', { hasText: 'Emotional wording' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('step-6') });
    await next();
    await expectStep('Generate');
  });

  it('step 7: writes a new Doc with the plan, links it, copies it, and logs the appeal', async () => {
    await page.getByLabel('Your business name (optional)').fill('Pinecrest Goods');
    await page.getByLabel('Your seller ID (optional)').fill('A1EXAMPLE0001');
    await page.getByRole('button', { name: 'Generate the Doc' }).click();
    const link = page.getByRole('link', { name: 'Open the Doc' });
    await link.waitFor();
    expect(host.documents).toHaveLength(1);
    const doc = host.documents[0];
    const label = noticeInfo(start.suggested?.kind ?? 'orderDefectRate').label;
    expect(doc?.name).toBe(`Plan of Action – ${label} – ${start.today}`);
    expect(await link.getAttribute('href')).toBe(doc?.url);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open the Doc');

    const headings = doc?.headings.map((h) => h.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Root causes',
        'Corrective actions taken',
        'Preventive measures',
        'Affected orders',
        'Cover letter',
        'Submission checklist',
      ]),
    );
    const items = doc?.listItems.map((i) => i.text) ?? [];
    expect(items).toContain(ownRootCause);
    expect(items).toContain(calmAction);
    expect(items.some((i) => i.includes('Owner: Warehouse lead') && i.includes('2026-12-15'))).toBe(
      true,
    );
    // The Doc opens with the seller's own section, left out of the form text.
    expect(doc?.headings[0]?.text).toBe('For you, not for Amazon: what is at stake');
    expect(headings).toEqual(
      expect.arrayContaining([
        'Sales of the last 30 and 60 days',
        'Seller-fulfilled orders still to ship',
      ]),
    );
    const ordersTable = doc?.tables.find((t) => t[0]?.includes('Root cause'));
    expect(ordersTable?.[0]).toEqual(['Order ID', 'Date', 'Defect', 'SKU', 'Root cause']);
    const tickedOrders = new Set(ticked.flatMap((f) => f.orderIds));
    const tableOrders = (ordersTable ?? []).slice(1).map((row) => row[0]);
    expect(tableOrders.length).toBeGreaterThan(0);
    for (const orderId of tableOrders) expect(tickedOrders.has(orderId ?? '')).toBe(true);
    // Every order carries the root cause of its finding group.
    const causes = new Set((ordersTable ?? []).slice(1).map((row) => row[4]));
    expect(causes.has(ownRootCause)).toBe(true);
    for (const cause of causes) {
      expect([ownRootCause, rootCauseFromFinding(ticked[1] as Finding)]).toContain(cause);
    }
    expect(doc?.text).toContain('Seller ID: A1EXAMPLE0001');

    const plain = await page.getByLabel('Plan as plain text, for the appeal form').inputValue();
    expect(plain).toContain(ownRootCause);
    expect(plain).not.toContain('For you, not for Amazon');
    expect(plain.length).toBeLessThanOrEqual(4000);
    for (const orderId of tableOrders) expect(plain).not.toContain(orderId);
    expect(plain).toContain('in the attached file affected-orders.csv');
    // The attachable file, downloaded as the seller would: the Doc's table as CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download affected-orders.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('affected-orders.csv');
    const csvPath = await download.path();
    const csv = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('Order ID,Date,Defect,SKU,Root cause');
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(tableOrders);
    await page.getByRole('button', { name: 'Copy as plain text' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);

    const log = host.spreadsheet.sheet('Appeal log').snapshot().values;
    expect(log[1]?.[1]).toBe(label);
    expect(log[1]?.[2]).toBe('Appeal form');
    expect(log[1]?.[6]).toBe('Draft');
    const followUp = host.spreadsheet.sheet('Appeal log').getRange(2, 6).getDisplayValue();
    expect(followUp).toBe(followUpDue(start.today));
    await page.screenshot({ path: screenshotPath('step-7') });
  });

  it('keeps the draft: reopened, the sidebar is back where the seller left it', async () => {
    await page.close();
    page = await session.open();
    await expectStep('Generate');
    await expect
      .poll(() => page.locator('.earlier a').allTextContents())
      .toEqual([host.documents[0]?.name]);
    expect(await page.getByLabel('Your seller ID (optional)').inputValue()).toBe('A1EXAMPLE0001');
    await page.getByRole('button', { name: 'Step 3: Root causes' }).click();
    await expectStep('Root causes');
    expect(await entries()).toEqual([ownRootCause, rootCauseFromFinding(ticked[1] as Finding)]);
    await page.getByRole('button', { name: 'Step 1: What Amazon said' }).click();
    expect(await page.getByLabel('Date of the notice').inputValue()).toBe(start.today);
    expect(await page.locator('.chip .asin').allTextContents()).toEqual([start.products[0]?.asin]);
    await page.screenshot({ path: screenshotPath('step-8-restored') });
  });

  it('a second Generate makes a second Doc and a second log row, leaving the first alone', async () => {
    await page.getByRole('button', { name: 'Step 7: Generate' }).click();
    await expectStep('Generate');
    await page.getByRole('button', { name: 'Generate the Doc' }).click();
    await expect.poll(() => host.documents.length).toBe(2);
    const [first, second] = host.documents;
    expect(second?.id).not.toBe(first?.id);
    expect(first?.saved).toBe(true);
    expect(second?.text).toBe(first?.text);
    await expect.poll(() => page.locator('.earlier li').count()).toBe(2);
    expect(
      host.spreadsheet
        .sheet('Appeal log')
        .snapshot()
        .values.filter((r) => r[0] !== ''),
    ).toHaveLength(3);
  });

  it('never let buyer data reach the page or the Docs, nor load anything from outside', () => {
    const buyerData = sampleBuyerData();
    expect(buyerData.length).toBeGreaterThan(100);
    const answers = session.answers.join('\n');
    const docs = host.documents.map((d) => d.text).join('\n');
    for (const value of buyerData) {
      expect(answers.includes(value), `page received ${value}`).toBe(false);
      expect(docs.includes(value), `a Doc contains ${value}`).toBe(false);
    }
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
