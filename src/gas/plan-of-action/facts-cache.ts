/**
 * The Plan of Action's facts (src/core/plan/report-facts.ts) in this document's CacheService
 * cache. A cache may drop any entry at any time: a miss only means the sheets are read again.
 */
import {
  factsEntries,
  factsFromPieces,
  factsPieceKeys,
  type KeptFacts,
} from '../../core/plan/report-facts';

/** The longest Google keeps a cache entry: 6 hours. Opening the sidebar stores the facts anew. */
const factsExpirySeconds = 21_600;

function documentCache(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getDocumentCache();
}

export function storeFacts(key: string, facts: KeptFacts): void {
  const cache = documentCache();
  if (!cache) return;
  try {
    cache.putAll(factsEntries(key, facts), factsExpirySeconds);
  } catch {
    // Facts too large for the cache, or the cache unavailable: the next call reads the sheets.
  }
}

export function loadFacts(key: string): KeptFacts | null {
  const cache = documentCache();
  if (!cache) return null;
  const pieceKeys = factsPieceKeys(key, cache.get(key));
  if (pieceKeys.length === 0) return null;
  return factsFromPieces(pieceKeys, cache.getAll(pieceKeys));
}
