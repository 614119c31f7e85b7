/**
 * @module services/heating/readings
 * Meter readings of operating new-energy heating projects (1309号 五(四): "对新能源供热项目运行的
 * 耗电量、耗水量、系统能效等指标进行监测"), reported by the operator or the supervising department as
 * a spreadsheet (Excel or CSV, many projects at once) or through the API (one project). Readings
 * are cumulative registers (kWh, GJ, m³; D-1309-19) kept as exact decimal text.
 *
 * Each row is checked on its own and against what is stored (D-1309-21): an instant with an explicit
 * offset and not in the future, non-negative decimals, not a second reading of the same instant, and
 * no register below the reading before it or above the stored reading after it (a meter replacement
 * is a new series, never guessed). Good rows land together in one transaction with one audit entry;
 * every bad row is reported with its row, field, value and reason; nothing is half-written.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import type { HeatingProjectRow } from '../../store/heating-buildings-schema.ts';
import { type Actor, authorize } from '../accounts/index.ts';
import { type Column, readSheet, type SheetFormat, writeSheet } from '../shared/excel.ts';
import { projectFor, projectScope } from './projects.ts';
import {
  type Candidate,
  land,
  parseRow,
  type ReadingImportResult,
  type RowError,
  rowError,
} from './readings-land.ts';

export type { ReadingImportResult, RowError } from './readings-land.ts';

export const READING_COLUMNS: readonly Column[] = [
  { key: 'projectCode', headers: ['项目编号', 'projectCode'] },
  { key: 'at', headers: ['读数时间', 'at'] },
  { key: 'electricityKwh', headers: ['累计耗电量（kWh）', 'electricityKwh'] },
  { key: 'heatGj', headers: ['累计供热量（GJ）', 'heatGj'] },
  { key: 'waterM3', headers: ['累计耗水量（m³）', 'waterM3'] },
];
/** Imports a sheet of readings for any projects the actor reports for. */
export async function importReadings(
  store: Store,
  actor: Actor,
  input: { data: Buffer; format: SheetFormat },
  now = new Date(),
): Promise<ReadingImportResult> {
  authorize(actor, 'heating.readings');
  const rows = await readSheet(input.data, input.format, READING_COLUMNS, [
    'projectCode',
    'at',
    'electricityKwh',
    'heatGj',
    'waterM3',
  ]);
  const errors: RowError[] = [];
  const candidates: Candidate[] = [];
  const projects = new Map<string, HeatingProjectRow | ZhengceError>();
  for (const r of rows) {
    const field = (k: string) => k;
    try {
      const code = r.cells.projectCode ?? '';
      if (!projects.has(code)) {
        const row = await store.db
          .selectFrom('heating_projects')
          .selectAll()
          .where('code', '=', code)
          .executeTakeFirst();
        let found: HeatingProjectRow | ZhengceError =
          row ??
          invalidInput('projectCode', code, 'is not a registered heating project', '不是已登记的供热项目');
        if (row) {
          try {
            authorize(actor, 'heating.readings', projectScope(row));
          } catch {
            found = invalidInput(
              'projectCode',
              code,
              'is not a project you report for',
              '不是您可报送读数的项目',
            );
          }
        }
        projects.set(code, found);
      }
      const project = projects.get(code)!;
      if (project instanceof ZhengceError) throw project;
      candidates.push({ row: r.row, field, project, ...parseRow(r.cells, field, now) });
    } catch (e) {
      if (!(e instanceof ZhengceError)) throw e;
      errors.push(rowError(r.row, e));
    }
  }
  return land(store, actor, candidates, errors, input.format, now);
}

/** Adds readings of one project given as JSON: `{readings: [{at, electricityKwh, heatGj, waterM3}]}`. */
export async function addReadings(
  store: Store,
  actor: Actor,
  projectId: unknown,
  input: unknown,
  now = new Date(),
) {
  const project = await projectFor(store, actor, projectId, 'heating.readings');
  const list = (input as { readings?: unknown } | null)?.readings;
  if (!Array.isArray(list) || list.length === 0)
    throw invalidInput('readings', list, 'must be a non-empty array', '须为非空数组');
  if (list.length > 10_000)
    throw invalidInput('readings', list.length, 'has more than 10000 rows', '超过 10000 行');
  const errors: RowError[] = [];
  const candidates: Candidate[] = [];
  list.forEach((r: unknown, i: number) => {
    const field = (k: string) => `readings[${i}].${k}`;
    try {
      if (typeof r !== 'object' || r === null)
        throw invalidInput(`readings[${i}]`, r, 'must be an object', '须为对象');
      candidates.push({ row: i, field, project, ...parseRow(r as Record<string, unknown>, field, now) });
    } catch (e) {
      if (!(e instanceof ZhengceError)) throw e;
      errors.push(rowError(i, e));
    }
  });
  return land(store, actor, candidates, errors, 'api', now);
}

/** The stored readings of a project, in time order, optionally from/to instants (UTC ISO). */
export async function listReadings(
  store: Store,
  actor: Actor,
  projectId: unknown,
  range: { from?: string; to?: string } = {},
) {
  const project = await projectFor(store, actor, projectId, 'heating.read');
  let q = store.db
    .selectFrom('heating_readings')
    .selectAll()
    .where('project_id', '=', project.id)
    .orderBy('at_utc');
  if (range.from) q = q.where('at_utc', '>=', range.from);
  if (range.to) q = q.where('at_utc', '<=', range.to);
  const rows = await q.limit(50_000).execute();
  return rows.map((r) => ({
    at: r.at,
    electricityKwh: r.electricity_kwh,
    heatGj: r.heat_gj,
    waterM3: r.water_m3,
    source: r.source,
    createdBy: r.created_by,
  }));
}

/** An empty readings template (.xlsx) with the headers the import reads. */
export function readingsTemplate(): Promise<Buffer> {
  return writeSheet(
    '供热运行读数',
    READING_COLUMNS.map((c) => c.headers[0]!),
    [],
  );
}
