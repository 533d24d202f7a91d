/** Where a review flag points: the step as the sidebar names it, and the entry in it. */
import type { ReviewFlag, ReviewStep } from './types';

/** The step names as the sidebar shows them, so the message says where to look. */
export const reviewStepNames: Record<ReviewStep, string> = {
  notice: 'What Amazon said',
  rootCauses: 'Root causes',
  correctiveActions: 'Corrective actions taken',
  preventiveMeasures: 'Preventive measures',
  all: 'Generate',
};

export function flagPlace(flag: Pick<ReviewFlag, 'step' | 'index'>): string {
  const step = reviewStepNames[flag.step];
  return flag.index === null ? `"${step}"` : `"${step}", entry ${flag.index + 1}`;
}

const stepOrder: readonly ReviewStep[] = [
  'notice',
  'rootCauses',
  'correctiveActions',
  'preventiveMeasures',
  'all',
];

/** Flags in the order the wizard's steps and entries come, each entry's flags as found. */
export function inPlanOrder(flags: readonly ReviewFlag[]): ReviewFlag[] {
  return [...flags].sort(
    (a, b) =>
      stepOrder.indexOf(a.step) - stepOrder.indexOf(b.step) || (a.index ?? -1) - (b.index ?? -1),
  );
}
