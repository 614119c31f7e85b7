/**
 * @module services/work-relief/training
 * 1336号 三(三): "培训+上岗" — skills and safety courses held with the contractor, who attended and
 * before which job; and "零工"变"长工" — the maintenance jobs after completion, given first to the
 * project's own workers: a job given to anyone else records why.
 */
import { invalidInput } from '../../engine/errors.ts';
import { shanghaiDate } from '../../engine/period.ts';
import { TRAINING_KINDS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { dateField, enumField, intField, optionalText, requiredText } from './input.ts';
import { projectInReach } from './projects.ts';
import { findWorker } from './workers.ts';

export interface TrainingView {
  readonly id: number;
  readonly projectId: number;
  readonly title: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly hours: number;
  readonly trainer: string | null;
  readonly beforeJob: string;
  readonly attendees: readonly { readonly workerId: number; readonly name: string }[];
}

async function rosterIds(store: Store, projectId: number): Promise<Set<number>> {
  const rows = await store.db
    .selectFrom('wr_enrolments')
    .select('worker_id')
    .where('project_id', '=', projectId)
    .execute();
  return new Set(rows.map((r) => r.worker_id));
}

function workerIds(value: unknown, roster: Set<number>): number[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidInput(
      'workerIds',
      value,
      'must list at least one worker who attended',
      '须至少列出一名参训人员',
    );
  const ids = [...new Set(value.map((v, i) => intField(v, `workerIds[${i}]`, 1, Number.MAX_SAFE_INTEGER)))];
  const off = ids.find((id) => !roster.has(id));
  if (off !== undefined)
    throw invalidInput('workerIds', off, 'is not on the project’s roster', '不在本项目名册中');
  return ids;
}

/** Records a course and who attended: `{title, kind, heldOn, hours, trainer?, beforeJob, workerIds}`. */
export async function recordTraining(
  store: Store,
  actor: Actor,
  projectId: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<TrainingView> {
  await projectInReach(store, actor, 'work-relief.manage', projectId);
  const today = shanghaiDate(now);
  const heldOn = dateField(input.heldOn, 'heldOn');
  if (heldOn > today)
    throw invalidInput('heldOn', heldOn, `is after today (${today})`, `晚于今天（${today}）`);
  const row = {
    project_id: projectId,
    title: requiredText(input.title, 'title'),
    kind: enumField(input.kind, 'kind', TRAINING_KINDS),
    held_on: heldOn,
    hours: intField(input.hours, 'hours', 1, 200),
    trainer: optionalText(input.trainer, 'trainer', 100),
    before_job: requiredText(input.beforeJob, 'beforeJob', 100),
    created_at: now.toISOString(),
    created_by: actorLabel(actor),
  };
  const ids = workerIds(input.workerIds, await rosterIds(store, projectId));
  const id = await store.db.transaction().execute(async (trx) => {
    const t = await trx.insertInto('wr_trainings').values(row).returning('id').executeTakeFirstOrThrow();
    await trx
      .insertInto('wr_training_attendees')
      .values(ids.map((w) => ({ training_id: t.id, worker_id: w })))
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.training.record',
        entityType: 'wr_project',
        entityId: projectId,
        details: { trainingId: t.id, title: row.title, kind: row.kind, heldOn, attendees: ids.length },
      },
      now,
    );
    return t.id;
  });
  return (await listTrainings(store, actor, projectId)).find((t) => t.id === id)!;
}

/** A project's courses with their attendees, newest first. */
export async function listTrainings(store: Store, actor: Actor, projectId: number): Promise<TrainingView[]> {
  await projectInReach(store, actor, 'work-relief.read', projectId);
  const rows = await store.db
    .selectFrom('wr_trainings')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const att =
    rows.length === 0
      ? []
      : await store.db
          .selectFrom('wr_training_attendees')
          .innerJoin('wr_workers', 'wr_workers.id', 'wr_training_attendees.worker_id')
          .select(['training_id', 'worker_id', 'name'])
          .where(
            'training_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('worker_id')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    title: r.title,
    kind: r.kind,
    heldOn: r.held_on,
    hours: r.hours,
    trainer: r.trainer,
    beforeJob: r.before_job,
    attendees: att
      .filter((a) => a.training_id === r.id)
      .map((a) => ({ workerId: a.worker_id, name: a.name })),
  }));
}

export interface MaintenanceJobView {
  readonly id: number;
  readonly projectId: number;
  readonly title: string;
  readonly startsOn: string;
  readonly workerId: number | null;
  readonly workerName: string | null;
  readonly fromProject: boolean;
  readonly outsiderReason: string | null;
}

/** Records a maintenance job after completion: `{title, startsOn, workerId?, outsiderReason?}`. */
export async function recordMaintenanceJob(
  store: Store,
  actor: Actor,
  projectId: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<MaintenanceJobView> {
  await projectInReach(store, actor, 'work-relief.manage', projectId);
  const title = requiredText(input.title, 'title');
  const startsOn = dateField(input.startsOn, 'startsOn');
  const workerId =
    input.workerId === undefined || input.workerId === null || input.workerId === ''
      ? null
      : intField(input.workerId, 'workerId', 1, Number.MAX_SAFE_INTEGER);
  if (workerId !== null) await findWorker(store.db, workerId);
  const fromProject = workerId !== null && (await rosterIds(store, projectId)).has(workerId);
  const outsiderReason = optionalText(input.outsiderReason, 'outsiderReason', 500);
  if (workerId !== null && !fromProject && outsiderReason === null)
    throw invalidInput(
      'outsiderReason',
      input.outsiderReason,
      'is required when the job goes to someone who did not work on the project (三(三) 优先吸纳)',
      '岗位未由参与工程建设的劳动力担任时须说明原因（三(三) 优先吸纳）',
    );
  const id = await store.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('wr_maintenance_jobs')
      .values({
        project_id: projectId,
        title,
        starts_on: startsOn,
        worker_id: workerId,
        from_project: fromProject ? 1 : 0,
        outsider_reason: fromProject ? null : outsiderReason,
        created_at: now.toISOString(),
        created_by: actorLabel(actor),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.maintenance.record',
        entityType: 'wr_project',
        entityId: projectId,
        details: { jobId: r.id, title, workerId, fromProject },
      },
      now,
    );
    return r.id;
  });
  return (await listMaintenanceJobs(store, actor, projectId)).find((j) => j.id === id)!;
}

/** A project's maintenance jobs. */
export async function listMaintenanceJobs(
  store: Store,
  actor: Actor,
  projectId: number,
): Promise<MaintenanceJobView[]> {
  await projectInReach(store, actor, 'work-relief.read', projectId);
  const rows = await store.db
    .selectFrom('wr_maintenance_jobs')
    .leftJoin('wr_workers', 'wr_workers.id', 'wr_maintenance_jobs.worker_id')
    .select([
      'wr_maintenance_jobs.id',
      'project_id',
      'title',
      'starts_on',
      'worker_id',
      'wr_workers.name',
      'from_project',
      'outsider_reason',
    ])
    .where('project_id', '=', projectId)
    .orderBy('starts_on')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    title: r.title,
    startsOn: r.starts_on,
    workerId: r.worker_id,
    workerName: r.name ?? null,
    fromProject: r.from_project === 1,
    outsiderReason: r.outsider_reason,
  }));
}
