/**
 * @module cli/commands/backup
 * `zhengce db backup <file>` and `zhengce db restore <file>` for the embedded SQLite database.
 * A backup is taken with SQLite's online backup API (better-sqlite3 `backup()`), so a running
 * server may keep writing; it is written beside the target and renamed into place, so a partial
 * copy never looks complete. A restore first checks that the file is a Zhengce database (SQLite,
 * intact, with the `zc_migrations` table), refuses while another process holds the target open,
 * migrates and verifies the audit chain of a scratch copy, and only then moves it into place.
 * PostgreSQL is refused with the pg_dump / pg_restore procedure (docs/operations.md).
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { ZhengceError } from '../../engine/errors.ts';
import { type ChainReport, verifyAuditChain } from '../../services/audit/index.ts';
import { migrateToLatest, openStore } from '../../store/db.ts';
import { parseDatabaseUrl } from '../../store/dialect.ts';
import { type CliIo, EXIT_FAULT, EXIT_OK, out, outJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { run } from './run.ts';

/** What a backup or restore reports. */
export interface CopyReport {
  readonly database: 'sqlite';
  readonly from: string;
  readonly to: string;
  readonly bytes: number;
  readonly migrations: number;
  /** Rows per table of the copy. */
  readonly tables: Record<string, number>;
  readonly audit: ChainReport;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** The SQLite file `DATABASE_URL` names; PostgreSQL and `:memory:` are refused. */
function sqliteFile(io: CliIo, verb: 'backup' | 'restore'): string {
  const target = parseDatabaseUrl(io.env.DATABASE_URL);
  if (target.dialect === 'postgres') {
    const tool = verb === 'backup' ? 'pg_dump --format=custom' : 'pg_restore --clean --if-exists';
    throw new ZhengceError(
      'ZC_ERR_CONFIG',
      `DATABASE_URL: db ${verb} works on the embedded SQLite database; for PostgreSQL use ${tool} (see docs/operations.md), then run zhengce db migrate and zhengce audit verify`,
      {
        field: 'DATABASE_URL',
        messageZh: `DATABASE_URL：db ${verb} 仅用于内置 SQLite 数据库；PostgreSQL 请使用 ${tool}（见 docs/operations.md），然后执行 zhengce db migrate 与 zhengce audit verify`,
      },
    );
  }
  if (target.file === ':memory:') {
    throw new ZhengceError('ZC_ERR_CONFIG', `DATABASE_URL: an in-memory database cannot be ${verb}d`, {
      field: 'DATABASE_URL',
      messageZh: 'DATABASE_URL：内存数据库无法备份或恢复',
    });
  }
  return resolve(target.file);
}

function badFile(file: string, why: string, whyZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_INPUT', `file: ${file} ${why}`, {
    field: 'file',
    value: file,
    messageZh: `file：${file} ${whyZh}`,
  });
}

/**
 * Throws unless `file` is an intact SQLite database with Zhengce's `zc_migrations` table.
 * @returns the number of applied migrations it records.
 */
