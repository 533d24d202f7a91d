/**
 * What the report sheets of this spreadsheet show, for the Plan of Action; the reading itself is
 * the core's (src/core/plan/report-data.ts), shared with `npm start` and the tests. Opening the
 * sidebar reads the sheets afresh and keeps the facts a draft is checked against and written
 * from (the metrics, findings, affected orders and the tables of the seller's section) in the
 * document's cache; review and Generate read the sheets once and use the kept facts while the
 * sheets hold what they held, cell by cell (src/core/plan/report-facts.ts, sheet-content.ts).
 * Otherwise they measure what they read, and keep that.
 */
import { type ReportData, reportDataOf } from '../../core/plan/report-data';
import { factsKey, type KeptFacts } from '../../core/plan/report-facts';
import { sheetContentFingerprint } from '../../core/plan/sheet-content';
import {
  buyerPlacesOfAll,
  buyerValuesOfAll,
  createRedactor,
  type Redactor,
} from '../../core/privacy';
import { callBuyerValues, callRedactor, noteBuyerValues, noteReportSheets } from '../privacy';
import { findReportSheets, type ReportSheet, readHealthRanges } from '../report-sheets';
import { readSettings, type Settings } from '../settings';
import { loadFacts, storeFacts } from './facts-cache';

/** Set by scripts/build.ts (`define`) to its build stamp; absent when src/ runs as it is. */
declare const __SELLER_HEALTH_BUILD__: string | undefined;

/** `key`: what the sheets held (their facts' key, `noSheetsKey` without report sheets). */
export type ReportDataRead =
  | { data: ReportData; problem: null; key: string }
  | { data: null; problem: string; key: string };

/** The facts' key of a spreadsheet without report sheets. */
const noSheetsKey = '';

/** What review and Generate check a draft against; the buyer values stay in memory. */
export type DraftFacts = KeptFacts & {
  buyerIdentifiers: string[];
  buyerPlaces: string[];
  redactor: Redactor;
  /** The report sheets' cells as read by this call, for the order IDs without a defect. */
  reportSheets: unknown[][][];
};

const noReportSheets =
  'No Amazon report sheets were found in this spreadsheet, so there are no findings to show. Import or paste your reports (with their header rows) to base the plan on your data.';

interface SheetsNow {
  sheets: ReportSheet[];
  settings: Settings;
  timeZone: string;
}

/** The report sheets as they are, found once per call (the redaction step reuses them). */
function sheetsNow(): SheetsNow {
  const sheets = findReportSheets();
  noteReportSheets(sheets);
  return {
    sheets,
    settings: readSettings(),
    timeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
  };
}

/** Reads every report sheet whole (each sheet's one read of the call). */
function factsKeyOf({ sheets, settings, timeZone }: SheetsNow): string {
  return factsKey({
    build: typeof __SELLER_HEALTH_BUILD__ === 'string' ? __SELLER_HEALTH_BUILD__ : 'source',
    sheets,
    marketplace: settings.marketplace,
    nearMargin: settings.nearMargin,
    timeZone,
    content: sheetContentFingerprint(sheets.map((sheet) => sheet.values)),
  });
}

/**
 * The buyer values of sheets read whole, as a fresh read notes them, and their redactor; returns
 * the towns and states among them.
 */
function noteSheetBuyerValues(sheets: readonly ReportSheet[]): string[] {
  const ranges = sheets.map((sheet) => sheet.values);
  const identifiers = buyerValuesOfAll(ranges);
  const places = buyerPlacesOfAll(ranges);
  noteBuyerValues(identifiers, createRedactor(identifiers, places));
  return places;
}

function keptOf(data: ReportData): KeptFacts {
  return {
    marketplaces: data.marketplaces.map(
      ({ marketplace, options, stake, results, findings, affected }) => ({
        marketplace,
        options,
        stake,
        results,
        findings,
        affected,
      }),
    ),
  };
}

/** `key`: the facts' key for the sheets as they are, when the call made it already (one pass). */
function readSheets(now: SheetsNow, givenKey?: string): ReportDataRead {
  const { sheets, settings, timeZone } = now;
  if (sheets.length === 0) return { data: null, problem: noReportSheets, key: noSheetsKey };
  const key = givenKey ?? factsKeyOf(now);
  try {
    const data = reportDataOf(
      readHealthRanges(sheets),
      sheets.map((sheet) => sheet.values),
      {
        marketplace: settings.marketplace ?? undefined,
        nearMargin: settings.nearMargin,
        sheetTimeZone: timeZone,
      },
    );
    // The sheets were read whole: the call's redactor need not read their buyer columns again.
    noteBuyerValues(data.buyerIdentifiers, data.redactor);
    storeFacts(key, keptOf(data));
    return { data, problem: null, key };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      data: null,
      problem: `Your report sheets could not be read: ${callRedactor().redact(reason)}`,
      key,
    };
  }
}

/** The report sheets read now, whole; their facts are kept for review and Generate. */
export function readReportData(): ReportDataRead {
  return readSheets(sheetsNow());
}

/**
 * The facts for review and Generate: those kept at open while the report sheets look the same,
 * else read now; null without report sheets, or when they cannot be read. `key`: what the sheets
 * hold now, read or not, to compare with what they held at open.
 */
export function readDraftFacts(): { facts: DraftFacts | null; key: string } {
  const now = sheetsNow();
  if (now.sheets.length === 0) return { facts: null, key: noSheetsKey };
  // The key passes over every cell: made once, for the look-up and for keeping what is read.
  const key = factsKeyOf(now);
  const kept = loadFacts(key);
  const reportSheets = now.sheets.map((sheet) => sheet.values);
  if (kept) {
    // The sheets were read whole for the key: their buyer columns need no read of their own.
    const buyerPlaces = noteSheetBuyerValues(now.sheets);
    const facts = {
      ...kept,
      buyerIdentifiers: callBuyerValues(),
      buyerPlaces,
      redactor: callRedactor(),
      reportSheets,
    };
    return { facts, key };
  }
  const { data } = readSheets(now, key);
  return { facts: data ? { ...data, reportSheets } : null, key };
}
