/**
 * Generated reports for the property tests [issue 8]: rows drawn from the sample reports, with
 * cells replaced by what a seller's sheet can hold at the edges: dates of any year from 1 to 9999,
 * Sheets Date objects and serial numbers, locale dates that could mean two days, amounts of 400
 * nines, negative and fractional quantities, booleans, blanks and text that is no value at all.
 * Generated in bulk: fast-check draws a seed and a share of dirty rows, and the rows are built
 * from them in a plain loop, so 100,000 rows take a fraction of a second.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDelimited } from '../src/core/importing/delimited';

const root = join(import.meta.dirname, '..');
const sample = (file: string) =>
  parseDelimited(readFileSync(join(root, 'samples', file), 'utf8')).rows as unknown[][];

/** Amazon's own ODR download has no sample: a few rows of its three columns. */
function odrDownload(): unknown[][] {
  const orders = sample('all-orders.tsv').slice(1, 40);
  const kinds = ['Negative Feedback', 'A-to-z Guarantee Claim', 'Chargeback'];
  return [
    ['Order Date', 'Order ID', 'Defect Type', 'Fulfillment Channel'],
    ...orders.map((row, i) => [
      String(row[2]).slice(0, 10),
      row[0],
      kinds[i % 3],
      i % 4 === 0 ? 'AFN' : 'MFN',
    ]),
  ];
}

export type ReportName =
  | 'orders'
  | 'mfnOrders'
  | 'shipments'
  | 'feedback'
  | 'claims'
  | 'chargebacks'
  | 'fbaShipments'
  | 'odrDefects';

let templates: Record<ReportName, unknown[][]> | undefined;

/** The sample reports the rows are drawn from (header first). */
export function sampleReports(): Record<ReportName, unknown[][]> {
  templates ??= {
    orders: sample('all-orders.tsv'),
    mfnOrders: sample('seller-fulfilled-orders.tsv'),
    shipments: sample('shipping-confirmations.tsv'),
    feedback: sample('feedback.tsv'),
    claims: sample('claims.tsv'),
    chargebacks: sample('chargebacks.tsv'),
    fbaShipments: sample('fba-shipments.tsv'),
    odrDefects: odrDownload(),
  };
  return templates;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A timestamp in Amazon's form, any year 1 to 9999. */
const anyYearTimestamp = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
  })
  .map(
    ({ year, month, day, hour }) =>
      `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:00:00+00:00`,
  );

/** A day near the samples' (August to November 2026), in the forms a sheet holds. */
const nearbyDate = fc
  .record({ offset: fc.integer({ min: -200, max: 40 }), form: fc.nat(5) })
  .map(({ offset, form }) => {
    const instant = Date.parse('2026-11-15T18:00:00Z') + offset * 86_400_000;
    const iso = new Date(instant).toISOString();
    const [y, m, d] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
    switch (form) {
      case 0:
        return `${iso.slice(0, 19)}+00:00`;
      case 1:
        return iso.slice(0, 10);
      case 2:
        return new Date(instant); // a Sheets date cell
      case 3:
        return instant / 86_400_000 + 25_569; // a serial number
      case 4:
        return `${Number(m)}/${Number(d)}/${y.slice(2)}`; // may be ambiguous: 3/4/26
      default:
        return `${d}.${m}.${y}`;
    }
  });

/** What a cell can hold at the edges of what Sheets passes. */
export const edgeCell: fc.Arbitrary<unknown> = fc.oneof(
  anyYearTimestamp,
  nearbyDate,
  fc.constantFrom(
    '',
    ' ',
    '9999-12-31',
    '9999-12-31T23:59:59+00:00',
    '0001-01-01',
    '0026-11-15',
    '0100-01-01T00:00:00+00:00',
    '1900-01-01',
    '2062-11-15T10:00:00+00:00',
    '31/02/2026',
    '13/13/2026',
    '2026-11-15 25:00',
    '9'.repeat(400),
    '1e400',
    '-1',
    '1.5',
    '0',
    '999999999',
    '1,234.50',
    '89,95',
    'TRUE',
    'maybe',
    'N/A',
    '—',
    '=1/0',
    "'",
    '\u00a0',
  ),
  fc.constantFrom(true, false, 0, -1, 1e308, -1e308, 2_958_466, 0.5, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(new Date(Number.NaN), new Date('0026-11-15T00:00:00Z'), new Date('9999-12-31')),
  fc.string({ unit: fc.constantFrom('a', 'Z', '7', '-', '/', ':', ' ', '.', ','), maxLength: 12 }),
);

let edgePool: unknown[] | undefined;

/** A fixed pool of edge cells, drawn once by fast-check. */
function edgeCells(): unknown[] {
  edgePool ??= fc.sample(edgeCell, { numRuns: 3000, seed: 8 });
  return edgePool;
}

/** A small fast PRNG (mulberry32): reports are built in plain loops from one generated seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A report of `rows` rows drawn from the sample of that name: in about `dirtyShare` of them, one
 * or two cells are replaced by edge cells; the others mix and repeat sample rows, so the metrics
 * run to the end.
 */
export function buildReport(
  name: ReportName,
  rows: number,
  dirtyShare: number,
  seed: number,
): unknown[][] {
  const template = sampleReports()[name];
  const width = (template[0] ?? []).length;
  const pool = edgeCells();
  const next = seededRandom(seed);
  const report: unknown[][] = [template[0] ?? []];
  for (let r = 0; r < rows; r++) {
    const row = [...(template[1 + Math.floor(next() * (template.length - 1))] ?? [])];
    if (next() < dirtyShare) {
      const edits = 1 + Math.floor(next() * 2);
      for (let e = 0; e < edits; e++) {
        row[Math.floor(next() * width)] = pool[Math.floor(next() * pool.length)];
      }
    }
    report.push(row);
  }
  return report;
}

/** Generated reports of one seller: a seed and how dirty, so fast-check shrinks to a small case. */
export function generatedReports(
  sizes: Readonly<Record<ReportName, number>>,
): fc.Arbitrary<Record<ReportName, unknown[][]>> {
  return fc
    .record({
      seed: fc.integer(),
      dirty: fc.constantFrom(0, 0, 0, 0.0001, 0.001, 0.01),
    })
    .map(({ seed, dirty }) => {
      const reports = {} as Record<ReportName, unknown[][]>;
      for (const [name, rows] of Object.entries(sizes) as [ReportName, number][]) {
        reports[name] = buildReport(name, rows, dirty, seed + name.length);
      }
      return reports;
    });
}

/** Messages that would mean a crash or an internal check reached the seller. */
export const internalMessage =
  /Expected a day as|is not a calendar day|Infinity|NaN|undefined|null|TypeError|RangeError|Cannot read|is not a function|Invalid Date|Maximum call stack|\[object/;

const reportLabels = [
  'All Orders report',
  'seller-fulfilled Order Report',
  'shipping confirmation file',
  'Amazon Fulfilled Shipments report',
  'Seller Feedback report',
  'A-to-z Guarantee claims list',
  'chargebacks list',
  'Account Health ODR download',
].join('|');

/** A row problem as the seller reads it: the argument, the row, the report and the column. */
export const rowProblemMessage = new RegExp(
  `^[a-z_]+: row \\d+ of the (${reportLabels}), column "[^"]*", (has|is blank)`,
);
