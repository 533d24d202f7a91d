/**
 * The Plan of Action sidebar's server calls in `npm run bench`: planOfActionOpen,
 * planOfActionReview and planOfActionGenerate (also once the cache lost the facts kept at open),
 * each through google.script.run's bridge in the local host, on the sample reports and on generated
 * reports of a given size pasted into sheets. Each call
 * loads the add-on afresh, as Apps Script does for every google.script.run call. A call slower
 * than `slowCallMs` is run fewer times (the count is printed) so the bench ends.
 * Expects dist/ to be built (scripts/bench.ts builds it first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLocalHost, type LocalHost } from '../host';
import { createRpcBridge } from '../host/serve-rpc';
import { pasteReports, reportsWithRows } from './bench-dashboard';
import { benchRuns, median, timeAsync } from './bench-stats';
import { sampleFiles } from './sample-data';

const root = join(import.meta.dirname, '..');

/** Past this, a call is measured fewer times than `benchRuns`: once it has used a minute. */
const slowCallMs = 60_000;

/**
 * The calls measured, as the bench's table names them: the three calls in the wizard's order, then
 * Generate once the document cache has lost the facts kept at open (it reads the sheets again).
 */
export const sidebarCalls = [
  'planOfActionOpen',
  'planOfActionReview',
  'planOfActionGenerate',
  'planOfActionGenerate, facts not kept',
] as const;

const factsNotKept = 'planOfActionGenerate, facts not kept';

export interface SidebarTiming {
  /** Median ms of each call, in the order of `sidebarCalls`. */
  medians: number[];
  /**
   * Median CPU ms of each call (this process's user and system time): on a machine shared with
   * other work the wall time grows with the load, the CPU time much less.
   */
  cpuMedians: number[];
  /** Runs behind each median. */
  runs: number[];
}

function readTsv(file: string): string[][] {
  return readFileSync(join(root, 'samples', file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/** The sample reports of samples/, each pasted into its own sheet. */
export function pasteSamples(host: LocalHost): void {
  for (const [kind, file] of Object.entries(sampleFiles)) {
    host.spreadsheet.addSheetWithValues(kind, readTsv(file));
  }
}

/** Generated reports of about `rows` All Orders rows, All Orders and FBA shipments included. */
export function pasteGenerated(host: LocalHost, rows: number): void {
  const reports = reportsWithRows(rows);
  host.spreadsheet.addSheetWithValues('All Orders', reports.allOrders);
  host.spreadsheet.addSheetWithValues('FBA shipments', reports.fbaShipments);
  pasteReports(host, reports);
}

/** Times the calls in a spreadsheet filled by `paste`, the sample draft as the seller's. */
export async function benchSidebar(
  distDir: string,
  paste: (host: LocalHost) => void,
): Promise<SidebarTiming> {
  const host = createLocalHost();
  paste(host);
  // The sample draft without the seller's name: "Example Home Goods" shares a word with invented
  // buyer names of the samples ("Avery Example"), so Generate rightly refuses to write it.
  const { seller: _seller, ...draft } = JSON.parse(
    readFileSync(join(root, 'samples/plan-draft.json'), 'utf8'),
  );
  const argsOf: Record<(typeof sidebarCalls)[number], unknown[]> = {
    planOfActionOpen: [],
    planOfActionReview: [draft],
    planOfActionGenerate: [draft, { channel: 'form' }],
    [factsNotKept]: [draft, { channel: 'form' }],
  };
  const timings: number[][] = sidebarCalls.map(() => []);
  const cpuTimings: number[][] = sidebarCalls.map(() => []);
  for (let run = 0; run < benchRuns; run++) {
    for (const [c, name] of sidebarCalls.entries()) {
      const spent = timings[c] ?? [];
      if (spent.reduce((a, b) => a + b, 0) > slowCallMs) continue;
      if (name === factsNotKept) host.caches.document.evictAll();
      const call = createRpcBridge(host.load(distDir));
      const server = name === factsNotKept ? 'planOfActionGenerate' : name;
      const cpuBefore = process.cpuUsage();
      spent.push((await timeAsync(() => call(server, argsOf[name]))).ms);
      const cpu = process.cpuUsage(cpuBefore);
      cpuTimings[c]?.push((cpu.user + cpu.system) / 1000);
    }
  }
  return {
    medians: timings.map(median),
    cpuMedians: cpuTimings.map(median),
    runs: timings.map((t) => t.length),
  };
}

/** Where the sidebar is measured: the samples, or generated reports of about this many rows. */
export type SidebarData = 'samples' | number;

/**
 * `benchSidebar` in a child process that is stopped after `timeoutMs`, so a call that takes
 * minutes is reported as such instead of holding up the bench. A string says why there is no
 * timing: not finished in time, or the error a call failed with.
 */
export function benchSidebarApart(data: SidebarData, timeoutMs: number): SidebarTiming | string {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), String(data)],
    { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 2 ** 20 },
  );
  if (child.signal) return `not done in ${Math.round(timeoutMs / 60_000)} min`;
  if (child.status !== 0) {
    const lines = child.stderr.trim().split('\n');
    return `failed: ${lines.find((line) => line.startsWith('Error')) ?? lines[0] ?? ''}`;
  }
  return JSON.parse(child.stdout) as SidebarTiming;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = process.argv[2] ?? 'samples';
  const distDir = join(root, 'dist');
  const timing = await benchSidebar(
    distDir,
    data === 'samples' ? pasteSamples : (host) => pasteGenerated(host, Number(data)),
  );
  process.stdout.write(JSON.stringify(timing));
}
