/**
 * @module services/heating/exports
 * The heating projects page as an Excel workbook: the projects the caller may list (a department
 * its own, an operator its own, the admin all), as {@link listHeatingProjects} gives them; and the
 * statistics bureau's yearly figures behind the targets of 一(三).
 */
import type { CalendarDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { type AreaFigure, heatingTargets } from './figures.ts';
import { type HeatingProjectView, listHeatingProjects } from './projects.ts';

const COLUMNS: readonly ExportColumn<HeatingProjectView>[] = [
  { zh: '项目编号', en: 'Code', value: (p) => p.code },
  { zh: '项目名称', en: 'Name', value: (p) => p.name, width: 36 },
  {
    zh: '技术路线',
    en: 'Technology',
    value: (p) => `${p.technologyLabel.zh} ${p.technologyLabel.en}`,
    width: 30,
  },
  { zh: '主管部门', en: 'Department', value: (p) => p.department, width: 24 },
  { zh: '统一社会信用代码', en: 'Credit code', value: (p) => p.creditCode, width: 22 },
  { zh: '运营单位', en: 'Operator', value: (p) => p.enterpriseName, width: 30 },
  { zh: '供热面积（m²）', en: 'Heated area (m²)', value: (p) => p.heatedAreaM2 },
  { zh: '投运日期', en: 'Commissioned', value: (p) => p.commissionedOn },
  { zh: '读数条数', en: 'Readings', value: (p) => p.readings.count, width: 10 },
  { zh: '首次读数', en: 'First reading', value: (p) => p.readings.first, kind: 'instant', width: 20 },
  { zh: '最近读数', en: 'Last reading', value: (p) => p.readings.last, kind: 'instant', width: 20 },
];

/** The heating projects the caller may list. */
export async function exportHeatingProjects(store: Store, actor: Actor): Promise<Buffer> {
  return exportSheet('新能源供热项目', COLUMNS, await listHeatingProjects(store, actor));
}

const FIGURE_COLUMNS: readonly ExportColumn<AreaFigure>[] = [
  { zh: '年度', en: 'Year', value: (f) => f.year, width: 8 },
  {
    zh: '新能源供热面积（m²）',
    en: 'New-energy heated area (m²)',
    value: (f) => f.newEnergyAreaM2,
    width: 24,
  },
  { zh: '供热总面积（m²）', en: 'Total heated area (m²)', value: (f) => f.totalAreaM2, width: 24 },
  { zh: '说明', en: 'Note', value: (f) => f.note, width: 36 },
  { zh: '填报人', en: 'Entered by', value: (f) => f.enteredBy },
  { zh: '填报时间', en: 'Entered at', value: (f) => f.enteredAt, kind: 'instant', width: 20 },
];

/** The yearly heated-area figures of the targets page, as {@link heatingTargets} reads them. */
export async function exportHeatingFigures(store: Store, actor: Actor, asOf: CalendarDate): Promise<Buffer> {
  const { figures } = await heatingTargets(store, actor, asOf);
  return exportSheet('供热面积统计', FIGURE_COLUMNS, figures);
}
