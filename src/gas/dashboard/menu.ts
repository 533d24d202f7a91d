/**
 * The add-on menu. Sheets runs `onOpen` in AuthMode.NONE until the add-on is used in the document
 * [reference: platform 4, editor add-on lifecycle]: then nothing but building the menu is allowed,
 * so it touches no sheet, property or setting. `onInstall` runs on install and builds the same menu.
 */
export function onOpen(): void {
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

export function onInstall(): void {
  onOpen();
}
