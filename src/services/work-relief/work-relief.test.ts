/**
 * Work relief on every database, as a district runs it (1336号 三(一)–(四)): a project in the plan,
 * workers registered by real name (resident ID and card checked, encrypted, masked; one person
 * once), enrolled, their attendance, the ledger in fen, the worker's confirmation, payment to his
 * own card (a third party's card refused, nothing written), arrears with their age; and scoping:
 * a district sees only its own projects, the municipal bureau reads all, others nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { verifyAuditChain } from '../audit/index.ts';
import {
  attendanceGrid,
  confirmWages,
  createProject,
  enrolWorker,
  getProject,
  ledger,
  listProjects,
  listWorkers,
  payWages,
  registerWorker,
  saveAttendance,
  savePlan,
  updateWorker,
} from './index.ts';
import { openFixture, PROJECT, rejection, testCard, testId, type Who } from './test-setup.ts';

const NOW = new Date('2026-07-20T02:00:00Z'); // 2026-07-20 10:00 in Beijing
const LI_ID = testId('110111', '19780312', 21);
const LI_CARD = testCard(1);
const WANG_ID = testId('110111', '19850704', 32);
const WANG_CARD = testCard(2);

for (const factory of testStores()) {
  describe(`work relief on ${factory.name}`, () => {
    let store: Store;
    let who: Who;
    let projectId: number;
    let li: number;
    let wang: number;
    before(async () => {
      ({ store, who } = await openFixture(factory));
    });
    after(async () => {
      await store?.close();
    });

    test('三(一): a district lists a project in its annual plan', async () => {
      await savePlan(
        store,
        who.fangshan,
        { year: 2026, title: '房山区2026年以工代赈年度计划', documentRef: '房政办发〔2026〕5号' },
        NOW,
      );
      const p = await createProject(
        store,
        who.fangshan,
        { ...PROJECT, code: 'FS-2026-001', year: 2026 },
        NOW,
      );
      projectId = p.id;
      assert.deepEqual(
        [p.district, p.dailyRate, p.wageBudget, p.stages],
        ['fangshan-district', '183.33', '300000.00', ['manual_labour', 'maintenance']],
      );
      const dup = await rejection(
        createProject(store, who.fangshan, { ...PROJECT, code: 'FS-2026-001' }, NOW),
      );
      assert.deepEqual(dup, { code: 'ZC_ERR_CONFLICT', field: 'code', value: 'FS-2026-001' });
      const over = await rejection(
        createProject(store, who.fangshan, { ...PROJECT, code: 'FS-2026-009', wageBudget: '1300000' }, NOW),
      );
      assert.equal(over?.field, 'wageBudget');
    });

    test('scoping: a district sees only its own; the municipal bureau reads all; others nothing', async () => {
      await createProject(
        store,
        who.mentougou,
        { ...PROJECT, code: 'MTG-2026-001', name: '【演示】斋堂镇河道清淤' },
        NOW,
      );
      assert.deepEqual(
        (await listProjects(store, who.fangshan)).map((p) => p.code),
        ['FS-2026-001'],
      );
      assert.deepEqual(
        (await listProjects(store, who.mentougou)).map((p) => p.code),
        ['MTG-2026-001'],
      );
      assert.deepEqual((await listProjects(store, who.municipal)).map((p) => p.code).sort(), [
        'FS-2026-001',
        'MTG-2026-001',
      ]);
      assert.equal((await rejection(getProject(store, who.mentougou, projectId)))?.code, 'ZC_ERR_FORBIDDEN');
      assert.equal((await rejection(listProjects(store, who.outsider)))?.code, 'ZC_ERR_FORBIDDEN');
      // The municipal bureau reads but does not write; a district cannot write into another.
      assert.equal(
        (
          await rejection(
            createProject(
              store,
              who.municipal,
              { ...PROJECT, code: 'X-1', district: 'fangshan-district' },
              NOW,
            ),
          )
        )?.code,
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal(
        (
          await rejection(
            createProject(
              store,
              who.mentougou,
              { ...PROJECT, code: 'X-2', district: 'fangshan-district' },
              NOW,
            ),
          )
        )?.code,
        'ZC_ERR_FORBIDDEN',
      );
    });

    test('三(二): real-name registration checks the ID and the card and keeps them masked', async () => {
      const r = await registerWorker(
        store,
        who.fangshan,
        {
          name: '李大山',
          residentId: LI_ID,
          village: '青龙湖村',
          town: '青龙湖镇',
          collective: '青龙湖村股份经济合作社',
          team: '青龙湖村施工队',
          priorityGroups: ['limited_income'],
          bankCard: LI_CARD,
          bankName: '农商银行',
          phone: '13812345678',
        },
        NOW,
      );
      li = r.worker.id;
      assert.equal(r.worker.residentId, `110111********${LI_ID.slice(-4)}`);
      assert.equal(r.worker.bankCard, `**** **** **** ${LI_CARD.slice(-4)}`);
      assert.equal(r.worker.phone, '138****5678');
      assert.deepEqual(r.warnings, []);
      // The wrong check character: refused, and the error shows the number masked only.
      const bad = `${LI_ID.slice(0, 17)}${LI_ID.endsWith('0') ? '1' : '0'}`;
      const e = await rejection(
        registerWorker(
          store,
          who.fangshan,
          { name: '错号', residentId: bad, village: '青龙湖村', bankCard: testCard(9) },
          NOW,
        ),
      );
      assert.deepEqual([e?.code, e?.field], ['ZC_ERR_INVALID_INPUT', 'residentId']);
      assert.ok(!String(e?.value).includes(bad.slice(6, 14)));
      const card = await rejection(
        registerWorker(
          store,
          who.fangshan,
          { name: '短卡', residentId: WANG_ID, village: '青龙湖村', bankCard: '1234 5678' },
          NOW,
        ),
      );
      assert.deepEqual([card?.code, card?.field], ['ZC_ERR_INVALID_INPUT', 'bankCard']);
      // A card failing Luhn is a warning, not a refusal.
      const w = await registerWorker(
        store,
        who.fangshan,
        {
          name: '王小河',
          residentId: WANG_ID,
          village: '青龙湖村',
          bankCard: `${WANG_CARD.slice(0, 18)}${(Number(WANG_CARD.at(-1)) + 1) % 10}`,
        },
        NOW,
      );
      assert.deepEqual(
        w.warnings.map((x) => x.code),
        ['bank_card.luhn'],
      );
      wang = w.worker.id;
    });

    test('one person cannot be registered twice, in any district; the conflict shows the ID masked', async () => {
      const again = await rejection(
        registerWorker(
          store,
          who.mentougou,
          {
            name: '李大山',
            residentId: ` ${LI_ID.slice(0, 6)} ${LI_ID.slice(6)} `,
            village: '斋堂村',
            bankCard: testCard(3),
          },
          NOW,
        ),
      );
      assert.deepEqual(
        [again?.code, again?.field, again?.value],
        ['ZC_ERR_CONFLICT', 'residentId', `110111********${LI_ID.slice(-4)}`],
      );
      const rows = await store.db
        .selectFrom('wr_workers')
        .select(['id_enc', 'id_masked', 'card_enc'])
        .execute();
      assert.equal(rows.length, 2);
      for (const r of rows) {
        assert.match(r.id_enc, /^v2:/);
        assert.ok(!r.id_enc.includes(LI_ID) && !r.card_enc.includes(LI_CARD));
      }
    });

    test('two clerks registering the same new person at once: one lands, the other is a conflict', async () => {
      const id = testId('110111', '19990909', 99);
      const both = await Promise.allSettled([
        registerWorker(
          store,
          who.fangshan,
          { name: '同时甲', residentId: id, village: '青龙湖村', bankCard: testCard(90) },
          NOW,
        ),
        registerWorker(
          store,
          who.fangshanOfficer2,
          { name: '同时甲', residentId: id, village: '青龙湖村', bankCard: testCard(91) },
          NOW,
        ),
      ]);
      assert.deepEqual(both.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      const refused = both.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.equal((refused.reason as { code: string }).code, 'ZC_ERR_CONFLICT');
      const changed = await rejection(updateWorker(store, who.fangshan, li, { residentId: WANG_ID }, NOW));
      assert.deepEqual([changed?.code, changed?.field], ['ZC_ERR_INVALID_INPUT', 'residentId']);
    });

    test('三(四): attendance in half-days, the ledger in fen, confirmation, payment to the own card', async () => {
      await enrolWorker(
        store,
        who.fangshan,
        projectId,
        { workerId: li, post: '普工', joinedOn: '2026-05-01' },
        NOW,
      );
      await enrolWorker(
        store,
        who.fangshan,
        projectId,
        { workerId: wang, post: '钢筋工', keyPost: true, dailyRate: '220', joinedOn: '2026-05-01' },
        NOW,
      );
      // 李大山: 20 full days and one half day in June = 41 half-days; 王小河: 10 full days.
      const entries = [
        ...Array.from({ length: 20 }, (_, i) => ({
          workerId: li,
          day: `2026-06-${String(i + 1).padStart(2, '0')}`,
          halfDays: 2,
        })),
        { workerId: li, day: '2026-06-21', halfDays: 1 },
        ...Array.from({ length: 10 }, (_, i) => ({
          workerId: wang,
          day: `2026-06-${String(i + 1).padStart(2, '0')}`,
          halfDays: 2,
        })),
      ];
      assert.deepEqual(await saveAttendance(store, who.fangshan, projectId, { entries }, NOW), { saved: 31 });
      const grid = await attendanceGrid(store, who.fangshan, projectId, '2026-06', NOW);
      assert.deepEqual(
        grid.rows.map((r) => [r.name, r.halfDays, r.due]),
        [
          ['李大山', 41, '3758.27'],
          ['王小河', 20, '2200.00'],
        ],
      );
      // 183.33 × 20.5 = 3,758.265 元 → 375,827 fen (half up once); 220 × 10 = 2,200.00 元.
      const l = await ledger(store, who.fangshan, projectId, '2026-06', NOW);
      assert.deepEqual(l.totals, {
        due: '5958.27',
        paid: '0.00',
        outstanding: '5958.27',
        arrears: '5958.27',
        halfDays: 61,
      });
      assert.deepEqual(
        l.lines.map((x) => x.arrears),
        [
          { amount: '3758.27', ageDays: 5 },
          { amount: '2200.00', ageDays: 5 },
        ],
      );
      const future = await rejection(
        saveAttendance(
          store,
          who.fangshan,
          projectId,
          { entries: [{ workerId: li, day: '2026-07-21', halfDays: 2 }] },
          NOW,
        ),
      );
      assert.deepEqual([future?.code, future?.field], ['ZC_ERR_INVALID_INPUT', 'entries[0].day']);
    });

    test('经务工人员确认后: the amount confirmed must be the ledger’s; the month then locks', async () => {
      const wrong = await rejection(
        confirmWages(
          store,
          who.fangshan,
          projectId,
          {
            workerId: li,
            period: '2026-06',
            amount: '3758.26',
            method: 'signature',
            confirmedOn: '2026-07-02',
          },
          NOW,
        ),
      );
      assert.deepEqual([wrong?.code, wrong?.field], ['ZC_ERR_INVALID_INPUT', 'amount']);
      const unconfirmed = await rejection(
        payWages(
          store,
          who.fangshan,
          projectId,
          { workerId: li, period: '2026-06', amount: '100', bankCard: LI_CARD, paidOn: '2026-07-03' },
          NOW,
        ),
      );
      assert.deepEqual([unconfirmed?.code, unconfirmed?.field], ['ZC_ERR_CONFLICT', 'period']);
      const line = await confirmWages(
        store,
        who.fangshan,
        projectId,
        {
          workerId: li,
          period: '2026-06',
          amount: '3758.27',
          method: 'fingerprint',
          confirmedOn: '2026-07-02',
        },
        NOW,
      );
      assert.deepEqual([line.status, line.due, line.confirmedOn], ['confirmed', '3758.27', '2026-07-02']);
      const locked = await rejection(
        saveAttendance(
          store,
          who.fangshan,
          projectId,
          { entries: [{ workerId: li, day: '2026-06-22', halfDays: 2 }] },
          NOW,
        ),
      );
      assert.deepEqual([locked?.code, locked?.field], ['ZC_ERR_CONFLICT', 'entries[0].day']);
    });

    test('a payment to a card not registered to the worker is refused and writes nothing', async () => {
      const before = await store.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const third = await rejection(
        payWages(
          store,
          who.fangshan,
          projectId,
          { workerId: li, period: '2026-06', amount: '3758.27', bankCard: WANG_CARD, paidOn: '2026-07-05' },
          NOW,
        ),
      );
      assert.deepEqual(
        [third?.code, third?.field, third?.value],
        ['ZC_ERR_INVALID_INPUT', 'bankCard', `**** **** **** ${WANG_CARD.slice(-4)}`],
      );
      const cashNoReason = await rejection(
        payWages(
          store,
          who.fangshan,
          projectId,
          { workerId: li, period: '2026-06', amount: '100', method: 'cash', paidOn: '2026-07-05' },
          NOW,
        ),
      );
      assert.equal(cashNoReason?.field, 'exceptionReason');
      assert.equal((await store.db.selectFrom('wr_payments').selectAll().execute()).length, 0);
      const after = await store.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
    });

    test('paid in two parts to his own card: arrears until the second, then paid (late, on the record)', async () => {
      const first = await payWages(
        store,
        who.fangshan,
        projectId,
        {
          workerId: li,
          period: '2026-06',
          amount: '3000',
          bankCard: LI_CARD,
          paidOn: '2026-07-10',
          paymentRef: 'NS-0001',
        },
        NOW,
      );
      assert.deepEqual(
        [first.check.outcome, first.line.status, first.line.outstanding],
        ['eligible', 'partly_paid', '758.27'],
      );
      const over = await rejection(
        payWages(
          store,
          who.fangshan,
          projectId,
          { workerId: li, period: '2026-06', amount: '758.28', bankCard: LI_CARD, paidOn: '2026-07-18' },
          NOW,
        ),
      );
      assert.equal(over?.field, 'amount');
      const l = await ledger(store, who.fangshan, projectId, '2026-06', NOW);
      assert.deepEqual(l.lines[0]?.arrears, { amount: '758.27', ageDays: 5 });
      const second = await payWages(
        store,
        who.fangshan,
        projectId,
        { workerId: li, period: '2026-06', amount: '758.27', bankCard: LI_CARD, paidOn: '2026-07-18' },
        NOW,
      );
      assert.deepEqual(
        [second.line.status, second.line.paid, second.line.arrears],
        ['paid', '3758.27', null],
      );
    });

    test('views and the audit log never hold a full ID, card or phone; the chain holds', async () => {
      const text = (await store.db.selectFrom('audit_log').select('details').execute())
        .map((r) => r.details)
        .join('\n');
      for (const secret of [LI_ID, WANG_ID, LI_CARD, WANG_CARD, '13812345678'])
        assert.ok(!text.includes(secret), 'audit leaks');
      const views = JSON.stringify(await listWorkers(store, who.fangshan));
      for (const secret of [LI_ID, WANG_ID, LI_CARD, '13812345678'])
        assert.ok(!views.includes(secret), 'view leaks');
      assert.equal((await listWorkers(store, who.mentougou)).length, 0);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
