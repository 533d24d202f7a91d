import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalHost } from '../../host';
import {
  loadGeneratedPlans,
  loadWizardState,
  maxSavedBytes,
  partBytes,
  rememberedPlans,
  rememberGeneratedPlan,
  saveWizardState,
  splitUtf8,
  utf8Bytes,
} from '../../src/gas/plan-of-action/wizard-state';
import { draft, stubHost, wizardState } from './helpers';

describe('splitUtf8', () => {
  it('keeps every part within the byte budget and never splits a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 4, max: 64 }),
        (text, max) => {
          const parts = splitUtf8(text, max);
          expect(parts.join('')).toBe(text);
          for (const part of parts) {
            expect(utf8Bytes(part)).toBeLessThanOrEqual(max);
            expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          }
        },
      ),
    );
  });

  it('counts bytes as UTF-8 does', () => {
    for (const text of ['abc', 'é', '€', '👍', 'Straße ★ 日本']) {
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('the saved wizard', () => {
  let host: LocalHost;
  beforeEach(() => {
    host = stubHost();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('comes back as it was saved', () => {
    const state = wizardState();
    saveWizardState(state);
    expect(loadWizardState()).toEqual({ state, problem: null });
  });

  it('is split into parts under the 9 KB value limit when the draft is long', () => {
    // A pasted notice of 12,600 characters, some of them multi-byte: about 17 KB as UTF-8.
    const long = wizardState({
      draft: draft({
        notice: { ...draft().notice, text: 'Ünïcödé ★ notice. '.repeat(700) },
      }),
    });
    const saved = saveWizardState(long);
    expect(saved.bytes).toBeGreaterThan(15_000);
    const stored = host.properties.document.toObject();
    const parts = Number(stored['planOfAction.wizard.parts']);
    expect(parts).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < parts; i += 1) {
      expect(Buffer.byteLength(stored[`planOfAction.wizard.${i}`] ?? '')).toBeLessThanOrEqual(
        partBytes,
      );
    }
    expect(loadWizardState().state).toEqual(long);

    // A shorter save removes the parts it no longer needs.
    saveWizardState(wizardState());
    const after = host.properties.document.toObject();
    expect(Object.keys(after).filter((k) => k.startsWith('planOfAction.wizard.'))).toEqual([
      'planOfAction.wizard.parts',
      'planOfAction.wizard.0',
    ]);
    expect(loadWizardState().state).toEqual(wizardState());
  });

  it('refuses a draft above the limit with a message, and keeps the previous one', () => {
    saveWizardState(wizardState());
    const items = Array.from({ length: 30 }, (_, i) => `${i} ${'€'.repeat(1990)}`);
    const huge = wizardState({ draft: draft({ rootCauses: items, correctiveActions: items }) });
    expect(() => saveWizardState(huge)).toThrow(
      new RegExp(`keeps at most ${maxSavedBytes / 1000} KB.*nothing was cut`),
    );
    expect(loadWizardState().state).toEqual(wizardState());
  });

  it('checks what the sidebar sends and names the field that is wrong', () => {
    expect(() => saveWizardState({ ...wizardState(), step: 'done' })).toThrow(
      /step: must be one of/,
    );
    const badDate = wizardState({
      draft: draft({ notice: { ...draft().notice, date: '2026-02-30' } }),
    });
    expect(() => saveWizardState(badDate)).toThrow(/draft\.notice\.date: must be a calendar day/);
    expect(() => saveWizardState({ ...wizardState(), extra: 1 })).toThrow(/unexpected field extra/);
    expect(() => saveWizardState(null)).toThrow(/the value: expected an object/);
    expect(() => saveWizardState({ ...wizardState(), prefilledFindingIds: 'x' })).toThrow(
      /prefilledFindingIds: expected a list/,
    );
    const notAsin = wizardState({
      draft: draft({ notice: { ...draft().notice, asins: ['<b>'] } }),
    });
    expect(() => saveWizardState(notAsin)).toThrow(/asins\.0: must be an ASIN/);
    const { channel: _channel, ...withoutChannel } = wizardState();
    expect(() => saveWizardState(withoutChannel)).toThrow(/channel: is missing/);
    const longCause = wizardState({ draft: draft({ rootCauses: ['x'.repeat(100_000)] }) });
    expect(() => saveWizardState(longCause)).toThrow(
      /rootCauses\.0: must be at most \d+ characters/,
    );
  });

  it('reports a saved draft it cannot read instead of failing, and starts fresh', () => {
    saveWizardState(wizardState());
    host.properties.document.setProperty('planOfAction.wizard.0', '{"step":"nowhere"');
    const loaded = loadWizardState();
    expect(loaded.state).toBeNull();
    expect(loaded.problem).toMatch(/could not be restored/);

    host.properties.document.setProperty('planOfAction.wizard.parts', '2');
    expect(loadWizardState().problem).toMatch(/part 2 of 2 is missing/);
  });

  it('reads nothing saved as no draft', () => {
    expect(loadWizardState()).toEqual({ state: null, problem: null });
    expect(loadGeneratedPlans()).toEqual([]);
  });

  it('remembers the generated Docs, newest first, up to a limit', () => {
    for (let i = 0; i < rememberedPlans + 3; i += 1) {
      rememberGeneratedPlan({
        title: `Plan ${i}`,
        url: `https://docs.google.com/document/d/${i}/edit`,
        noticeKind: 'lateShipmentRate',
        createdAt: '2026-11-03T10:00:00.000Z',
      });
    }
    const plans = loadGeneratedPlans();
    expect(plans).toHaveLength(rememberedPlans);
    expect(plans[0]?.title).toBe(`Plan ${rememberedPlans + 2}`);
  });
});
