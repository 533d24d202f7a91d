/**
 * `npm start`: the add-on's main job, locally. Builds dist/, loads it into the local Apps Script
 * host (the same in-memory services the tests use), and computes the Account Health table from the
 * bundled sample reports, or from the report files a seller names:
 *
 *   npm start
 *   npm start -- all-orders.txt order-report.txt shipping.txt feedback.txt [--marketplace UK] [--as-of 2026-11-15]
 *   npm start -- ... --plan my-draft.json
 *   npm start -- --port 8080 | --no-serve | --serve
 *
 * Each file's kind is recognised from its header row, as the add-on does in Sheets. With a Plan of
 * Action draft (the sample's is samples/plan-draft.json: what a seller would type in the sidebar),
 * it also writes the plan, composed from the same findings the sidebar shows, to
 * out/plan-of-action.docx, and prints what the sidebar's review would flag.
 *
 * Then, when stdout is a terminal (or with --serve), it serves the local preview on
 * http://127.0.0.1:PORT (see preview/): the same files imported through the add-on's own import, the
 * Health sheet built by its menu function. Ctrl-C stops it. With --no-serve, or when stdout is not
 * a terminal (CI, a pipe, a test), it prints the table and exits.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createLocalHost } from '../host';
import { servePreview } from '../preview/server/server';
import { PreviewSession } from '../preview/server/session';
import { parseDelimited } from '../src/core/importing/delimited';
import { composePlan, reviewDraft, sellerCentralAppealLimit } from '../src/core/plan';
import { marketplaceOfDraft, planFactsOf, reportDataOf } from '../src/core/plan/report-data';
import { checkedDraft } from '../src/core/plan/validation';
import { detectReportKind, reportLabel } from '../src/core/reports';
import type { ReportKind } from '../src/core/reports/types';
import { buildAll } from './build';
import { docModelToDocx } from './preview/docx';

const root = join(import.meta.dirname, '..');

/** Which ACCOUNT_HEALTH argument each report kind goes to. */
const argumentOf: Partial<Record<ReportKind, string>> = {
  allOrders: 'orders',
  sellerFulfilledOrders: 'mfn_orders',
  shippingConfirmations: 'shipments',
  feedback: 'feedback',
  claims: 'claims',
  chargebacks: 'chargebacks',
  odrDefects: 'claims',
  fbaShipments: 'orders',
};
const argumentOrder = ['orders', 'mfn_orders', 'shipments', 'feedback', 'claims', 'chargebacks'];

interface Invocation {
  files: string[];
  marketplace: string;
  asOf: string;
  /** A Plan of Action draft (JSON) to write as .docx; the sample's when running on the samples. */
  plan: string;
  /** Serve the preview after the table. */
  serve: boolean;
  /** 0: any free port. */
  port: number;
}

function parseArguments(argv: string[]): Invocation {
  const files: string[] = [];
  let marketplace = '';
  let asOf = '';
  let plan = '';
  let serve: boolean = process.stdout.isTTY === true;
  let port = 8080;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-serve') serve = false;
    else if (arg === '--serve') serve = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--marketplace') marketplace = argv[++i] ?? '';
    else if (arg === '--as-of') asOf = argv[++i] ?? '';
    else if (arg === '--plan') plan = argv[++i] ?? '';
    else files.push(arg);
  }
  if (files.length === 0) {
    plan ||= join(root, 'samples', 'plan-draft.json');
    const samples = join(root, 'samples');
    files.push(
      ...readdirSync(samples)
        .filter((f) => f.endsWith('.tsv'))
        .sort()
        .map((f) => join(samples, f)),
    );
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error('--port takes a port number (0 for any free port).');
  }
  return { files, marketplace, asOf, plan, serve, port };
}

