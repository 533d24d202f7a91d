/** The menu items of the Plan of Action: the sidebar and the Appeal log. */
import { appealLogSheet } from './appeal-log';

/** The sidebar is dist/Sidebar.html, built from sidebar/plan-of-action/. */
export function showPlanOfAction(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Plan of Action');
  SpreadsheetApp.getUi().showSidebar(page);
}

export function openAppealLog(): void {
  appealLogSheet().activate();
}
