/**
 * The server functions the Import report / Settings dialog calls over `google.script.run`. The
 * page imports this module's type only (sidebar/import/main.ts), so the calls are checked at
 * compile time; each function validates its arguments again at run time.
 */
export { readSettings } from '../settings';
export { buildHealthSheet } from './health-sheet';
export { importReportRows } from './import';
export { saveDashboardSettings } from './settings-dialog';
