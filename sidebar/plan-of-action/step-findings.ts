/**
 * Step 2, what your data shows: where the notice's defects cluster, counted from the seller's
 * rows, each with the orders behind it (listed on demand), to tick as root causes.
 */
import type { Finding } from '../../src/core/analysis/findings-types';
import type { MetricSummary } from '../../src/core/plan/contract';
import { metricsOfNotice, noticeInfo } from '../../src/core/plan/notices';
import { findingsForNotice, metricsForNotice } from '../../src/core/plan/wizard';
import { type Child, h, uniqueId } from '../shared/dom';
import type { StepContext, StepView } from './context';
import { metricLine, notice } from './fields';
import { dimensionLabels } from './labels';

function labelOfMetric(metrics: readonly MetricSummary[], metricId: string): string {
  return metrics.find((m) => m.metric === metricId)?.label ?? metricId;
}

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

function findingsOfMetric(
  ctx: StepContext,
  summaries: readonly MetricSummary[],
  findings: Finding[],
): Child[] {
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

export function findingsStep(ctx: StepContext): StepView {
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
  const offered = findingsForNotice(ctx.start, ctx.state.draft.notice);
  const summaries = metricsForNotice(ctx.start, ctx.state.draft.notice);
  const groups = metrics
    .map((metric) => ({
      metric,
      findings: offered.filter((f) => f.metric === metric),
      summaries: summaries.filter((m) => m.metric === metric),
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
          ...summaries.map((m) => h('p', { class: 'small' }, metricLine(m))),
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
        h('h2', {}, labelOfMetric(summaries, first.metric)),
        ...findingsOfMetric(ctx, first.summaries, first.findings),
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
          `${labelOfMetric(summaries, group.metric)} (${group.findings.length} findings)`,
        ),
        ...findingsOfMetric(ctx, group.summaries, group.findings),
      ),
    );
  }
  return { body };
}
