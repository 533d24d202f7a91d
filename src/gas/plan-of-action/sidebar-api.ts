/**
 * The server functions the Plan of Action sidebar calls through `google.script.run`. Each one is a
 * global (see ./globals.ts), takes plain JSON, checks it with zod before doing anything, and
 * answers a mistake with an Error whose message the sidebar shows. The sidebar types its calls
 * from this module (`import type`), so a renamed argument breaks the build, not the seller.
 */

import { followUpDue } from '../../core/appeal-log/follow-up';
import { dayKey } from '../../core/calendar';
import { affectedOrdersFileName } from '../../core/plan/affected-orders';
import { composePlan, planAsPlainText } from '../../core/plan/compose';
import type {
  GeneratedPlan,
  GenerateResult,
  PlanOfActionStart,
  SaveResult,
  SubmissionChoice,
  WizardState,
} from '../../core/plan/contract';
import { generateRefusal } from '../../core/plan/generate-refusal';
import { noticeInfo } from '../../core/plan/notices';
import { marketplaceOfDraft, planFactsOf, reportView } from '../../core/plan/report-data';
import {
  flagsForSidebar,
  reviewGuards,
  sellerCentralAppealLimit,
} from '../../core/plan/review-guards';
import {
  sheetsChanged,
  sheetsChangedFlag,
  sheetsChangedMessage,
} from '../../core/plan/sheets-changed';
import type { PlanDraft, ReviewFlag } from '../../core/plan/types';
import { checkedDraft, checkedSubmission } from '../../core/plan/validation';
import { busyMessage, withDocumentLock } from '../document-lock';
import { logAppeal } from './appeal-log';
import { writeDoc } from './doc-writer';
import { type DraftFacts, readDraftFacts, readReportData } from './report-data';
import {
  loadGeneratedPlans,
  loadWizardState,
  rememberGeneratedPlan,
  saveWizardState,
} from './wizard-state';

function today(): string {
  return dayKey(Date.now(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
}

/** Everything the sidebar needs when it opens: the saved draft and what the reports show. */
export function planOfActionOpen(): PlanOfActionStart {
  const saved = loadWizardState();
  const read = readReportData();
  return {
    saved: saved.state,
    restoreProblem: saved.problem,
    generated: loadGeneratedPlans(),
    ...reportView(read.data),
    dataProblem: read.problem,
    today: today(),
    appealLimit: sellerCentralAppealLimit,
    openedWith: read.key,
  };
}

/** Saves the wizard as the seller left it, for this spreadsheet. */
export function planOfActionSave(state: WizardState): SaveResult {
  return saveWizardState(state);
}

/**
 * The review's guards (buyer data, placeholders, identity hiding, IDs, length) against the draft's
 * own marketplace's and channel's figures; the sidebar runs the wording review itself, so this
 * bundle stays small (see src/core/plan/review.ts).
 */
function reviewWith(draft: PlanDraft, data: DraftFacts | null): ReviewFlag[] {
  return reviewGuards(draft, {
    ...planFactsOf(data, draft),
    buyerIdentifiers: data?.buyerIdentifiers ?? [],
    buyerPlaces: data?.buyerPlaces ?? [],
    redactor: data?.redactor,
    maxChars: sellerCentralAppealLimit,
    reportSheets: data?.reportSheets,
  });
}

/** What the server sees for the seller to look at before generating; the draft is never changed. */
export function planOfActionReview(draft: PlanDraft, openedWith?: string): ReviewFlag[] {
  const checked = checkedDraft(draft);
  const { facts, key } = readDraftFacts();
  const flags = flagsForSidebar(reviewWith(checked, facts));
  return sheetsChanged(openedWith, key) ? [sheetsChangedFlag(), ...flags] : flags;
}

const generatedBusy = busyMessage(
  'the Doc is not in the list of Docs or the Appeal log yet',
  'Add its link to the Appeal log yourself, or wait until it ends and generate again.',
);

/**
 * Writes the plan into a new Google Doc (a second Generate makes a second Doc), adds a row to the
 * Appeal log, and returns the Doc's link and the plan as plain text for the appeal form.
 */
export function planOfActionGenerate(
  draft: PlanDraft,
  submission: SubmissionChoice,
  openedWith?: string,
): GenerateResult {
  const checked = checkedDraft(draft);
  const { channel } = checkedSubmission(submission);
  if (checked.notice.date > today()) {
    throw new Error('The date of the notice is in the future; correct it in step 1.');
  }
  // The facts kept at open (the seller's section's tables among them) while every report cell is
  // as it was then; else the sheets measured now.
  const { facts: data, key } = readDraftFacts();
  if (sheetsChanged(openedWith, key)) {
    throw new Error(`The Doc was not generated. ${sheetsChangedMessage}`);
  }
  const flags = reviewWith(checked, data);
  const refusal = generateRefusal(flags);
  if (refusal) throw new Error(refusal);
  const facts = planFactsOf(data, checked);
  const model = composePlan(checked, facts.findings, facts.affected, facts.results, {
    market: data ? marketplaceOfDraft(data, checked) : null,
    buyerIdentifiers: data?.buyerIdentifiers ?? [],
    redactor: data?.redactor,
  });
  const doc = writeDoc(model);
  const plan: GeneratedPlan = {
    title: doc.title,
    url: doc.url,
    noticeKind: checked.notice.kind,
    createdAt: new Date().toISOString(),
  };
  const day = today();
  const due = followUpDue(day);
  try {
    // Both under one document lock: two Generates at once (two tabs, two editors) each read the
    // list of Docs and the Appeal log's last row, then write; without the lock one entry is lost.
    withDocumentLock(generatedBusy, () => {
      rememberGeneratedPlan(plan);
      logAppeal({
        day,
        noticeLabel: noticeInfo(checked.notice.kind).label,
        channel,
        doc,
        followUpDue: due,
      });
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The Doc "${doc.title}" was created (${doc.url}), but this spreadsheet's list of Docs and its Appeal log could not be updated: ${reason}`,
    );
  }
  return {
    plan,
    plainText: planAsPlainText(model, { forAppealForm: true }),
    affectedOrders:
      model.affectedOrdersCsv === null
        ? null
        : { fileName: affectedOrdersFileName, csv: model.affectedOrdersCsv },
    appealLimit: sellerCentralAppealLimit,
    followUpDue: due,
    flags,
  };
}
