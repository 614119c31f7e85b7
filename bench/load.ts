/**
 * @module bench/load
 * `npm run bench:load`: requests per second and p50/p99 latency of the vehicle check, a rule
 * evaluation, the public alert feed and an officer's list page, side by side with a bare Fastify
 * `GET /hello` as the ceiling, over loopback. The servers run in child processes
 * (`bench/load/server.ts`) and autocannon in this one, so the load generator does not take the
 * servers' CPU. Every run has the same connections, pipelining and duration, after a warm-up; the
 * ceiling is measured first and last and the mean taken, since the machine is shared.
 * Aim (issue #5): the vehicle check and the public feed at half the ceiling or better, p99 < 20 ms.
 * Flags: --duration s (10), --warmup s (2), --connections n (10), --pipelining n (1), --json file.
 * LOAD_QUICK=1 makes a quick run (3 s, 1 s warm-up). Exits 1 on any non-2xx answer.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { type LoadShape, type RunFigures, runLoad } from './load/cannon.ts';
import { ms, numberFlag, textFlag } from './load/options.ts';
import { type ServerProcess, startServer } from './load/server-process.ts';
import { appTargets, checkTargets, HELLO, sameSize, signIn, type Target } from './load/targets.ts';

const argv = process.argv.slice(2);
const quick = process.env.LOAD_QUICK === '1';
const seconds = numberFlag(argv, 'duration', quick ? 3 : 10);
const warmup = numberFlag(argv, 'warmup', quick ? 1 : 2);
const shape: LoadShape = {
  connections: numberFlag(argv, 'connections', 10),
  pipelining: numberFlag(argv, 'pipelining', 1),
  seconds,
};
const jsonFile = textFlag(argv, 'json');

/** Routes held to the issue's aim. */
const AIMED = new Set(['/api/v1/air/vehicle-check', '/api/v1/air/feed.json']);
const AIM_RATIO = 0.5;
const AIM_P99_MS = 20;

interface Row extends RunFigures {
  readonly name: string;
  readonly path: string;
  /** CPU time the server process used per request (user + system), µs. */
  readonly cpuMicrosPerRequest: number;
}

async function measure(server: ServerProcess, t: Target): Promise<Row> {
  await runLoad(server.url, [t], { ...shape, seconds: warmup });
  const cpu0 = await server.cpuMicros();
  const f = await runLoad(server.url, [t], shape);
  const cpuMicrosPerRequest = ((await server.cpuMicros()) - cpu0) / f.requests;
  process.stderr.write(
    `${t.name}: ${Math.round(f.rps)} req/s, p99 ${ms(f.p99Ms)} ms, ${cpuMicrosPerRequest.toFixed(0)} µs CPU/req\n`,
  );
  return { name: t.name, path: t.path, ...f, cpuMicrosPerRequest };
}

const load0 = loadavg();
const servers: ServerProcess[] = [];
let failed = false;
try {
  const [hello, app] = await Promise.all([startServer('hello'), startServer('app')]);
  servers.push(hello, app);
  const targets = appTargets(await signIn(app.url));
  const sizes = await checkTargets(app.url, targets);
  const twins = targets.map((t) => sameSize(t, sizes.get(t.name) ?? 12));
  await checkTargets(hello.url, [HELLO, ...twins]);

  const ceilingFirst = await measure(hello, HELLO);
  const rows: Row[] = [];
  const twinRows: Row[] = [];
  for (const [i, t] of targets.entries()) {
    rows.push(await measure(app, t));
    twinRows.push(await measure(hello, twins[i]!));
  }
  const ceilingLast = await measure(hello, HELLO);
  const ceiling = (ceilingFirst.rps + ceilingLast.rps) / 2;
  const ceilingCpu = (ceilingFirst.cpuMicrosPerRequest + ceilingLast.cpuMicrosPerRequest) / 2;
  const load1 = loadavg();

  const cpu = cpus();
  console.log(
    `\nNode ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
      `load average ${load0[0]!.toFixed(1)} before, ${load1[0]!.toFixed(1)} after. Servers in child processes, autocannon in the parent.`,
  );
  console.log(
    `${shape.connections} connections, pipelining ${shape.pipelining}, ${seconds} s per route after a ${warmup} s warm-up; ceiling = mean of the first and last hello runs (${Math.round(ceilingFirst.rps)}, ${Math.round(ceilingLast.rps)}).\n`,
  );
  console.log(
    '| route | bytes | req/s | p50 ms | p99 ms | × ceiling | server CPU µs/req | × ceiling by CPU | × bare, same bytes | non-2xx | aim |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  const all = [ceilingFirst, ...rows, ceilingLast];
  const out = all.map((r) => {
    const ratio = r.rps / ceiling;
    const cpuRatio = ceilingCpu / r.cpuMicrosPerRequest;
    const aimed = AIMED.has(r.path);
    const met = ratio >= AIM_RATIO && r.p99Ms < AIM_P99_MS;
    const aim = aimed ? (met ? 'met' : 'not met') : '';
    const k = rows.indexOf(r);
    const twin = k >= 0 ? twinRows[k] : undefined;
    const twinRatio = twin ? r.rps / twin.rps : null;
    const bytes = k >= 0 ? sizes.get(r.name) : 17;
    console.log(
      `| ${r.name} | ${bytes ?? ''} | ${Math.round(r.rps).toLocaleString('en')} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${ratio.toFixed(2)} | ${r.cpuMicrosPerRequest.toFixed(0)} | ${cpuRatio.toFixed(2)} | ${twinRatio === null ? '' : `${twinRatio.toFixed(2)} (${Math.round(twin!.rps).toLocaleString('en')})`} | ${r.non2xx} | ${aim} |`,
    );
    if (r.non2xx > 0) failed = true;
    if (twin && twin.non2xx > 0) failed = true;
    return {
      ...r,
      bytes: bytes ?? null,
      ratioToCeiling: ratio,
      ratioToCeilingByCpu: cpuRatio,
      sameBytes: twin ? { rps: twin.rps, p99Ms: twin.p99Ms, ratio: twinRatio } : null,
      aim: aimed ? met : null,
    };
  });
  console.log(
    `\n× ceiling: req/s ÷ the ceiling's mean req/s. × ceiling by CPU: the ceiling's server CPU per request ÷ the route's, what the ratio would be with the server's core to itself. × bare, same bytes: req/s ÷ that of the bare Fastify server answering a body of the same size (its req/s in brackets), which leaves out what the body costs on the wire. Aim: ≥ ${AIM_RATIO} and p99 < ${AIM_P99_MS} ms.`,
  );
  if (jsonFile !== undefined) {
    writeFileSync(
      jsonFile,
      `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpu.length, loadavg: [load0, load1], shape, warmup, ceiling, ceilingCpu, rows: out }, null, 2)}\n`,
    );
  }
  if (failed)
    console.error('\nFAILED: some answers were not 2xx (or connections failed); the figures are not valid.');
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
process.exit(failed ? 1 : 0);
