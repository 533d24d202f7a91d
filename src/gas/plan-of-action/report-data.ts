/**
 * What the report sheets of this spreadsheet show, for the Plan of Action. Read afresh on every
 * call, so the sidebar always reflects the sheets as they are now; the reading itself is the
 * core's (src/core/plan/report-data.ts), shared with `npm start` and the tests.
 */
import { type ReportData, reportDataOf } from '../../core/plan/report-data';
import { callRedactor, noteBuyerValues } from '../privacy';
import { findReportSheets, readHealthRanges } from '../report-sheets';
import { readSettings } from '../settings';

export type ReportDataRead = { data: ReportData; problem: null } | { data: null; problem: string };

export function readReportData(): ReportDataRead {
  const sheets = findReportSheets();
  if (sheets.length === 0) {
    return {
      data: null,
      problem:
        'No Amazon report sheets were found in this spreadsheet, so there are no findings to show. Import or paste your reports (with their header rows) to base the plan on your data.',
    };
  }
  try {
    const settings = readSettings();
    const data = reportDataOf(
      readHealthRanges(sheets),
      sheets.map((sheet) => sheet.values),
      {
        marketplace: settings.marketplace ?? undefined,
        nearMargin: settings.nearMargin,
        sheetTimeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
      },
    );
    // The sheets were read whole: the call's redactor need not read their buyer columns again.
    noteBuyerValues(data.buyerIdentifiers);
    return { data, problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      data: null,
      problem: `Your report sheets could not be read: ${callRedactor().redact(reason)}`,
    };
  }
}
