/**
 * New-energy heating and green buildings over HTTP: a heating project registered, its readings
 * imported as CSV (bad rows reported, 200) and added as JSON, the post-evaluation report and the
 * design check; the statistics bureau's figures and the targets; a building project, its checklist
 * recorded by the right department (403 for another), the targets; anonymous callers refused; the
 * routes in the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

const CC = `91110302MA01HB001${creditCodeCheckChar('91110302MA01HB001')}`;
const CSV = [
  '项目编号,读数时间,累计耗电量（kWh）,累计供热量（GJ）,累计耗水量（m³）',
  'HP-A,2024-11-15T00:00:00+08:00,0,0,0',
  'HP-A,2024-12-15T00:00:00+08:00,10000,108,5',
  'HP-A,2024-12-20,1,1,1',
].join('\n');

describe('heating and buildings API', () => {
  let t: TestApp;
  const h: Record<string, Record<string, string>> = {};
  const as = (who: string): Record<string, string> => h[who] ?? {};
  before(async () => {
    t = await openTestApp(testStores()[0]!);
    const iso = FIXED_NOW.toISOString();
    await t.store.db
      .insertInto('enterprises')
      .values({
        credit_code: CC,
        name_zh: '【演示】亦庄热力',
        name_en: '[DEMO] Yizhuang Heat',
        area: 'etdz_60',
        lat: null,
        lng: null,
        industry: null,
        foreign_invested: 0,
        investor_country: null,
        scale: null,
        employees: null,
        registered_on: null,
        profile: '{}',
        demo: 1,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    const users = [
      ['urban', 'officer', 'beijing-urban-management'],
      ['stats', 'officer', 'beijing-statistics'],
      ['build', 'officer', 'development-construction'],
      ['plan', 'officer', 'planning-natural-resources-branch'],
    ] as const;
    for (const [username, role, department] of users) await addUser(t.store, { username, role, department });
    await addUser(t.store, { username: 'heat-co', role: 'enterprise', creditCode: CC });
    for (const u of [...users.map((x) => x[0]), 'heat-co']) h[u] = await signIn(t.app, u);
  });
  after(async () => {
    await t?.close();
  });

  test('heating: register, import CSV with a bad row, add JSON, report, design check', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/heating/projects',
      headers: as('urban'),
      payload: {
        code: 'HP-A',
        name: '【演示】生物质供热站',
        technology: 'biomass',
        creditCode: CC,
        design: {
          projectKind: 'new',
          heatSources: [{ id: 'S-1', technology: 'biomass', capacityKw: '2000' }],
        },
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = json<{ id: number }>(created).id;
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/v1/heating/readings/import',
      headers: { ...as('heat-co'), 'content-type': 'text/csv' },
      payload: CSV,
    });
    assert.equal(imported.statusCode, 200, imported.body);
    const body = json<{ added: number; errors: { row: number; field: string }[] }>(imported);
    assert.equal(body.added, 2);
    assert.deepEqual(
      body.errors.map((e) => [e.row, e.field]),
      [[4, 'at']],
    );
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/heating/projects/${id}/readings`,
      headers: as('heat-co'),
      payload: {
        readings: [
          { at: '2025-01-15T00:00:00+08:00', electricityKwh: '20000', heatGj: '216', waterM3: '10' },
        ],
      },
    });
    assert.equal(json<{ added: number }>(added).added, 1);
    // 216 GJ × 2500/9 = 60,000 kWh ÷ 20,000 kWh: SPF 3.
    const report = json<{
      ok: boolean;
      summary: { spf: { display: string }; carbon: { kgCo2: { display: string } } };
    }>(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/heating/projects/${id}/report?season=2024-2025&maxGapHours=744`,
        headers: as('urban'),
      }),
    );
    assert.equal(report.ok, true);
    assert.equal(report.summary.spf.display, '3.00');
    assert.equal(report.summary.carbon.kgCo2.display, '13552.00');
    const check = await t.app.inject({
      method: 'GET',
      url: `/api/v1/heating/projects/${id}/design-check?asOf=2024-06-30`,
      headers: as('urban'),
    });
    assert.equal(json<{ decision: { outcome: string } }>(check).decision.outcome, 'eligible');
    const forbidden = await t.app.inject({
      method: 'GET',
      url: `/api/v1/heating/projects/${id}`,
      headers: as('build'),
    });
    assert.equal(forbidden.statusCode, 403);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/heating/projects' });
    assert.equal(anon.statusCode, 401);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/heating/projects',
      headers: as('urban'),
      payload: { code: 'HP-B', name: 'x', technology: 'coal' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(json<{ error: { field: string } }>(bad).error.field, 'technology');
    const tpl = await t.app.inject({
      method: 'GET',
      url: '/api/v1/heating/readings/template',
      headers: as('urban'),
    });
    assert.equal(
      tpl.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  test('一(三) figures by the statistics bureau only; targets for officials', async () => {
    const put = (who: string, year: number, payload: object) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/heating/figures/${year}`, headers: as(who), payload });
    assert.equal((await put('urban', 2024, { newEnergyAreaM2: '1', totalAreaM2: '10' })).statusCode, 403);
    assert.equal(
      (await put('stats', 2024, { newEnergyAreaM2: '125000000', totalAreaM2: '1000000000' })).statusCode,
      200,
    );
    const targets = json<{ progress: { kind: string; points: { percent?: string; status: string }[] }[] }>(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/heating/targets?asOf=2025-01-10',
        headers: as('build'),
      }),
    );
    assert.deepEqual(
      targets.progress.map((p) => p.points[0]?.status),
      ['on_track', 'on_track', 'on_track'],
    );
    assert.equal(targets.progress[1]?.points[0]?.percent, '12.50%');
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/heating/figures/2024',
      headers: as('stats'),
    });
    assert.equal(del.statusCode, 400);
    assert.equal(
      (
        await t.app.inject({
          method: 'DELETE',
          url: '/api/v1/heating/figures/2024?reason=%E8%AF%AF%E5%BD%95',
          headers: as('stats'),
        })
      ).statusCode,
      204,
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/heating/targets', headers: as('heat-co') }))
        .statusCode,
      403,
    );
  });

  test('buildings: register, checklist, record by the right department, targets', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/buildings/projects',
      headers: as('build'),
      payload: {
        code: 'BP-A',
        name: '【演示】人才公寓',
        facts: {
          location: 'etdz_60',
          projectKind: 'new',
          buildingClass: 'civil',
          use: 'talent_apartment',
          investor: 'social',
          centrallyBuilt: true,
          approvalDate: '2024-09-01',
        },
        gate: { investmentPromotion: false, landSupply: 'transfer' },
        targetKind: 'ule_new_building',
        areaSqm: '45000.5',
        completedOn: '2025-11-30',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = json<{ id: number }>(created).id;
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/buildings/projects/${id}/checklist?asOf=2025-06-30`,
      headers: as('plan'),
    });
    const c = json<{
      governed: boolean;
      requirement: { outcome: string };
      stages: { items: { id: string; status: string; mine: boolean }[] }[];
    }>(list);
    assert.equal(c.governed, true);
    const uleItem = c.stages.flatMap((s) => s.items).find((i) => i.id === 'design.ule-performance')!;
    assert.deepEqual([uleItem.status, uleItem.mine], ['missing', true]);
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/buildings/projects/${id}/gates`,
      headers: as('build'),
      payload: { itemId: 'design.ule-performance' },
    });
    assert.equal(denied.statusCode, 403);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/buildings/projects/${id}/gates`,
      headers: as('plan'),
      payload: { itemId: 'design.ule-performance', note: '施工图体现超低能耗性能指标' },
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/buildings/projects/${id}/gates`,
      headers: as('plan'),
      payload: { itemId: 'design.ule-performance' },
    });
    assert.equal(again.statusCode, 409);
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/api/v1/buildings/projects/${id}/gates/withdraw`,
      headers: as('plan'),
      payload: { itemId: 'design.ule-performance', reason: '误记' },
    });
    assert.equal(withdraw.statusCode, 200);
    const targets = json<{
      report: { targets: { id: string; achievedSqm: string; sharePercent: string }[] };
    }>(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/buildings/targets?asOf=2025-12-31',
        headers: as('plan'),
      }),
    );
    // 45,000.5 ÷ 280,000 = 16.07%.
    assert.deepEqual(
      targets.report.targets.map((x) => [x.id, x.achievedSqm, x.sharePercent]),
      [
        ['green_retrofit', '0', '0.00'],
        ['ultra_low_energy', '45000.5', '16.07'],
      ],
    );
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = json<{ paths: Record<string, unknown> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const p of [
      '/api/v1/heating/projects',
      '/api/v1/heating/readings/import',
      '/api/v1/heating/projects/{id}/report',
      '/api/v1/heating/targets',
      '/api/v1/heating/figures/{year}',
      '/api/v1/buildings/projects/{id}/checklist',
      '/api/v1/buildings/projects/{id}/gates',
      '/api/v1/buildings/targets',
    ])
      assert.ok(p in doc.paths, p);
  });
});
