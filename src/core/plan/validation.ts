/**
 * The checks every argument from the sidebar goes through before anything touches a sheet, the
 * document properties or a Doc. A browser can send anything, so each server function parses its
 * arguments here and answers a mistake with a message that names the field.
 */
import * as z from 'zod/mini';
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
  return z.string().check(z.maxLength(max, `must be at most ${max} characters`));
}

function list<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max, `must hold at most ${max} entries`));
}

function day() {
  return z
    .string()
    .check(z.refine(isCalendarDay, 'must be a calendar day written yyyy-mm-dd, e.g. 2026-03-09'));
}

/** A preventive measure's date may still be empty while the seller drafts it. */
function dayOrEmpty() {
  return z
    .string()
    .check(
      z.refine(
        (value) => value === '' || isCalendarDay(value),
        'must be empty or a calendar day written yyyy-mm-dd',
      ),
    );
}

/** A root cause, by its index in the draft's root causes. */
function rootCauseIndex() {
  return z.number().check(z.int(), z.minimum(0), z.maximum(draftLimits.items - 1));
}

function draftSchema() {
  const kinds = noticeKinds.map((info) => info.kind) as [string, ...string[]];
  return z.strictObject({
    notice: z.strictObject({
      kind: z.enum(kinds, `must be one of ${kinds.join(', ')}`),
      date: day(),
      asins: list(
        z
          .string()
          .check(z.regex(/^[A-Z0-9]{10}$/, 'must be an ASIN: 10 capital letters and digits')),
        draftLimits.asins,
      ),
      text: text(draftLimits.noticeText),
      channel: z.optional(z.enum(['MFN', 'AFN'], 'must be MFN or AFN')),
      marketplace: z.optional(
        z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a marketplace code such as US or UK')),
      ),
    }),
    tickedFindingIds: list(text(draftLimits.shortText), draftLimits.tickedFindings),
    rootCauses: list(text(draftLimits.item), draftLimits.items),
    findingCauses: z.optional(
      list(
        z.strictObject({ findingId: text(draftLimits.shortText), rootCause: rootCauseIndex() }),
        draftLimits.tickedFindings,
      ),
    ),
    orderCauses: z.optional(
      list(
        z.strictObject({ orderId: text(draftLimits.shortText), rootCause: rootCauseIndex() }),
        draftLimits.orderCauses,
      ),
    ),
    correctiveActions: list(text(draftLimits.item), draftLimits.items),
    preventiveMeasures: list(
      z.strictObject({
        text: text(draftLimits.item),
        owner: text(draftLimits.shortText),
        due: dayOrEmpty(),
      }),
      draftLimits.items,
    ),
    seller: z.optional(
      z.strictObject({
        name: z.optional(text(draftLimits.shortText)),
        sellerId: z.optional(text(draftLimits.shortText)),
      }),
    ),
  });
}

function channelSchema() {
  return z.enum(appealChannels, `must be one of ${appealChannels.join(', ')}`);
}

function wizardStateSchema() {
  const step = z.enum(wizardSteps, `must be one of ${wizardSteps.join(', ')}`);
  return z.strictObject({
    step,
    reached: step,
    draft: draftSchema(),
    prefilledFindingIds: list(text(draftLimits.shortText), draftLimits.tickedFindings),
    channel: channelSchema(),
  });
}

function generatedPlansSchema() {
  const kinds = noticeKinds.map((info) => info.kind) as [string, ...string[]];
  return z.array(
    z.strictObject({
      title: z.string(),
      url: z.string(),
      noticeKind: z.enum(kinds),
      createdAt: z.string(),
    }),
  );
}

function submissionSchema() {
  return z.strictObject({ channel: channelSchema() });
}

/** Schemas are built on first use: every custom-function call in Sheets loads the bundle. */
const schemas: {
  draft?: ReturnType<typeof draftSchema>;
  wizardState?: ReturnType<typeof wizardStateSchema>;
  submission?: ReturnType<typeof submissionSchema>;
  generatedPlans?: ReturnType<typeof generatedPlansSchema>;
} = {};

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the value';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'array' ? 'list' : issue.expected;
      return `${where}: expected ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}.`;
    }
    case 'unrecognized_keys':
      return `${where}: unexpected field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}.`;
    default:
      // Our own checks carry their own wording; zod/mini's defaults say only "Invalid input".
      return `${where}: ${issue.message === 'Invalid input' ? 'is not valid' : issue.message}.`;
  }
}

/** The value, checked; or an Error that says what was wrong, for the sidebar to show. */
function checked<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
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
