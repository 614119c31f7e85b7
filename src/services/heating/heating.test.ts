/**
 * New-energy heating on every database (1309号 五(四), 一(三)): a project registered by the
 * supervising department (市城市管理委) with its design checked (一(三) 60%); readings reported by the
 * operator as CSV — the good rows land together, every bad row is named by row and field, nothing
 * half-written; the post-evaluation report (SPF 3, carbon with the 0.6776 factor); scoping by
 * department and enterprise; every change audited. The yearly figures are in `figures.test.ts`.
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
import {
  addReadings,
  checkProjectDesign,
  createHeatingProject,
  getHeatingProject,
  importReadings,
  listHeatingProjects,
  listReadings,
  seasonReport,
  updateHeatingProject,
} from './index.ts';
import { addActors, addEnterprise } from './test-setup.ts';

const code = (body: string) => body + creditCodeCheckChar(body);
const OPERATOR = code('91110302MA01HT001');
const OTHER = code('91110302MA01HT002');
const NOW = new Date('2026-03-02T02:00:00Z');
const DESIGN = {
  projectKind: 'new',
  heatSources: [
    { id: 'H-1', technology: 'biomass', capacityKw: '600' },
    { id: 'H-2', technology: 'gas_boiler', capacityKw: '400' },
  ],
};
/** Month-start readings of 2023-2024: totals 80,000 kWh, 864 GJ (240,000 kWh), 16 m³; SPF 3. */
const CSV_GOOD = [
  'HP-1,2023-11-15T00:00:00+08:00,1000,50,10',
  'HP-1,2023-12-01T00:00:00+08:00,11000,158,12.5',
  'HP-1,2024-01-01T00:00:00+08:00,31000,374,17',
  'HP-1,2024-02-01T00:00:00+08:00,53000,611.6,21',
];
const HEADER = '项目编号,读数时间,累计耗电量（kWh）,累计供热量（GJ）,累计耗水量（m³）';
const USERS = {
  urban: ['officer', 'beijing-urban-management', null],
  urbanReviewer: ['reviewer', 'beijing-urban-management', null],
  water: ['officer', 'beijing-water', null],
  stats: ['officer', 'beijing-statistics', null],
  operator: ['enterprise', null, OPERATOR],
  other: ['enterprise', null, OTHER],
} as const;

