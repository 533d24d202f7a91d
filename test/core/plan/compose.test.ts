import { describe, expect, it } from 'vitest';
import { affectedOrders, findDefectFindings } from '../../../src/core/analysis/findings';
import type { AffectedOrder, Finding } from '../../../src/core/analysis/findings-types';
import type { MetricResult } from '../../../src/core/metrics/types';
import {
  composePlan,
  type DocModel,
  type PlanDraft,
  planAsPlainText,
} from '../../../src/core/plan';
import { generateRefusal } from '../../../src/core/plan/generate-refusal';
import { reviewGuards } from '../../../src/core/plan/review-guards';
import {
  buyerIdentifiers,
  lateShipmentFixture,
  options,
  orderDefectFixture,
  orderId,
} from './fixtures';

function lateShipmentPlan(overrides: Partial<PlanDraft> = {}) {
  const { input, results, upsLateIds, saturdayLateIds } = lateShipmentFixture();
  const findings = findDefectFindings(input, results, options);
  const affected = affectedOrders(input, results);
  const draft: PlanDraft = {
    notice: {
      kind: 'lateShipmentRate',
      date: '2024-04-01',
      asins: ['B0AAAAAAA1'],
      text: 'Your Late Shipment Rate is above the target of 4%.',
    },
    tickedFindingIds: ['lateShipmentRate:MFN:carrier:UPS', 'lateShipmentRate:MFN:weekday:Saturday'],
    rootCauses: ['Our UPS collection was booked before most orders were packed.'],
    correctiveActions: ['We moved the UPS collection to the afternoon on 2024-04-03.'],
    preventiveMeasures: [
      {
        text: 'Daily check of unshipped orders before collection.',
        owner: 'Warehouse lead',
        due: '2024-04-15',
      },
    ],
    seller: { name: 'Acme Mugs LLC', sellerId: 'A1B2C3D4E5F6G7' },
    ...overrides,
  };
  return { draft, findings, affected, results, upsLateIds, saturdayLateIds };
}

function allTexts(model: DocModel): string[] {
  const texts = [model.title];
  for (const block of model.blocks) {
    if (block.type === 'heading' || block.type === 'paragraph') texts.push(block.text);
    else if (block.type === 'table') texts.push(...block.header, ...block.rows.flat());
    else texts.push(...block.items);
  }
  return texts;
}

function headings(model: DocModel): string[] {
  return model.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
}

function tableRows(model: DocModel): string[][] {
  return model.blocks.flatMap((b) => (b.type === 'table' ? b.rows : []));
}

/** Numbers as a reader sees them: 63.6, 2024, 03, 7. */
function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => String(Number(n)));
}

