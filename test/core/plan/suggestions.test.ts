import { describe, expect, it } from 'vitest';
import { type Finding, findDefectFindings } from '../../../src/core/analysis/findings';
import { noticeKinds, rootCauseFromFinding, suggestionsFor } from '../../../src/core/plan';
import { lateShipmentFixture, options, orderDefectFixture } from './fixtures';

describe('noticeKinds', () => {
  it('lists each of the 12 notices once, grouped as performance, policy and account', () => {
    expect(new Set(noticeKinds.map((n) => n.kind)).size).toBe(12);
    expect(noticeKinds.filter((n) => n.group === 'account').map((n) => n.kind)).toEqual([
      'relatedAccounts',
      'identityVerification',
    ]);
    expect(noticeKinds.find((n) => n.kind === 'lateShipmentRate')?.label).toBe(
      'Late Shipment Rate',
    );
  });
});

describe('suggestionsFor', () => {
  const all = noticeKinds.map((n) => ({ kind: n.kind, ...suggestionsFor(n.kind) }));

  it('offers root causes, corrective actions and preventive measures for every notice', () => {
    for (const s of all) {
      expect(s.rootCauses.length, s.kind).toBeGreaterThan(0);
      expect(s.correctiveActions.length, s.kind).toBeGreaterThan(0);
      expect(s.preventiveMeasures.length, s.kind).toBeGreaterThan(0);
    }
  });

  it('carries no numbers: facts come from the seller’s rows', () => {
    for (const s of all) {
      for (const text of [...s.rootCauses, ...s.correctiveActions, ...s.preventiveMeasures]) {
        expect(text, s.kind).not.toMatch(/\d/);
      }
    }
  });

  it('never promises without a date: measures get their date from the seller', () => {
    for (const s of all) {
      for (const text of [...s.correctiveActions, ...s.preventiveMeasures]) {
        expect(text, s.kind).not.toMatch(/\bwe will\b|\bwe'll\b|going to/i);
      }
    }
  });

  it('gives no advice on evading Amazon, for any notice', () => {
    const evasion =
      /\bvpn\b|prox(y|ies)|new account|different ip|\bip address|fingerprint|\bhid(e|ing)\b|stealth|virtual machine/i;
    for (const s of all) {
      for (const text of [...s.rootCauses, ...s.correctiveActions, ...s.preventiveMeasures]) {
        expect(text, s.kind).not.toMatch(evasion);
      }
    }
  });

  it('asks a seller with related accounts to disclose and explain them', () => {
    const related = suggestionsFor('relatedAccounts');
    expect(related.correctiveActions.join(' ')).toMatch(/disclos/i);
    expect(related.preventiveMeasures.join(' ')).toMatch(/disclosed to Amazon/);
  });
});

describe('rootCauseFromFinding', () => {
  const { input, results } = lateShipmentFixture();
  const findings = findDefectFindings(input, results, options);
  const byId = (id: string) => findings.find((f) => f.id === id) as Finding;

  it('prompts for the cause behind the finding, without repeating its figures', () => {
    expect(rootCauseFromFinding(byId('lateShipmentRate:MFN:carrier:UPS'))).toBe(
      'Why did orders that went with UPS ship late?',
    );
    expect(rootCauseFromFinding(byId('lateShipmentRate:MFN:sku:SKU-A'))).toBe(
      'Why did orders with SKU SKU-A ship late?',
    );
    expect(rootCauseFromFinding(byId('lateShipmentRate:MFN:weekday:Saturday'))).toBe(
      'Why did orders placed on a Saturday ship late?',
    );
    for (const finding of findings) {
      const prompt = rootCauseFromFinding(finding);
      expect(prompt).toMatch(/^Why did .+\?$/);
      // The figures stay in the supporting facts.
      expect(prompt).not.toMatch(/%|\bof the\b/);
      expect(prompt).not.toContain(String(finding.totalDefects));
    }
  });

  it("asks about the buyers' reasons for feedback, claims and chargebacks", () => {
    const { input: odrInput, results: odrResults } = orderDefectFixture();
    const odr = findDefectFindings(odrInput, odrResults, options);
    const prompts = odr.map(rootCauseFromFinding);
    expect(prompts).toContain('Why did buyers leave negative feedback about "damaged"?');
    expect(prompts).toContain(
      'Why did buyers file A-to-z claims with the reason "Item not received"?',
    );
    expect(prompts).toContain('Why did orders with SKU SKU-M have a defect?');
  });
});
