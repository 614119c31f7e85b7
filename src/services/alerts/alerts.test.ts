/**
 * The alert workflow on every database: issue, raise, lower and lift with their events; notices to
 * the 17 member units and the listed enterprises and sites; receipts, reminders and the report;
 * the outbox delivering every notice exactly once across a restart, and a dispatch that fails in
 * the middle leaving nothing behind.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { ZhengceError } from '../../engine/errors.ts';
import { openStore, type Store } from '../../store/db.ts';
import { isPostgres } from '../../store/dialect.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { testStores } from '../../store/test-stores.ts';
import {
  createUser,
  login,
  syncDepartments,
  systemActor,
  toActor,
  type UserActor,
} from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import {
  acknowledgeNotice,
  addListEntries,
  changeAlert,
  currentPublicAlert,
  drainOutbox,
  getAlert,
  issueAlert,
  liftAlert,
  myNotices,
  receiptBoard,
  remindPending,
} from './index.ts';

const sys = systemActor('test');
const T = (s: string) => new Date(s);
const code = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof ZhengceError ? e.code : String(e)),
  );
const count = async (store: Store, table: 'air_alerts' | 'air_alert_events' | 'air_notices' | 'outbox') =>
  Number(
    (
      await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const factory of testStores()) {
  describe(`air alert workflow on ${factory.name}`, () => {
    let store: Store;
    let command: UserActor;
    let cityUnit: UserActor;
    let firm: UserActor;
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
      await addListEntries(store, sys, [
        {
          kind: 'enterprise',
          name: '【演示】亦庄印刷厂',
          sector: '出版物印刷',
          ownerDepartment: 'publicity-culture',
          creditCode: '91110302MA01XK2Q5X',
          grade: 'B',
        },
        {
          kind: 'site',
          name: '【演示】路东区工地',
          sector: '建筑施工',
          ownerDepartment: 'development-construction',
        },
        {
          kind: 'enterprise',
          name: '【演示】保供企业',
          sector: '制造业',
          ownerDepartment: 'business-cooperation',
          creditCode: '91110302MA00000011',
          guarantee: true,
        },
      ]);
      await createUser(store, sys, {
        username: 'duty',
        password: 'duty-officer-1',
        role: 'command_office',
        department: 'city-operations',
      });
      await createUser(store, sys, {
        username: 'urban',
        password: 'urban-officer-1',
        role: 'officer',
        department: 'comprehensive-enforcement',
      });
      await createUser(store, sys, {
        username: 'printer',
        password: 'print-works-1',
        role: 'enterprise',
        creditCode: '91110302MA01XK2Q5X',
      });
      command = toActor((await findUserByUsername(store.db, 'duty'))!);
      cityUnit = toActor((await findUserByUsername(store.db, 'urban'))!);
      firm = toActor((await findUserByUsername(store.db, 'printer'))!);
      void login;
    });
    after(async () => {
      await store?.close();
    });

    test('a dispatch that fails in the middle leaves no alert, event, notice, outbox row or audit entry', async () => {
      const before = {
        alerts: await count(store, 'air_alerts'),
        outbox: await count(store, 'outbox'),
        head: (await verifyAuditChain(store)).entries,
      };
      // Make the 10th outbox row of the dispatch fail, as a crash in mid-transaction would.
      if (isPostgres(store.db)) {
        await sql`CREATE FUNCTION zc_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.ref_id % 10 = 0 THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`.execute(
          store.db,
        );
        await sql`CREATE TRIGGER zc_test_fail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION zc_test_fail()`.execute(
          store.db,
        );
      } else {
        await sql`CREATE TRIGGER zc_test_fail BEFORE INSERT ON outbox WHEN NEW.ref_id % 10 = 0 BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`.execute(
          store.db,
        );
      }
      assert.notEqual(
        await code(
          issueAlert(store, command, { number: 'TEST-0', level: 'red', startsAt: '2026-12-01T12:00+08:00' }),
        ),
        null,
      );
      await sql`DROP TRIGGER zc_test_fail${sql.raw(isPostgres(store.db) ? ' ON outbox' : '')}`.execute(
        store.db,
      );
      assert.equal(await count(store, 'air_alerts'), before.alerts);
      assert.equal(await count(store, 'outbox'), before.outbox);
      assert.equal(await count(store, 'air_notices'), 0);
      assert.equal((await verifyAuditChain(store)).entries, before.head);
    });

    test('issuing sends a notice to the 17 member units and each listed enterprise and site (not the guarantee list)', async () => {
      const id = await issueAlert(
        store,
        command,
        {
          number: '京重污染〔2026〕1号',
          level: 'orange',
          startsAt: '2026-12-01T12:00+08:00',
          endsAt: '2026-12-04T00:00+08:00',
        },
        T('2026-12-01T03:00:00Z'),
      );
      const a = await getAlert(store, command, id);
      assert.deepEqual(
        [a.level, a.status, a.response, a.startsAt],
        ['orange', 'active', 'II', '2026-12-01T04:00:00.000Z'],
      );
      assert.equal(a.events.length, 1);
      assert.equal(a.receipts.total, 19); // 17 units + the printer + the site
      assert.equal(await count(store, 'outbox'), 19);
      assert.equal(
        await code(
          issueAlert(store, command, { number: 'X', level: 'red', startsAt: '2026-12-01T12:00+08:00' }),
        ),
        'ZC_ERR_CONFLICT',
      );
      assert.equal(
        await code(
          issueAlert(store, cityUnit, { number: 'X', level: 'red', startsAt: '2026-12-01T12:00+08:00' }),
        ),
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal(
        await code(
          issueAlert(store, sys, { number: 'X', level: 'purple', startsAt: '2026-12-01T12:00+08:00' }),
        ),
        'ZC_ERR_INVALID_INPUT',
      );
    });

    test('the outbox delivers every notice exactly once, across a restart in the middle of draining', async () => {
      const first = await drainOutbox(store, () => T('2026-12-01T03:01:00Z'), 7, 3);
      assert.deepEqual(first, { delivered: 7, pending: 12 });
      // Restart: on SQLite a new connection to the same file drains the rest (the first one is
      // closed as a stopped process's would be); on PostgreSQL the same pool continues.
      if (store.target.dialect === 'sqlite') {
        const original = store;
        await original.db.destroy();
        const reopened = openStore(store.target.file);
        store = {
          ...reopened,
          close: async () => {
            await reopened.close();
            await original.close().catch(() => {}); // removes the temporary folder
          },
        };
      }
      const again = await drainOutbox(store, () => T('2026-12-01T03:02:00Z'));
      assert.deepEqual(again, { delivered: 12, pending: 0 });
      assert.deepEqual(await drainOutbox(store), { delivered: 0, pending: 0 });
      const notices = await store.db.selectFrom('air_notices').select(['delivered_at']).execute();
      assert.ok(notices.every((n) => n.delivered_at !== null));
      const attempts = await store.db.selectFrom('outbox').select('attempts').execute();
      assert.ok(
        attempts.every((x) => x.attempts === 1),
        'no row was delivered twice',
      );
    });

    test('receipts: each recipient acknowledges its own notice; the board and the report follow', async () => {
      const id = (
        await store.db
          .selectFrom('air_alerts')
          .select('id')
          .where('status', '=', 'active')
          .executeTakeFirstOrThrow()
      ).id;
      const mine = await myNotices(store, cityUnit);
      assert.equal(mine.length, 1);
      assert.match(mine[0]!.text.zh, /橙色预警/);
      await acknowledgeNotice(store, cityUnit, mine[0]!.id, T('2026-12-01T03:10:00Z'));
      await acknowledgeNotice(store, cityUnit, mine[0]!.id); // idempotent
      const firmNotices = await myNotices(store, firm);
      assert.equal(firmNotices.length, 1);
      assert.equal(await code(acknowledgeNotice(store, firm, mine[0]!.id)), 'ZC_ERR_FORBIDDEN');
      await acknowledgeNotice(store, firm, firmNotices[0]!.id);
      const board = await receiptBoard(store, command, id);
      assert.deepEqual([board.summary.total, board.summary.acknowledged, board.summary.pending], [19, 2, 17]);
      assert.deepEqual(board.summary.byKind.unit, { total: 17, acknowledged: 1 });
      assert.equal(board.recipients[0]!.acknowledgedAt, null, 'pending first');
      assert.match(board.report.zh, /已回执2个/);
      assert.equal(await remindPending(store, command, id), 17);
      assert.equal((await drainOutbox(store)).delivered, 17);
    });

    test('raise, lower and lift are events with their own notices; the public view follows the level', async () => {
      const id = (
        await store.db
          .selectFrom('air_alerts')
          .select('id')
          .where('status', '=', 'active')
          .executeTakeFirstOrThrow()
      ).id;
      await changeAlert(store, command, id, { level: 'red', number: '京重污染〔2026〕2号' });
      const pub = await currentPublicAlert(store);
      assert.equal(pub?.level, 'red');
      assert.equal(pub?.response, 'I');
      assert.ok(pub!.measures.health.length > 0 && pub!.measures.mandatory.length > 0);
      assert.ok(pub!.driving.zh.some((l) => l.includes('单双号')));
      assert.equal(await code(changeAlert(store, command, id, { level: 'red' })), 'ZC_ERR_INVALID_INPUT');
      await changeAlert(store, command, id, { level: 'yellow' });
      await liftAlert(store, command, id, { note: '空气质量好转' });
      const a = await getAlert(store, command, id);
      assert.deepEqual(
        a.events.map((e) => e.kind),
        ['issue', 'raise', 'lower', 'lift'],
      );
      assert.equal(a.status, 'lifted');
      assert.equal(await currentPublicAlert(store), null);
      assert.equal(await code(liftAlert(store, command, id, {})), 'ZC_ERR_CONFLICT');
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
