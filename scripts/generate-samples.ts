/**
 * Writes the committed synthetic sample reports to samples/ (npm run samples).
 * Every person, address, e-mail and phone number in them is invented; see scripts/sample-data.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultSampleOptions,
  generateSampleReports,
  type SampleReports,
  sampleFiles,
  toTsv,
} from './sample-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const options = defaultSampleOptions;
  const dir = join(root, 'samples');
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const reports = generateSampleReports(options);
  const ms = performance.now() - started;
  console.log(`Sample options: ${JSON.stringify(options)}`);
  for (const key of Object.keys(sampleFiles) as (keyof SampleReports)[]) {
    const file = sampleFiles[key];
    writeFileSync(join(dir, file), toTsv(reports[key]));
    console.log(`  samples/${file}: ${reports[key].length - 1} rows`);
  }
  console.log(`Generated in ${ms.toFixed(0)} ms.`);
}

main();
