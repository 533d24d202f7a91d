import { describe, expect, it } from 'vitest';
import { marketplaceByCode } from '../../../src/core/marketplaces';
import {
  type FactsContext,
  factsEntries,
  factsFromPieces,
  factsKey,
  factsPieceKeys,
  type KeptFacts,
} from '../../../src/core/plan/report-facts';

const orders = {
  sheetId: 1,
  kind: 'allOrders',
  headerRow: 1,
  lastRow: 1201,
  header: ['amazon-order-id'],
};
const feedback = { sheetId: 7, kind: 'feedback', headerRow: 2, lastRow: 40, header: ['Order ID'] };
const context: FactsContext = {
  build: 'sh-build-0123456789ab',
  sheets: [orders, feedback],
  marketplace: null,
  nearMargin: 0.2,
  timeZone: 'America/Los_Angeles',
  content: '0123456789abcdef:2400',
};

function facts(affectedOrders: number, productName: string): KeptFacts {
  const affected = Array.from({ length: affectedOrders }, (_, i) => ({
    orderId: `114-${String(i).padStart(7, '0')}-0000000`,
    day: '2026-11-02',
    defects: ['shipped 2 days late'],
    sku: 'CL-DUTCH-6QT',
    productName,
  }));
  return {
    marketplaces: [
      {
        marketplace: marketplaceByCode('US'),
        options: { marketplace: marketplaceByCode('US'), asOf: '2026-11-15', nearMargin: 0.2 },
        stake: { sales: [], toShip: [], waiting: 0 },
        results: [],
        findings: [],
        affected: affected as unknown as KeptFacts['marketplaces'][number]['affected'],
      },
    ],
  };
}

describe('the key the Plan of Action facts are kept under', () => {
  it('stays while the report sheets look the same', () => {
    const copy = structuredClone(context);
    expect(factsKey(copy)).toBe(factsKey(context));
    expect(factsKey(context).length).toBeLessThanOrEqual(250);
  });

  it('changes with a row pasted, a cell corrected, a header, a sheet, a setting, the time zone or the build', () => {
    const changed: FactsContext[] = [
      { ...context, sheets: [{ ...orders, lastRow: 1202 }, feedback] },
      { ...context, sheets: [{ ...orders, header: ['order-id'] }, feedback] },
      { ...context, sheets: [{ ...orders, headerRow: 2 }, feedback] },
      { ...context, sheets: [{ ...orders, sheetId: 2 }, feedback] },
      { ...context, sheets: [orders] },
      { ...context, sheets: [feedback, orders] },
      { ...context, marketplace: 'UK' },
      { ...context, nearMargin: 0.3 },
      { ...context, timeZone: 'Europe/London' },
      { ...context, build: 'sh-build-ba9876543210' },
      { ...context, content: '0123456789abcdee:2400' },
    ];
    const keys = new Set([factsKey(context), ...changed.map(factsKey)]);
    expect(keys.size).toBe(changed.length + 1);
  });
});

describe('the facts as cache entries', () => {
  const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

  it('come back whole, however long and however spelled', () => {
    // Three-byte characters and surrogate pairs (emoji) at every offset of a piece boundary.
    for (const name of ['Gusseisen-Bräter €', 'Lantern 🏕️ LED', 'x']) {
      const original = facts(3_000, name);
      const entries = factsEntries('k', original);
      const keys = factsPieceKeys('k', entries.k ?? null);
      expect(keys.length).toBeGreaterThan(1);
      for (const key of keys) expect(utf8Bytes(entries[key] ?? '')).toBeLessThanOrEqual(100_000);
      for (const key of keys) expect(entries[key]).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(factsFromPieces(keys, entries)).toEqual(original);
    }
  });

  it('are not read when a piece is missing or the count is not one', () => {
    const entries = factsEntries('k', facts(3_000, 'x'));
    const keys = factsPieceKeys('k', entries.k ?? null);
    const { [keys[1] ?? '']: _dropped, ...withoutOne } = entries;
    expect(factsFromPieces(keys, withoutOne)).toBeNull();
    expect(factsPieceKeys('k', null)).toEqual([]);
    expect(factsPieceKeys('k', 'many')).toEqual([]);
    expect(factsFromPieces(['k:0'], { 'k:0': '{"marketplaces":' })).toBeNull();
    expect(factsFromPieces(['k:0'], { 'k:0': '{"results":[]}' })).toBeNull();
  });
});
