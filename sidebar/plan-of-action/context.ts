/**
 * What every step of the wizard shares: the context it renders from and the view it returns.
 * Steps write the seller's input into `ctx.state.draft`; state changes beyond a typed value go
 * through the pure functions of src/core/plan/wizard.ts.
 */
import type {
  GeneratedPlan,
  GenerateResult,
  PlanOfActionStart,
  WizardState,
  WizardStep,
} from '../../src/core/plan/contract';
import type * as server from '../../src/gas/plan-of-action/sidebar-api';
import type { Run } from '../shared/rpc';

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

/** `yyyy-mm-dd`, as a date input gives it. */
export const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
