/**
 * @module bench/air-alerts
 * Issuing a red alert to 10,000 listed enterprises: the event, the 10,017 notices (17 member units
 * and the enterprises), their outbox rows and the audit entry commit in one transaction. Then the
 * outbox drain that delivers them. On SQLite (a file, synchronous=FULL) and, when
 * ZHENGCE_TEST_DATABASE_URL is set, on PostgreSQL. Run: `node --import tsx bench/air-alerts.ts`.
 */
import { performance } from 'node:perf_hooks';
import { syncDepartments, systemActor } from '../src/services/accounts/index.ts';
import { addListEntries, drainOutbox, issueAlert } from '../src/services/alerts/index.ts';
import { generateDemoEnterprises } from '../src/services/demo/index.ts';
import { testStores } from '../src/store/test-stores.ts';

const N = 10_000;
const actor = systemActor('bench');
const rows: string[] = [];

for (const factory of testStores()) {
  const store = await factory.open();
  try {
    await syncDepartments(store);
    const ents = generateDemoEnterprises(N, 7);
    await addListEntries(
      store,
      actor,
      ents.map((e) => ({
        kind: 'enterprise',
        creditCode: e.creditCode,
        name: e.name,
        nameEn: e.nameEn,
        sector: '制造业',
        ownerDepartment: 'business-cooperation',
        grade: 'B',
      })),
    );
    const t0 = performance.now();
    await issueAlert(store, actor, { number: 'BENCH-1', level: 'red', startsAt: '2026-12-01T20:00+08:00' });
    const issueMs = performance.now() - t0;
    const notices = Number(
      (
        await store.db
          .selectFrom('air_notices')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const t1 = performance.now();
    const drained = await drainOutbox(store);
    const drainMs = performance.now() - t1;
    if (notices !== N + 17 || drained.delivered !== notices || drained.pending !== 0)
      throw new Error(`lost or doubled: ${notices} notices, ${JSON.stringify(drained)}`);
    rows.push(
      `| ${factory.name} | issue red alert: ${notices.toLocaleString('en')} notices + outbox rows, one transaction | ${issueMs.toFixed(0)} |`,
    );
    rows.push(
      `| ${factory.name} | drain the outbox: deliver ${drained.delivered.toLocaleString('en')} notices | ${drainMs.toFixed(0)} |`,
    );
  } finally {
    await store.close();
  }
}

console.log('\n| database | case | ms |');
console.log('|---|---|---:|');
for (const r of rows) console.log(r);
