/**
 * The text for the appeal form and the letters of each notice kind, on the sample reports: short
 * and long drafts, every notice kind, the affected orders attached rather than inlined.
 */
import { describe, expect, it } from 'vitest';
import { affectedOrdersCsv } from '../../../src/core/plan/affected-orders';
import { composePlan } from '../../../src/core/plan/compose';
import { sellerCentralAppealLimit } from '../../../src/core/plan/form-text';
import { noticeKinds } from '../../../src/core/plan/notices';
import { marketplaceOfDraft, planFactsOf } from '../../../src/core/plan/report-data';
import { findingsInScope } from '../../../src/core/plan/scope';
import type { ComposedPlan, DocModel, NoticeKind, PlanDraft } from '../../../src/core/plan/types';
import { sampleReportData } from './sample-data';

function plan(kind: NoticeKind, sellerText: (n: number) => string, entries = 3): ComposedPlan {
  const data = sampleReportData();
  const notice: PlanDraft['notice'] = { kind, date: '2026-11-16', asins: [], text: '' };
  const market = marketplaceOfDraft(data, { notice } as PlanDraft);
  const list = Array.from({ length: entries }, (_, i) => sellerText(i));
  const draft: PlanDraft = {
    notice,
    tickedFindingIds: findingsInScope(notice, market?.findings ?? [])
      .slice(0, 4)
      .map((f) => f.id),
    rootCauses: list,
    correctiveActions: list,
    preventiveMeasures: list.map((text) => ({ text, owner: 'Ops lead', due: '2026-12-01' })),
    seller: { name: 'Example Home Goods', sellerId: 'A1EXAMPLE0001' },
  };
  const facts = planFactsOf(data, draft);
  return composePlan(draft, facts.findings, facts.affected, facts.results, { market });
}

const short = (i: number) =>
  `Step ${i + 1}: our packing station was short-staffed on 2026-11-0${i + 1}.`;

function docText(model: DocModel): string {
  return model.blocks
    .flatMap((b) =>
      b.type === 'heading' || b.type === 'paragraph'
        ? [b.text]
        : b.type === 'table'
          ? [b.header, ...b.rows].map((r) => r.join(' | '))
          : b.items,
    )
    .join('\n');
}

describe('the text for the appeal form', () => {
  for (const { kind } of noticeKinds) {
    it(`${kind}: fits the form with a short draft, reads opening, causes, actions, measures, attachment`, () => {
      const model = plan(kind, short);
      const form = model.appealForm;
      expect(form.length).toBeLessThanOrEqual(sellerCentralAppealLimit);
      const order = [
        'Dear Seller Performance team,',
        'We take full responsibility',
        'Root causes:',
        'Corrective actions taken:',
        'Preventive measures:',
        'Kind regards,',
      ].map((part) => form.indexOf(part));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(form).toContain('(Owner: Ops lead. In place by 2026-12-01.)');
      expect(form).not.toContain('Submission checklist');
      expect(form).not.toContain('Order ID');
      if (model.affectedOrdersCsv !== null) {
        expect(form).toMatch(
          /affected orders? (are|is) listed, each with its root cause, in the attached file affected-orders\.csv\./,
        );
      }
    });
  }

  it('keeps the supporting facts while they fit, and drops them before the seller’s own words', () => {
    const fits = plan('lateShipmentRate', short).appealForm;
    expect(fits).toContain('Supporting facts from our order reports:');
    // Ever longer drafts: the facts go first, the seller's words are never cut.
    let droppedAndFits = false;
    for (let repeat = 0; repeat <= 12; repeat++) {
      const text = (i: number) => `${short(i)} ${'We checked every shelf. '.repeat(repeat)}`;
      const form = plan('lateShipmentRate', text, 4).appealForm;
      const withFacts = form.includes('Supporting facts from our order reports:');
      if (withFacts) expect(form.length).toBeLessThanOrEqual(sellerCentralAppealLimit);
      if (form.length > sellerCentralAppealLimit) expect(withFacts).toBe(false);
      if (!withFacts && form.length <= sellerCentralAppealLimit) droppedAndFits = true;
      for (let i = 0; i < 4; i++) expect(form).toContain(text(i).trim());
    }
    expect(droppedAndFits).toBe(true);
  });

  it('never cuts the seller’s text: a draft longer than the form takes gives a longer text', () => {
    const long = (i: number) => `${short(i)} ${'We reviewed our process in detail. '.repeat(12)}`;
    const form = plan('lateShipmentRate', long, 8).appealForm;
    expect(form.length).toBeGreaterThan(sellerCentralAppealLimit);
    for (let i = 0; i < 8; i++) expect(form).toContain(long(i).trim());
  });
});

describe('each notice kind’s letter and checklist', () => {
  const orderless = noticeKinds.filter((n) => n.group !== 'performance').map((n) => n.kind);

  it('claims a review of orders only in performance notices', () => {
    for (const { kind, group } of noticeKinds) {
      const model = plan(kind, short);
      const text = `${docText(model)}\n${model.appealForm}`;
      expect(text.includes('reviewed the orders concerned'), kind).toBe(group === 'performance');
    }
    for (const kind of orderless) expect(plan(kind, short).affectedOrdersCsv).toBeNull();
  });

  it('asks identity verification for the usual documents, only those asked, clearly named', () => {
    const text = docText(plan('identityVerification', short));
    for (const document of [
      'government-issued photo ID',
      'bank or credit card statement',
      'utility bill',
      'business registration',
    ]) {
      expect(text).toContain(document);
    }
    expect(text).toMatch(/Send only the documents the notice asks for/);
    expect(text).toMatch(/clearly named/);
  });

  it('lists invoices, letters of authorisation and listing changes for IP and inauthentic notices', () => {
    for (const kind of ['intellectualProperty', 'inauthentic'] as const) {
      const text = docText(plan(kind, short));
      expect(text).toMatch(/Invoices from the manufacturer or an authorised distributor/);
      expect(text).toMatch(/letter of authorisation/);
      expect(text).toMatch(/listing changes/);
    }
  });

  it('asks related accounts for an honest account of the relationship and separate operation', () => {
    const text = docText(plan('relatedAccounts', short));
    expect(text).toMatch(/honest account of the relationship/);
    expect(text).toMatch(/operates separately/);
    expect(text).not.toMatch(/\b(VPN|proxy|fingerprint|new device|separate IP)\b/i);
  });
});

describe('the affected-orders file', () => {
  it('holds the same rows as the Doc table, and no buyer columns', () => {
    const model = plan('orderDefectRate', short);
    const table = model.blocks.find((b) => b.type === 'table' && b.header.includes('Root cause'));
    const lines = (model.affectedOrdersCsv ?? '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Order ID,Date,Defect,SKU,Root cause');
    expect(lines.length - 1).toBe(table?.type === 'table' ? table.rows.length : -1);
    expect(lines[0]).not.toMatch(/buyer|name|address|phone|e-?mail/i);
  });

  it('writes report text that a spreadsheet would run as a formula as inert text', () => {
    const csv = affectedOrdersCsv([
      {
        order: {
          metric: 'lateShipmentRate',
          channel: 'MFN',
          orderId: '113-0000001-0000007',
          date: '2026-11-01',
          defect: 'shipped late',
          sku: '=HYPERLINK("x")',
        },
        cause: '+1 carrier, "late" pickup',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `113-0000001-0000007,2026-11-01,shipped late,"'=HYPERLINK(""x"")","'+1 carrier, ""late"" pickup"`,
    );
  });
});
