/**
 * The same file imported by two editors at once, at every point where the second can
 * come in; an import that comes in while the Health sheet is built, at every point of the build.
 */
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon } from '../../host';
import { createRpcBridge } from '../../host/serve-rpc';
import { parseDelimited } from '../../src/core/importing/delimited';
import { type Dashboard, distDir, evaluate, formulasOf, sampleText } from '../dashboard/helpers';

const [header = [], ...sampleRows] = parseDelimited(sampleText('all-orders.tsv')).rows;
const base = sampleRows.slice(0, 20);
const file = sampleRows.slice(10, 60);
const keyOf = (row: unknown[]) => `${row[0]}${row[11]}`;
const busy = /Another import or refresh is running in this spreadsheet/;

function importer(addon: LoadedAddon) {
  return (rows: string[][]) =>
    addon.globals.importReportRows?.(
      addon.toRealm({ fileName: 'all-orders.txt', header, rows, firstRow: 2 }),
    );
}

function setup() {
  const host = createLocalHost();
  const a = host.load(distDir);
  const b = host.load(distDir);
  return { host, a, b, importA: importer(a), importB: importer(b) };
}

function sheetKeys(host: ReturnType<typeof createLocalHost>): string[] {
  return host.spreadsheet.sheet('All Orders').snapshot().values.slice(1).map(keyOf);
}

describe('the same file imported by two editors at once', () => {
  it('adds each row once, wherever the second comes in', () => {
    const probe = setup();
    probe.host.execution(() => probe.importA(base));
    probe.host.resetCalls();
    probe.host.execution(() => probe.importA(file));
    const points = probe.host.calls.length;
    const want = new Set([...base, ...file].map(keyOf));
    const bad: string[] = [];
    for (let point = 0; point < points; point++) {
      const { host, importA, importB } = setup();
      host.execution(() => importA(base));
      host.resetCalls();
      const outcome = host.interleave(
        () => importA(file),
        () => importB(file),
        (_c, i) => i === point,
      );
      if (outcome.first.error) bad.push(`${point}: first ${outcome.first.error}`);
      if (outcome.second?.error !== undefined) {
        if (!busy.test(outcome.second.error)) bad.push(`${point}: second ${outcome.second.error}`);
        host.execution(() => importB(file));
      }
      const keys = sheetKeys(host);
      if (keys.length !== want.size || new Set(keys).size !== want.size)
        bad.push(`${point}: ${keys.length} rows, want ${want.size}`);
    }
    expect(points).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });
});

describe('an import while the Health sheet is built', () => {
  it('the Health sheet counts every imported order, wherever the import comes in', () => {
    const probe = setup();
    probe.host.execution(() => probe.importA(base));
    probe.host.resetCalls();
    probe.host.execution(() => probe.b.globals.buildHealthSheet?.());
    const points = probe.host.calls.length;
    const bad: string[] = [];
    let reference: unknown;
    for (let point = 0; point < points; point += 3) {
      const { host, a, b, importA } = setup();
      host.execution(() => importA(base));
      host.resetCalls();
      const outcome = host.interleave(
        () => b.globals.buildHealthSheet?.(),
        () => importA(file),
        (_c, i) => i === point,
      );
      if (outcome.first.error) bad.push(`${point}: build ${outcome.first.error}`);
      if (outcome.second?.error !== undefined) {
        if (!busy.test(outcome.second.error)) bad.push(`${point}: import ${outcome.second.error}`);
        host.execution(() => importA(file));
      }
      expect(sheetKeys(host).length).toBe(new Set([...base, ...file].map(keyOf)).size);
      const dashboard = {
        host,
        addon: a,
        rpc: createRpcBridge(a),
        menu: () => undefined,
      } as Dashboard;
      const formulas = formulasOf(dashboard, 'Health');
      const cell = [...formulas.entries()].find(([, f]) => f.startsWith('=ACCOUNT_HEALTH'));
      if (!cell) {
        bad.push(`${point}: no ACCOUNT_HEALTH formula`);
        continue;
      }
      const value = JSON.stringify(evaluate(dashboard, cell[1], 'Health'));
      reference ??= (() => {
        const r = setup();
        r.host.execution(() => r.importA(base));
        r.host.execution(() => r.importA(file));
        r.host.execution(() => r.b.globals.buildHealthSheet?.());
        const d = {
          host: r.host,
          addon: r.a,
          rpc: createRpcBridge(r.a),
          menu: () => undefined,
        } as Dashboard;
        const f = [...formulasOf(d, 'Health').values()].find((x) =>
          x.startsWith('=ACCOUNT_HEALTH'),
        ) as string;
        return JSON.stringify(evaluate(d, f, 'Health'));
      })();
      if (value !== reference) bad.push(`${point}: ACCOUNT_HEALTH differs`);
    }
    expect(points).toBeGreaterThan(5);
    expect(bad.slice(0, 10)).toEqual([]);
  }, 240_000);
});