function percent(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

/** Every number the data and the seller's own text hold, written as a reader would see it. */
function numbersFromSources(
  draft: PlanDraft,
  findings: Finding[],
  results: MetricResult[],
  affected: AffectedOrder[],
): Set<string> {
  const allowed = new Set<string>();
  const add = (...texts: (string | number | null)[]) => {
    for (const t of texts) if (t !== null) for (const n of numbersIn(String(t))) allowed.add(n);
  };
  for (const f of findings) {
    add(f.defects, f.totalDefects, f.orders, f.key, percent(f.share));
    if (f.rate !== null) add(percent(f.rate));
  }
  for (const r of results) {
    add(r.numerator, r.denominator, r.windowStart, r.windowEnd, percent(r.target));
    if (r.value !== null) add(percent(r.value));
    for (const d of r.defects) add(d.orderId, d.day, d.detail);
  }
  for (const a of affected) add(a.orderId, a.date, a.sku, a.defect);
  add(draft.notice.date, ...draft.notice.asins, ...draft.rootCauses, ...draft.correctiveActions);
  for (const m of draft.preventiveMeasures) add(m.text, m.owner, m.due);
  add(draft.seller?.name ?? '', draft.seller?.sellerId ?? '');
  return allowed;
}

describe('composePlan', () => {
  it('titles the plan with the notice and its date and keeps the sections in order', () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const model = composePlan(draft, findings, affected, results);
    expect(model.title).toBe('Plan of Action – Late Shipment Rate – 2024-04-01');
    expect(headings(model)).toEqual([
      'Root causes',
      'Supporting facts from our order reports',
      'Corrective actions taken',
      'Preventive measures',
      'Affected orders',
      'Cover letter',
      'Submission checklist',
      'Documents to attach',
    ]);
  });

  it("puts the seller's root causes first, then the ticked findings as supporting facts", () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const model = composePlan(draft, findings, affected, results);
    const start = model.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Root causes');
    expect(model.blocks[start + 1]).toEqual({ type: 'numbered', items: draft.rootCauses });
    expect(model.blocks[start + 3]).toEqual({
      type: 'bullets',
      items: [
        '7 of the 10 late shipments (70%) went with UPS; 7 of 20 UPS orders shipped late (35%).',
        '3 of the 10 late shipments (30%) were on orders placed on a Saturday; 3 of 5 orders placed on a Saturday shipped late (60%).',
      ],
    });
  });

  it('lists each preventive measure with its owner and due date', () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const model = composePlan(draft, findings, affected, results);
    expect(allTexts(model)).toContain(
      'Daily check of unshipped orders before collection. (Owner: Warehouse lead. In place by 2024-04-15.)',
    );
  });

  it('lists only the orders behind the ticked findings', () => {
    const { draft, findings, affected, results, upsLateIds } = lateShipmentPlan();
    const rows = tableRows(composePlan(draft, findings, affected, results));
    // The Saturday orders all went with UPS, so the table holds the 7 UPS orders.
    expect(rows.map((r) => r[0]).sort()).toEqual([...upsLateIds].sort());
    // One root cause: every order carries it.
    expect(rows[0]).toEqual([
      orderId(1),
      '2024-03-02',
      'shipped after the expected ship date',
      'SKU-A',
      'Our UPS collection was booked before most orders were packed.',
    ]);
  });

  it("lists every affected order of the notice's metric when nothing is ticked", () => {
    const { draft, findings, affected, results } = lateShipmentPlan({ tickedFindingIds: [] });
    const model = composePlan(draft, findings, affected, results);
    expect(tableRows(model)).toHaveLength(10);
    expect(headings(model)).not.toContain('Supporting facts from our order reports');
  });

  it("gives each order its group's root cause, or the one chosen for it", () => {
    const { upsLateIds } = lateShipmentFixture();
    const { draft, findings, affected, results } = lateShipmentPlan({
      tickedFindingIds: ['lateShipmentRate:MFN:carrier:UPS'],
      rootCauses: ['UPS collected before packing ended.', 'One order was mislabelled.'],
      findingCauses: [{ findingId: 'lateShipmentRate:MFN:carrier:UPS', rootCause: 0 }],
      orderCauses: [{ orderId: upsLateIds[0] ?? '', rootCause: 1 }],
    });
    const model = composePlan(draft, findings, affected, results);
    const causes = new Map(tableRows(model).map((r) => [r[0], r[4]]));
    expect(causes.get(upsLateIds[0])).toBe('One order was mislabelled.');
    for (const id of upsLateIds.slice(1))
      expect(causes.get(id)).toBe('UPS collected before packing ended.');
    // The file holds the same causes as the Doc.
    expect(model.affectedOrdersCsv).toContain(`${upsLateIds[0]},2024-03-`);
    expect(model.affectedOrdersCsv).toContain('One order was mislabelled.');
    // An index that no longer points at a cause assigns none rather than another.
    const stale = composePlan(
      {
        ...draft,
        rootCauses: ['UPS collected before packing ended.'],
        orderCauses: [{ orderId: upsLateIds[0] ?? '', rootCause: 1 }],
      },
      findings,
      affected,
      results,
    );
    expect(new Map(tableRows(stale).map((r) => [r[0], r[4]])).get(upsLateIds[0])).toBe('');
  });

  it('lists every affected order in the Doc and in the file to attach, never in the form text', () => {
    const { draft, results } = lateShipmentPlan({ tickedFindingIds: [] });
    const affected: AffectedOrder[] = Array.from({ length: 250 }, (_, i) => ({
      metric: 'lateShipmentRate',
      channel: 'MFN',
      orderId: orderId(1000 + i),
      date: '2024-03-05',
      defect: 'shipped late',
      sku: 'SKU-A',
    }));
    const model = composePlan(draft, [], affected, results);
    expect(tableRows(model)).toHaveLength(250);
    const csv = (model.affectedOrdersCsv ?? '').trimEnd().split('\r\n');
    expect(csv).toHaveLength(251);
    expect(csv[0]).toBe('Order ID,Date,Defect,SKU,Root cause');
    expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(
      tableRows(model).map((r) => r[0]),
    );
    expect(model.appealForm).not.toContain(orderId(1000));
    expect(model.appealForm).toContain(
      'The 250 affected orders are listed, each with its root cause, in the attached file affected-orders.csv.',
    );
  });

  it('writes a calm cover letter with the metric from the results, and a submission checklist', () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const texts = allTexts(composePlan(draft, findings, affected, results));
    expect(texts).toContain(
      'We received your notice of 2024-04-01 about our Late Shipment Rate for ASIN B0AAAAAAA1.',
    );
    expect(texts).toContain(
      "Our Late Shipment Rate for seller-fulfilled orders from 2024-03-02 to 2024-03-31 was 25% (10 of 40 orders); Amazon's target is under 4%.",
    );
    expect(texts).toContain('Seller ID: A1B2C3D4E5F6G7');
    const checklist = texts.join('\n');
    expect(checklist).toMatch(/Account Health.*Appeal/);
    expect(checklist).toContain('Case ID');
    expect(checklist).toContain('five business days');
    expect(checklist).toMatch(/Never open a second appeal/);
  });

  it('has no affected-orders section or metric sentence for a policy notice', () => {
    const { draft, findings, affected, results } = lateShipmentPlan({ tickedFindingIds: [] });
    const model = composePlan(
      { ...draft, notice: { ...draft.notice, kind: 'intellectualProperty' } },
      findings,
      affected,
      results,
    );
    expect(headings(model)).not.toContain('Affected orders');
    expect(allTexts(model)).toContain(
      'We received your notice of 2024-04-01 about an intellectual property complaint for ASIN B0AAAAAAA1.',
    );
    expect(allTexts(model).join(' ')).not.toContain('25%');
  });

  it('shows where the seller has not written a section yet', () => {
    const { draft, findings, affected, results } = lateShipmentPlan({ correctiveActions: ['  '] });
    const model = composePlan(draft, findings, affected, results);
    const at = model.blocks.findIndex(
      (b) => b.type === 'heading' && b.text === 'Corrective actions taken',
    );
    expect(model.blocks[at + 1]).toEqual({ type: 'paragraph', text: '(Not filled in yet.)' });
  });

  it('states no number that is not in the findings, the results, the affected orders or the seller text', () => {
    for (const ticked of [
      [],
      [
        'lateShipmentRate:MFN:carrier:UPS',
        'lateShipmentRate:MFN:weekday:Saturday',
        'lateShipmentRate:MFN:handlingTime:2 business days',
      ],
    ]) {
      const { draft, findings, affected, results } = lateShipmentPlan({ tickedFindingIds: ticked });
      const model = composePlan(draft, findings, affected, results);
      const allowed = numbersFromSources(draft, findings, results, affected);
      const stated = allTexts(model).flatMap(numbersIn);
      expect(stated.length).toBeGreaterThan(20);
      expect(stated.filter((n) => !allowed.has(n))).toEqual([]);
    }
    const odr = orderDefectFixture();
    const findings = findDefectFindings(odr.input, odr.results, options);
    const affected = affectedOrders(odr.input, odr.results);
    const { draft } = lateShipmentPlan({
      notice: { kind: 'orderDefectRate', date: '2024-04-02', asins: [], text: '' },
      tickedFindingIds: findings.map((f) => f.id),
    });
    const model = composePlan(draft, findings, affected, odr.results);
    const allowed = numbersFromSources(draft, findings, odr.results, affected);
    expect(
      allTexts(model)
        .flatMap(numbersIn)
        .filter((n) => !allowed.has(n)),
    ).toEqual([]);
  });
});

