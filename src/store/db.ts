/**
 * @module store/db
 * Opens the database, applies migrations and closes it. Services receive a {@link Store} and open
 * their transactions on `store.db`.
 */
import { Kysely, type Migration, type MigrationResult, Migrator, sql } from 'kysely';
import { ZhengceError } from '../engine/errors.ts';
import { createDialect, type DatabaseTarget, type DialectName, parseDatabaseUrl } from './dialect.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-air-alerts.ts';
import * as m0003 from './migrations/0003-air-plans.ts';
import * as m0004 from './migrations/0004-green-fund.ts';
import * as m0005 from './migrations/0005-work-relief.ts';
import * as m0006 from './migrations/0006-heating-buildings.ts';
import * as m0007 from './migrations/0007-enterprise-service.ts';
import type { Database } from './schema.ts';

/** Every migration, in order. New ones are appended here. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-foundation': m0001,
  '0002-air-alerts': m0002,
  '0003-air-plans': m0003,
  '0004-green-fund': m0004,
  '0005-work-relief': m0005,
  '0006-heating-buildings': m0006,
  '0007-enterprise-service': m0007,
};

/** An open database. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly target: DatabaseTarget;
  /** The PostgreSQL schema the store lives in, when not the default (isolated test stores). */
  readonly schema?: string;
  close(): Promise<void>;
}

/** Opens the database named by `url` (a `DATABASE_URL`; default the embedded SQLite file). */
export function openStore(url?: string): Store {
  const target = parseDatabaseUrl(url);
  const db = new Kysely<Database>({ dialect: createDialect(target) });
  return {
    db,
    dialect: target.dialect,
    target,
    close: () => db.destroy(),
  };
}

/** One migration's result, for `zhengce db migrate`. */
export interface MigrationReport {
  readonly name: string;
  readonly status: MigrationResult['status'];
}

/** Applies every pending migration. Throws `ZC_ERR_INTERNAL` with the per-migration report on failure. */
export async function migrateToLatest(store: Store): Promise<MigrationReport[]> {
  // On PostgreSQL the migrator is always told its schema: without one, Kysely takes a
  // zc_migrations table in ANY schema of the database as its own (and then fails to find it on the
  // search path), so a second Zhengce schema in the same database would break the migration.
  const schema = store.schema ?? (store.dialect === 'postgres' ? await currentSchema(store) : undefined);
  const migrator = new Migrator({
    db:
      schema === undefined || store.dialect !== 'postgres' ? store.db : scopedIntrospection(store.db, schema),
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'zc_migrations',
    migrationLockTableName: 'zc_migrations_lock',
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const report = (results ?? []).map((r) => ({ name: r.migrationName, status: r.status }));
  if (error) {
    throw new ZhengceError(
      'ZC_ERR_INTERNAL',
      `migration failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        details: report,
      },
    );
  }
  return report;
}

/**
 * The store's database with an introspection limited to one schema, for the migrator. Kysely's
 * PostgreSQL introspector reads every table of every schema and calls `pg_get_serial_sequence`
 * on each by name, so a schema dropped meanwhile by another process (the test suites drop theirs
 * as they finish) fails the migration with "schema … does not exist"; the migrator only asks
 * whether its own schema and its two tables exist.
 */
function scopedIntrospection(db: Kysely<Database>, schema: string): Kysely<Database> {
  const introspection = {
    getSchemas: async () => {
      const { rows } = await sql<{
        name: string;
      }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${schema}`.execute(db);
      return rows;
    },
    getTables: async () => {
      const { rows } = await sql<{
        name: string;
        schema: string;
      }>`select tablename as name, schemaname as schema from pg_catalog.pg_tables where schemaname = ${schema}`.execute(
        db,
      );
      return rows.map((r) => ({ ...r, isView: false, columns: [] }));
    },
    getMetadata: async () => ({ tables: await introspection.getTables() }),
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'introspection') return introspection;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** The first schema of the connection's search path, where unqualified tables are created. */
async function currentSchema(store: Store): Promise<string> {
  const { rows } = await sql<{ s: string | null }>`select current_schema() as s`.execute(store.db);
  const s = rows[0]?.s;
  if (!s)
    throw new ZhengceError('ZC_ERR_CONFIG', 'DATABASE_URL: the search path names no existing schema', {
      field: 'DATABASE_URL',
      messageZh: 'DATABASE_URL：search_path 中没有已存在的模式（schema）',
    });
  return s;
}

/** Opens and migrates in one step (what `zhengce serve` does on start). */
export async function openMigratedStore(url?: string): Promise<Store> {
  const store = openStore(url);
  try {
    await migrateToLatest(store);
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}

/** The current time as ISO-8601 UTC text, the form every timestamp column holds. */
export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}
