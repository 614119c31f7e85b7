/**
 * @module store/dialect
 * Chooses the database from configuration: PostgreSQL when the URL is `postgres://` or
 * `postgresql://`, else an embedded SQLite file (default `./data/zhengce.db`). One interface,
 * two dialects, as Kysely does it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Dialect, type Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ZhengceError } from '../engine/errors.ts';

export type DialectName = 'sqlite' | 'postgres';

/** Where the database is: a parsed `DATABASE_URL`. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string };

/** The default embedded database file, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = './data/zhengce.db';

/**
 * Parses a database URL: `postgres://…` / `postgresql://…`, `sqlite:<path>`, `file:<path>`,
 * `:memory:`, or a plain file path. Undefined or empty means the default SQLite file.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const u = (url ?? '').trim();
  if (u === '') return { dialect: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//i.test(u)) return { dialect: 'postgres', url: u };
  if (u === ':memory:') return { dialect: 'sqlite', file: ':memory:' };
  const m = /^(?:sqlite|file):(?:\/\/)?(.*)$/i.exec(u);
  const file = m ? m[1]! : u;
  if (file === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(file)) {
    throw new ZhengceError(
      'ZC_ERR_CONFIG',
      `DATABASE_URL: ${JSON.stringify(u)} is neither postgres:// nor a SQLite path`,
      {
        field: 'DATABASE_URL',
        value: u,
        messageZh: `DATABASE_URL：${JSON.stringify(u)} 既不是 postgres:// 地址，也不是 SQLite 文件路径`,
      },
    );
  }
  return { dialect: 'sqlite', file };
}

// PostgreSQL int8 (OID 20) arrives as text; money and sequence columns are bigint. Parse to a
// number and refuse silently losing precision (fen beyond 2^53 would be 90 trillion yuan).
pg.types.setTypeParser(20, (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n))
    throw new ZhengceError('ZC_ERR_INTERNAL', `int8 value ${v} exceeds the safe integer range`);
  return n;
});

/** Builds the Kysely dialect for a target. Creates the SQLite file's folder when needed. */
export function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect === 'postgres') {
    return new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 10 }) });
  }
  if (target.file !== ':memory:') mkdirSync(dirname(resolve(target.file)), { recursive: true });
  const db = new SQLite(target.file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // FULL: a committed alert order or award survives power loss, not only a process crash.
  db.pragma('synchronous = FULL');
  return new SqliteDialect({ database: db });
}

// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
