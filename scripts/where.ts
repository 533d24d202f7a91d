/**
 * `npm run where -- Core:2:23456` (or `Server.js:4:5000`, `anonymous>:4:5000`): the src/ file and
 * line behind a position in dist/Core.js or in the server bundle (dist/Server.html), as an Apps
 * Script stack trace gives it ("at xe (Core:2:23456)"). A bare `2:23456` is in Core.js. Reads
 * build/Core.js.map or build/Server.js.map, which the build writes beside dist/ (clasp never
 * pushes them).
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const trace = process.argv.slice(2).join(' ');
const position = /(\d+):(\d+)\D*$/.exec(trace);
if (!position) {
  console.error(
    'Usage: npm run where -- [Core:|Server:]<line>:<column>   (from an Apps Script stack trace)',
  );
  process.exit(1);
}
// The server bundle runs as the body of `new Function` (src/gas/server-bundle.ts), named Server.js
// by its sourceURL; V8 counts the two lines of `function anonymous(\n) {\n` before it.
const inServer = /server|anonymous/i.test(trace);
const map = new SourceMap(
  JSON.parse(readFileSync(join(root, 'build', inServer ? 'Server.js.map' : 'Core.js.map'), 'utf8')),
);
// Stack traces count lines and columns from 1; source maps from 0.
const line = Number(position[1]) - 1 - (inServer ? 2 : 0);
const entry = map.findEntry(line, Number(position[2]) - 1);
if (!('originalSource' in entry)) {
  console.error('That position is not in the source map. Was dist/ rebuilt since the trace?');
  process.exit(1);
}
const file = relative(root, join(root, 'build', entry.originalSource));
console.log(`${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
