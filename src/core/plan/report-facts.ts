/**
 * The facts a draft is checked against and written from (the metrics, the findings, the affected
 * orders, the tables of the Doc's section for the seller), kept between the Plan of Action's calls
 * so that review and Generate read each report sheet once but need not measure it again. They are stored
 * under a key made of what the report sheets look like (each one's kind, place, row count and
 * header), a fingerprint of every cell they hold, the settings, the spreadsheet's time zone and
 * the build of the code: when a seller pastes rows, corrects a cell, changes a header or a
 * setting, or a new version is pushed, the key changes and the facts are measured again. Opening
 * the sidebar always measures them afresh. The findings and affected orders have passed the
 * redaction step (./report-data.ts), and buyer values are never part of the facts.
 */
import type { Marketplace } from '../marketplaces';
import type { MetricOptions } from '../metrics/types';
import type { SellerStake } from './damage';
import type { PlanFacts } from './scope';

/** One marketplace's facts, measured apart as Amazon measures them. */
export interface KeptMarketplace extends PlanFacts {
  marketplace: Marketplace;
  /** The as-of day and near margin the figures were measured with. */
  options: MetricOptions;
  /** The tables of the Doc's section for the seller (./damage.ts). */
  stake: SellerStake;
}

/** What is kept: each marketplace's facts, in the order of `ReportData.marketplaces`. */
export interface KeptFacts {
  marketplaces: KeptMarketplace[];
}

/** What a report sheet looks like, as far as the facts depend on it. */
export interface ReportSheetShape {
  sheetId: number;
  kind: string;
  headerRow: number;
  lastRow: number;
  header: readonly string[];
}

export interface FactsContext {
  /** What built the code that measures them (scripts/build.ts's stamp): another build reads afresh. */
  build: string;
  sheets: readonly ReportSheetShape[];
  marketplace: string | null;
  nearMargin: number;
  /** The spreadsheet's zone: date cells are read in it. */
  timeZone: string;
  /** What the report sheets hold, cell by cell (./sheet-content.ts): a value corrected in place. */
  content: string;
}

/**
 * Raised when what the facts hold changes shape. A built add-on also keys them by its build stamp,
 * so a push never reads facts its previous version measured; this covers `npm start` and the tests
 * that run src/ as it is.
 */
const factsFormat = 3;

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A cache key (well under the 250 characters a key may have) for the sheets as they are. */
export function factsKey(context: FactsContext): string {
  const shape = JSON.stringify([
    factsFormat,
    context.build,
    context.timeZone,
    context.marketplace,
    context.nearMargin,
    context.content,
    context.sheets.map((s) => [s.sheetId, s.kind, s.headerRow, s.lastRow, s.header]),
  ]);
  // Two hashes with different seeds and the length: a collision would need all three to agree.
  return `planFacts:${fnv1a(shape, 0x811c9dc5)}${fnv1a(shape, 0x9747b28c)}:${shape.length}`;
}

/**
 * A cache value holds at most 100 KB. A UTF-16 code unit takes at most 3 bytes in UTF-8, so a
 * piece of 30,000 units stays under the limit however the text is spelled.
 */
const pieceLength = 30_000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The facts as cache entries: `key` holds the number of pieces, `key:0`, `key:1` … the JSON.
 * A piece never ends inside a surrogate pair, which UTF-8 could not store.
 */
export function factsEntries(key: string, facts: KeptFacts): Record<string, string> {
  const json = JSON.stringify(facts);
  const entries: Record<string, string> = {};
  let count = 0;
  for (let start = 0; start < json.length; count++) {
    let end = Math.min(start + pieceLength, json.length);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    entries[`${key}:${count}`] = json.slice(start, end);
    start = end;
  }
  entries[key] = String(count);
  return entries;
}

/** The keys of the pieces, from what `key` holds; empty when it holds no count. */
export function factsPieceKeys(key: string, count: string | null): string[] {
  const n = Number(count);
  if (count === null || !Number.isInteger(n) || n < 1) return [];
  return Array.from({ length: n }, (_, i) => `${key}:${i}`);
}

/** The facts from their pieces; null when a piece is missing (a cache may drop any entry). */
export function factsFromPieces(
  pieceKeys: readonly string[],
  pieces: Readonly<Record<string, string>>,
): KeptFacts | null {
  if (pieceKeys.length === 0) return null;
  let json = '';
  for (const pieceKey of pieceKeys) {
    const piece = pieces[pieceKey];
    if (piece === undefined) return null;
    json += piece;
  }
  try {
    const facts = JSON.parse(json) as KeptFacts;
    const complete =
      Array.isArray(facts.marketplaces) &&
      facts.marketplaces.every(
        (m) =>
          typeof m.marketplace?.code === 'string' &&
          typeof m.options?.asOf === 'string' &&
          Array.isArray(m.stake?.toShip) &&
          Array.isArray(m.results) &&
          Array.isArray(m.findings) &&
          Array.isArray(m.affected),
      );
    return complete ? facts : null;
  } catch {
    return null;
  }
}
