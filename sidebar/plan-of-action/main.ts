/**
 * The Plan of Action sidebar: a seven-step wizard over `google.script.run`. It reads what the
 * spreadsheet's reports show once, keeps the seller's draft in memory, and saves it to the
 * spreadsheet after every step so reopening the sidebar brings it back.
 */
import { type PlanOfActionStart, type WizardStep, wizardSteps } from '../../src/core/plan/contract';
import {
  findingsForNotice,
  freshWizardState,
  withoutBlankEntries,
  withPrefilledRootCauses,
} from '../../src/core/plan/wizard';
import { h, replaceChildren } from '../shared/dom';
import { messageOf, serverRunner } from '../shared/rpc';
import type { ServerApi, StepContext, StepView } from './context';
import { stepTitles } from './labels';
import { stepView } from './steps';

const run = serverRunner<ServerApi>();

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The sidebar page lacks #${id}.`);
  return found as T;
}

const panel = element<HTMLElement>('panel');
const progress = element<HTMLOListElement>('progress');
const status = element<HTMLElement>('status');
const back = element<HTMLButtonElement>('back');
const next = element<HTMLButtonElement>('next');

function announce(message: string): void {
  // Cleared first so the same message twice is read out twice.
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}

const stepIndex = (step: WizardStep): number => wizardSteps.indexOf(step);

let ctx: StepContext;
let view: StepView | undefined;
let moving = false;
let lastSave: Promise<unknown> = Promise.resolve();

/**
 * Saves the wizard; a failure is shown, and the draft stays in the open sidebar meanwhile. A quiet
 * save (while typing) only announces a failure: leaving the step saves, and shows it, again.
 */
async function save(quiet = false): Promise<boolean> {
  try {
    // One save at a time, so an older state can never land after a newer one.
    const saved = lastSave.then(() => run('planOfActionSave', ctx.state));
    lastSave = saved.catch(() => undefined);
    await saved;
    return true;
  } catch (error) {
    announce(`The draft could not be saved: ${messageOf(error)}`);
    if (quiet) return false;
    panel.prepend(
      h(
        'div',
        { class: 'notice error', role: 'alert' },
        h('p', {}, `The draft could not be saved: ${messageOf(error)}`),
      ),
    );
    return false;
  }
}

const autosaveDelayMs = 2000;
let autosaveTimer: number | undefined;

/**
 * Typing is saved shortly after it stops, so closing the sidebar mid-step loses little. Not before
 * step 1 is complete: until then there is no notice date, and a draft is not worth restoring.
 */
function scheduleAutosave(): void {
  if (!ctx || ctx.state.reached === 'notice') return;
  window.clearTimeout(autosaveTimer);
  autosaveTimer = window.setTimeout(() => {
    if (!moving) void save(true);
  }, autosaveDelayMs);
}

function renderProgress(): void {
  const current = stepIndex(ctx.state.step);
  const reached = stepIndex(ctx.state.reached);
  replaceChildren(
    progress,
    ...wizardSteps.map((step, index) => {
      const state = index === current ? 'current' : index <= reached ? 'done' : 'todo';
      const button = h(
        'button',
        {
          type: 'button',
          class: `step ${state}`,
          title: stepTitles[step],
          'aria-current': index === current ? 'step' : null,
          disabled: index > reached,
          onclick: () => void goTo(step),
        },
        h('span', { 'aria-hidden': 'true' }, String(index + 1)),
        h('span', { class: 'visually-hidden' }, `Step ${index + 1}: ${stepTitles[step]}`),
      );
      return h('li', {}, button);
    }),
  );
}

function render(focusIndex: number | null): void {
  const step = ctx.state.step;
  const index = stepIndex(step);
  view = stepView(ctx, step, focusIndex);
  const heading = h('h1', { tabindex: -1, id: 'step-heading' }, stepTitles[step]);
  replaceChildren(
    panel,
    h('p', { class: 'step-count secondary small' }, `Step ${index + 1} of ${wizardSteps.length}`),
    heading,
    view.body,
  );
  panel.setAttribute('aria-labelledby', 'step-heading');
  renderProgress();
  back.disabled = index === 0;
  next.disabled = false;
  next.hidden = index === wizardSteps.length - 1;
  next.textContent = index === wizardSteps.length - 2 ? 'Next: generate' : 'Next';
  panel.scrollTop = 0;
  // A jump from a review flag focuses the entry instead (the step does it).
  if (focusIndex === null) heading.focus();
}

async function goTo(target: WizardStep, focusIndex: number | null = null): Promise<void> {
  if (moving || !view) return;
  if (stepIndex(target) > stepIndex(ctx.state.step)) {
    const invalid = view.validate?.() ?? null;
    if (invalid) {
      invalid.focus();
      announce('Some fields need your attention before the next step.');
      return;
    }
  }
  moving = true;
  window.clearTimeout(autosaveTimer);
  try {
    ctx.state = { ...ctx.state, draft: withoutBlankEntries(ctx.state.draft) };
    if (target === 'rootCauses') {
      ctx.state = withPrefilledRootCauses(
        ctx.state,
        findingsForNotice(ctx.start, ctx.state.draft.notice),
      );
    }
    ctx.state.step = target;
    if (stepIndex(target) > stepIndex(ctx.state.reached)) ctx.state.reached = target;
    render(focusIndex);
    if (await save()) announce(`${stepTitles[target]}. Draft saved.`);
  } finally {
    moving = false;
  }
}

function startOver(): void {
  ctx.state = freshWizardState(ctx.start.suggested);
  ctx.kindChosen = ctx.start.suggested !== null;
  ctx.result = null;
  render(null);
  void save();
}

function showFailure(message: string): void {
  panel.setAttribute('aria-busy', 'false');
  const retry = h('button', { type: 'button', onclick: () => void open() }, 'Try again');
  replaceChildren(
    panel,
    h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message)),
    retry,
  );
  retry.focus();
}

async function open(): Promise<void> {
  replaceChildren(panel, h('p', { class: 'secondary' }, 'Reading your reports…'));
  panel.setAttribute('aria-busy', 'true');
  let start: PlanOfActionStart;
  try {
    start = await run('planOfActionOpen');
  } catch (error) {
    showFailure(`The Plan of Action could not open: ${messageOf(error)}`);
    return;
  }
  panel.setAttribute('aria-busy', 'false');
  const state = start.saved ?? freshWizardState(start.suggested);
  ctx = {
    start,
    state,
    generated: start.generated,
    kindChosen: start.saved !== null || start.suggested !== null,
    result: null,
    run,
    announce,
    goTo: (step, focusIndex) => void goTo(step, focusIndex ?? null),
    save,
    startOver,
  };
  render(null);
  if (start.restoreProblem) {
    panel.prepend(
      h('div', { class: 'notice warning', role: 'alert' }, h('p', {}, start.restoreProblem)),
    );
  } else if (start.saved) {
    announce(
      `Your draft was restored at step ${stepIndex(state.step) + 1}: ${stepTitles[state.step]}.`,
    );
  }
}

panel.addEventListener('input', scheduleAutosave);
panel.addEventListener('change', scheduleAutosave);
back.addEventListener('click', () => {
  const index = stepIndex(ctx.state.step);
  const previous = wizardSteps[index - 1];
  if (previous) void goTo(previous);
});
next.addEventListener('click', () => {
  const index = stepIndex(ctx.state.step);
  const following = wizardSteps[index + 1];
  if (following) void goTo(following);
});

void open();
