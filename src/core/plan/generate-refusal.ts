/**
 * What Generate refuses: a plan that still holds a suggestion's placeholder, buyer data or
 * wording about hiding identity never becomes a Doc. The server's Generate calls this with the
 * review's flags and answers with the message, which names each place to fix.
 */
import type { ReviewFlag, ReviewFlagKind, ReviewStep } from './types';

const refusedKinds: Partial<Record<ReviewFlagKind, string>> = {
  placeholder: 'a placeholder to fill in',
  buyerData: 'buyer personal data',
  identityHiding: 'wording about hiding who runs the account',
};

/** The step names as the sidebar shows them, so the message says where to look. */
export const reviewStepNames: Record<ReviewStep, string> = {
  notice: 'What Amazon said',
  rootCauses: 'Root causes',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
  all: 'Generate',
};

export function flagPlace(flag: Pick<ReviewFlag, 'step' | 'index'>): string {
  const step = reviewStepNames[flag.step];
  return flag.index === null ? `"${step}"` : `"${step}", entry ${flag.index + 1}`;
}

/** Null when the plan may be generated; else why not, and where. */
export function generateRefusal(flags: readonly ReviewFlag[]): string | null {
  const reasons = [
    ...new Set(
      flags.flatMap((f) => {
        const what = refusedKinds[f.kind];
        if (!what) return [];
        // Buyer data is never repeated in a message.
        const excerpt = f.kind === 'buyerData' ? '' : ` ("${f.text}")`;
        return [`${what} in ${flagPlace(f)}${excerpt}`];
      }),
    ),
  ];
  if (reasons.length === 0) return null;
  return `The Doc was not generated: your draft still has ${reasons.join('; ')}. Edit those entries, then generate again.`;
}
