/**
 * CacheService: the document, script and user caches, as strict as Google documents them: a key
 * of at most 250 characters, a value of at most 100 KB, an expiration from 1 second to 6 hours
 * (21,600 s; 10 minutes when none is given), and at most 1,000 items per cache (past that the
 * items nearest their expiry are dropped). A cache may lose any item at any time: `evictAll` does
 * that for tests, so code that reads a cache must work when it finds nothing.
 */
import { Fake, type FakeRegistry, isPlainObject, signatureError } from './registry';

const maxKeyLength = 250;
/** 100 KB counted as 100,000 bytes of UTF-8: the strictest reading of "100KB". */
const maxValueBytes = 100_000;
const maxExpirationSeconds = 21_600;
const defaultExpirationSeconds = 600;
const maxItems = 1_000;
/** What Google keeps when a cache passes `maxItems`: the items farthest from expiry. */
const itemsKeptWhenFull = 900;

interface Item {
  value: string;
  /** Epoch ms after which the item is gone. */
  expiresAt: number;
}

export class CacheFake extends Fake {
  readonly apiName = 'Cache';
  static readonly testOnly = ['evictAll', 'size', 'values'];
  private readonly items = new Map<string, Item>();

  constructor(
    reg: FakeRegistry,
    /** The clock expirations are measured by (tests may pass a controllable one). */
    private readonly now: () => number,
  ) {
    super(reg);
  }

  /** Test helper: the cache loses everything, as Google's may at any time. */
  evictAll(): void {
    this.items.clear();
  }

  /** Test helper: the items still held. */
  size(): number {
    this._dropExpired();
    return this.items.size;
  }

  /** Test helper: the values still held, to check what an add-on keeps. */
  values(): string[] {
    this._dropExpired();
    return [...this.items.values()].map((item) => item.value);
  }

  _dropExpired(): void {
    const now = this.now();
    for (const [key, item] of this.items) if (item.expiresAt <= now) this.items.delete(key);
  }

  _key(method: string, key: unknown, args: unknown[]): string {
    if (typeof key !== 'string') signatureError(this.reg, `CacheService.Cache.${method}`, args);
    if (key.length > maxKeyLength) this._fail(`Argument too large: key`);
    return key;
  }

  _expiration(method: string, seconds: unknown, args: unknown[]): number {
    if (seconds === undefined) return defaultExpirationSeconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
      signatureError(this.reg, `CacheService.Cache.${method}`, args);
    }
    if (seconds < 1 || seconds > maxExpirationSeconds) {
      this._fail(
        `Invalid argument: expirationInSeconds (${seconds}); expected 1 to ${maxExpirationSeconds}`,
      );
    }
    return seconds;
  }

  _value(method: string, value: unknown, args: unknown[]): string {
    if (typeof value !== 'string') signatureError(this.reg, `CacheService.Cache.${method}`, args);
    if (Buffer.byteLength(value) > maxValueBytes) this._fail('Argument too large: value');
    return value;
  }

  _store(entries: [string, string][], seconds: number): void {
    const expiresAt = this.now() + seconds * 1000;
    for (const [key, value] of entries) this.items.set(key, { value, expiresAt });
    this._dropExpired();
    if (this.items.size > maxItems) {
      const byExpiry = [...this.items].sort((a, b) => b[1].expiresAt - a[1].expiresAt);
      this.items.clear();
      for (const [key, item] of byExpiry.slice(0, itemsKeptWhenFull)) this.items.set(key, item);
    }
  }

  get(key: unknown): string | null {
    const k = this._key('get', key, [key]);
    this._dropExpired();
    return this.items.get(k)?.value ?? null;
  }

  getAll(keys: unknown): Record<string, string> {
    if (!Array.isArray(keys)) signatureError(this.reg, 'CacheService.Cache.getAll', [keys]);
    this._dropExpired();
    const found: Record<string, string> = {};
    for (const key of keys) {
      const item = this.items.get(this._key('getAll', key, [keys]));
      if (item) found[key] = item.value;
    }
    return found;
  }

  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    const args = [key, value, expirationInSeconds];
    const k = this._key('put', key, args);
    const v = this._value('put', value, args);
    this._store([[k, v]], this._expiration('put', expirationInSeconds, args));
  }

  putAll(values: unknown, expirationInSeconds?: unknown): void {
    const args = [values, expirationInSeconds];
    if (!isPlainObject(values)) signatureError(this.reg, 'CacheService.Cache.putAll', args);
    const seconds = this._expiration('putAll', expirationInSeconds, args);
    const entries = Object.entries(values).map(([key, value]): [string, string] => [
      this._key('putAll', key, args),
      this._value('putAll', value, args),
    ]);
    this._store(entries, seconds);
  }

  remove(key: unknown): void {
    this.items.delete(this._key('remove', key, [key]));
  }

  removeAll(keys: unknown): void {
    if (!Array.isArray(keys)) signatureError(this.reg, 'CacheService.Cache.removeAll', [keys]);
    for (const key of keys) this.items.delete(this._key('removeAll', key, [keys]));
  }
}

export class CacheServiceFake extends Fake {
  readonly apiName = 'CacheService';
  readonly document: CacheFake;
  readonly script: CacheFake;
  readonly user: CacheFake;
  constructor(reg: FakeRegistry, now: () => number = Date.now) {
    super(reg);
    this.document = new CacheFake(reg, now);
    this.script = new CacheFake(reg, now);
    this.user = new CacheFake(reg, now);
  }
  getDocumentCache(): CacheFake {
    return this.document;
  }
  getScriptCache(): CacheFake {
    return this.script;
  }
  getUserCache(): CacheFake {
    return this.user;
  }
}