describe('composePlan and buyer data', () => {
  function orderDefectPlan(overrides: Partial<PlanDraft> = {}) {
    const { input, results } = orderDefectFixture();
    const findings = findDefectFindings(input, results, options);
    const affected = affectedOrders(input, results);
    const draft: PlanDraft = {
      notice: {
        kind: 'orderDefectRate',
        date: '2024-04-02',
        asins: [],
        text: 'Order Defect Rate above 1%.',
      },
      tickedFindingIds: findings.map((f) => f.id),
      rootCauses: ['Mugs were packed without dividers.'],
      correctiveActions: ['We added dividers to every mug box.'],
      preventiveMeasures: [{ text: 'Packing check.', owner: 'Packing team', due: '2024-04-20' }],
      ...overrides,
    };
    return { draft, findings, affected, results };
  }

  it('contains no buyer name, e-mail, address or phone even though the reports hold them', () => {
    const { draft, findings, affected, results } = orderDefectPlan();
    const model = composePlan(draft, findings, affected, results, { buyerIdentifiers });
    const json = JSON.stringify(model).toLowerCase();
    for (const identifier of buyerIdentifiers) expect(json).not.toContain(identifier.toLowerCase());
    expect(json).not.toMatch(/[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}/);
    expect(json).not.toContain('555');
    expect(headings(model)).toContain('Supporting facts from our order reports');
  });

  it.each([
    ['a buyer name', { rootCauses: ['Jane Doe received a broken mug.'] }],
    ['an e-mail address', { correctiveActions: ['We wrote to buyer42@marketplace.amazon.com.'] }],
    ['a phone number', { correctiveActions: ['We called the buyer on (206) 555-0100.'] }],
    ['an address', { rootCauses: ['The parcel to 12 Elm Street, Springfield was crushed.'] }],
    [
      'a buyer name in a measure owner',
      { preventiveMeasures: [{ text: 'Check.', owner: 'jane doe', due: '2024-04-20' }] },
    ],
  ])('refuses to compose when the seller typed %s, without repeating it', (_, overrides) => {
    const { draft, findings, affected, results } = orderDefectPlan(overrides);
    let message = '';
    try {
      composePlan(draft, findings, affected, results, { buyerIdentifiers });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The plan was not written: .* contains /);
    expect(message.toLowerCase()).not.toMatch(/jane|555|elm street|buyer42/);
  });

  it("lets the seller sign with a business name that shares a word with a buyer's name", () => {
    // Buyer values as buyerValuesOf gives them: the whole name, and each word of it.
    const withWords = [...buyerIdentifiers, 'Jane', 'Doe'];
    const signed = orderDefectPlan({
      seller: { name: 'Doe Valley Mugs', sellerId: 'A1B2C3D4E5F6G7' },
      rootCauses: ['Doe Valley Mugs packed mugs without dividers.'],
    });
    expect(() =>
      composePlan(signed.draft, signed.findings, signed.affected, signed.results, {
        buyerIdentifiers: withWords,
      }),
    ).not.toThrow();
    // The buyer's whole name is still refused.
    const typed = orderDefectPlan({
      seller: { name: 'Doe Valley Mugs', sellerId: 'A1B2C3D4E5F6G7' },
      rootCauses: ['Jane Doe received a broken mug.'],
    });
    expect(() =>
      composePlan(typed.draft, typed.findings, typed.affected, typed.results, {
        buyerIdentifiers: withWords,
      }),
    ).toThrow(/^The plan was not written: /);
  });

  it('asks about one word a buyer column also holds (a staff name, a town), and lets Generate go on', () => {
    const withWords = [...buyerIdentifiers, 'Jane', 'Doe'];
    const { draft, findings, affected, results } = orderDefectPlan({
      correctiveActions: ['Jane, our packing lead, added dividers to every mug box on 2024-04-02.'],
    });
    const context = { findings, results, affected, buyerIdentifiers: withWords, maxChars: 4000 };
    const flags = reviewGuards(draft, context);
    expect(flags.map((f) => f.kind)).toContain('possibleBuyerName');
    expect(flags.map((f) => f.kind)).not.toContain('buyerData');
    expect(generateRefusal(flags)).toBeNull();
    expect(() =>
      composePlan(draft, findings, affected, results, { buyerIdentifiers: withWords }),
    ).not.toThrow();
  });

  it('does not take order IDs, dates or tracking-like numbers for phone numbers', () => {
    const { draft, findings, affected, results } = orderDefectPlan({
      rootCauses: [`Order ${orderId(201)} from 2024-03-04 to 2024-03-06 arrived damaged.`],
    });
    expect(() =>
      composePlan(draft, findings, affected, results, { buyerIdentifiers }),
    ).not.toThrow();
  });
});

