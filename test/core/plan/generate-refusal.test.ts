import { describe, expect, it } from 'vitest';
import { generateRefusal } from '../../../src/core/plan/generate-refusal';
import type { ReviewFlag } from '../../../src/core/plan/types';

function flag(overrides: Partial<ReviewFlag>): ReviewFlag {
  return { step: 'rootCauses', index: 0, kind: 'emotional', text: 'x', message: 'm', ...overrides };
}

describe('generateRefusal', () => {
  it('lets a plan through when the review only points at wording, figures or length', () => {
    const kinds: ReviewFlag['kind'][] = [
      'emotional',
      'numberDiffers',
      'promiseWithoutDate',
      'tooLong',
    ];
    expect(generateRefusal(kinds.map((kind) => flag({ kind })))).toBeNull();
    expect(generateRefusal([])).toBeNull();
  });

  it('refuses placeholders, buyer data and identity hiding, naming each step and entry', () => {
    const message = generateRefusal([
      flag({
        kind: 'placeholder',
        text: '[its business name]',
        step: 'correctiveActions',
        index: 0,
      }),
      flag({ kind: 'buyerData', text: 'Jordan', step: 'rootCauses', index: 2 }),
      flag({ kind: 'identityHiding', text: 'proxy', step: 'preventiveMeasures', index: 1 }),
      flag({ kind: 'buyerData', text: 'jo@example.com', step: 'all', index: null }),
    ]);
    expect(message).toBe(
      'The Doc was not generated: your draft still has a placeholder to fill in in "Corrective actions taken", entry 1 ("[its business name]"); buyer personal data in "Root causes", entry 3; wording about hiding who runs the account in "Preventive measures", entry 2 ("proxy"); buyer personal data in "Generate". Edit those entries, then generate again.',
    );
    // The buyer's data itself is never repeated in the message.
    expect(message).not.toContain('Jordan');
    expect(message).not.toContain('jo@example.com');
  });
});
