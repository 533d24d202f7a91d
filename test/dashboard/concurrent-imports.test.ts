/**
 * Two imports at once, as two dialogs (or two editors) make them: the second import runs in the
 * middle of the first, at every point where the first calls a Sheets service. With the document
 * lock nothing is lost, overwritten or duplicated, and when both create the report's sheet there
 * is still one sheet with every row. The same interleaving with a lock that lets everyone in
 * loses rows: the test can fail.
 */
import { describe, expect, it } from 'vitest';
import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host';
import { parseDelimited } from '../../src/core/importing/delimited';
import { distDir, sampleText } from './helpers';

const [header = [], ...sampleRows] = parseDelimited(sampleText('all-orders.tsv')).rows;
const base = sampleRows.slice(0, 20);
// Two downloads that overlap the sheet and each other.
const first = sampleRows.slice(15, 45);
const second = sampleRows.slice(40, 70);
const keyOf = (row: string[]) => `${row[0]}${row[11]}`;

function request(rows: string[][], firstRow = 2) {
  return { fileName: 'all-orders.txt', header, rows, firstRow };
}

interface Session {
  host: LocalHost;
  /** Back to the spreadsheet before the imports: the base rows only (or no report sheet). */
  reset(): void;
  /** The import of the first dialog, and of the second: each execution has its own globals. */
  importRows(rows: string[][]): unknown;
  importRowsElsewhere(rows: string[][]): unknown;
}

function importer(addon: LoadedAddon): (rows: string[][]) => unknown {
  return (rows) => addon.globals.importReportRows?.(addon.toRealm(request(rows)));
}

function session(options: { permissiveLock?: boolean; withBase?: boolean } = {}): Session {
  const host = createLocalHost();
  const addons = [host.load(distDir), host.load(distDir)];
  if (options.permissiveLock) {
    const lock = { tryLock: () => true, waitLock() {}, releaseLock() {}, hasLock: () => true };
    for (const addon of addons) {
      Object.assign(addon.context, { LockService: { getDocumentLock: () => lock } });
    }
  }
  const [importRows, importRowsElsewhere] = addons.map(importer) as [
    Session['importRows'],
    Session['importRowsElsewhere'],
  ];
  const reset = () => {
    const sheet = host.spreadsheet.sheets.find((s) => s.name === 'All Orders');
    if (sheet) host.spreadsheet.deleteSheet(sheet);
    if (options.withBase ?? true) host.execution(() => importRows(base));
  };
  reset();
  return { host, reset, importRows, importRowsElsewhere };
}

/** Order ID and SKU of every data row of the All Orders sheet, as they stand. */
function sheetRows(host: LocalHost): string[] {
  const values = host.spreadsheet.sheet('All Orders').snapshot().values;
  return values.slice(1).map((row) => `${row[0]}${row[11]}`);
}

/**
 * How many Sheets calls one import makes: each is a point where the other can come in. (The first
 * call of a loaded add-on also reads the server bundle, Server.html, through HtmlService.)
 */
function callsOfOneImport(withBase: boolean): number {
  const { host, importRows } = session({ withBase });
  host.resetCalls();
  host.execution(() => importRows(first));
  return host.calls.filter((call) => !['HtmlService', 'HtmlTemplate'].includes(call.service))
    .length;
}

const busy = /Another import or refresh is running in this spreadsheet/;

function interleaveEverywhere(withBase: boolean): void {
  const expectedRows = new Set([...(withBase ? base : []), ...first, ...second].map(keyOf));
  const points = callsOfOneImport(withBase);
  expect(points).toBeGreaterThan(10);
  const { host, reset, importRows, importRowsElsewhere } = session({ withBase });
  for (let point = 0; point < points; point++) {
    reset();
    const outcome = host.interleave(
      () => importRows(first),
      () => importRowsElsewhere(second),
      (_call, index) => index === point,
    );
    expect(outcome.first.error, `first import, second one at call ${point}`).toBeUndefined();
    if (outcome.second?.error !== undefined) {
      // Refused whole: the seller imports the file again and the rows come in once.
      expect(outcome.second.error).toMatch(busy);
      expect(outcome.second.error).toMatch(/import the file again/);
      host.execution(() => importRows(second));
    }
    const rows = sheetRows(host);
    expect(new Set(rows), `second import at call ${point}`).toEqual(expectedRows);
    expect(rows.length, `second import at call ${point}`).toBe(expectedRows.size);
    expect(host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1', 'All Orders']);
  }
}

describe('two imports at once', () => {
  it('lose, overwrite and duplicate nothing, wherever the second comes in', () => {
    interleaveEverywhere(true);
  });

  it('make one sheet with every row when both create it', () => {
    interleaveEverywhere(false);
  });

  it('refuse the second with a clear message, writing nothing of it', () => {
    const { host, importRows, importRowsElsewhere } = session();
    const outcome = host.interleave(
      () => importRows(first),
      () => importRowsElsewhere(second),
      (call) => call.method === 'getLastRow',
    );
    expect(outcome.second?.error).toMatch(busy);
    expect(host.locks.waits).toEqual([{ scope: 'document', timeoutInMillis: 30_000 }]);
    expect(new Set(sheetRows(host))).toEqual(new Set([...base, ...first].map(keyOf)));
  });

  it('without the lock, the same interleaving overwrites rows (so the test above can fail)', () => {
    const { host, importRows, importRowsElsewhere } = session({ permissiveLock: true });
    // The second import comes in after the first has read where the sheet ends.
    let reads = 0;
    host.interleave(
      () => importRows(first),
      () => importRowsElsewhere(second),
      (call) => call.method === 'getValues' && ++reads === 2,
    );
    const rows = new Set(sheetRows(host));
    expect(rows.size).toBeLessThan(new Set([...base, ...first, ...second].map(keyOf)).size);
  });

  it('let one Appeal log be created when two sidebars open it at once', () => {
    const { host } = session({ withBase: false });
    const [a, b] = [host.load(distDir), host.load(distDir)];
    let points = 0;
    for (let point = 0; point === 0 || point < points; point++) {
      const log = host.spreadsheet.sheets.find((s) => s.name === 'Appeal log');
      if (log) host.spreadsheet.deleteSheet(log);
      host.resetCalls();
      const outcome = host.interleave(
        () => a?.globals.openAppealLog?.(),
        () => b?.globals.openAppealLog?.(),
        (_call, index) => index === point,
      );
      if (point === 0) points = host.calls.length;
      expect(outcome.first.error).toBeUndefined();
      if (outcome.second?.error !== undefined) expect(outcome.second.error).toMatch(busy);
      expect(host.spreadsheet.sheets.filter((s) => s.name.startsWith('Appeal log'))).toHaveLength(
        1,
      );
    }
    expect(points).toBeGreaterThan(5);
  });

  it('keep a Health sheet refresh out of an import that is running', () => {
    const { host, importRows } = session();
    const health = host.load(distDir);
    const outcome = host.interleave(
      () => importRows(first),
      () => health.globals.buildHealthSheet?.(),
      (call) => call.method === 'setValues',
    );
    expect(outcome.second?.error).toMatch(busy);
    expect(outcome.second?.error).toMatch(/Health sheet was not refreshed/);
    expect(host.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1', 'All Orders']);
    host.execution(() => health.globals.buildHealthSheet?.());
    expect(host.spreadsheet.sheets.map((s) => s.name)).toContain('Health');
  });
});
