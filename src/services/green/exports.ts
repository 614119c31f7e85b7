/**
 * @module services/green/exports
 * The green-fund list pages as Excel workbooks: applications (with the list's filters and scope:
 * an enterprise its own, an official his bureau's queue), the imported grant lists and the grant
 * runs. Amounts are the yuan strings the views format from integer fen.
 */
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { type ApplicationView, listApplications } from './applications.ts';
import { LIST_KINDS, listGrantLists, listRuns } from './grants.ts';

const APPLICATION_COLUMNS: readonly ExportColumn<ApplicationView>[] = [
  { zh: '申报编号', en: 'Number', value: (a) => a.number, width: 20 },
  { zh: '统一社会信用代码', en: 'Credit code', value: (a) => a.creditCode, width: 22 },
  { zh: '支持项目', en: 'Rule', value: (a) => a.ruleId, width: 26 },
  { zh: '主管部门', en: 'Department', value: (a) => a.department, width: 24 },
  { zh: '项目编号', en: 'Project ref', value: (a) => a.projectRef },
  { zh: '项目名称', en: 'Project', value: (a) => a.projectName, width: 36 },
  { zh: '状态', en: 'State', value: (a) => a.state },
  { zh: '测算结果', en: 'Outcome', value: (a) => a.outcome },
  { zh: '测算金额（元）', en: 'Amount (yuan)', value: (a) => a.amount },
  { zh: '核定金额（元）', en: 'Approved (yuan)', value: (a) => a.approvedAmount },
  { zh: '预算年度', en: 'Budget year', value: (a) => a.budgetYear, width: 10 },
  { zh: '创建时间', en: 'Created', value: (a) => a.createdAt, kind: 'instant', width: 20 },
  { zh: '更新时间', en: 'Updated', value: (a) => a.updatedAt, kind: 'instant', width: 20 },
];

/** Applications as {@link listApplications} with `filter` (state, department, creditCode, limit). */
export async function exportApplications(
  store: Store,
  actor: Actor,
  filter: { state?: string; department?: string; creditCode?: string; limit?: number } = {},
): Promise<Buffer> {
  return exportSheet('绿色发展资金申报', APPLICATION_COLUMNS, await listApplications(store, actor, filter));
}

type GrantList = Awaited<ReturnType<typeof listGrantLists>>[number];
const kindLabel = (kind: string) => LIST_KINDS[kind as keyof typeof LIST_KINDS]?.zh ?? kind;

const LIST_COLUMNS: readonly ExportColumn<GrantList>[] = [
  { zh: '编号', en: 'No.', value: (l) => l.id, width: 8 },
  { zh: '名单类型', en: 'Kind', value: (l) => kindLabel(l.kind), width: 30 },
  { zh: '支持项目', en: 'Rule', value: (l) => l.ruleId, width: 26 },
  { zh: '主管部门', en: 'Department', value: (l) => l.department, width: 24 },
  { zh: '标题', en: 'Title', value: (l) => l.title, width: 36 },
  { zh: '来源文件', en: 'Source file', value: (l) => l.sourceName, width: 24 },
  { zh: '行数', en: 'Rows', value: (l) => l.rows, width: 8 },
  { zh: '导入人', en: 'Imported by', value: (l) => l.importedBy },
  { zh: '导入时间', en: 'Imported at', value: (l) => l.importedAt, kind: 'instant', width: 20 },
];

/** The imported grant lists (免申即享 sources), as {@link listGrantLists}. */
export async function exportGrantLists(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('免申即享名单', LIST_COLUMNS, await listGrantLists(store, actor));
}

type Run = Awaited<ReturnType<typeof listRuns>>[number];

const RUN_COLUMNS: readonly ExportColumn<Run>[] = [
  { zh: '批次编号', en: 'Number', value: (r) => r.number, width: 20 },
  { zh: '测算基准日', en: 'As of', value: (r) => r.asOf },
  { zh: '状态', en: 'State', value: (r) => r.state },
  { zh: '名单', en: 'Lists', value: (r) => r.listIds.join(', ') },
  { zh: '行数', en: 'Rows', value: (r) => r.summary.rows, width: 8 },
  { zh: '给予', en: 'Granted', value: (r) => r.summary.granted, width: 8 },
  { zh: '已给予', en: 'Already granted', value: (r) => r.summary.alreadyGranted, width: 8 },
  { zh: '不符合', en: 'Ineligible', value: (r) => r.summary.ineligible, width: 8 },
  { zh: '待复核', en: 'Needs review', value: (r) => r.summary.needsReview, width: 8 },
  { zh: '暂缓', en: 'Held', value: (r) => r.summary.held, width: 8 },
  { zh: '合计（元）', en: 'Total (yuan)', value: (r) => r.summary.total },
  { zh: '发起人', en: 'Created by', value: (r) => r.createdBy },
  { zh: '发起时间', en: 'Created at', value: (r) => r.createdAt, kind: 'instant', width: 20 },
  { zh: '审定人', en: 'Decided by', value: (r) => r.decidedBy },
  { zh: '审定时间', en: 'Decided at', value: (r) => r.decidedAt, kind: 'instant', width: 20 },
];

/** The grant runs, as {@link listRuns}. */
export async function exportGrantRuns(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('免申即享批次', RUN_COLUMNS, await listRuns(store, actor));
}
