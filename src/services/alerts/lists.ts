/**
 * @module services/alerts/lists
 * The emission-reduction lists of 29号 附件3 (enterprises and construction sites by sector, each
 * owned by a department, with a performance grade and per-level measures, 一厂一策) and the
 * guarantee lists (保障清单) exempt from the measures. Entries come one by one through the API or
 * in bulk from Excel or CSV: each row is checked, the good rows land together in one transaction,
 * and every bad row is reported with its row number, field, value and reason.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { DEPARTMENTS, findDepartmentByName } from '../../policies/departments.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import type { AirListEntryTable } from '../../store/schema.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { acceptCreditCode } from '../shared/credit-code.ts';
import { type Column, readSheet, type SheetFormat, writeSheet } from '../shared/excel.ts';

/** An entry as given (API body or spreadsheet row). */
export interface ListEntryInput {
  readonly kind?: unknown;
  readonly creditCode?: unknown;
  readonly name?: unknown;
  readonly nameEn?: unknown;
  readonly sector?: unknown;
  readonly ownerDepartment?: unknown;
  readonly grade?: unknown;
  readonly guarantee?: unknown;
  readonly measures?: unknown;
}

export const GRADES = ['A', 'B', 'C', 'D', 'leading', 'non_leading'] as const;
type NewEntry = Omit<AirListEntryTable, 'id'>;

/** Checks one entry; throws `ZC_ERR_INVALID_INPUT` naming `<prefix>field`. */
export function parseListEntry(actor: Actor, e: ListEntryInput, prefix: string, iso: string): NewEntry {
  const f = (k: string) => `${prefix}${k}`;
  const kind = e.kind === '企业' ? 'enterprise' : e.kind === '工地' ? 'site' : e.kind;
  if (kind !== 'enterprise' && kind !== 'site')
    throw invalidInput(
      f('kind'),
      e.kind,
      'must be enterprise (企业) or site (工地)',
      '须为 enterprise（企业）或 site（工地）',
    );
  if (typeof e.name !== 'string' || e.name.trim() === '')
    throw invalidInput(f('name'), e.name, 'is required', '必填');
  if (typeof e.sector !== 'string' || e.sector.trim() === '')
    throw invalidInput(f('sector'), e.sector, 'is required', '必填');
  const owner =
    typeof e.ownerDepartment === 'string'
      ? (DEPARTMENTS.find((d) => d.code === e.ownerDepartment) ?? findDepartmentByName(e.ownerDepartment))
      : undefined;
  if (!owner)
    throw invalidInput(
      f('ownerDepartment'),
      e.ownerDepartment,
      'is not a known department (code or Chinese name)',
      '不是已知的部门（代码或中文名称）',
    );
  const grade = e.grade === undefined || e.grade === null || e.grade === '' ? null : String(e.grade);
  if (grade !== null && !(GRADES as readonly string[]).includes(grade))
    throw invalidInput(
      f('grade'),
      e.grade,
      `must be one of ${GRADES.join(', ')}`,
      `须为 ${GRADES.join('、')} 之一`,
    );
  const creditCode =
    e.creditCode === undefined || e.creditCode === null || e.creditCode === ''
      ? null
      : acceptCreditCode(actor, e.creditCode, f('creditCode'), false).normalized;
  if (kind === 'enterprise' && creditCode === null)
    throw invalidInput(
      f('creditCode'),
      e.creditCode,
      'is required for an enterprise',
      '企业须填写统一社会信用代码',
    );
  const guarantee =
    e.guarantee === true || e.guarantee === '是' || e.guarantee === 'yes' || e.guarantee === 'true';
  const measures = e.measures === undefined || e.measures === null ? {} : e.measures;
  if (typeof measures !== 'object' || Array.isArray(measures))
    throw invalidInput(
      f('measures'),
      e.measures,
      'must be {yellow, orange, red} texts',
      '须为各级别措施文本',
    );
  return {
    kind,
    credit_code: creditCode,
    name_zh: e.name.trim(),
    name_en: typeof e.nameEn === 'string' && e.nameEn.trim() !== '' ? e.nameEn.trim() : e.name.trim(),
    sector: e.sector.trim(),
    owner_department: owner.code,
    grade,
    guarantee: guarantee ? 1 : 0,
    measures: JSON.stringify(measures),
    active: 1,
    created_at: iso,
    updated_at: iso,
  };
}

