/**
 * Debian's Chromium, the one browser the project uses (sidebar tests, listing assets): never a
 * downloaded browser. `npm test` makes sure it is there first (scripts/ensure-chromium.ts).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumMissing = `${chromiumPath} is missing: install Debian's Chromium (sudo apt-get install chromium), then run this again.`;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(chromiumMissing);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
