/**
 * Buyer strings planted everywhere in every report kind (feedback comments and responses, claim
 * and chargeback reasons, product names, carrier and ship-method text, the buyer and place
 * columns, a date cell an import quotes), with and without the seller-fulfilled Order Report (and
 * without the FBA shipments, the other report that names buyers). Through the built dist/ in the
 * local host, every server function the sidebar and the dialogs call, the Doc the host's
 * DocumentApp holds and the appeal-form text: none of them may carry a planted string.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import { createRpcBridge, type RpcBridge } from '../../host/serve-rpc';
import { importFile } from '../../preview/server/import-file';
import { parseDelimited } from '../../src/core/importing/delimited';
import type { GenerateResult, PlanOfActionStart } from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';
import { redactedMarker } from '../../src/core/privacy';
import {
  type PlantedString,
  plantedBuyer,
  plantedByShape,
  plantedKnown,
} from '../core/privacy/planted';
import { sampleText } from '../dashboard/helpers';

const distDir = join(__dirname, '../../dist');
const inText = (p: PlantedString) => p.carrier.replace('{}', p.text);

/** The buyer strings of a scenario: the wording ones always, the column values when a report holds them. */
function plantedFor(withOrderReport: boolean): PlantedString[] {
  return withOrderReport ? [...plantedByShape, ...plantedKnown] : [...plantedByShape];
}

type Table = string[][];

function table(file: string): Table {
  return parseDelimited(sampleText(file)).rows;
}

function tsv(rows: Table): string {
  return rows.map((row) => row.join('\t')).join('\n');
}

function setColumn(
  rows: Table,
  name: string,
  pick: (row: string[], i: number) => string | null,
): void {
  const column = (rows[0] ?? []).indexOf(name);
  if (column < 0) throw new Error(`no column ${name}`);
  rows.slice(1).forEach((row, i) => {
    const value = pick(row, i);
    if (value !== null) row[column] = value;
  });
}

/** The sample reports with the planted strings, cycling through them wherever text goes. */
function plantedReports(withOrderReport: boolean): [string, Table][] {
  const strings = plantedFor(withOrderReport).map(inText);
  const nth = (i: number) => strings[i % strings.length] ?? '';
  const feedback = table('feedback.tsv');
  const negative = (row: string[]) => Number(row[1]) <= 2;
  let n = 0;
  setColumn(feedback, 'Comments', (row) => (negative(row) ? `${nth(n++)}; box crushed` : null));
  setColumn(feedback, 'Your Response', (row) => (negative(row) ? `Sorry, ${nth(n++)}` : null));
  setColumn(feedback, 'Rater Email', () => plantedBuyer.email);
  const claims = table('claims.tsv');
  setColumn(claims, 'claim-reason', () => `Item not received - ${nth(n++)}`);
  const chargebacks = table('chargebacks.tsv');
  setColumn(chargebacks, 'chargeback-reason', () => `Fraudulent transaction: ${nth(n++)}`);
  const defectOrders = new Set(
    [...feedback.filter(negative), ...claims, ...chargebacks].map((row) =>
      row[0] === undefined ? '' : (row.find((c) => /^\d{3}-\d{7}-\d{7}$/.test(c)) ?? ''),
    ),
  );
  const allOrders = table('all-orders.tsv');
  const orderOf = (row: string[]) => row[0] ?? '';
  setColumn(allOrders, 'product-name', (row, i) =>
    defectOrders.has(orderOf(row)) || i % 50 === 0 ? `${row[10]} - ${nth(n++)}` : null,
  );
  setColumn(allOrders, 'ship-city', (row) =>
    defectOrders.has(orderOf(row)) ? plantedBuyer.city : null,
  );
  setColumn(allOrders, 'ship-state', (row) =>
    defectOrders.has(orderOf(row)) ? plantedBuyer.state : null,
  );
  setColumn(allOrders, 'ship-postal-code', (row) =>
    defectOrders.has(orderOf(row)) ? plantedBuyer.postcode : null,
  );
  // A buyer name where a date belongs: the import's row problem quotes the cell.
  const quoted = [...(allOrders[1] ?? [])];
  quoted[0] = '111-0000000-0000001';
  quoted[2] = 'the buyer Jordan, 177 Fictional Way';
  allOrders.push(quoted);
  const shipping = table('shipping-confirmations.tsv');
  setColumn(shipping, 'ship-method', (_row, i) => (i % 7 === 0 ? `Ground - ${nth(n++)}` : null));
  setColumn(shipping, 'carrier-name', (_row, i) => (i % 11 === 0 ? nth(n++) : null));
  const reports: [string, Table][] = [
    ['all-orders.txt', allOrders],
    ['shipping.txt', shipping],
    ['feedback.txt', feedback],
    ['claims.txt', claims],
    ['chargebacks.txt', chargebacks],
  ];
  if (withOrderReport) {
    const buyer = (rows: Table) => {
      for (const name of ['buyer-name', 'recipient-name'])
        setColumn(rows, name, (_r, i) => (i % 3 === 0 ? plantedBuyer.name : null));
      setColumn(rows, 'buyer-email', (_r, i) => (i % 3 === 0 ? plantedBuyer.email : null));
      setColumn(rows, 'buyer-phone-number', (_r, i) => (i % 3 === 0 ? plantedBuyer.phone : null));
      setColumn(rows, 'ship-address-1', (_r, i) => (i % 3 === 0 ? plantedBuyer.address : null));
      setColumn(rows, 'ship-city', (_r, i) => (i % 3 === 0 ? plantedBuyer.city : null));
      setColumn(rows, 'ship-postal-code', (_r, i) => (i % 3 === 0 ? plantedBuyer.postcode : null));
    };
    const orderReport = table('seller-fulfilled-orders.tsv');
    buyer(orderReport);
    const fba = table('fba-shipments.tsv');
    buyer(fba);
    reports.push(['order-report.txt', orderReport], ['fba-shipments.txt', fba]);
  }
  return reports;
}

