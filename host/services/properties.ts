/** PropertiesService: three string-valued stores with Apps Script's size limits. */
import { Fake, type FakeRegistry, isPlainObject, signatureError } from './registry';

/** Apps Script: 9 KB per value, 500 KB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

export class PropertiesFake extends Fake {
  readonly apiName = 'Properties';
  static readonly testOnly = ['toObject'];
  readonly store = new Map<string, string>();
  constructor(
    reg: FakeRegistry,
    readonly kind: 'document' | 'user' | 'script',
  ) {
    super(reg);
  }
  /** Numbers and booleans become strings (as in Apps Script); other non-strings throw. */
  _text(method: string, key: unknown, value: unknown): [string, string] {
    const ok = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    if (typeof key !== 'string' || !ok)
      signatureError(this.reg, `PropertiesService.Properties.${method}`, [key, value]);
    const text = String(value);
    if (Buffer.byteLength(key) + Buffer.byteLength(text) > MAX_VALUE_BYTES)
      this._fail('Argument too large: value');
    return [key, text];
  }
  _checkQuota(): void {
    let total = 0;
    for (const [k, v] of this.store) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > MAX_STORE_BYTES) this._fail('You have exceeded the property storage quota.');
  }
  /** Test helper: the store as a plain object. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getProperty(key: unknown): string | null {
    if (typeof key !== 'string')
      signatureError(this.reg, 'PropertiesService.Properties.getProperty', [key]);
    return this.store.get(key) ?? null;
  }
  setProperty(key: unknown, value: unknown): this {
    const [k, v] = this._text('setProperty', key, value);
    const before = this.store.get(k);
    this.store.set(k, v);
    try {
      this._checkQuota();
    } catch (e) {
      if (before === undefined) this.store.delete(k);
      else this.store.set(k, before);
      throw e;
    }
    return this;
  }
  setProperties(properties: unknown, deleteAllOthers?: unknown): this {
    if (!isPlainObject(properties)) {
      signatureError(this.reg, 'PropertiesService.Properties.setProperties', [
        properties,
        deleteAllOthers,
      ]);
    }
    const entries = Object.entries(properties).map(([k, v]) => this._text('setProperties', k, v));
    const before = new Map(this.store);
    if (deleteAllOthers === true) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    try {
      this._checkQuota();
    } catch (e) {
      this.store.clear();
      for (const [k, v] of before) this.store.set(k, v);
      throw e;
    }
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  deleteProperty(key: unknown): this {
    if (typeof key !== 'string')
      signatureError(this.reg, 'PropertiesService.Properties.deleteProperty', [key]);
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class PropertiesServiceFake extends Fake {
  readonly apiName = 'PropertiesService';
  readonly document: PropertiesFake;
  readonly user: PropertiesFake;
  readonly script: PropertiesFake;
  constructor(reg: FakeRegistry) {
    super(reg);
    this.document = new PropertiesFake(reg, 'document');
    this.user = new PropertiesFake(reg, 'user');
    this.script = new PropertiesFake(reg, 'script');
  }
  getDocumentProperties(): PropertiesFake {
    return this.document;
  }
  getUserProperties(): PropertiesFake {
    return this.user;
  }
  getScriptProperties(): PropertiesFake {
    return this.script;
  }
}
