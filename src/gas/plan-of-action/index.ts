/** The Plan of Action's globals (listed in ./globals.ts): menu items and the sidebar's server functions. */
export { openAppealLog, showPlanOfAction } from './menu';
export {
  planOfActionGenerate,
  planOfActionOpen,
  planOfActionReview,
  planOfActionSave,
} from './sidebar-api';
