/**
 * Binds this project to a standalone Apps Script project, one for development and one for
 * production, each in its own git-ignored clasp project file (.clasp-dev.json, .clasp-prod.json)
 * so no script ID is ever committed. Pushes name the file with clasp's `-P`.
 *
 *   npm run bind -- dev            creates a standalone project (`clasp create-script --type
 *                                  standalone`) and writes .clasp-dev.json
 *   npm run bind -- prod <ID>      binds an existing project (Project Settings → Script ID)
 *   tsx scripts/bind-script.ts --check dev
 *                                  run by the push scripts: stops with this advice when
 *                                  .clasp-dev.json is missing, instead of clasp's own error
 *
 * Files are written in the working directory, which npm sets to the project's root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const targets = { dev: 'Seller Health (dev)', prod: 'Seller Health' } as const;
type Target = keyof typeof targets;

const usage = [
  'Usage: npm run bind -- dev|prod            (creates a standalone Apps Script project)',
  '       npm run bind -- dev|prod <script ID> (binds an existing one: Project Settings → Script ID)',
].join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function isTarget(value: string | undefined): value is Target {
  return value === 'dev' || value === 'prod';
}

function projectFile(target: Target): string {
  return `.clasp-${target}.json`;
}

/** What clasp pushes: dist/ (the build's output), the bundle before the stubs that call it. */
function claspSettings(scriptId: string) {
  return {
    scriptId,
    rootDir: 'dist',
    scriptExtensions: ['.js'],
    htmlExtensions: ['.html'],
    filePushOrder: ['dist/Core.js', 'dist/Code.js'],
  };
}

/**
 * `clasp create-script` refuses to run beside a project file and pulls the new project's files
 * (Code.gs, appsscript.json) into its folder: run it in an empty temporary folder so it can
 * overwrite nothing here, and keep only the ID it wrote.
 */
function createStandaloneScript(target: Target): string {
  const folder = mkdtempSync(join(tmpdir(), 'clasp-create-'));
  try {
    execFileSync('clasp', ['create-script', '--type', 'standalone', '--title', targets[target]], {
      cwd: folder,
      stdio: 'inherit',
    });
    const created = JSON.parse(readFileSync(join(folder, '.clasp.json'), 'utf8')) as {
      scriptId?: unknown;
    };
    if (typeof created.scriptId !== 'string') throw new Error('clasp create-script wrote no ID.');
    return created.scriptId;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const [first, second, third] = process.argv.slice(2);

if (first === '--check') {
  if (!isTarget(second)) fail('Usage: tsx scripts/bind-script.ts --check dev|prod');
  if (!existsSync(projectFile(second))) {
    fail(
      `${projectFile(second)} is missing: this project is not bound to Apps Script yet.\n${usage}`,
    );
  }
} else {
  if (!isTarget(first) || third !== undefined) fail(usage);
  // Script IDs are long URL-safe base64 strings; anything else is a copy-and-paste slip.
  if (second !== undefined && !/^[A-Za-z0-9_-]{20,}$/.test(second)) fail(usage);
  const file = projectFile(first);
  // Never lose the ID of a project that users may already have installed.
  if (existsSync(file)) fail(`${file} already exists: delete it first to bind another project.`);
  const scriptId = second ?? createStandaloneScript(first);
  writeFileSync(file, `${JSON.stringify(claspSettings(scriptId), null, 2)}\n`);
  console.log(`${file} now points at script ${scriptId}. Next: npm run push:${first}`);
}
