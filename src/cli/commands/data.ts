/**
 * @module cli/commands/data
 * Commands that open the database: `db migrate`, `demo seed`, `user create`, `audit verify`.
 * They act as the operator on the server (a system actor), which is how the first administrator
 * is created.
 */
import type { Command } from 'commander';
import { ZhengceError } from '../../engine/errors.ts';
import { createUser, syncDepartments, systemActor } from '../../services/accounts/index.ts';
import { verifyAuditChain } from '../../services/audit/index.ts';
import { seedDemo } from '../../services/demo/seed.ts';
import { migrateToLatest, openStore, type Store } from '../../store/db.ts';
import { type CliIo, EXIT_FAULT, EXIT_OK, out, outJson, readAll } from '../io.ts';
import type { RunState } from '../main.ts';
import { readHiddenLine } from '../prompt.ts';
import { renderTable } from '../table.ts';
import { run } from './run.ts';

/** Opens and migrates the database named by `DATABASE_URL`, runs `fn`, closes it. */
export async function withStore<T>(io: CliIo, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(io.env.DATABASE_URL);
  try {
    await migrateToLatest(store);
    await syncDepartments(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function dataCommands(program: Command, io: CliIo, state: RunState): void {
  const db = program.command('db').description('Database / 数据库');
  db.command('migrate')
    .description('Apply pending migrations (DATABASE_URL; default ./data/zhengce.db) / 执行数据库迁移')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const store = openStore(io.env.DATABASE_URL);
        try {
          const report = await migrateToLatest(store);
          const departments = await syncDepartments(store);
          if (o.json) outJson(io, { database: store.dialect, applied: report, departments });
          else
            out(
              io,
              report.length
                ? report.map((r) => `${r.status}: ${r.name}`).join('\n')
                : `up to date (${store.dialect})`,
            );
        } finally {
          await store.close();
        }
        return EXIT_OK;
      }),
    );

  program
    .command('demo')
    .description('Demo data / 演示数据')
    .command('seed')
    .description(
      'Create the synthetic demo E-Town: departments, enterprises, one user per role / 生成演示数据',
    )
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const r = await seedDemo(store, io.now());
          if (o.json) outJson(io, r);
          else
            out(
              io,
              `demo data: ${r.enterprises} enterprises, ${r.usersCreated} users created (${r.usersExisting} existed), ${r.departments} departments`,
            );
          return EXIT_OK;
        }),
      ),
    );

  program
    .command('user')
    .description('Users / 用户')
    .command('create')
    .description('Create a user, e.g. the first administrator / 创建用户')
    .requiredOption('--username <name>', 'login name (a–z, 0–9, . _ -)')
    .requiredOption('--role <role>', 'admin | officer | reviewer | command_office | enterprise')
    .option('--department <code>', 'department code (officers, reviewers, command office)')
    .option('--credit-code <code>', 'unified social credit code (enterprise users)')
    .option('--display-name <zh>', 'display name in Chinese')
    .option('--display-name-en <en>', 'display name in English')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .option('--override-credit-code-check', 'accept a credit code whose check character is wrong (audited)')
    .option('--json', 'one JSON document')
    .action(
      (o: {
        username: string;
        role: string;
        department?: string;
        creditCode?: string;
        displayName?: string;
        displayNameEn?: string;
        passwordStdin?: boolean;
        overrideCreditCodeCheck?: boolean;
        json?: boolean;
      }) =>
        run(io, state, o.json ? 'json' : 'text', async () => {
          const password = await readPassword(io, o.passwordStdin === true);
          return withStore(io, async (store) => {
            await syncDepartments(store);
            const user = await createUser(
              store,
              systemActor('cli:user-create'),
              {
                username: o.username,
                password,
                role: o.role,
                department: o.department,
                creditCode: o.creditCode,
                displayNameZh: o.displayName,
                displayNameEn: o.displayNameEn,
                overrideCreditCodeCheck: o.overrideCreditCodeCheck === true,
              },
              io.now(),
            );
            if (o.json) outJson(io, { user });
            else out(io, `created user ${user.username} (${user.role}) id ${user.id}`);
            return EXIT_OK;
          });
        }),
    );

  program
    .command('audit')
    .description('Audit log / 审计日志')
    .command('verify')
    .description('Verify the hash chain of the audit log / 校验审计日志哈希链')
    .option('--json', 'one JSON document')
    .action((o: { json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () =>
        withStore(io, async (store) => {
          const r = await verifyAuditChain(store);
          if (o.json) {
            outJson(
              io,
              r.ok
                ? r
                : {
                    ...r,
                    error: {
                      code: 'ZC_ERR_AUDIT_CHAIN_BROKEN',
                      field: null,
                      message: `the audit chain is broken at entry ${r.brokenAt} (${r.reason})`,
                      messageZh: `审计日志哈希链在第 ${r.brokenAt} 条处断裂（${r.reason}）`,
                    },
                  },
            );
          } else if (r.ok) out(io, `audit chain intact: ${r.entries} entries, head ${r.head}`);
          else
            out(
              io,
              renderTable(
                ['broken at', 'reason', 'expected', 'found'],
                [[String(r.brokenAt), r.reason, r.expected, r.found]],
              ),
            );
          if (!r.ok) {
            if (!o.json)
              io.stderr.write(
                `ZC_ERR_AUDIT_CHAIN_BROKEN: the audit chain is broken at entry ${r.brokenAt} (${r.reason})\n审计日志哈希链在第 ${r.brokenAt} 条处断裂\n`,
              );
            return EXIT_FAULT;
          }
          return EXIT_OK;
        }),
      ),
    );
}

/** The new user's password: from stdin (`--password-stdin`), `ZHENGCE_PASSWORD`, or a hidden prompt on a terminal. */
async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(io.stdin)).split(/\r?\n/)[0] ?? '';
  const env = io.env.ZHENGCE_PASSWORD;
  if (env !== undefined && env !== '') return env;
  if (io.stdinIsTTY) return readHiddenLine(io, 'Password / 密码: ');
  throw new ZhengceError(
    'ZC_ERR_INVALID_INPUT',
    'password: use --password-stdin or ZHENGCE_PASSWORD when not on a terminal',
    {
      field: 'password',
      messageZh: 'password：非终端环境请使用 --password-stdin 或 ZHENGCE_PASSWORD',
    },
  );
}
