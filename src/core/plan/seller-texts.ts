/** The texts of a draft the seller typed, each with the step and entry a flag points at. */
import type { PlanDraft, ReviewStep } from './types';

export interface SellerText {
  step: ReviewStep;
  index: number | null;
  text: string;
  /** What the text is: the seller's statements, a person's or business name, or an ID. */
  role: 'rootCause' | 'action' | 'measure' | 'name' | 'asin';
}

export function sellerTexts(draft: PlanDraft): SellerText[] {
  const texts: SellerText[] = [];
  draft.rootCauses.forEach((text, index) => {
    texts.push({ step: 'rootCauses', index, text, role: 'rootCause' });
  });
  draft.correctiveActions.forEach((text, index) => {
    texts.push({ step: 'correctiveActions', index, text, role: 'action' });
  });
  draft.preventiveMeasures.forEach((m, index) => {
    // The measure's own due date is its date; the owner is a person or a team.
    texts.push({ step: 'preventiveMeasures', index, text: m.text, role: 'measure' });
    texts.push({ step: 'preventiveMeasures', index, text: m.owner, role: 'name' });
  });
  draft.notice.asins.forEach((text, index) => {
    texts.push({ step: 'notice', index, text, role: 'asin' });
  });
  for (const text of [draft.seller?.name ?? '', draft.seller?.sellerId ?? '']) {
    texts.push({ step: 'all', index: null, text, role: 'name' });
  }
  return texts.filter((t) => t.text.trim() !== '');
}
