/**
 * @module services/catalog/exports
 * The policy library page as an Excel workbook: the policies as {@link listPolicies} lists them on
 * `asOf`, with the same search and status filters.
 */
import type { CalendarDate } from '../../engine/period.ts';
import type { PolicyStatus } from '../../policies/types.ts';
import type { Actor } from '../accounts/index.ts';
import { type ExportColumn, exportSheet } from '../shared/excel.ts';
import { listPolicies, type PolicySummaryView } from './index.ts';

const COLUMNS: readonly ExportColumn<PolicySummaryView>[] = [
  { zh: '文号', en: 'Number', value: (p) => p.number, width: 24 },
  { zh: '标题', en: 'Title', value: (p) => p.title.zh, width: 48 },
  { zh: '英文标题', en: 'Title (English)', value: (p) => p.title.en, width: 48 },
  { zh: '发文机关', en: 'Issuers', value: (p) => p.issuers.map((i) => i.zh).join('、'), width: 30 },
  { zh: '成文日期', en: 'Signed', value: (p) => p.signedOn },
  { zh: '施行日期', en: 'In force from', value: (p) => p.validity.from },
  { zh: '有效期至', en: 'In force until', value: (p) => p.validity.to ?? null },
  { zh: '状态', en: 'Status', value: (p) => `${p.statusLabel.zh} ${p.statusLabel.en}`, width: 20 },
  { zh: '规则数', en: 'Rules', value: (p) => p.ruleCount, width: 8 },
  { zh: '公报页码', en: 'Gazette page', value: (p) => p.gazettePage, width: 10 },
  { zh: '标识', en: 'Id', value: (p) => p.id, width: 24 },
];

/** The policies on `asOf`, filtered as the library page filters them. */
export function exportPolicies(
  actor: Actor,
  asOf: CalendarDate,
  opts: { q?: string; status?: PolicyStatus } = {},
): Promise<Buffer> {
  return exportSheet('政策库', COLUMNS, listPolicies(actor, asOf, opts));
}
