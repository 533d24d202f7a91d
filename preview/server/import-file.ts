/**
 * What the Import report dialog does with a file, done from Node: the same parser and batches, each
 * batch sent to the add-on's `importReportRows` through google.script.run's rules, the answers
 * added up into the summary the dialog shows.
 */
import type { RpcBridge } from '../../host/serve-rpc';
import { parseDelimited } from '../../src/core/importing/delimited';
import { fileBatches } from '../../src/core/importing/file-batches';
import type { ImportBatchResult } from '../../src/core/importing/request';
import { addBatchResult, type ImportSummary, summaryLines } from '../../src/core/importing/summary';

export interface ImportOutcome {
  summary: ImportSummary;
  lines: string[];
  batches: number;
}

export async function importFile(
  rpc: RpcBridge,
  fileName: string,
  text: string,
  /** What the dialog's options add to each request, e.g. leaving out the buyer columns. */
  options: { withoutBuyerColumns?: boolean } = {},
): Promise<ImportOutcome> {
  const parsed = fileBatches(parseDelimited(text).rows);
  if (!parsed) throw new Error(`${fileName}: nothing to import.`);
  let summary: ImportSummary | null = null;
  for (const batch of parsed.batches) {
    const result = (await rpc('importReportRows', [
      {
        fileName,
        header: parsed.header,
        rows: batch.rows,
        firstRow: batch.firstRow,
        currencies: parsed.currencies,
        ...options,
      },
    ])) as ImportBatchResult;
    summary = addBatchResult(summary, result);
  }
  if (!summary) throw new Error(`${fileName}: no batch was sent.`);
  return { summary, lines: summaryLines(summary, parsed.dataRows), batches: parsed.batches.length };
}
