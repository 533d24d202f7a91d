/**
 * Public shapes of the Plan of Action: the notice the seller received, their draft, the neutral
 * document model written to a Google Doc, and the review flags shown in the sidebar.
 */
import type { AffectedOrder, Finding } from '../analysis/findings-types';
import type { MetricResult } from '../metrics/types';
import type { Redactor } from '../privacy';
import type { Channel } from '../reports/types';
import type { KeptMarketplace } from './report-facts';

/** The notice a Plan of Action answers. */
export type NoticeKind =
  | 'orderDefectRate'
  | 'lateShipmentRate'
  | 'cancellationRate'
  | 'validTrackingRate'
  | 'onTimeDeliveryRate'
  | 'intellectualProperty'
  | 'inauthentic'
  | 'productCondition'
  | 'reviewManipulation'
  | 'restrictedProduct'
  | 'relatedAccounts'
  | 'identityVerification';

export type NoticeGroup = 'performance' | 'policy' | 'account';

export interface NoticeKindInfo {
  kind: NoticeKind;
  /** What the sidebar shows and the document title names, e.g. "Late Shipment Rate". */
  label: string;
  group: NoticeGroup;
}

/** A step that keeps the problem from coming back, with who does it and by when. */
export interface PreventiveMeasure {
  text: string;
  owner: string;
  /** `yyyy-mm-dd`. */
  due: string;
}

/** Everything the seller has entered in the sidebar. All text is theirs and is never rewritten. */
export interface PlanDraft {
  notice: {
    kind: NoticeKind;
    /** `yyyy-mm-dd`. */
    date: string;
    asins: string[];
    /** The notice text as the seller pasted it. */
    text: string;
    /**
     * The channel the notice is about, for a notice Amazon gives per channel (the ODR); absent:
     * seller-fulfilled. See `noticeScope`.
     */
    channel?: Channel;
    /** The marketplace code the notice is about (`UK`); absent: the reports' only or first one. */
    marketplace?: string;
  };
  /** `Finding.id`s the seller ticked as part of the explanation. */
  tickedFindingIds: string[];
  /** The seller's own words. */
  rootCauses: string[];
  /**
   * Which root cause (an index into `rootCauses`) explains a ticked finding's orders: the cause
   * of the group in the affected-orders table.
   */
  findingCauses?: { findingId: string; rootCause: number }[];
  /** The root cause (index) the seller chose for one order, over its group's. */
  orderCauses?: { orderId: string; rootCause: number }[];
  /** Actions already taken, in the seller's words (may start from suggestions). */
  correctiveActions: string[];
  preventiveMeasures: PreventiveMeasure[];
  /** As typed by the seller. */
  seller?: { name?: string; sellerId?: string };
}

/** A neutral block of the document; the Apps Script side maps each to Docs elements. */
export type DocBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  | { type: 'numbered'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

export interface DocModel {
  title: string;
  blocks: DocBlock[];
}

/** A plan as composed: the Doc, and beside it what the seller submits from the same parts. */
export interface ComposedPlan extends DocModel {
  /** The text for Seller Central's appeal form (form-text.ts). */
  appealForm: string;
  /** The affected-orders file to attach (CSV), the same rows as the Doc's table; null: none. */
  affectedOrdersCsv: string | null;
}

/** Neutral starting points for the seller's text, without numbers. */
export interface PlanSuggestions {
  rootCauses: string[];
  correctiveActions: string[];
  preventiveMeasures: string[];
}

export type ReviewStep =
  | 'notice'
  | 'rootCauses'
  | 'correctiveActions'
  | 'preventiveMeasures'
  | 'all';

export type ReviewFlagKind =
  | 'emotional'
  | 'threatening'
  | 'allCaps'
  | 'blame'
  | 'promiseWithoutDate'
  | 'futureTense'
  /** A count or rate that differs from the figure it is about; the message gives the figure. */
  | 'numberDiffers'
  /** An order ID or ASIN that neither the data nor the notice holds. */
  | 'numberNotInData'
  | 'statisticOnly'
  | 'buyerData'
  /** One word a buyer column also holds, in the seller's text: asked about, not refused. */
  | 'possibleBuyerName'
  /**
   * In an identity-verification plan, a street address or postcode that no report sheet holds:
   * Amazon asks for the business address there, so it is asked about, not refused.
   */
  | 'ownAddress'
  | 'placeholder'
  | 'identityHiding'
  | 'tooLong'
  /**
   * The report sheets changed since the sidebar opened: the wording review in the sidebar checked
   * the draft's figures against the sheets as they were. Generate waits until it is reopened.
   */
  | 'sheetsChanged';

/** Something in the draft the seller should look at. Flags never change the text. */
export interface ReviewFlag {
  step: ReviewStep;
  /** Index in the step's list (a root cause, a measure, an ASIN of the notice); null for the whole plan. */
  index: number | null;
  kind: ReviewFlagKind;
  /** The offending excerpt. */
  text: string;
  message: string;
}

export interface ReviewContext {
  findings: Finding[];
  results: MetricResult[];
  /** Buyer names, e-mails and phones from the report sheets; held in memory only. */
  buyerIdentifiers: string[];
  /** The towns and states among them: asked about in the plan, not refused (see buyerPlacesOfAll). */
  buyerPlaces?: string[];
  /** The redactor of `buyerIdentifiers` when the call built one already (indexing 100,000 rows' takes long). */
  redactor?: Redactor;
  /** Characters the appeal form takes; see `sellerCentralAppealLimit`. */
  maxChars: number;
  /** The affected orders, so the length check measures the plan as composed; none when omitted. */
  affected?: AffectedOrder[];
  /**
   * Every report sheet's cells, where an order ID or ASIN without a defect still is: one the
   * findings do not hold is "not in your reports" only when no sheet holds it either.
   */
  reportSheets?: readonly (readonly (readonly unknown[])[])[];
}

export interface ComposeOptions {
  /** The notice's marketplace data: the Doc then opens with the seller's own section. */
  market?: KeptMarketplace | null;
  /** Buyer names, e-mails and phones from the report sheets: composing refuses text containing one. */
  buyerIdentifiers?: string[];
  /** The redactor of `buyerIdentifiers` when the call built one already. */
  redactor?: Redactor;
}
