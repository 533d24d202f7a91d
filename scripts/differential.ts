/**
 * `npm run differential -- <git-rev> [cases] [seed]`: every custom function's result and error
 * text, <git-rev>'s build against this checkout's, on generated sellers. For a change that must
 * not move a single number or message a seller sees (a faster reader, a lighter record): it
 * stops at the first call whose answer differs and prints both.
 * <git-rev> is built by its own scripts/build.ts in a temporary folder (`git archive` of that rev,
 * with this checkout's node_modules linked in); this checkout is built to dist/ first. Each case
 * is one seller (generated reports as in test/generated-reports.ts, with other marketplaces mixed
 * into the sales channels, and the rows as generated, shuffled, in date order either way, as two
 * date-ordered runs (two downloads pasted together) or with blank rows among and after them), in
 * one of three time zones, with a drawn as-of day, marketplace, fulfilment channel and window.
 * Default 200 cases, seed 12. With `--unread`, the differences that columns the metric functions
 * now leave unread explain are counted, not failed (scripts/differential-unread.ts); with
 * `--statuses`, so are the refusals of an order or item status the add-on does not know, which
 * builds before c04ceb5 read as "not cancelled" (scripts/differential-statuses.ts).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { createLocalHost, type LoadedAddon } from '../host';
import { generatedReports, type ReportName, seededRandom } from '../test/generated-reports';
import { buildAll } from './build';
import { buildRev } from './build-rev';
import { answerText } from './differential-answer';
import { explainedByStatusRefusal } from './differential-statuses';
import { explainedByUnreadColumns } from './differential-unread';

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

/** How a seller's rows may lie: the readers take fast paths for rows in date order. */
const layouts = [
  'asGenerated',
  'shuffled',
  'oldestFirst',
  'newestFirst',
  'twoRuns',
  'blankRows',
] as const;
type Layout = (typeof layouts)[number];

/** A row's date as text that sorts by time for Amazon's timestamps and for Date cells. */
function dateText(cell: unknown): string {
  if (!(cell instanceof Date)) return String(cell ?? '');
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
}

function byDate(rows: unknown[][], column: number, newestFirst: boolean): unknown[][] {
  const sorted = [...rows].sort((a, b) => dateText(a[column]).localeCompare(dateText(b[column])));
  return newestFirst ? sorted.reverse() : sorted;
}

/** The rows of every report (header kept first) laid out as `layout` says. */
function layRows(reports: Record<ReportName, unknown[][]>, layout: Layout, next: () => number) {
  for (const report of Object.values(reports)) {
    const [header = [], ...rows] = report;
    const column = header.findIndex((name) => /date/i.test(String(name)));
    let laid = rows;
    if (layout === 'shuffled') {
      for (let i = laid.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [laid[i], laid[j]] = [laid[j] as unknown[], laid[i] as unknown[]];
      }
    } else if (layout === 'oldestFirst' || layout === 'newestFirst') {
      if (column >= 0) laid = byDate(rows, column, layout === 'newestFirst');
    } else if (layout === 'twoRuns' && column >= 0) {
      const half = Math.floor(rows.length / 2);
      laid = [
        ...byDate(rows.slice(0, half), column, false),
        ...byDate(rows.slice(half), column, false),
      ];
    } else if (layout === 'blankRows') {
      const blank = () => header.map(() => '');
      laid = rows.flatMap((row) => (next() < 0.05 ? [blank(), row] : [row]));
      laid.push(blank(), blank(), blank());
    }
    report.splice(0, report.length, header, ...laid);
  }
}

interface Choices {
  asOf: unknown;
  marketplace: string | undefined;
  channel: string | undefined;
  odrDownload: boolean;
  /** LATE_SHIPMENT_RATE's window (10 or 30 days) and CANCELLATION_RATE's (7 or 30). */
  longWindows: boolean;
  /** ON_TIME_DELIVERY_RATE's basis. */
  deliveryBasis: 'unit' | 'classic';
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
    ['LATE_SHIPMENT_RATE', [r.mfnOrders, r.shipments, c.longWindows ? 30 : 10, asOf, marketplace]],
    ['CANCELLATION_RATE', [r.orders, c.longWindows ? 30 : 7, asOf, marketplace]],
    ['VALID_TRACKING_RATE', [r.orders, r.shipments, asOf, marketplace]],
    ['ON_TIME_DELIVERY_RATE', [r.mfnOrders, r.shipments, c.deliveryBasis, asOf, marketplace]],
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
  const args = process.argv.slice(2);
  const unread = args.includes('--unread');
  const statuses = args.includes('--statuses');
  const [rev, casesArg, seedArg] = args.filter((arg) => !arg.startsWith('--'));
  if (!rev) {
    throw new Error(
      'usage: npm run differential -- <git-rev> [cases] [seed] [--unread] [--statuses]',
    );
  }
  const cases = Number(casesArg ?? 200);
  const seed = Number(seedArg ?? 12);
  await buildAll();
  const before = buildRev(rev);
  const counts = {
    cases: 0,
    rows: 0,
    calls: 0,
    errors: 0,
    unreadExplained: 0,
    statusExplained: 0,
  };
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
      fc.constantFrom(...layouts),
      fc.record({
        asOf: fc.constantFrom(...asOfDays),
        marketplace: fc.constantFrom(undefined, 'US', 'UK', 'DE', 'JP'),
        channel: fc.constantFrom(undefined, 'MFN', 'AFN'),
        odrDownload: fc.boolean(),
        longWindows: fc.boolean(),
        deliveryBasis: fc.constantFrom('unit' as const, 'classic' as const),
      }),
      (reports, zone, mixShare, caseSeed, layout, choices) => {
        const next = seededRandom(caseSeed);
        mixChannels(reports, mixShare, next);
        layRows(reports, layout, next);
        counts.cases++;
        for (const report of Object.values(reports)) counts.rows += report.length - 1;
        const pair = pairs[zone] as (typeof pairs)[number];
        const old = answers(pair.before, reports, choices);
        const now = answers(pair.now, reports, choices);
        old.forEach((answer, i) => {
          counts.calls++;
          if (answer.includes(': error ')) counts.errors++;
          if (answer !== now[i]) {
            const name = answer.slice(0, answer.indexOf(':'));
            if (unread && explainedByUnreadColumns(name, answer, now[i] ?? '')) {
              counts.unreadExplained++;
              return;
            }
            if (statuses && explainedByStatusRefusal(answer, now[i] ?? '')) {
              counts.statusExplained++;
              return;
            }
            throw new Error(
              `differs:\n${rev}: ${answer.slice(0, 800)}\nnow: ${now[i]?.slice(0, 800)}`,
            );
          }
        });
      },
    );
    // No shrinking: the first difference, as found, is what the engineer needs to see.
    try {
      fc.assert(property, { numRuns: cases, seed, endOnFailure: true });
    } catch (error) {
      // The difference itself, not fast-check's print of the whole case (megabytes of rows).
      const { cause } = error as { cause?: unknown };
      throw cause instanceof Error ? cause : error;
    }
  } finally {
    before.cleanUp();
  }
  console.log(
    `same results and messages as ${rev}: ${counts.cases} cases, ${counts.rows} rows, ` +
      `${counts.calls} calls (${counts.errors} of them errors a seller reads)` +
      (unread ? `; ${counts.unreadExplained} differ only by columns now left unread` : '') +
      (statuses
        ? `; ${counts.statusExplained} differ only by a status now refused, or in REPORT_PROBLEMS' list of rows`
        : ''),
  );
}

await main();
