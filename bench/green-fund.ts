/**
 * @module bench/green-fund
 * Green low-carbon fund (京技管发〔2023〕31号), `npm run bench` (last part):
 * `node --expose-gc --import tsx bench/green-fund.ts`.
 *
 * 1. A grant run (免申即享) over 1,000,000 list rows of items 11, 16, 22, 23, 24, 25 and 27 for
 *    200,000 synthetic enterprises, planned with `planGrants` on one thread, then split by
 *    enterprise over worker threads; both plans must agree row for row (checksum). Target: < 10 s.
 * 2. Items 1, 3, 13, 16, 17, 23 and 24 side by side on the same synthetic profiles through
 *    Zhengce (`evaluateRule` on the real rules), json-rules-engine and @gorules/zen-engine ports
 *    (bench/green/): every answer (outcome and amount in fen) must be identical, or the benchmark
 *    stops with the first differing profile and exits 1.
 *
 * Sizes (environment): GREEN_BENCH_ROWS (1,000,000), GREEN_BENCH_PROFILES (Zhengce, 1,000,000),
 * GREEN_BENCH_JRE (100,000), GREEN_BENCH_ZEN (100,000), GREEN_BENCH_WORKERS (the CPU count).
 */
import { cpus, loadavg } from 'node:os';
import { runGrantsInWorkers } from './green/grant-parallel.ts';
import { SUBSET } from './green/profiles.ts';
import {
  type EngineRun,
  type Expected,
  PortMismatch,
  runJre,
  runZen,
  runZhengce,
} from './green/side-by-side.ts';

