/**
 * Step 1, what Amazon said: the kind of notice (preselected from the data), its date, the
 * affected ASINs (typed or picked from the order reports) and the notice's text.
 */

import { draftLimits, type PlanOfActionStart } from '../../src/core/plan/contract';
import { noticeChannels, noticeInfo, noticeKinds } from '../../src/core/plan/notices';
import { noticeScope } from '../../src/core/plan/scope';
import type { NoticeGroup, NoticeKind } from '../../src/core/plan/types';
import { addTypedAsins, withNotice } from '../../src/core/plan/wizard';
import type { Channel } from '../../src/core/reports/types';
import { h, replaceChildren, uniqueId } from '../shared/dom';
import { dayPattern, type StepContext, type StepView } from './context';
import { clearErrors, markInvalid, metricLine, notice } from './fields';
import { noticeGroupLabels } from './labels';
import { textField } from './list-editor';

function dataOverview(start: PlanOfActionStart): HTMLElement {
  const several = start.marketplaces.length > 1;
  if (start.dataProblem !== null) {
    return notice(
      'warning',
      h('p', {}, start.dataProblem),
      h('p', { class: 'small' }, 'You can still write a plan; it will not quote your data.'),
    );
  }
  const flagged = start.marketplaces.flatMap((market) =>
    market.metrics
      .filter((m) => m.status === 'breach' || m.status === 'near')
      .map((m) => ({ market, metric: m })),
  );
  if (flagged.length === 0) {
    return notice('info', h('p', {}, 'Your reports show every metric within its target.'));
  }
  return notice(
    flagged.some(({ metric }) => metric.status === 'breach') ? 'warning' : 'info',
    h('p', {}, 'From your reports:'),
    h(
      'ul',
      { class: 'metric-list' },
      ...flagged.map(({ market, metric }) =>
        h('li', {}, several ? `${market.salesChannel}: ${metricLine(metric)}` : metricLine(metric)),
      ),
    ),
  );
}

/** A choice of radio buttons under one legend; `onChange` gets the value chosen. */
function radioGroup<T extends string>(
  legend: string,
  choices: readonly { value: T; label: string }[],
  current: T | null,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  const name = uniqueId('radio');
  return h(
    'fieldset',
    { class: 'form-group choice' },
    h('legend', {}, legend),
    ...choices.map((choice) => {
      const id = uniqueId('choice');
      const input = h('input', { type: 'radio', id, name, value: choice.value });
      input.checked = choice.value === current;
      input.addEventListener('change', () => {
        if (input.checked) onChange(choice.value);
      });
      return h('div', { class: 'check' }, input, h('label', { for: id }, choice.label));
    }),
  );
}

export function noticeStep(ctx: StepContext): StepView {
  const { start } = ctx;
  // Read afresh each time: a kind change replaces the draft's notice.
  const noticeDraft = () => ctx.state.draft.notice;

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
              info.kind === start.suggested?.kind ? `${info.label} (suggested)` : info.label,
            ),
          ),
      ),
    );
  }
  kindSelect.value = ctx.kindChosen ? noticeDraft().kind : '';
  kindSelect.addEventListener('change', () => {
    if (kindSelect.value === '') return;
    ctx.state = withNotice(ctx.state, { kind: kindSelect.value as NoticeKind }, start);
    ctx.kindChosen = true;
    channelGroup.hidden = noticeChannels(noticeDraft().kind).length < 2;
  });

  // Amazon gives the ODR per channel: the plan answers the one the notice names.
  const channelGroup = radioGroup<Channel>(
    'Orders the notice is about',
    [
      { value: 'MFN', label: 'Seller-fulfilled (MFN)' },
      { value: 'AFN', label: 'Fulfilled by Amazon (FBA)' },
    ],
    noticeScope(noticeDraft()).channel,
    (channel) => {
      ctx.state = withNotice(ctx.state, { channel }, start);
    },
  );
  channelGroup.hidden = noticeChannels(noticeDraft().kind).length < 2;

  // Amazon measures each marketplace apart: the plan quotes the notice's marketplace only.
  const marketplaceId = uniqueId('marketplace');
  const marketplaceSelect = h(
    'select',
    { id: marketplaceId },
    ...start.marketplaces.map((m) =>
      h('option', { value: m.code }, `${m.salesChannel} (${m.code})`),
    ),
  );
  marketplaceSelect.value =
    noticeDraft().marketplace ?? start.marketplaces[0]?.code ?? marketplaceSelect.value;
  marketplaceSelect.addEventListener('change', () => {
    ctx.state = withNotice(ctx.state, { marketplace: marketplaceSelect.value }, start);
  });
  const marketplaceGroup = h(
    'div',
    { class: 'form-group' },
    h('label', { for: marketplaceId }, 'Marketplace of the notice'),
    h(
      'span',
      { class: 'hint' },
      'Your reports hold orders of several marketplaces; the plan states only this one’s figures.',
    ),
    marketplaceSelect,
  );
  marketplaceGroup.hidden = start.marketplaces.length < 2;

  const suggested = start.suggested?.kind;
  const kindHint = suggested
    ? `Preselected because your data shows the ${noticeInfo(suggested).label} breached or near its target. Change it if Amazon's message is about something else.`
    : "Choose the notice as Amazon's message names it.";

  const dateId = uniqueId('date');
  const dateInput = h('input', { type: 'date', id: dateId, max: start.today, required: true });
  dateInput.value = noticeDraft().date;
  dateInput.addEventListener('input', () => {
    noticeDraft().date = dateInput.value;
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
      ...noticeDraft().asins.map((asin, index) =>
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
                noticeDraft().asins.splice(index, 1);
                renderChips();
                asinInput.focus();
              },
            },
            'Remove',
          ),
        ),
      ),
    );
    chips.hidden = noticeDraft().asins.length === 0;
  }
  /** Adds the typed ASINs; returns the words that are not ASINs, left in the field. */
  function addAsins(): string[] {
    const typed = addTypedAsins(noticeDraft().asins, asinInput.value);
    noticeDraft().asins = typed.asins;
    asinInput.value = typed.rejected.join(' ');
    renderChips();
    return typed.rejected;
  }
  const asinGroup = h('div', { class: 'form-group' });
  function addAsinsAndMark(): void {
    clearErrors(asinGroup);
    const wrong = addAsins();
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
      addAsinsAndMark();
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
      h('button', { type: 'button', onclick: addAsinsAndMark }, 'Add'),
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
    noticeDraft().text,
    (text) => {
      noticeDraft().text = text;
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
    channelGroup,
    marketplaceGroup,
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
      if (!dayPattern.test(noticeDraft().date)) {
        problems.push(markInvalid(dateInput, 'Enter the date Amazon sent the notice.'));
      } else if (noticeDraft().date > start.today) {
        problems.push(markInvalid(dateInput, 'The date of the notice cannot be in the future.'));
      }
      const wrong = addAsins();
      if (wrong.length > 0) {
        problems.push(
          markInvalid(asinInput, `${wrong.join(', ')}: an ASIN is 10 letters and digits.`),
        );
      }
      return problems[0] ?? null;
    },
  };
}
