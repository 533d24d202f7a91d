/**
 * The seven steps of the wizard. Each renders from the shared context, writes the seller's input
 * straight into `ctx.state.draft`, and can say which field still needs attention before moving on.
 * Text from the reports (SKUs, product names, comments) is only ever put in as text nodes.
 */

import type { Finding } from '../../src/core/analysis/findings-types';
import { formatPercent } from '../../src/core/analysis/percent';
import { metricsOfNotice, noticeInfo, noticeKinds } from '../../src/core/plan/notices';
import { rootCauseFromFinding, suggestionsFor } from '../../src/core/plan/suggestions';
import type {
  NoticeGroup,
  NoticeKind,
  PlanDraft,
  PreventiveMeasure,
  ReviewFlag,
} from '../../src/core/plan/types';
import {
  type AppealChannel,
  appealChannels,
  draftLimits,
  type GeneratedPlan,
  type GenerateResult,
  type MetricSummary,
  type PlanOfActionStart,
  type WizardState,
  type WizardStep,
} from '../../src/gas/plan-of-action/contract';
import type * as server from '../../src/gas/plan-of-action/sidebar-api';
import { type Child, h, replaceChildren, uniqueId } from '../shared/dom';
import { messageOf, type Run } from '../shared/rpc';
import {
  channelLabels,
  dimensionLabels,
  flagLabels,
  noticeGroupLabels,
  statusLabels,
  stepTitles,
} from './labels';
import { listEditor, textField } from './list-editor';

export type ServerApi = typeof server;

export interface StepContext {
  start: PlanOfActionStart;
  state: WizardState;
  generated: GeneratedPlan[];
  /** False until the seller (or the data) has picked a kind of notice. */
  kindChosen: boolean;
  /** The latest Generate, shown on the last step. */
  result: GenerateResult | null;
  run: Run<ServerApi>;
  announce(message: string): void;
  goTo(step: WizardStep, focusIndex?: number | null): void;
  /** Saves the wizard as it is now (steps also save when left, and while the seller types). */
  save(): Promise<boolean>;
  /** Drops the draft (the Docs stay) and starts again at step 1. */
  startOver(): void;
}

export interface StepView {
  body: HTMLElement;
  /** Marks what is missing and returns the first field to fix, or null when the step is complete. */
  validate?(): HTMLElement | null;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const asinPattern = /^[A-Z0-9]{10}$/;

// ---- Small helpers -------------------------------------------------------------------------

function clearErrors(root: HTMLElement): void {
  for (const field of Array.from(root.querySelectorAll<HTMLElement>('[aria-invalid="true"]'))) {
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(' ')) {
      if (id.startsWith('error-')) forgetError(field, id);
    }
  }
}

