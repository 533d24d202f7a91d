/**
 * A plan never states two figures for the same thing, and every figure is its notice's channel's
 * and marketplace's. Each notice is planned on the sample reports with every finding of its scope
 * ticked; every figure is then read back out of the Doc model and the form text, as a reviewer
 * would read them, and compared with each other and with the scoped metrics.
 */
import { describe, expect, it } from 'vitest';
import {
  generateSampleReports,
  healthRangesOf,
  type SampleReports,
} from '../../../scripts/sample-data';
import type { MarketplaceCode } from '../../../src/core/marketplaces';
import { composePlan, planAsPlainText } from '../../../src/core/plan/compose';
import { damageHeading } from '../../../src/core/plan/damage';
import { sellerCentralAppealLimit } from '../../../src/core/plan/form-text';
import {
  marketplaceOfDraft,
  planFactsOf,
  type ReportData,
  reportDataOf,
} from '../../../src/core/plan/report-data';
import { findingsInScope } from '../../../src/core/plan/scope';
import type { DocModel, NoticeKind, PlanDraft } from '../../../src/core/plan/types';
import type { Channel } from '../../../src/core/reports/types';
import { sampleReportData } from './sample-data';

/** How the plan words each metric's defects (independent of the composer's own table). */
const defectWords: Record<string, string> = {
  'Order Defect Rate': 'orders with a defect',
  'Negative Feedback Rate': 'orders with negative feedback',
  'A-to-z Guarantee Claim Rate': 'orders with an A-to-z claim',
  'Chargeback Claim Rate': 'orders with a chargeback',
  'Late Shipment Rate': 'late shipments',
  'Pre-fulfillment Cancel Rate': 'seller cancellations',
  'Valid Tracking Rate': 'packages without valid tracking',
  'On-Time Delivery Rate': 'late deliveries',
};

function texts(model: DocModel): string[] {
  return model.blocks.flatMap((b) => {
    if (b.type === 'heading' || b.type === 'paragraph') return [b.text];
    if (b.type === 'table') return [b.header, ...b.rows].map((r) => r.join(' | '));
    return b.items;
  });
}

interface Figure {
  thing: string;
  value: string;
  where: string;
}

/** "12 of the 18 seller-fulfilled orders with a defect (66.7%)": the 18 is the total. */
const sharePattern =
  /(\d+) of the (\d+) ((?:seller-fulfilled |FBA )?[a-zA-Z -]+?) \(\d+(?:\.\d+)?%\)/;
/** "Our Late Shipment Rate for seller-fulfilled orders from A to B was 8.9% (39 of 438 orders)". */
const resultPattern =
  /Our (.+?) for (seller-fulfilled|fulfilled by Amazon) orders from (\S+) to (\S+) was (\d+(?:\.\d+)?)% \((\d+) of (\d+) (\w+)\)/;

function everywhere(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, 'g');
}

function figuresIn(text: string, where: string): Figure[] {
  const found: Figure[] = [];
  for (const m of text.matchAll(everywhere(sharePattern))) {
    found.push({ thing: `all ${m[3]}`, value: m[2] ?? '', where });
  }
  for (const m of text.matchAll(everywhere(resultPattern))) {
    const [, label, channel, from, to, rate, numerator, denominator, unit] = m;
    const window = `${label} for ${channel} orders ${from}..${to}`;
    found.push({ thing: `${window}: rate`, value: rate ?? '', where });
    found.push({ thing: `${window}: ${unit}`, value: denominator ?? '', where });
    const prefix = label === 'Order Defect Rate' || label?.endsWith('Claim Rate') ? channel : '';
    const words = `${prefix === 'fulfilled by Amazon' ? 'FBA ' : prefix ? `${prefix} ` : ''}${defectWords[label ?? ''] ?? label}`;
    found.push({ thing: `${window}: ${words}`, value: numerator ?? '', where });
  }
  return found;
}

/** Figures keyed by what they are about; a thing stated with two values is a contradiction. */
function contradictions(figures: Figure[]): string[] {
  const byThing = new Map<string, Set<string>>();
  for (const f of figures) {
    const values = byThing.get(f.thing) ?? new Set();
    values.add(f.value);
    byThing.set(f.thing, values);
  }
  return [...byThing].filter(([, v]) => v.size > 1).map(([t, v]) => `${t}: ${[...v].join(' vs ')}`);
}

const notices: { kind: NoticeKind; channel?: Channel }[] = [
  { kind: 'orderDefectRate' },
  { kind: 'orderDefectRate', channel: 'AFN' },
  { kind: 'lateShipmentRate' },
  { kind: 'cancellationRate' },
  { kind: 'validTrackingRate' },
  { kind: 'onTimeDeliveryRate' },
  { kind: 'intellectualProperty' },
  { kind: 'identityVerification' },
];

