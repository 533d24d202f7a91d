/**
 * The built sidebar in real headless Chromium, talking to the built bundle in the local Apps
 * Script host: the add-on's menu function shows dist/Sidebar.html through the HtmlService fake,
 * a tiny HTTP server on 127.0.0.1 serves what it showed, and `google.script.run` is the host's shim
 * bridged to the add-on's globals. Every request that leaves that server is blocked and recorded.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LoadedAddon, LocalHost } from '../../host';
import { createRpcBridge, googleScriptRunShim, pageRpcHandler } from '../../host/serve-rpc';

export { launchChromium } from '../../scripts/chromium';

export const distDir = join(__dirname, '../../dist');
export const artifactsDir = join(__dirname, '../../test-artifacts/sidebar');

export interface SidebarSession {
  addon: LoadedAddon;
  /** The JSON of every answer the server functions sent to the page. */
  answers: string[];
  /** Requests the page tried to make anywhere but the local server (all blocked). */
  outsideRequests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** Runs the menu item, serves the sidebar it showed and opens it in a new page. */
  open(): Promise<Page>;
  close(): Promise<void>;
}

export async function startSidebarSession(
  browser: Browser,
  host: LocalHost,
): Promise<SidebarSession> {
  if (!existsSync(join(distDir, 'Sidebar.html'))) {
    throw new Error('dist/Sidebar.html is missing: run `npx tsx scripts/build.ts` first.');
  }
  mkdirSync(artifactsDir, { recursive: true });
  const addon = host.load(distDir);
  const answers: string[] = [];
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  const handle = pageRpcHandler(createRpcBridge(addon));

  let html = '';
  const server: Server = createServer((request, response) => {
    if (request.url === '/sidebar') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const context: BrowserContext = await browser.newContext({
    viewport: { width: 300, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await context.addInitScript({ content: googleScriptRunShim() });
  await context.exposeFunction('__gasRun', async (name: string, argsJson: string) => {
    const result = await handle(name, argsJson);
    answers.push(JSON.stringify(result));
    return result;
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    outsideRequests.push(url);
    return route.abort();
  });

  return {
    addon,
    answers,
    outsideRequests,
    pageErrors,
    async open() {
      const showPlanOfAction = addon.globals.showPlanOfAction;
      if (!showPlanOfAction) throw new Error('The add-on has no showPlanOfAction global.');
      showPlanOfAction();
      const shown = host.ui.sidebars[host.ui.sidebars.length - 1];
      if (!shown) throw new Error('showPlanOfAction showed no sidebar.');
      html = shown.content;
      const page = await context.newPage();
      // A server call runs the bundle synchronously in this process (re-reading every report
      // sheet), which holds up Playwright's own messages too: allow for a busy shared machine.
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(`${origin}/sidebar`);
      return page;
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function screenshotPath(name: string): string {
  return join(artifactsDir, `${name}.png`);
}
