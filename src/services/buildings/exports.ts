/**
 * @module services/buildings/exports
 * The building projects page as an Excel workbook: every project for officials, an enterprise's
 * own, as {@link listBuildingProjects} gives them; and the project records behind the targets of 四.
 */

import type { CalendarDate } from '../../engine/period.ts';
import { TARGET_RECORD_KIND_LABELS } from '../../policies/jingjiguanfa-2023-30/targets.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { type BuildingProjectView, listBuildingProjects } from './projects.ts';
import { type BuildingTargetsView, buildingTargets } from './targets.ts';

const COLUMNS: readonly ExportColumn<BuildingProjectView>[] = [
  { zh: '项目编号', en: 'Code', value: (p) => p.code },
  { zh: '项目名称', en: 'Name', value: (p) => p.name, width: 36 },
  { zh: '主管部门', en: 'Department', value: (p) => p.department, width: 24 },
  { zh: '统一社会信用代码', en: 'Credit code', value: (p) => p.creditCode, width: 22 },
  {
    zh: '计入目标',
    en: 'Counts towards',
    value: (p) => TARGET_RECORD_KIND_LABELS[p.targetKind]?.zh ?? p.targetKind,
    width: 30,
  },
  { zh: '建筑面积（m²）', en: 'Floor area (m²)', value: (p) => p.areaSqm },
  { zh: '立项日期', en: 'Approved', value: (p) => (p.facts.approvalDate as string | undefined) ?? null },
  { zh: '竣工日期', en: 'Completed', value: (p) => p.completedOn },
  { zh: '更新时间', en: 'Updated', value: (p) => p.updatedAt, kind: 'instant', width: 20 },
];

/** The building projects the caller may list. */
export async function exportBuildingProjects(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('绿色建筑项目', COLUMNS, await listBuildingProjects(store, actor));
}

type TargetRecord = BuildingTargetsView['projects'][number];

const kindLabel = (kind: string) =>
  TARGET_RECORD_KIND_LABELS[kind as keyof typeof TARGET_RECORD_KIND_LABELS]?.zh ?? kind;

const TARGET_COLUMNS: readonly ExportColumn<TargetRecord>[] = [
  { zh: '项目编号', en: 'Code', value: (p) => p.code },
  { zh: '项目名称', en: 'Name', value: (p) => p.name, width: 36 },
  { zh: '计入目标', en: 'Counts towards', value: (p) => kindLabel(p.kind), width: 30 },
  { zh: '建筑面积（m²）', en: 'Floor area (m²)', value: (p) => p.areaSqm },
  { zh: '竣工日期', en: 'Completed', value: (p) => p.completedOn },
];

/** The project records of the targets page (every project, completed or planned), as {@link buildingTargets}. */
export async function exportBuildingTargets(store: Store, actor: Actor, asOf: CalendarDate): Promise<Buffer> {
  const { projects } = await buildingTargets(store, actor, asOf);
  return exportSheet('绿色建筑目标台账', TARGET_COLUMNS, projects);
}
