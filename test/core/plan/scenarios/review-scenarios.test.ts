/**
 * The review on sellers' situations (./scenarios.ts): caught = planted problems flagged ÷ planted,
 * precision = flags that point at a planted problem ÷ all flags, over the whole set. A flag
 * matches a planted problem when it has its kind, its step and entry, and points at its words.
 */
import { describe, expect, it } from 'vitest';
import { reviewDraft } from '../../../../src/core/plan/review';
import { matches, scenarios } from './scenarios';

describe('the review on sellers’ situations', () => {
  const all = scenarios().map((s) => ({
    scenario: s,
    flags: reviewDraft(s.draft, {
      findings: s.figures.findings,
      results: s.figures.results,
      buyerIdentifiers: s.buyerIdentifiers,
      maxChars: s.maxChars,
    }),
  }));

  it('has at least ten situations, clean drafts among them', () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.filter((a) => a.scenario.planted.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('catches at least 90% of the planted problems, and at least 90% of its flags are real', () => {
    let planted = 0;
    let caught = 0;
    let flagged = 0;
    let real = 0;
    const report: string[] = [];
    for (const { scenario, flags } of all) {
      for (const p of scenario.planted) {
        planted++;
        if (flags.some((f) => matches(f, p))) caught++;
        else
          report.push(`missed in "${scenario.name}": ${p.kind} ${p.step}[${p.index}] "${p.text}"`);
      }
      for (const f of flags) {
        flagged++;
        if (scenario.planted.some((p) => matches(f, p))) real++;
        else
          report.push(
            `false flag in "${scenario.name}": ${f.kind} ${f.step}[${f.index}] "${f.text}"`,
          );
      }
    }
    const caughtRate = caught / planted;
    const precision = real / flagged;
    console.log(
      `review scenarios: ${all.length} drafts; caught ${caught} of ${planted} planted problems (${(caughtRate * 100).toFixed(1)}%); ${real} of ${flagged} flags real (precision ${(precision * 100).toFixed(1)}%)`,
    );
    for (const line of report) console.log(`  ${line}`);
    expect(caughtRate).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the right figure in every flag of a figure that differs', () => {
    for (const { flags } of all) {
      for (const f of flags.filter((x) => x.kind === 'numberDiffers')) {
        expect(f.message).toMatch(/^You wrote "[^"]+", but your data has .*\d/);
      }
    }
  });

  it('flags nothing in the clean drafts', () => {
    for (const { scenario, flags } of all.filter((a) => a.scenario.planted.length === 0)) {
      expect(flags, scenario.name).toEqual([]);
    }
  });
});
