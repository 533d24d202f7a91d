import vm from 'node:vm';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalHost } from '../../host/index';
import { createRpcBridge, googleScriptRunShim, pageRpcHandler } from '../../host/serve-rpc';
import { serverRunner } from '../../sidebar/shared/rpc';
import { addonDist, removeDists } from './fixture';

afterAll(removeDists);

function bridge() {
  return createRpcBridge(createLocalHost().load(addonDist()));
}

describe('createRpcBridge', () => {
  it('calls a global and returns a JSON copy', async () => {
    const call = bridge();
    const input = { rows: [1, undefined, 'x'], nested: { a: true, gone: undefined } };
    const out = await call('echo', [input]);
    expect(out).toEqual({ rows: [1, null, 'x'], nested: { a: true } });
    expect(out).not.toBe(input);
    expect(await call('hello', ['Ann'])).toBe('hi Ann');
  });

  it('rejects Date arguments and Date results, as google.script.run does', async () => {
    const call = bridge();
    await expect(call('echo', [new Date()])).rejects.toThrow(
      'Failed due to illegal value in property: 0',
    );
    await expect(call('echo', [{ when: new Date() }])).rejects.toThrow(
      /illegal value in property: 0\.when/,
    );
    await expect(call('today', [])).rejects.toThrow(/illegal value in property: result/);
  });

  it('turns a thrown error into a rejection with its message', async () => {
    await expect(bridge()('boom', [])).rejects.toThrow(
      'Orders report, column "order-id", row 3: empty',
    );
  });

  it('refuses unknown and private functions', async () => {
    const call = bridge();
    await expect(call('nope', [])).rejects.toThrow('Script function not found: nope');
    await expect(call('helper_', [])).rejects.toThrow('Script function not found: helper_');
  });
});

describe('googleScriptRunShim', () => {
  /** A minimal browser-like global running the shim over the bridge. */
  function page() {
    const context = vm.createContext({ console });
    vm.runInContext('var window = globalThis;', context);
    const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
    global.location = { origin: 'http://localhost' };
    global.__gasRun = pageRpcHandler(bridge());
    vm.runInContext(googleScriptRunShim(), context);
    return { context, global };
  }

  it('runs functions with success handlers and user objects', async () => {
    const { context } = page();
    const result = await vm.runInContext(
      `new Promise(function (resolve) {
        google.script.run.withSuccessHandler(function (v, user) { resolve([v, user]); }).withUserObject('ctx').hello('Bo');
      })`,
      context,
    );
    expect(result).toEqual(['hi Bo', 'ctx']);
  });

  it('calls the failure handler with the server error', async () => {
    const { context } = page();
    const message = await vm.runInContext(
      `new Promise(function (resolve) {
        google.script.run.withFailureHandler(function (e) { resolve(e.message); }).boom();
      })`,
      context,
    );
    expect(message).toBe('Orders report, column "order-id", row 3: empty');
  });

  it('throws at the call for a Date argument, and closes the host', () => {
    const { context, global } = page();
    expect(() => vm.runInContext('google.script.run.echo(new Date())', context)).toThrow(
      'Failed due to illegal value in property: 0',
    );
    vm.runInContext('google.script.host.close()', context);
    expect(global.__gasHostClosed).toBe(true);
  });

  it('refuses a server function or a handler setter taken off its runner and called alone', () => {
    const { context } = page();
    expect(() =>
      vm.runInContext(
        `var hello = google.script.run.withSuccessHandler(function () {}).hello; hello('Bo');`,
        context,
      ),
    ).toThrow('google.script.run: hello was called detached from its runner');
    expect(() =>
      vm.runInContext(
        'var withSuccessHandler = google.script.run.withSuccessHandler; withSuccessHandler(function () {});',
        context,
      ),
    ).toThrow('google.script.run: withSuccessHandler was called detached from its runner');
  });

  describe("the sidebar's serverRunner over this strict runner", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('resolves with the server result and rejects with the server error', async () => {
      const { global } = page();
      vi.stubGlobal('google', global.google);
      const run = serverRunner<{ hello(name: string): string; boom(): never }>();
      await expect(run('hello', 'Bo')).resolves.toBe('hi Bo');
      await expect(run('boom')).rejects.toThrow('Orders report, column "order-id", row 3: empty');
    });
  });
});
