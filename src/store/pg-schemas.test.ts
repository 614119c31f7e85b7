/**
 * @module store/pg-schemas.test
 * Two Zhengce schemas in one PostgreSQL database: a server whose `DATABASE_URL` picks its schema
 * through the search path (`options=-c search_path=…`) migrates its own schema even when another
 * schema of the same database already holds Zhengce's tables. (Kysely's migrator, told no schema,
 * takes a `zc_migrations` table in any schema as its own; `migrateToLatest` tells it the current
 * one.) Runs where `ZHENGCE_TEST_DATABASE_URL` names a PostgreSQL server, as `.ci/run` does.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest, openStore } from './db.ts';
import { testStores } from './test-stores.ts';

const url = process.env.ZHENGCE_TEST_DATABASE_URL;
const postgres = testStores().find((f) => f.name === 'postgres');

if (url && postgres) {
  test('a schema chosen by the search path migrates beside another Zhengce schema', async () => {
    const other = await postgres.open(); // a migrated Zhengce schema in the same database
    const schema = `zc_sp_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const sep = url.includes('?') ? '&' : '?';
    const store = openStore(`${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
    try {
      const report = await migrateToLatest(store);
      assert.ok(report.length >= 7, `every migration ran (${report.length})`);
      assert.ok(report.every((r) => r.status === 'Success'));
      const { rows } = await sql<{ n: string }>`select count(*) as n from zc_migrations`.execute(store.db);
      assert.equal(Number(rows[0]?.n), report.length, 'its own zc_migrations, in its own schema');
      assert.deepEqual(await migrateToLatest(store), [], 'a second run has nothing to do');
    } finally {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      await other.close();
    }
  });
}
