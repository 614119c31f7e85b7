/**
 * @module cli/commands/serve
 * `zhengce serve`: migrates the database, writes the departments, optionally builds the web UI
 * and seeds the demo data on an empty database, then serves the UI and the API.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildApp, LOG_REDACT } from '../../api/app.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { syncDepartments } from '../../services/accounts/index.ts';
import { startOutboxWorker } from '../../services/alerts/index.ts';
import { DEMO_USERS } from '../../services/demo/index.ts';
import { seedDemo } from '../../services/demo/seed.ts';
import { openMigratedStore } from '../../store/db.ts';
import { countUsers } from '../../store/queries.ts';
import { type CliIo, EXIT_OK, out } from '../io.ts';
import type { RunState } from '../main.ts';
import { VERSION } from '../version.ts';
import { run } from './run.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  buildWeb?: boolean;
  seedIfEmpty?: boolean;
  webRoot?: string;
}

export function serveCommand(program: Command, io: CliIo, state: RunState): void {
  program
    .command('serve')
    .description('Serve the web UI and the API / 启动服务')
    .option('--port <port>', 'port (default $PORT or 8080)')
    .option('--host <host>', 'address to listen on (default $HOST or 127.0.0.1)')
    .option('--build-web', 'build the web UI first if it has not been built')
    .option('--seed-if-empty', 'create the demo data when the database has no users')
    .option('--web-root <dir>', 'built web UI folder (default dist/web)')
    .action((o: ServeOptions) => run(io, state, 'text', () => serve(io, o)));
}

function portOf(v: string | undefined): number {
  const p = Number(v ?? 8080);
  if (!Number.isInteger(p) || p < 0 || p > 65535) {
    throw new ZhengceError('ZC_ERR_INVALID_INPUT', `port: ${JSON.stringify(v)} is not a port number`, {
      field: 'port',
      value: v,
      messageZh: `port：${JSON.stringify(v)} 不是有效端口`,
    });
  }
  return p;
}

async function serve(io: CliIo, o: ServeOptions): Promise<number> {
  const port = portOf(o.port ?? io.env.PORT);
  const host = o.host ?? io.env.HOST ?? '127.0.0.1';
  const webRoot = resolve(o.webRoot ?? 'dist/web');
  if (o.buildWeb && !existsSync(resolve(webRoot, 'index.html'))) {
    out(io, 'building the web UI (vite) … / 正在构建网页界面');
    const vite = await import('vite');
    await vite.build({
      configFile: resolve('web/vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot },
    });
  }
  const store = await openMigratedStore(io.env.DATABASE_URL);
  await syncDepartments(store);
  if (o.seedIfEmpty && (await countUsers(store.db)) === 0) {
    const r = await seedDemo(store, io.now());
    out(io, `demo data created / 已生成演示数据: ${r.enterprises} enterprises, ${r.usersCreated} users`);
    out(io, renderDemoLogins());
  }
  const app = await buildApp(
    { store, now: () => io.now(), version: VERSION, secureCookies: io.env.ZHENGCE_SECURE_COOKIES === '1' },
    { logger: { level: io.env.ZHENGCE_LOG_LEVEL ?? 'info', redact: LOG_REDACT }, webRoot },
  );
  // Delivers notices (and whatever a crash left pending) from the outbox.
  const stopOutbox = startOutboxWorker(store, 1000, (e) => app.log.error({ err: e }, 'outbox drain failed'));
  const close = async () => {
    await stopOutbox();
    await app.close();
    await store.close();
  };
  process.once('SIGINT', () => void close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void close().then(() => process.exit(0)));
  const address = await app.listen({ port, host });
  out(
    io,
    `Zhengce ${VERSION} on ${store.dialect}: ${address.replace('127.0.0.1', 'localhost')}  (API docs: ${address}/api/v1/docs)`,
  );
  out(io, `政策平台已启动：${address.replace('127.0.0.1', 'localhost')}`);
  return EXIT_OK;
}

/** The demo logins, printed once when the demo data is created. */
function renderDemoLogins(): string {
  return [
    'Demo logins / 演示账号 (username / password):',
    ...DEMO_USERS.map((u) => `  ${u.username} / ${u.password}  (${u.role})`),
  ].join('\n');
}
