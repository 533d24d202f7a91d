/**
 * Privacy: the one redaction step for every text that leaves the report sheets. See ./redactor.ts.
 */
export {
  buyerColumnsOf,
  buyerPlacesOfAll,
  buyerValuesOf,
  buyerValuesOfAll,
  isBuyerColumn,
  withoutOwnNameWords,
} from './buyer-columns';
export { buyerNameMentionPattern, buyerNameMentions } from './name-mentions';
export { buyerDataLabel, createRedactor, type Redactor, redactedMarker } from './redactor';
export type { BuyerDataKind, BuyerDataMatch, TextSpan } from './types';
