/**
 * @module scripts/crash/alerts
 * Crash scenario 1, alert dispatch (京技管发〔2023〕29号 二(二)–(五)): the command office issues,
 * raises, lowers and lifts alerts through the API, one request after another, while the server's
 * outbox worker delivers the notices; the server is killed in the middle. Every event carries a
 * unique document number, so each request can be found (or not) in the database afterwards.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Store } from '../../src/store/db.ts';
import { rows, scalar } from './checks.ts';
import { isConnectionError, type Scenario } from './driver.ts';
import type { Client } from './server.ts';

const LEVELS = ['yellow', 'orange', 'red'] as const;
/** Sites put on the emission-reduction list, so that each event notifies 17 units + these. */
const LISTED_SITES = 100;

type Outcome = 'ok' | 'unknown';

export function alertScenario(kills: number): Scenario {
  /** Every request sent, by its document number: answered 2xx, or cut off by the kill. */
  const sent = new Map<string, Outcome>();
  const surprises: string[] = [];
  let landed = new Map<string, number>();

  async function activeAlert(client: Client): Promise<{ id: number; level: string } | null> {
    const r = await client.request('GET', '/api/v1/air/alerts');
    if (r.status !== 200) throw new Error(`list alerts: ${r.status} ${JSON.stringify(r.body)}`);
    const alerts = (r.body as { alerts: { id: number; level: string; status: string }[] }).alerts;
    return alerts.find((a) => a.status === 'active') ?? null;
  }

  return {
    name: 'alert dispatch',
    kills,
    window: () => [0, 1200],
    watch: () => sql`SELECT COUNT(*) FROM air_notices`,
    async setup(client) {
      await client.login('demo-command', 'demo-command-2024');
      const entries = Array.from({ length: LISTED_SITES }, (_, i) => ({
        kind: '工地',
        name: `【演示】崩溃测试工地 ${i + 1}`,
        sector: '建筑施工',
        ownerDepartment: 'city-operations',
      }));
      const r = await client.request('POST', '/api/v1/air/lists', { entries });
      assert.equal(r.status, 201, JSON.stringify(r.body));
    },
    async work(client, cycle) {
      try {
        let active = await activeAlert(client);
        for (let j = 0; ; j++) {
          const number = `京空指〔崩溃〕${cycle}-${j}`;
          let req: [string, Record<string, unknown>];
          if (!active) {
            req = [
              '/api/v1/air/alerts',
              { number, level: LEVELS[j % 3], startsAt: '2026-11-27T20:00+08:00', note: 'crash test' },
            ];
          } else if (j % 4 === 3) {
            req = [`/api/v1/air/alerts/${active.id}/lift`, { number }];
          } else {
            const level = LEVELS[(LEVELS.indexOf(active.level as 'red') + 1 + (j % 2)) % 3]!;
            req = [`/api/v1/air/alerts/${active.id}/change`, { number, level }];
          }
          sent.set(number, 'unknown');
          const r = await client.request('POST', req[0], req[1]);
          if (r.status >= 300) {
            surprises.push(`${number}: ${r.status} ${JSON.stringify(r.body)}`);
            return;
          }
          sent.set(number, 'ok');
          const view = r.body as { id: number; level: string; status: string };
          active = view.status === 'active' ? { id: view.id, level: view.level } : null;
        }
      } catch (e) {
        if (!isConnectionError(e)) surprises.push(String(e));
      }
    },
    async check(_client, store, where) {
      assert.deepEqual(surprises, [], `${where}: unexpected answers`);
      landed = await checkAlerts(store, sent, where);
    },
    async finish(client, store, where) {
      // The server drains on start-up and every second: the outbox must empty.
      const t0 = Date.now();
      let pending = -1;
      while (Date.now() - t0 < 20_000) {
        pending = await scalar(store, sql`SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL`);
        if (pending === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(pending, 0, `${where}: the outbox did not drain`);
      const undelivered = await scalar(
        store,
        sql`SELECT COUNT(*) FROM air_notices WHERE delivered_at IS NULL`,
      );
      assert.equal(undelivered, 0, `${where}: notices left undelivered`);
      // And the workflow goes on: one more event is accepted.
      const active = await activeAlert(client);
      const number = '京空指〔崩溃〕final';
      sent.set(number, 'unknown');
      const r = active
        ? await client.request('POST', `/api/v1/air/alerts/${active.id}/lift`, { number })
        : await client.request('POST', '/api/v1/air/alerts', {
            number,
            level: 'orange',
            startsAt: '2026-11-28T08:00+08:00',
          });
      assert.ok(r.status === 200 || r.status === 201, `${where}: ${r.status} ${JSON.stringify(r.body)}`);
      sent.set(number, 'ok');
    },
    stats() {
      const cut = [...sent].filter(([, o]) => o === 'unknown').map(([n]) => n);
      const ok = sent.size - cut.length;
      return `${ok} events answered, ${cut.length} requests cut off (${cut.filter((n) => landed.has(n)).length} of them committed)`;
    },
  };
}

/** Alerts, events, notices, outbox rows and audit entries agree, and each request landed at most once. */
async function checkAlerts(
  store: Store,
  sent: ReadonlyMap<string, Outcome>,
  where: string,
): Promise<Map<string, number>> {
  const events = await rows<{
    id: number;
    alert_id: number;
    seq: number;
    kind: string;
    to_level: string | null;
    number: string | null;
  }>(
    store,
    sql`SELECT id, alert_id, seq, kind, to_level, number FROM air_alert_events ORDER BY alert_id, seq`,
  );
  // Each request: there exactly once if answered 2xx, at most once if cut off.
  const byNumber = new Map<string, number>();
  for (const e of events) byNumber.set(e.number ?? '', (byNumber.get(e.number ?? '') ?? 0) + 1);
  for (const [number, n] of byNumber) {
    assert.ok(sent.has(number), `${where}: event ${number} was never sent`);
    assert.equal(n, 1, `${where}: event ${number} recorded ${n} times`);
  }
  for (const [number, outcome] of sent)
    if (outcome === 'ok') assert.equal(byNumber.get(number), 1, `${where}: answered event ${number} is lost`);
  // Each alert: events 1..n starting with its issue; its row agrees with the last event.
  const alerts = await rows<{ id: number; level: string; status: string }>(
    store,
    sql`SELECT id, level, status FROM air_alerts ORDER BY id`,
  );
  for (const a of alerts) {
    const evs = events.filter((e) => Number(e.alert_id) === Number(a.id));
    assert.ok(evs.length > 0, `${where}: alert ${a.id} has no events`);
    assert.deepEqual(
      evs.map((e) => Number(e.seq)),
      evs.map((_, i) => i + 1),
      `${where}: alert ${a.id} event sequence`,
    );
    assert.equal(evs[0]!.kind, 'issue', `${where}: alert ${a.id} does not start with its issue`);
    const last = evs.at(-1)!;
    assert.equal(a.status, last.kind === 'lift' ? 'lifted' : 'active', `${where}: alert ${a.id} status`);
    if (last.kind !== 'lift') assert.equal(a.level, last.to_level, `${where}: alert ${a.id} level`);
  }
  assert.ok(alerts.filter((a) => a.status === 'active').length <= 1, `${where}: two alerts in force`);
  // Each event: one audit entry naming it, and its notices with one outbox row each.
  const audit = await rows<{ action: string; entity_id: string; details: string }>(
    store,
    sql`SELECT action, entity_id, details FROM audit_log WHERE action LIKE 'air_alert.%'`,
  );
  assert.equal(audit.length, events.length, `${where}: audit entries vs events`);
  const perEvent = await rows<{ event_id: number; n: number }>(
    store,
    sql`SELECT event_id, COUNT(*) AS n FROM air_notices GROUP BY event_id`,
  );
  const noticesOf = new Map(perEvent.map((n) => [Number(n.event_id), Number(n.n)]));
  const audited = new Set<string>();
  for (const x of audit) {
    const d = JSON.parse(x.details) as { seq: number; notices: number };
    const key = `${x.entity_id}/${d.seq}`;
    assert.ok(!audited.has(key), `${where}: event ${key} audited twice`);
    audited.add(key);
    const e = events.find((ev) => String(ev.alert_id) === String(x.entity_id) && Number(ev.seq) === d.seq);
    assert.ok(e, `${where}: audit entry for a missing event ${key}`);
    assert.equal(x.action, `air_alert.${e.kind}`, `${where}: audit action of ${key}`);
    assert.equal(noticesOf.get(Number(e.id)) ?? 0, d.notices, `${where}: notices of event ${key}`);
  }
  // Notices and the outbox: one row each, keyed once; delivered exactly when sent, once.
  const notices = await scalar(store, sql`SELECT COUNT(*) FROM air_notices`);
  const outbox = await scalar(store, sql`SELECT COUNT(*) FROM outbox WHERE kind = 'air_notice'`);
  assert.equal(outbox, notices, `${where}: outbox rows vs notices`);
  // The outbox key is unique, so this join pairs each notice with at most one row.
  const paired = await rows<{ n: number; bad: number }>(
    store,
    sql`SELECT COUNT(*) AS n, SUM(CASE WHEN o.ref_id <> n.id OR (n.delivered_at IS NULL) <> (o.sent_at IS NULL)
          OR o.attempts <> (CASE WHEN o.sent_at IS NULL THEN 0 ELSE 1 END) THEN 1 ELSE 0 END) AS bad
        FROM air_notices n JOIN outbox o ON o.dedupe_key = 'notice:' || n.id`,
  );
  assert.equal(Number(paired[0]?.n), notices, `${where}: notices without their outbox row`);
  assert.equal(Number(paired[0]?.bad ?? 0), 0, `${where}: notices delivered without being sent, or twice`);
  const dupKeys = await scalar(
    store,
    sql`SELECT COUNT(*) FROM (SELECT dedupe_key FROM outbox GROUP BY dedupe_key HAVING COUNT(*) > 1) d`,
  );
  assert.equal(dupKeys, 0, `${where}: duplicate outbox keys`);
  return byNumber;
}