const env = (k: string, d: number) => {
  const v = Number(process.env[k] ?? d);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${k} must be a whole number`);
  return v;
};
const ROWS = env('GREEN_BENCH_ROWS', 1_000_000);
const ENTERPRISES = Math.max(1_000, Math.floor(ROWS / 5));
const PROFILES = env('GREEN_BENCH_PROFILES', 1_000_000);
const JRE = Math.min(env('GREEN_BENCH_JRE', 100_000), PROFILES);
const ZEN = Math.min(env('GREEN_BENCH_ZEN', 100_000), PROFILES);
const WORKERS = env('GREEN_BENCH_WORKERS', cpus().length);
/** Young generation of each grant-run thread (V8's default semi-space is small for this workload). */
const YOUNG_MB = env('GREEN_BENCH_YOUNG_MB', 256);
const SEED = 31;
const fmt = (n: number) => Math.round(n).toLocaleString('en');
const log = (s: string) => process.stderr.write(`${s}\n`);
const yuan = (fen: bigint) => `${(fen / 100n).toLocaleString('en')}.${String(fen % 100n).padStart(2, '0')}`;

// ——— 1. Grant run ———
/** Runs `fn`, sampling the process's RSS meanwhile; the peak in MB. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  try {
    const value = await fn();
    return { value, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
const grant = { seed: SEED, rows: ROWS, enterprises: ENTERPRISES };
const load = (): string => loadavg()[0]!.toFixed(1);
const loadBefore = load();
log(`grant run: ${fmt(ROWS)} rows, ${fmt(ENTERPRISES)} enterprises, one thread…`);
global.gc?.();
const one = await withPeakRss(() => runGrantsInWorkers(grant, 1, YOUNG_MB));
log(`  ${fmt(one.value.ms)} ms; ${WORKERS} threads…`);
global.gc?.();
const all = await withPeakRss(() => runGrantsInWorkers(grant, WORKERS, YOUNG_MB));
log(`  ${fmt(all.value.ms)} ms`);
const loadAfter = load();
const seq = one.value;
const par = all.value;
if (par.checksum !== seq.checksum || par.rows !== seq.rows || par.grantedFen !== seq.grantedFen) {
  console.error(
    `FAIL: the plan split over ${WORKERS} threads differs from the plan on one (checksum ${par.checksum} vs ${seq.checksum}, granted ${par.grantedFen} vs ${seq.grantedFen} fen)`,
  );
  process.exit(1);
}

// ——— 2. Side by side ———
let zhengce: EngineRun;
let expected: Expected;
const ports: EngineRun[] = [];
try {
  log(`Zhengce: ${fmt(PROFILES)} profiles × ${SUBSET.length} items…`);
  ({ run: zhengce, expected } = runZhengce(SEED, PROFILES, Math.max(JRE, ZEN)));
  log(`  ${fmt(zhengce.ms)} ms; json-rules-engine: ${fmt(JRE)} profiles…`);
  ports.push(await runJre(SEED, JRE, expected));
  log(`  ${fmt(ports.at(-1)!.ms)} ms; zen-engine: ${fmt(ZEN)} profiles, one at a time…`);
  ports.push(await runZen(SEED, ZEN, expected));
  log(`  ${fmt(ports.at(-1)!.ms)} ms; zen-engine, 64 in flight…`);
  ports.push(await runZen(SEED, ZEN, expected, 64));
  log(`  ${fmt(ports.at(-1)!.ms)} ms`);
} catch (e) {
  if (!(e instanceof PortMismatch)) throw e;
  console.error(`FAIL: ${e.message}`);
  process.exit(1);
}

// ——— Report ———
const cpu = cpus();
console.log(
  `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}. \`node --expose-gc --import tsx bench/green-fund.ts\`\n`,
);
console.log(
  `### Grant run (免申即享): \`planGrants\` over list rows of items 11, 16, 22–25, 27 (load average ${loadBefore} before, ${loadAfter} after)\n`,
);
console.log(
  '| case | rows | ms | rows per second | µs per row | thread CPU µs per row | peak heap MB (per thread) | peak RSS MB |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
const grantLine = (name: string, run: typeof seq, rss: number) => {
  const cpu = run.parts.reduce((t, p) => t + p.cpuMs, 0);
  console.log(
    `| ${name} | ${fmt(run.rows)} | ${fmt(run.ms)} | ${fmt((run.rows / run.ms) * 1000)} | ${((run.ms * 1000) / run.rows).toFixed(1)} | ${((cpu * 1000) / run.rows).toFixed(1)} | ${fmt(Math.max(...run.parts.map((p) => p.peakHeapMb)))} | ${fmt(rss)} |`,
  );
};
grantLine('one thread', seq, one.peakRssMb);
grantLine(`${WORKERS} threads, rows split by enterprise`, par, all.peakRssMb);
const r = seq.results;
console.log(
  `\nResults (identical in both, checksum ${seq.checksum.toString(16)}): ${fmt(r.granted)} granted (${yuan(seq.grantedFen)} 元), ${fmt(r.already_granted)} already granted, ${fmt(r.ineligible)} ineligible, ${fmt(r.needs_review)} for review, ${fmt(r.held)} held.`,
);
const best = Math.min(seq.ms, par.ms);
console.log(
  `Target (< 10 s for 1,000,000 rows): ${(best / 1000).toFixed(1)} s — ${ROWS >= 1_000_000 && best < 10_000 ? 'met' : 'NOT met'}; one thread ${(seq.ms / 1000).toFixed(1)} s, ${WORKERS} workers ${(par.ms / 1000).toFixed(1)} s (${(par.wallMs / 1000).toFixed(1)} s including drawing the rows and starting the workers).\n`,
);

console.log(`### Items ${SUBSET.join(', ')} side by side: the same profiles, identical answers\n`);
console.log(
  '| engine | profiles | evaluations | total ms | µs per profile (7 items) | × Zhengce, same profiles |',
);
console.log('|---|---:|---:|---:|---:|---:|');
const perProfile = (run: EngineRun) => (run.ms * 1000) / run.profiles;
for (const run of [zhengce, ...ports]) {
  const same = zhengce.upTo!(run.profiles);
  const base = (same.ms * 1000) / same.profiles;
  console.log(
    `| ${run.engine} | ${fmt(run.profiles)} | ${fmt(run.profiles * SUBSET.length)} | ${fmt(run.ms)} | ${perProfile(run).toFixed(1)} | ${(perProfile(run) / base).toFixed(1)} |`,
  );
}
console.log(`\n| item | ${[zhengce, ...ports].map((p) => p.engine).join(' | ')} |`);
console.log(`|---|${[zhengce, ...ports].map(() => '---:').join('|')}|`);
for (const item of SUBSET)
  console.log(
    `| ${item} | ${[zhengce, ...ports].map((p) => ((p.itemMs[item] * 1000) / p.profiles).toFixed(1)).join(' | ')} |`,
  );
console.log('\n(µs per evaluation of one item.)');
const mix = SUBSET.map((item, k) => {
  const m = expected.mix(k);
  return `${item}: ${m.eligible}/${m.ineligible}/${m.needs_review}`;
});
console.log(
  `\nAll ${fmt(Math.max(JRE, ZEN) * SUBSET.length)} answers compared are identical. Mix on the first ${fmt(expected.size)} profiles, eligible/ineligible/needs review per item — ${mix.join('; ')}.`,
);
