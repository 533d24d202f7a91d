/**
 * The whole review of a draft before it becomes a Doc: the wording review (claims, tone,
 * promises, statistics posing as causes) and the guards (buyer data, placeholders, identity
 * hiding, unknown IDs, length), in the order of the wizard's steps. Flags point at the seller's
 * text and never change it. The sidebar runs the wording part itself and asks the server for the
 * guards; tests and `npm start` use this.
 */
import { inPlanOrder } from './flag-places';
import { reviewGuards } from './review-guards';
import { reviewWording } from './review-wording';
import type { PlanDraft, ReviewContext, ReviewFlag } from './types';

export { sellerCentralAppealLimit } from './review-guards';

export function reviewDraft(draft: PlanDraft, context: ReviewContext): ReviewFlag[] {
  return inPlanOrder([...reviewWording(draft, context), ...reviewGuards(draft, context)]);
}