function forgetError(field: HTMLElement, id: string): void {
  document.getElementById(id)?.remove();
  field.removeAttribute('aria-invalid');
  const described = (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((other) => other !== '' && other !== id);
  if (described.length > 0) field.setAttribute('aria-describedby', described.join(' '));
  else field.removeAttribute('aria-describedby');
}

/** Marks a field as needing attention, with the message read out with it, until it is changed. */
function markInvalid(field: HTMLElement, message: string): HTMLElement {
  const id = uniqueId('error');
  field.setAttribute('aria-invalid', 'true');
  const described = field.getAttribute('aria-describedby');
  field.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
  // Under the row for a field that shares it with a button.
  const anchor = field.closest('.inline-field') ?? field;
  anchor.insertAdjacentElement('afterend', h('p', { id, class: 'field-error' }, message));
  if (
    field instanceof HTMLInputElement ||
    field instanceof HTMLTextAreaElement ||
    field instanceof HTMLSelectElement
  ) {
    field.addEventListener('input', () => forgetError(field, id), { once: true });
  }
  return field;
}

function notice(kind: 'info' | 'warning' | 'error' | 'success', ...children: Child[]): HTMLElement {
  return h(
    'div',
    { class: `notice ${kind === 'info' ? '' : kind}`, role: kind === 'error' ? 'alert' : null },
    ...children,
  );
}

function targetText(metric: MetricSummary): string {
  return `${metric.direction === 'max' ? 'under' : 'above'} ${formatPercent(metric.target)}`;
}

function metricLine(metric: MetricSummary): string {
  const value = metric.value === null ? 'no rate' : formatPercent(metric.value);
  return `${metric.label} (${metric.windowDays} days, ${metric.channel}): ${value}, target ${targetText(metric)}. ${statusLabels[metric.status]}: ${metric.numerator} of ${metric.denominator} ${metric.unit}, ${metric.windowStart} to ${metric.windowEnd}.`;
}

function labelOfMetric(start: PlanOfActionStart, metricId: string): string {
  return start.metrics.find((m) => m.metric === metricId)?.label ?? metricId;
}

// ---- Step 1: what Amazon said ----------------------------------------------------------------

function dataOverview(start: PlanOfActionStart): HTMLElement {
  if (start.dataProblem !== null) {
    return notice(
      'warning',
      h('p', {}, start.dataProblem),
      h('p', { class: 'small' }, 'You can still write a plan; it will not quote your data.'),
    );
  }
  const flagged = start.metrics.filter((m) => m.status === 'breach' || m.status === 'near');
  if (flagged.length === 0) {
    return notice('info', h('p', {}, 'Your reports show every metric within its target.'));
  }
  return notice(
    flagged.some((m) => m.status === 'breach') ? 'warning' : 'info',
    h('p', {}, 'From your reports:'),
    h('ul', { class: 'metric-list' }, ...flagged.map((m) => h('li', {}, metricLine(m)))),
  );
}

function noticeStep(ctx: StepContext): StepView {
  const noticeDraft = ctx.state.draft.notice;
  const { start } = ctx;

  const kindId = uniqueId('kind');
  const kindHintId = uniqueId('hint');
  const kindSelect = h('select', { id: kindId, 'aria-describedby': kindHintId });
  if (!ctx.kindChosen) kindSelect.append(h('option', { value: '' }, 'Choose the kind of notice'));
  for (const group of Object.keys(noticeGroupLabels) as NoticeGroup[]) {
    kindSelect.append(
      h(
        'optgroup',
        { label: noticeGroupLabels[group] },
        ...noticeKinds
          .filter((info) => info.group === group)
          .map((info) =>
            h(
              'option',
              { value: info.kind },
              info.kind === start.suggestedKind ? `${info.label} (suggested)` : info.label,
            ),
          ),
      ),
    );
  }
  kindSelect.value = ctx.kindChosen ? noticeDraft.kind : '';
  kindSelect.addEventListener('change', () => {
    if (kindSelect.value === '') return;
    noticeDraft.kind = kindSelect.value as NoticeKind;
    ctx.kindChosen = true;
    // Findings ticked for another notice would otherwise end up in this plan, out of sight.
    const metrics = metricsOfNotice(noticeDraft.kind);
    const draft = ctx.state.draft;
    draft.tickedFindingIds = draft.tickedFindingIds.filter((id) => {
      const finding = start.findings.find((f) => f.id === id);
      return finding !== undefined && metrics.includes(finding.metric);
    });
  });
  const suggested = start.suggestedKind;
  const kindHint = suggested
    ? `Preselected because your data shows the ${noticeInfo(suggested).label} breached or near its target. Change it if Amazon's message is about something else.`
    : "Choose the notice as Amazon's message names it.";

  const dateId = uniqueId('date');
  const dateInput = h('input', { type: 'date', id: dateId, max: start.today, required: true });
  dateInput.value = noticeDraft.date;
  dateInput.addEventListener('input', () => {
    noticeDraft.date = dateInput.value;
  });

  // Affected ASINs: typed or picked from the ASINs in the order reports.
  const asinId = uniqueId('asin');
  const asinHintId = uniqueId('hint');
  const listId = uniqueId('products');
  const asinInput = h('input', {
    type: 'text',
    id: asinId,
    list: listId,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': asinHintId,
  });
  const productNames = new Map(start.products.map((p) => [p.asin, p.productName]));
  const chips = h('ul', { class: 'chips', 'aria-label': 'ASINs added' });
  function renderChips(): void {
    replaceChildren(
      chips,
      ...noticeDraft.asins.map((asin, index) =>
        h(
          'li',
          { class: 'chip' },
          h('span', { class: 'asin' }, asin),
          productNames.has(asin)
            ? h('span', { class: 'product secondary' }, productNames.get(asin))
            : null,
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `Remove ASIN ${asin}`,
              onclick: () => {
                noticeDraft.asins.splice(index, 1);
                renderChips();
                asinInput.focus();
              },
            },
            'Remove',
          ),
        ),
      ),
    );
    chips.hidden = noticeDraft.asins.length === 0;
  }
  /** Adds the typed ASINs; returns the words that are not ASINs. */
  function addTypedAsins(): string[] {
    const words = asinInput.value
      .split(/[\s,;]+/)
      .map((w) => w.trim().toUpperCase())
      .filter((w) => w !== '');
    const wrong = words.filter((w) => !asinPattern.test(w));
    for (const asin of words.filter((w) => asinPattern.test(w))) {
      if (!noticeDraft.asins.includes(asin) && noticeDraft.asins.length < draftLimits.asins) {
        noticeDraft.asins.push(asin);
      }
    }
    asinInput.value = wrong.join(' ');
    renderChips();
    return wrong;
  }
  const asinGroup = h('div', { class: 'form-group' });
  function addAsins(): void {
    clearErrors(asinGroup);
    const wrong = addTypedAsins();
    if (wrong.length > 0) {
      markInvalid(
        asinInput,
        `${wrong.join(', ')}: an ASIN is 10 letters and digits, e.g. B07XJ8C8F5.`,
      );
    }
  }
  asinInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addAsins();
    }
  });
  renderChips();
  asinGroup.append(
    h('label', { for: asinId }, 'Affected ASINs'),
    h(
      'span',
      { id: asinHintId, class: 'hint' },
      'As listed in the notice. Type or pick one, then press Enter or Add.',
    ),
    h(
      'div',
      { class: 'inline-field' },
      asinInput,
      h('button', { type: 'button', onclick: addAsins }, 'Add'),
    ),
    h(
      'datalist',
      { id: listId },
      ...start.products.map((p) => h('option', { value: p.asin, label: p.productName })),
    ),
    chips,
  );

  const textFields = textField(
    "The notice's text",
    noticeDraft.text,
    (text) => {
      noticeDraft.text = text;
    },
    {
      maxLength: draftLimits.noticeText,
      rows: 6,
      hint: "Paste Amazon's message as you received it, so your plan answers what it says.",
    },
  );

  const body = h(
    'div',
    {},
    dataOverview(start),
    h(
      'div',
      { class: 'form-group' },
      h('label', { for: kindId }, 'Kind of notice'),
      h('span', { id: kindHintId, class: 'hint' }, kindHint),
      kindSelect,
    ),
    h('div', { class: 'form-group' }, h('label', { for: dateId }, 'Date of the notice'), dateInput),
    asinGroup,
    h('div', { class: 'form-group' }, ...textFields),
  );

  return {
    body,
    validate() {
      clearErrors(body);
      const problems: HTMLElement[] = [];
      if (!ctx.kindChosen) problems.push(markInvalid(kindSelect, 'Choose the kind of notice.'));
      if (!dayPattern.test(noticeDraft.date)) {
        problems.push(markInvalid(dateInput, 'Enter the date Amazon sent the notice.'));
      } else if (noticeDraft.date > start.today) {
        problems.push(markInvalid(dateInput, 'The date of the notice cannot be in the future.'));
      }
      const wrong = addTypedAsins();
      if (wrong.length > 0) {
        problems.push(
          markInvalid(asinInput, `${wrong.join(', ')}: an ASIN is 10 letters and digits.`),
        );
      }
      return problems[0] ?? null;
    },
  };
}

