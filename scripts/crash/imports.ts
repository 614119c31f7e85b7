/**
 * @module scripts/crash/imports
 * Crash scenario 3, spreadsheet imports killed mid-request: a 免申即享 grant list of 1,000 rows
 * (31号) and an emission-reduction site list of 1,000 rows (29号 附件3), in turns. Each import is
 * written in one transaction: afterwards its rows are all there (with the list's row count and
 * one audit entry) or none are, no import landed twice, and importing the same file again works.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Store } from '../../src/store/db.ts';
import { rows, scalar } from './checks.ts';
import { isConnectionError, type Scenario } from './driver.ts';
import { siteListCsv } from './grants.ts';
import type { Client } from './server.ts';

const ROWS = 1000;

/** An emission-reduction list of `n` construction sites named after `prefix`, as CSV. */
function airListCsv(n: number, prefix: string): string {
  const lines = ['类型,名称,行业,主管部门,黄色预警措施'];
  for (let i = 0; i < n; i++) lines.push(`工地,${prefix}${i + 1},建筑施工,city-operations,停止土石方作业`);
  return lines.join('\n');
}

type Outcome = 'ok' | 'unknown';

export function importScenario(kills: number): Scenario {
  /** Green lists by title and air imports by name prefix: answered 200, or cut off. */
  const green = new Map<string, Outcome>();
  const air = new Map<string, Outcome>();
  const surprises: string[] = [];
  const duration = { green: 1500, air: 1500 };
  let landed = 0;

  async function importGreen(client: Client, title: string, csv = siteListCsv(ROWS, title)): Promise<void> {
    green.set(title, 'unknown');
    const r = await client.request(
      'POST',
      `/api/v1/green/grant-lists/import?kind=green-construction-site&title=${encodeURIComponent(title)}`,
      csv,
      'text/csv',
    );
    if (r.status !== 200 || (r.body as { added: number }).added !== ROWS)
      throw new Error(`import ${title}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
    green.set(title, 'ok');
  }
  async function importAir(client: Client, prefix: string): Promise<void> {
    air.set(prefix, 'unknown');
    const r = await client.request(
      'POST',
      '/api/v1/air/lists/import?format=csv',
      airListCsv(ROWS, prefix),
      'text/csv',
    );
    if (r.status !== 200 || (r.body as { added: number }).added !== ROWS)
      throw new Error(`import ${prefix}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
    air.set(prefix, 'ok');
  }

  return {
    name: 'imports',
    kills,
    window: (cycle) => [0, Math.round((cycle % 2 === 0 ? duration.green : duration.air) * 1.3)],
    watch: (cycle) =>
      cycle % 2 === 0
        ? sql`SELECT COUNT(*) FROM green_grant_list_rows`
        : sql`SELECT COUNT(*) FROM air_list_entries`,
    async setup(client) {
      await client.login('demo-admin', 'demo-admin-2024');
      // One import of each to time them.
      let t0 = Date.now();
      await importGreen(client, 'IM-setup');
      duration.green = Date.now() - t0;
      t0 = Date.now();
      await importAir(client, '崩溃导入-setup-');
      duration.air = Date.now() - t0;
    },
    async work(client, cycle) {
      try {
        for (let j = 0; ; j++) {
          if (cycle % 2 === 0) await importGreen(client, `IM-${cycle}-${j}`);
          else await importAir(client, `崩溃导入-${cycle}-${j}-`);
        }
      } catch (e) {
        if (!isConnectionError(e)) surprises.push(String(e));
      }
    },
    async check(_client, store, where) {
      assert.deepEqual(surprises, [], `${where}: unexpected answers`);
      landed = await checkImports(store, green, air, where);
    },
    async finish(client, store, where) {
      // Importing a file again, one whose import was killed if there is one, works.
      const killed = [...green].find(([, o]) => o === 'unknown')?.[0] ?? 'IM-setup';
      const before = await scalar(store, sql`SELECT COUNT(*) FROM green_grant_lists`);
      await importGreen(client, `${killed}-again`, siteListCsv(ROWS, killed));
      assert.equal(await scalar(store, sql`SELECT COUNT(*) FROM green_grant_lists`), before + 1, where);
      await importAir(client, '崩溃导入-final-');
    },
    stats() {
      const all = [...green.values(), ...air.values()];
      const cut = all.filter((o) => o === 'unknown').length;
      return `${all.length - cut} imports answered, ${cut} cut off (${landed} of them committed)`;
    },
  };
}

/** Each import all there or absent, never twice; lists, rows and audit entries agree. */
async function checkImports(
  store: Store,
  green: ReadonlyMap<string, Outcome>,
  air: ReadonlyMap<string, Outcome>,
  where: string,
): Promise<number> {
  const lists = await rows<{ id: number; title: string; row_count: number; n: number; audits: number }>(
    store,
    sql`SELECT l.id, l.title, l.row_count,
          (SELECT COUNT(*) FROM green_grant_list_rows r WHERE r.list_id = l.id) AS n,
          (SELECT COUNT(*) FROM audit_log a WHERE a.action = 'green_grant_list.import'
             AND a.entity_id = CAST(l.id AS TEXT)) AS audits
        FROM green_grant_lists l`,
  );
  const byTitle = new Map<string, number>();
  for (const l of lists) {
    assert.equal(
      Number(l.n),
      Number(l.row_count),
      `${where}: list ${l.title} has ${l.n} of ${l.row_count} rows`,
    );
    assert.equal(Number(l.audits), 1, `${where}: list ${l.title} audited ${l.audits} times`);
    byTitle.set(l.title, (byTitle.get(l.title) ?? 0) + 1);
  }
  for (const [title, outcome] of green) {
    const n = byTitle.get(title) ?? 0;
    if (outcome === 'ok') assert.equal(n, 1, `${where}: answered import ${title} found ${n} times`);
    else assert.ok(n <= 1, `${where}: import ${title} landed ${n} times`);
  }
  const entries = await rows<{ name_zh: string }>(
    store,
    sql`SELECT name_zh FROM air_list_entries WHERE name_zh LIKE ${'崩溃导入-%'}`,
  );
  const byPrefix = new Map<string, number>();
  for (const e of entries) {
    const prefix = /^(.*-)\d+$/.exec(e.name_zh)?.[1] ?? e.name_zh;
    byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
  }
  for (const [prefix, n] of byPrefix) {
    assert.ok(air.has(prefix), `${where}: entries ${prefix}… were never sent`);
    assert.equal(n, ROWS, `${where}: import ${prefix}… left ${n} of ${ROWS} rows`);
  }
  for (const [prefix, outcome] of air)
    if (outcome === 'ok')
      assert.equal(byPrefix.get(prefix), ROWS, `${where}: answered import ${prefix}… is lost`);
  const audits = await scalar(store, sql`SELECT COUNT(*) FROM audit_log WHERE action = 'air_list.import'`);
  assert.equal(audits, byPrefix.size, `${where}: air list import audit entries`);
  const cut = (m: ReadonlyMap<string, Outcome>) => [...m].filter(([, o]) => o === 'unknown').map(([k]) => k);
  return cut(green).filter((t) => byTitle.has(t)).length + cut(air).filter((p) => byPrefix.has(p)).length;
}
