import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host/index';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

let host: LocalHost;
let addon: LoadedAddon;
let now = Date.UTC(2026, 10, 15, 12);
const dist = addonDist();

beforeEach(() => {
  now = Date.UTC(2026, 10, 15, 12);
  host = createLocalHost({ clock: () => now });
  addon = host.load(dist);
});

const run = <T>(code: string): T => addon.run<T>(`(function () { ${code} })()`);

describe('CacheService', () => {
  it('keeps strings per cache, and finds only what it holds', () => {
    const out = run<unknown[]>(`
      var doc = CacheService.getDocumentCache();
      doc.put('a', '1');
      doc.putAll({ b: '2', c: '3' }, 60);
      CacheService.getUserCache().put('a', 'user');
      doc.remove('c');
      return [doc.get('a'), doc.get('c'), doc.getAll(['a', 'b', 'c', 'd']),
        CacheService.getScriptCache().get('a'), CacheService.getUserCache().get('a')];
    `);
    expect(out).toEqual(['1', null, { a: '1', b: '2' }, null, 'user']);
  });

  it('lets entries expire: 10 minutes by default, at most 6 hours', () => {
    run(`var c = CacheService.getDocumentCache(); c.put('short', 'x'); c.put('long', 'y', 21600);`);
    now += 600_000;
    expect(run(`return CacheService.getDocumentCache().get('short');`)).toBeNull();
    expect(run(`return CacheService.getDocumentCache().get('long');`)).toBe('y');
    now += 21_600_000;
    expect(run(`return CacheService.getDocumentCache().get('long');`)).toBeNull();
    for (const seconds of [0, 21_601, 1.5]) {
      expect(() => run(`CacheService.getDocumentCache().put('k', 'v', ${seconds});`)).toThrow();
    }
  });

  it('refuses a key over 250 characters, a value over 100 KB and a value that is not text', () => {
    const cache = 'CacheService.getDocumentCache()';
    expect(() => run(`${cache}.put(new Array(252).join('k'), 'v');`)).toThrow(/too large: key/);
    expect(() => run(`${cache}.put('k', new Array(100002).join('x'));`)).toThrow(
      /too large: value/,
    );
    // 100,000 bytes of UTF-8, not characters: 40,000 three-byte characters are too many.
    expect(() => run(`${cache}.put('k', new Array(40001).join('€'));`)).toThrow(/too large/);
    expect(() => run(`${cache}.putAll({ k: { a: 1 } });`)).toThrow(/don't match/);
    run(`${cache}.put('k', new Array(100001).join('x'));`);
    expect(host.caches.document.size()).toBe(1);
  });

  it('holds at most 1,000 entries, keeping the 900 farthest from expiry', () => {
    run(`
      var c = CacheService.getDocumentCache();
      for (var i = 0; i < 1000; i++) c.put('k' + i, 'v', 100 + i);
      c.put('last', 'v', 21600);
    `);
    expect(host.caches.document.size()).toBe(900);
    expect(run(`return CacheService.getDocumentCache().get('k0');`)).toBeNull();
    expect(run(`return CacheService.getDocumentCache().get('last');`)).toBe('v');
  });

  it('can lose everything at any time, as Google may', () => {
    run(`CacheService.getDocumentCache().put('k', 'v');`);
    host.caches.document.evictAll();
    expect(run(`return CacheService.getDocumentCache().get('k');`)).toBeNull();
  });
});
