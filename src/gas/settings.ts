/**
 * The seller's settings for this spreadsheet, kept in its document properties: they travel with
 * the document, not with the person, because the marketplace is a fact about the reports in it.
 * Menu and sidebar handlers only: custom functions get the settings as arguments from the Health
 * sheet, so they recalculate when a setting changes.
 */
import { parseSettings, type Settings, settingsFromStored } from '../core/dashboard/settings';

export type { Settings } from '../core/dashboard/settings';

const settingsKey = 'sellerHealth.settings';

/** The document's settings, or the defaults for what was never saved. */
export function readSettings(): Settings {
  return settingsFromStored(PropertiesService.getDocumentProperties().getProperty(settingsKey));
}

/** Validates and stores settings sent from the dialog; returns what was stored. */
export function saveSettings(input: unknown): Settings {
  const settings = parseSettings(input);
  PropertiesService.getDocumentProperties().setProperty(settingsKey, JSON.stringify(settings));
  return settings;
}
