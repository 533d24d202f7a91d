/**
 * The dashboard as Sheets runs it: the built dist/ in the local Apps Script host, the import dialog's
 * calls made the way the dialog makes them (the same parser and batches, through google.script.run's
 * JSON rules), and the Health sheet's formulas evaluated by calling the add-on's custom functions on
 * the ranges they reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type { ImportOutcome } from '../../preview/server/import-file';

import { createLocalHost, type LoadedAddon, type LocalHost } from '../../host';
import { createRpcBridge, type RpcBridge } from '../../host/serve-rpc';
import { type ImportOutcome, importFile } from '../../preview/server/import-file';
import { columnLetter } from '../../src/core/dashboard/a1';

export const root = join(__dirname, '../..');
export const distDir = join(root, 'dist');

export function sampleText(file: string): string {
  return readFileSync(join(root, 'samples', file), 'utf8');
}

export interface Dashboard {
  host: LocalHost;
  addon: LoadedAddon;
  rpc: RpcBridge;
  /** Calls a global as a menu item does. */
  menu(name: string): unknown;
}

export function startDashboard(timeZone = 'America/Los_Angeles'): Dashboard {
  const host = createLocalHost({ timeZone });
  const addon = host.load(distDir);
  return {
    host,
    addon,
    rpc: createRpcBridge(addon),
    menu(name) {
      const fn = addon.globals[name];
      if (!fn) throw new Error(`No global ${name}`);
      return fn();
    },
  };
}

/** What the import dialog does with a file: parse, batch, send, add up. */
export function importText(
  dashboard: Dashboard,
  fileName: string,
  text: string,
  options: { withoutBuyerColumns?: boolean } = {},
): Promise<ImportOutcome> {
  return importFile(dashboard.rpc, fileName, text, options);
}

/** The arguments of `=NAME(a,b,…)`, split at commas outside quotes. */
export function parseFormula(formula: string): { name: string; args: string[] } {
  const match = /^=([A-Z_]+)\((.*)\)$/s.exec(formula);
  if (!match) throw new Error(`Not a function call: ${formula}`);
  const args: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of match[2] ?? '') {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === ',') {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  args.push(current.trim());
  return { name: match[1] ?? '', args };
}

/** A reference with an optional sheet name: `'All Orders'!A1:AG`, `$F$3`, `Health!$B$3`. */
function reference(arg: string, currentSheet: string): { sheet: string; a1: string } {
  const match = /^(?:'((?:[^']|'')*)'|([A-Za-z0-9_]+))!(.+)$/.exec(arg);
  if (!match) return { sheet: currentSheet, a1: arg.replace(/\$/g, '') };
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  return { sheet, a1: (match[3] ?? '').replace(/\$/g, '') };
}

/**
 * Evaluates a formula of the Health sheet as Sheets would: each argument is the referenced range
 * (a 2D array) or cell (its value), an empty argument is omitted, and the custom function is called
 * with them.
 */
export function evaluate(dashboard: Dashboard, formula: string, onSheet: string): unknown {
  const { name, args } = parseFormula(formula);
  const values = args.map((arg) => {
    if (arg === '') return undefined;
    const { sheet, a1 } = reference(arg, onSheet);
    const range = dashboard.host.spreadsheet.sheet(sheet).getRange(a1);
    return dashboard.addon.toRealm(a1.includes(':') ? range.getValues() : range.getValue());
  });
  const fn = dashboard.addon.globals[name];
  if (!fn) throw new Error(`The add-on has no custom function ${name}`);
  return fn(...values);
}

/** Every formula cell of a sheet, by A1. */
export function formulasOf(dashboard: Dashboard, sheetName: string): Map<string, string> {
  const snapshot = dashboard.host.spreadsheet.sheet(sheetName).snapshot();
  const found = new Map<string, string>();
  snapshot.formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      if (formula) found.set(`${columnLetter(c + 1)}${r + 1}`, formula);
    });
  });
  return found;
}
