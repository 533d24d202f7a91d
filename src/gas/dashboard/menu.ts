/**
 * The add-on menu. Sheets runs `onOpen` in AuthMode.NONE until the add-on is used in the document
 * [reference: platform 4, editor add-on lifecycle]: then nothing but building the menu is allowed,
 * so it touches no sheet, property or setting. `onInstall` runs on install and builds the same menu.
 * Both take Apps Script's event (its `authMode` says what is allowed) and hand it on, as Google's
 * samples do, so nothing that reads it later finds it dropped on the way.
 */

/** What the open and install events share: the authorization mode the trigger runs in. */
type TriggerEvent = Pick<GoogleAppsScript.Events.AddonOnInstall, 'authMode'>;

export function onOpen(_event?: TriggerEvent): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Import report…', 'showImportDialog')
    .addItem('Build or refresh Health sheet', 'buildHealthSheet')
    .addSeparator()
    .addItem('Plan of Action…', 'showPlanOfAction')
    .addItem('Appeal log', 'openAppealLog')
    .addSeparator()
    .addItem('Settings…', 'showSettings')
    .addToUi();
}

export function onInstall(event?: TriggerEvent): void {
  onOpen(event);
}