/** Whether `text` holds the planted string (digits alone only as a whole number). */
function holds(text: string, planted: string): boolean {
  if (/^[\d -]+$/.test(planted)) {
    return new RegExp(`(?<![\\d])${planted.replace(/[-\s]/g, '[-\\s]?')}(?![\\d])`).test(text);
  }
  return text.includes(planted);
}

interface Scenario {
  host: LocalHost;
  call: RpcBridge;
  /** Every answer and error message the sidebar and dialogs received, as JSON. */
  sent: string[];
}

async function runScenario(withOrderReport: boolean): Promise<Scenario> {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  const call = createRpcBridge(host.load(distDir));
  const sent: string[] = [];
  const record = async (name: string, args: unknown[]) => {
    try {
      const result = await call(name, args);
      sent.push(JSON.stringify(result ?? null));
      return result;
    } catch (error) {
      sent.push(JSON.stringify((error as Error).message));
      return null;
    }
  };
  const recordingBridge: RpcBridge = (name, args) =>
    record(name, args).then((result) => {
      if (result === null) throw new Error('refused');
      return result;
    });
  for (const [file, rows] of plantedReports(withOrderReport)) {
    const outcome = await importFile(recordingBridge, file, tsv(rows));
    sent.push(JSON.stringify(outcome));
  }
  await record('readSettings', []);
  await record('saveDashboardSettings', [{ marketplace: null, nearMargin: 0.2 }]);
  const start = (await record('planOfActionOpen', [])) as PlanOfActionStart;
  const findingIds = start.marketplaces.flatMap((m) => m.findings.map((f) => f.id));
  const draft: PlanDraft = {
    notice: {
      kind: 'orderDefectRate',
      date: '2026-11-10',
      asins: [],
      text: 'Your ODR is above 1%.',
    },
    tickedFindingIds: findingIds,
    rootCauses: ['Our packaging did not protect fragile items.'],
    correctiveActions: ['We moved fragile items to double boxes.'],
    preventiveMeasures: [
      { text: 'Weekly packaging audit.', owner: 'Warehouse lead', due: '2026-12-01' },
    ],
  };
  await record('planOfActionReview', [draft]);
  await record('planOfActionSave', [
    { step: 'generate', reached: 'generate', draft, prefilledFindingIds: [], channel: 'form' },
  ]);
  const generated = (await record('planOfActionGenerate', [
    draft,
    { channel: 'form' },
  ])) as GenerateResult;
  expect(generated?.plainText.length).toBeGreaterThan(500);
  return { host, call, sent };
}

describe.each([
  ['with the Order Report', true],
  ['without the Order Report (no buyer name is known)', false],
] as const)('buyer strings planted in every report, %s', (_label, withOrderReport) => {
  let scenario: Scenario;
  const planted = plantedFor(withOrderReport);

  beforeAll(async () => {
    scenario = await runScenario(withOrderReport);
  }, 120_000);

  it('are in the report sheets, so the test can fail', () => {
    const cells = JSON.stringify(scenario.host.spreadsheet.sheets.map((s) => s.snapshot().values));
    const missing = planted.filter((p) => !holds(cells, p.text)).map((p) => p.text);
    expect(missing).toEqual([]);
  });

  it('reach no sidebar or dialog answer and no error message', () => {
    const payload = scenario.sent.join('\n');
    const leaked = planted.filter((p) => holds(payload, p.text)).map((p) => p.text);
    expect(leaked).toEqual([]);
    // They were there to be sent: comments, reasons and product names arrive blanked.
    expect(payload.split(redactedMarker).length - 1).toBeGreaterThan(planted.length);
  });

  it('reach no Doc, and no appeal-form text', () => {
    const docs = JSON.stringify(scenario.host.documents);
    expect(scenario.host.documents).toHaveLength(1);
    const leaked = planted.filter((p) => holds(docs, p.text)).map((p) => p.text);
    expect(leaked).toEqual([]);
    expect(docs).toContain(redactedMarker);
    const form = scenario.sent.find((s) => s.includes('"plainText"')) ?? '';
    expect(form.length).toBeGreaterThan(500);
    expect(planted.filter((p) => holds(form, p.text)).map((p) => p.text)).toEqual([]);
  });
});

describe('an import whose row problem quotes a cell', () => {
  it("blanks a buyer's name known from another report sheet", async () => {
    const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
    const call = createRpcBridge(host.load(distDir));
    const orderReport = table('seller-fulfilled-orders.tsv');
    setColumn(orderReport, 'buyer-name', (_r, i) => (i === 0 ? plantedBuyer.name : null));
    await importFile(call, 'order-report.txt', tsv(orderReport));
    const allOrders = table('all-orders.tsv').slice(0, 30);
    const row = [...(allOrders[1] ?? [])];
    row[2] = plantedBuyer.name;
    const outcome = await importFile(call, 'all-orders.txt', tsv([...allOrders, row]));
    const problems = outcome.summary.problems.map((p) => p.message);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`has "${redactedMarker}"`);
    expect(JSON.stringify(outcome)).not.toContain('Quillfeather');
  });
});
