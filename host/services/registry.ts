/**
 * The machinery shared by every fake: call recording, the fail-loudly Proxy, enums and the realm.
 *
 * Each fake is a plain TypeScript class (a "model") extending `Fake`. The add-on never sees a model:
 * it sees a Proxy made by `FakeRegistry.wrap`, which
 * - exposes the model's public methods (not those starting with `_`, not the class's `testOnly`
 *   helpers) and its getters (enums on the services),
 * - records every method call in `calls` ({ service, method, args }),
 * - unwraps Proxy arguments back to models and wraps returned models in Proxies,
 * - copies returned arrays, Dates and plain objects into the add-on's realm (once `loadAddon` bound
 *   the context), so `instanceof Array` / `instanceof Date` in the add-on behave as in Apps Script,
 * - THROWS `Error("Local Apps Script host: Range.setBorder is not implemented")` for anything else.
 *
 * Tests use the models directly (e.g. `host.spreadsheet`): those calls are not recorded, return
 * models and Node-realm values, and also reach the test-only helpers.
 */
import vm from 'node:vm';

export interface CallRecord {
  /** The Apps Script class or service: "SpreadsheetApp", "Sheet", "Range", "Body", ... */
  service: string;
  method: string;
  args: unknown[];
}

/** How values are created in the realm that receives them. */
export interface Realm {
  Error: ErrorConstructor;
  array(items: unknown[]): unknown[];
  date(time: number): Date;
  object(entries: Array<[string, unknown]>): Record<string, unknown>;
}

const nodeRealm: Realm = {
  Error,
  array: (items) => items,
  date: (time) => new Date(time),
  object: (entries) => Object.fromEntries(entries),
};

/** Value helpers compiled inside the add-on's context, so what they build belongs to its realm. */
export function realmOf(context: vm.Context): Realm {
  const helpers = vm.runInContext(
    `({
      Error: Error,
      array: function (items) { var out = []; for (var i = 0; i < items.length; i++) out.push(items[i]); return out; },
      date: function (time) { return new Date(time); },
      object: function (entries) { var out = {}; for (var i = 0; i < entries.length; i++) out[entries[i][0]] = entries[i][1]; return out; }
    })`,
    context,
  ) as Realm;
  return helpers;
}

/** An Apps Script enum member. `String(v)` and `v.name()` give its name, `===` compares. */
export class EnumValue {
  constructor(
    readonly enumName: string,
    private readonly key: string,
    private readonly index: number,
  ) {}
  toString(): string {
    return this.key;
  }
  name(): string {
    return this.key;
  }
  ordinal(): number {
    return this.index;
  }
  toJSON(): string {
    return this.key;
  }
}

export type Enum<K extends string> = { readonly [P in K]: EnumValue };

/** Property names that tools (await, JSON, vitest, util.inspect) probe; answered with undefined. */
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
]);

export function notImplemented(what: string): Error {
  return new Error(`Local Apps Script host: ${what} is not implemented`);
}

const ENUMS = new WeakSet<object>();

/** An enum object whose unknown members throw. */
export function makeEnum<K extends string>(enumName: string, keys: readonly K[]): Enum<K> {
  const values: Record<string, EnumValue> = {};
  keys.forEach((k, i) => {
    values[k] = new EnumValue(enumName, k, i);
  });
  Object.freeze(values);
  const proxy = new Proxy(values, {
    get(target, prop) {
      if (typeof prop === 'symbol' || INTROSPECTION.has(prop)) return undefined;
      if (prop === 'toString') return () => enumName;
      if (!(Object.getOwnPropertyDescriptor(target, prop) !== undefined))
        throw notImplemented(`${enumName}.${prop}`);
      return target[prop];
    },
  }) as Enum<K>;
  ENUMS.add(proxy);
  return proxy;
}

export function isEnumValue(v: unknown, enumName?: string): v is EnumValue {
  return v instanceof EnumValue && (enumName === undefined || v.enumName === enumName);
}

/** Cross-realm type tests: the add-on's Dates and arrays come from another realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || isDate(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Base class of every model the add-on can reach. */
export abstract class Fake {
  /** The Apps Script class name, used in call records and error messages. */
  abstract readonly apiName: string;
  constructor(readonly reg: FakeRegistry) {}
  /** Throws an Error of the add-on's realm, as the platform would. */
  protected _fail(message: string): never {
    throw new this.reg.realm.Error(message);
  }
  toString(): string {
    return this.apiName;
  }
}

