/**
 * @module bench/load/server
 * The server side of the load benchmark and the soak, run in a child process so that the load
 * generator (autocannon, in the parent) does not take the server's CPU. `hello`: a bare Fastify
 * app with one `GET /hello` route, the ceiling. `app`: the real Zhengce app as `zhengce serve`
 * builds it (logger at `warn`, the outbox worker running) on a SQLite file in a temporary folder,
 * seeded with the demo data and an orange alert in force. It tells the parent its address over
 * IPC and answers `{ type: 'sample' }` with its memory, after a full GC when run with --expose-gc.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp, LOG_REDACT } from '../../src/api/app.ts';
import { systemActor } from '../../src/services/accounts/index.ts';
import { issueAlert, startOutboxWorker } from '../../src/services/alerts/index.ts';
import { seedDemo } from '../../src/services/demo/seed.ts';
import { openMigratedStore } from '../../src/store/db.ts';
import type { ServerMessage } from './protocol.ts';

const kind = process.argv[2];
const send = (m: ServerMessage) => process.send?.(m);
let close: () => Promise<void>;
let url: string;

if (kind === 'hello') {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  // The same number of bytes as a measured route's answer, so the cost of the body on the wire
  // can be told apart from the app's own work.
  const bodies = new Map<number, string>();
  app.get<{ Params: { n: string } }>('/bytes/:n', async (req, reply) => {
    const n = Math.max(12, Math.min(10_000_000, Number(req.params.n) || 12));
    let body = bodies.get(n);
    if (body === undefined) {
      body = `{"x":"${'a'.repeat(n - 8)}"}`;
      bodies.set(n, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  close = () => app.close();
} else if (kind === 'app') {
  const dir = mkdtempSync(join(tmpdir(), 'zhengce-load-'));
  const store = await openMigratedStore(join(dir, 'zhengce.sqlite'));
  const now = new Date();
  await seedDemo(store, now);
  // The public feed is read hardest during an alert, so one is in force.
  await issueAlert(
    store,
    systemActor('bench'),
    { number: 'LOAD-1', level: 'orange', startsAt: now.toISOString() },
    now,
  );
  const app = await buildApp(
    { store, now: () => new Date(), version: 'bench', secureCookies: false },
    { logger: { level: 'warn', redact: LOG_REDACT }, webRoot: '/nonexistent' },
  );
  const stopOutbox = startOutboxWorker(store, 1000, (e) => app.log.error({ err: e }, 'outbox drain failed'));
  url = await app.listen({ port: 0, host: '127.0.0.1' });
  close = async () => {
    await stopOutbox();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
} else {
  throw new Error(`usage: server.ts hello|app (got ${kind})`);
}

process.on('message', (m: { type?: string }) => {
  if (m.type === 'sample' || m.type === 'cpu') {
    // `cpu` asks for the CPU time only: no GC, which would count in it.
    if (m.type === 'sample') global.gc?.();
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage();
    send({
      type: 'sample',
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      gc: m.type === 'sample' && typeof global.gc === 'function',
      cpuMicros: cpu.user + cpu.system,
    });
  } else if (m.type === 'stop') {
    void close().then(() => process.exit(0));
  }
});
// If the parent dies, do not linger.
process.on('disconnect', () => void close().then(() => process.exit(0)));
// Run alone, it prints its address and stops on Ctrl-C. With LOAD_CPU_PROFILE=<file> it records a
// CPU profile from now (after start-up and seeding, unlike `node --cpu-prof`) until Ctrl-C.
const profileFile = process.env.LOAD_CPU_PROFILE;
let stopProfile = async () => {};
if (profileFile) {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  stopProfile = async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  };
}
process.once(
  'SIGINT',
  () =>
    void stopProfile()
      .then(close)
      .then(() => process.exit(0)),
);
if (process.send) send({ type: 'ready', url });
else console.log(url);
