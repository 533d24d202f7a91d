/**
 * The "Appeal log" sheet: one row per Plan of Action, so the seller knows what was sent, through
 * which channel, under which Case ID, and when to follow up. Created on first use; rows whose
 * follow-up is due (and whose status is not Closed) turn red.
 */
import type { AppealChannel } from '../../core/plan/contract';
import { busyMessage, withDocumentLock } from '../document-lock';
import type { WrittenDoc } from './doc-writer';

export const appealLogSheetName = 'Appeal log';

export const appealLogHeader = [
  'Date',
  'Notice',
  'Channel',
  'Case ID',
  'Plan of Action',
  'Follow-up due',
  'Status',
] as const;

const channelLabels: Record<AppealChannel, string> = {
  form: 'Appeal form',
  email: 'E-mail',
  phone: 'Phone',
  chat: 'Chat',
};

/** Follow-up (column F) on or before today and status (column G) not Closed. */
export const dueFollowUpFormula = '=AND($F2<>"", $F2<=TODAY(), $G2<>"Closed")';

const statusNote =
  'Draft until you submit the plan; then Submitted, Followed up or Closed. A row turns red when its follow-up is due and its status is not Closed.';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function createAppealLog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
  const sheet = spreadsheet.insertSheet(appealLogSheetName);
  const width = appealLogHeader.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([[...appealLogHeader]])
    .setFontWeight('bold');
  sheet.getRange(1, width).setNote(statusNote);
  sheet.setFrozenRows(1);
  // Days are written as yyyy-mm-dd text, which Sheets reads as dates; keep them shown that way.
  sheet.getRange('A2:A').setNumberFormat('yyyy-mm-dd');
  sheet.getRange('F2:F').setNumberFormat('yyyy-mm-dd');
  // The Case ID is kept as typed: Sheets would turn a long digit string into a number.
  sheet.getRange('D2:D').setNumberFormat('@');
  const due = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(dueFollowUpFormula)
    .setBackground('#fce8e6')
    .setFontColor('#a50e0e')
    .setRanges([sheet.getRange('A2:G')])
    .build();
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), due]);
  return sheet;
}

const appealLogBusy = busyMessage(
  'the Appeal log was not changed',
  'Wait until it ends, then try again.',
);

/**
 * The appeal log, created with its header and formatting the first time it is needed. Under the
 * document lock: two sidebars must not both create it.
 */
export function appealLogSheet(): Sheet {
  return withDocumentLock(appealLogBusy, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    return spreadsheet.getSheetByName(appealLogSheetName) ?? createAppealLog(spreadsheet);
  });
}

export interface AppealLogEntry {
  /** `yyyy-mm-dd`. */
  day: string;
  noticeLabel: string;
  channel: AppealChannel;
  doc: WrittenDoc;
  /** `yyyy-mm-dd`. */
  followUpDue: string;
}

/** A formula string literal: quotes doubled. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Adds the entry as a new row under the last one; returns its row number. The last row is read and
 * written under the document lock, so two plans generated at once get a row each.
 */
export function logAppeal(entry: AppealLogEntry): number {
  return withDocumentLock(appealLogBusy, () => appendEntry(entry));
}

function appendEntry(entry: AppealLogEntry): number {
  const sheet = appealLogSheet();
  const row = sheet.getLastRow() + 1;
  sheet
    .getRange(row, 1, 1, appealLogHeader.length)
    .setValues([
      [
        entry.day,
        entry.noticeLabel,
        channelLabels[entry.channel],
        '',
        `=HYPERLINK(${formulaText(entry.doc.url)}, ${formulaText(entry.doc.title)})`,
        entry.followUpDue,
        'Draft',
      ],
    ]);
  return row;
}
