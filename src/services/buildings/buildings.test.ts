/**
 * Green buildings on every database (30号): projects registered by 开发建设局 with the rating rule
 * judged on the date of their facts; the stage-gate checklist of 七 recorded by each department's
 * officers (another department may not, an item that does not apply cannot be recorded, a
 * withdrawal needs a reason, all audited); a project approved after 2025-12-31 is not governed; the
 * targets of 四 from the project records; scoping of enterprises.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../../engine/identifiers.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { syncDepartments, type UserActor } from '../accounts/index.ts';
import { fault } from '../alerts/plans-test-setup.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { addActors, addEnterprise } from '../heating/test-setup.ts';
import {
  buildingTargets,
  createBuildingProject,
  listBuildingProjects,
  projectChecklist,
  recordGateItem,
  updateBuildingProject,
  withdrawGateItem,
} from './index.ts';

const OWNER = `91110302MA01BD001${creditCodeCheckChar('91110302MA01BD001')}`;
const NOW = new Date('2026-03-02T02:00:00Z');
const AS_OF = parseCalendarDate('2026-03-01');
const SCHOOL = {
  code: 'BP-1',
  name: '【演示】亦庄实验学校',
  facts: {
    location: 'etdz_60',
    projectKind: 'new',
    buildingClass: 'civil',
    use: 'school',
    investor: 'government',
    approvalDate: '2024-03-15',
  },
  gate: { investmentPromotion: false, landSupply: 'allocation' },
  targetKind: 'ule_new_building',
  areaSqm: '32000',
  completedOn: '2025-09-30',
};
const PLANT = {
  code: 'BP-2',
  name: '【演示】智能制造厂房',
  creditCode: OWNER,
  facts: {
    location: 'yizhuang_225',
    projectKind: 'new',
    buildingClass: 'industrial',
    use: 'industrial',
    investor: 'social',
    approvalDate: '2024-05-20',
  },
  gate: { investmentPromotion: true, landSupply: 'transfer' },
  targetKind: 'other',
  areaSqm: '50000',
};
const RETROFIT = {
  code: 'BP-3',
  name: '【演示】管委会办公楼绿色化改造',
  facts: {
    location: 'etdz_60',
    projectKind: 'rebuilt',
    buildingClass: 'civil',
    use: 'office',
    investor: 'government_mainly',
    approvalDate: '2024-02-01',
  },
  gate: { investmentPromotion: false, landSupply: 'none' },
  targetKind: 'public_building_green_retrofit',
  areaSqm: '120000',
  completedOn: '2025-06-30',
};
const LATE = {
  ...RETROFIT,
  code: 'BP-4',
  name: '【演示】图书馆超低能耗改造',
  facts: { ...RETROFIT.facts, use: 'library', approvalDate: '2026-02-01' },
  targetKind: 'public_building_ule_retrofit',
  areaSqm: '10000',
  completedOn: '2026-01-15',
};
const USERS = {
  build: ['officer', 'development-construction', null],
  planner: ['officer', 'planning-natural-resources-branch', null],
  econ: ['officer', 'economic-development', null],
  approvals: ['officer', 'administrative-approval', null],
  plannerrev: ['reviewer', 'planning-natural-resources-branch', null],
  owner: ['enterprise', null, OWNER],
} as const;

for (const factory of testStores()) {
  describe(`green buildings on ${factory.name}`, () => {
    let store: Store;
    let who = {} as Record<keyof typeof USERS, UserActor>;
    const items = async (id: string) =>
      (await projectChecklist(store, who.build, id, AS_OF)).stages.flatMap((s) => s.items);
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
      await addEnterprise(store, OWNER, '【演示】智造公司', 'yizhuang_225');
      who = await addActors(store, USERS);
    });
    after(async () => {
      await store?.close();
    });

    test('开发建设局 registers projects; facts are checked by the rating rule’s schema', async () => {
      for (const p of [SCHOOL, PLANT, RETROFIT, LATE]) await createBuildingProject(store, who.build, p, NOW);
      const bad = await fault(
        createBuildingProject(
          store,
          who.build,
          { ...SCHOOL, code: 'BP-9', facts: { ...SCHOOL.facts, use: 'castle' } },
          NOW,
        ),
      );
      assert.deepEqual([bad?.code, bad?.field], ['ZC_ERR_FACTS_INVALID', 'facts.use']);
      assert.equal(
        (
          await fault(
            createBuildingProject(
              store,
              who.build,
              { ...SCHOOL, code: 'BP-9', gate: { landSupply: 'lease', investmentPromotion: false } },
              NOW,
            ),
          )
        )?.field,
        'gate.landSupply',
      );
      assert.equal(
        (await fault(createBuildingProject(store, who.build, { ...SCHOOL, code: 'BP-9', areaSqm: '0' }, NOW)))
          ?.field,
        'areaSqm',
      );
      assert.equal(
        (
          await fault(
            createBuildingProject(
              store,
              who.planner,
              { ...SCHOOL, code: 'BP-9', department: 'development-construction' },
              NOW,
            ),
          )
        )?.code,
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal(
        (await fault(updateBuildingProject(store, who.planner, 'BP-1', { name: 'x' }, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const moved = await updateBuildingProject(
        store,
        who.build,
        'BP-2',
        { gate: { investmentPromotion: true, landSupply: 'transfer', energyDesignChange: true } },
        NOW,
      );
      assert.equal(moved.gate.energyDesignChange, true);
    });

    test('七 the checklist of a government school: ultra-low-energy items apply; the facts are judged on the approval date', async () => {
      const c = await projectChecklist(store, who.plannerrev, 'BP-1', AS_OF);
      // Approved 2024-03-15, inside 2023-11-23 – 2025-12-31: governed, though the document has expired.
      assert.equal(c.governed, true);
      assert.equal(c.requirement.outcome, 'eligible');
      const byId = new Map(c.stages.flatMap((s) => s.items).map((i) => [i.id, i]));
      assert.equal(byId.get('land.policy-briefing')?.status, 'not_applicable');
      assert.equal(byId.get('approval.investment-plan')?.status, 'missing');
      assert.equal(byId.get('design.ule-performance')?.status, 'missing');
      assert.deepEqual(byId.get('approval.report')?.departments, ['economic-development']);
      assert.equal(byId.get('design.review')?.mine, false, 'a reviewer records nothing');
    });

    test('each department records its own items, once; withdrawing needs a reason', async () => {
      const after1 = await recordGateItem(
        store,
        who.planner,
        'BP-1',
        { itemId: 'design.review', note: '施工图审查合格书 2024-12' },
        AS_OF,
        NOW,
      );
      const review = after1.stages.flatMap((s) => s.items).find((i) => i.id === 'design.review')!;
      assert.equal(review.status, 'done');
      assert.deepEqual(
        [review.record?.department, review.record?.recordedBy],
        ['planning-natural-resources-branch', 'user:planner'],
      );
      assert.deepEqual(
        await fault(recordGateItem(store, who.build, 'BP-1', { itemId: 'design.commission' }, AS_OF, NOW)),
        {
          code: 'ZC_ERR_FORBIDDEN',
          field: 'itemId',
          message: 'buildings.record: design.commission is recorded by planning-natural-resources-branch',
        },
      );
      assert.equal(
        (await fault(recordGateItem(store, who.planner, 'BP-1', { itemId: 'design.review' }, AS_OF, NOW)))
          ?.code,
        'ZC_ERR_CONFLICT',
      );
      assert.equal(
        (
          await fault(
            recordGateItem(store, who.build, 'BP-1', { itemId: 'land.listing-publicity' }, AS_OF, NOW),
          )
        )?.code,
        'ZC_ERR_INVALID_INPUT',
      );
      assert.equal(
        (await fault(recordGateItem(store, who.build, 'BP-1', { itemId: 'design.nothing' }, AS_OF, NOW)))
          ?.field,
        'itemId',
      );
      // 七(二) 按照立项审批权限: a government project is approved by 经济发展局 (D-30-17).
      assert.equal(
        (await fault(recordGateItem(store, who.approvals, 'BP-1', { itemId: 'approval.report' }, AS_OF, NOW)))
          ?.code,
        'ZC_ERR_FORBIDDEN',
      );
      await recordGateItem(store, who.econ, 'BP-1', { itemId: 'approval.report' }, AS_OF, NOW);
      assert.equal(
        (await fault(withdrawGateItem(store, who.econ, 'BP-1', { itemId: 'approval.report' }, AS_OF, NOW)))
          ?.field,
        'reason',
      );
      const back = await withdrawGateItem(
        store,
        who.econ,
        'BP-1',
        { itemId: 'approval.report', reason: '误记' },
        AS_OF,
        NOW,
      );
      assert.equal(
        back.stages.flatMap((s) => s.items).find((i) => i.id === 'approval.report')?.status,
        'missing',
      );
      assert.equal(
        (await items('BP-2')).find((i) => i.id === 'construction.design-change')?.status,
        'missing',
      );
      const audit = await store.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'building_gate%')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['building_gate.record', 'building_gate.record', 'building_gate.withdraw'],
      );
      assert.equal((await verifyAuditChain(store)).ok, true);
    });

    test('a project approved after 2025-12-31 is not governed: not_in_force, every item not applicable', async () => {
      const c = await projectChecklist(store, who.build, 'BP-4', AS_OF);
      assert.equal(c.governed, false);
      assert.equal(c.requirement.outcome, 'not_in_force');
      assert.ok(c.stages.every((s) => s.items.every((i) => i.status === 'not_applicable')));
      assert.equal(
        (
          await fault(
            recordGateItem(store, who.build, 'BP-4', { itemId: 'construction.standards' }, AS_OF, NOW),
          )
        )?.code,
        'ZC_ERR_INVALID_INPUT',
      );
    });

    test('四 targets from the records: measured at 2025-12-31 once expired', async () => {
      const t = await buildingTargets(store, who.plannerrev, AS_OF);
      assert.equal(t.report.status, 'expired');
      const [retrofit, ule] = t.report.targets;
      // 120,000 ÷ 900,000 = 13.33%; 32,000 ÷ 280,000 = 11.43%. BP-4 was completed after 2025-12-31.
      assert.deepEqual(
        [retrofit?.achievedSqm, retrofit?.sharePercent, retrofit?.counted],
        ['120000', '13.33', ['BP-3']],
      );
      assert.deepEqual([ule?.achievedSqm, ule?.sharePercent, ule?.counted], ['32000', '11.43', ['BP-1']]);
      assert.deepEqual(t.report.excluded, [{ id: 'BP-4', reason: 'after_measuring_date' }]);
      assert.equal(t.projects.length, 4);
      assert.equal((await fault(buildingTargets(store, who.owner, AS_OF)))?.code, 'ZC_ERR_FORBIDDEN');
    });

    test('an enterprise sees its own projects only', async () => {
      assert.deepEqual(
        (await listBuildingProjects(store, who.owner)).map((p) => p.code),
        ['BP-2'],
      );
      assert.equal((await listBuildingProjects(store, who.planner)).length, 4);
      assert.equal(
        (await fault(projectChecklist(store, who.owner, 'BP-1', AS_OF)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal((await projectChecklist(store, who.owner, 'BP-2', AS_OF)).project.code, 'BP-2');
    });
  });
}