// ---- Step 2: what your data shows -----------------------------------------------------------

function evidenceList(ctx: StepContext, finding: Finding): HTMLElement {
  return h(
    'ul',
    { class: 'evidence' },
    ...finding.orderIds.map((orderId) => {
      const evidence = ctx.start.evidence[orderId];
      return h(
        'li',
        {},
        h('span', { class: 'order-id' }, orderId),
        evidence && evidence.skus.length > 0 ? ` · ${evidence.skus.join(', ')}` : null,
        ...(evidence?.productNames ?? []).map((name) =>
          h('span', { class: 'product secondary' }, name),
        ),
        ...(evidence?.comments ?? []).map((comment) => h('q', { class: 'comment' }, comment)),
      );
    }),
  );
}

function findingItem(ctx: StepContext, finding: Finding): HTMLElement {
  const ticked = ctx.state.draft.tickedFindingIds;
  const id = uniqueId('finding');
  const box = h('input', { type: 'checkbox', id });
  box.checked = ticked.includes(finding.id);
  box.addEventListener('change', () => {
    const at = ticked.indexOf(finding.id);
    if (box.checked && at === -1) ticked.push(finding.id);
    if (!box.checked && at !== -1) ticked.splice(at, 1);
  });
  // The order list is built when first opened: a finding can stand for hundreds of orders.
  const details = h(
    'details',
    { class: 'orders' },
    h(
      'summary',
      {},
      `${finding.orderIds.length} order${finding.orderIds.length === 1 ? '' : 's'} behind it`,
    ),
  );
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) {
      details.append(evidenceList(ctx, finding));
    }
  });
  return h(
    'li',
    { class: 'finding' },
    h('div', { class: 'check' }, box, h('label', { for: id }, finding.summary)),
    details,
  );
}

