/**
 * npm run bind / push:dev / push:prod / deploy, run against a fake `clasp` on PATH (Google's servers
 * are out of reach): the commands they send, the project files they write, and that no push can
 * silently skip a changed manifest.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A project folder and a fake clasp that logs each call (its folder and arguments) and answers as
 * clasp 3 does with --json: create-script writes .clasp.json and pulls Code.js and appsscript.json
 * into its folder; list-deployments prints FAKE_DEPLOYMENTS; create-deployment a new version.
 */
function workspace(deployments: { deploymentId: string; versionNumber?: number }[] = []) {
  const project = mkdtempSync(join(tmpdir(), 'bind-project-'));
  const bin = mkdtempSync(join(tmpdir(), 'fake-clasp-'));
  folders.push(project, bin);
  writeFileSync(join(project, 'package.json'), '{ "version": "1.2.3" }\n');
  const log = join(bin, 'calls.jsonl');
  const fake = join(bin, 'clasp');
  writeFileSync(
    fake,
    `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ cwd: process.cwd(), args }) + '\\n');
const option = (name) => args[args.indexOf(name) + 1];
if (args[0] === 'create-script') {
  fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: '1FakeStandaloneScriptId_abcdefghij' }));
  fs.writeFileSync('Code.js', 'function myFunction() {}');
  fs.writeFileSync('appsscript.json', '{}');
} else if (args[0] === 'list-deployments') {
  console.log(process.env.FAKE_DEPLOYMENTS);
} else if (args[0] === 'create-deployment') {
  const id = args.includes('--deploymentId') ? option('--deploymentId') : 'AKfycbNewDeployment';
  console.log(JSON.stringify({ deploymentId: id, versionNumber: 7, description: option('--description') }));
}
`,
  );
  chmodSync(fake, 0o755);
  const run = (script: string, ...args: string[]) =>
    spawnSync(tsx, [join(root, 'scripts', script), ...args], {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        FAKE_DEPLOYMENTS: JSON.stringify(deployments),
      },
    });
  const calls = (): { cwd: string; args: string[] }[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line))
      : [];
  const read = (name: string) => JSON.parse(readFileSync(join(project, name), 'utf8'));
  return { project, run, calls, read };
}

describe('npm run bind', () => {
  it('creates a standalone project away from this folder and keeps only its ID', () => {
    const w = workspace();
    const result = w.run('bind-script.ts', 'dev');
    expect(result.status, result.stderr).toBe(0);
    const [call, ...more] = w.calls();
    expect(more).toEqual([]);
    expect(call?.args).toEqual([
      'create-script',
      '--type',
      'standalone',
      '--title',
      'Seller Health (dev)',
    ]);
    expect(call?.cwd).not.toBe(w.project);
    expect(existsSync(call?.cwd ?? '')).toBe(false);
    // clasp's pulled Code.js, appsscript.json and .clasp.json landed elsewhere, and are gone.
    expect(readdirSync(w.project).sort()).toEqual(['.clasp-dev.json', 'package.json']);
    expect(w.read('.clasp-dev.json')).toEqual({
      scriptId: '1FakeStandaloneScriptId_abcdefghij',
      rootDir: 'dist',
      scriptExtensions: ['.js'],
      htmlExtensions: ['.html'],
      filePushOrder: ['dist/Core.js', 'dist/Code.js'],
    });
  });

  it('binds an existing project by its ID, and never overwrites a bound one', () => {
    const w = workspace();
    const id = '1ProductionScriptId_0123456789-abc';
    expect(w.run('bind-script.ts', 'prod', id).status).toBe(0);
    expect(w.read('.clasp-prod.json').scriptId).toBe(id);
    expect(w.calls()).toEqual([]);
    const again = w.run('bind-script.ts', 'prod', '1AnotherScriptId_0123456789-abcd');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('.clasp-prod.json already exists');
    expect(w.read('.clasp-prod.json').scriptId).toBe(id);
  });

  it('refuses a pasted ID that is no script ID, and an unknown target', () => {
    const w = workspace();
    expect(w.run('bind-script.ts', 'prod', 'https://script.google.com/d/x').status).toBe(1);
    expect(w.run('bind-script.ts', 'staging').status).toBe(1);
    expect(readdirSync(w.project)).toEqual(['package.json']);
  });

  it('--check stops a push with the way to bind when the project file is missing', () => {
    const w = workspace();
    const result = w.run('bind-script.ts', '--check', 'prod');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.clasp-prod.json is missing');
    expect(result.stderr).toContain('npm run bind -- dev|prod');
    w.run('bind-script.ts', 'prod', '1ProductionScriptId_0123456789-abc');
    expect(w.run('bind-script.ts', '--check', 'prod').status).toBe(0);
  });
});