export function checkZhengceFile(file: string, readonly = true): number {
  if (!existsSync(file) || !statSync(file).isFile()) throw badFile(file, 'does not exist', '不存在');
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC)
    throw badFile(file, 'is not a SQLite database', '不是 SQLite 数据库');
  // Read-only on a file in WAL mode leaves empty -wal/-shm files behind; the live database may
  // be opened read-write (nothing here writes), and backups are written in rollback mode.
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw badFile(file, `fails SQLite's check: ${String(check)}`, `未通过 SQLite 校验：${String(check)}`);
    const t = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'zc_migrations'")
      .get();
    if (!t)
      throw badFile(
        file,
        'is not a Zhengce database (no zc_migrations table)',
        '不是 Zhengce 数据库（无 zc_migrations 表）',
      );
    return (db.prepare('SELECT count(*) AS n FROM zc_migrations').get() as { n: number }).n;
  } catch (e) {
    if (e instanceof ZhengceError) throw e;
    throw badFile(file, `cannot be read: ${(e as Error).message}`, `无法读取：${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/** Rows per table (SQLite's own tables left out). */
function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const out: Record<string, number> = {};
    for (const { name } of names)
      out[name] = (
        db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }
      ).n;
    return out;
  } finally {
    db.close();
  }
}

/** Migrates the copy at `file` to this version and walks its audit chain. */
async function migrateAndVerify(file: string): Promise<ChainReport> {
  const store = openStore(file);
  try {
    await migrateToLatest(store);
    return await verifyAuditChain(store);
  } finally {
    await store.close();
  }
}

function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

/**
 * Throws `ZC_ERR_CONFLICT` when another connection holds the SQLite file open (a running
 * `zhengce serve`): leaving WAL mode needs the only connection, and Zhengce always opens in WAL.
 */
function refuseIfInUse(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY' || (e as { code?: string }).code === 'SQLITE_LOCKED')
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `DATABASE_URL: ${file} is in use by another process (is zhengce serve running?); stop it before restoring`,
        {
          field: 'DATABASE_URL',
          value: file,
          messageZh: `DATABASE_URL：${file} 正被其他进程使用（zhengce serve 是否在运行？），请先停止再恢复`,
        },
      );
    throw e;
  } finally {
    db.close();
  }
}

function refuseExisting(file: string, force: boolean, what: string, whatZh: string): void {
  if (existsSync(file) && !force)
    throw new ZhengceError('ZC_ERR_CONFLICT', `file: ${file} exists; pass --force to replace ${what}`, {
      field: 'file',
      value: file,
      messageZh: `file：${file} 已存在；如需覆盖${whatZh}，请加 --force`,
    });
}

/** Copies the live database to `dest` with the online backup API and checks the copy. */
export async function backupSqlite(source: string, dest: string, force = false): Promise<CopyReport> {
  checkZhengceFile(source, false);
  refuseExisting(dest, force, 'it', '该文件');
  const partial = join(dirname(dest), `.${basename(dest)}.partial`);
  removeDb(partial);
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(partial);
  } catch (e) {
    removeDb(partial);
    throw e;
  } finally {
    db.close();
  }
  try {
    const migrations = checkZhengceFile(partial);
    const tables = tableCounts(partial);
    const audit = await verifyCopy(partial);
    // One self-contained file: rollback-journal mode, so reading it later leaves nothing beside it.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, dest);
    return {
      database: 'sqlite',
      from: source,
      to: dest,
      bytes: statSync(dest).size,
      migrations,
      tables,
      audit,
    };
  } finally {
    removeDb(partial);
  }
}

/** The audit chain of a copy, without migrating it (a backup stays as it was taken). */
async function verifyCopy(file: string): Promise<ChainReport> {
  const store = openStore(file);
  try {
    return await verifyAuditChain(store);
  } finally {
    await store.close();
  }
}

/**
 * Replaces the database at `target` with the backup `file`: checks the file, refuses while the
 * target is in use, migrates and verifies a scratch copy, then renames it into place.
 */
export async function restoreSqlite(file: string, target: string, force = false): Promise<CopyReport> {
  const backup = resolve(file);
  if (backup === target) throw badFile(backup, 'is the database itself', '就是当前数据库本身');
  checkZhengceFile(backup);
  refuseExisting(target, force, 'the database', '当前数据库');
  refuseIfInUse(target);
  mkdirSync(dirname(target), { recursive: true });
  const scratch = join(dirname(target), `.${basename(target)}.restoring`);
  removeDb(scratch);
  const src = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await src.backup(scratch);
  } finally {
    src.close();
  }
  try {
    const audit = await migrateAndVerify(scratch);
    if (!audit.ok)
      throw new ZhengceError(
        'ZC_ERR_AUDIT_CHAIN_BROKEN',
        `file: the audit chain of ${backup} is broken at entry ${audit.brokenAt} (${audit.reason}); nothing was restored`,
        {
          field: 'file',
          value: backup,
          details: audit,
          messageZh: `file：${backup} 的审计日志哈希链在第 ${audit.brokenAt} 条处断裂（${audit.reason}），未执行恢复`,
        },
      );
    const migrations = checkZhengceFile(scratch);
    const tables = tableCounts(scratch);
    refuseIfInUse(target);
    for (const f of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(f, { force: true });
    renameSync(scratch, target);
    return {
      database: 'sqlite',
      from: backup,
      to: target,
      bytes: statSync(target).size,
      migrations,
      tables,
      audit,
    };
  } finally {
    removeDb(scratch);
  }
}

function render(io: CliIo, verb: string, r: CopyReport): void {
  const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
  const chain = r.audit.ok
    ? `audit chain intact (${r.audit.entries} entries)`
    : `AUDIT CHAIN BROKEN at entry ${r.audit.brokenAt} (${r.audit.reason})`;
  out(
    io,
    `${verb} ${r.from} → ${r.to}: ${r.bytes} bytes, ${Object.keys(r.tables).length} tables, ${rows} rows, ${r.migrations} migrations, ${chain}`,
  );
}

/** Adds `backup` and `restore` to the `db` command. */
export function backupCommands(program: Command, io: CliIo, state: RunState): void {
  const db = program.commands.find((c) => c.name() === 'db') ?? program.command('db');
  db.command('backup <file>')
    .description(
      'Copy the SQLite database (DATABASE_URL) to <file> while it runs; PostgreSQL: pg_dump / 在线备份 SQLite 数据库',
    )
    .option('--force', 'replace <file> when it exists')
    .option('--json', 'one JSON document')
    .action((file: string, o: { force?: boolean; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const r = await backupSqlite(sqliteFile(io, 'backup'), resolve(file), o.force === true);
        if (o.json) outJson(io, r);
        else render(io, 'backed up', r);
        if (r.audit.ok) return EXIT_OK;
        // The copy is kept (it is what the database holds), but the operator must know.
        io.stderr.write(
          `ZC_ERR_AUDIT_CHAIN_BROKEN: the audit chain of the database is broken at entry ${r.audit.brokenAt} (${r.audit.reason})\n`,
        );
        return EXIT_FAULT;
      }),
    );
  db.command('restore <file>')
    .description(
      'Replace the SQLite database (DATABASE_URL) with a backup, after checking it and its audit chain; PostgreSQL: pg_restore / 从备份恢复',
    )
    .option('--force', 'replace the existing database (stop the server first)')
    .option('--json', 'one JSON document')
    .action((file: string, o: { force?: boolean; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', async () => {
        const r = await restoreSqlite(file, sqliteFile(io, 'restore'), o.force === true);
        if (o.json) outJson(io, r);
        else render(io, 'restored', r);
        return EXIT_OK;
      }),
    );
}
