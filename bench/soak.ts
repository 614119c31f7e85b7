/**
 * @module bench/soak
 * `npm run soak`: the real app under a steady load for a bounded time, its memory sampled as it
 * goes (issue #5 item 9). The server runs in a child process (`bench/load/server.ts`, with
 * --expose-gc) and is driven from this one by autocannon at a fixed overall rate over the four
 * measured routes in turn (vehicle check, rule evaluation, public feed, officer list). The rate is
 * `--rate` requests per second, or half the maximum a short probe of the same mix measures first.
 * Every `--sample-seconds` the load pauses for a moment while the child runs a full GC and reports
 * its RSS and heapUsed. Verdict: from the first sample after `--warmup-minutes` to the last, growth
 * of both at most 10% and no answer outside 2xx, else exit code 1. It stops by itself after
 * `--minutes` (default 30). Flags: --minutes, --rate, --connections (10), --sample-seconds (30),
 * --warmup-minutes (2), --probe-seconds (10), --json file.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { runLoad } from './load/cannon.ts';
import { mib, ms, numberFlag, textFlag } from './load/options.ts';
import type { MemorySample } from './load/protocol.ts';
import { startServer } from './load/server-process.ts';
import { appTargets, checkTargets, signIn } from './load/targets.ts';

const argv = process.argv.slice(2);
const minutes = numberFlag(argv, 'minutes', 30);
const connections = numberFlag(argv, 'connections', 10);
const sampleSeconds = numberFlag(argv, 'sample-seconds', 30);
const warmupMinutes = Math.min(numberFlag(argv, 'warmup-minutes', 2), minutes / 2);
const probeSeconds = numberFlag(argv, 'probe-seconds', 10);
const givenRate = textFlag(argv, 'rate') === undefined ? undefined : numberFlag(argv, 'rate', 1);
const jsonFile = textFlag(argv, 'json');
const MAX_GROWTH = 0.1;

interface Sample extends MemorySample {
  /** Minutes since the steady load began. */
  readonly minute: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly loadavg: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const server = await startServer('app');
let exitCode = 1;
try {
  const targets = appTargets(await signIn(server.url));
  await checkTargets(server.url, targets);

  let rate = givenRate;
  if (rate === undefined) {
    const probe = await runLoad(server.url, targets, { connections, pipelining: 1, seconds: probeSeconds });
    if (probe.non2xx > 0) throw new Error(`probe: ${probe.non2xx} answers outside 2xx`);
    rate = Math.max(1, Math.floor(probe.rps / 2));
    log(
      `probe: ${Math.round(probe.rps)} req/s at most (${connections} connections, ${probeSeconds} s); soak rate ${rate} req/s`,
    );
  } else {
    log(`soak rate ${rate} req/s (given)`);
  }

  const cpu = cpus();
  log(
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim()}; ${minutes} min at ${rate} req/s over ${targets.length} routes in turn, ${connections} connections; memory after a full GC every ${sampleSeconds} s.`,
  );
  const start0 = await server.sample();
  log(
    `before the load: RSS ${mib(start0.rss)} MiB, heapUsed ${mib(start0.heapUsed)} MiB (GC exposed: ${start0.gc})\n`,
  );
  log('| minute | req/s | p50 ms | p99 ms | non-2xx | RSS MiB | heapUsed MiB | load avg |');
  log('|---:|---:|---:|---:|---:|---:|---:|---:|');

  const samples: Sample[] = [];
  const t0 = Date.now();
  const end = t0 + minutes * 60_000;
  while (Date.now() < end) {
    const seconds = Math.max(1, Math.min(sampleSeconds, Math.round((end - Date.now()) / 1000)));
    const f = await runLoad(server.url, targets, { connections, pipelining: 1, seconds, overallRate: rate });
    const m = await server.sample();
    const s: Sample = {
      ...m,
      minute: (Date.now() - t0) / 60_000,
      rps: f.rps,
      p50Ms: f.p50Ms,
      p99Ms: f.p99Ms,
      non2xx: f.non2xx,
      loadavg: loadavg()[0]!,
    };
    samples.push(s);
    log(
      `| ${s.minute.toFixed(1)} | ${Math.round(s.rps)} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${s.non2xx} | ${mib(s.rss)} | ${mib(s.heapUsed)} | ${s.loadavg.toFixed(1)} |`,
    );
  }

  const base = samples.find((s) => s.minute >= warmupMinutes) ?? samples[0]!;
  const last = samples[samples.length - 1]!;
  const rssGrowth = last.rss / base.rss - 1;
  const heapGrowth = last.heapUsed / base.heapUsed - 1;
  const non2xx = samples.reduce((n, s) => n + s.non2xx, 0);
  const requests = samples.reduce((n, s) => n + s.rps, 0) / samples.length;
  const pass = rssGrowth <= MAX_GROWTH && heapGrowth <= MAX_GROWTH && non2xx === 0;
  const pct = (g: number) => `${g >= 0 ? '+' : ''}${(g * 100).toFixed(1)}%`;
  log(
    `\nfrom minute ${base.minute.toFixed(1)} (after the warm-up) to minute ${last.minute.toFixed(1)}: RSS ${mib(base.rss)} → ${mib(last.rss)} MiB (${pct(rssGrowth)}), heapUsed ${mib(base.heapUsed)} → ${mib(last.heapUsed)} MiB (${pct(heapGrowth)}); mean ${Math.round(requests)} req/s; ${non2xx} answers outside 2xx.`,
  );
  log(
    pass
      ? `PASS: growth within ${MAX_GROWTH * 100}%, every answer 2xx.`
      : `FAIL: growth over ${MAX_GROWTH * 100}% or answers outside 2xx.`,
  );
  if (jsonFile !== undefined) {
    writeFileSync(
      jsonFile,
      `${JSON.stringify({ minutes, rate, connections, start: start0, samples, base, last, rssGrowth, heapGrowth, non2xx, pass }, null, 2)}\n`,
    );
  }
  exitCode = pass ? 0 : 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
