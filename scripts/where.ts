/**
 * `npm run where -- 1:23456`: the src/ file and line behind a position in dist/Core.js, as an
 * Apps Script stack trace gives it ("at xe (Core:1:23456)"). Reads build/Core.js.map, which the
 * build writes beside dist/ (clasp never pushes it).
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const position = /(\d+):(\d+)\D*$/.exec(process.argv.slice(2).join(' '));
if (!position) {
  console.error('Usage: npm run where -- <line>:<column>   (from an Apps Script stack trace)');
  process.exit(1);
}
const map = new SourceMap(JSON.parse(readFileSync(join(root, 'build/Core.js.map'), 'utf8')));
// Stack traces count lines and columns from 1; source maps from 0.
const entry = map.findEntry(Number(position[1]) - 1, Number(position[2]) - 1);
if (!('originalSource' in entry)) {
  console.error('That position is not in the source map. Was dist/ rebuilt since the trace?');
  process.exit(1);
}
const file = relative(root, join(root, 'build', entry.originalSource));
console.log(`${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
