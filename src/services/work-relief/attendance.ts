/**
 * @module services/work-relief/attendance
 * Daily attendance (1336号 三(二) "日常考勤"), per worker per day, in half-days (0 absent, 1 half a
 * day, 2 a full day), entered by the site clerk as a month's grid. A day must fall inside the
 * worker's time on the project and not after today; once the worker has confirmed a month's wages
 * (三(四) "经务工人员确认") that month is locked for him. A batch lands whole or not at all.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan } from '../../engine/money.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../../engine/period.ts';
import { monthBounds, wagesDue } from '../../policies/jingfagai-2023-1336/facts.ts';
import type { Store } from '../../store/db.ts';
import type { Db } from '../../store/queries.ts';
import type { WrEnrolmentRow } from '../../store/work-relief-schema.ts';
import type { Actor } from '../accounts/index.ts';
import { actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { monthField } from './input.ts';
import { projectInReach } from './projects.ts';

/** One cell to write: `halfDays` null clears the day. */
export interface AttendanceEntry {
  readonly workerId: number;
  readonly day: CalendarDate;
  readonly halfDays: number | null;
}

/** A worker's line of the month's grid. */
export interface GridRow {
  readonly workerId: number;
  readonly name: string;
  readonly residentId: string;
  readonly post: string;
  readonly keyPost: boolean;
  readonly dailyRate: string;
  readonly joinedOn: string;
  readonly leftOn: string | null;
  /** Half-days by day of month (`"2026-05-06": 2`); days with no entry are absent. */
  readonly cells: Readonly<Record<string, number>>;
  readonly halfDays: number;
  /** Due from the attendance so far (D-1336-4). */
  readonly due: string;
  /** True once the worker confirmed this month: the row can no longer change. */
  readonly locked: boolean;
}

export interface AttendanceGrid {
  readonly projectId: number;
  readonly period: string;
  readonly days: readonly CalendarDate[];
  readonly today: CalendarDate;
  readonly rows: readonly GridRow[];
}

/** The days of a month. */
export function daysOf(period: string): CalendarDate[] {
  const { first, last } = monthBounds(period);
  const out: CalendarDate[] = [];
  for (let d = Number(first.slice(8)); d <= Number(last.slice(8)); d++)
    out.push(`${period}-${String(d).padStart(2, '0')}` as CalendarDate);
  return out;
}

