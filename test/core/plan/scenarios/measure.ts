/**
 * How a scenario set scores the review: planted problems caught (the right kind at the right step
 * and entry), flags that match a planted problem, and the Docs that Generate refuses, by kind, with
 * every miss and false flag named so that whoever mends the review sees what fails.
 */
import { generateRefusal } from '../../../../src/core/plan/generate-refusal';
import type { ReviewFlag, ReviewFlagKind } from '../../../../src/core/plan/types';
import { matches, type Planted } from './scenarios';

/** The kinds that stop a Doc (generate-refusal.ts). */
export const refusedKinds: readonly ReviewFlagKind[] = [
  'buyerData',
  'placeholder',
  'identityHiding',
];

/** One draft of a set, reviewed. */
export interface ReviewedDraft {
  name: string;
  planted: readonly Planted[];
  flags: readonly ReviewFlag[];
}

const describeFlag = (name: string, f: ReviewFlag) =>
  `false flag in "${name}": ${f.kind} ${f.step}[${f.index}] "${f.text}"`;
const describeMiss = (name: string, p: Planted) =>
  `missed in "${name}": ${p.kind} ${p.step}[${p.index}] "${p.text}"`;

export function measureReview(all: readonly ReviewedDraft[]) {
  const kinds = new Map<string, { planted: number; caught: number; falseFlags: number }>();
  const row = (k: string) => {
    let r = kinds.get(k);
    if (!r) {
      r = { planted: 0, caught: 0, falseFlags: 0 };
      kinds.set(k, r);
    }
    return r;
  };
  let planted = 0;
  let caught = 0;
  let real = 0;
  let flagged = 0;
  const misses: string[] = [];
  const falseFlags: string[] = [];
  for (const a of all) {
    for (const p of a.planted) {
      planted++;
      row(p.kind).planted++;
      if (a.flags.some((f) => matches(f, p))) {
        caught++;
        row(p.kind).caught++;
      } else misses.push(describeMiss(a.name, p));
    }
    for (const f of a.flags) {
      flagged++;
      if (a.planted.some((p) => matches(f, p))) real++;
      else {
        row(f.kind).falseFlags++;
        falseFlags.push(describeFlag(a.name, f));
      }
    }
  }
  const mustStop = all.filter((a) => a.planted.some((p) => refusedKinds.includes(p.kind)));
  const mayGenerate = all.filter((a) => !a.planted.some((p) => refusedKinds.includes(p.kind)));
  const refused = mustStop.filter((a) => generateRefusal([...a.flags]) !== null);
  const wronglyRefused = mayGenerate.filter((a) => generateRefusal([...a.flags]) !== null);
  return {
    kinds,
    planted,
    caught,
    real,
    flagged,
    misses,
    falseFlags,
    mustStop: mustStop.length,
    refused: refused.length,
    notRefused: mustStop.filter((a) => !refused.includes(a)).map((a) => a.name),
    mayGenerate: mayGenerate.length,
    wronglyRefused: wronglyRefused.map((a) => a.name),
  };
}

export const rate = (n: number, d: number) => (d === 0 ? '–' : `${((n / d) * 100).toFixed(1)}%`);

/** The figures of a set as the test prints them: totals, rates, a row per kind, every miss named. */
export function scoreLines(
  title: string,
  all: readonly ReviewedDraft[],
  m: ReturnType<typeof measureReview>,
): string[] {
  return [
    `${title}: ${all.length} drafts (${all.filter((a) => a.planted.length === 0).length} clean), ${m.planted} planted problems`,
    `  caught ${m.caught}/${m.planted} (${rate(m.caught, m.planted)}); missed ${m.planted - m.caught}; false flags ${m.flagged - m.real}; precision ${m.real}/${m.flagged} (${rate(m.real, m.flagged)})`,
    `  Doc refused for ${m.refused}/${m.mustStop} drafts with buyer data, a placeholder or identity hiding (${rate(m.refused, m.mustStop)}); wrongly refused ${m.wronglyRefused.length}/${m.mayGenerate} others`,
    '  kind               planted  caught  missed  false flags',
    ...[...m.kinds.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([k, r]) =>
          `  ${k.padEnd(18)} ${String(r.planted).padStart(7)} ${String(r.caught).padStart(7)} ${String(r.planted - r.caught).padStart(7)} ${String(r.falseFlags).padStart(12)}`,
      ),
    ...m.misses.map((l) => `  ${l}`),
    ...m.falseFlags.map((l) => `  ${l}`),
    ...m.notRefused.map((n) => `  not refused: "${n}"`),
    ...m.wronglyRefused.map((n) => `  wrongly refused: "${n}"`),
  ];
}