function planFor(kind: NoticeKind, channel?: Channel) {
  const data = sampleReportData();
  const notice: PlanDraft['notice'] = {
    kind,
    date: '2026-11-16',
    asins: [],
    text: '',
    ...(channel ? { channel } : {}),
  };
  const market = marketplaceOfDraft(data, { notice } as PlanDraft);
  const draft: PlanDraft = {
    notice,
    tickedFindingIds: findingsInScope(notice, market?.findings ?? []).map((f) => f.id),
    rootCauses: ['Our packing station was short of staff on weekends.'],
    correctiveActions: ['We added a second packer on 2026-11-20.'],
    preventiveMeasures: [
      { text: 'A weekly check of staffing against orders.', owner: 'Ops lead', due: '2026-12-01' },
    ],
  };
  const facts = planFactsOf(data, draft);
  const model = composePlan(draft, facts.findings, facts.affected, facts.results, { market });
  return { draft, facts, model, market };
}

describe('every figure of a plan, read back from the Doc and the form text', () => {
  for (const { kind, channel } of notices) {
    const name = `${kind}${channel ? ` (${channel})` : ''}`;

    it(`${name}: states each thing with one figure, the same in the Doc and the form text`, () => {
      const { model } = planFor(kind, channel);
      const doc = texts(model).flatMap((t) => figuresIn(t, 'Doc'));
      const form = figuresIn(planAsPlainText(model, { forAppealForm: true }), 'form text');
      expect(contradictions([...doc, ...form])).toEqual([]);
    });

    it(`${name}: the Doc opens with the seller's section; the form text leaves it and the orders out and fits`, () => {
      const { model, facts } = planFor(kind, channel);
      expect(model.blocks[0]).toEqual({ type: 'heading', level: 1, text: damageHeading });
      const doc = texts(model).join('\n');
      expect(doc).toContain('Sales of the last 30 and 60 days');
      expect(doc).toContain('Seller-fulfilled orders still to ship');
      const form = model.appealForm;
      expect(form).not.toContain(damageHeading);
      expect(form).not.toContain('Sales of the last');
      expect(form.length).toBeLessThanOrEqual(sellerCentralAppealLimit);
      for (const order of facts.affected) expect(form).not.toContain(order.orderId);
      expect(form.indexOf('Root causes:')).toBeLessThan(form.indexOf('Corrective actions taken:'));
      expect(form.indexOf('Corrective actions taken:')).toBeLessThan(
        form.indexOf('Preventive measures:'),
      );
    });

    it(`${name}: every figure is the notice channel's, from its marketplace`, () => {
      const { draft, facts, model, market } = planFor(kind, channel);
      const scopeChannel = draft.notice.kind === 'orderDefectRate' ? (channel ?? 'MFN') : 'MFN';
      const text = texts(model).join('\n');
      // The cover letter's results are the channel's, as the metrics computed them.
      for (const m of text.matchAll(everywhere(resultPattern))) {
        const [, label, wording, from, to, , numerator, denominator] = m;
        expect(wording).toBe(scopeChannel === 'MFN' ? 'seller-fulfilled' : 'fulfilled by Amazon');
        const result = market?.results.find(
          (r) =>
            r.label === label &&
            r.channel === scopeChannel &&
            r.windowStart === from &&
            r.windowEnd === to,
        );
        expect(result, `${label} ${from}..${to}`).toBeDefined();
        expect([String(result?.numerator), String(result?.denominator)]).toEqual([
          numerator,
          denominator,
        ]);
      }
      // A finding's "of the N" is the defects of its metric's longest window in the channel: the
      // numerator the cover letter states for that window, or for a minimum target (valid
      // tracking, on-time delivery) the misses, its denominator less its numerator.
      const ticked = new Set(draft.tickedFindingIds);
      for (const finding of facts.findings.filter((f) => ticked.has(f.id))) {
        expect(finding.channel).toBe(scopeChannel);
        const longest = market?.results
          .filter((r) => r.metric === finding.metric && r.channel === scopeChannel)
          .sort((a, b) => b.windowDays - a.windowDays)[0];
        const misses =
          longest?.direction === 'min'
            ? (longest?.denominator ?? 0) - (longest?.numerator ?? 0)
            : longest?.numerator;
        // The unit OTDR counts units but its defects are packages, and its findings say so.
        if (finding.metric === 'unitOnTimeDeliveryRate') {
          expect(finding.totalDefects).toBe(longest?.defects.length);
          expect(finding.summary).toMatch(/packages with units delivered late/);
        } else {
          expect(finding.totalDefects).toBe(misses);
        }
      }
      // The affected orders are the channel's only.
      const otherChannel = new Set(
        (market?.affected ?? []).filter((a) => a.channel !== scopeChannel).map((a) => a.orderId),
      );
      const ownChannel = new Set(facts.affected.map((a) => a.orderId));
      const table = model.blocks.find((b) => b.type === 'table' && b.header.includes('Root cause'));
      for (const row of table?.type === 'table' ? table.rows : []) {
        const orderId = row[0] ?? '';
        expect(ownChannel.has(orderId), orderId).toBe(true);
        if (!ownChannel.has(orderId)) expect(otherChannel.has(orderId)).toBe(false);
      }
    });
  }

  it('the samples give both channels ODR defects, so the channel scope is really tested', () => {
    const market = sampleReportData().marketplaces[0];
    const odr = market?.results.filter((r) => r.metric === 'orderDefectRate') ?? [];
    expect(odr.map((r) => r.channel).sort()).toEqual(['AFN', 'MFN']);
    expect(odr.every((r) => r.numerator > 0)).toBe(true);
    const { model } = planFor('orderDefectRate');
    const text = texts(model).join('\n');
    expect(text).toMatch(/seller-fulfilled orders with a defect/);
    expect(text).not.toMatch(/FBA orders with a defect|fulfilled by Amazon orders from/);
  });

  it('a policy or account notice quotes no metric, finding or order', () => {
    for (const kind of ['intellectualProperty', 'identityVerification'] as const) {
      const { facts, model } = planFor(kind);
      expect(facts).toEqual({ findings: [], results: [], affected: [] });
      const text = texts(model).join('\n');
      expect(text).not.toMatch(sharePattern);
      expect(text).not.toMatch(resultPattern);
      expect(model.blocks.some((b) => b.type === 'table' && b.header.includes('Root cause'))).toBe(
        false,
      );
      expect(model.affectedOrdersCsv).toBeNull();
    }
  });
});

