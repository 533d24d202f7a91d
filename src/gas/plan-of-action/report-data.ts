/**
 * What the report sheets of this spreadsheet show, for the Plan of Action; the reading itself is
 * the core's (src/core/plan/report-data.ts), shared with `npm start` and the tests. Opening the
 * sidebar and Generate read the sheets afresh and keep the facts a draft is checked against (the
 * metrics, findings and affected orders) in the document's cache; review uses them while the
 * report sheets keep their row counts and headers (src/core/plan/report-facts.ts), and reads only
 * the sheets' header rows and buyer columns. Otherwise it reads the sheets again.
 */
import { type ReportData, reportDataOf } from '../../core/plan/report-data';
import { factsKey, type KeptFacts } from '../../core/plan/report-facts';
import { callBuyerValues, callRedactor, noteBuyerValues } from '../privacy';
import { findReportSheets, type ReportSheet, readHealthRanges } from '../report-sheets';
import { readSettings } from '../settings';
import { loadFacts, storeFacts } from './facts-cache';

export type ReportDataRead = { data: ReportData; problem: null } | { data: null; problem: string };

/** What review checks a draft against; the buyer values stay in memory. */
export type DraftFacts = KeptFacts & { buyerIdentifiers: string[] };

const noReportSheets =
  'No Amazon report sheets were found in this spreadsheet, so there are no findings to show. Import or paste your reports (with their header rows) to base the plan on your data.';

function factsKeyOf(sheets: readonly ReportSheet[]): string {
  const settings = readSettings();
  return factsKey({
    sheets,
    marketplace: settings.marketplace,
    nearMargin: settings.nearMargin,
    timeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
  });
}

function readSheets(sheets: readonly ReportSheet[]): ReportDataRead {
  if (sheets.length === 0) return { data: null, problem: noReportSheets };
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
    storeFacts(factsKeyOf(sheets), {
      marketplaces: data.marketplaces.map(({ marketplace, results, findings, affected }) => ({
        marketplace,
        results,
        findings,
        affected,
      })),
    });
    return { data, problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      data: null,
      problem: `Your report sheets could not be read: ${callRedactor().redact(reason)}`,
    };
  }
}

/** The report sheets read now, whole; their facts are kept for the next review. */
export function readReportData(): ReportDataRead {
  return readSheets(findReportSheets());
}

/**
 * The facts for review: those kept at open while the report sheets look the same,
 * else read now. Null without report sheets, or when they cannot be read.
 */
export function readDraftFacts(): DraftFacts | null {
  const sheets = findReportSheets();
  if (sheets.length === 0) return null;
  const kept = loadFacts(factsKeyOf(sheets));
  if (kept) return { ...kept, buyerIdentifiers: callBuyerValues() };
  return readSheets(sheets).data;
}
