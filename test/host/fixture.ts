/** Tiny dist/ folders in a temp dir, for the local host's own tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dirs: string[] = [];

export function makeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'local-host-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function removeDists(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A dist shaped like the real one: Core.js IIFE + generated Code.js stubs + a page. */
export function addonDist(): string {
  return makeDist({
    'Core.js': `var loadOrder = ['Core.js'];
var SellerHealth = (() => {
  function hello(name) { return 'hi ' + name; }
  function boom() { throw new Error('Orders report, column "order-id", row 3: empty'); }
  function echo(value) { return value; }
  function today() { return new Date(0); }
  function writeReport(rows) {
    var sheet = SpreadsheetApp.getActive().insertSheet('Report');
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    return sheet.getLastRow();
  }
  return { hello: hello, boom: boom, echo: echo, today: today, writeReport: writeReport };
})();
`,
    'Code.js': `loadOrder.push('Code.js');
/**
 * Says hi.
 * @param {string} name
 * @customfunction
 */
function hello(name) {
  return SellerHealth.hello(name);
}
function boom() {
  return SellerHealth.boom();
}
function echo(value) {
  return SellerHealth.echo(value);
}
function today() {
  return SellerHealth.today();
}
function writeReport(rows) {
  return SellerHealth.writeReport(rows);
}
function helper_() {
  return 'private';
}
`,
    'Zeta.js': `loadOrder.push('Zeta.js');
var notADeclaration = function () {};
function zeta() { return typeof notADeclaration; }
`,
    'Sidebar.html': '<!doctype html><html><body><h1>Plan of Action</h1></body></html>',
    'appsscript.json': '{"timeZone":"America/Los_Angeles","runtimeVersion":"V8"}',
  });
}
