/**
 * The affected-orders table is the notice's defects and no other: each order ID is an
 * order of the notice's channel and marketplace, inside the metric's window, and they are as many
 * as the metric counts. Two marketplaces in one spreadsheet (US and UK files side by side).
 */
import { describe, expect, it } from 'vitest';
import {
  generateSampleReports,
  type SampleReports,
  sampleFiles,
  toTsv,
} from '../../scripts/sample-data';
import { parseDelimited } from '../../src/core/importing/delimited';
import type { GenerateResult, PlanOfActionStart } from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';
import { importText, startDashboard } from '../dashboard/helpers';

function reports(code: 'US' | 'UK', seed: number): SampleReports {
  return generateSampleReports({
    seed,
    orders: 500,
    days: 90,
    endDay: '2026-11-15',
    marketplace: code,
  });
}

/** Every generated report, in the order a seller downloads them. */
const kinds = Object.keys(sampleFiles) as (keyof SampleReports)[];

async function run(markets: SampleReports[], code: string, channel: 'MFN' | 'AFN') {
  // Imported as a seller would: each marketplace's downloads, one file at a time.
  const dashboard = startDashboard();
  const { host, rpc: call } = dashboard;
  const problems: string[] = [];
  for (const m of markets) {
    for (const kind of kinds) {
      const out = await importText(dashboard, `${kind}.txt`, toTsv(m[kind]));
      problems.push(...out.summary.problems.map((p) => p.message));
    }
  }
  const start = (await call('planOfActionOpen', [])) as PlanOfActionStart;
  const market = start.marketplaces.find((m) => m.code === code);
  const metric = market?.metrics.find(
    (m) => m.metric === 'orderDefectRate' && m.channel === channel,
  );
  const d: PlanDraft = {
    notice: {
      kind: 'orderDefectRate',
      channel,
      marketplace: code,
      date: '2026-11-16',
      asins: [],
      text: 'ODR',
    },
    tickedFindingIds: [],
    rootCauses: ['Our packaging did not protect fragile items.'],
    correctiveActions: ['We moved fragile items to double boxes.'],
    preventiveMeasures: [
      { text: 'Weekly packaging audit.', owner: 'Warehouse lead', due: '2026-12-01' },
    ],
  };
  const g = (await call('planOfActionGenerate', [d, { channel: 'form' }])) as GenerateResult;
  const csv = parseDelimited(g.affectedOrders?.csv ?? '')
    .rows.slice(1)
    .filter((r) => r.length > 1);
  const ids = new Set(csv.map((r) => r[0] ?? ''));
  // The orders of this marketplace and channel, with their purchase day.
  const all = markets.flatMap((m) => m.allOrders.slice(1));
  const header = markets[0]?.allOrders[0] ?? [];
  const col = (n: string) => header.indexOf(n);
  const sales = code === 'US' ? 'Amazon.com' : 'Amazon.co.uk';
  const fc = channel === 'MFN' ? 'Merchant' : 'Amazon';
  const ours = new Map(
    all
      .filter((r) => r[col('sales-channel')] === sales && r[col('fulfillment-channel')] === fc)
      .map((r) => [r[col('amazon-order-id')] ?? '', (r[col('purchase-date')] ?? '').slice(0, 10)]),
  );
  const foreign = [...ids].filter((id) => !ours.has(id));
  return {
    problems,
    metric,
    ids,
    foreign,
    csv,
    doc: host.documents[host.documents.length - 1]?.text ?? '',
  };
}

describe('affected orders of the notice only', () => {
  for (const [label, code, channel] of [
    ['US MFN, US alone', 'US', 'MFN'],
    ['UK MFN beside US', 'UK', 'MFN'],
    ['US MFN beside UK', 'US', 'MFN'],
  ] as const) {
    it(`${label}: as many orders as the ODR counts, none of another marketplace or channel`, async () => {
      const markets = label.includes('alone')
        ? [reports('US', 3)]
        : [reports('US', 3), reports('UK', 4)];
      const r = await run(markets, code, channel);
      expect(r.problems).toEqual([]);
      expect(r.metric?.numerator).toBeGreaterThan(0);
      expect(r.foreign).toEqual([]);
      expect(r.ids.size).toBe(r.metric?.numerator);
    }, 120_000);
  }
});
