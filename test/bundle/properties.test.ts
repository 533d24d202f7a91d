/**
 * Issue 8, "Done when": over 100,000 generated rows fed through every custom function of the built
 * bundle, no function crashes (TypeError, RangeError, an internal message), none returns NaN,
 * Infinity or a rate outside 0..1, and every refusal names the argument, and for a row problem the
 * row, the report and the column. The reports are generated whole (see ../generated-reports.ts);
 * the arguments beside them (as_of, marketplace, channel, window) vary too.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import {
  generatedReports,
  internalMessage,
  type ReportName,
  rowProblemMessage,
} from '../generated-reports';

let addon: LoadedAddon;
beforeAll(() => {
  addon = createLocalHost({ timeZone: 'Europe/Berlin' }).load(join(__dirname, '../../dist'));
});

/** Rows per report in one generated seller: 11,500 rows in all. */
const sizes: Record<ReportName, number> = {
  orders: 4500,
  mfnOrders: 2500,
  shipments: 2500,
  feedback: 500,
  claims: 200,
  chargebacks: 100,
  fbaShipments: 1000,
  odrDefects: 200,
};
const rowsPerSeller = Object.values(sizes).reduce((a, b) => a + b, 0);
const sellers = Math.ceil(100_000 / rowsPerSeller);
const seller = generatedReports(sizes);

/** Mostly arguments a seller would type, sometimes one at the edges. */
const mostly = <T>(usual: T[], edges: T[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...usual) },
    { weight: 1, arbitrary: fc.constantFrom(...edges) },
  );
const asOfArgument = mostly<unknown>(
  [undefined, '', '2026-11-15', '2026-10-01', new Date('2026-11-10T00:00:00+01:00')],
  ['0001-01-01', '9999-12-31', 'soon', new Date(Number.NaN), 46_000, true],
);
const marketplaceArgument = mostly([undefined, '', 'US', 'us'], ['uk', 'JP', 'IN', 'XX']);
const channelArgument = mostly([undefined, 'MFN', 'AFN', 'fbm'], ['both', 3]);
const windowArgument = mostly([undefined, 30], [10, 7, 14, '30 days']);

/** Headers of the table columns that hold rates. */
const rateColumns = new Set(['Value', 'Rate', 'Rate after it leaves']);

/** What is wrong with what a function returned; null when nothing is. */
function problemWith(name: string, value: unknown): string | null {
  const badNumber = (n: unknown) => typeof n === 'number' && !Number.isFinite(n);
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 && value <= 1 ? null : `${name} gave ${value}`;
  }
  if (!Array.isArray(value)) return `${name} gave ${typeof value}`;
  const header = (value[0] ?? []) as unknown[];
  const trends = name === 'HEALTH_TRENDS';
  for (const row of value.slice(1) as unknown[][]) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (badNumber(cell)) return `${name} has ${cell} under ${header[c]}`;
      if (typeof cell === 'string' && internalMessage.test(cell) && !/^[A-Z]/.test(cell)) {
        return `${name} shows "${cell}"`;
      }
      const isRate = trends ? c > 0 : rateColumns.has(String(header[c]));
      if (isRate && cell !== '' && !(typeof cell === 'number' && cell >= 0 && cell <= 1)) {
        return `${name} has the rate ${String(cell)} under ${header[c]}`;
      }
    }
  }
  return null;
}

/** What is wrong with a refusal; null when it names what the seller must fix. */
function problemWithRefusal(name: string, error: unknown): string | null {
  if (!(error instanceof Error) && Object.prototype.toString.call(error) !== '[object Error]') {
    return `${name} threw ${String(error)}`;
  }
  const { message, name: type } = error as Error;
  if (type === 'TypeError' || type === 'RangeError') return `${name}: ${type} ${message}`;
  // The cell a row problem quotes is the seller's data, whatever it says.
  const ownWords = message.replace(/, (has "[^"]*"|has "[\s\S]*?\.\.\."); expected/, '; expected');
  if (internalMessage.test(ownWords)) return `${name}: internal message "${message}"`;
  if (/\brow \d+/.test(message.split(';')[0] ?? '') && !rowProblemMessage.test(message)) {
    return `${name}: a row problem without its report or column: "${message}"`;
  }
  // Every refusal starts with what it is about: an argument, or the metric that has no data.
  if (!/^([a-z_]+: |[A-Z][A-Za-z -]+(Rate|Defect Rate)[ :(]|No orders to date)/.test(message)) {
    return `${name}: "${message}" names no argument`;
  }
  return null;
}

describe(`every custom function on ${(sellers * rowsPerSeller).toLocaleString('en-US')} generated rows`, () => {
  it('returns rates in 0..1 and finite numbers, or refuses naming the argument, report, column and row', () => {
    const seen = { values: 0, refusals: 0, rowProblems: 0 };
    fc.assert(
      fc.property(
        seller,
        asOfArgument,
        marketplaceArgument,
        channelArgument,
        windowArgument,
        fc.boolean(),
        (generated, givenAsOf, marketplace, channel, windowDays, odrDownload) => {
          // Copied into the add-on's realm once, as Sheets passes each range.
          const r = addon.toRealm(generated);
          const asOf = addon.toRealm(givenAsOf);
          // Amazon's ODR download is accepted as any of the defect arguments.
          const defects = [r.feedback, odrDownload ? r.odrDefects : r.claims, r.chargebacks];
          const all = [r.orders, r.mfnOrders, r.shipments, ...defects];
          const calls: [string, unknown[]][] = [
            ['ODR', [r.orders, ...defects, channel, asOf]],
            ['LATE_SHIPMENT_RATE', [r.mfnOrders, r.shipments, windowDays, asOf]],
            ['CANCELLATION_RATE', [r.orders, windowDays, asOf]],
            ['VALID_TRACKING_RATE', [r.orders, r.shipments, asOf]],
            ['ON_TIME_DELIVERY_RATE', [r.mfnOrders, r.shipments, 'unit', asOf]],
            ['ACCOUNT_HEALTH', [...all, asOf, marketplace, 0.2]],
            ['RECOVERY_PLAN', [...all, asOf, marketplace]],
            ['HEALTH_TRENDS', [...all, asOf, marketplace]],
            ['SALES_AT_STAKE', [r.orders, r.fbaShipments, asOf, marketplace]],
            ['ORDERS_TO_SHIP', [r.orders, r.mfnOrders, r.shipments, asOf, marketplace]],
          ];
          for (const [name, args] of calls) {
            let found: string | null;
            try {
              found = problemWith(name, addon.globals[name]?.(...args));
              seen.values++;
            } catch (error) {
              found = problemWithRefusal(name, error);
              seen.refusals++;
              if (rowProblemMessage.test((error as Error).message)) seen.rowProblems++;
            }
            if (found) throw new Error(found);
          }
        },
      ),
      { numRuns: sellers, seed: 20261201, endOnFailure: true },
    );
    // Both sides were exercised: values computed to the end, and refusals of row problems.
    expect(seen.values).toBeGreaterThan(sellers);
    expect(seen.rowProblems).toBeGreaterThan(sellers);
  });
});
