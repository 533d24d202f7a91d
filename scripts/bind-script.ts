/**
 * `npm run bind -- <script ID>`: points clasp at your Apps Script project by writing its ID into
 * .clasp.json (Apps Script editor → Project Settings → IDs → Script ID).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const scriptId = process.argv[2] ?? '';
// Script IDs are long URL-safe base64 strings; anything else is a copy-and-paste slip.
if (!/^[A-Za-z0-9_-]{20,}$/.test(scriptId)) {
  console.error(
    'Usage: npm run bind -- <script ID>  (Apps Script editor → Project Settings → Script ID)',
  );
  process.exit(1);
}
const file = join(import.meta.dirname, '..', '.clasp.json');
const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
writeFileSync(file, `${JSON.stringify({ ...settings, scriptId }, null, 2)}\n`);
console.log(`.clasp.json now points at script ${scriptId}. Next: npm run push`);
