/**
 * The dashboard's menu items and dialog functions (listed in ./globals.ts), in the server bundle
 * (../server.ts). Its custom functions and the open and install triggers are in Core.js (../index.ts).
 */
export {
  buildHealthSheet,
  importReportRows,
  readSettings,
  saveDashboardSettings,
} from './dialog-api';
export { showImportDialog } from './import';
export { showSettings } from './settings-dialog';
