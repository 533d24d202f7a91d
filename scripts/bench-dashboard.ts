/**
 * The dashboard's part of `npm run bench`: an import of an All Orders report of about `rows` rows
 * through the import dialog's server function (in the dialog's batches), then a Health sheet build
 * over the report sheets, each timed and with its service calls counted, in the local host.
 * Expects dist/ to be built (scripts/bench.ts builds it first).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalHost, type LocalHost } from '../host';
import { createRpcBridge } from '../host/serve-rpc';
import { parseDelimited } from '../src/core/importing/delimited';
import { fileBatches } from '../src/core/importing/file-batches';
import { generateSampleReports, type SampleReports, toTsv } from './sample-data';

const distDir = join(import.meta.dirname, '..', 'dist');

/** Sample reports whose All Orders report has about `rows` item rows (~1.17 rows per order). */
export function reportsWithRows(rows: number): SampleReports {
  return generateSampleReports({
    seed: 7,
    orders: Math.max(1, Math.round(rows / 1.17)),
    days: 90,
    endDay: '2026-11-15',
  });
}

/** Pastes the other reports straight into sheets, as a seller would. */
export function pasteReports(host: LocalHost, reports: SampleReports): void {
  host.spreadsheet.addSheetWithValues('Order report', reports.sellerFulfilledOrders);
  host.spreadsheet.addSheetWithValues('Shipments', reports.shippingConfirmations);
  host.spreadsheet.addSheetWithValues('Feedback', reports.feedback);
  host.spreadsheet.addSheetWithValues('Claims', reports.claims);
  host.spreadsheet.addSheetWithValues('Chargebacks', reports.chargebacks);
}

export async function benchDashboard(
  rows: number,
): Promise<{ importMs: number; buildMs: number; importCalls: number; buildCalls: number }> {
  const reports = reportsWithRows(rows);
  const host = createLocalHost();
  const addon = host.load(distDir);
  const rpc = createRpcBridge(addon);
  pasteReports(host, reports);

  const text = toTsv(reports.allOrders);
  host.resetCalls();
  let start = performance.now();
  const parsed = fileBatches(parseDelimited(text).rows);
  for (const batch of parsed?.batches ?? []) {
    await rpc('importReportRows', [
      {
        fileName: 'All Orders.txt',
        header: parsed?.header ?? [],
        rows: batch.rows,
        firstRow: batch.firstRow,
      },
    ]);
  }
  const importMs = performance.now() - start;
  const importCalls = host.calls.length;

  host.resetCalls();
  start = performance.now();
  addon.globals.buildHealthSheet?.();
  const buildMs = performance.now() - start;
  return { importMs, buildMs, importCalls, buildCalls: host.calls.length };
}
