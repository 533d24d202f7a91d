/**
 * `npm run deploy` (after push:prod's checks and push): makes the pushed code a new version of the
 * production project's one versioned deployment, the one the Marketplace SDK's App Configuration
 * points at. Google's guide for a published add-on: edit the active deployment and pick "New
 * version"; a new deployment each release would leave the listing on the old one. The first run
 * creates that deployment; `npm run deploy -- <deployment ID>` picks one when there are several.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const project = ['-P', '.clasp-prod.json'];

interface Deployment {
  deploymentId: string;
  versionNumber?: number;
}

function clasp(args: string[]): unknown {
  return JSON.parse(execFileSync('clasp', [...args, ...project, '--json'], { encoding: 'utf8' }));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const chosen = process.argv[2];
// The HEAD deployment (the latest pushed code, for test deployments) has no version number.
const versioned = (clasp(['list-deployments']) as Deployment[]).filter(
  (d) => d.versionNumber !== undefined,
);
if (chosen !== undefined && !versioned.some((d) => d.deploymentId === chosen)) {
  fail(`${chosen} is not a versioned deployment of the production project.`);
}
if (chosen === undefined && versioned.length > 1) {
  fail(
    `The production project has ${versioned.length} versioned deployments: ` +
      `npm run deploy -- <deployment ID>, one of ${versioned.map((d) => d.deploymentId).join(', ')}`,
  );
}
const target = chosen ?? versioned[0]?.deploymentId;
const description = ['--description', `Seller Health ${version}`];
const deployed = clasp(
  target === undefined
    ? ['create-deployment', ...description]
    : ['create-deployment', '--deploymentId', target, ...description],
) as Deployment;
console.log(
  `Deployment ${deployed.deploymentId} now serves version ${deployed.versionNumber}. ` +
    'Marketplace SDK → App Configuration: set the Sheets add-on script version to it (PUBLISHING.md).',
);
