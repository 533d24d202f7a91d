/**
 * The script part of `npm run bench`: what Apps Script loads for every execution, a custom-function
 * call included (every .js file of dist/, evaluated in a fresh context: the cold start), and what a
 * menu item or sidebar call loads on top (the server bundle, dist/Server.html, read and evaluated
 * once in that execution: src/gas/server-bundle.ts). The other HTML files are pages, served to the
 * browser when a dialog or the sidebar opens.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createLocalHost } from '../host';
import { pushOrder } from '../host/load-addon';
import { serverFile, serverGlobal } from '../src/gas/server-bundle';
import { fixed, median, time } from './bench-stats';

const runs = 30;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Each run evaluates the script files in a fresh context, then reads and evaluates the server
 * bundle there as the add-on does. A comment that differs per run keeps V8 from reusing the
 * previous run's compilation.
 */
function loads(distDir: string, scriptFiles: readonly string[]) {
  const host = createLocalHost({ htmlDir: distDir });
  const sources = scriptFiles.map((f) => readFileSync(join(distDir, f), 'utf8'));
  const coldStarts: number[] = [];
  const serverLoads: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ms, result: context } = time(() => {
      const context = vm.createContext({ ...host.services });
      sources.forEach((source, i) => {
        new vm.Script(`${source}\n// run ${run}`, { filename: scriptFiles[i] }).runInContext(
          context,
        );
      });
      return context;
    });
    coldStarts.push(ms);
    const loadServer = vm.runInContext(
      `(function () {
        var source = HtmlService.createTemplateFromFile('${serverFile}').getRawContent();
        return new Function(source + '\\n// run ${run}\\nreturn ${serverGlobal};')();
      })`,
      context,
    ) as () => unknown;
    serverLoads.push(time(loadServer).ms);
  }
  return { coldStart: median(coldStarts), serverLoad: median(serverLoads) };
}

/** The script part's table, in the bench's format. */
export function benchScript(distDir: string): string[] {
  const files = readdirSync(distDir);
  const scriptFiles = pushOrder(files);
  const pages = files.filter((f) => f.endsWith('.html') && f !== `${serverFile}.html`).sort();
  const size = (f: string) => statSync(join(distDir, f)).size;
  const scriptBytes = scriptFiles.reduce((sum, f) => sum + size(f), 0);
  const { coldStart, serverLoad } = loads(distDir, scriptFiles);
  return [
    '| script | result | target |',
    '|---|---|---|',
    `| cold start: evaluate dist/*.js in a fresh context (median of ${runs}) | ${fixed(coldStart)} ms | 5 ms |`,
    ...scriptFiles.map((f) => `| dist/${f} | ${kb(size(f))} | |`),
    `| script files together | ${kb(scriptBytes)} | 110 KB |`,
    `| lazy bundle load: a menu item's or sidebar call's read and evaluation of dist/${serverFile}.html, once per execution (median of ${runs}) | ${fixed(serverLoad)} ms | |`,
    `| dist/${serverFile}.html (the server bundle) | ${kb(size(`${serverFile}.html`))} | |`,
    ...pages.map((f) => `| dist/${f} (a page, served to the browser) | ${kb(size(f))} | |`),
  ];
}
