/** What kind of buyer data a span of text holds; messages name the kind, never the text. */
export type BuyerDataKind =
  | 'email'
  | 'phone'
  | 'postcode'
  | 'address'
  | 'name'
  | 'identifier'
  /** One word that a buyer column also holds (a first name, a town): in the seller's own text it
   * may be their staff or their town, so the review asks rather than refuses. */
  | 'nameWord'
  /** A title and a name that no buyer column holds ("Mr. Patel"): a buyer's in report text, maybe
   * the seller's staff or a brand ("Mr. Coffee") in their own, so the review asks. */
  | 'titledName'
  /** A town or state a buyer's address names, of several words ("Salt Lake City"): redacted where
   * report text goes, asked about in the seller's own plan. */
  | 'place';

/** A span of a text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface TextSpan {
  kind: BuyerDataKind;
  start: number;
  end: number;
}

export interface BuyerDataMatch {
  kind: BuyerDataKind;
  /** The text as it appears, for the seller to find and remove; never sent on. */
  text: string;
}
