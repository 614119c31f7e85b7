/**
 * @module scripts/crash/grants
 * Crash scenario 2, a 免申即享 grant run (京技管发〔2023〕31号 第一章 三（二十七）, 北京市绿色安全工地):
 * a list of 2,000 sites is imported, then runs over it are started and rejected (which frees their
 * award keys for the next run) one after another, and the server is killed in the middle. A run
 * is written in one transaction: afterwards each run is there completely (a result per row, an
 * award per granted row, its keys, its audit entry) or not at all, no award key is held twice, and
 * the budget adds up to the awards.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { type Fen, formatYuan, parseYuan } from '../../src/engine/money.ts';
import { generateDemoEnterprises } from '../../src/services/demo/demo-enterprises.ts';
import type { Store } from '../../src/store/db.ts';
import { rows, scalar } from './checks.ts';
import { isConnectionError, type Scenario } from './driver.ts';
import type { Client } from './server.ts';

const ROWS = 2000;
const AS_OF = '2026-03-01';

/** A list of `n` construction sites of the demo enterprises, as CSV. */
export function siteListCsv(n: number, prefix: string): string {
  const codes = generateDemoEnterprises().map((e) => e.creditCode);
  const lines = [
    'creditCode,projectRef,projectName,greenSafeSiteTitle,modelSiteTitle,penalisedForEnvironmentalIssues,municipalWrittenNoticeForEnvironmentalIssues,siteCompleted,projectLocation',
  ];
  for (let i = 0; i < n; i++)
    lines.push(
      `${codes[i % codes.length]},${prefix}-${i + 1},【演示】${prefix} 工地 ${i + 1},是,否,否,否,是,etdz_60`,
    );
  return lines.join('\n');
}

interface Summary {
  rows: number;
  granted: number;
  alreadyGranted: number;
  total: string;
}

