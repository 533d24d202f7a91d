/** Step 5, preventive measures: each with the person responsible and the date it is in place. */
import { draftLimits } from '../../src/core/plan/contract';
import { suggestionsFor } from '../../src/core/plan/suggestions';
import type { PreventiveMeasure } from '../../src/core/plan/types';
import { h, uniqueId } from '../shared/dom';
import { dayPattern, type StepContext, type StepView } from './context';
import { clearErrors, markInvalid } from './fields';
import { listEditor, textField } from './list-editor';

export function preventiveMeasuresStep(ctx: StepContext, focusIndex: number | null): StepView {
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
