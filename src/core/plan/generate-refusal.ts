/**
 * What Generate refuses: a plan that still holds a suggestion's placeholder, buyer data or
 * wording about hiding identity never becomes a Doc. The server's Generate calls this with the
 * review's flags and answers with the message, which names each place to fix.
 */
import { flagPlace } from './flag-places';
import type { ReviewFlag, ReviewFlagKind } from './types';

const refusedKinds: Partial<Record<ReviewFlagKind, string>> = {
  placeholder: 'a placeholder to fill in',
  buyerData: 'buyer personal data',
  identityHiding: 'wording about hiding who runs the account',
};

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
