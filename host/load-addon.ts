/**
 * Loads a built dist/ folder the way Apps Script runs it: every .js file evaluated, in clasp's push
 * order, into ONE fresh V8 context whose global object holds only what Apps Script provides: the
 * JavaScript builtins of that new realm, `console` and the service objects passed in (an HTML file,
 * the server bundle Server.html too, is read only when the add-on asks HtmlService). No `require`,
 * `process`, `module`, `exports`, `Buffer`, `fetch`, `setTimeout`, `setInterval`, `window` or
 * `document` (test/host/load-addon.test.ts checks it).
 *
 * Why not the `gas-local` package (the platform notes name it; it is not a dependency): it does
 * create a bare `vm.createContext(globals)`, but it walks sub-folders and evaluates files in
 * directory order rather than clasp's push order, requires `date-format` on import, cannot list the
 * declared functions and is an unmaintained 2018 CommonJS module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';

/** A function declared at the top level of a dist file, called from Node. */
export type AddonFunction = (...args: unknown[]) => unknown;

export interface LoadAddonOptions {
  /** The folder clasp pushes (dist/). */
  distDir: string;
  /** Globals Apps Script would provide: `createLocalHost().services`, or hand-made fakes. */
  services: Record<string, unknown>;
}

export interface LoadedAddon {
  /** The V8 context: its global object is the Apps Script global scope. */
  context: vm.Context;
  /** Every top-level `function NAME` declared by the loaded files (the callable Apps Script globals). */
  globals: Record<string, AddonFunction>;
  /** Evaluates `code` as a script in the context and returns its completion value. */
  run<T>(code: string): T;
  /** The files evaluated, in order (file names relative to distDir). */
  files: string[];
  /**
   * A deep copy of `value` (arrays, Dates, plain objects) made in the add-on's realm, so fixtures
   * passed to a global are what Apps Script would pass (`instanceof Date` / `Array` hold).
   */
  toRealm<T>(value: T): T;
}

/**
 * A service object may carry a function under this symbol; `loadAddon` calls it with the new
 * context, so the local host can create values (Dates, arrays, errors) in the add-on's realm and read
 * HTML files from the same dist/.
 */
export const HOST_BINDING: unique symbol = Symbol.for('seller-health.local-host.binding') as never;

export interface HostBinding {
  context: vm.Context;
  distDir: string;
}

/** clasp's push order with no `filePushOrder` beyond Core.js: Core.js first, the rest by name. */
export function pushOrder(fileNames: readonly string[]): string[] {
  const scripts = fileNames.filter((f) => /\.(js|gs)$/.test(f));
  const rest = scripts.filter((f) => f !== 'Core.js').sort((a, b) => a.localeCompare(b));
  return scripts.includes('Core.js') ? ['Core.js', ...rest] : rest;
}

/** Names of the top-level function declarations of a script (not `var f = function`). */
export function topLevelFunctionNames(source: string): string[] {
  const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
  const names: string[] = [];
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration' && node.id) names.push(node.id.name);
  }
  return names;
}

export function loadAddon(options: LoadAddonOptions): LoadedAddon {
  const { distDir, services } = options;
  const context = vm.createContext({});
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
  if (!('console' in services)) global.console = console;
  for (const [name, service] of Object.entries(services)) global[name] = service;
  const bind = (services as Record<symbol, unknown>)[HOST_BINDING];
  if (typeof bind === 'function') (bind as (b: HostBinding) => void)({ context, distDir });

  const files = pushOrder(readdirSync(distDir));
  const declared: string[] = [];
  for (const file of files) {
    const filename = join(distDir, file);
    const source = readFileSync(filename, 'utf8');
    new vm.Script(source, { filename }).runInContext(context);
    declared.push(...topLevelFunctionNames(source));
  }

  const globals: Record<string, AddonFunction> = {};
  for (const name of declared) {
    const fn = global[name];
    if (typeof fn === 'function') globals[name] = fn as AddonFunction;
  }
  const copy = vm.runInContext(
    `(function copy(v) {
      if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(copy(v[i])); return a; }
      if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
      if (v !== null && typeof v === 'object') {
        var p = Object.getPrototypeOf(v);
        if (p === null || Object.getPrototypeOf(p) === null) {
          var o = {}; Object.keys(v).forEach(function (k) { o[k] = copy(v[k]); }); return o;
        }
      }
      return v;
    })`,
    context,
  ) as (v: unknown) => unknown;
  return {
    context,
    globals,
    files,
    toRealm<T>(value: T): T {
      return copy(value) as T;
    },
    run<T>(code: string): T {
      return new vm.Script(code, { filename: 'local-host-run.js' }).runInContext(context) as T;
    },
  };
}