function findingsOfMetric(ctx: StepContext, metricId: string, findings: Finding[]): Child[] {
  const summaries = ctx.start.metrics.filter((m) => m.metric === metricId);
  const dimensions = [...new Set(findings.map((f) => f.dimension))];
  return [
    ...summaries.map((m) => h('p', { class: 'secondary small' }, metricLine(m))),
    ...dimensions.map((dimension) =>
      h(
        'fieldset',
        { class: 'findings' },
        h('legend', {}, dimensionLabels[dimension]),
        h(
          'ul',
          { class: 'finding-list' },
          ...findings.filter((f) => f.dimension === dimension).map((f) => findingItem(ctx, f)),
        ),
      ),
    ),
  ];
}

function findingsStep(ctx: StepContext): StepView {
  const kind = ctx.state.draft.notice.kind;
  const metrics = metricsOfNotice(kind);
  const label = noticeInfo(kind).label;
  if (metrics.length === 0) {
    return {
      body: h(
        'div',
        {},
        notice(
          'info',
          h(
            'p',
            {},
            `Your order reports do not break down a notice about: ${label}. Describe what happened in the next step, from what you know.`,
          ),
        ),
      ),
    };
  }
  if (ctx.start.dataProblem !== null) {
    return { body: h('div', {}, notice('warning', h('p', {}, ctx.start.dataProblem))) };
  }
  const groups = metrics
    .map((metric) => ({
      metric,
      findings: ctx.start.findings.filter((f) => f.metric === metric),
    }))
    .filter((group) => group.findings.length > 0);
  if (groups.length === 0) {
    return {
      body: h(
        'div',
        {},
        notice(
          'info',
          h('p', {}, `Your reports show no defects counted for the ${label} in its window.`),
          ...ctx.start.metrics
            .filter((m) => metrics.includes(m.metric))
            .map((m) => h('p', { class: 'small' }, metricLine(m))),
        ),
      ),
    };
  }
  const [first, ...others] = groups;
  const body = h(
    'div',
    {},
    h(
      'p',
      {},
      'Where the defects cluster, counted from your rows. Tick the findings that are true root causes; step 3 starts from them.',
    ),
  );
  if (first) {
    body.append(
      h(
        'section',
        { class: 'metric-findings' },
        h('h2', {}, labelOfMetric(ctx.start, first.metric)),
        ...findingsOfMetric(ctx, first.metric, first.findings),
      ),
    );
  }
  // The parts of a metric (e.g. the claim rate within the ODR) repeat its defects: shown folded.
  for (const group of others) {
    body.append(
      h(
        'details',
        { class: 'metric-findings' },
        h(
          'summary',
          {},
          `${labelOfMetric(ctx.start, group.metric)} (${group.findings.length} findings)`,
        ),
        ...findingsOfMetric(ctx, group.metric, group.findings),
      ),
    );
  }
  return { body };
}

