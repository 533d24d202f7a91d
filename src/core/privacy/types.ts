/** What kind of buyer data a span of text holds; messages name the kind, never the text. */
export type BuyerDataKind = 'email' | 'phone' | 'postcode' | 'address' | 'name' | 'identifier';

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
