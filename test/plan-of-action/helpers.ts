/**
 * Shared set-up for the Plan of Action tests: the local Apps Script host's services installed as
 * globals (for the src/gas modules run from source), and drafts to work with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createLocalHost, type LocalHost } from '../../host';
import type { WizardState } from '../../src/core/plan/contract';
import type { PlanDraft } from '../../src/core/plan/types';

/** A fresh host whose services are the globals Apps Script would provide. */
export function stubHost(): LocalHost {
  const host = createLocalHost({ timeZone: 'America/Los_Angeles' });
  for (const [name, service] of Object.entries(host.services)) vi.stubGlobal(name, service);
  return host;
}

export function draft(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return {
    notice: {
      kind: 'lateShipmentRate',
      date: '2026-11-02',
      asins: ['B07XJ8C8F5'],
      text: 'Your Late Shipment Rate is above our target.',
    },
    tickedFindingIds: [],
    rootCauses: ['Our handling time was shorter than our warehouse needed.'],
    correctiveActions: ['We set the handling time to two days.'],
    preventiveMeasures: [
      { text: 'Daily dispatch check.', owner: 'Warehouse lead', due: '2026-11-20' },
    ],
    ...overrides,
  };
}

export function wizardState(overrides: Partial<WizardState> = {}): WizardState {
  return {
    step: 'rootCauses',
    reached: 'correctiveActions',
    draft: draft(),
    prefilledFindingIds: [],
    channel: 'form',
    ...overrides,
  };
}

/** The sample reports (samples/*.tsv, from scripts/generate-samples.ts) and their sheet names. */
export const sampleSheets = [
  ['all-orders.tsv', 'All Orders'],
  ['seller-fulfilled-orders.tsv', 'Seller-fulfilled orders'],
  ['shipping-confirmations.tsv', 'Shipping confirmations'],
  ['fba-shipments.tsv', 'FBA shipments'],
  ['feedback.tsv', 'Feedback'],
  ['claims.tsv', 'A-to-z claims'],
  ['chargebacks.tsv', 'Chargebacks'],
] as const;

const samplesDir = join(__dirname, '../../samples');

export function readTsv(file: string): string[][] {
  return readFileSync(join(samplesDir, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/** Pastes every sample report into its own sheet of the host's spreadsheet. */
export function loadSamples(host: LocalHost): void {
  for (const [file, name] of sampleSheets) host.spreadsheet.addSheetWithValues(name, readTsv(file));
}

/** Header names of buyer-data columns in the samples (kept apart from the add-on's own list). */
const buyerHeaders = new Set([
  'buyer-email',
  'buyer-name',
  'buyer-phone-number',
  'recipient-name',
  'ship-phone-number',
  'ship-address-1',
  'Rater Email',
]);

/** Every buyer name, e-mail, phone and street address in the samples. */
export function sampleBuyerData(): string[] {
  const found = new Set<string>();
  for (const [file] of sampleSheets) {
    const [header = [], ...rows] = readTsv(file);
    const columns = header.flatMap((name, i) => (buyerHeaders.has(name) ? [i] : []));
    for (const row of rows) {
      for (const column of columns) {
        const value = row[column]?.trim();
        if (value) found.add(value);
      }
    }
  }
  return [...found];
}
