/**
 * Steps 3 and 4, root causes and corrective actions taken: the seller's own entries, with
 * suggestions for the notice that add an editable entry when chosen.
 */
import { suggestionsFor } from '../../src/core/plan/suggestions';
import { withRootCauseRemoved } from '../../src/core/plan/wizard';
import { h } from '../shared/dom';
import { causeAssignments } from './cause-assignments';
import type { StepContext, StepView } from './context';
import { clearErrors, markInvalid } from './fields';
import { listEditor, textField } from './list-editor';

function stringListStep(
  items: string[],
  options: {
    intro: string;
    itemName: string;
    addLabel: string;
    suggestions: readonly string[];
    missing: string;
    onRemoved?(index: number): void;
    /** Shown under the entries, e.g. which cause explains which orders. */
    after?: HTMLElement;
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
    ...(options.onRemoved ? { onRemoved: options.onRemoved } : {}),
  });
  const body = h('div', {}, h('p', {}, options.intro), editor, options.after ?? null);
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

export function rootCausesStep(ctx: StepContext, focusIndex: number | null): StepView {
  const assignments = causeAssignments(ctx);
  const view = stringListStep(
    ctx.state.draft.rootCauses,
    {
      onRemoved: (index) => {
        // The entry is already gone from the list; only the assignments follow it.
        const { findingCauses, orderCauses } = withRootCauseRemoved(ctx.state.draft, index);
        ctx.state.draft.findingCauses = findingCauses ?? [];
        ctx.state.draft.orderCauses = orderCauses ?? [];
        assignments.refresh();
      },
      after: assignments.element,
      intro:
        'Why it happened, in your own words. Each finding you ticked is here as a question: replace it with what went wrong in your business. Its figures stay in the supporting facts of the plan.',
      itemName: 'Root cause',
      addLabel: 'Add a root cause',
      suggestions: suggestionsFor(ctx.state.draft.notice.kind).rootCauses,
      missing: 'Add at least one root cause.',
    },
    focusIndex,
  );
  // Option labels follow the entries as the seller writes them.
  view.body.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).closest('.list-editor')) assignments.refresh();
  });
  view.body.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('.list-editor')) assignments.refresh();
  });
  return view;
}

export function correctiveActionsStep(ctx: StepContext, focusIndex: number | null): StepView {
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