/** Adds the root-cause sentence of each newly ticked finding to the root causes, once. */
export function prefillRootCauses(state: WizardState, findings: Finding[]): void {
  const draft = state.draft;
  for (const id of draft.tickedFindingIds) {
    if (state.prefilledFindingIds.includes(id)) continue;
    const finding = findings.find((f) => f.id === id);
    if (!finding) continue;
    if (draft.rootCauses.length < draftLimits.items) {
      draft.rootCauses.push(rootCauseFromFinding(finding));
    }
    state.prefilledFindingIds.push(id);
  }
}

// ---- Steps 3 and 4: root causes, corrective actions -------------------------------------------

function stringListStep(
  items: string[],
  options: {
    intro: string;
    itemName: string;
    addLabel: string;
    suggestions: readonly string[];
    missing: string;
  },
  focusIndex: number | null,
): StepView {
  const editor = listEditor<string>({
    items,
    itemName: options.itemName,
    addLabel: options.addLabel,
    suggestions: options.suggestions,
    emptyItem: (text) => text,
    textOf: (item) => item,
    fields: (item, index, label) =>
      textField(label, item, (text) => {
        items[index] = text;
      }),
    focusIndex,
  });
  const body = h('div', {}, h('p', {}, options.intro), editor);
  return {
    body,
    validate() {
      clearErrors(body);
      if (items.some((item) => item.trim() !== '')) return null;
      const button = editor.querySelector<HTMLElement>('.list-editor > button');
      return button ? markInvalid(button, options.missing) : null;
    },
  };
}

function rootCausesStep(ctx: StepContext, focusIndex: number | null): StepView {
  return stringListStep(
    ctx.state.draft.rootCauses,
    {
      intro:
        'Why it happened, in your own words. The findings you ticked are already here as plain statements of your data: edit them so they say what went wrong in your business.',
      itemName: 'Root cause',
      addLabel: 'Add a root cause',
      suggestions: suggestionsFor(ctx.state.draft.notice.kind).rootCauses,
      missing: 'Add at least one root cause.',
    },
    focusIndex,
  );
}

function correctiveActionsStep(ctx: StepContext, focusIndex: number | null): StepView {
  return stringListStep(
    ctx.state.draft.correctiveActions,
    {
      intro:
        'What you have already done to fix the problem and help the buyers affected. Only actions you have taken.',
      itemName: 'Action',
      addLabel: 'Add an action',
      suggestions: suggestionsFor(ctx.state.draft.notice.kind).correctiveActions,
      missing: 'Add at least one action you have taken.',
    },
    focusIndex,
  );
}

// ---- Step 5: preventive measures -------------------------------------------------------------

function preventiveMeasuresStep(ctx: StepContext, focusIndex: number | null): StepView {
  const measures = ctx.state.draft.preventiveMeasures;
  const editor = listEditor<PreventiveMeasure>({
    items: measures,
    itemName: 'Measure',
    addLabel: 'Add a measure',
    suggestions: suggestionsFor(ctx.state.draft.notice.kind).preventiveMeasures,
    emptyItem: (text) => ({ text, owner: '', due: '' }),
    textOf: (item) => item.text,
    fields: (item, _index, label) => {
      const ownerId = uniqueId('owner');
      const dueId = uniqueId('due');
      const owner = h('input', {
        type: 'text',
        id: ownerId,
        class: 'owner',
        maxlength: draftLimits.shortText,
      });
      owner.value = item.owner;
      owner.addEventListener('input', () => {
        item.owner = owner.value;
      });
      const due = h('input', { type: 'date', id: dueId, class: 'due' });
      due.value = item.due;
      due.addEventListener('input', () => {
        item.due = due.value;
      });
      return [
        ...textField(label, item.text, (text) => {
          item.text = text;
        }),
        h(
          'div',
          { class: 'pair' },
          h('div', {}, h('label', { for: ownerId }, 'Owner'), owner),
          h('div', {}, h('label', { for: dueId }, 'In place by'), due),
        ),
      ];
    },
    focusIndex,
  });
  const body = h(
    'div',
    {},
    h(
      'p',
      {},
      'What keeps it from happening again. Give each measure the person responsible and the date it is in place.',
    ),
    editor,
  );
  return {
    body,
    validate() {
      clearErrors(body);
      const problems: HTMLElement[] = [];
      const entries = Array.from(body.querySelectorAll<HTMLElement>('li.entry'));
      measures.forEach((measure, index) => {
        const entry = entries[index];
        if (!entry || measure.text.trim() === '') return;
        const owner = entry.querySelector<HTMLElement>('input.owner');
        const due = entry.querySelector<HTMLElement>('input.due');
        if (owner && measure.owner.trim() === '') {
          problems.push(markInvalid(owner, 'Who is responsible for this measure?'));
        }
        if (due && !dayPattern.test(measure.due)) {
          problems.push(markInvalid(due, 'By when is it in place?'));
        }
      });
      if (!measures.some((m) => m.text.trim() !== '')) {
        const button = editor.querySelector<HTMLElement>('.list-editor > button');
        if (button) problems.push(markInvalid(button, 'Add at least one measure.'));
      }
      return problems[0] ?? null;
    },
  };
}

