/**
 * `npm run bind -- <script ID>`: points clasp at your Apps Script project by writing its ID into
 * .clasp.json (Apps Script editor → Project Settings → IDs → Script ID).
 * `tsx scripts/bind-script.ts --check` (run by `npm run push` and `npm run deploy`) stops with that
 * advice when no project is bound yet, instead of clasp's own error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(import.meta.dirname, '..', '.clasp.json');
const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const usage =
  'Usage: npm run bind -- <script ID>  (Apps Script editor → Project Settings → Script ID)';
const argument = process.argv[2] ?? '';

if (argument === '--check') {
  if (typeof settings.scriptId !== 'string' || settings.scriptId === '') {
    console.error(`.clasp.json has no script ID yet. ${usage}`);
    process.exit(1);
  }
} else {
  // Script IDs are long URL-safe base64 strings; anything else is a copy-and-paste slip.
  if (!/^[A-Za-z0-9_-]{20,}$/.test(argument)) {
    console.error(usage);
    process.exit(1);
  }
  writeFileSync(file, `${JSON.stringify({ ...settings, scriptId: argument }, null, 2)}\n`);
  console.log(`.clasp.json now points at script ${argument}. Next: npm run push`);
}
