/**
 * The checks over recorded data (五(一)) and the annual review (五(二)) on every database: each
 * check finds what it should — a started project with no workers, a worker outside the target
 * population, a key-post worker not trained first, unpaid wages past the pay day, a cash payment —
 * the review's figures follow from the records (worked out in the comments), by district and for
 * the municipal bureau; and the ledger and review exports carry masked numbers only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import {
  annualReview,
  confirmWages,
  createProject,
  enrolWorker,
  exportLedger,
  exportReview,
  payWages,
  recordMaintenanceJob,
  recordTraining,
  registerWorker,
  runChecks,
  saveAttendance,
} from './index.ts';
import { openFixture, PROJECT, rejection, testCard, testId, type Who } from './test-setup.ts';

const NOW = new Date('2026-08-20T02:00:00Z');
const IDS = [
  testId('110111', '19700101', 1),
  testId('110111', '19800202', 2),
  testId('110109', '19900303', 3),
];
const june = (workerId: number, days: number) =>
  Array.from({ length: days }, (_, i) => ({
    workerId,
    day: `2026-06-${String(i + 1).padStart(2, '0')}`,
    halfDays: 2,
  }));

for (const factory of testStores()) {
  describe(`work-relief checks and review on ${factory.name}`, () => {
    let store: Store;
    let who: Who;
    let road: number;
    let w: number[];
    before(async () => {
      ({ store, who } = await openFixture(factory));
      road = (
        await createProject(
          store,
          who.fangshan,
          { ...PROJECT, code: 'FS-1', dailyRate: '200', totalInvestment: '1000000', wageBudget: '100000' },
          NOW,
        )
      ).id;
      await createProject(
        store,
        who.fangshan,
        { ...PROJECT, code: 'FS-2', startOn: '2026-03-01', approvalStatesWorkRelief: false },
        NOW,
      );
      await createProject(store, who.mentougou, { ...PROJECT, code: 'MTG-1' }, NOW);
      w = [];
      const people = [
        { name: '甲', priorityGroups: ['disaster_relief'], beijingRural: true },
        { name: '乙', priorityGroups: [], beijingRural: true },
        { name: '丙', priorityGroups: [], beijingRural: false },
      ];
      for (const [i, p] of people.entries()) {
        const r = await registerWorker(
          store,
          who.fangshan,
          { ...p, residentId: IDS[i], village: '青龙湖村', bankCard: testCard(100 + i) },
          NOW,
        );
        w.push(r.worker.id);
        await enrolWorker(
          store,
          who.fangshan,
          road,
          {
            workerId: r.worker.id,
            post: i === 1 ? '钢筋工' : '普工',
            keyPost: i === 1,
            joinedOn: '2026-06-01',
          },
          NOW,
        );
      }
      await recordTraining(
        store,
        who.fangshan,
        road,
        {
          title: '岗前安全生产培训',
          kind: 'safety',
          heldOn: '2026-06-01',
          hours: 4,
          beforeJob: '普工',
          workerIds: [w[0], w[2]],
        },
        NOW,
      );
      // June: 甲 20 days, 乙 10, 丙 5 → 35 person-days; 200 元 a day → 7,000 元 due.
      await saveAttendance(
        store,
        who.fangshan,
        road,
        { entries: [...june(w[0]!, 20), ...june(w[1]!, 10), ...june(w[2]!, 5)] },
        NOW,
      );
      await confirmWages(
        store,
        who.fangshan,
        road,
        { workerId: w[0], period: '2026-06', amount: '4000', method: 'signature', confirmedOn: '2026-07-01' },
        NOW,
      );
      await payWages(
        store,
        who.fangshan,
        road,
        { workerId: w[0], period: '2026-06', amount: '4000', bankCard: testCard(100), paidOn: '2026-07-10' },
        NOW,
      );
      await confirmWages(
        store,
        who.fangshan,
        road,
        { workerId: w[2], period: '2026-06', amount: '1000', method: 'sms', confirmedOn: '2026-07-01' },
        NOW,
      );
      await payWages(
        store,
        who.fangshan,
        road,
        {
          workerId: w[2],
          period: '2026-06',
          amount: '1000',
          method: 'cash',
          exceptionReason: '本人银行卡挂失',
          paidOn: '2026-07-10',
        },
        NOW,
      );
      await recordMaintenanceJob(
        store,
        who.fangshan,
        road,
        { title: '道路日常养护', startsOn: '2026-08-01', workerId: w[0] },
        NOW,
      );
    });
    after(async () => {
      await store?.close();
    });

    test('each check finds what it should, with the clause quoted', async () => {
      const r = await runChecks(store, who.fangshan, { asOf: '2026-08-20' }, NOW);
      const found = r.findings.map((f) => [
        f.ruleId.split('/')[1],
        f.outcome,
        f.projectCode,
        f.subject.kind,
        f.subject.label.split(' ')[0],
      ]);
      assert.deepEqual(
        found.sort(),
        [
          ['project-employs-workers', 'ineligible', 'FS-2', 'project', 'FS-2'], // started 1 March, nobody
          ['requirement-in-documents', 'ineligible', 'FS-2', 'project', 'FS-2'], // approval silent
          ['target-population', 'ineligible', 'FS-1', 'worker', '丙'], // not rural
          ['training-before-work', 'ineligible', 'FS-1', 'worker', '乙'], // key post, untrained
          ['wages-paid', 'ineligible', 'FS-1', 'month', '乙'], // 2,000 元 unconfirmed, unpaid since 15 July
          ['wages-to-own-card', 'needs_review', 'FS-1', 'payment', '丙'], // cash, with a reason
        ].sort(),
      );
      const arrears = r.findings.find((f) => f.ruleId.endsWith('wages-paid'))!;
      assert.ok(
        arrears.reasons.some(
          (m) => m.zh === '拖欠 2000.00 元（应发 2000.00 元，已发 0.00 元），已逾期 36 天',
        ),
      );
      assert.ok(arrears.citations.some((c) => c.clause === '三(四)'));
      assert.equal(r.checked['jingfagai-2023-1336/target-population']?.decisions, 3);
      assert.equal(
        (await rejection(runChecks(store, who.mentougou, { projectId: road }, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
    });

    test('五(二): the review by project and district follows from the records', async () => {
      const r = await annualReview(store, who.fangshan, { year: 2026, asOf: '2026-08-20' }, NOW);
      assert.deepEqual(
        r.districts.map((d) => d.district),
        ['fangshan-district'],
      );
      const p = r.projects.find((x) => x.code === 'FS-1')!;
      // 5,000 of 1,000,000 元 investment = 0.5%; of the 100,000 元 budget = 5%; 1 of 3 in a priority group.
      assert.deepEqual(
        [p.workers, p.personDays, p.wagesDue, p.wagesPaid, p.investmentShare, p.budgetShare, p.arrears],
        [3, '35', '7000.00', '5000.00', '0.5%', '5%', '2000.00'],
      );
      assert.deepEqual(
        [p.priorityWorkers, p.priorityShare, p.ruralShare, p.trainedWorkers, p.trainings],
        [1, '33.33%', '66.67%', 2, 1],
      );
      assert.deepEqual([p.maintenanceJobs, p.maintenanceFromProject, p.findings, p.reviews], [1, 1, 3, 1]);
      assert.deepEqual([r.totals.projects, r.totals.wagesPaid, r.totals.findings], [2, '5000.00', 5]);
      const all = await annualReview(store, who.municipal, { year: 2026, asOf: '2026-08-20' }, NOW);
      assert.deepEqual(all.districts.map((d) => d.district).sort(), [
        'fangshan-district',
        'mentougou-district',
      ]);
      assert.equal(
        (await rejection(annualReview(store, who.outsider, { year: 2026 }, NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
    });

    test('the ledger prints as a clerk’s sheet, masked; the review exports both levels', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        (await exportLedger(store, who.fangshan, road, '2026-06', NOW)) as unknown as ExcelJS.Buffer,
      );
      const ws = wb.worksheets[0]!;
      assert.equal(ws.getCell('A1').value, '以工代赈劳务报酬发放台账');
      assert.equal(ws.getCell('A4').value, '序号');
      assert.equal(ws.getCell('M4').value, '本人签字');
      assert.deepEqual(
        [ws.getCell('B5').value, ws.getCell('G5').value, ws.getCell('J5').value],
        ['甲', '4000.00', '4000.00'],
      );
      assert.equal(ws.getCell('A8').value, '合计');
      assert.deepEqual([ws.getCell('G8').value, ws.getCell('J8').value], ['7000.00', '5000.00']);
      let text = '';
      ws.eachRow((row) => {
        text += JSON.stringify(row.values);
      });
      for (const id of IDS) assert.ok(!text.includes(id));
      assert.ok(text.includes(`110111********${IDS[0]!.slice(-4)}`));
      const review = new ExcelJS.Workbook();
      await review.xlsx.load(
        (await exportReview(
          store,
          who.municipal,
          { year: 2026, asOf: '2026-08-20' },
          NOW,
        )) as unknown as ExcelJS.Buffer,
      );
      assert.deepEqual(
        review.worksheets.map((s) => s.name),
        ['区汇总', '项目明细'],
      );
      assert.equal(review.worksheets[1]!.rowCount, 6); // title, header, three projects, the clause
    });
  });
}