describe('npm run deploy', () => {
  const description = ['--description', 'Seller Health 1.2.3'];
  const project = ['-P', '.clasp-prod.json', '--json'];

  it('creates the versioned deployment the first time', () => {
    const w = workspace([{ deploymentId: 'AKfycbHead' }]);
    const result = w.run('deploy.ts');
    expect(result.status, result.stderr).toBe(0);
    expect(w.calls().map((c) => c.args)).toEqual([
      ['list-deployments', ...project],
      ['create-deployment', ...description, ...project],
    ]);
    expect(result.stdout).toContain('Deployment AKfycbNewDeployment now serves version 7');
  });

  it('then gives that same deployment a new version, as the Marketplace listing points at it', () => {
    const w = workspace([
      { deploymentId: 'AKfycbHead' },
      { deploymentId: 'AKfycbLive', versionNumber: 6 },
    ]);
    expect(w.run('deploy.ts').status).toBe(0);
    expect(w.calls()[1]?.args).toEqual([
      'create-deployment',
      '--deploymentId',
      'AKfycbLive',
      ...description,
      ...project,
    ]);
  });

  it('asks which one when there are several, and deploys the one named', () => {
    const w = workspace([
      { deploymentId: 'AKfycbOld', versionNumber: 2 },
      { deploymentId: 'AKfycbLive', versionNumber: 6 },
    ]);
    const several = w.run('deploy.ts');
    expect(several.status).toBe(1);
    expect(several.stderr).toContain('AKfycbOld, AKfycbLive');
    expect(w.run('deploy.ts', 'AKfycbNope').status).toBe(1);
    expect(w.calls().filter((c) => c.args[0] === 'create-deployment')).toEqual([]);
    expect(w.run('deploy.ts', 'AKfycbLive').status).toBe(0);
    expect(w.calls().slice(-1)[0]?.args.slice(0, 3)).toEqual([
      'create-deployment',
      '--deploymentId',
      'AKfycbLive',
    ]);
  });
});

describe('the npm scripts that push', () => {
  const scripts = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const pushes = Object.entries(scripts).filter(([, command]) => /\bclasp push\b/.test(command));

  it('force the generated manifest, or clasp would print "Skipping push." and exit 0', () => {
    expect(pushes.map(([name]) => name).sort()).toEqual(['push:dev', 'push:prod']);
    for (const [, command] of pushes) expect(command).toMatch(/\bclasp push --force\b/);
  });

  it('each name a git-ignored project file, checked first, so no script ID is committed', () => {
    for (const [name, command] of pushes) {
      const target = name.split(':')[1];
      expect(command).toContain(`-P .clasp-${target}.json`);
      expect(command.startsWith(`tsx scripts/bind-script.ts --check ${target} && `)).toBe(true);
      const ignored = execFileSync('git', ['check-ignore', `.clasp-${target}.json`], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(ignored.trim()).toBe(`.clasp-${target}.json`);
    }
    expect(execFileSync('git', ['ls-files', '.clasp*.json'], { cwd: root, encoding: 'utf8' })).toBe(
      '',
    );
  });

  it('deploy runs push:prod (its checks and push) before it deploys', () => {
    expect(scripts.deploy?.startsWith('npm run push:prod && ')).toBe(true);
    expect(scripts.deploy).toContain('tsx scripts/deploy.ts');
    expect(scripts['push:prod']).toContain('npm test');
  });
});
