/**
 * @module services/work-relief/export-lists
 * The work-relief list pages as Excel workbooks: projects, the worker register, a month's
 * attendance. Each takes the list's own filters and reach (a district officer exports only his
 * district), and writes the list view's rows, so resident IDs, bank cards and phones are the masked
 * values the pages show and amounts the yuan strings formatted from fen.
 */
import { DOMAINS, PRIORITY_GROUPS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import { PROJECT_STATUSES } from '../../policies/jingfagai-2023-1336/project-workers.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { attendanceGrid, type GridRow } from './attendance.ts';
import { listProjects, type ProjectView } from './projects.ts';
import { listWorkers, type WorkerView } from './workers.ts';

const yes = (b: boolean) => (b ? '是' : '否');
const label = (table: Record<string, { zh: string }>, key: string) => table[key]?.zh ?? key;

const PROJECT_COLUMNS: readonly ExportColumn<ProjectView>[] = [
  { zh: '项目编号', en: 'Code', value: (p) => p.code },
  { zh: '项目名称', en: 'Name', value: (p) => p.name, width: 36 },
  { zh: '区', en: 'District', value: (p) => p.districtName.zh },
  { zh: '年度', en: 'Year', value: (p) => p.year, width: 8 },
  { zh: '领域', en: 'Domain', value: (p) => label(DOMAINS, p.domain) },
  { zh: '状态', en: 'Status', value: (p) => label(PROJECT_STATUSES, p.status) },
  { zh: '项目业主', en: 'Owner unit', value: (p) => p.ownerUnit, width: 30 },
  { zh: '施工单位', en: 'Contractor', value: (p) => p.contractor, width: 30 },
  { zh: '总投资（元）', en: 'Total investment (yuan)', value: (p) => p.totalInvestment },
  { zh: '劳务报酬（元）', en: 'Wage budget (yuan)', value: (p) => p.wageBudget },
  { zh: '日工资（元）', en: 'Daily rate (yuan)', value: (p) => p.dailyRate },
  { zh: '开工日期', en: 'Start', value: (p) => p.startOn },
  { zh: '完工日期', en: 'End', value: (p) => p.endOn },
  { zh: '更新时间', en: 'Updated', value: (p) => p.updatedAt, kind: 'instant' },
];

/** The projects the caller reaches, as {@link listProjects} with `filter` (year, district). */
export async function exportProjects(
  store: Store,
  actor: Actor,
  filter: { district?: unknown; year?: unknown } = {},
): Promise<Buffer> {
  return exportSheet('以工代赈项目', PROJECT_COLUMNS, await listProjects(store, actor, filter));
}

const WORKER_COLUMNS: readonly ExportColumn<WorkerView>[] = [
  { zh: '编号', en: 'No.', value: (w) => w.id, width: 8 },
  { zh: '姓名', en: 'Name', value: (w) => w.name },
  { zh: '身份证号（脱敏）', en: 'Resident ID (masked)', value: (w) => w.residentId, width: 22 },
  { zh: '区', en: 'District', value: (w) => w.districtName.zh },
  { zh: '乡镇', en: 'Town', value: (w) => w.town },
  { zh: '村', en: 'Village', value: (w) => w.village },
  { zh: '集体经济组织', en: 'Collective', value: (w) => w.collective },
  { zh: '班组', en: 'Team', value: (w) => w.team },
  { zh: '本市农村劳动力', en: 'Beijing rural', value: (w) => yes(w.beijingRural), width: 10 },
  {
    zh: '重点群体',
    en: 'Priority groups',
    value: (w) => w.priorityGroups.map((g) => label(PRIORITY_GROUPS, g)).join('、'),
    width: 30,
  },
  { zh: '银行卡号（脱敏）', en: 'Bank card (masked)', value: (w) => w.bankCard, width: 24 },
  { zh: '开户行', en: 'Bank', value: (w) => w.bankName },
  { zh: '电话（脱敏）', en: 'Phone (masked)', value: (w) => w.phone },
];

/** The register as {@link listWorkers} with `filter` (name, project): masked as every answer is. */
export async function exportWorkers(
  store: Store,
  actor: Actor,
  filter: { q?: unknown; projectId?: unknown } = {},
): Promise<Buffer> {
  return exportSheet('以工代赈务工人员', WORKER_COLUMNS, await listWorkers(store, actor, filter));
}

/** A month's attendance grid (日常考勤): one row per worker, a column per day in half-days. */
export async function exportAttendance(
  store: Store,
  actor: Actor,
  projectId: number,
  period: unknown,
  now = new Date(),
): Promise<Buffer> {
  const grid = await attendanceGrid(store, actor, projectId, period, now);
  const columns: ExportColumn<GridRow>[] = [
    { zh: '姓名', en: 'Name', value: (r) => r.name },
    { zh: '身份证号（脱敏）', en: 'Resident ID (masked)', value: (r) => r.residentId, width: 22 },
    { zh: '岗位', en: 'Post', value: (r) => r.post },
    { zh: '日工资（元）', en: 'Daily rate (yuan)', value: (r) => r.dailyRate },
    ...grid.days.map(
      (d): ExportColumn<GridRow> => ({
        zh: `${Number(d.slice(8))}日`,
        en: d.slice(5),
        value: (r) => r.cells[d] ?? null,
        width: 7,
      }),
    ),
    { zh: '合计（半日）', en: 'Half-days', value: (r) => r.halfDays, width: 10 },
    { zh: '应发（元）', en: 'Due (yuan)', value: (r) => r.due },
    { zh: '已确认', en: 'Confirmed', value: (r) => yes(r.locked), width: 8 },
  ];
  return exportSheet(`考勤 ${grid.period}`, columns, grid.rows);
}