function percent(value: unknown): string {
  return typeof value === 'number' ? `${(value * 100).toFixed(2)}%` : String(value);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** The plan the sidebar would generate from this draft, written as .docx; returns its path. */
async function writePlanPreview(
  draftFile: string,
  ranges: Record<string, unknown[][]>,
  invocation: Invocation,
): Promise<string> {
  const draft = checkedDraft(JSON.parse(readFileSync(draftFile, 'utf8')));
  // The sidebar's own path from report ranges to findings; the buyer identifiers stay in memory
  // so the composer can refuse a draft that repeats one.
  const data = reportDataOf(
    {
      orders: ranges.orders,
      mfnOrders: ranges.mfn_orders,
      shipments: ranges.shipments,
      feedback: ranges.feedback,
      claims: ranges.claims,
      chargebacks: ranges.chargebacks,
    },
    Object.values(ranges),
    { marketplace: invocation.marketplace, asOf: invocation.asOf, nearMargin: 0.2 },
  );
  const { buyerIdentifiers, buyerPlaces, redactor } = data;
  const { findings, results, affected } = planFactsOf(data, draft);
  const flags = reviewDraft(draft, {
    findings,
    results,
    buyerIdentifiers,
    buyerPlaces,
    redactor,
    maxChars: sellerCentralAppealLimit,
    affected,
    reportSheets: Object.values(ranges),
  });
  // What this prints passes the redaction step too: a flag quotes the draft.
  for (const flag of flags) {
    console.log(redactor.redact(`Review (${flag.step}): ${flag.message} "${flag.text}"`));
  }
  const model = composePlan(draft, findings, affected, results, {
    buyerIdentifiers,
    redactor,
    market: marketplaceOfDraft(data, draft),
  });
  const out = join(root, 'out');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'plan-of-action.docx');
  writeFileSync(file, await docModelToDocx(model));
  // What the sidebar offers beside the Doc: the form text and the file to attach.
  writeFileSync(join(out, 'appeal-form.txt'), model.appealForm);
  if (model.affectedOrdersCsv !== null) {
    writeFileSync(join(out, 'affected-orders.csv'), model.affectedOrdersCsv);
  }
  return file;
}

async function main(): Promise<void> {
  const invocation = parseArguments(process.argv.slice(2));
  await buildAll();
  const host = createLocalHost();
  const addon = host.load(join(root, 'dist'));

  const ranges: Record<string, unknown[][]> = {};
  for (const file of invocation.files) {
    const rows = parseDelimited(readFileSync(file, 'utf8')).rows;
    const kind = detectReportKind(rows);
    const argument = kind ? argumentOf[kind] : undefined;
    if (!kind || !argument) {
      throw new Error(
        `${basename(file)}: not a report this add-on reads (its header row was not recognised).`,
      );
    }
    if (ranges[argument] && kind === 'fbaShipments') continue; // All Orders already has the FBA orders
    ranges[argument] = rows;
    console.log(`${basename(file)}: ${reportLabel(kind)}, ${rows.length - 1} rows → ${argument}`);
  }

  const args = argumentOrder.map((name) => addon.toRealm(ranges[name] ?? ''));
  const table = addon.globals.ACCOUNT_HEALTH?.(
    ...args,
    invocation.asOf,
    invocation.marketplace,
  ) as unknown[][];
  console.log('');
  console.log(
    '=ACCOUNT_HEALTH(...) computed by the built add-on (dist/) in the local Apps Script host:',
  );
  console.log('');
  // Reports of several marketplaces: each marketplace's rows, after a first Marketplace column.
  const shift = table[0]?.[0] === 'Marketplace' ? 1 : 0;
  printTable(
    table.map((row, i) =>
      row.map((cell, c) => (i > 0 && c === 2 + shift ? percent(cell) : String(cell))),
    ),
  );
  const breaches = table.slice(1).filter((row) => row[4 + shift] === 'Breach');
  console.log('');
  console.log(
    breaches.length === 0
      ? 'No metric is in breach.'
      : `${breaches.length} metric${breaches.length === 1 ? ' is' : 's are'} in breach: ${breaches.map((r) => r.slice(0, 2 + shift).join(' ')).join('; ')}.`,
  );
  if (invocation.plan) {
    console.log('');
    const file = await writePlanPreview(invocation.plan, ranges, invocation);
    console.log(
      `Plan of Action from ${basename(invocation.plan)} written to ${relative(process.cwd(), file)}`,
    );
  }
  if (invocation.serve) await serve(invocation);
}

/** The local preview of the spreadsheet the add-on builds from these files, until Ctrl-C. */
async function serve(invocation: Invocation): Promise<void> {
  const session = new PreviewSession({ distDir: join(root, 'dist'), files: invocation.files });
  await session.start();
  const preview = await servePreview(session, invocation.port);
  console.log('');
  console.log(
    `Preview of the spreadsheet, menu, Health sheet, dialogs and sidebar: ${preview.url}`,
  );
  console.log('Ctrl-C stops it.');
  process.once('SIGINT', () => {
    void preview.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
