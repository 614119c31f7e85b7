/**
 * @module store/test-stores
 * The databases a contract test runs on: a fresh SQLite file always, and PostgreSQL when
 * `ZHENGCE_TEST_DATABASE_URL` is set (`.ci/run` sets it to the server on 127.0.0.1:5432). Each
 * PostgreSQL store gets its own schema, dropped on close, so test files can run side by side.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openStore, type Store } from './db.ts';

export interface TestStoreFactory {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty database. */
  open(): Promise<Store>;
}

/** SQLite always; PostgreSQL when `ZHENGCE_TEST_DATABASE_URL` is set. */
export function testStores(): TestStoreFactory[] {
  const out: TestStoreFactory[] = [{ name: 'sqlite', open: openSqlite }];
  const url = process.env.ZHENGCE_TEST_DATABASE_URL;
  if (url) out.push({ name: 'postgres', open: () => openPostgres(url) });
  return out;
}

async function openSqlite(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'zc-test-'));
  const store = openStore(join(dir, 'test.db'));
  await migrateToLatest(store);
  return {
    ...store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(url: string): Promise<Store> {
  const schema = `zc_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = url.includes('?') ? '&' : '?';
  const opened = openStore(`${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  const store: Store = { ...opened, schema };
  await migrateToLatest(store);
  return {
    ...store,
    close: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
