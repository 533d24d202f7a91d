/**
 * What the Plan of Action sidebar and its server functions send each other. Everything here
 * crosses `google.script.run`, so it is plain JSON: no `Date` (days are `yyyy-mm-dd`, instants
 * ISO strings), no `undefined` in arrays. The sidebar imports these types only.
 */
import type { Finding } from '../analysis/findings-types';
import type { MetricResult } from '../metrics/types';
import type { Channel } from '../reports/types';
import type { NoticeKind, PlanDraft, ReviewFlag } from './types';

/**
 * Longest texts and lists a draft may hold: the sidebar shows them as limits, the server enforces
 * them, and together they keep a draft within what the document properties can keep.
 */
export const draftLimits = {
  noticeText: 20_000,
  item: 2_000,
  items: 30,
  asins: 50,
  tickedFindings: 500,
  orderCauses: 2_000,
  shortText: 200,
} as const;

/** The wizard's steps, in order. */
export const wizardSteps = [
  'notice',
  'findings',
  'rootCauses',
  'correctiveActions',
  'preventiveMeasures',
  'review',
  'generate',
] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** How the seller submits the appeal; recorded in the appeal log. */
export const appealChannels = ['form', 'email', 'phone', 'chat'] as const;
export type AppealChannel = (typeof appealChannels)[number];

/** The wizard as the seller left it, saved per spreadsheet after each step. */
export interface WizardState {
  step: WizardStep;
  /** The furthest step reached: the progress list lets the seller jump back to any step up to it. */
  reached: WizardStep;
  draft: PlanDraft;
  /** Findings whose root-cause sentence was already added, so revisiting step 3 adds no copies. */
  prefilledFindingIds: string[];
  channel: AppealChannel;
}

/** A Plan of Action Doc made by Generate. */
export interface GeneratedPlan {
  title: string;
  url: string;
  noticeKind: NoticeKind;
  /** ISO instant. */
  createdAt: string;
}

/** A metric as the sidebar shows it, without the defect list. */
export type MetricSummary = Omit<MetricResult, 'defects'>;

/**
 * What the reports say about an order behind a finding, to help the seller judge it. Text from
 * the reports, shown as text. Never a buyer's name, e-mail, phone or address: comments have them
 * blanked out.
 */
export interface OrderEvidence {
  orderId: string;
  skus: string[];
  productNames: string[];
  /** Feedback comments, claim and chargeback reasons of the order. */
  comments: string[];
}

/** An ASIN from the order reports with its product name, offered when typing affected ASINs. */
export interface ProductChoice {
  asin: string;
  productName: string;
}

/** The notice the data points at, with the channel and marketplace of the metric behind it. */
export interface NoticeSuggestion {
  kind: NoticeKind;
  channel: Channel;
  /** Marketplace code, e.g. `US`. */
  marketplace: string;
}

/** One marketplace's metrics and findings, measured apart as Amazon measures them. */
export interface MarketplaceView {
  /** e.g. `UK`. */
  code: string;
  /** e.g. `Amazon.co.uk`. */
  salesChannel: string;
  metrics: MetricSummary[];
  /** Every channel's findings; a plan uses its notice's channel's only. */
  findings: Finding[];
}

/**
 * Everything the sidebar needs from the spreadsheet when it opens. Fixed catalogues (notice kinds,
 * suggestions, root-cause wording) come from `src/core/plan`, which the sidebar bundles itself.
 */
export interface PlanOfActionStart {
  /** The saved wizard, or null when there is none or it could not be read. */
  saved: WizardState | null;
  /** Why a saved draft could not be restored; the wizard then starts fresh. */
  restoreProblem: string | null;
  /** Docs generated from this spreadsheet, newest first. */
  generated: GeneratedPlan[];
  /** The performance notice the data points at (a metric breached or near its target), if any. */
  suggested: NoticeSuggestion | null;
  /** One per marketplace the reports hold; empty when there is no data. */
  marketplaces: MarketplaceView[];
  /** Keyed by order ID, for the orders behind the findings. */
  evidence: Record<string, OrderEvidence>;
  products: ProductChoice[];
  /** Why there are no findings (no report sheets, a report that could not be read), else null. */
  dataProblem: string | null;
  /** Today in the spreadsheet's time zone, `yyyy-mm-dd`. */
  today: string;
  /** Characters Seller Central's appeal form takes. */
  appealLimit: number;
  /**
   * What the report sheets held when the sidebar opened (their facts' key; '' without report
   * sheets): review and Generate are given it back, and say when the sheets changed since.
   */
  openedWith: string;
}

export interface SaveResult {
  /** ISO instant. */
  savedAt: string;
  /** UTF-8 bytes the saved wizard takes in the document properties. */
  bytes: number;
}

export interface SubmissionChoice {
  channel: AppealChannel;
}

export interface GenerateResult {
  plan: GeneratedPlan;
  /** The plan as plain text, for Seller Central's appeal form. */
  plainText: string;
  /** The affected-orders file to attach to the appeal (the Doc's table as CSV); null: none. */
  affectedOrders: { fileName: string; csv: string } | null;
  appealLimit: number;
  /** `yyyy-mm-dd`: when the appeal log suggests following up. */
  followUpDue: string;
  /** The review flags of the draft as generated: shown again, never applied. */
  flags: ReviewFlag[];
}
