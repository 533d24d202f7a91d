/**
 * The checks every argument from the sidebar goes through before anything touches a sheet, the
 * document properties or a Doc. A browser can send anything, so each server function parses its
 * arguments here and answers a mistake with a message that names the field.
 */
import * as v from 'valibot';
import { epochDay } from '../calendar';
import {
  type AppealChannel,
  appealChannels,
  draftLimits,
  type GeneratedPlan,
  type SubmissionChoice,
  type WizardState,
  wizardSteps,
} from './contract';
import { noticeKinds } from './notices';
import type { PlanDraft } from './types';

function isCalendarDay(value: string): boolean {
  try {
    epochDay(value);
    return true;
  } catch {
    return false;
  }
}

function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));
}

function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(item), v.maxLength(max, `must hold at most ${max} entries`));
}

function day() {
  return v.pipe(
    v.string(),
    v.check(isCalendarDay, 'must be a calendar day written yyyy-mm-dd, e.g. 2026-03-09'),
  );
}

/** A preventive measure's date may still be empty while the seller drafts it. */
function dayOrEmpty() {
  return v.pipe(
    v.string(),
    v.check(
      (value) => value === '' || isCalendarDay(value),
      'must be empty or a calendar day written yyyy-mm-dd',
    ),
  );
}

/** A root cause, by its index in the draft's root causes. */
function rootCauseIndex() {
  const message = `must be the number of one of the root causes, 0 to ${draftLimits.items - 1}`;
  return v.pipe(
    v.number(),
    v.integer(message),
    v.minValue(0, message),
    v.maxValue(draftLimits.items - 1, message),
  );
}

function draftSchema() {
  const kinds = noticeKinds.map((info) => info.kind);
  return v.strictObject({
    notice: v.strictObject({
      kind: v.picklist(kinds, `must be one of ${kinds.join(', ')}`),
      date: day(),
      asins: list(
        v.pipe(
          v.string(),
          v.regex(/^[A-Z0-9]{10}$/, 'must be an ASIN: 10 capital letters and digits'),
        ),
        draftLimits.asins,
      ),
      text: text(draftLimits.noticeText),
      channel: v.optional(v.picklist(['MFN', 'AFN'], 'must be MFN or AFN')),
      marketplace: v.optional(
        v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a marketplace code such as US or UK')),
      ),
    }),
    tickedFindingIds: list(text(draftLimits.shortText), draftLimits.tickedFindings),
    rootCauses: list(text(draftLimits.item), draftLimits.items),
    findingCauses: v.optional(
      list(
        v.strictObject({ findingId: text(draftLimits.shortText), rootCause: rootCauseIndex() }),
        draftLimits.tickedFindings,
      ),
    ),
    orderCauses: v.optional(
      list(
        v.strictObject({ orderId: text(draftLimits.shortText), rootCause: rootCauseIndex() }),
        draftLimits.orderCauses,
      ),
    ),
    correctiveActions: list(text(draftLimits.item), draftLimits.items),
    preventiveMeasures: list(
      v.strictObject({
        text: text(draftLimits.item),
        owner: text(draftLimits.shortText),
        due: dayOrEmpty(),
      }),
      draftLimits.items,
    ),
    seller: v.optional(
      v.strictObject({
        name: v.optional(text(draftLimits.shortText)),
        sellerId: v.optional(text(draftLimits.shortText)),
      }),
    ),
  });
}

function channelSchema() {
  return v.picklist(appealChannels, `must be one of ${appealChannels.join(', ')}`);
}

function wizardStateSchema() {
  const step = v.picklist(wizardSteps, `must be one of ${wizardSteps.join(', ')}`);
  return v.strictObject({
    step,
    reached: step,
    draft: draftSchema(),
    prefilledFindingIds: list(text(draftLimits.shortText), draftLimits.tickedFindings),
    channel: channelSchema(),
  });
}

function generatedPlansSchema() {
  const kinds = noticeKinds.map((info) => info.kind);
  return v.array(
    v.strictObject({
      title: v.string(),
      url: v.string(),
      noticeKind: v.picklist(kinds, `must be one of ${kinds.join(', ')}`),
      createdAt: v.string(),
    }),
  );
}

function submissionSchema() {
  return v.strictObject({ channel: channelSchema() });
}

/** Schemas are built on first use: every custom-function call in Sheets loads the bundle. */
const schemas: {
  draft?: ReturnType<typeof draftSchema>;
  wizardState?: ReturnType<typeof wizardStateSchema>;
  submission?: ReturnType<typeof submissionSchema>;
  generatedPlans?: ReturnType<typeof generatedPlansSchema>;
} = {};

/** Valibot's name of a value's type, as a seller-facing word. */
const typeWords: Record<string, string> = {
  array: 'list',
  object: 'object',
  strict_object: 'object',
  string: 'string',
  number: 'number',
  boolean: 'boolean',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const where = (path: string[]) => (path.length > 0 ? path.join('.') : 'the value');
  // A strict object reports each field it does not know as an issue at that field.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `${where(keys.slice(0, -1))}: unexpected field ${keys[keys.length - 1] ?? ''}.`;
  }
  if (issue.kind === 'schema' && issue.received === 'undefined' && keys.length > 0) {
    return `${where(keys)}: is missing.`;
  }
  const typeWord = issue.kind === 'schema' ? typeWords[issue.type] : undefined;
  if (typeWord !== undefined) {
    return `${where(keys)}: expected ${/^[aeiou]/.test(typeWord) ? 'an' : 'a'} ${typeWord}.`;
  }
  // Our own checks carry their own wording.
  return `${where(keys)}: ${issue.message}.`;
}

/** The value, checked; or an Error that says what was wrong, for the sidebar to show. */
function checked<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const { issues } = result;
  const shown = issues.slice(0, 3).map(describeIssue).join(' ');
  const more = issues.length > 3 ? ` (${issues.length - 3} more)` : '';
  throw new Error(`The ${what} was not accepted: ${shown}${more}`);
}

export function checkedDraft(value: unknown): PlanDraft {
  schemas.draft ??= draftSchema();
  return checked(schemas.draft, value, 'plan draft') as PlanDraft;
}

export function checkedWizardState(value: unknown, what = 'saved wizard'): WizardState {
  schemas.wizardState ??= wizardStateSchema();
  return checked(schemas.wizardState, value, what) as WizardState;
}

export function checkedSubmission(value: unknown): SubmissionChoice {
  schemas.submission ??= submissionSchema();
  return {
    channel: checked(schemas.submission, value, 'submission choice').channel as AppealChannel,
  };
}

export function checkedGeneratedPlans(value: unknown): GeneratedPlan[] {
  schemas.generatedPlans ??= generatedPlansSchema();
  return checked(schemas.generatedPlans, value, 'list of generated Docs') as GeneratedPlan[];
}
