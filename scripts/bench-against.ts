/**
 * `npm run bench:against -- <git-rev> [rounds]`: the Health sheet's functions that read every
 * order (the rates, RECOVERY_PLAN and HEALTH_TRENDS) of <git-rev>'s build against
 * this checkout's, on the bench's reports (about 100,000 All Orders rows), in one process. On these
 * shared machines the medians of two separate runs differ by more than most changes do, and of two
 * bundles loaded side by side the one loaded second runs faster. So each build is loaded twice, one
 * copy before and one after the other build's, every round calls all four copies (in reverse order
 * every other round), and the figure is the median over the rounds of this checkout's time over
 * <git-rev>'s: below 1 is faster. Both builds must give the same answers; the script says if not.
 * With `--answers-differ` (a change that moves numbers on purpose), a function whose answers differ
 * is timed all the same and marked so.
 * An A/A run (`npm run bench:against -- HEAD` on a clean checkout) shows the noise: within ±5% here.
 */
import { join } from 'node:path';
import { createLocalHost } from '../host';
import { reportsWithRows } from './bench-dashboard';
import { fixed, machine, median, time } from './bench-stats';
import { buildAll } from './build';
import { buildRev } from './build-rev';
import { answerText } from './differential-answer';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const answersMayDiffer = argv.includes('--answers-differ');
  const [rev, roundsArg] = argv.filter((arg) => !arg.startsWith('--'));
  if (!rev) throw new Error('usage: npm run bench:against -- <git-rev> [rounds]');
  const rounds = Number(roundsArg ?? 15);
  if (!(rounds % 1 === 0 && rounds >= 1)) {
    throw new Error(`rounds: expected a whole number of rounds, 1 or more, got "${roundsArg}"`);
  }
  await buildAll();
  const before = buildRev(rev);
  try {
    const r = reportsWithRows(100_000);
    const defects = [r.feedback, r.claims, r.chargebacks];
    const calls: [string, string, unknown[]][] = [
      ['ODR (MFN)', 'ODR', [r.allOrders, ...defects]],
      [
        'ACCOUNT_HEALTH, five reports',
        'ACCOUNT_HEALTH',
        [r.allOrders, '', r.shippingConfirmations, ...defects],
      ],
      [
        'ACCOUNT_HEALTH, six reports',
        'ACCOUNT_HEALTH',
        [r.allOrders, r.sellerFulfilledOrders, r.shippingConfirmations, ...defects],
      ],
      [
        'RECOVERY_PLAN, six reports',
        'RECOVERY_PLAN',
        [r.allOrders, r.sellerFulfilledOrders, r.shippingConfirmations, ...defects],
      ],
      [
        'HEALTH_TRENDS, six reports',
        'HEALTH_TRENDS',
        [r.allOrders, r.sellerFulfilledOrders, r.shippingConfirmations, ...defects],
      ],
    ];
    // <git-rev>, this checkout, this checkout again, <git-rev> again.
    const dists = [before.dist, join(root, 'dist'), join(root, 'dist'), before.dist];
    const addons = dists.map((dist) => createLocalHost().load(dist));
    console.log(`Machine: ${machine()}`);
    console.log(`\n${rev} against this checkout, medians of ${rounds} rounds.\n`);
    console.log(`| function | ${rev} | this checkout | this / ${rev}, paired |`);
    console.log('|---|---|---|---|');
    for (const [label, name, args] of calls) {
      const fns = addons.map((addon) => {
        const fn = addon.globals[name];
        if (!fn) throw new Error(`${name} is not a global of the bundle`);
        return fn;
      });
      const answers = fns.map((fn) => answerText(fn(...args)));
      const differ = answers.some((answer) => answer !== answers[0]);
      if (differ && !answersMayDiffer) {
        throw new Error(`${name}: ${rev} and this checkout give different answers`);
      }
      const runs = fns.map((): number[] => []);
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? [0, 1, 2, 3] : [3, 2, 1, 0];
        for (const k of order) runs[k]?.push(time(() => fns[k]?.(...args)).ms);
      }
      const sum = (a: number, b: number) =>
        (runs[a] ?? []).map((ms, i) => ms + (runs[b]?.[i] ?? 0));
      const old = sum(0, 3);
      const now = sum(1, 2);
      const ratio = median(now.map((ms, i) => ms / (old[i] ?? Number.NaN)));
      console.log(
        `| ${label}${differ ? ' (answers differ)' : ''} | ${fixed(median(old) / 2)} ms | ${fixed(median(now) / 2)} ms | ${ratio.toFixed(2)} |`,
      );
    }
  } finally {
    before.cleanUp();
  }
}

await main();
