/**
 * @module web/lib/air-lists
 * The emission-reduction and guarantee lists (29号 附件3) as the list page reads them: the shapes
 * of `GET /api/v1/air/lists` and of an import's answer, the spreadsheet columns the import
 * accepts, the page's filters, and the content type a chosen file is sent with.
 */
import type { Bilingual } from '../api.ts';
import type { AlertLevel } from './air-types.ts';

export type ListKind = 'enterprise' | 'site';
export const LIST_KINDS: readonly ListKind[] = ['enterprise', 'site'];

/** Performance grades (绩效分级): A–D, and leading or not for the sectors graded that way. */
export type ListGrade = 'A' | 'B' | 'C' | 'D' | 'leading' | 'non_leading';
export const LIST_GRADES: readonly ListGrade[] = ['A', 'B', 'C', 'D', 'leading', 'non_leading'];

/** One enterprise or site on the lists, with its measures per alert level (一厂一策). */
export interface ListEntry {
  readonly id: number;
  readonly kind: ListKind;
  readonly creditCode: string | null;
  readonly name: Bilingual;
  readonly sector: string;
  /** A department code; its name comes from `/api/v1/departments`. */
  readonly ownerDepartment: string;
  readonly grade: string | null;
  readonly guarantee: boolean;
  readonly measures: Readonly<Partial<Record<AlertLevel, string>>>;
}

/** One rejected row of an import (the header is row 1). */
export interface ListRowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface ListImportResult {
  readonly added: number;
  readonly errors: readonly ListRowError[];
}

/** The import's columns in sheet order: the field key and the Chinese header (the export's). */
export const LIST_COLUMNS: readonly { readonly key: string; readonly header: string }[] = [
  { key: 'kind', header: '类型' },
  { key: 'creditCode', header: '统一社会信用代码' },
  { key: 'name', header: '名称' },
  { key: 'nameEn', header: '英文名称' },
  { key: 'sector', header: '行业' },
  { key: 'ownerDepartment', header: '主管部门' },
  { key: 'grade', header: '绩效等级' },
  { key: 'guarantee', header: '保障清单' },
  { key: 'yellow', header: '黄色预警措施' },
  { key: 'orange', header: '橙色预警措施' },
  { key: 'red', header: '红色预警措施' },
];

/** The sheet header of a field an import error names (`creditCode` → 统一社会信用代码), or null. */
export function columnHeader(field: string): string | null {
  return LIST_COLUMNS.find((c) => c.key === field)?.header ?? null;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/** The content type to send a chosen file with: by its extension, else its own type; null if neither fits. */
export function uploadTypeOf(file: { readonly name: string; readonly type: string }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return CSV_TYPE;
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (file.type === CSV_TYPE || file.type === XLSX_TYPE) return file.type;
  return null;
}

/** A rejected value as text: empty for nothing, strings as they are, anything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** The measures an entry has, mildest level first. */
export function entryMeasures(entry: ListEntry): [AlertLevel, string][] {
  const out: [AlertLevel, string][] = [];
  for (const level of ['yellow', 'orange', 'red'] as const) {
    const text = entry.measures[level];
    if (text) out.push([level, text]);
  }
  return out;
}

export interface ListFilter {
  readonly kind: ListKind | 'all';
  /** A sector, or '' for all. */
  readonly sector: string;
  /** A department code, or '' for all. */
  readonly owner: string;
  /** A grade, 'none' for ungraded entries, or '' for all. */
  readonly grade: string;
  readonly guarantee: 'all' | 'yes' | 'no';
  /** Matched, case-insensitively, against both names, the credit code, the sector and the department. */
  readonly text: string;
}

export const NO_FILTER: ListFilter = {
  kind: 'all',
  sector: '',
  owner: '',
  grade: '',
  guarantee: 'all',
  text: '',
};

/** The entries that pass the filter, in the API's order; `departments` lends the text search their names. */
export function filterEntries(
  entries: readonly ListEntry[],
  f: ListFilter,
  departments: ReadonlyMap<string, Bilingual> = new Map(),
): ListEntry[] {
  const q = f.text.trim().toLowerCase();
  return entries.filter((e) => {
    if (f.kind !== 'all' && e.kind !== f.kind) return false;
    if (f.sector && e.sector !== f.sector) return false;
    if (f.owner && e.ownerDepartment !== f.owner) return false;
    if (f.grade === 'none' ? e.grade !== null : f.grade && e.grade !== f.grade) return false;
    if (f.guarantee !== 'all' && e.guarantee !== (f.guarantee === 'yes')) return false;
    if (!q) return true;
    const dept = departments.get(e.ownerDepartment);
    return [
      e.name.zh,
      e.name.en,
      e.creditCode ?? '',
      e.sector,
      e.ownerDepartment,
      dept?.zh ?? '',
      dept?.en ?? '',
    ].some((s) => s.toLowerCase().includes(q));
  });
}

/** The choices the filters offer: the sectors, departments and grades the entries have. */
export function filterChoices(entries: readonly ListEntry[]): {
  sectors: string[];
  owners: string[];
  grades: string[];
} {
  const sectors = [...new Set(entries.map((e) => e.sector))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const owners = [...new Set(entries.map((e) => e.ownerDepartment))].sort();
  const present = new Set(entries.map((e) => e.grade));
  const grades: string[] = LIST_GRADES.filter((g) => present.has(g));
  // A grade the page does not know yet still gets its choice, after the known ones.
  for (const g of present) if (g !== null && !grades.includes(g)) grades.push(g);
  if (present.has(null)) grades.push('none');
  return { sectors, owners, grades };
}

/** True for a grade the page has a label for. */
export function isListGrade(value: string): value is ListGrade {
  return (LIST_GRADES as readonly string[]).includes(value);
}
