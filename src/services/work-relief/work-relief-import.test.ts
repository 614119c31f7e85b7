/**
 * Imports with bad rows (1336号 三(二) 台账登记, 日常考勤): the good rows land together, each bad row
 * is reported with its row, column and reason (personal numbers masked), and nothing of a bad row is
 * written — on every database. Also the templates: an exported template reads back and imports.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import {
  attendanceGrid,
  attendanceTemplate,
  createProject,
  importAttendance,
  importWorkers,
  registerWorker,
  roster,
  workerTemplate,
} from './index.ts';
import { openFixture, PROJECT, testCard, testId, type Who } from './test-setup.ts';

const NOW = new Date('2026-07-20T02:00:00Z');
const A = testId('110111', '19700101', 11);
const B = testId('110111', '19800202', 22);
const C = testId('110111', '19900303', 33);
const KNOWN = testId('110111', '19600404', 44);
const badCheck = (id: string) => `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}`;

for (const factory of testStores()) {
  describe(`work-relief imports on ${factory.name}`, () => {
    let store: Store;
    let who: Who;
    let projectId: number;
    before(async () => {
      ({ store, who } = await openFixture(factory));
      projectId = (await createProject(store, who.fangshan, { ...PROJECT, code: 'FS-2026-101' }, NOW)).id;
      await registerWorker(
        store,
        who.fangshan,
        { name: '赵老四', residentId: KNOWN, village: '二龙岗村', bankCard: testCard(40) },
        NOW,
      );
    });
    after(async () => {
      await store?.close();
    });

    test('workers: good rows land, every bad row is reported, none half-written', async () => {
      const csv = [
        '姓名,身份证号,行政村,本市农村劳动力,优先群体,银行卡号,岗位,关键岗位',
        `甲一,${A},二龙岗村,是,因灾需救助群体,${testCard(11)},普工,否`,
        `乙二,${badCheck(B)},二龙岗村,是,,${testCard(12)},普工,否`,
        `丙三,${C},二龙岗村,是,没有这个群体,${testCard(13)},普工,否`,
        `丁四,${B},二龙岗村,否,,12345,普工,否`,
        `甲一,${A},二龙岗村,是,,${testCard(14)},普工,否`,
        `赵老四,${KNOWN},二龙岗村,是,,${testCard(40)},钢筋工,是`,
        `戊五,${C},,是,,${testCard(15)},普工,否`,
      ].join('\n');
      const before = (await store.db.selectFrom('wr_workers').select('id').execute()).length;
      const r = await importWorkers(
        store,
        who.fangshan,
        { data: Buffer.from(csv), format: 'csv', projectId },
        NOW,
      );
      assert.equal(r.registered, 1);
      assert.equal(r.enrolled, 2); // 甲一 registered and enrolled; 赵老四 (already registered) enrolled
      assert.deepEqual(
        r.errors.map((e) => [e.row, e.field]),
        [
          [3, 'residentId'],
          [4, 'priorityGroups[0]'],
          [5, 'bankCard'],
          [6, 'residentId'],
          [8, 'village'],
        ],
      );
      // Each reason in both languages, numbers masked.
      const dupRow = r.errors.find((e) => e.row === 6)!;
      assert.match(dupRow.messageZh, /与第 2 行重复/);
      assert.ok(r.errors.every((e) => !JSON.stringify(e).includes(B) && !JSON.stringify(e).includes(C)));
      assert.equal((await store.db.selectFrom('wr_workers').select('id').execute()).length, before + 1);
      assert.deepEqual(
        (await roster(store, who.fangshan, projectId)).map((l) => [l.worker.name, l.post, l.keyPost]),
        [
          ['甲一', '普工', false],
          ['赵老四', '钢筋工', true],
        ],
      );
    });

    test('workers without a project: an already registered person is a duplicate row', async () => {
      const csv = ['姓名,身份证号,行政村,银行卡号', `赵老四,${KNOWN},二龙岗村,${testCard(40)}`].join('\n');
      const r = await importWorkers(store, who.fangshan, { data: Buffer.from(csv), format: 'csv' }, NOW);
      assert.deepEqual([r.registered, r.errors.map((e) => [e.row, e.field])], [0, [[2, 'residentId']]]);
    });

    test('the worker template (xlsx) reads back and imports', async () => {
      const r = await importWorkers(
        store,
        who.mentougou,
        { data: await workerTemplate(), format: 'xlsx' },
        NOW,
      );
      assert.deepEqual([r.registered, r.errors], [1, []]);
    });

    test('attendance: a row with one bad day writes none of its days; good rows land', async () => {
      const [jia, zhao] = (await roster(store, who.fangshan, projectId)).map((l) => l.worker.id);
      const head = ['编号', '姓名', '月份', ...Array.from({ length: 31 }, (_, i) => String(i + 1))].join(',');
      const days = (cells: Record<number, string>) =>
        Array.from({ length: 31 }, (_, i) => cells[i + 1] ?? '').join(',');
      const csv = [
        head,
        `${jia},甲一,2026-06,${days({ 1: '√', 2: '√', 3: '半', 4: '×' })}`,
        `${zhao},赵老四,2026-06,${days({ 1: '√', 2: '√', 31: '√' })}`,
        `${zhao},赵老五,2026-05,${days({ 6: '√' })}`,
        `${jia},甲一,2026-05,${days({ 5: '√', 6: '好' })}`,
        `9999,无名,2026-06,${days({ 1: '√' })}`,
        `${zhao},赵老四,2026-07,${days({ 1: '√', 20: '半' })}`,
      ].join('\n');
      const r = await importAttendance(
        store,
        who.fangshan,
        projectId,
        { data: Buffer.from(csv), format: 'csv' },
        NOW,
      );
      assert.deepEqual([r.rows, r.cells], [2, 6]);
      assert.deepEqual(
        r.errors.map((e) => [e.row, e.field]),
        [
          [3, 'd31'],
          [4, 'name'],
          [5, 'd6'],
          [6, 'workerId'],
        ],
      );
      const june = await attendanceGrid(store, who.fangshan, projectId, '2026-06', NOW);
      assert.deepEqual(
        june.rows.map((x) => [x.name, x.halfDays]),
        [
          ['甲一', 5],
          ['赵老四', 0],
        ],
      );
      const july = await attendanceGrid(store, who.fangshan, projectId, '2026-07', NOW);
      assert.deepEqual(
        july.rows.map((x) => x.halfDays),
        [0, 3],
      );
      assert.equal(
        (await store.db.selectFrom('wr_attendance').selectAll().where('day', 'like', '2026-05-%').execute())
          .length,
        0,
      );
    });

    test('the attendance template is the month’s roster with what is entered; filled in, it imports', async () => {
      const data = await attendanceTemplate(store, who.fangshan, projectId, '2026-06', NOW);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
      const ws = wb.worksheets[0]!;
      assert.deepEqual(
        [ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('D1').value],
        ['编号', '姓名', '1'],
      );
      assert.deepEqual(
        [ws.getCell('B2').value, ws.getCell('D2').value, ws.getCell('F2').value],
        ['甲一', '√', '半'],
      );
      ws.getCell('E3').value = '√'; // 赵老四, 2 June
      const filled = Buffer.from(await wb.xlsx.writeBuffer());
      const r = await importAttendance(store, who.fangshan, projectId, { data: filled, format: 'xlsx' }, NOW);
      assert.deepEqual([r.rows, r.errors], [2, []]);
      const june = await attendanceGrid(store, who.fangshan, projectId, '2026-06', NOW);
      assert.deepEqual(
        june.rows.map((x) => x.halfDays),
        [5, 2],
      );
    });
  });
}
