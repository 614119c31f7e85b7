/**
 * The green low-carbon fund workflow on every database: applications through review, expert
 * review, approval, payment and clawback (第三章 三（一）); grants without application from an
 * imported list, approved with notices, never granted twice; the budget; the calculator with the
 * store's facts. Amounts follow from the text as the comments show.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../../engine/identifiers.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { EXAMPLE_COMMON } from '../../policies/jingjiguanfa-2023-31/example-facts.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { testStores } from '../../store/test-stores.ts';
import { createUser, syncDepartments, systemActor, toActor, type UserActor } from '../accounts/index.ts';
import { fault } from '../alerts/plans-test-setup.ts';
import { verifyAuditChain } from '../audit/index.ts';
import {
  approveApplication,
  budget,
  clawBack,
  createApplication,
  decideRun,
  exportBudget,
  getApplication,
  getRun,
  importGrantList,
  listAwards,
  listNotices,
  matchEnterprise,
  recordExpertReview,
  recordPayment,
  runGrants,
  transition,
  updateApplication,
} from './index.ts';

const code = (body: string) => body + creditCodeCheckChar(body);
const ACME = code('91110302MA01GF001');
const BETA = code('91110302MA01GF002');
const UNKNOWN_STANDING = code('91110302MA01GF003');
const NOW = new Date('2026-03-02T02:00:00Z');
const standing = {
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
  majorSafetyAccidentWithin3Years: false,
  environmentalIncidentWithin3Years: false,
};
const PROJECT = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
};
const ITEM1 = {
  enterprise: true,
  airPollutant: 'vocs',
  paymentExcludingTax: '1000000',
  usesHighTechProduct: false,
  usesFirstSet: true,
  ...PROJECT,
};
const ALL_MATERIALS = [
  'licence',
  'credit_commitment',
  'application_form',
  'contracts',
  'invoices',
  'completion',
].map((key) => ({ key, provided: true, note: `${key}.pdf` }));

const USERS = {
  acme: ['enterprise', null, ACME],
  beta: ['enterprise', null, BETA],
  cityOfficer: ['officer', 'city-operations', null],
  cityReviewer: ['reviewer', 'city-operations', null],
  buildOfficer: ['officer', 'development-construction', null],
  buildReviewer: ['reviewer', 'development-construction', null],
  econOfficer: ['officer', 'economic-development', null],
  econReviewer: ['reviewer', 'economic-development', null],
  finance: ['officer', 'finance-audit', null],
} as const;

for (const factory of testStores()) {
  describe(`green fund workflow on ${factory.name}`, () => {
    let store: Store;
    const who = {} as Record<keyof typeof USERS, UserActor>;
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
      const iso = NOW.toISOString();
      for (const [cc, area, st] of [
        [ACME, 'etdz_60', standing],
        [BETA, 'yizhuang_225', standing],
        [UNKNOWN_STANDING, 'etdz_60', null],
      ] as const) {
        await store.db
          .insertInto('enterprises')
          .values({
            credit_code: cc,
            name_zh: `【演示】${cc.slice(-4)}公司`,
            name_en: `[DEMO] ${cc.slice(-4)} Co.`,
            area,
            lat: null,
            lng: null,
            industry: null,
            foreign_invested: 0,
            investor_country: null,
            scale: null,
            employees: null,
            registered_on: null,
            profile: JSON.stringify(st ? { standing: st } : {}),
            demo: 1,
            created_at: iso,
            updated_at: iso,
          })
          .execute();
      }
      const sys = systemActor('test');
      for (const [name, [role, department, creditCode]] of Object.entries(USERS)) {
        const username = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        await createUser(store, sys, {
          username,
          password: 'correct-horse-42',
          role,
          department,
          creditCode,
        });
        who[name as keyof typeof USERS] = toActor((await findUserByUsername(store.db, username))!);
      }
    });
    after(async () => {
      await store?.close();
    });

    test('第一章 一（一） application: draft → submitted → review ⇄ more material → approved → paid → clawed back', async () => {
      // 30% + 10% (首台套, D-31-1) of 1,000,000 元 = 400,000 元.
      const draft = await createApplication(
        store,
        who.acme,
        { item: 1, projectRef: 'VOC-2025-01', projectName: 'VOCs 深度治理', facts: ITEM1 },
        NOW,
      );
      assert.equal(draft.state, 'draft');
      assert.equal(draft.outcome, 'eligible');
      assert.equal(draft.amount, '400000.00');
      assert.equal(draft.department, 'city-operations');
      // Materials are required before submitting.
      assert.deepEqual(await fault(transition(store, who.acme, draft.id, 'submit', {}, NOW)), {
        code: 'ZC_ERR_INVALID_INPUT',
        field: 'materials',
        message: (await fault(transition(store, who.acme, draft.id, 'submit', {}, NOW)))!.message,
      });
      await updateApplication(store, who.acme, draft.id, { materials: ALL_MATERIALS }, NOW);
      await transition(store, who.acme, draft.id, 'submit', {}, NOW);
      // Only the responsible bureau reviews; another enterprise cannot see it.
      assert.equal(
        (await fault(transition(store, who.econOfficer, draft.id, 'start_review', {}, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal((await fault(getApplication(store, who.beta, draft.id)))?.code, 'ZC_ERR_FORBIDDEN');
      await transition(store, who.cityOfficer, draft.id, 'start_review', {}, NOW);
      assert.equal(
        (await fault(transition(store, who.cityOfficer, draft.id, 'request_info', {}, NOW)))?.field,
        'note',
      );
      await transition(
        store,
        who.cityOfficer,
        draft.id,
        'request_info',
        { note: '请补充发票原件扫描件' },
        NOW,
      );
      // Not an item for experts; and an officer cannot approve.
      await updateApplication(
        store,
        who.acme,
        draft.id,
        { materials: [{ key: 'invoices', provided: true, note: '发票.pdf' }] },
        NOW,
      );
      await transition(store, who.acme, draft.id, 'submit', {}, NOW);
      await transition(store, who.cityOfficer, draft.id, 'start_review', {}, NOW);
      assert.equal(
        (await fault(transition(store, who.cityOfficer, draft.id, 'send_to_experts', {}, NOW)))?.field,
        'action',
      );
      assert.equal(
        (await fault(approveApplication(store, who.cityOfficer, draft.id, {}, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      // Approving more than computed is refused; less needs a note.
      assert.equal(
        (await fault(approveApplication(store, who.cityReviewer, draft.id, { amount: '400000.01' }, NOW)))
          ?.field,
        'amount',
      );
      assert.equal(
        (await fault(approveApplication(store, who.cityReviewer, draft.id, { amount: '300000' }, NOW)))
          ?.field,
        'note',
      );
      const approved = await approveApplication(store, who.cityReviewer, draft.id, {}, NOW);
      assert.equal(approved.state, 'approved');
      assert.equal(approved.approvedAmount, '400000.00');
      // The same project cannot be awarded item 1 twice.
      const again = await createApplication(
        store,
        who.acme,
        {
          item: 1,
          projectRef: 'VOC-2025-01',
          projectName: 'VOCs 深度治理（重复）',
          facts: ITEM1,
          materials: ALL_MATERIALS,
        },
        NOW,
      );
      await transition(store, who.acme, again.id, 'submit', {}, NOW);
      await transition(store, who.cityOfficer, again.id, 'start_review', {}, NOW);
      assert.equal(
        (await fault(approveApplication(store, who.cityReviewer, again.id, {}, NOW)))?.code,
        'ZC_ERR_CONFLICT',
      );

      const [award] = await listAwards(store, who.acme, { ruleId: 'jingjiguanfa-2023-31/item-01' });
      assert.equal(award?.amount, '400000.00');
      assert.equal((await fault(recordPayment(store, who.finance, award!.id, {}, NOW)))?.field, 'paymentRef');
      const paid = await recordPayment(
        store,
        who.finance,
        award!.id,
        { paymentRef: 'CZ-2026-0001', paidOn: '2026-03-10' },
        NOW,
      );
      assert.deepEqual([paid.state, paid.paidAt], ['paid', '2026-03-10']);
      assert.equal((await getApplication(store, who.acme, draft.id)).state, 'paid');
      assert.equal(
        (await fault(clawBack(store, who.cityReviewer, award!.id, { reason: '' }, NOW)))?.field,
        'reason',
      );
      const back = await clawBack(
        store,
        who.cityReviewer,
        award!.id,
        { reason: '专项审计不合格且逾期未整改', amount: '150000' },
        NOW,
      );
      assert.deepEqual([back.state, back.clawback], ['clawed_back', '150000.00']);
      const full = await getApplication(store, who.acme, draft.id);
      assert.equal(full.state, 'clawed_back');
      assert.deepEqual(
        full.events?.map((e) => e.action),
        [
          'create',
          'submit',
          'start_review',
          'request_info',
          'submit',
          'start_review',
          'approve',
          'pay',
          'claw_back',
        ],
      );
      const notices = await listNotices(store, who.acme);
      assert.ok(notices.some((n) => n.kind === 'award.clawed_back' && n.body.zh.includes('150000.00')));
      assert.equal((await verifyAuditChain(store)).ok, true);
    });

    test('第一章 三（二十六） 一事一议: expert review before approval', async () => {
      // 20% × 3,000,000 元 = 600,000 元 (≤ 500万).
      const facts = {
        supportedUnderItems23To25: false,
        paymentExcludingTax: '3000000',
        scienceOrInnovationAward: false,
        outstandingResultsOrInnovation: true,
        clearBenefitsAndDemonstration: true,
        projectLocation: 'yizhuang_225',
        ...PROJECT,
      };
      const app = await createApplication(
        store,
        who.acme,
        { item: 26, projectRef: 'JS-2025-7', projectName: '光储直柔示范楼', facts },
        NOW,
      );
      assert.equal(app.outcome, 'needs_review');
      const materials = (await getApplication(store, who.acme, app.id)).materials.map((m) => ({
        key: m.key,
        provided: true,
      }));
      await updateApplication(store, who.acme, app.id, { materials }, NOW);
      await transition(store, who.acme, app.id, 'submit', {}, NOW);
      await transition(store, who.buildOfficer, app.id, 'start_review', {}, NOW);
      assert.equal(
        (await fault(approveApplication(store, who.buildReviewer, app.id, {}, NOW)))?.code,
        'ZC_ERR_CONFLICT',
      );
      await transition(store, who.buildOfficer, app.id, 'send_to_experts', {}, NOW);
      assert.equal(
        (
          await fault(
            recordExpertReview(
              store,
              who.buildOfficer,
              app.id,
              { passed: true, opinion: '同意', experts: [] },
              NOW,
            ),
          )
        )?.field,
        'experts',
      );
      const reviewed = await recordExpertReview(
        store,
        who.buildOfficer,
        app.id,
        { passed: true, opinion: '示范效果明显，同意按20%奖励', experts: ['张工', '李工', '王工'] },
        NOW,
      );
      assert.deepEqual(
        [reviewed.state, reviewed.outcome, reviewed.amount],
        ['under_review', 'eligible', '600000.00'],
      );
      const ok = await approveApplication(store, who.buildReviewer, app.id, {}, NOW);
      assert.equal(ok.approvedAmount, '600000.00');
    });

    test('免申即享 (第一章 三（二十七）): list import with row errors, run, approval with notices, never twice', async () => {
      const header =
        'creditCode,projectRef,projectName,greenSafeSiteTitle,modelSiteTitle,penalisedForEnvironmentalIssues,municipalWrittenNoticeForEnvironmentalIssues,siteCompleted,projectLocation';
      const csv = [
        header,
        `${ACME},[2025]施建字0007号,A 区厂房工地,是,否,否,否,是,etdz_60`,
        `${BETA},[2025]施建字0008号,B 区样板工地,是,是,否,否,是,yizhuang_225`,
        `${UNKNOWN_STANDING},[2025]施建字0009号,C 区工地,是,否,否,否,是,etdz_60`,
        `${ACME.slice(0, -1)}0,[2025]施建字0010号,坏行,是,否,否,否,是,etdz_60`,
        `${BETA},[2025]施建字0011号,坏行二,也许,否,否,否,是,etdz_60`,
      ].join('\n');
      assert.equal(
        (
          await fault(
            importGrantList(
              store,
              who.cityOfficer,
              { kind: 'green-construction-site', data: Buffer.from(csv), format: 'csv' },
              NOW,
            ),
          )
        )?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const imported = await importGrantList(
        store,
        who.buildOfficer,
        { kind: 'green-construction-site', data: Buffer.from(csv), format: 'csv', sourceName: 'sites.csv' },
        NOW,
      );
      assert.equal(imported.added, 3);
      assert.deepEqual(
        imported.errors.map((e) => [e.row, e.field]),
        [
          [5, 'creditCode'],
          [6, 'greenSafeSiteTitle'],
        ],
      );
      const run = await runGrants(
        store,
        who.buildOfficer,
        { listIds: [imported.listId], asOf: '2026-03-01' },
        NOW,
      );
      // ACME 10万 (绿色安全工地), BETA 20万 (样板工地, D-31-9); the third is held: no standing record.
      assert.deepEqual([run.summary.granted, run.summary.held, run.summary.total], [2, 1, '300000.00']);
      const again = await runGrants(
        store,
        who.buildOfficer,
        { listIds: [imported.listId], asOf: '2026-03-01' },
        NOW,
      );
      assert.deepEqual([again.summary.granted, again.summary.alreadyGranted], [0, 2]);
      assert.equal(
        (await fault(decideRun(store, who.buildOfficer, run.id, { decision: 'approve' }, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const decided = await decideRun(store, who.buildReviewer, run.id, { decision: 'approve' }, NOW);
      assert.equal(decided.state, 'approved');
      assert.deepEqual(
        decided.results.map((r) => [r.result, r.amount]),
        [
          ['granted', '100000.00'],
          ['granted', '200000.00'],
          ['held', null],
        ],
      );
      assert.equal(
        (await fault(decideRun(store, who.buildReviewer, run.id, { decision: 'reject' }, NOW)))?.code,
        'ZC_ERR_CONFLICT',
      );
      const notices = await listNotices(store, who.beta);
      assert.ok(notices.some((n) => n.kind === 'grant.approved' && n.body.zh.includes('200000.00')));
      // Rejecting the empty second run frees nothing and grants nothing.
      await decideRun(store, who.buildReviewer, again.id, { decision: 'reject' }, NOW);
      const third = await runGrants(
        store,
        who.buildOfficer,
        { listIds: [imported.listId], asOf: '2026-03-01' },
        NOW,
      );
      assert.equal(third.summary.granted, 0);
      assert.equal(
        (await getRun(store, who.buildOfficer, third.id)).results[2]?.reasons[0],
        'standing_missing:registeredTaxedAndInStatistics',
      );
    });

    test('第一章 二（十六） 免申即享 by tonnes saved, and the budget by bureau and item', async () => {
      // 1,250.5 t × 600 元 (industrial) = 750,300 元.
      const csv = [
        'creditCode,projectRef,projectName,enterprise,retrofitOfExistingProcessOrEquipment,sector,energySavedTce,drcFinalReviewPassed,publicised,projectCompleted,paidIncludingTax,totalInvestmentIncludingTax,threeSimultaneousProject,dataCentre,builtWithGovernmentFunds',
        `${ACME},JN-2025-01,空压站改造,是,是,industrial,1250.5,是,是,是,1130000,1130000,否,否,否`,
      ].join('\n');
      const imp = await importGrantList(
        store,
        who.econOfficer,
        { kind: 'energy-saving-retrofit', data: Buffer.from(csv), format: 'csv' },
        NOW,
      );
      assert.deepEqual(imp.errors, []);
      const run = await runGrants(store, who.econOfficer, { listIds: [imp.listId], asOf: '2026-03-01' }, NOW);
      assert.equal(run.summary.total, '750300.00');
      const b1 = await budget(store, who.finance, { year: 2026 });
      const line16 = b1.lines.find((l) => l.item === 16)!;
      assert.deepEqual(
        [line16.committed, line16.approved, line16.department],
        ['750300.00', '0.00', 'economic-development'],
      );
      await decideRun(store, who.econReviewer, run.id, { decision: 'approve' }, NOW);
      const b2 = await budget(store, who.finance, { year: 2026 });
      assert.equal(b2.lines.find((l) => l.item === 16)?.approved, '750300.00');
      const line1 = b2.lines.find((l) => l.item === 1)!;
      assert.deepEqual([line1.paid, line1.clawedBack], ['400000.00', '150000.00']);
      const xlsx = await exportBudget(store, who.finance, { year: 2026 });
      assert.equal(xlsx.subarray(0, 2).toString(), 'PK');
      assert.equal((await fault(budget(store, who.acme)))?.code, 'ZC_ERR_FORBIDDEN');
    });

    test('the calculator takes the store’s area, standing and history for a signed-in enterprise', async () => {
      const profile = {
        enterprise: { ...EXAMPLE_COMMON, location: 'outside' },
        projects: [
          {
            id: 'p1',
            facts: PROJECT,
            candidates: [
              {
                item: 1,
                facts: {
                  enterprise: true,
                  airPollutant: 'nox',
                  paymentExcludingTax: '100000',
                  usesHighTechProduct: true,
                  usesFirstSet: false,
                },
              },
            ],
          },
        ],
      };
      const anonymous = (await matchEnterprise(
        store,
        systemActor('anon'),
        profile,
        '2026-03-01' as CalendarDate,
      )) as { total: string };
      assert.equal(anonymous.total, '0.00'); // declared outside the 60 km²
      const mine = (await matchEnterprise(store, who.acme, profile, '2026-03-01' as CalendarDate)) as {
        total: string;
      };
      assert.equal(mine.total, '35000.00'); // the store says etdz_60: 100,000 × 35% (D-31-1)
    });
  });
}
