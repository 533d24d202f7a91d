/**
 * Small pieces the steps share: marking a field that needs attention (read out with it by screen
 * readers), notices, and a metric as one line of text.
 */
import { formatPercent } from '../../src/core/analysis/percent';
import type { MetricSummary } from '../../src/core/plan/contract';
import { type Child, h, uniqueId } from '../shared/dom';
import { statusLabels } from './labels';

export function clearErrors(root: HTMLElement): void {
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
export function markInvalid(field: HTMLElement, message: string): HTMLElement {
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

export function notice(
  kind: 'info' | 'warning' | 'error' | 'success',
  ...children: Child[]
): HTMLElement {
  return h(
    'div',
    { class: `notice ${kind === 'info' ? '' : kind}`, role: kind === 'error' ? 'alert' : null },
    ...children,
  );
}

function targetText(metric: MetricSummary): string {
  return `${metric.direction === 'max' ? 'under' : 'above'} ${formatPercent(metric.target)}`;
}

export function metricLine(metric: MetricSummary): string {
  const value = metric.value === null ? 'no rate' : formatPercent(metric.value);
  return `${metric.label} (${metric.windowDays} days, ${metric.channel}): ${value}, target ${targetText(metric)}. ${statusLabels[metric.status]}: ${metric.numerator} of ${metric.denominator} ${metric.unit}, ${metric.windowStart} to ${metric.windowEnd}.`;
}
