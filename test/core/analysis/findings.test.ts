import { describe, expect, it } from 'vitest';
import { feedbackThemes } from '../../../src/core/analysis/feedback-themes';
import {
  affectedOrders,
  type Finding,
  findDefectFindings,
} from '../../../src/core/analysis/findings';
import type { HealthInput, MetricResult } from '../../../src/core/metrics/types';
import {
  at,
  buyerIdentifiers,
  emptyInput,
  lateShipmentFixture,
  options,
  order,
  orderDefectFixture,
  orderId,
  result,
  shipment,
} from '../plan/fixtures';

function byId(findings: Finding[], id: string): Finding {
  const found = findings.find((f) => f.id === id);
  if (!found) throw new Error(`No finding ${id}; got ${findings.map((f) => f.id).join(', ')}`);
  return found;
}

describe('findDefectFindings on late shipments', () => {
  const { input, results, upsLateIds, saturdayLateIds, lateIds } = lateShipmentFixture();
  const findings = findDefectFindings(input, results, options);

  it('counts 7 of the 10 late shipments with UPS, out of 20 UPS orders in the window', () => {
    expect(byId(findings, 'lateShipmentRate:MFN:carrier:UPS')).toEqual({
      id: 'lateShipmentRate:MFN:carrier:UPS',
      metric: 'lateShipmentRate',
      channel: 'MFN',
      dimension: 'carrier',
      key: 'UPS',
      defects: 7,
      totalDefects: 10,
      share: 0.7,
      orders: 20,
      rate: 0.35,
      orderIds: [...upsLateIds].sort(),
      summary:
        '7 of the 10 late shipments (70%) went with UPS; 7 of 20 UPS orders shipped late (35%).',
    });
    const usps = byId(findings, 'lateShipmentRate:MFN:carrier:USPS');
    expect([usps.defects, usps.orders, usps.rate]).toEqual([3, 20, 0.15]);
  });

  it('counts 3 late shipments on Saturday orders, out of 5 Saturday orders', () => {
    const saturday = byId(findings, 'lateShipmentRate:MFN:weekday:Saturday');
    expect(saturday.defects).toBe(3);
    expect(saturday.orders).toBe(5);
    expect(saturday.rate).toBe(0.6);
    expect(saturday.orderIds).toEqual([...saturdayLateIds].sort());
    expect(byId(findings, 'lateShipmentRate:MFN:weekday:Tuesday').defects).toBe(7);
    expect(findings.some((f) => f.id === 'lateShipmentRate:MFN:weekday:Wednesday')).toBe(false);
  });

  it('groups handling time in business days from the order to the confirmation', () => {
    // Saturday orders confirmed Wednesday: Mon, Tue, Wed. Tuesday orders confirmed Thursday: 2.
    expect(byId(findings, 'lateShipmentRate:MFN:handlingTime:3+ business days').defects).toBe(3);
    expect(byId(findings, 'lateShipmentRate:MFN:handlingTime:2 business days').defects).toBe(7);
    expect(findings.some((f) => f.key === '0–1 business days')).toBe(false);
  });

  it('breaks down by SKU, ASIN and ship method', () => {
    const skuA = byId(findings, 'lateShipmentRate:MFN:sku:SKU-A');
    expect([skuA.defects, skuA.orders]).toEqual([5, 20]);
    expect(byId(findings, 'lateShipmentRate:MFN:asin:B0AAAAAAA1').defects).toBe(10);
    expect(byId(findings, 'lateShipmentRate:MFN:shipService:Ground').defects).toBe(7);
    expect(byId(findings, 'lateShipmentRate:MFN:shipService:Priority Mail').defects).toBe(3);
  });

  it('counts a defect shown in both the 10- and 30-day windows once', () => {
    expect(findings.every((f) => f.totalDefects === 10)).toBe(true);
    expect(byId(findings, 'lateShipmentRate:MFN:asin:B0AAAAAAA1').orderIds).toEqual(
      [...lateIds].sort(),
    );
  });

  it('has no feedback groups for a seller-fulfilled-only metric, and all are MFN', () => {
    expect(findings.some((f) => f.dimension === 'feedbackTheme')).toBe(false);
    expect(findings.every((f) => f.channel === 'MFN')).toBe(true);
  });

  it('lists only groups with defects, most defects first, then by key', () => {
    expect(findings.every((f) => f.defects >= 1)).toBe(true);
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1], findings[i]] as [Finding, Finding];
      expect(a.defects > b.defects || (a.defects === b.defects && a.key <= b.key)).toBe(true);
    }
    expect(findings[0]?.key).toBe('B0AAAAAAA1');
  });

  it('returns nothing when no metric has defects', () => {
    expect(
      findDefectFindings(input, [result({ metric: 'lateShipmentRate', defects: [] })], options),
    ).toEqual([]);
  });
});

