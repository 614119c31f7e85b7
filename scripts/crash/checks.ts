/**
 * @module scripts/crash/checks
 * What must hold after every restart, whatever the scenario: the server answers its health route,
 * SQLite's `integrity_check` is ok and `foreign_key_check` is empty, and the audit hash chain
 * verifies. Also the small query helpers and the seeded random numbers the scenarios share.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../src/services/audit/index.ts';
import { mulberry32 } from '../../src/services/demo/random.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import type { Client } from './server.ts';

/** The fixed seed of the kill points; `ZHENGCE_CRASH_SEED` replays another. */
export const CRASH_SEED = Number(process.env.ZHENGCE_CRASH_SEED ?? 20231129);

/** A seeded stream of delays in `[lo, hi)` milliseconds. */
export function delays(seed: number): (lo: number, hi: number) => number {
  const next = mulberry32(seed);
  return (lo, hi) => Math.floor(lo + next() * (hi - lo));
}

/** Rows of a query, with bigint columns as numbers (PostgreSQL's int8 stays text: use `Number`). */
export async function rows<T = Record<string, unknown>>(
  store: Store,
  q: ReturnType<typeof sql>,
): Promise<T[]> {
  const r = await q.execute(store.db);
  return (r.rows as Record<string, unknown>[]).map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
      ) as T,
  );
}

/** One number from a query's first row and column (counts, sums). */
export async function scalar(store: Store, q: ReturnType<typeof sql>): Promise<number> {
  const r = await q.execute(store.db);
  const first = (r.rows as Record<string, unknown>[])[0];
  const v = first === undefined ? null : Object.values(first)[0];
  return v === null || v === undefined ? 0 : Number(v);
}

/** Opens the database beside the running server, runs `fn`, closes it. */
export async function withStore<T>(databaseUrl: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = openStore(databaseUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The checks after every restart; `where` names the seed and the cycle in a failure. */
export async function commonChecks(client: Client, store: Store, where: string): Promise<void> {
  const health = await client.request('GET', '/api/v1/health');
  assert.equal(health.status, 200, `${where}: health ${JSON.stringify(health.body)}`);
  assert.equal((health.body as { status: string }).status, 'ok', where);
  if (store.dialect === 'sqlite') {
    const integrity = await rows<{ integrity_check: string }>(store, sql`PRAGMA integrity_check`);
    assert.deepEqual(
      integrity.map((r) => r.integrity_check),
      ['ok'],
      `${where}: integrity_check`,
    );
    const fk = await rows(store, sql`PRAGMA foreign_key_check`);
    assert.deepEqual(fk, [], `${where}: foreign_key_check`);
  }
  const chain = await verifyAuditChain(store);
  assert.ok(chain.ok, `${where}: audit chain ${JSON.stringify(chain)}`);
}