interface FakeClass {
  testOnly?: readonly string[];
}

function findDescriptor(target: object, prop: string): PropertyDescriptor | undefined {
  let proto = Object.getPrototypeOf(target);
  while (proto && proto !== Object.prototype && proto !== Fake.prototype) {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    if (d) return d;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

export class FakeRegistry {
  /** Every call the add-on made on a fake, in order. */
  readonly calls: CallRecord[] = [];
  realm: Realm = nodeRealm;
  /** Called with each call before the fake runs it: where the host starts a second execution. */
  beforeCall: ((call: CallRecord) => void) | null = null;
  private readonly proxies = new WeakMap<object, object>();
  private readonly models = new WeakMap<object, Fake>();

  /** Makes the values the fakes return belong to `context` (called by loadAddon). */
  bindContext(context: vm.Context): void {
    this.realm = realmOf(context);
  }

  /** The Proxy the add-on sees for a model (one per model). */
  wrap<T extends Fake>(model: T): T {
    const existing = this.proxies.get(model);
    if (existing) return existing as T;
    const reg = this;
    const name = model.apiName;
    const testOnly = new Set((model.constructor as FakeClass).testOnly ?? []);
    const proxy = new Proxy(model, {
      get(target, prop) {
        if (typeof prop === 'symbol') return Reflect.get(target, prop);
        if (INTROSPECTION.has(prop)) return undefined;
        if (prop === 'toString') return () => name;
        if (prop === 'constructor') return undefined;
        if (prop === 'valueOf') return Reflect.get(target, prop);
        const d =
          prop.startsWith('_') || testOnly.has(prop) ? undefined : findDescriptor(target, prop);
        if (d?.get) return reg.out(d.get.call(target));
        if (typeof d?.value !== 'function') {
          throw new reg.realm.Error(`Local Apps Script host: ${name}.${prop} is not implemented`);
        }
        const method = d.value as (...a: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const call = { service: name, method: prop, args };
          reg.calls.push(call);
          reg.beforeCall?.(call);
          return reg.out(
            method.apply(
              target,
              args.map((a) => reg.unwrap(a)),
            ),
          );
        };
      },
      set(_target, prop) {
        throw new reg.realm.Error(`Local Apps Script host: cannot set ${name}.${String(prop)}`);
      },
      has(target, prop) {
        if (typeof prop === 'symbol') return false;
        if (prop.startsWith('_') || testOnly.has(prop)) return false;
        return findDescriptor(target, prop) !== undefined;
      },
      ownKeys() {
        return [];
      },
    });
    this.proxies.set(model, proxy);
    this.models.set(proxy, model);
    return proxy;
  }

  /** A Proxy argument back to its model; arrays copied into the Node realm. */
  unwrap(value: unknown): unknown {
    if (value !== null && typeof value === 'object') {
      const model = this.models.get(value);
      if (model) return model;
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length; i++) out.push(this.unwrap(value[i]));
        return out;
      }
    }
    return value;
  }

  /** A return value as the add-on should receive it. */
  out(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Fake) return this.wrap(value);
    if (value !== null && typeof value === 'object' && ENUMS.has(value)) return value;
    if (Array.isArray(value)) return this.realm.array(value.map((v) => this.out(v)));
    if (isDate(value)) return this.realm.date(value.getTime());
    if (isPlainObject(value)) {
      return this.realm.object(Object.entries(value).map(([k, v]) => [k, this.out(v)]));
    }
    return value;
  }

  /** The model behind a Proxy, or the value itself. */
  modelOf<T extends Fake>(value: unknown, ctor: abstract new (...a: never[]) => T): T | undefined {
    const v = this.unwrap(value);
    return v instanceof ctor ? v : undefined;
  }

  fail(message: string): never {
    throw new this.realm.Error(message);
  }
}

/** The "don't match the method signature" error Apps Script throws for wrong argument types. */
export function signatureError(reg: FakeRegistry, method: string, args: readonly unknown[]): never {
  const types = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (Array.isArray(a)) return Array.isArray(a[0]) ? 'Object[][]' : 'Object[]';
    if (isDate(a)) return 'Date';
    if (a instanceof Fake) return a.apiName;
    return typeof a === 'object' ? 'Object' : (typeof a).replace(/^./, (c) => c.toUpperCase());
  });
  return reg.fail(
    `The parameters (${types.join(',')}) don't match the method signature for ${method}.`,
  );
}
