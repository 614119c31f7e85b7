/**
 * @module services/work-relief/exports
 * The Excel workbooks of work relief: the month's wage ledger laid out the way a site clerk prints
 * it for the workers to sign (title, project block, one row per worker with masked ID and card, a
 * blank 本人签字 column, totals, the clause, signature lines; A4 landscape, header repeated on every
 * page), and the annual review (districts, then projects). Built with exceljs directly for the print
 * layout that `shared/excel.ts`'s one-table sheets cannot express; every text cell goes through its
 * `safeCell` against formula injection. Amounts are yuan text with two decimals, as the API gives them.
 */
import ExcelJS from 'exceljs';
import { shanghaiDate } from '../../engine/period.ts';
import { LEDGER_CITATION } from '../../policies/jingfagai-2023-1336/citations.ts';
import { CONFIRMATION_METHODS, DOMAINS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { safeCell } from '../shared/excel.ts';
import { districtName } from './access.ts';
import { monthField } from './input.ts';
import { ledgerOf } from './ledger.ts';
import { projectInReach } from './projects.ts';
import { annualReview } from './review.ts';

type Cell = string | number | null;
const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function addRow(ws: ExcelJS.Worksheet, values: readonly Cell[]): ExcelJS.Row {
  return ws.addRow(values.map((v) => safeCell(v)));
}

function titleRow(ws: ExcelJS.Worksheet, text: string, width: number, size = 16): void {
  const row = addRow(ws, [text]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.font = { bold: true, size };
  row.alignment = { horizontal: 'center', vertical: 'middle' };
  row.height = size + 10;
}

function lineRow(ws: ExcelJS.Worksheet, text: string, width: number): void {
  const row = addRow(ws, [text]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.alignment = { wrapText: true, vertical: 'top' };
}

const LEDGER_HEADERS = [
  '序号',
  '姓名',
  '身份证号',
  '行政村',
  '出勤天数',
  '日工资（元）',
  '应发金额（元）',
  '确认日期',
  '确认方式',
  '实发金额（元）',
  '最近发放日期',
  '银行卡号',
  '本人签字',
];
const LEDGER_WIDTHS = [6, 10, 21, 12, 9, 11, 13, 12, 10, 13, 13, 22, 14];

/** The month's ledger of a project as a printable workbook. */
export async function exportLedger(
  store: Store,
  actor: Actor,
  projectId: number,
  periodInput: unknown,
  now = new Date(),
): Promise<Buffer> {
  const p = await projectInReach(store, actor, 'work-relief.read', projectId);
  const l = await ledgerOf(store, p, monthField(periodInput, 'period'), shanghaiDate(now));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengce';
  const ws = wb.addWorksheet('劳务报酬发放台账', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
  });
  const n = LEDGER_HEADERS.length;
  titleRow(ws, '以工代赈劳务报酬发放台账', n);
  lineRow(
    ws,
    `项目：${p.code} ${p.name}　　所属区：${districtName(p.district).zh}　　领域：${DOMAINS[p.domain as keyof typeof DOMAINS]?.zh ?? p.domain}　　月份：${l.period}`,
    n,
  );
  lineRow(
    ws,
    `项目业主单位：${p.owner_unit}　　施工单位：${p.contractor ?? '—'}　　应发日期：${l.lines[0]?.payDueOn ?? '—'}　　制表日期：${l.asOf}`,
    n,
  );
  const header = addRow(ws, LEDGER_HEADERS);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  l.lines.forEach((x, i) => {
    const method = x.confirmationMethod
      ? (CONFIRMATION_METHODS[x.confirmationMethod as keyof typeof CONFIRMATION_METHODS]?.zh ??
        x.confirmationMethod)
      : '未确认';
    const row = addRow(ws, [
      i + 1,
      x.name,
      x.residentId,
      x.village,
      x.days,
      x.dailyRate,
      x.due,
      x.confirmedOn,
      method,
      x.paid,
      x.lastPaidOn,
      x.bankCard,
      null,
    ]);
    row.height = 24;
  });
  const total = addRow(ws, [
    '合计',
    null,
    `${l.lines.length} 人`,
    null,
    String(l.totals.halfDays / 2),
    null,
    l.totals.due,
    null,
    null,
    l.totals.paid,
    null,
    `未发 ${l.totals.outstanding} 元`,
    null,
  ]);
  total.font = { bold: true };
  for (let r = header.number; r <= total.number; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (c, col) => {
      if (col <= n) c.border = BOX;
      if ([5, 6, 7, 10].includes(col) && r > header.number) c.alignment = { horizontal: 'right' };
    });
  }
  lineRow(ws, `依据：京发改〔2023〕1336号 三(四)　“${LEDGER_CITATION.quote}”`, n);
  lineRow(ws, '身份证号、银行卡号已脱敏。本人签字即确认出勤天数及应发金额。', n);
  addRow(ws, []);
  lineRow(
    ws,
    '制表人（施工单位）：______________　　复核人（项目业主单位）：______________　　日期：______________',
    n,
  );
  LEDGER_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const REVIEW_HEADERS = [
  '项目数',
  '务工人数',
  '优先群体人数',
  '优先群体占比',
  '本市农村劳动力占比',
  '用工（人日）',
  '总投资（元）',
  '劳务报酬预算（元）',
  '应发劳务报酬（元）',
  '已发劳务报酬（元）',
  '劳务报酬占总投资比例',
  '预算执行率',
  '拖欠（元）',
  '参训人数',
  '培训场次',
  '管护岗位',
  '其中本项目务工人员',
  '问题',
  '待核实',
];

/** The annual review as a workbook: districts (with the total), then projects. */
export async function exportReview(
  store: Store,
  actor: Actor,
  filter: { year?: unknown; district?: unknown; asOf?: unknown },
  now = new Date(),
): Promise<Buffer> {
  const r = await annualReview(store, actor, filter, now);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengce';
  const fig = (f: (typeof r)['totals']): Cell[] => [
    f.projects,
    f.workers,
    f.priorityWorkers,
    f.priorityShare,
    f.ruralShare,
    f.personDays,
    f.totalInvestment,
    f.wageBudget,
    f.wagesDue,
    f.wagesPaid,
    f.investmentShare,
    f.budgetShare,
    f.arrears,
    f.trainedWorkers,
    f.trainings,
    f.maintenanceJobs,
    f.maintenanceFromProject,
    f.findings,
    f.reviews,
  ];
  const sheet = (name: string, lead: string[], rows: Cell[][]) => {
    const ws = wb.addWorksheet(name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const width = lead.length + REVIEW_HEADERS.length;
    titleRow(ws, `${r.year}年度以工代赈工作总结评估（截至 ${r.asOf}）`, width, 14);
    const h = addRow(ws, [...lead, ...REVIEW_HEADERS]);
    h.font = { bold: true };
    h.alignment = { wrapText: true, vertical: 'middle' };
    for (const row of rows) addRow(ws, row);
    lineRow(
      ws,
      '依据：京发改〔2023〕1336号 五(二)　“发展改革、农业农村部门要对以工代赈政策落实和项目实施情况开展年度总结评估。”',
      width,
    );
    ws.columns.forEach((c) => {
      c.width = 14;
    });
  };
  sheet(
    '区汇总',
    ['区'],
    [...r.districts.map((d) => [d.districtName.zh, ...fig(d)]), ['合计', ...fig(r.totals)]],
  );
  sheet(
    '项目明细',
    ['区', '项目编号', '项目名称', '灾后恢复重建'],
    r.projects.map((p) => [
      districtName(p.district).zh,
      p.code,
      p.name,
      p.postDisaster ? '是' : '否',
      ...fig(p),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
