/**
 * `npm run differential -- <git-rev> [cases] [seed]`: every custom function's result and error
 * text, <git-rev>'s build against this checkout's, on generated sellers. For a change that must
 * not move a single number or message a seller sees (a faster reader, a lighter record): it
 * stops at the first call whose answer differs and prints both.
 * <git-rev> is built by its own scripts/build.ts in a temporary folder (`git archive` of that rev,
 * with this checkout's node_modules linked in); this checkout is built to dist/ first. Each case
 * is one seller (generated reports as in test/generated-reports.ts, with other marketplaces mixed
 * into the sales channels and, in some cases, the rows shuffled), in one of three time zones, with
 * a drawn as-of day, marketplace and fulfilment channel. Default 200 cases, seed 12.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createLocalHost, type LoadedAddon } from '../host';
import { generatedReports, type ReportName } from '../test/generated-reports';
import { buildAll } from './build';
import { answerText } from './differential-answer';

const root = join(import.meta.dirname, '..');

/** Rows of each report in a case: enough for every metric to have orders in its window. */
const sizes: Record<ReportName, number> = {
  orders: 1500,
  mfnOrders: 800,
  shipments: 800,
  feedback: 200,
  claims: 60,
  chargebacks: 40,
  fbaShipments: 300,
  odrDefects: 60,
};
const timeZones = ['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo'];
const otherChannels = ['Amazon.co.uk', 'Amazon.de', 'Non-Amazon', 'Amazon.co.jp'];

/** <rev>'s dist/, built by that rev's own build script; the folder is removed by `cleanUp`. */
function buildRev(rev: string): { dist: string; cleanUp: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'differential-'));
  const cleanUp = () => rmSync(folder, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', rev], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: folder,
      stdio: 'inherit',
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  return { dist: join(folder, 'dist'), cleanUp };
}

/** A generator's state for the mixing and shuffling of one case. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Some order rows sold in other marketplaces, so that the marketplace split is exercised. */
function mixChannels(reports: Record<ReportName, unknown[][]>, share: number, next: () => number) {
  for (const name of ['orders', 'fbaShipments'] as const) {
    const report = reports[name];
    const column = (report[0] ?? []).indexOf('sales-channel');
    if (column < 0) continue;
    for (let i = 1; i < report.length; i++) {
      const row = report[i] as unknown[];
      if (next() < share) row[column] = otherChannels[Math.floor(next() * otherChannels.length)];
    }
  }
}

/** Rows in any order (header kept first): a seller's sort must not change a result. */
function shuffleRows(reports: Record<ReportName, unknown[][]>, next: () => number) {
  for (const report of Object.values(reports)) {
    for (let i = report.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(next() * i);
      [report[i], report[j]] = [report[j] as unknown[], report[i] as unknown[]];
    }
  }
}

interface Choices {
  asOf: unknown;
  marketplace: string | undefined;
  channel: string | undefined;
  odrDownload: boolean;
}

/** Each custom function's answer as a seller would see it: the value, or the error's text. */
function answers(
  addon: LoadedAddon,
  reports: Record<ReportName, unknown[][]>,
  c: Choices,
): string[] {
  const r = addon.toRealm(reports);
  const asOf = addon.toRealm(c.asOf);
  const { marketplace } = c;
  const defects = [r.feedback, c.odrDownload ? r.odrDefects : r.claims, r.chargebacks];
  const all = [r.orders, r.mfnOrders, r.shipments, ...defects];
  const calls: [string, unknown[]][] = [
    ['ODR', [r.orders, ...defects, c.channel, asOf, marketplace]],
    ['LATE_SHIPMENT_RATE', [r.mfnOrders, r.shipments, 10, asOf, marketplace]],
    ['CANCELLATION_RATE', [r.orders, 7, asOf, marketplace]],
    ['VALID_TRACKING_RATE', [r.orders, r.shipments, asOf, marketplace]],
    ['ON_TIME_DELIVERY_RATE', [r.mfnOrders, r.shipments, 'unit', asOf, marketplace]],
    ['ACCOUNT_HEALTH', [...all, asOf, marketplace, 0.2]],
    ['ACCOUNT_HEALTH', [r.orders, '', r.shipments, ...defects, asOf, marketplace]],
    ['RECOVERY_PLAN', [...all, asOf, marketplace]],
    ['HEALTH_TRENDS', [...all, asOf, marketplace]],
    ['SALES_AT_STAKE', [r.orders, r.fbaShipments, asOf, marketplace]],
    ['ORDERS_TO_SHIP', [r.orders, r.mfnOrders, r.shipments, asOf, marketplace]],
    ['REPORT_PROBLEMS', [...all, marketplace]],
  ];
  return calls.map(([name, args]) => {
    const fn = addon.globals[name];
    if (!fn) return `${name}: not a global`;
    try {
      return `${name}: ${answerText(fn(...args))}`;
    } catch (error) {
      return `${name}: error ${(error as Error).message}`;
    }
  });
}

async function main() {
  const [rev, casesArg, seedArg] = process.argv.slice(2);
  if (!rev) throw new Error('usage: npm run differential -- <git-rev> [cases] [seed]');
  const cases = Number(casesArg ?? 200);
  const seed = Number(seedArg ?? 12);
  await buildAll();
  const before = buildRev(rev);
  const counts = { cases: 0, rows: 0, calls: 0, errors: 0 };
  try {
    const pairs = timeZones.map((timeZone) => ({
      before: createLocalHost({ timeZone }).load(before.dist),
      now: createLocalHost({ timeZone }).load(join(root, 'dist')),
    }));
    const asOfDays = [
      undefined,
      '',
      '2026-11-15',
      '2026-10-01',
      new Date('2026-11-10T00:00+01:00'),
    ];
    const property = fc.property(
      generatedReports(sizes),
      fc.nat(timeZones.length - 1),
      fc.constantFrom(0, 0, 0, 0.05, 0.3),
      fc.integer(),
      fc.boolean(),
      fc.record({
        asOf: fc.constantFrom(...asOfDays),
        marketplace: fc.constantFrom(undefined, 'US', 'UK', 'DE', 'JP'),
        channel: fc.constantFrom(undefined, 'MFN', 'AFN'),
        odrDownload: fc.boolean(),
      }),
      (reports, zone, mixShare, caseSeed, shuffle, choices) => {
        const next = random(caseSeed);
        mixChannels(reports, mixShare, next);
        if (shuffle) shuffleRows(reports, next);
        counts.cases++;
        for (const report of Object.values(reports)) counts.rows += report.length - 1;
        const pair = pairs[zone] as (typeof pairs)[number];
        const old = answers(pair.before, reports, choices);
        const now = answers(pair.now, reports, choices);
        old.forEach((answer, i) => {
          counts.calls++;
          if (answer.includes(': error ')) counts.errors++;
          if (answer !== now[i]) {
            throw new Error(
              `differs:\n${rev}: ${answer.slice(0, 800)}\nnow: ${now[i]?.slice(0, 800)}`,
            );
          }
        });
      },
    );
    // No shrinking: the first difference, as found, is what the engineer needs to see.
    fc.assert(property, { numRuns: cases, seed, endOnFailure: true });
  } finally {
    before.cleanUp();
  }
  console.log(
    `same results and messages as ${rev}: ${counts.cases} cases, ${counts.rows} rows, ` +
      `${counts.calls} calls (${counts.errors} of them errors a seller reads)`,
  );
}

await main();
