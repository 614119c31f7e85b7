/**
 * @module bench/load/server-process
 * Starts a server of `bench/load/server.ts` in a child Node process (with --expose-gc) and talks
 * to it over IPC: its address, memory samples, and stop.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MemorySample, ServerMessage } from './protocol.ts';

const SCRIPT = fileURLToPath(new URL('./server.ts', import.meta.url));

/** A running server child. */
export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** RSS and heapUsed of the child, after a full GC. */
  sample(): Promise<MemorySample>;
  /** CPU time the child has used so far (user + system), µs; no GC first. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

function next(child: ChildProcess, type: ServerMessage['type']): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ServerMessage) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`server child exited (code ${code}) before "${type}"`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts `hello` (the bare Fastify ceiling) or `app` (Zhengce, seeded) and waits until it listens. */
export async function startServer(kind: 'hello' | 'app'): Promise<ServerProcess> {
  const child = fork(SCRIPT, [kind], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = (await next(child, 'ready')) as Extract<ServerMessage, { type: 'ready' }>;
  return {
    url: ready.url,
    pid: child.pid ?? -1,
    async sample() {
      const reply = next(child, 'sample');
      child.send({ type: 'sample' });
      const m = (await reply) as Extract<ServerMessage, { type: 'sample' }>;
      return { rss: m.rss, heapUsed: m.heapUsed, gc: m.gc, cpuMicros: m.cpuMicros };
    },
    async cpuMicros() {
      const reply = next(child, 'sample');
      child.send({ type: 'cpu' });
      return ((await reply) as Extract<ServerMessage, { type: 'sample' }>).cpuMicros;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
