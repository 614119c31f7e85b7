/**
 * The Excel exports of the list pages, read back with exceljs: each has the header "中文 English",
 * the list's rows with its filters and scope (a district officer's export leaves out other
 * districts, a bureau's leaves out other bureaus'), personal data masked (no plain resident ID, bank
 * card or phone anywhere in the workbook), money as exact yuan strings, times in Beijing time, and a
 * name that is a formula (`=HYPERLINK(…)`) comes back as quoted text, never a formula. Oversized
 * spreadsheet uploads are refused with 413 `ZC_ERR_TOO_LARGE`. On SQLite, and PostgreSQL when set.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { drainOutbox } from '../services/alerts/index.ts';
import { setDataKeyForTests } from '../services/shared/crypto.ts';
import { exportSheet, MAX_UPLOAD_BYTES, safeCell, shanghaiTime } from '../services/shared/excel.ts';
import { PROJECT, testCard, testId } from '../services/work-relief/test-setup.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

const EVIL = '=HYPERLINK("http://x","click")';
const ID1 = testId('110111', '19750505', 61);
const CARD1 = testCard(601);
const PHONE1 = '13912345678';

/** The first sheet's rows as arrays of cell values (row 1 is the header). */
async function sheetOf(r: LightMyRequestResponse): Promise<{ rows: unknown[][]; ws: ExcelJS.Worksheet }> {
  assert.equal(r.statusCode, 200, r.body.slice(0, 300));
  assert.match(String(r.headers['content-type']), /spreadsheetml/);
  assert.match(String(r.headers['content-disposition']), /^attachment; filename=".+\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.rawPayload as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { rows, ws };
}

/** Every cell of the workbook as text (to prove a plain identifier appears nowhere). */
const allText = (rows: unknown[][]) => rows.flat().map(String).join('\n');

/** The column of `header` (which starts with it) in the header row. */
function col(rows: unknown[][], header: string): number {
  const i = (rows[0] ?? []).findIndex((h) => String(h).startsWith(header));
  assert.ok(i >= 0, `no column ${header} in ${JSON.stringify(rows[0])}`);
  return i;
}

/** The formula-injection check: the cell is the quoted text, not a formula object. */
function assertQuoted(ws: ExcelJS.Worksheet, value: string): void {
  let seen = false;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      assert.equal(cell.formula, undefined, `a formula in ${cell.address}`);
      assert.notEqual(cell.type, ExcelJS.ValueType.Formula);
      if (cell.value === `'${value}`) seen = true;
    }),
  );
  assert.ok(seen, `the quoted ${value} is not in the sheet`);
}

