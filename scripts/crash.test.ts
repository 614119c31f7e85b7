/**
 * Crash tests (issue #5, "No data lost"): `zhengce serve` is killed with SIGKILL at seeded random
 * moments during alert dispatch, a 免申即享 grant run and spreadsheet imports — 50 times in all
 * on SQLite — and after every restart nothing answered is lost, nothing is doubled, half-written
 * work is absent, the outbox drains, `integrity_check` is ok and the audit chain verifies.
 * `ZHENGCE_CRASH_SEED` replays other kill points; the seed is in every failure message.
 * See docs/operations.md, "Crash safety".
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { alertScenario } from './crash/alerts.ts';
import { CRASH_SEED } from './crash/checks.ts';
import { runScenario, type ScenarioReport } from './crash/driver.ts';
import { grantRunScenario } from './crash/grants.ts';
import { importScenario } from './crash/imports.ts';
import { type Bundle, bundleCli, runCommand } from './crash/server.ts';

/** The CLI, bundled once for the file. */
let bundled: Promise<Bundle> | undefined;
const cli = () => {
  bundled ??= bundleCli();
  return bundled;
};
after(async () => (await bundled)?.remove());

describe('crash safety: SIGKILL of zhengce serve (SQLite)', () => {
  let dir = '';
  let bundle: Bundle;
  let template = '';
  const reports: ScenarioReport[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zc-crash-'));
    bundle = await cli();
    template = join(dir, 'template.db');
    await runCommand(bundle, template, ['demo', 'seed']);
  });
  after(() => {
    if (reports.length > 0)
      console.log(
        `crash tests (seed ${CRASH_SEED}): ${reports.map((r) => `${r.name}: ${r.kills} kills in ${(r.ms / 1000).toFixed(1)} s, ${r.stats}`).join('; ')}`,
      );
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the seeded database for one scenario. */
  function database(name: string): string {
    const file = join(dir, `${name}.db`);
    copyFileSync(template, file);
    return file;
  }

  // The three scenarios run side by side, each on its own database and server.
  test('alert dispatch (20 kills), grant run (15 kills), imports (15 kills)', async () => {
    const results = await Promise.allSettled([
      runScenario(bundle, database('alerts'), alertScenario(20), CRASH_SEED),
      runScenario(bundle, database('grants'), grantRunScenario(15), CRASH_SEED + 1),
      runScenario(bundle, database('imports'), importScenario(15), CRASH_SEED + 2),
    ]);
    for (const r of results) if (r.status === 'fulfilled') reports.push(r.value);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
  });
});

// PostgreSQL, when configured: alert dispatch in a schema of its own, dropped afterwards.
const PG_URL = process.env.ZHENGCE_TEST_DATABASE_URL;
if (PG_URL)
  describe('crash safety: SIGKILL of zhengce serve (PostgreSQL)', () => {
    const schema = `zc_crash_${randomBytes(6).toString('hex')}`;
    let bundle: Bundle;
    let url = '';

    async function admin(query: string): Promise<void> {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(query);
      } finally {
        await c.end();
      }
    }
    before(async () => {
      await admin(`CREATE SCHEMA ${schema}`);
      const sep = PG_URL!.includes('?') ? '&' : '?';
      url = `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      bundle = await cli();
      await runCommand(bundle, url, ['demo', 'seed']);
    });
    after(async () => {
      await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });

    test('alert dispatch (6 kills)', async () => {
      const r = await runScenario(bundle, url, alertScenario(6), CRASH_SEED + 3);
      console.log(
        `crash tests on PostgreSQL (seed ${CRASH_SEED + 3}): ${r.kills} kills in ${(r.ms / 1000).toFixed(1)} s, ${r.stats}`,
      );
    });
  });