describe('a plan from reports that mix marketplaces', () => {
  function reports(code: MarketplaceCode, seed: number): SampleReports {
    return generateSampleReports({
      seed,
      orders: 400,
      days: 60,
      endDay: '2026-11-15',
      marketplace: code,
    });
  }
  function mixed(a: string[][], b: string[][]): string[][] {
    const [header = [], ...left] = a;
    return [header, ...left, ...b.slice(1)];
  }
  const uk = reports('UK', 41);
  const de = reports('DE', 42);
  const both = {} as SampleReports;
  for (const key of Object.keys(uk) as (keyof SampleReports)[]) both[key] = mixed(uk[key], de[key]);
  const settings = { nearMargin: 0.2 };
  const mixedData = reportDataOf(healthRangesOf(both), [], settings);

  function plan(data: ReportData, kind: NoticeKind, marketplace: string): DocModel {
    const notice: PlanDraft['notice'] = {
      kind,
      date: '2026-11-16',
      asins: [],
      text: '',
      marketplace,
    };
    const market = marketplaceOfDraft(data, { notice } as PlanDraft);
    const draft: PlanDraft = {
      notice,
      tickedFindingIds: findingsInScope(notice, market?.findings ?? []).map((f) => f.id),
      rootCauses: ['A cause.'],
      correctiveActions: ['An action.'],
      preventiveMeasures: [],
    };
    const facts = planFactsOf(data, draft);
    return composePlan(draft, facts.findings, facts.affected, facts.results);
  }

  it('offers each marketplace apart', () => {
    expect(mixedData.marketplaces.map((m) => m.marketplace.code)).toEqual(['UK', 'DE']);
  });

  for (const kind of ['orderDefectRate', 'lateShipmentRate'] as const) {
    for (const [code, alone] of [
      ['UK', uk],
      ['DE', de],
    ] as const) {
      it(`${kind} in ${code}: the same plan as from ${code}'s own reports, with its figures only`, () => {
        const fromMixed = plan(mixedData, kind, code);
        const fromAlone = plan(reportDataOf(healthRangesOf(alone), [], settings), kind, code);
        expect(texts(fromMixed)).toEqual(texts(fromAlone));
        expect(texts(fromMixed).join('\n')).toMatch(resultPattern);
        expect(texts(fromMixed).join('\n')).toMatch(sharePattern);
        expect(contradictions(texts(fromMixed).flatMap((t) => figuresIn(t, 'Doc')))).toEqual([]);
      });
    }
  }

  it('a marketplace the reports do not hold gives a plan without figures, not another one’s', () => {
    const model = plan(mixedData, 'lateShipmentRate', 'FR');
    const text = texts(model).join('\n');
    expect(text).not.toMatch(resultPattern);
    expect(text).not.toMatch(sharePattern);
  });
});
