/**
 * Step 6, review: what the review flags in the draft, each leading back to the entry it is about.
 * The wording review runs here on the findings and metrics the sidebar holds; the server adds its
 * guards (buyer data, placeholders, identity hiding, IDs, length). It only points things out; the
 * draft is never changed.
 */
import type { WizardStep } from '../../src/core/plan/contract';
import { inPlanOrder } from '../../src/core/plan/flag-places';
import { reviewWording } from '../../src/core/plan/review-wording';
import type { PlanDraft, ReviewFlag } from '../../src/core/plan/types';
import { findingsForNotice, metricsForNotice } from '../../src/core/plan/wizard';
import { h, replaceChildren } from '../shared/dom';
import { messageOf } from '../shared/rpc';
import type { StepContext, StepView } from './context';
import { notice } from './fields';
import { flagLabels, stepTitles } from './labels';

const flagSteps: Record<ReviewFlag['step'], WizardStep> = {
  notice: 'notice',
  rootCauses: 'rootCauses',
  correctiveActions: 'correctiveActions',
  preventiveMeasures: 'preventiveMeasures',
  all: 'review',
};

function flagItem(ctx: StepContext, flag: ReviewFlag): HTMLElement {
  const step = flagSteps[flag.step];
  const where =
    flag.index === null ? stepTitles[step] : `${stepTitles[step]}, entry ${flag.index + 1}`;
  return h(
    'li',
    { class: `flag flag-${flag.kind}` },
    h('strong', {}, flagLabels[flag.kind]),
    h('span', { class: 'secondary small' }, ` · ${where}`),
    h('p', {}, flag.message),
    flag.text !== '' ? h('q', { class: 'excerpt' }, flag.text) : null,
    step === 'review'
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => ctx.goTo(step, flag.index),
          },
          `Edit in “${stepTitles[step]}”`,
        ),
  );
}

/** The wording review of the draft, on the findings and metrics of its notice's scope. */
export function wordingFlags(ctx: StepContext, draft: PlanDraft): ReviewFlag[] {
  return reviewWording(draft, {
    findings: findingsForNotice(ctx.start, draft.notice),
    results: metricsForNotice(ctx.start, draft.notice),
  });
}

export function reviewStep(ctx: StepContext): StepView {
  const results = h('div', { class: 'review-results', 'aria-busy': 'true' });
  const checkAgain = h('button', { type: 'button' }, 'Check again');

  async function check(): Promise<void> {
    checkAgain.disabled = true;
    results.setAttribute('aria-busy', 'true');
    replaceChildren(results, h('p', { class: 'secondary' }, 'Checking your draft…'));
    try {
      const draft = ctx.state.draft;
      const guards = await ctx.run('planOfActionReview', draft, ctx.start.openedWith);
      const flags = inPlanOrder([...wordingFlags(ctx, draft), ...guards]);
      replaceChildren(
        results,
        flags.length === 0
          ? notice('success', h('p', {}, 'No problems found. Your draft is ready to generate.'))
          : h(
              'div',
              {},
              h(
                'p',
                {},
                `${flags.length} thing${flags.length === 1 ? '' : 's'} to look at. Nothing has been changed: edit your text, or generate it as it is.`,
              ),
              h('ul', { class: 'flags' }, ...flags.map((flag) => flagItem(ctx, flag))),
            ),
      );
      ctx.announce(
        flags.length === 0 ? 'Review: no problems found.' : `Review: ${flags.length} to look at.`,
      );
    } catch (error) {
      replaceChildren(results, notice('error', h('p', {}, messageOf(error))));
    } finally {
      results.setAttribute('aria-busy', 'false');
      checkAgain.disabled = false;
    }
  }
  checkAgain.addEventListener('click', () => void check());
  void check();
  return {
    body: h(
      'div',
      {},
      h(
        'p',
        {},
        'Checks figures against your data, tone, promises without a date, placeholders, buyer personal data, wording about hiding who runs the account, and length. They only point things out, but Generate waits until placeholders, buyer data and hiding wording are gone.',
      ),
      results,
      checkAgain,
    ),
  };
}
