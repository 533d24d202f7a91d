/**
 * Under the root causes (step 3): which root cause explains which orders. Each ticked finding's
 * orders take one cause (prefilled with the answer to its question), and any one order can take
 * another. The affected-orders table of the Doc and the file to attach carry them.
 */
import type { Finding } from '../../src/core/analysis/findings-types';
import { rootCauseFromFinding } from '../../src/core/plan/suggestions';
import { findingsForNotice, withCauseAssigned } from '../../src/core/plan/wizard';
import { h, replaceChildren, uniqueId } from '../shared/dom';
import type { StepContext } from './context';

function causeSelect(
  ctx: StepContext,
  label: string,
  current: number | undefined,
  emptyLabel: string,
  onChange: (rootCause: number | null) => void,
): HTMLElement {
  const id = uniqueId('cause');
  const select = h(
    'select',
    { id, class: 'cause' },
    h('option', { value: '' }, emptyLabel),
    ...ctx.state.draft.rootCauses.map((text, i) =>
      h('option', { value: String(i) }, `Root cause ${i + 1}: ${text.trim().slice(0, 60)}`),
    ),
  );
  select.value = current === undefined ? '' : String(current);
  select.addEventListener('change', () => {
    onChange(select.value === '' ? null : Number(select.value));
  });
  return h('div', { class: 'form-group' }, h('label', { for: id }, label), select);
}

function orderList(ctx: StepContext, finding: Finding): HTMLElement {
  const details = h(
    'details',
    { class: 'orders' },
    h('summary', {}, `Choose per order (${finding.orderIds.length})`),
  );
  // Built when first opened: a finding can stand for hundreds of orders.
  details.addEventListener('toggle', () => {
    if (!details.open || details.children.length > 1) return;
    for (const orderId of finding.orderIds) {
      const chosen = ctx.state.draft.orderCauses?.find((c) => c.orderId === orderId)?.rootCause;
      details.append(
        causeSelect(ctx, `Order ${orderId}`, chosen, 'As its group', (rootCause) => {
          ctx.state.draft = withCauseAssigned(ctx.state.draft, { orderId }, rootCause);
        }),
      );
    }
  });
  return details;
}

export function causeAssignments(ctx: StepContext): { element: HTMLElement; refresh(): void } {
  const element = h('section', { class: 'cause-assignments' });
  function refresh(): void {
    const ticked = new Set(ctx.state.draft.tickedFindingIds);
    const findings = findingsForNotice(ctx.start, ctx.state.draft.notice).filter((f) =>
      ticked.has(f.id),
    );
    element.hidden = findings.length === 0;
    replaceChildren(
      element,
      h('h2', {}, 'Which cause explains which orders'),
      h(
        'p',
        { class: 'small secondary' },
        'The affected orders in your plan and in the file to attach each carry the root cause you give them here.',
      ),
      ...findings.map((finding) => {
        const chosen = ctx.state.draft.findingCauses?.find(
          (c) => c.findingId === finding.id,
        )?.rootCause;
        return h(
          'div',
          { class: 'cause-group' },
          causeSelect(ctx, rootCauseFromFinding(finding), chosen, 'Not assigned', (rootCause) => {
            ctx.state.draft = withCauseAssigned(
              ctx.state.draft,
              { findingId: finding.id },
              rootCause,
            );
          }),
          orderList(ctx, finding),
        );
      }),
    );
  }
  refresh();
  return { element, refresh };
}