describe('the shared export helper', () => {
  test('formula starters are quoted, plain negative amounts are not; instants go to Beijing time', async () => {
    for (const v of ['=1+1', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx', '-2+3+cmd|calc'])
      assert.equal(safeCell(v), `'${v}`);
    for (const v of ['-12.50', '-3', 'plain', '1+1']) assert.equal(safeCell(v), v);
    assert.equal(shanghaiTime('2026-11-26T16:30:00.000Z'), '2026-11-27 00:30:00');
    assert.equal(shanghaiTime('2026-11-27'), '2026-11-27');
    const data = await exportSheet(
      'T',
      [
        { zh: '名称', en: 'Name', value: (r: { n: string; at: string }) => r.n },
        { zh: '时间', en: 'At', value: (r) => r.at, kind: 'instant' },
      ],
      [{ n: EVIL, at: '2026-11-27T02:00:00Z' }],
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['名称 Name', '时间 At']);
    assert.equal(ws.getCell('A2').value, `'${EVIL}`);
    assert.equal(ws.getCell('B2').value, '2026-11-27 10:00:00');
    assert.deepEqual(ws.views[0], { ...ws.views[0], state: 'frozen', ySplit: 1 });
  });
});

for (const factory of testStores()) {
  describe(`list exports (${factory.name})`, () => {
    let t: TestApp;
    const h: Record<string, Record<string, string>> = {};
    const get = (url: string, who: string) => t.app.inject({ method: 'GET', url, headers: h[who] ?? {} });
    const post = (url: string, who: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: h[who] ?? {}, payload });
    before(async () => {
      setDataKeyForTests(randomBytes(32));
      t = await openTestApp(factory);
      const users = [
        ['admin', 'admin', undefined],
        ['fsofficer', 'officer', 'fangshan-district'],
        ['mtg', 'officer', 'mentougou-district'],
        ['urban', 'officer', 'beijing-urban-management'],
        ['build', 'officer', 'development-construction'],
        ['stats', 'officer', 'beijing-statistics'],
        ['duty', 'command_office', 'city-operations'],
        ['enforce', 'officer', 'comprehensive-enforcement'],
      ] as const;
      for (const [username, role, department] of users)
        await addUser(t.store, { username, role, ...(department ? { department } : {}) });
      await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: '91110302MA01XK2Q5X' });
      for (const u of [...users.map((x) => x[0]), 'firm']) h[u] = await signIn(t.app, u);
    });
    after(async () => {
      await t?.close();
    });

    test('work relief: projects and workers by district, masked, filtered; attendance', async () => {
      const mk = async (who: string, code: string, name: string, year: number) => {
        const r = await post('/api/v1/work-relief/projects', who, { ...PROJECT, code, name, year });
        assert.equal(r.statusCode, 201, r.body);
        return json<{ id: number }>(r).id;
      };
      const fsId = await mk('fsofficer', 'FS-X-1', EVIL, 2026);
      await mk('fsofficer', 'FS-X-0', '【演示】旧项目', 2025);
      await mk('mtg', 'MTG-X-1', '【演示】斋堂村道路', 2026);
      const w = await post('/api/v1/work-relief/workers', 'fsofficer', {
        name: '孙长林',
        residentId: ID1,
        village: '青龙湖村',
        bankCard: CARD1,
        phone: PHONE1,
      });
      assert.equal(w.statusCode, 201, w.body);
      const workerId = json<{ worker: { id: number } }>(w).worker.id;

      const projects = await sheetOf(
        await get('/api/v1/work-relief/projects/export.xlsx?year=2026', 'fsofficer'),
      );
      assert.equal(projects.rows[0]![0], '项目编号 Code');
      assert.deepEqual(
        projects.rows.slice(1).map((r) => r[0]),
        ['FS-X-1'],
        'the year filter and the district reach',
      );
      const p = projects.rows[1]!;
      assert.equal(p[col(projects.rows, '区')], '房山区人民政府');
      assert.equal(p[col(projects.rows, '日工资')], '183.33');
      assert.equal(p[col(projects.rows, '总投资')], '1200000.00');
      assert.match(String(p[col(projects.rows, '更新时间')]), /^2026-11-27 10:00:00$/);
      assertQuoted(projects.ws, EVIL);
      const mtg = await sheetOf(await get('/api/v1/work-relief/projects/export.xlsx', 'mtg'));
      assert.deepEqual(
        mtg.rows.slice(1).map((r) => r[0]),
        ['MTG-X-1'],
      );
      const both = await sheetOf(await get('/api/v1/work-relief/projects/export.xlsx', 'admin'));
      assert.equal(both.rows.length, 4);

      const workers = await sheetOf(await get('/api/v1/work-relief/workers/export.xlsx?q=孙', 'fsofficer'));
      assert.equal(workers.rows.length, 2);
      const text = allText(workers.rows);
      for (const secret of [ID1, CARD1, PHONE1]) assert.ok(!text.includes(secret), `${secret} in the export`);
      assert.equal(workers.rows[1]![col(workers.rows, '身份证号')], `110111********${ID1.slice(-4)}`);
      assert.equal(workers.rows[1]![col(workers.rows, '银行卡号')], `**** **** **** ${CARD1.slice(-4)}`);
      assert.match(String(workers.rows[1]![col(workers.rows, '电话')]), /^139\*{4}5678$/);
      const none = await sheetOf(await get('/api/v1/work-relief/workers/export.xlsx?q=无此人', 'fsofficer'));
      assert.equal(none.rows.length, 1, 'the name filter');
      const other = await sheetOf(await get('/api/v1/work-relief/workers/export.xlsx', 'mtg'));
      assert.equal(other.rows.length, 1, 'another district exports none of them');

      const en = await post(`/api/v1/work-relief/projects/${fsId}/roster`, 'fsofficer', {
        workerId,
        post: '普工',
        joinedOn: '2026-10-01',
      });
      assert.equal(en.statusCode, 201, en.body);
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/work-relief/projects/${fsId}/attendance`,
        headers: h.fsofficer!,
        payload: { entries: [{ workerId, day: '2026-10-05', halfDays: 2 }] },
      });
      assert.equal(put.statusCode, 200, put.body);
      const grid = await sheetOf(
        await get(`/api/v1/work-relief/projects/${fsId}/attendance.xlsx?period=2026-10`, 'fsofficer'),
      );
      assert.equal(grid.rows[0]!.length, 4 + 31 + 3);
      assert.equal(grid.rows[1]![col(grid.rows, '5日')], 2);
      assert.equal(grid.rows[1]![col(grid.rows, '应发')], '183.33');
      assert.ok(!allText(grid.rows).includes(ID1));
      assert.equal(
        (await get(`/api/v1/work-relief/projects/${fsId}/attendance.xlsx?period=2026-10`, 'mtg')).statusCode,
        403,
      );
      assert.equal(
        (await get(`/api/v1/work-relief/projects/${fsId}/attendance.xlsx?period=2026-13`, 'fsofficer'))
          .statusCode,
        400,
      );
    });

    test('green fund: applications by bureau and state, exact yuan; grant lists and runs', async () => {
      const at = FIXED_NOW.toISOString();
      const row = (n: number, department: string, name: string, state: 'submitted' | 'draft') => ({
        number: `GF-2026-${n}`,
        credit_code: '91110302MA01XK2Q5X',
        rule_id: 'jingjiguanfa-2023-31/item-01',
        department,
        project_ref: `P-${n}`,
        project_name: name,
        facts: '{}',
        materials: '[]',
        state,
        outcome: 'eligible',
        decision: null,
        amount_fen: 123456789,
        approved_fen: null,
        expert_opinion: null,
        budget_year: 2026,
        created_by: 'test',
        created_at: at,
        updated_at: at,
      });
      await t.store.db
        .insertInto('enterprises')
        .values({
          credit_code: '91110302MA01XK2Q5X',
          name_zh: '【演示】导出测试',
          name_en: '[DEMO] Export test',
          area: 'etdz_60',
          lat: null,
          lng: null,
          industry: null,
          foreign_invested: 0,
          investor_country: null,
          scale: null,
          employees: null,
          registered_on: null,
          profile: JSON.stringify({
            standing: {
              registeredTaxedAndInStatistics: true,
              majorAdministrativePenaltyWithin3Years: false,
              criminalRecordWithin3Years: false,
              onSeriousDishonestyList: false,
              majorSafetyAccidentWithin3Years: false,
              environmentalIncidentWithin3Years: false,
            },
          }),
          demo: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await t.store.db
        .insertInto('green_applications')
        .values([
          row(1, 'development-construction', EVIL, 'submitted'),
          row(2, 'development-construction', '草稿项目', 'draft'),
          row(3, 'city-operations', '别局项目', 'submitted'),
        ])
        .execute();
      const mine = await sheetOf(await get('/api/v1/green/applications/export.xlsx', 'build'));
      assert.equal(mine.rows[0]![0], '申报编号 Number');
      assert.deepEqual(
        mine.rows
          .slice(1)
          .map((r) => r[0])
          .sort(),
        ['GF-2026-1', 'GF-2026-2'],
      );
      assert.equal(mine.rows[1]![col(mine.rows, '测算金额')], '1234567.89');
      assert.equal(mine.rows[1]![col(mine.rows, '创建时间')], '2026-11-27 10:00:00');
      assertQuoted(mine.ws, EVIL);
      const submitted = await sheetOf(
        await get('/api/v1/green/applications/export.xlsx?state=submitted', 'build'),
      );
      assert.deepEqual(
        submitted.rows.slice(1).map((r) => r[0]),
        ['GF-2026-1'],
      );
      const firm = await sheetOf(await get('/api/v1/green/applications/export.xlsx', 'firm'));
      assert.equal(firm.rows.length, 4, 'the enterprise exports its own three');
      assert.equal((await get('/api/v1/green/applications/export.xlsx', '')).statusCode, 401);

      const csv = [
        'creditCode,projectRef,projectName,greenSafeSiteTitle,modelSiteTitle,penalisedForEnvironmentalIssues,municipalWrittenNoticeForEnvironmentalIssues,siteCompleted,projectLocation',
        '91110302MA01XK2Q5X,S-1,一号工地,是,否,否,否,是,etdz_60',
      ];
      const imp = await t.app.inject({
        method: 'POST',
        url: `/api/v1/green/grant-lists/import?kind=green-construction-site&title=${encodeURIComponent(EVIL)}`,
        headers: { ...h.build!, 'content-type': 'text/csv' },
        payload: csv.join('\n'),
      });
      assert.equal(imp.statusCode, 200, imp.body);
      const lists = await sheetOf(await get('/api/v1/green/grant-lists/export.xlsx', 'build'));
      assert.equal(lists.rows.length, 2);
      assert.equal(lists.rows[1]![col(lists.rows, '名单类型')], '北京市绿色安全工地名单');
      assertQuoted(lists.ws, EVIL);
      const run = await post('/api/v1/green/grant-runs', 'build', {
        listIds: [json<{ listId: number }>(imp).listId],
      });
      assert.equal(run.statusCode, 201, run.body);
      const runs = await sheetOf(await get('/api/v1/green/grant-runs/export.xlsx', 'build'));
      assert.equal(runs.rows[0]![0], '批次编号 Number');
      assert.equal(runs.rows.length, 2);
      // 第一章 三（二十七）: 北京市绿色安全工地 10 万元.
      assert.deepEqual(
        [runs.rows[1]![col(runs.rows, '给予')], runs.rows[1]![col(runs.rows, '合计')]],
        [1, '100000.00'],
      );
      assert.equal((await get('/api/v1/green/grant-runs/export.xlsx', '')).statusCode, 401);
    });

    test('heating and building projects: the department’s own; the targets’ figures and records; formulas quoted', async () => {
      const heat = async (who: string, code: string, name: string, extra: object = {}) => {
        const r = await post('/api/v1/heating/projects', who, {
          code,
          name,
          technology: 'biomass',
          ...extra,
        });
        assert.equal(r.statusCode, 201, r.body);
      };
      await heat('urban', 'HP-X-1', EVIL);
      await heat('admin', 'HP-X-2', '【演示】别的部门', { department: 'development-construction' });
      const urban = await sheetOf(await get('/api/v1/heating/projects/export.xlsx', 'urban'));
      assert.equal(urban.rows[0]![0], '项目编号 Code');
      assert.deepEqual(
        urban.rows.slice(1).map((r) => r[0]),
        ['HP-X-1'],
      );
      assertQuoted(urban.ws, EVIL);
      const all = await sheetOf(await get('/api/v1/heating/projects/export.xlsx', 'admin'));
      assert.equal(all.rows.length, 3);

      const b = await post('/api/v1/buildings/projects', 'build', {
        code: 'BP-X-1',
        name: EVIL,
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
        areaSqm: '12000',
      });
      assert.equal(b.statusCode, 201, b.body);
      const bp = await sheetOf(await get('/api/v1/buildings/projects/export.xlsx', 'urban'));
      assert.deepEqual(
        bp.rows.slice(1).map((r) => [r[0], r[col(bp.rows, '计入目标')], r[col(bp.rows, '立项日期')]]),
        [['BP-X-1', '新建超低能耗建筑', '2024-09-01']],
      );
      assertQuoted(bp.ws, EVIL);
      const firm = await sheetOf(await get('/api/v1/buildings/projects/export.xlsx', 'firm'));
      assert.equal(firm.rows.length, 1, 'an enterprise exports only its own (none)');

      // The targets page: the statistics bureau's figures and the building records.
      const fig = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/heating/figures/2024',
        headers: h.stats!,
        payload: { newEnergyAreaM2: '125000000', totalAreaM2: '1000000000', note: EVIL },
      });
      assert.equal(fig.statusCode, 200, fig.body);
      const figures = await sheetOf(await get('/api/v1/heating/targets.xlsx?asOf=2026-11-27', 'urban'));
      assert.deepEqual(
        figures.rows.slice(1).map((r) => r.slice(0, 3)),
        [[2024, '125000000', '1000000000']],
      );
      assertQuoted(figures.ws, EVIL);
      const records = await sheetOf(await get('/api/v1/buildings/targets.xlsx', 'urban'));
      assert.deepEqual(
        records.rows.slice(1).map((r) => [r[0], r[2]]),
        [['BP-X-1', '新建超低能耗建筑']],
      );
      assert.equal((await get('/api/v1/buildings/targets.xlsx?asOf=2026-02-30', 'urban')).statusCode, 400);
      assert.equal((await get('/api/v1/heating/targets.xlsx', 'firm')).statusCode, 403);
    });

    test('alerts for officers, notices for their recipient; policies with the list’s filters', async () => {
      const issued = await post('/api/v1/air/alerts', 'duty', {
        number: '京重污染〔2026〕9号',
        level: 'orange',
        startsAt: '2026-12-01T20:00+08:00',
      });
      assert.equal(issued.statusCode, 201, issued.body);
      await drainOutbox(t.store);
      const alerts = await sheetOf(await get('/api/v1/air/alerts/export.xlsx', 'duty'));
      assert.equal(alerts.rows[0]![0], '编号 Number');
      const a = alerts.rows[1]!;
      assert.equal(a[0], '京重污染〔2026〕9号');
      assert.equal(a[col(alerts.rows, '开始时间')], '2026-12-01 20:00:00');
      assert.equal(a[col(alerts.rows, '通知总数')], 17);
      assert.equal((await get('/api/v1/air/alerts/export.xlsx', 'firm')).statusCode, 403);
      const notices = await sheetOf(await get('/api/v1/air/notices/mine.xlsx', 'enforce'));
      assert.equal(notices.rows.length, 2, 'the unit’s one notice');
      assert.equal(notices.rows[1]![0], '京重污染〔2026〕9号');
      const none = await sheetOf(await get('/api/v1/air/notices/mine.xlsx', 'firm'));
      assert.equal(none.rows.length, 1, 'not another recipient’s');

      const policies = await sheetOf(await get('/api/v1/policies/export.xlsx?asOf=2026-11-27', 'fsofficer'));
      assert.equal(policies.rows[0]![0], '文号 Number');
      assert.equal(policies.rows.length, 8, 'the seven policies');
      const heating = await sheetOf(
        await get(`/api/v1/policies/export.xlsx?q=${encodeURIComponent('供热')}`, 'fsofficer'),
      );
      assert.ok(heating.rows.length >= 2 && heating.rows.length < 8, 'the search filter');
      const bad = await get('/api/v1/policies/export.xlsx?status=nope', 'fsofficer');
      assert.equal(bad.statusCode, 400);
      assert.equal(json<{ error: { field: string } }>(bad).error.field, 'status');
    });

    test('an oversized spreadsheet upload is refused with 413 ZC_ERR_TOO_LARGE on every upload route', async () => {
      const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41);
      for (const [url, who] of [
        ['/api/v1/air/lists/import', 'admin'],
        ['/api/v1/green/grant-lists/import?kind=green-construction-site', 'build'],
        ['/api/v1/heating/readings/import', 'urban'],
        ['/api/v1/work-relief/workers/import', 'fsofficer'],
        ['/api/v1/work-relief/projects/1/attendance/import?period=2026-10', 'fsofficer'],
      ] as const) {
        const r = await t.app.inject({
          method: 'POST',
          url,
          headers: { ...h[who]!, 'content-type': 'text/csv' },
          payload: big,
        });
        assert.equal(r.statusCode, 413, `${url}: ${r.body}`);
        const e = json<{ error: { code: string; field: string; messageZh: string } }>(r).error;
        assert.deepEqual([e.code, e.field], ['ZC_ERR_TOO_LARGE', 'body'], url);
        assert.match(e.messageZh, /上限/);
      }
      const json2mb = await t.app.inject({
        method: 'POST',
        url: '/api/v1/air/lists',
        headers: h.admin!,
        payload: { entries: [], pad: 'x'.repeat(1_100_000) },
      });
      assert.equal(json2mb.statusCode, 413);
    });
  });
}