describe('planAsPlainText', () => {
  it('keeps the order, the headings, numbered and bulleted items and the table', () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const model = composePlan(draft, findings, affected, results);
    const text = planAsPlainText(model);
    expect(text.startsWith('Plan of Action – Late Shipment Rate – 2024-04-01\n\n')).toBe(true);
    const positions = headings(model).map((h) => text.indexOf(`\n\n${h}\n\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('\n\n1. Our UPS collection was booked before most orders were packed.');
    expect(text).toContain('\n- 7 of the 10 late shipments (70%) went with UPS;');
    expect(text).toContain(
      `Order ID | Date | Defect | SKU | Root cause\n${orderId(1)} | 2024-03-02 | shipped after the expected ship date | SKU-A | Our UPS collection`,
    );
    expect(text.indexOf('Order ID | Date')).toBeLessThan(
      text.indexOf('Dear Seller Performance team,'),
    );
  });

  it('gives the text for the appeal form instead of the Doc when asked', () => {
    const { draft, findings, affected, results } = lateShipmentPlan();
    const model = composePlan(draft, findings, affected, results);
    const text = planAsPlainText(model, { forAppealForm: true });
    expect(text).toBe(model.appealForm);
    expect(text).not.toContain('Submission checklist');
    expect(planAsPlainText(model)).toContain('Submission checklist');
  });
});
