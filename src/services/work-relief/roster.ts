/**
 * @module services/work-relief/roster
 * Who works on which project (1336号 三(四) "统一规范用工名册"): a registered worker is enrolled on
 * a project with his post, whether it is a key post (三(三) 关键岗位), his daily rate (the project's
 * standard unless set, 三(四) 劳务报酬标准) and the day he joined. A worker of another district is
 * enrolled by his resident ID, which the site has from him; his record stays with his district.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { formatYuan } from '../../engine/money.ts';
import { shanghaiDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import type { WrEnrolmentRow } from '../../store/work-relief-schema.ts';
import type { Actor } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { reach } from './access.ts';
import { residentId } from './identity.ts';
import { boolField, intField, optionalDate, requiredText, uniqueOr, yuanField } from './input.ts';
import { projectInReach } from './projects.ts';
import { findWorker, type WorkerView, workerView } from './workers.ts';

/** One line of a project's roster. */
export interface RosterLine {
  readonly enrolmentId: number;
  readonly worker: WorkerView;
  readonly post: string;
  readonly keyPost: boolean;
  readonly dailyRate: string;
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

/** Enrols a worker on a project: `{workerId | residentId, post, keyPost?, dailyRate?, joinedOn?}`. */
export async function enrolWorker(
  store: Store,
  actor: Actor,
  projectId: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<RosterLine> {
  const project = await projectInReach(store, actor, 'work-relief.manage', projectId);
  const today = shanghaiDate(now);
  let workerId: number;
  if (input.residentId !== undefined && input.residentId !== '') {
    const id = residentId(input.residentId, 'residentId', today);
    const found = await store.db
      .selectFrom('wr_workers')
      .select(['id'])
      .where('id_hash', 'in', id.hashes)
      .executeTakeFirst();
    if (!found)
      throw new ZhengceError(
        'ZC_ERR_NOT_FOUND',
        `residentId: ${id.masked} is not registered; register the worker first`,
        {
          field: 'residentId',
          value: id.masked,
          messageZh: `residentId：${id.masked} 尚未实名登记，请先登记`,
        },
      );
    workerId = found.id;
  } else {
    workerId = intField(input.workerId, 'workerId', 1, Number.MAX_SAFE_INTEGER);
    const w = await findWorker(store.db, workerId);
    const r = reach(actor, 'work-relief.manage');
    if (!r.all && w.district !== project.district)
      throw invalidInput(
        'workerId',
        workerId,
        'is registered in another district: enrol him by his resident ID',
        '为其他区登记的务工人员，请以身份证号码添加',
      );
  }
  const post = requiredText(input.post, 'post', 50);
  const keyPost = boolField(input.keyPost, 'keyPost', false);
  const rate =
    input.dailyRate === undefined || input.dailyRate === ''
      ? project.daily_rate_fen
      : yuanField(input.dailyRate, 'dailyRate', { positive: true });
  const joinedOn = optionalDate(input.joinedOn, 'joinedOn') ?? today;
  const id = await uniqueOr(
    store.db.transaction().execute(async (trx) => {
      const dup = await trx
        .selectFrom('wr_enrolments')
        .select('id')
        .where('project_id', '=', projectId)
        .where('worker_id', '=', workerId)
        .executeTakeFirst();
      if (dup)
        throw new ZhengceError(
          'ZC_ERR_CONFLICT',
          `worker: ${workerId} is already on project ${project.code}`,
          {
            field: 'worker',
            value: workerId,
            messageZh: `worker：务工人员 ${workerId} 已在项目 ${project.code} 名册中`,
          },
        );
      const row = await trx
        .insertInto('wr_enrolments')
        .values({
          project_id: projectId,
          worker_id: workerId,
          post,
          key_post: keyPost ? 1 : 0,
          daily_rate_fen: rate,
          joined_on: joinedOn,
          left_on: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.roster.enrol',
          entityType: 'wr_project',
          entityId: projectId,
          details: { workerId, post, keyPost, dailyRate: formatYuan(rate as never), joinedOn },
        },
        now,
      );
      return row.id;
    }),
    'worker',
    workerId,
    '已在本项目名册中',
  );
  return (await roster(store, actor, projectId)).find((l) => l.enrolmentId === id)!;
}

/** Records that a worker left a project (his attendance after that day is refused). */
export async function leaveProject(
  store: Store,
  actor: Actor,
  projectId: number,
  workerId: number,
  input: { leftOn?: unknown },
  now = new Date(),
): Promise<RosterLine> {
  await projectInReach(store, actor, 'work-relief.manage', projectId);
  const e = await enrolment(store, projectId, workerId);
  const leftOn = optionalDate(input.leftOn, 'leftOn') ?? shanghaiDate(now);
  if (leftOn < e.joined_on)
    throw invalidInput(
      'leftOn',
      leftOn,
      `must not be before joining (${e.joined_on})`,
      `不得早于进场日期（${e.joined_on}）`,
    );
  await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('wr_enrolments').set({ left_on: leftOn }).where('id', '=', e.id).execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.roster.leave',
        entityType: 'wr_project',
        entityId: projectId,
        details: { workerId, leftOn },
      },
      now,
    );
  });
  return (await roster(store, actor, projectId)).find((l) => l.enrolmentId === e.id)!;
}

/** The enrolment of a worker on a project, or `ZC_ERR_NOT_FOUND`. */
export async function enrolment(store: Store, projectId: number, workerId: number): Promise<WrEnrolmentRow> {
  const e = await store.db
    .selectFrom('wr_enrolments')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('worker_id', '=', workerId)
    .executeTakeFirst();
  if (!e)
    throw new ZhengceError(
      'ZC_ERR_NOT_FOUND',
      `worker: ${workerId} is not on the roster of project ${projectId}`,
      {
        field: 'worker',
        value: workerId,
        messageZh: `worker：务工人员 ${workerId} 不在项目 ${projectId} 的名册中`,
      },
    );
  return e;
}

/** A project's roster (用工名册), in the order workers joined. */
export async function roster(store: Store, actor: Actor, projectId: number): Promise<RosterLine[]> {
  await projectInReach(store, actor, 'work-relief.read', projectId);
  const rows = await store.db
    .selectFrom('wr_enrolments')
    .innerJoin('wr_workers', 'wr_workers.id', 'wr_enrolments.worker_id')
    .selectAll('wr_workers')
    .select([
      'wr_enrolments.id as enrolment_id',
      'post',
      'key_post',
      'daily_rate_fen',
      'joined_on',
      'left_on',
    ])
    .where('wr_enrolments.project_id', '=', projectId)
    .orderBy('wr_enrolments.joined_on')
    .orderBy('wr_enrolments.id')
    .execute();
  return rows.map((r) => ({
    enrolmentId: r.enrolment_id,
    worker: workerView(r),
    post: r.post,
    keyPost: r.key_post === 1,
    dailyRate: formatYuan(r.daily_rate_fen as never),
    joinedOn: r.joined_on,
    leftOn: r.left_on,
  }));
}
