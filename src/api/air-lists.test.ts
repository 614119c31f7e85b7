/**
 * Emission-reduction lists over HTTP: a CSV or Excel import where the good rows land and every bad
 * row is reported with its row number and field; the Excel export that re-imports; formula
 * injection neutralised in the export; roles.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { testStores } from '../store/test-stores.ts';
import { addUser, json, openTestApp, signIn, type TestApp } from './test-app.ts';

const CSV = [
  '类型,统一社会信用代码,名称,行业,主管部门,绩效等级,保障清单,红色预警措施',
  '企业,91110302MA01XK2Q5X,【演示】印刷一厂,出版物印刷,宣传文化部,B,否,停产',
  '企业,91110302MA01XK2Q50,【演示】校验码错误厂,制造业,营商合作局,A,否,', // wrong check character → rejected
  '工地,,【演示】路东工地,建筑施工,开发建设局,,否,"=HYPERLINK(""http://x"")"',
  '工厂,,【演示】类型错误,制造业,营商合作局,,否,', // unknown kind
  '企业,91110302MA00000011,【演示】保供企业,制造业,没有这个局,,是,', // unknown department
].join('\n');

describe('list import and export', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp(testStores()[0]!);
    await addUser(t.store, { username: 'duty', role: 'command_office', department: 'city-operations' });
    await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: '91110302MA01XK2Q5X' });
  });
  after(async () => {
    await t?.close();
  });

  test('good rows land together; each bad row is reported with its row number and field', async () => {
    const h = { ...(await signIn(t.app, 'duty')), 'content-type': 'text/csv' };
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/air/lists/import',
      headers: h,
      payload: CSV,
    });
    assert.equal(r.statusCode, 200, r.body);
    const body = json<{ added: number; errors: { row: number; field: string }[] }>(r);
    assert.equal(body.added, 2);
    assert.deepEqual(
      body.errors.map((e) => [e.row, e.field]),
      [
        [3, 'creditCode'],
        [5, 'kind'],
        [6, 'ownerDepartment'],
      ],
    );
    const list = json<{ entries: { name: { zh: string }; guarantee: boolean }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/air/lists', headers: h }),
    );
    assert.deepEqual(
      list.entries.map((e) => e.name.zh),
      ['【演示】印刷一厂', '【演示】路东工地'],
    );
  });

  test('a header the import does not know is refused before anything is written', async () => {
    const h = { ...(await signIn(t.app, 'duty')), 'content-type': 'text/csv' };
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/air/lists/import',
      headers: h,
      payload: '类型,名称,颜色\n企业,x,红',
    });
    assert.equal(r.statusCode, 400);
    assert.equal(json<{ error: { field: string } }>(r).error.field, 'header[3]');
  });

  test('the Excel export has the import columns, and a formula-like cell is neutralised', async () => {
    const h = await signIn(t.app, 'duty');
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/air/lists/export.xlsx', headers: h });
    assert.equal(r.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(1).value, '类型');
    const red = ws.getRow(3).getCell(11).value;
    assert.equal(red, `'=HYPERLINK("http://x")`);
    // The export re-imports (as xlsx).
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/air/lists/import?format=xlsx',
      headers: { ...h, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: r.rawPayload,
    });
    assert.equal(json<{ added: number }>(again).added, 2);
  });

  test('an enterprise user may not import or read the lists', async () => {
    const h = { ...(await signIn(t.app, 'firm')), 'content-type': 'text/csv' };
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/air/lists/import', headers: h, payload: CSV }))
        .statusCode,
      403,
    );
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/air/lists', headers: h })).statusCode,
      403,
    );
  });
});
