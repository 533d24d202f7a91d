/** The dashboard's globals (listed in ./globals.ts): menu, import, Health sheet, settings, custom functions. */
export {
  HEALTH_TRENDS,
  ORDERS_TO_SHIP,
  RECOVERY_PLAN,
  REPORT_PROBLEMS,
  SALES_AT_STAKE,
} from './custom-functions';
export {
  buildHealthSheet,
  importReportRows,
  readSettings,
  saveDashboardSettings,
} from './dialog-api';
export { showImportDialog } from './import';
export { onInstall, onOpen } from './menu';
export { showSettings } from './settings-dialog';