// ---- Step 6: review --------------------------------------------------------------------------

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

function reviewStep(ctx: StepContext): StepView {
  const results = h('div', { class: 'review-results', 'aria-busy': 'true' });
  const checkAgain = h('button', { type: 'button' }, 'Check again');

  async function check(): Promise<void> {
    checkAgain.disabled = true;
    results.setAttribute('aria-busy', 'true');
    replaceChildren(results, h('p', { class: 'secondary' }, 'Checking your draft…'));
    try {
      const flags = await ctx.run('planOfActionReview', ctx.state.draft);
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
        'Checks for emotional or threatening wording, promises without a date, numbers that are not in your data, buyer personal data, and length. They only point things out.',
      ),
      results,
      checkAgain,
    ),
  };
}

// ---- Step 7: generate ------------------------------------------------------------------------

async function copyText(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    // The sidebar's frame may not be allowed the clipboard API; fall back to a selection copy.
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function resultView(ctx: StepContext, result: GenerateResult): HTMLElement {
  const textId = uniqueId('plain');
  const countId = uniqueId('count');
  const area = h('textarea', { id: textId, rows: 8, readonly: true, 'aria-describedby': countId });
  area.value = result.plainText;
  const chars = result.plainText.length;
  const over = chars > result.appealLimit;
  const copy = h('button', { type: 'button', class: 'action' }, 'Copy as plain text');
  copy.addEventListener('click', async () => {
    const copied = await copyText(area);
    ctx.announce(
      copied
        ? 'Copied. Paste it into the appeal form in Seller Central.'
        : 'Copying was blocked: the text is selected, press Ctrl+C (⌘C on a Mac).',
    );
  });
  return notice(
    'success',
    h('p', {}, 'Your Plan of Action is ready: ', h('strong', {}, result.plan.title), '.'),
    h(
      'p',
      {},
      h(
        'a',
        { href: result.plan.url, target: '_blank', rel: 'noopener noreferrer', class: 'doc-link' },
        'Open the Doc',
      ),
    ),
    h(
      'p',
      { class: 'small' },
      `Added to the Appeal log. Once submitted, note the Case ID there; follow up on ${result.followUpDue} if Amazon has not replied.`,
    ),
    result.flags.length > 0
      ? h(
          'p',
          { class: 'small' },
          `The review still points at ${result.flags.length} thing${result.flags.length === 1 ? '' : 's'}. `,
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => ctx.goTo('review') },
            'See them',
          ),
        )
      : null,
    h('label', { for: textId }, 'Plan as plain text, for the appeal form'),
    area,
    h(
      'p',
      { id: countId, class: over ? 'small error' : 'small secondary' },
      `${chars.toLocaleString('en-US')} of ${result.appealLimit.toLocaleString('en-US')} characters the form takes.${over ? ' Shorten it, or send the Doc by e-mail instead.' : ''}`,
    ),
    copy,
  );
}

