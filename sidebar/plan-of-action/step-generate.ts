/**
 * Step 7, generate: the seller's name and ID, how they will submit, then a new Doc with its link,
 * the plain text for the appeal form, and the Docs made earlier in this spreadsheet.
 */
import {
  type AppealChannel,
  appealChannels,
  draftLimits,
  type GenerateResult,
} from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';
import { h, replaceChildren, uniqueId } from '../shared/dom';
import { messageOf } from '../shared/rpc';
import type { StepContext, StepView } from './context';
import { notice } from './fields';
import { channelLabels } from './labels';
import { wordingFlags } from './step-review';

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
  // The server's flags are its guards; the wording review runs in the sidebar.
  const flagCount = result.flags.length + wordingFlags(ctx, ctx.state.draft).length;
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
    flagCount > 0
      ? h(
          'p',
          { class: 'small' },
          `The review still points at ${flagCount} thing${flagCount === 1 ? '' : 's'}. `,
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => ctx.goTo('review') },
            'See them',
          ),
        )
      : null,
    result.affectedOrders
      ? h(
          'p',
          {},
          h(
            'a',
            {
              class: 'download',
              href: `data:text/csv;charset=utf-8,${encodeURIComponent(result.affectedOrders.csv)}`,
              download: result.affectedOrders.fileName,
            },
            `Download ${result.affectedOrders.fileName}`,
          ),
          h(
            'span',
            { class: 'hint' },
            'The affected orders with their root causes, as in the Doc. Attach this file to your appeal: the form text only says it is attached.',
          ),
        )
      : null,
    h('label', { for: textId }, 'Plan as plain text, for the appeal form'),
    area,
    h(
      'p',
      { id: countId, class: over ? 'small error' : 'small secondary' },
      `${chars.toLocaleString('en-US')} of ${result.appealLimit.toLocaleString('en-US')} characters the form takes.${over ? ' Your own text is longer than the form takes, and nothing was cut: shorten your root causes, actions or measures, or send the Doc by e-mail instead.' : ''}`,
    ),
    copy,
  );
}

export function generateStep(ctx: StepContext): StepView {
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
      const result = await ctx.run(
        'planOfActionGenerate',
        draft,
        { channel: ctx.state.channel },
        ctx.start.openedWith,
      );
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
