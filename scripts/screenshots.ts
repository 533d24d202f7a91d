/**
 * `npm run screenshots`: starts the local preview on the sample reports and writes PNGs of the
 * Health sheet and of the Plan of Action sidebar, in Debian's Chromium.
 *
 *   npm run screenshots                                  # docs/images/health-sheet.png, sidebar.png
 *   npm run screenshots -- --size 1280x800 --out listing # e.g. Marketplace listing screenshots
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { servePreview } from '../preview/server/server';
import { PreviewSession } from '../preview/server/session';
import { buildAll } from './build';
import { launchChromium } from './chromium';

const root = join(import.meta.dirname, '..');

interface Options {
  width: number;
  height: number;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { width: 1280, height: 800, out: join(root, 'docs', 'images') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--size') {
      const m = /^(\d+)x(\d+)$/.exec(argv[++i] ?? '');
      if (!m) throw new Error('--size takes WIDTHxHEIGHT, e.g. 1280x800.');
      options.width = Number(m[1]);
      options.height = Number(m[2]);
    } else if (argv[i] === '--out') options.out = resolve(argv[++i] ?? '');
    else throw new Error(`Unknown option ${argv[i]}: use --size WIDTHxHEIGHT and --out DIR.`);
  }
  return options;
}

export async function takeScreenshots(options: Options): Promise<string[]> {
  await buildAll();
  const samples = join(root, 'samples');
  const files = readdirSync(samples)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => join(samples, f));
  const session = new PreviewSession({ distDir: join(root, 'dist'), files });
  await session.start();
  const preview = await servePreview(session);
  const browser = await launchChromium();
  mkdirSync(options.out, { recursive: true });
  const written: string[] = [];
  try {
    const page = await browser.newPage({
      viewport: { width: options.width, height: options.height },
    });
    page.setDefaultTimeout(60_000);
    await page.goto(preview.url);
    await page.locator('.cell[data-a1="A8"] .text').waitFor();
    await page.locator('.cell[data-a1="E8"]').click();
    const health = join(options.out, 'health-sheet.png');
    await page.screenshot({ path: health });
    written.push(health);

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.locator('.submenu', { hasText: 'Seller Health' }).hover();
    await page.getByRole('menuitem', { name: 'Plan of Action…' }).click();
    const frame = await (await page.locator('#sidebar iframe').elementHandle())?.contentFrame();
    await frame?.getByRole('heading', { level: 1 }).waitFor();
    const sidebar = join(options.out, 'sidebar.png');
    await page.screenshot({ path: sidebar });
    written.push(sidebar);
  } finally {
    await browser.close();
    await preview.close();
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  takeScreenshots(parseOptions(process.argv.slice(2)))
    .then((files) => {
      for (const file of files) console.log(`Wrote ${relative(process.cwd(), file)}`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
