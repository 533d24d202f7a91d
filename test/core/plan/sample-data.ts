/**
 * The sample reports (samples/*.tsv) read through the Plan of Action's own path from ranges to
 * findings, for tests of whole plans on realistic data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthRanges } from '../../../src/core/health-input';
import { parseDelimited } from '../../../src/core/importing/delimited';
import { type ReportData, reportDataOf } from '../../../src/core/plan/report-data';

const samplesDir = join(import.meta.dirname, '../../../samples');

const sampleRanges: [string, keyof HealthRanges][] = [
  ['all-orders.tsv', 'orders'],
  ['seller-fulfilled-orders.tsv', 'mfnOrders'],
  ['shipping-confirmations.tsv', 'shipments'],
  ['fba-shipments.tsv', 'fbaShipments'],
  ['feedback.tsv', 'feedback'],
  ['claims.tsv', 'claims'],
  ['chargebacks.tsv', 'chargebacks'],
];

/** A sample read by the import's own parser, as a seller's pasted rows. */
function readTsv(file: string): string[][] {
  return parseDelimited(readFileSync(join(samplesDir, file), 'utf8')).rows;
}

let cached: ReportData | undefined;

/** The samples' plan data, read once per test file. */
export function sampleReportData(): ReportData {
  if (cached) return cached;
  const ranges: HealthRanges = {};
  const all: string[][][] = [];
  for (const [file, key] of sampleRanges) {
    const values = readTsv(file);
    ranges[key] = values;
    all.push(values);
  }
  cached = reportDataOf(ranges, all, { nearMargin: 0.2 });
  return cached;
}
