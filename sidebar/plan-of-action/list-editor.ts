/**
 * An editable list of the seller's entries (root causes, actions, measures) with suggestions that
 * add an editable entry when chosen. Nothing is added unless the seller adds it.
 */
import { draftLimits } from '../../src/core/plan/contract';
import { type Child, h, replaceChildren, uniqueId } from '../shared/dom';

export interface ListEditorOptions<T> {
  /** Mutated in place as the seller edits. */
  items: T[];
  /** e.g. "Root cause": entries are labelled "Root cause 1", "Root cause 2"… */
  itemName: string;
  addLabel: string;
  suggestions: readonly string[];
  emptyItem(text: string): T;
  textOf(item: T): string;
  /** The fields of one entry; the first focusable element gets focus when the entry is added. */
  fields(item: T, index: number, label: string): Child[];
  /** The entry to focus first (e.g. from a review flag). */
  focusIndex?: number | null;
  /** Called after an entry was removed, with the index it had. */
  onRemoved?(index: number): void;
}

export function listEditor<T>(options: ListEditorOptions<T>): HTMLElement {
  const list = h('ol', { class: 'entries' });
  const suggestionList = h('ul', { class: 'suggestions' });

  function focusEntry(index: number): void {
    const field = list.children[index]?.querySelector<HTMLElement>('textarea, input');
    field?.focus();
  }

  function render(): void {
    replaceChildren(
      list,
      ...options.items.map((item, index) => {
        const label = `${options.itemName} ${index + 1}`;
        return h(
          'li',
          { class: 'entry' },
          ...options.fields(item, index, label),
          h(
            'button',
            {
              type: 'button',
              class: 'link remove',
              'aria-label': `Remove ${label.toLowerCase()}`,
              onclick: () => {
                options.items.splice(index, 1);
                options.onRemoved?.(index);
                render();
                focusEntry(Math.min(index, options.items.length - 1));
              },
            },
            'Remove',
          ),
        );
      }),
    );
    const used = new Set(options.items.map((item) => options.textOf(item).trim()));
    replaceChildren(
      suggestionList,
      ...options.suggestions
        .filter((text) => !used.has(text))
        .map((text) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'suggestion', onclick: () => add(text) },
              h('span', { 'aria-hidden': 'true' }, '+ '),
              h('span', { class: 'visually-hidden' }, 'Add: '),
              text,
            ),
          ),
        ),
    );
    suggestionList.hidden = suggestionList.children.length === 0;
  }

  function add(text: string): void {
    if (options.items.length >= draftLimits.items) return;
    options.items.push(options.emptyItem(text));
    render();
    focusEntry(options.items.length - 1);
  }

  render();
  if (options.focusIndex !== undefined && options.focusIndex !== null) {
    const index = options.focusIndex;
    queueMicrotask(() => focusEntry(index));
  }
  const suggestionsHeading = uniqueId('suggestions');
  return h(
    'div',
    { class: 'list-editor' },
    list,
    h('button', { type: 'button', onclick: () => add('') }, options.addLabel),
    h(
      'section',
      { class: 'suggestion-block', 'aria-labelledby': suggestionsHeading },
      h('h3', { id: suggestionsHeading }, 'Suggestions'),
      h(
        'p',
        { class: 'hint' },
        'Neutral starting points. Add one only if it is true for you, then put it in your own words.',
      ),
      suggestionList,
    ),
  );
}

/** A labelled textarea bound to a getter and setter. */
export function textField(
  label: string,
  value: string,
  onInput: (text: string) => void,
  options: { maxLength?: number; rows?: number; hint?: string } = {},
): Child[] {
  const id = uniqueId('field');
  const hintId = options.hint ? uniqueId('hint') : undefined;
  const area = h('textarea', {
    id,
    rows: options.rows ?? 3,
    maxlength: options.maxLength ?? draftLimits.item,
    'aria-describedby': hintId,
  });
  area.value = value;
  area.addEventListener('input', () => onInput(area.value));
  return [
    h('label', { for: id }, label),
    hintId ? h('span', { id: hintId, class: 'hint' }, options.hint) : null,
    area,
  ];
}