function generateStep(ctx: StepContext): StepView {
  const draft: PlanDraft = ctx.state.draft;
  const nameId = uniqueId('seller-name');
  const idId = uniqueId('seller-id');
  const channelId = uniqueId('channel');
  const name = h('input', { type: 'text', id: nameId, maxlength: draftLimits.shortText });
  name.value = draft.seller?.name ?? '';
  name.addEventListener('input', () => {
    draft.seller = { ...draft.seller, name: name.value };
  });
  const sellerId = h('input', {
    type: 'text',
    id: idId,
    maxlength: draftLimits.shortText,
    spellcheck: 'false',
  });
  sellerId.value = draft.seller?.sellerId ?? '';
  sellerId.addEventListener('input', () => {
    draft.seller = { ...draft.seller, sellerId: sellerId.value };
  });
  const channel = h(
    'select',
    { id: channelId },
    ...appealChannels.map((c) => h('option', { value: c }, channelLabels[c])),
  );
  channel.value = ctx.state.channel;
  channel.addEventListener('change', () => {
    ctx.state.channel = channel.value as AppealChannel;
  });

  const outcome = h('div', { class: 'outcome' });
  const generate = h('button', { type: 'button', class: 'action' }, 'Generate the Doc');
  generate.addEventListener('click', async () => {
    generate.disabled = true;
    replaceChildren(outcome, h('p', { class: 'secondary' }, 'Writing your Plan of Action…'));
    ctx.announce('Writing your Plan of Action…');
    try {
      const result = await ctx.run('planOfActionGenerate', draft, { channel: ctx.state.channel });
      ctx.result = result;
      ctx.generated = [result.plan, ...ctx.generated];
      replaceChildren(outcome, resultView(ctx, result));
      renderEarlier();
      ctx.announce(`Created ${result.plan.title}.`);
      outcome.querySelector<HTMLElement>('.doc-link')?.focus();
      // The name, seller ID and channel typed on this step are kept with the draft.
      await ctx.save();
    } catch (error) {
      replaceChildren(outcome, notice('error', h('p', {}, messageOf(error))));
      ctx.announce(messageOf(error));
    } finally {
      generate.disabled = false;
      if (ctx.result) showAsRepeat();
    }
  });
  /** Once there is a Doc, copying it is the main action and another Doc the lesser one. */
  function showAsRepeat(): void {
    generate.textContent = 'Generate another Doc';
    generate.classList.remove('action');
  }
  if (ctx.result) {
    outcome.append(resultView(ctx, ctx.result));
    showAsRepeat();
  }

  const earlier = h('section', { class: 'earlier' });
  function renderEarlier(): void {
    replaceChildren(
      earlier,
      h('h2', {}, 'Plans of Action from this spreadsheet'),
      h(
        'ul',
        {},
        ...ctx.generated.map((plan) =>
          h(
            'li',
            {},
            h('a', { href: plan.url, target: '_blank', rel: 'noopener noreferrer' }, plan.title),
            h('span', { class: 'secondary small' }, ` · made ${plan.createdAt.slice(0, 10)}`),
          ),
        ),
      ),
    );
    earlier.hidden = ctx.generated.length === 0;
  }
  renderEarlier();

  const confirmArea = h('div', { class: 'start-over' });
  function askStartOver(): void {
    replaceChildren(
      confirmArea,
      h(
        'p',
        { class: 'small' },
        'This clears the draft in this sidebar. Your Docs and the Appeal log stay.',
      ),
      h('button', { type: 'button', onclick: () => ctx.startOver() }, 'Clear the draft'),
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => resetStartOver(true) },
        'Keep it',
      ),
    );
    confirmArea.querySelector('button')?.focus();
  }
  function resetStartOver(focus: boolean): void {
    const button = h(
      'button',
      { type: 'button', class: 'link', onclick: askStartOver },
      'Start a new plan',
    );
    replaceChildren(confirmArea, button);
    if (focus) button.focus();
  }
  resetStartOver(false);

  return {
    body: h(
      'div',
      {},
      h(
        'p',
        {},
        'Writes a new Google Doc with your plan, a short cover letter and a submission checklist. Each Generate makes a new Doc; earlier ones are kept.',
      ),
      h(
        'div',
        { class: 'form-group' },
        h('label', { for: nameId }, 'Your business name (optional)'),
        name,
      ),
      h(
        'div',
        { class: 'form-group' },
        h('label', { for: idId }, 'Your seller ID (optional)'),
        sellerId,
      ),
      h(
        'div',
        { class: 'form-group' },
        h('label', { for: channelId }, 'How you will submit it'),
        channel,
      ),
      generate,
      outcome,
      earlier,
      confirmArea,
    ),
  };
}

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
