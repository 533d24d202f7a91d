/**
 * The seven steps of the wizard, one module each. Each renders from the shared context, writes the
 * seller's input into `ctx.state.draft`, and can say which field still needs attention before
 * moving on. Text from the reports (SKUs, product names, comments) only ever goes in as text nodes.
 */
import type { WizardStep } from '../../src/core/plan/contract';
import type { StepContext, StepView } from './context';
import { findingsStep } from './step-findings';
import { generateStep } from './step-generate';
import { correctiveActionsStep, rootCausesStep } from './step-lists';
import { preventiveMeasuresStep } from './step-measures';
import { noticeStep } from './step-notice';
import { reviewStep } from './step-review';

export function stepView(ctx: StepContext, step: WizardStep, focusIndex: number | null): StepView {
  switch (step) {
    case 'notice':
      return noticeStep(ctx);
    case 'findings':
      return findingsStep(ctx);
    case 'rootCauses':
      return rootCausesStep(ctx, focusIndex);
    case 'correctiveActions':
      return correctiveActionsStep(ctx, focusIndex);
    case 'preventiveMeasures':
      return preventiveMeasuresStep(ctx, focusIndex);
    case 'review':
      return reviewStep(ctx);
    case 'generate':
      return generateStep(ctx);
  }
}
