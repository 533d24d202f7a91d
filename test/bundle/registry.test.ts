/**
 * The registry of globals (src/gas/globals.ts) against the built files, for every entry: custom
 * functions, triggers, menu items and sidebar functions alike. dist/Code.js declares it with the
 * registry's parameters; the bundle its kind belongs to has a function of that name taking as many
 * (dist/Core.js's `SellerHealth` for custom functions and triggers, dist/Server.html's
 * `SellerHealthServer` for menu items and sidebar functions), the other bundle none; and the
 * declaration hands the bundle's entry (`atTheEdge`) its kind, its name and every argument it was
 * called with (a trigger's event too), which Core.js's entry hands on unchanged to the server
 * bundle's for a menu item or a sidebar call.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { addonGlobals } from '../../src/gas/globals';

const dist = join(__dirname, '../../dist');
const entries = addonGlobals.map((entry) => [entry.name, entry] as const);
let addon: LoadedAddon;
let core: Record<string, unknown>;
let server: Record<string, unknown>;

/** Custom functions and triggers run from Core.js; the rest from the server bundle. */
const inCore = (kind: string) => kind === 'customFunction' || kind === 'trigger';

beforeAll(() => {
  addon = createLocalHost().load(dist);
  core = vm.runInContext('SellerHealth', addon.context) as Record<string, unknown>;
  const source = readFileSync(join(dist, 'Server.html'), 'utf8');
  server = vm.runInContext(
    `new Function(${JSON.stringify(`${source}\nreturn SellerHealthServer;`)})()`,
    addon.context,
  ) as Record<string, unknown>;
});

describe('every global of the registry, in the built add-on', () => {
  it('is declared once at the top of dist/Code.js, with the parameter names of the registry', () => {
    const program = parse(readFileSync(join(dist, 'Code.js'), 'utf8'), {
      ecmaVersion: 2019,
      sourceType: 'script',
    }) as unknown as {
      body: { type: string; id?: { name: string }; params: { name?: string }[] }[];
    };
    const declared = program.body.filter((node) => node.type === 'FunctionDeclaration');
    expect(declared.map((f) => f.id?.name).sort()).toEqual(addonGlobals.map((g) => g.name).sort());
    for (const entry of addonGlobals) {
      const fn = declared.find((f) => f.id?.name === entry.name);
      expect(
        fn?.params.map((p) => p.name),
        entry.name,
      ).toEqual(entry.params.map((p) => p.name));
    }
  });

  it.each(entries)(
    '%s is a function of the bundle of its kind taking the registry parameter count, and of that bundle only',
    (name, entry) => {
      const [home, other] = inCore(entry.kind) ? [core, server] : [server, core];
      const fn = home[name];
      expect(typeof fn).toBe('function');
      expect((fn as (...args: unknown[]) => unknown).length).toBe(entry.params.length);
      expect(other[name]).toBeUndefined();
    },
  );

  it('leaves nothing in either bundle that the registry does not list, but their doors', () => {
    const names = new Set(addonGlobals.map((g) => g.name));
    for (const bundle of [core, server]) {
      const extra = Object.keys(bundle).filter((key) => !names.has(key));
      expect(extra).toEqual(['atTheEdge']);
    }
  });

  it.each(entries)('%s hands its kind, name and every argument to the bundle', (name, entry) => {
    // A stand-in bundle that records what the declaration passes, in the add-on's own context.
    const recorded = vm.runInContext(
      `(function () {
        var real = SellerHealth, calls = [];
        SellerHealth = {
          atTheEdge: function (kind, name, args) {
            calls.push({ kind: kind, name: name, args: args });
            return 'result of ' + name;
          }
        };
        return { calls: calls, restore: function () { SellerHealth = real; } };
      })`,
      addon.context,
    )() as { calls: { kind: string; name: string; args: unknown[] }[]; restore(): void };
    const args = entry.params.map((p) => ({ argument: p.name }));
    try {
      expect(addon.globals[name]?.(...args)).toBe(`result of ${name}`);
    } finally {
      recorded.restore();
    }
    expect(recorded.calls.map((c) => [c.kind, c.name])).toEqual([[entry.kind, name]]);
    const received = recorded.calls[0]?.args ?? [];
    expect(received).toHaveLength(args.length);
    received.forEach((value, i) => {
      expect(value).toBe(args[i]);
    });
  });
});

describe('every menu item and sidebar call, through dist/Core.js to the server bundle', () => {
  // A stand-in Server.html that records what Core.js's door hands it.
  const standIn = mkdtempSync(join(tmpdir(), 'dist-stand-in-server-'));
  cpSync(dist, standIn, { recursive: true });
  writeFileSync(
    join(standIn, 'Server.html'),
    `var SellerHealthServer = { atTheEdge: function (kind, name, args) {
      handed.push({ kind: kind, name: name, args: args });
      return 'server result of ' + name;
    } };`,
  );
  afterAll(() => rmSync(standIn, { recursive: true, force: true }));

  it.each(entries.filter(([, entry]) => !inCore(entry.kind)))(
    '%s is handed on with its kind, name and every argument',
    (name, entry) => {
      const host = createLocalHost();
      const loaded = host.load(standIn);
      const handed = loaded.run<unknown[]>('var handed = []; handed');
      const args = entry.params.map((p) => ({ argument: p.name }));
      expect(loaded.globals[name]?.(...args)).toBe(`server result of ${name}`);
      expect(handed).toHaveLength(1);
      const [call] = handed as { kind: string; name: string; args: unknown[] }[];
      expect([call?.kind, call?.name]).toEqual([entry.kind, name]);
      expect(call?.args).toHaveLength(args.length);
      call?.args.forEach((value, i) => {
        expect(value).toBe(args[i]);
      });
    },
  );
});

describe('the triggers, through the built bundle', () => {
  it.each(['onOpen', 'onInstall'])('%s takes the event Apps Script passes', (name) => {
    expect(addonGlobals.find((g) => g.name === name)?.params.map((p) => p.name)).toEqual(['e']);
    const host = createLocalHost();
    host.load(dist).globals[name]?.({ authMode: 'NONE' });
    expect(host.ui.menus).toHaveLength(1);
  });
});