for (const factory of testStores()) {
  describe(`new-energy heating on ${factory.name}`, () => {
    let store: Store;
    let who = {} as Record<keyof typeof USERS, UserActor>;
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
      for (const cc of [OPERATOR, OTHER]) await addEnterprise(store, cc, `【演示】${cc.slice(-4)}热力`);
      who = await addActors(store, USERS);
    });
    after(async () => {
      await store?.close();
    });

    test('七(一) the supervising department registers a project; others may not; the design is checked', async () => {
      const p = await createHeatingProject(
        store,
        who.urban,
        {
          code: 'HP-1',
          name: '【演示】生物质供热站',
          technology: 'biomass',
          creditCode: OPERATOR,
          heatedAreaM2: '120000',
          design: DESIGN,
        },
        NOW,
      );
      assert.equal(p.department, 'beijing-urban-management');
      assert.equal(p.enterpriseName, `【演示】${OPERATOR.slice(-4)}热力`);
      assert.deepEqual(
        await fault(
          createHeatingProject(
            store,
            who.water,
            { code: 'HP-9', name: 'x', technology: 'biomass', department: 'beijing-urban-management' },
            NOW,
          ),
        ),
        {
          code: 'ZC_ERR_FORBIDDEN',
          field: 'department',
          message: 'heating.manage is not allowed for department beijing-urban-management',
        },
      );
      assert.equal(
        (
          await fault(
            createHeatingProject(store, who.urban, { code: 'HP-1', name: 'x', technology: 'biomass' }, NOW),
          )
        )?.code,
        'ZC_ERR_CONFLICT',
      );
      const bad = await fault(
        createHeatingProject(
          store,
          who.urban,
          { code: 'HP-2', name: 'x', technology: 'biomass', design: { projectKind: 'new' } },
          NOW,
        ),
      );
      assert.deepEqual([bad?.code, bad?.field], ['ZC_ERR_FACTS_INVALID', 'design.heatSources']);
      assert.equal(
        (
          await fault(
            createHeatingProject(store, who.urban, { code: 'HP-2', name: 'x', technology: 'coal' }, NOW),
          )
        )?.field,
        'technology',
      );
      // 600 ÷ 1000 = 60%: "新建供热项目新能源供热装机占比原则上不低于60%" holds.
      const checked = await checkProjectDesign(store, who.operator, 'HP-1', parseCalendarDate('2024-06-30'));
      assert.equal(checked.decision.outcome, 'eligible');
      await createHeatingProject(
        store,
        who.urban,
        {
          code: 'HP-2',
          name: '【演示】再生水源热泵',
          technology: 'reclaimed_water_source',
          creditCode: OTHER,
        },
        NOW,
      );
      assert.equal(
        (await fault(checkProjectDesign(store, who.urban, 'HP-2', parseCalendarDate('2024-06-30'))))?.field,
        'design',
      );
      const changed = await updateHeatingProject(store, who.urban, 'HP-2', { heatedAreaM2: '56000.5' }, NOW);
      assert.equal(changed.heatedAreaM2, '56000.5');
      assert.equal(
        (await fault(updateHeatingProject(store, who.urban, 'HP-2', { code: 'HP-3' }, NOW)))?.field,
        'code',
      );
    });

    test('五(四) readings by CSV: good rows land together, every bad row is named; nothing half-written', async () => {
      const csv = [
        HEADER,
        ...CSV_GOOD,
        'HP-1,2024-02-15 00:00,60000,700,22', // row 6: no offset
        'HP-1,2024-02-20T00:00:00+08:00,-5,700,22', // row 7: negative
        'HP-1,2024-02-25T00:00:00+08:00,52000,700,22', // row 8: below 2024-02-01's 53,000 kWh
        'HP-2,2024-02-01T00:00:00+08:00,1,1,1', // row 9: another operator's project
        'HP-7,2024-02-01T00:00:00+08:00,1,1,1', // row 10: no such project
        'HP-1,2024-01-01T00:00:00+08:00,31000,374,17', // row 11: the same instant again
      ].join('\n');
      const r = await importReadings(store, who.operator, { data: Buffer.from(csv), format: 'csv' }, NOW);
      assert.equal(r.added, 4);
      assert.deepEqual(r.projects, [{ code: 'HP-1', added: 4 }]);
      assert.deepEqual(
        r.errors.map((e) => [e.row, e.field]),
        [
          [6, 'at'],
          [7, 'electricityKwh'],
          [8, 'electricityKwh'],
          [9, 'projectCode'],
          [10, 'projectCode'],
          [11, 'at'],
        ],
      );
      assert.match(r.errors[2]!.messageZh, /小于此前读数/);
      // Only bad rows: nothing lands, and the stored series is unchanged.
      const none = await importReadings(
        store,
        who.operator,
        { data: Buffer.from(`${HEADER}\nHP-1,2024-03-01T00:00:00+08:00,1,1,1`), format: 'csv' },
        NOW,
      );
      assert.deepEqual([none.added, none.errors.map((e) => e.field)], [0, ['electricityKwh']]);
      assert.equal((await listReadings(store, who.urban, 'HP-1')).length, 4);
      // A reading between two stored ones may not exceed the later one.
      const between = await addReadings(
        store,
        who.urban,
        'HP-1',
        {
          readings: [
            { at: '2024-01-15T00:00:00+08:00', electricityKwh: '40000', heatGj: '380', waterM3: '22' },
          ],
        },
        NOW,
      );
      assert.deepEqual(
        between.errors.map((e) => e.field),
        ['readings[0].waterM3'],
      );
      const api = await addReadings(
        store,
        who.operator,
        'HP-1',
        {
          readings: [
            { at: '2024-03-01T00:00:00+08:00', electricityKwh: '71000', heatGj: '806', waterM3: '24' },
            { at: '2024-03-16T00:00:00+08:00', electricityKwh: 81000, heatGj: '914', waterM3: '26' },
            { at: '2027-01-01T00:00:00+08:00', electricityKwh: '1', heatGj: '1', waterM3: '1' },
          ],
        },
        NOW,
      );
      assert.deepEqual([api.added, api.errors.map((e) => e.field)], [2, ['readings[2].at']]);
      assert.equal(
        (await fault(addReadings(store, who.other, 'HP-1', { readings: [] }, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
    });

    test('项目后评价: SPF, totals and carbon with the dated grid factor; a season without readings says so', async () => {
      const r = await seasonReport(store, who.urbanReviewer, 'HP-1', { season: '2023-2024' });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
      // 864 GJ × 2500/9 = 240,000 kWh ÷ 80,000 kWh = 3; 80,000 kWh × 0.6776 = 54,208 kgCO₂.
      assert.equal(r.summary.spf?.display, '3.00');
      assert.equal(r.summary.totals.electricityKwh.display, '80000.00');
      assert.equal(r.summary.totals.waterM3.display, '16.00');
      assert.equal(r.summary.carbon.kgCo2.display, '54208.00');
      assert.equal(r.summary.carbon.factor.value, '0.6776');
      assert.deepEqual(
        r.summary.monthly.map((m) => m.month),
        ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03'],
      );
      const empty = await seasonReport(store, who.urban, 'HP-1', { season: '2024-2025' });
      assert.ok(!empty.ok);
      assert.deepEqual(
        empty.errors.map((e) => e.code),
        ['too_few_readings'],
      );
      assert.equal(
        (await fault(seasonReport(store, who.urban, 'HP-1', { season: '2024' })))?.field,
        'season',
      );
    });

    test('scoping: a department sees its projects, an enterprise its own', async () => {
      assert.deepEqual(
        (await listHeatingProjects(store, who.urban)).map((p) => p.code),
        ['HP-1', 'HP-2'],
      );
      assert.deepEqual(
        (await listHeatingProjects(store, who.water)).map((p) => p.code),
        [],
      );
      assert.deepEqual(
        (await listHeatingProjects(store, who.other)).map((p) => p.code),
        ['HP-2'],
      );
      assert.equal((await getHeatingProject(store, who.operator, 'HP-1')).readings.count, 6);
      assert.equal((await fault(getHeatingProject(store, who.water, 'HP-1')))?.code, 'ZC_ERR_FORBIDDEN');
      assert.equal(
        (await fault(seasonReport(store, who.other, 'HP-1', { season: '2023-2024' })))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const audit = await store.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'heating%')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        [
          'heating_project.create',
          'heating_project.create',
          'heating_project.update',
          'heating_readings.import',
          'heating_readings.import',
        ],
      );
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
