/**
 * Foreign-investment services (28号) on every test store: a file for a foreign-invested enterprise
 * (contact phone encrypted and masked), scoping (营商合作局 all, another bureau refused, an
 * enterprise only its own), list items through the workflow with history and no skipped step,
 * deadlines in working days and escalation as of a date, the roundtable's four steps, credit facts
 * → intensity and the 无事不扰 refusal naming `reason`, precise push written once per enterprise and
 * rule in its language, and the spreadsheet export.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { ZhengceError } from '../../engine/errors.ts';
import { creditCodeCheckChar } from '../../engine/identifiers.ts';
import type { CalendarDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { syncDepartments, systemActor, type UserActor } from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { addActors, addEnterprise } from '../heating/test-setup.ts';
import { setDataKeyForTests } from '../shared/crypto.ts';
import * as fie from './index.ts';

const cc = (base: string) => base + creditCodeCheckChar(base);
const ALPHA = cc('91110302MA01FE01X');
const BETA = cc('91110302MA01FE02X');
const DOMESTIC = cc('91110302MA01FE03X');
const d = (s: string) => s as CalendarDate;
const TODAY = d('2025-06-10');
const NOW = new Date('2025-06-10T02:00:00Z');
const CLEAN = {
  seriousDishonestyList: false,
  abnormalOperationsList: false,
  majorPenaltiesWithin3Years: 0,
  penaltiesWithin1Year: 0,
  taxCreditGrade: 'A',
  safetyOrEnvironmentalIncidentWithin3Years: false,
  hazardousOperations: false,
  substantiatedComplaintsWithin1Year: 0,
};
const PROFILE = {
  enterprise: {
    location: 'yizhuang_225',
    registeredTaxedAndInStatistics: true,
    majorAdministrativePenaltyWithin3Years: false,
    criminalRecordWithin3Years: false,
    onSeriousDishonestyList: false,
  },
  projects: [
    {
      id: 'rent',
      candidates: [
        {
          item: 'jingjiguanfa-2023-32/art-05-rent',
          facts: {
            inInnovationGrowthPlan: true,
            beijingSrdiSme: true,
            rentPerSqmPerDay: '2.00',
            leasedAreaSqm: 300,
            subsidisedDays: 365,
          },
        },
      ],
    },
  ],
};

async function code(p: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ZhengceError, String(e));
    return { code: e.code, field: e.field };
  }
  assert.fail('expected a refusal');
}

for (const factory of testStores()) {
  describe(`foreign-investment services on ${factory.name}`, () => {
    let store: Store;
    let u: Record<'Lina' | 'Wang' | 'Other' | 'Alpha' | 'Beta', UserActor>;
    let alphaFile: number;
    before(async () => {
      setDataKeyForTests(randomBytes(32));
      store = await factory.open();
      await syncDepartments(store);
      for (const [c, n] of [
        [ALPHA, '【演示】阿尔法'],
        [BETA, '【演示】贝塔'],
        [DOMESTIC, '【演示】内资'],
      ] as const)
        await addEnterprise(store, c, n);
      await store.db
        .updateTable('enterprises')
        .set({ foreign_invested: 1, investor_country: 'DE' })
        .where('credit_code', 'in', [ALPHA, BETA])
        .execute();
      u = await addActors(store, {
        Lina: ['officer', 'business-cooperation', null],
        Wang: ['officer', 'business-cooperation', null],
        Other: ['officer', 'city-operations', null],
        Alpha: ['enterprise', null, ALPHA],
        Beta: ['enterprise', null, BETA],
      });
    });
    after(async () => {
      await store.close();
      setDataKeyForTests(null);
    });

    test('a file: foreign-invested only, once, phone encrypted and masked', async () => {
      const f = await fie.createFile(
        store,
        u.Lina,
        {
          creditCode: ALPHA,
          officer: 'lina',
          steward: 'wang',
          language: 'en',
          sites: [{ name: 'Plant 1', address: '经海路 1 号' }],
          keyProjects: [{ name: 'Line 2', major: true }],
          contacts: [{ name: 'Anna', position: 'CFO', phone: '13912345678' }],
          matchProfile: PROFILE,
        },
        NOW,
      );
      alphaFile = f.id;
      assert.equal(f.officer, 'lina');
      assert.equal(f.steward, 'wang');
      assert.equal(f.contacts[0]!.phone, '139****5678');
      const raw = await store.db.selectFrom('fie_contacts').selectAll().executeTakeFirstOrThrow();
      assert.ok(raw.phone_enc?.startsWith('v2:'));
      assert.doesNotMatch(
        JSON.stringify(await store.db.selectFrom('audit_log').selectAll().execute()),
        /13912345678/,
      );
      assert.deepEqual(await code(fie.createFile(store, u.Lina, { creditCode: ALPHA }, NOW)), {
        code: 'ZC_ERR_CONFLICT',
        field: 'creditCode',
      });
      assert.deepEqual(await code(fie.createFile(store, u.Lina, { creditCode: DOMESTIC }, NOW)), {
        code: 'ZC_ERR_INVALID_INPUT',
        field: 'creditCode',
      });
      assert.deepEqual(
        await code(fie.createFile(store, u.Lina, { creditCode: BETA, officer: 'other' }, NOW)),
        {
          code: 'ZC_ERR_INVALID_INPUT',
          field: 'officer',
        },
      );
      await fie.createFile(store, u.Wang, { creditCode: BETA, officer: 'wang' }, NOW);
      await fie.addVisit(store, u.Lina, ALPHA, { visitedOn: '2025-06-05', note: '走访' }, NOW);
      const withPkg = await fie.addServicePackage(
        store,
        u.Lina,
        alphaFile,
        { name: '落地服务包', deliveredOn: '2025-06-06' },
        NOW,
      );
      assert.equal(withPkg.visits.length, 1);
      assert.equal(withPkg.servicePackages.length, 1);
    });

    test('scoping: the bureau sees all, “mine” filters, another bureau and another firm are refused', async () => {
      assert.equal((await fie.listFiles(store, u.Lina)).length, 2);
      assert.deepEqual(
        (await fie.listFiles(store, u.Lina, { mine: true })).map((f) => f.creditCode),
        [ALPHA],
      );
      assert.deepEqual(
        (await fie.listFiles(store, u.Alpha)).map((f) => f.creditCode),
        [ALPHA],
      );
      assert.deepEqual(await code(fie.listFiles(store, u.Other)), {
        code: 'ZC_ERR_FORBIDDEN',
        field: 'department',
      });
      assert.deepEqual(await code(fie.getFile(store, u.Beta, ALPHA)), {
        code: 'ZC_ERR_FORBIDDEN',
        field: 'creditCode',
      });
      assert.deepEqual(await code(fie.updateFile(store, u.Alpha, ALPHA, { language: 'zh' }, NOW)), {
        code: 'ZC_ERR_FORBIDDEN',
        field: undefined,
      });
    });

    test('a request: deadline in working days, steps in order, history, escalation', async () => {
      const item = await fie.raiseItem(
        store,
        u.Lina,
        {
          creditCode: ALPHA,
          kind: 'request',
          source: 'hotline',
          title: '通关便利',
          receivedOn: '2025-06-03',
        },
        TODAY,
        NOW,
      );
      assert.equal(item.status, 'received');
      assert.equal(item.dueOn, '2025-06-10');
      assert.deepEqual(
        await code(fie.stepItem(store, u.Lina, item.id, { action: 'reply', reply: 'x' }, TODAY, NOW)),
        {
          code: 'ZC_ERR_INVALID_INPUT',
          field: 'action',
        },
      );
      assert.deepEqual(
        await code(fie.stepItem(store, u.Lina, item.id, { action: 'assign', owner: 'lina' }, TODAY, NOW)),
        {
          code: 'ZC_ERR_INVALID_INPUT',
          field: 'workingDays',
        },
      );
      await fie.stepItem(
        store,
        u.Lina,
        item.id,
        { action: 'assign', owner: 'lina', workingDays: 5 },
        TODAY,
        NOW,
      );
      await fie.stepItem(store, u.Lina, item.id, { action: 'start' }, TODAY, NOW);
      assert.deepEqual(await code(fie.stepItem(store, u.Lina, item.id, { action: 'close' }, TODAY, NOW)), {
        code: 'ZC_ERR_INVALID_INPUT',
        field: 'action',
      });
      assert.equal((await fie.escalations(store, u.Lina, d('2025-06-10'))).length, 0);
      const late = await fie.escalations(store, u.Lina, d('2025-06-16'));
      assert.deepEqual(
        late.map((i) => [i.id, i.escalation.level, i.escalation.workingDaysOverdue]),
        [[item.id, 2, 4]],
      );
      assert.deepEqual(
        (await fie.listItems(store, u.Lina, { mine: true, open: true }, TODAY)).map((i) => i.id),
        [item.id],
      );
      assert.deepEqual(await code(fie.stepItem(store, u.Lina, item.id, { action: 'reply' }, TODAY, NOW)), {
        code: 'ZC_ERR_INVALID_INPUT',
        field: 'reply',
      });
      await fie.stepItem(store, u.Lina, item.id, { action: 'reply', reply: '已协调海关' }, TODAY, NOW);
      const closed = await fie.stepItem(store, u.Lina, item.id, { action: 'close' }, TODAY, NOW);
      assert.equal(closed.status, 'closed');
      assert.deepEqual(
        closed.history.map((h) => h.to),
        ['received', 'assigned', 'in_progress', 'replied', 'closed'],
      );
      assert.equal((await fie.escalations(store, u.Lina, d('2025-06-30'))).length, 0);
    });

    test('an enterprise raises its own request and sees only its own items', async () => {
      const own = await fie.raiseItem(
        store,
        u.Beta,
        { creditCode: BETA, kind: 'problem', title: '用电' },
        TODAY,
        NOW,
      );
      assert.equal(own.source, 'website');
      assert.deepEqual(
        await code(
          fie.raiseItem(store, u.Beta, { creditCode: ALPHA, kind: 'problem', title: 'x' }, TODAY, NOW),
        ),
        { code: 'ZC_ERR_FORBIDDEN', field: 'creditCode' },
      );
      assert.deepEqual(
        (await fie.listItems(store, u.Beta, {}, TODAY)).map((i) => i.creditCode),
        [BETA],
      );
      assert.deepEqual(await code(fie.stepItem(store, u.Beta, own.id, { action: 'assign' }, TODAY, NOW)), {
        code: 'ZC_ERR_FORBIDDEN',
        field: undefined,
      });
    });

    test('a roundtable item: 协同商办 → 限时反馈 → 回访 → 通报, nothing skipped', async () => {
      const rt = await fie.raiseItem(
        store,
        u.Lina,
        { creditCode: ALPHA, kind: 'roundtable', title: '人才公寓' },
        TODAY,
        NOW,
      );
      assert.equal(rt.status, 'raised');
      assert.equal(rt.source, 'roundtable');
      assert.deepEqual(
        await code(fie.stepItem(store, u.Lina, rt.id, { action: 'publish', summary: 's' }, TODAY, NOW)),
        {
          code: 'ZC_ERR_INVALID_INPUT',
          field: 'action',
        },
      );
      assert.deepEqual(
        await code(
          fie.stepItem(
            store,
            u.Lina,
            rt.id,
            { action: 'coordinate', departments: ['nope'], workingDays: 10 },
            TODAY,
            NOW,
          ),
        ),
        { code: 'ZC_ERR_INVALID_INPUT', field: 'departments[0]' },
      );
      const c = await fie.stepItem(
        store,
        u.Lina,
        rt.id,
        {
          action: 'coordinate',
          departments: ['development-construction', 'social-affairs'],
          workingDays: 10,
        },
        TODAY,
        NOW,
      );
      assert.deepEqual(c.departments, ['development-construction', 'social-affairs']);
      await fie.stepItem(store, u.Lina, rt.id, { action: 'reply', reply: '已协调' }, TODAY, NOW);
      await fie.stepItem(store, u.Lina, rt.id, { action: 'revisit', note: '企业满意' }, TODAY, NOW);
      const done = await fie.stepItem(
        store,
        u.Lina,
        rt.id,
        { action: 'publish', summary: '通报' },
        TODAY,
        NOW,
      );
      assert.equal(done.status, 'closed');
      assert.equal(done.summary, '通报');
    });

    test('supervision: facts → intensity; 无事不扰 refuses a routine inspection without a reason', async () => {
      assert.deepEqual(
        await code(
          fie.scheduleInspection(store, u.Lina, ALPHA, { plannedOn: '2025-07-01', kind: 'routine' }, NOW),
        ),
        { code: 'ZC_ERR_INVALID_INPUT', field: 'creditFacts' },
      );
      assert.equal(
        (await code(fie.recordCreditFacts(store, u.Lina, ALPHA, { ...CLEAN, extra: 1 }, TODAY, NOW))).code,
        'ZC_ERR_FACTS_INVALID',
      );
      const s = await fie.recordCreditFacts(store, u.Lina, ALPHA, CLEAN, TODAY, NOW);
      assert.deepEqual([s.grade, s.risk, s.intensity], ['A', 'low', 'no_disturbance']);
      assert.deepEqual(
        await code(
          fie.scheduleInspection(store, u.Lina, ALPHA, { plannedOn: '2025-07-01', kind: 'routine' }, NOW),
        ),
        { code: 'ZC_ERR_CONFLICT', field: 'reason' },
      );
      const withReason = await fie.scheduleInspection(
        store,
        u.Lina,
        ALPHA,
        { plannedOn: '2025-07-01', kind: 'routine', reason: '年度抽查名单' },
        NOW,
      );
      assert.equal(withReason.outcome, 'needs_review');
      const complaint = await fie.scheduleInspection(
        store,
        u.Lina,
        ALPHA,
        { plannedOn: '2025-07-01', kind: 'complaint' },
        NOW,
      );
      assert.equal(complaint.outcome, 'eligible');
      await fie.recordCreditFacts(store, u.Lina, BETA, { ...CLEAN, hazardousOperations: true }, TODAY, NOW);
      const beta = await fie.scheduleInspection(
        store,
        u.Lina,
        BETA,
        { plannedOn: '2025-07-01', kind: 'routine' },
        NOW,
      );
      assert.equal(beta.intensity, 'enhanced');
      assert.equal((await fie.getSupervision(store, u.Alpha, ALPHA)).inspections.length, 2);
    });

    test('push: one notice per enterprise and rule, in its language; the policy list', async () => {
      const first = await fie.pushPolicies(store, u.Lina, {}, TODAY, NOW);
      assert.equal(first.notices, 1);
      assert.deepEqual(first.skipped, [{ creditCode: BETA, reason: 'no match profile' }]);
      const again = await fie.pushPolicies(store, u.Lina, {}, TODAY, NOW);
      assert.equal(again.notices, 0);
      const notices = await fie.listNotices(store, u.Alpha);
      assert.equal(notices.length, 1);
      assert.equal(notices[0]!.language, 'en');
      assert.match(notices[0]!.body, /Jingjiguanfa\[2023\]No\. 32/);
      assert.equal((await fie.listNotices(store, u.Beta)).length, 0);
      assert.equal((await code(fie.pushPolicies(store, u.Alpha, {}, TODAY, NOW))).code, 'ZC_ERR_FORBIDDEN');
      const list = fie.policyListFor(systemActor('t'), TODAY, { kind: 'service' });
      assert.deepEqual(
        list.items.map((i) => i.ruleId),
        ['jingjiguanfa-2023-28/no-disturbance'],
      );
    });

    test('export: the lists as a spreadsheet; the audit chain holds', async () => {
      const buf = await fie.exportItems(store, u.Lina, {}, TODAY);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      assert.equal(wb.worksheets[0]!.rowCount, 4);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
