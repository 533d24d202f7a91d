/** The Plan of Action: notices, suggestions, the composer and the review. */
export { composePlan, type PlainTextOptions, planAsPlainText } from './compose';
export { noticeKinds } from './notices';
export { reviewDraft, sellerCentralAppealLimit } from './review';
export { rootCauseFromFinding, suggestionsFor } from './suggestions';
export type * from './types';