/** The month's grid of a project: every worker on the roster during the month. */
export async function attendanceGrid(
  store: Store,
  actor: Actor,
  projectId: number,
  periodInput: unknown,
  now = new Date(),
): Promise<AttendanceGrid> {
  await projectInReach(store, actor, 'work-relief.read', projectId);
  const period = monthField(periodInput, 'period');
  const { first, last } = monthBounds(period);
  const roster = await store.db
    .selectFrom('wr_enrolments')
    .innerJoin('wr_workers', 'wr_workers.id', 'wr_enrolments.worker_id')
    .select([
      'wr_workers.id as worker_id',
      'wr_workers.name',
      'wr_workers.id_masked',
      'post',
      'key_post',
      'daily_rate_fen',
      'joined_on',
      'left_on',
    ])
    .where('project_id', '=', projectId)
    .where('joined_on', '<=', last)
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>=', first)]))
    .orderBy('joined_on')
    .orderBy('wr_enrolments.id')
    .execute();
  const cells = await store.db
    .selectFrom('wr_attendance')
    .select(['worker_id', 'day', 'half_days'])
    .where('project_id', '=', projectId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .execute();
  const locked = new Set(
    (
      await store.db
        .selectFrom('wr_ledger')
        .select('worker_id')
        .where('project_id', '=', projectId)
        .where('period', '=', period)
        .execute()
    ).map((r) => r.worker_id),
  );
  return {
    projectId,
    period,
    days: daysOf(period),
    today: shanghaiDate(now),
    rows: roster.map((r) => {
      const mine = cells.filter((c) => c.worker_id === r.worker_id);
      const halfDays = mine.reduce((n, c) => n + c.half_days, 0);
      return {
        workerId: r.worker_id,
        name: r.name,
        residentId: r.id_masked,
        post: r.post,
        keyPost: r.key_post === 1,
        dailyRate: formatYuan(r.daily_rate_fen as Fen),
        joinedOn: r.joined_on,
        leftOn: r.left_on,
        cells: Object.fromEntries(mine.map((c) => [c.day, c.half_days])),
        halfDays,
        due: formatYuan(wagesDue(r.daily_rate_fen as Fen, halfDays)),
        locked: locked.has(r.worker_id),
      };
    }),
  };
}

/** Checks one cell against the worker's enrolment, today and the month's confirmation. */
export function checkEntry(
  raw: Record<string, unknown>,
  prefix: string,
  enrolments: ReadonlyMap<number, WrEnrolmentRow>,
  lockedMonths: ReadonlySet<string>,
  today: CalendarDate,
): AttendanceEntry {
  const f = (k: string) => `${prefix}${k}`;
  const workerId = Number(raw.workerId);
  const e = enrolments.get(workerId);
  if (!Number.isInteger(workerId) || !e)
    throw invalidInput(f('workerId'), raw.workerId, 'is not on the project’s roster', '不在本项目名册中');
  const day = parseCalendarDate(raw.day, f('day'));
  if (day > today) throw invalidInput(f('day'), day, `is after today (${today})`, `晚于今天（${today}）`);
  if (day < e.joined_on || (e.left_on !== null && day > e.left_on))
    throw invalidInput(
      f('day'),
      day,
      `is outside the worker’s time on the project (${e.joined_on} – ${e.left_on ?? ''})`,
      `不在该务工人员在场期间（${e.joined_on} 至 ${e.left_on ?? '今'}）`,
    );
  const h = raw.halfDays;
  if (h !== null && !(h === 0 || h === 1 || h === 2))
    throw invalidInput(
      f('halfDays'),
      h,
      'must be 0 (absent), 1 (half a day), 2 (a full day) or null (clear)',
      '须为 0（缺勤）、1（半天）、2（全天）或空（清除）',
    );
  if (lockedMonths.has(`${workerId}|${day.slice(0, 7)}`))
    throw new ZhengceError(
      'ZC_ERR_CONFLICT',
      `${f('day')}: the worker confirmed ${day.slice(0, 7)}'s wages; that month is locked`,
      {
        field: f('day'),
        value: day,
        messageZh: `${f('day')}：该务工人员已确认 ${day.slice(0, 7)} 的劳务报酬，当月考勤已锁定`,
      },
    );
  return { workerId, day, halfDays: h as number | null };
}

/** What {@link checkEntry} needs about a project, loaded once. */
export async function entryContext(
  db: Db,
  projectId: number,
): Promise<{ enrolments: Map<number, WrEnrolmentRow>; locked: Set<string> }> {
  const enrolments = new Map(
    (await db.selectFrom('wr_enrolments').selectAll().where('project_id', '=', projectId).execute()).map(
      (e) => [e.worker_id, e],
    ),
  );
  const locked = new Set(
    (
      await db
        .selectFrom('wr_ledger')
        .select(['worker_id', 'period'])
        .where('project_id', '=', projectId)
        .execute()
    ).map((r) => `${r.worker_id}|${r.period}`),
  );
  return { enrolments, locked };
}

/** Writes cells (upsert, or delete for null) in the caller's transaction. */
export async function writeEntries(
  db: Db,
  actor: Actor,
  projectId: number,
  entries: readonly AttendanceEntry[],
  now: Date,
): Promise<void> {
  const iso = now.toISOString();
  for (const e of entries) {
    if (e.halfDays === null) {
      await db
        .deleteFrom('wr_attendance')
        .where('project_id', '=', projectId)
        .where('worker_id', '=', e.workerId)
        .where('day', '=', e.day)
        .execute();
      continue;
    }
    const row = {
      project_id: projectId,
      worker_id: e.workerId,
      day: e.day,
      half_days: e.halfDays,
      recorded_at: iso,
      recorded_by: actorLabel(actor),
    };
    await db
      .insertInto('wr_attendance')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['project_id', 'worker_id', 'day'])
          .doUpdateSet({ half_days: e.halfDays as number, recorded_at: iso, recorded_by: row.recorded_by }),
      )
      .execute();
  }
}

/** Saves a batch of cells: every cell is checked first, then all land in one transaction (audited). */
export async function saveAttendance(
  store: Store,
  actor: Actor,
  projectId: number,
  input: { entries?: unknown },
  now = new Date(),
): Promise<{ saved: number }> {
  await projectInReach(store, actor, 'work-relief.manage', projectId);
  if (!Array.isArray(input.entries) || input.entries.length === 0 || input.entries.length > 5000)
    throw invalidInput(
      'entries',
      input.entries,
      'must be a list of 1–5000 {workerId, day, halfDays}',
      '须为 1–5000 条 {workerId, day, halfDays}',
    );
  const today = shanghaiDate(now);
  await store.db.transaction().execute(async (trx) => {
    const ctx = await entryContext(trx, projectId);
    const entries = (input.entries as unknown[]).map((raw, i) => {
      if (typeof raw !== 'object' || raw === null)
        throw invalidInput(
          `entries[${i}]`,
          raw,
          'must be {workerId, day, halfDays}',
          '须为 {workerId, day, halfDays}',
        );
      return checkEntry(raw as Record<string, unknown>, `entries[${i}].`, ctx.enrolments, ctx.locked, today);
    });
    await writeEntries(trx, actor, projectId, entries, now);
    const months = [...new Set(entries.map((e) => e.day.slice(0, 7)))].sort();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.attendance.save',
        entityType: 'wr_project',
        entityId: projectId,
        details: {
          cells: entries.length,
          months,
          workers: [...new Set(entries.map((e) => e.workerId))].length,
        },
      },
      now,
    );
  });
  return { saved: (input.entries as unknown[]).length };
}
