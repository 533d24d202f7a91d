/**
 * What the report sheets of this spreadsheet show, for the Plan of Action: the metrics, the
 * findings, the affected orders, and (in memory only) the buyer identifiers to keep out of the
 * plan. Read afresh on every call, so the sidebar always reflects the sheets as they are now.
 */

import { affectedOrders, findDefectFindings } from '../../core/analysis/findings';
import type { AffectedOrder, Finding } from '../../core/analysis/findings-types';
import { readHealthInput, resolveAsOf } from '../../core/health-input';
import { accountHealth } from '../../core/metrics';
import type { HealthInput, MetricResult } from '../../core/metrics/types';
import { buyerIdentifiersOf } from '../../core/reports/buyer-identifiers';
import { findReportSheets, readHealthRanges } from '../report-sheets';
import { readSettings } from '../settings';

export interface ReportData {
  input: HealthInput;
  results: MetricResult[];
  findings: Finding[];
  affected: AffectedOrder[];
  /** Buyer names, e-mails, phones and addresses from the sheets; never sent to the sidebar. */
  buyerIdentifiers: string[];
}

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
  const buyerIdentifiers = new Set<string>();
  for (const sheet of sheets) {
    for (const identifier of buyerIdentifiersOf(sheet.values)) buyerIdentifiers.add(identifier);
  }
  try {
    const settings = readSettings();
    const { input, marketplace } = readHealthInput(
      readHealthRanges(sheets),
      settings.marketplace ?? undefined,
    );
    const options = {
      marketplace,
      asOf: resolveAsOf(undefined, input, marketplace),
      nearMargin: settings.nearMargin,
    };
    const results = accountHealth(input, options);
    return {
      data: {
        input,
        results,
        findings: findDefectFindings(input, results, options),
        affected: affectedOrders(input, results),
        buyerIdentifiers: [...buyerIdentifiers],
      },
      problem: null,
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { data: null, problem: `Your report sheets could not be read: ${reason}` };
  }
}
