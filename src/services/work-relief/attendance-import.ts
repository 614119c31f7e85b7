/**
 * @module services/work-relief/attendance-import
 * A month's attendance from a spreadsheet in the form site clerks keep it: one row per worker and
 * month — the worker's number (编号) or resident ID, his name, the month, then one column per day
 * (1 … 31) holding √ / 1 / 全 for a full day, 0.5 / 半 for half a day, 0 / × / 缺 for absent, blank
 * for no entry. Each row is checked whole (the worker is on the project's roster and the name
 * matches, every day exists and falls inside his time on the project, the month is not locked);
 * good rows land together in one transaction, every bad row is reported, no row is half-written.
 * The template is the roster of the month, ready to fill in.
 */
import { invalidInput } from '../../engine/errors.ts';
import { type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Column, readSheet, type SheetFormat, writeSheet } from '../shared/excel.ts';
import {
  type AttendanceEntry,
  attendanceGrid,
  checkEntry,
  daysOf,
  entryContext,
  writeEntries,
} from './attendance.ts';
import { residentId } from './identity.ts';
import { monthField, requiredText } from './input.ts';
import { projectInReach } from './projects.ts';
import { type RowError, rowError } from './worker-import.ts';

const DAY_KEYS = Array.from({ length: 31 }, (_, i) => i + 1);
/** The columns: worker, name, month, and days 1–31 (headers `5` or `5日`). */
export const ATTENDANCE_COLUMNS: readonly Column[] = [
  { key: 'workerId', headers: ['编号', 'workerId'] },
  { key: 'residentId', headers: ['身份证号', 'residentId'] },
  { key: 'name', headers: ['姓名', 'name'] },
  { key: 'period', headers: ['月份', 'period'] },
  ...DAY_KEYS.map((d) => ({ key: `d${d}`, headers: [String(d), `${d}日`] })),
];

const FULL = new Set(['√', '✓', '✔', '1', '全', '全天', '2/2']);
const HALF = new Set(['0.5', '½', '半', '半天', '1/2']);
const ABSENT = new Set(['0', '×', '✗', '缺', '缺勤', '休']);

/** A cell's half-days, or undefined for a blank (no entry). */
export function cellHalfDays(value: string, field: string): number | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (FULL.has(v)) return 2;
  if (HALF.has(v)) return 1;
  if (ABSENT.has(v)) return 0;
  throw invalidInput(
    field,
    value,
    'must be √/1 (a full day), 0.5/半 (half a day), 0/× (absent) or blank',
    '须为 √/1（全天）、0.5/半（半天）、0/×（缺勤）或空',
  );
}

/** Imports a month's attendance into a project. */
export async function importAttendance(
  store: Store,
  actor: Actor,
  projectId: number,
  input: { data: Buffer; format: SheetFormat },
  now = new Date(),
): Promise<{ rows: number; cells: number; errors: readonly RowError[] }> {
  await projectInReach(store, actor, 'work-relief.manage', projectId);
  const rows = await readSheet(input.data, input.format, ATTENDANCE_COLUMNS, ['name', 'period']);
  const today: CalendarDate = shanghaiDate(now);
  const ctx = await entryContext(store.db, projectId);
  const byHash = new Map(
    (
      await store.db
        .selectFrom('wr_workers')
        .innerJoin('wr_enrolments', 'wr_enrolments.worker_id', 'wr_workers.id')
        .select(['wr_workers.id', 'wr_workers.id_hash', 'wr_workers.name'])
        .where('wr_enrolments.project_id', '=', projectId)
        .execute()
    ).map((w) => [w.id_hash, w]),
  );
  const names = new Map([...byHash.values()].map((w) => [w.id, w.name]));
  const errors: RowError[] = [];
  const good: { row: number; entries: AttendanceEntry[] }[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    try {
      const c = r.cells;
      let workerId: number;
      if (c.residentId) {
        const id = residentId(c.residentId, 'residentId', today);
        const w = id.hashes.map((h) => byHash.get(h)).find((x) => x !== undefined);
        if (!w)
          throw invalidInput('residentId', id.masked, 'is not on the project’s roster', '不在本项目名册中');
        workerId = w.id;
      } else if (c.workerId) {
        workerId = Number(c.workerId);
        if (!names.has(workerId))
          throw invalidInput('workerId', c.workerId, 'is not on the project’s roster', '不在本项目名册中');
      } else
        throw invalidInput(
          'workerId',
          '',
          'give the worker’s number (编号) or resident ID (身份证号)',
          '须填写编号或身份证号',
        );
      const name = requiredText(c.name, 'name', 50);
      if (names.get(workerId) !== name)
        throw invalidInput(
          'name',
          name,
          `is not the name registered for worker ${workerId}`,
          `与务工人员 ${workerId} 的登记姓名不一致`,
        );
      const period = monthField(c.period, 'period');
      const key = `${workerId}|${period}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw invalidInput(
          'period',
          period,
          `repeats row ${earlier} for the same worker`,
          `与第 ${earlier} 行为同一人同一月份`,
        );
      const days = new Set(daysOf(period));
      const entries: AttendanceEntry[] = [];
      for (const d of DAY_KEYS) {
        const h = cellHalfDays(c[`d${d}`] ?? '', `d${d}`);
        if (h === undefined) continue;
        const day = `${period}-${String(d).padStart(2, '0')}` as CalendarDate;
        if (!days.has(day))
          throw invalidInput(`d${d}`, c[`d${d}`], `${period} has no day ${d}`, `${period} 没有 ${d} 日`);
        const e = checkEntry({ workerId, day, halfDays: h }, '', ctx.enrolments, ctx.locked, today);
        entries.push(e);
      }
      seen.set(key, r.row);
      good.push({ row: r.row, entries });
    } catch (e) {
      errors.push(rowError(r.row, e));
    }
  }
  const cells = good.reduce((n, g) => n + g.entries.length, 0);
  if (good.length > 0) {
    await store.db.transaction().execute(async (trx) => {
      await writeEntries(
        trx,
        actor,
        projectId,
        good.flatMap((g) => g.entries),
        now,
      );
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.attendance.import',
          entityType: 'wr_project',
          entityId: projectId,
          details: { rows: good.length, cells, rejectedRows: errors.map((e) => e.row) },
        },
        now,
      );
    });
  }
  return { rows: good.length, cells, errors };
}

/** The month's roster as a sheet to fill in: 编号, 姓名, masked ID (for the eye), 月份, the days so far. */
export async function attendanceTemplate(
  store: Store,
  actor: Actor,
  projectId: number,
  period: unknown,
  now = new Date(),
): Promise<Buffer> {
  const grid = await attendanceGrid(store, actor, projectId, period, now);
  const headers = ['编号', '姓名', '月份', ...grid.days.map((d) => String(Number(d.slice(8))))];
  const mark = (h: number | undefined) => (h === undefined ? null : h === 2 ? '√' : h === 1 ? '半' : '×');
  return writeSheet(
    `考勤 ${grid.period}`,
    headers,
    grid.rows.map((r) => [r.workerId, r.name, grid.period, ...grid.days.map((d) => mark(r.cells[d]))]),
  );
}
