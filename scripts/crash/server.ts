/**
 * @module scripts/crash/server
 * The server under test for the crash tests: `zhengce serve` on a database file, started as its
 * own process and killed with SIGKILL. The CLI (`src/cli/main.ts`) is bundled once with esbuild
 * (packages stay external), which starts the same code in about half the CPU time of the tsx
 * loader in `bin/zhengce.js`; the suite starts the server more than fifty times.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSRF_HEADER, CSRF_VALUE, SESSION_COOKIE } from '../../src/api/context.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A fixed data key: the tests must not create `./data/zhengce.key` in the checkout. */
const DATA_KEY = Buffer.alloc(32, 7).toString('base64');

/** The bundled CLI: `node <entry> …` behaves as `zhengce …`. */
export interface Bundle {
  readonly entry: string;
  remove(): void;
}

/**
 * Bundles the CLI two folders below the repository root, so that `node_modules` resolves and
 * `src/cli/version.ts` still finds `../../package.json` from the bundle.
 */
export async function bundleCli(): Promise<Bundle> {
  const dir = join(ROOT, 'node_modules', `.zhengce-crash-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: join(dir, 'main.mjs'),
    logLevel: 'warning',
  });
  const entry = join(dir, 'zhengce.mjs');
  writeFileSync(
    entry,
    "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv);\n",
  );
  return { entry, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment of every spawned command: the database, the key, quiet logs. */
export function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NODE_TEST_CONTEXT', 'ZHENGCE_DATA_KEY_FILE', 'PORT', 'HOST']) delete env[k];
  return { ...env, DATABASE_URL: databaseUrl, ZHENGCE_DATA_KEY: DATA_KEY, ZHENGCE_LOG_LEVEL: 'fatal' };
}

/** Runs a CLI command to its end; rejects on a non-zero exit. */
export function runCommand(bundle: Bundle, databaseUrl: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle.entry, ...args], {
      cwd: ROOT,
      env: serverEnv(databaseUrl),
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      out += c;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`zhengce ${args.join(' ')}: exit ${code}\n${out}`)),
    );
  });
}

/** A running `zhengce serve`. */
export class Server {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly exited: Promise<number | null>,
  ) {}

  /** Starts the server on a free port and resolves once it listens. */
  static start(bundle: Bundle, databaseUrl: string): Promise<Server> {
    const child = spawn(
      process.execPath,
      [bundle.entry, 'serve', '--port', '0', '--web-root', '/nonexistent'],
      {
        cwd: ROOT,
        env: serverEnv(databaseUrl),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`zhengce serve did not start in 30 s:\n${out}`));
      }, 30_000);
      const onData = (c: string) => {
        out += c;
        const m = /on (?:sqlite|postgres)\w*: (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
          child.stdout?.resume();
          resolve(new Server(child, m[1]!.replace('localhost', '127.0.0.1'), exited));
        }
      };
      child.stdout?.setEncoding('utf8').on('data', onData);
      child.stderr?.setEncoding('utf8').on('data', (c: string) => {
        out += c;
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`zhengce serve exited (${code}) before listening:\n${out}`));
      });
    });
  }

  /** SIGKILL: no shutdown hook, no flush, no rollback but the database's own. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the orderly shutdown of `zhengce serve`. */
  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

/** An HTTP client with a session cookie (sessions live in the database, so they survive restarts). */
export class Client {
  constructor(
    public base: string,
    private cookie = '',
  ) {}

  async login(username: string, password: string): Promise<void> {
    const r = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
    const set = r.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!set) throw new Error('no session cookie');
    this.cookie = set.split(';')[0]!;
  }

  /** A request; the body is JSON unless `contentType` says otherwise. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = { cookie: this.cookie, [CSRF_HEADER]: CSRF_VALUE };
    if (body !== undefined) headers['content-type'] = contentType;
    const r = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: r.status, body: parsed };
  }
}
