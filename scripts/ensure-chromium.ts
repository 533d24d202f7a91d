/**
 * `npm test` runs this first (pretest) so that `npm ci` and `npm test` are all the set-up a fresh
 * Debian or Ubuntu machine needs: it finds Debian's Chromium, or installs the `chromium` package
 * where it can (as root with apt-get, as on CI), or says in one line what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumMissing, chromiumPath } from './chromium';

const aptGet = '/usr/bin/apt-get';

if (!existsSync(chromiumPath)) {
  if (process.getuid?.() !== 0 || !existsSync(aptGet)) {
    console.error(chromiumMissing);
    process.exit(1);
  }
  console.log(`${chromiumPath} is missing: installing Debian's chromium package (apt-get).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine may have no package lists yet.
  execFileSync(aptGet, ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(aptGet, ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (!existsSync(chromiumPath)) {
    console.error(`apt-get installed chromium but ${chromiumPath} is still missing.`);
    process.exit(1);
  }
}
