/**
 * google.script.run for pages served outside Sheets (sidebar browser tests, the local preview).
 *
 * Node side: `createRpcBridge(addon)` calls a global of the loaded add-on with the rules of
 * google.script.run: arguments and result travel as JSON (a Date, function or other non-JSON value is
 * an error, undefined inside arrays becomes null, undefined object properties disappear), a missing
 * or private (name ending in "_") function is "Script function not found: NAME", and a thrown error
 * becomes a rejection carrying its message.
 *
 * Browser side: `googleScriptRunShim()` is script source defining `google.script.run` and
 * `google.script.host` on top of `window.__gasRun(name, argsJson)`, which must resolve to
 * `{ ok: true, json: string | null }` (null: the function returned undefined) or
 * `{ ok: false, message: string }`. `pageRpcHandler(bridge)` is exactly that function, for
 * `page.exposeFunction('__gasRun', pageRpcHandler(bridge))` or an HTTP endpoint.
 */
import vm from 'node:vm';
import type { LoadedAddon } from './load-addon';

export type RpcBridge = (functionName: string, args: unknown[]) => Promise<unknown>;

export type PageRpcResult = { ok: true; json: string | null } | { ok: false; message: string };

/** Whether google.script.run can carry `value`; no allocation, for large payloads. */
function transportable(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return true;
  if (t === 'function' || t === 'symbol' || t === 'bigint') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!transportable(value[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) if (!transportable(record[k])) return false;
  return true;
}

/** Throws google.script.run's error for values it cannot carry (Date, function, symbol, bigint, class instances). */
export function assertTransportable(value: unknown, path = 'value'): void {
  // The quick check first; the walk below, which names the offending property, only on failure.
  if (transportable(value)) return;
  findUntransportable(value, path);
}

function findUntransportable(value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return;
  if (t === 'function' || t === 'symbol' || t === 'bigint') {
    throw new Error(`Failed due to illegal value in property: ${path}`);
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findUntransportable(v, `${path}.${i}`);
    });
    return;
  }
  const proto = Object.getPrototypeOf(value);
  const plain = proto === null || Object.getPrototypeOf(proto) === null;
  if (!plain) throw new Error(`Failed due to illegal value in property: ${path}`);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    findUntransportable(v, `${path}.${k}`);
  }
}

export function createRpcBridge(addon: LoadedAddon): RpcBridge {
  const contextJson = vm.runInContext('JSON', addon.context) as JSON;
  return async (functionName, args) => {
    await Promise.resolve();
    if (!Array.isArray(args)) throw new Error('google.script.run: arguments must be an array');
    args.forEach((a, i) => {
      assertTransportable(a, String(i));
    });
    const fn = addon.globals[functionName];
    if (typeof fn !== 'function' || functionName.endsWith('_')) {
      throw new Error(`Script function not found: ${functionName}`);
    }
    // Arguments arrive as the add-on's own JSON-parsed values, as on the server.
    const json = JSON.stringify(args.map((a) => (a === undefined ? null : a)));
    const serverArgs = contextJson.parse(json) as unknown[];
    let result: unknown;
    try {
      result = fn(...serverArgs);
    } catch (e) {
      const message =
        e !== null && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
      throw new Error(message);
    }
    if (result === undefined) return undefined;
    assertTransportable(result, 'result');
    return JSON.parse(JSON.stringify(result)) as unknown;
  };
}

/** The function to expose to the page as `__gasRun`. */
export function pageRpcHandler(
  bridge: RpcBridge,
): (name: string, argsJson: string) => Promise<PageRpcResult> {
  return async (name, argsJson) => {
    try {
      const args = JSON.parse(argsJson) as unknown[];
      const result = await bridge(name, args);
      return { ok: true, json: result === undefined ? null : JSON.stringify(result) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  };
}

/**
 * Browser-side source defining `google.script.run` (withSuccessHandler, withFailureHandler,
 * withUserObject, run.NAME(...args)) and `google.script.host` (close, setHeight, setWidth,
 * editor.focus). Inject it before the page's own script, e.g. with Playwright's addInitScript.
 * Passing a Date (or a function) throws at the call, as in Apps Script. A runner method taken off its
 * runner and called alone throws: whether Google's runner needs `this` is undocumented, so the shim is
 * the strictest runner and the page must call `runner.withSuccessHandler(ok).NAME(...args)`.
 * `google.script.host.close()` sets `window.__gasHostClosed = true` and calls
 * `window.__gasHostClose()` if the test exposed one.
 */
export function googleScriptRunShim(): string {
  return `(function () {
  'use strict';
  function check(value, path) {
    if (value === null || value === undefined) return;
    var t = typeof value;
    if (t === 'string' || t === 'number' || t === 'boolean') return;
    if (t === 'function' || t === 'symbol' || t === 'bigint' || value instanceof Date) {
      throw new Error('Failed due to illegal value in property: ' + path);
    }
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) check(value[i], path + '.' + i);
      return;
    }
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) {
      throw new Error('Failed due to illegal value in property: ' + path);
    }
    Object.keys(value).forEach(function (k) { check(value[k], path + '.' + k); });
  }
  function runner(onSuccess, onFailure, userObject) {
    var self;
    function attached(receiver, name) {
      if (receiver !== self) {
        throw new TypeError('google.script.run: ' + name + ' was called detached from its runner; call it as runner.' + name + '(...)');
      }
    }
    var base = {
      withSuccessHandler: function (fn) { attached(this, 'withSuccessHandler'); return runner(fn, onFailure, userObject); },
      withFailureHandler: function (fn) { attached(this, 'withFailureHandler'); return runner(onSuccess, fn, userObject); },
      withUserObject: function (obj) { attached(this, 'withUserObject'); return runner(onSuccess, onFailure, obj); }
    };
    self = new Proxy(base, {
      get: function (target, name) {
        if (typeof name !== 'string') return undefined;
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        if (name === 'then' || name === 'toJSON') return undefined;
        return function () {
          attached(this, name);
          var args = Array.prototype.slice.call(arguments);
          for (var i = 0; i < args.length; i++) check(args[i], String(i));
          var json = JSON.stringify(args.map(function (a) { return a === undefined ? null : a; }));
          if (typeof window.__gasRun !== 'function') {
            throw new Error('google.script.run: window.__gasRun is not defined (local host shim)');
          }
          Promise.resolve(window.__gasRun(name, json)).then(function (res) {
            if (res && res.ok) {
              if (onSuccess) onSuccess(res.json === null ? undefined : JSON.parse(res.json), userObject);
            } else {
              var err = new Error(res && res.message ? res.message : 'google.script.run failed');
              if (onFailure) onFailure(err, userObject);
              else console.error('Uncaught (in google.script.run) ' + err.message);
            }
          }, function (e) {
            var err = new Error(e && e.message ? e.message : String(e));
            if (onFailure) onFailure(err, userObject);
            else console.error('Uncaught (in google.script.run) ' + err.message);
          });
        };
      }
    });
    return self;
  }
  window.google = window.google || {};
  window.google.script = window.google.script || {};
  window.google.script.run = runner(null, null, undefined);
  window.google.script.host = {
    origin: window.location.origin,
    close: function () {
      window.__gasHostClosed = true;
      if (typeof window.__gasHostClose === 'function') window.__gasHostClose();
    },
    setHeight: function (h) { window.__gasHostHeight = h; },
    setWidth: function (w) { window.__gasHostWidth = w; },
    editor: { focus: function () { window.__gasEditorFocused = true; } }
  };
})();
`;
}
