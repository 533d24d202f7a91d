/**
 * Another revision's dist/, for the scripts that compare it with this checkout's
 * (`npm run differential`, `npm run bench:against`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** <rev>'s dist/, built by that rev's own build script; the folder is removed by `cleanUp`. */
export function buildRev(rev: string): { dist: string; cleanUp: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'build-rev-'));
  const cleanUp = () => rmSync(folder, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', rev], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir');
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: folder,
      stdio: 'inherit',
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  return { dist: join(folder, 'dist'), cleanUp };
}