describe('findDefectFindings on order defects', () => {
  const { input, results } = orderDefectFixture();
  const findings = findDefectFindings(input, results, options);

  it('keeps seller-fulfilled and FBA apart: each counts its own defects and orders', () => {
    const mfn = byId(findings, 'orderDefectRate:MFN:sku:SKU-M');
    const afn = byId(findings, 'orderDefectRate:AFN:sku:SKU-F');
    expect([mfn.channel, mfn.defects, mfn.totalDefects, mfn.orders]).toEqual(['MFN', 3, 3, 4]);
    expect([afn.channel, afn.defects, afn.totalDefects, afn.orders]).toEqual(['AFN', 1, 1, 2]);
    expect(mfn.summary).toBe(
      '3 of the 3 seller-fulfilled orders with a defect (100%) included SKU SKU-M; 3 of 4 seller-fulfilled orders with SKU SKU-M had a defect (75%).',
    );
    // Each finding's total is its channel's numerator: the figure the cover letter states.
    for (const finding of findings) {
      const own = results.find((r) => r.metric === finding.metric && r.channel === finding.channel);
      expect(finding.totalDefects).toBe(own?.numerator);
    }
    expect(findings.some((f) => f.orderIds.includes(orderId(301)) && f.channel === 'MFN')).toBe(
      false,
    );
  });

  it('groups negative feedback by theme; a comment can have several', () => {
    const themes = findings
      .filter((f) => f.dimension === 'feedbackTheme')
      .map((f) => [f.key, f.defects]);
    expect(themes).toEqual([
      ['damaged', 1],
      ['late', 1],
      ['other', 1],
      ['wrong item', 1],
    ]);
    expect(
      findings.filter((f) => f.dimension === 'feedbackTheme').every((f) => f.orders === null),
    ).toBe(true);
  });

  it('lists claim and chargeback reasons as written, only for those that count', () => {
    expect(findings.filter((f) => f.dimension === 'claimReason').map((f) => f.key)).toEqual([
      'Item not received',
    ]);
    expect(
      byId(findings, 'orderDefectRate:MFN:chargebackReason:Service not rendered').defects,
    ).toBe(1);
  });

  it('never carries buyer data from the comments', () => {
    const json = JSON.stringify(findings).toLowerCase();
    for (const identifier of buyerIdentifiers) expect(json).not.toContain(identifier.toLowerCase());
  });
});

describe('findDefectFindings on package metrics', () => {
  it('gives no order count or rate for valid tracking, only the share', () => {
    const input = emptyInput();
    input.orders.push(order({ orderId: orderId(1), purchaseDate: at('2024-03-05') }));
    input.shipments.push(
      shipment({
        orderId: orderId(1),
        shipDate: at('2024-03-05'),
        carrierCode: 'Other',
        carrierName: 'Speedy',
      }),
    );
    const results: MetricResult[] = [
      result({
        metric: 'validTrackingRate',
        label: 'Valid Tracking Rate',
        unit: 'packages',
        direction: 'min',
        target: 0.95,
        defects: [{ orderId: orderId(1), day: '2024-03-05', detail: 'no valid tracking' }],
      }),
    ];
    const carrier = byId(
      findDefectFindings(input, results, options),
      'validTrackingRate:MFN:carrier:Other (Speedy)',
    );
    expect(carrier.orders).toBeNull();
    expect(carrier.rate).toBeNull();
    expect(carrier.summary).toBe(
      '1 of the 1 packages without valid tracking (100%) went with Other (Speedy).',
    );
  });
});

describe('feedbackThemes', () => {
  it('matches whole words case-insensitively and allows several themes', () => {
    expect(feedbackThemes('Box was CRUSHED and it came late')).toEqual(['damaged', 'late']);
    expect(feedbackThemes('Loved the chocolate')).toEqual(['other']);
    expect(feedbackThemes('Not as described, and the wrong size')).toEqual([
      'not as described',
      'wrong item',
    ]);
    expect(feedbackThemes('It didn’t arrive')).toEqual(['late']);
  });
});

describe('affectedOrders', () => {
  it('lists each defect once with its date, what went wrong and the order’s SKUs', () => {
    const { input, results, lateIds } = lateShipmentFixture();
    const rows = affectedOrders(input, results);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({
      metric: 'lateShipmentRate',
      channel: 'MFN',
      orderId: lateIds[0],
      date: '2024-03-02',
      defect: 'shipped after the expected ship date',
      sku: 'SKU-A',
    });
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
  });

  it('takes SKUs of FBA orders from the FBA shipments and carries no buyer data', () => {
    const { input, results } = orderDefectFixture();
    const rows = affectedOrders(input, results);
    expect(rows.map((r) => Object.keys(r).sort())).toEqual(
      rows.map(() => ['channel', 'date', 'defect', 'metric', 'orderId', 'sku']),
    );
    const json = JSON.stringify(rows).toLowerCase();
    for (const identifier of buyerIdentifiers) expect(json).not.toContain(identifier.toLowerCase());
    expect(json).not.toMatch(/@|555/);
  });
});

describe('large reports', () => {
  // How fast this runs is measured by `npm run bench`, not by a timed test.
  it('breaks down the defects among 100,000 order rows completely', () => {
    const input: HealthInput = emptyInput();
    const defects: MetricResult['defects'] = [];
    const carriers = ['UPS', 'USPS', 'FedEx', 'DHL'];
    for (let n = 0; n < 100_000; n++) {
      const id = orderId(n);
      const day = `2024-03-${String(2 + (n % 28)).padStart(2, '0')}`;
      input.orders.push(
        order({ orderId: id, purchaseDate: at(day, n % 24), sku: `SKU-${n % 300}` }),
      );
      input.shipments.push(
        shipment({
          orderId: id,
          shipDate: at(day, 20),
          confirmedAt: at(day, 21),
          carrierCode: carriers[n % 4] ?? 'UPS',
        }),
      );
      if (n % 20 === 0) defects.push({ orderId: id, day, detail: 'shipped late' });
    }
    const results = [result({ metric: 'lateShipmentRate', defects })];
    const findings: Finding[] = findDefectFindings(input, results, options);
    // Every 20th order is late and carriers rotate every order: 5,000 late, 1,250 per carrier.
    const byCarrier = findings.filter((f) => f.dimension === 'carrier');
    expect(byCarrier.map((f) => [f.key, f.defects, f.totalDefects])).toEqual(
      expect.arrayContaining([['UPS', 5_000, 5_000]]),
    );
  });
});