export function grantRunScenario(kills: number): Scenario {
  let listId = 0;
  let duration = 2000;
  const answered = new Set<string>();
  /** Runs and decisions sent, and those the kill cut off. */
  let sent = 0;
  let cut = 0;
  let cutLanded = 0;
  const surprises: string[] = [];
  /** The budget and the run awards' sums when the kills start (the demo data commits some). */
  let budgetBase: {
    committed: number;
    approved: number;
    awardsProposed: number;
    awardsApproved: number;
  } | null = null;

  async function run(client: Client): Promise<{ id: number; number: string; summary: Summary }> {
    const r = await client.request('POST', '/api/v1/green/grant-runs', { listIds: [listId], asOf: AS_OF });
    if (r.status !== 201) throw new Error(`grant run: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: number; number: string; summary: Summary };
  }
  async function decide(client: Client, id: number, decision: 'approve' | 'reject'): Promise<void> {
    const r = await client.request('POST', `/api/v1/green/grant-runs/${id}/decision`, { decision });
    if (r.status !== 200) throw new Error(`${decision} run ${id}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  async function drafts(client: Client): Promise<number[]> {
    const r = await client.request('GET', '/api/v1/green/grant-runs');
    const runs = (r.body as { runs: { id: number; state: string }[] }).runs;
    return runs.filter((x) => x.state === 'draft').map((x) => x.id);
  }
  async function budgetTotals(client: Client): Promise<{ committed: number; approved: number }> {
    const r = await client.request('GET', '/api/v1/green/budget');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const t = (r.body as { totals: { committed: string; approved: string } }).totals;
    return { committed: parseYuan(t.committed), approved: parseYuan(t.approved) };
  }

  return {
    name: 'grant run',
    kills,
    window: () => [0, Math.round(duration * 1.3)],
    watch: () => sql`SELECT COUNT(*) FROM green_grant_results`,
    async setup(client) {
      await client.login('demo-admin', 'demo-admin-2024');
      const imp = await client.request(
        'POST',
        '/api/v1/green/grant-lists/import?kind=green-construction-site&title=crash-grant-run',
        siteListCsv(ROWS, 'GR'),
        'text/csv',
      );
      assert.equal(imp.status, 200, JSON.stringify(imp.body));
      listId = (imp.body as { listId: number }).listId;
      assert.equal((imp.body as { added: number }).added, ROWS);
      for (const id of await drafts(client)) await decide(client, id, 'reject');
      // One run to time it; the kills fall anywhere from its start to a little after its end.
      const t0 = Date.now();
      const first = await run(client);
      duration = Date.now() - t0;
      answered.add(first.number);
      assert.ok(first.summary.granted > 0, JSON.stringify(first.summary));
      await decide(client, first.id, 'reject');
    },
    async work(client) {
      try {
        for (const id of await drafts(client)) await decide(client, id, 'reject');
        for (;;) {
          sent++;
          const r = await run(client);
          answered.add(r.number);
          await decide(client, r.id, 'reject');
        }
      } catch (e) {
        if (!isConnectionError(e)) surprises.push(String(e));
        else cut++;
      }
    },
    async check(client, store, where) {
      assert.deepEqual(surprises, [], `${where}: unexpected answers`);
      cutLanded = (await checkRuns(store, answered, where)) - answered.size;
      // The budget: what the demo data commits, plus the grant awards proposed and approved.
      const sums = await awardSums(store);
      const t = await budgetTotals(client);
      budgetBase ??= { ...t, awardsProposed: sums.proposed, awardsApproved: sums.approved };
      assert.equal(
        formatYuan(t.committed as Fen),
        formatYuan((budgetBase.committed + sums.proposed - budgetBase.awardsProposed) as Fen),
        `${where}: budget committed`,
      );
      assert.equal(
        formatYuan(t.approved as Fen),
        formatYuan((budgetBase.approved + sums.approved - budgetBase.awardsApproved) as Fen),
        `${where}: budget approved`,
      );
    },
    async finish(client, _store, where) {
      for (const id of await drafts(client)) await decide(client, id, 'reject');
      const first = await run(client);
      answered.add(first.number);
      assert.ok(first.summary.granted > 0, `${where}: ${JSON.stringify(first.summary)}`);
      await decide(client, first.id, 'approve');
      const again = await run(client);
      answered.add(again.number);
      assert.deepEqual(
        [again.summary.granted, again.summary.alreadyGranted, again.summary.total],
        [0, first.summary.granted, '0.00'],
        `${where}: a re-run after approval grants nothing and reports what was granted`,
      );
    },
    stats() {
      return `${sent} runs started, ${answered.size} answered, ${cut} requests cut off (${cutLanded} unanswered runs committed)`;
    },
  };
}

async function awardSums(store: Store): Promise<{ proposed: number; approved: number }> {
  const r = await rows<{ state: string; fen: number | string | null }>(
    store,
    sql`SELECT state, SUM(amount_fen) AS fen FROM green_awards WHERE run_id IS NOT NULL GROUP BY state`,
  );
  const of = (s: string) => Number(r.find((x) => x.state === s)?.fen ?? 0);
  return { proposed: of('proposed'), approved: of('approved') };
}

/** Each run complete or absent; keys held once; answered runs present. */
async function checkRuns(store: Store, answered: ReadonlySet<string>, where: string): Promise<number> {
  const runs = await rows<{ id: number; number: string; state: string; summary: string }>(
    store,
    sql`SELECT id, number, state, summary FROM green_grant_runs ORDER BY id`,
  );
  const numbers = new Set(runs.map((r) => r.number));
  assert.equal(numbers.size, runs.length, `${where}: run numbers repeated`);
  for (const n of answered) assert.ok(numbers.has(n), `${where}: answered run ${n} is lost`);
  const results = await rows<{ run_id: number; n: number }>(
    store,
    sql`SELECT run_id, COUNT(*) AS n FROM green_grant_results GROUP BY run_id`,
  );
  const awards = await rows<{ run_id: number; state: string; n: number; fen: number }>(
    store,
    sql`SELECT run_id, state, COUNT(*) AS n, SUM(amount_fen) AS fen FROM green_awards WHERE run_id IS NOT NULL GROUP BY run_id, state`,
  );
  const audits = await rows<{ entity_id: string; action: string; n: number }>(
    store,
    sql`SELECT entity_id, action, COUNT(*) AS n FROM audit_log WHERE entity_type = 'green_grant_run' GROUP BY entity_id, action`,
  );
  const runIds = new Set(runs.map((r) => Number(r.id)));
  for (const x of [...results, ...awards])
    assert.ok(runIds.has(Number(x.run_id)), `${where}: rows of a run that does not exist (${x.run_id})`);
  const wanted = { draft: 'proposed', rejected: 'rejected', approved: 'approved' } as Record<string, string>;
  for (const r of runs) {
    const s = JSON.parse(r.summary) as Summary;
    const id = Number(r.id);
    const res = Number(results.find((x) => Number(x.run_id) === id)?.n ?? 0);
    assert.equal(res, s.rows, `${where}: run ${r.number} has ${res} of ${s.rows} results`);
    const aw = awards.filter((x) => Number(x.run_id) === id);
    assert.ok(
      aw.every((x) => x.state === wanted[r.state]),
      `${where}: run ${r.number} (${r.state}) awards ${JSON.stringify(aw)}`,
    );
    assert.equal(
      aw.reduce((n, x) => n + Number(x.n), 0),
      s.granted,
      `${where}: run ${r.number} awards`,
    );
    assert.equal(
      formatYuan(aw.reduce((n, x) => n + Number(x.fen), 0) as Fen),
      s.total,
      `${where}: run ${r.number} total`,
    );
    const audited = audits.filter((x) => Number(x.entity_id) === id);
    const want: Record<string, number> = { 'green_grant_run.create': 1 };
    if (r.state !== 'draft') want[`green_grant_run.${r.state === 'approved' ? 'approve' : 'reject'}`] = 1;
    assert.deepEqual(
      Object.fromEntries(audited.map((x) => [x.action, Number(x.n)])),
      want,
      `${where}: audit entries of run ${r.number}`,
    );
  }
  // Award keys: every live award holds its keys, a rejected one none, and no key twice.
  const keyless = await scalar(
    store,
    sql`SELECT COUNT(*) FROM green_awards a WHERE a.run_id IS NOT NULL AND a.state <> 'rejected'
        AND NOT EXISTS (SELECT 1 FROM green_award_keys k WHERE k.award_id = a.id)`,
  );
  assert.equal(keyless, 0, `${where}: live awards without their keys`);
  const stale = await scalar(
    store,
    sql`SELECT COUNT(*) FROM green_award_keys k JOIN green_awards a ON a.id = k.award_id WHERE a.state = 'rejected'`,
  );
  assert.equal(stale, 0, `${where}: rejected awards still holding keys`);
  const twice = await scalar(
    store,
    sql`SELECT COUNT(*) FROM (SELECT rule_id, credit_code, subject FROM green_awards WHERE state <> 'rejected'
        GROUP BY rule_id, credit_code, subject HAVING COUNT(*) > 1) d`,
  );
  assert.equal(twice, 0, `${where}: the same thing awarded twice`);
  return runs.length;
}