/** Adds entries in one transaction; any bad entry rejects them all, naming `entries[i].field`. */
export async function addListEntries(
  store: Store,
  actor: Actor,
  inputs: readonly ListEntryInput[],
  now = new Date(),
): Promise<number> {
  authorize(actor, 'air-lists.manage');
  const iso = now.toISOString();
  const rows = inputs.map((e, i) => parseListEntry(actor, e, `entries[${i}].`, iso));
  await store.db.transaction().execute(async (trx) => {
    await aq.insertListEntries(trx, rows);
    await recordAudit(
      trx,
      actor,
      { action: 'air_list.add', entityType: 'air_list', details: { count: rows.length } },
      now,
    );
  });
  return rows.length;
}

/** The spreadsheet columns, by their Chinese and English headers. */
export const LIST_COLUMNS: readonly Column[] = [
  { key: 'kind', headers: ['类型', 'kind'] },
  { key: 'creditCode', headers: ['统一社会信用代码', 'creditCode'] },
  { key: 'name', headers: ['名称', 'name'] },
  { key: 'nameEn', headers: ['英文名称', 'nameEn'] },
  { key: 'sector', headers: ['行业', 'sector'] },
  { key: 'ownerDepartment', headers: ['主管部门', 'ownerDepartment'] },
  { key: 'grade', headers: ['绩效等级', 'grade'] },
  { key: 'guarantee', headers: ['保障清单', 'guarantee'] },
  { key: 'yellow', headers: ['黄色预警措施', 'yellow'] },
  { key: 'orange', headers: ['橙色预警措施', 'orange'] },
  { key: 'red', headers: ['红色预警措施', 'red'] },
];

/** One rejected row of an import. */
export interface RowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

/** Imports a spreadsheet: the good rows land together (or none if there are none), the bad ones are reported. */
export async function importListEntries(
  store: Store,
  actor: Actor,
  data: Buffer,
  format: SheetFormat,
  now = new Date(),
): Promise<{ added: number; errors: RowError[] }> {
  authorize(actor, 'air-lists.manage');
  const rows = await readSheet(data, format, LIST_COLUMNS, ['kind', 'name', 'sector', 'ownerDepartment']);
  const iso = now.toISOString();
  const good: NewEntry[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const c = r.cells;
    try {
      const measures = Object.fromEntries(
        (['yellow', 'orange', 'red'] as const).filter((k) => c[k]).map((k) => [k, c[k]]),
      );
      good.push(parseListEntry(actor, { ...c, measures }, '', iso));
    } catch (e) {
      if (!(e instanceof ZhengceError)) throw e;
      errors.push({
        row: r.row,
        field: e.field ?? 'row',
        value: e.value,
        message: e.message,
        messageZh: e.messageZh ?? e.message,
      });
    }
  }
  if (good.length > 0) {
    await store.db.transaction().execute(async (trx) => {
      await aq.insertListEntries(trx, good);
      await recordAudit(
        trx,
        actor,
        {
          action: 'air_list.import',
          entityType: 'air_list',
          details: { added: good.length, rejectedRows: errors.map((e) => e.row) },
        },
        now,
      );
    });
  }
  return { added: good.length, errors };
}

/** Every active entry, for the list page. */
export async function listEntries(store: Store, actor: Actor) {
  authorize(actor, 'alerts.read');
  return (await aq.activeListEntries(store.db)).map((e) => ({
    id: e.id,
    kind: e.kind,
    creditCode: e.credit_code,
    name: { zh: e.name_zh, en: e.name_en },
    sector: e.sector,
    ownerDepartment: e.owner_department,
    grade: e.grade,
    guarantee: e.guarantee === 1,
    measures: JSON.parse(e.measures) as Record<string, string>,
  }));
}

/** The lists as an Excel workbook with the import's columns (so an export can be edited and imported). */
export async function exportListEntries(store: Store, actor: Actor): Promise<Buffer> {
  const entries = await listEntries(store, actor);
  return writeSheet(
    '减排清单',
    LIST_COLUMNS.map((c) => c.headers[0]!),
    entries.map((e) => [
      e.kind === 'enterprise' ? '企业' : '工地',
      e.creditCode,
      e.name.zh,
      e.name.en,
      e.sector,
      e.ownerDepartment,
      e.grade,
      e.guarantee ? '是' : '否',
      e.measures.yellow ?? null,
      e.measures.orange ?? null,
      e.measures.red ?? null,
    ]),
  );
}
