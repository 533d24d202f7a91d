/**
 * Settings: the same dialog page as Import report, opened on its settings view. The page asks for
 * the settings with `readSettings` and saves with `saveDashboardSettings`.
 */
import type { Settings } from '../../core/dashboard/settings';
import { saveSettings } from '../settings';
import { showSettingsOnHealthSheet } from './health-sheet';

/** Menu: Settings… The marker tells the page which view to open; it holds no data. */
export function showSettings(): void {
  const page = HtmlService.createHtmlOutputFromFile('ImportDialog')
    .append('<div id="open-view" data-view="settings" hidden></div>')
    .setWidth(480)
    .setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(page, 'Seller Health settings');
}

/** Dialog: validates and stores the settings, and updates the Health sheet's setting cells. */
export function saveDashboardSettings(input: unknown): Settings {
  const settings = saveSettings(input);
  showSettingsOnHealthSheet(settings);
  return settings;
}
