/**
 * @module services/work-relief/workers
 * The real-name register (1336号 三(二) "务工人员台账登记……实名制管理"): name, resident ID (checked,
 * encrypted, masked; one person one row by its keyed hash, D-1336-12), village and collective, the
 * collective-organised team (一(一)), the priority groups (一(一)), and the bank card wages go to
 * (三(四); encrypted, masked, matched by its keyed hash). A district registers its own people; a
 * project takes any registered worker by resident ID, and its district then sees him on its roster.
 * Views, errors and the audit log carry only masked numbers.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type IdentifierIssue, maskResidentId } from '../../engine/identifiers.ts';
import { type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import { PRIORITY_GROUPS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import type { Store } from '../../store/db.ts';
import type { Db } from '../../store/queries.ts';
import type { WrWorkerRow, WrWorkerTable } from '../../store/work-relief-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { authorizeDistrict, districtName, reach, writeDistrict } from './access.ts';
import {
  bankCard,
  cardContext,
  encrypt,
  idContext,
  mobilePhone,
  phoneContext,
  residentId,
} from './identity.ts';
import { boolField, enumList, intField, optionalText, requiredText, uniqueOr } from './input.ts';

/** A worker as the API shows him: identifiers masked. */
export interface WorkerView {
  readonly id: number;
  readonly district: string;
  readonly districtName: { zh: string; en: string };
  readonly name: string;
  readonly residentId: string;
  readonly town: string | null;
  readonly village: string;
  readonly collective: string | null;
  readonly team: string | null;
  readonly beijingRural: boolean;
  readonly priorityGroups: readonly string[];
  readonly bankCard: string;
  readonly bankName: string | null;
  readonly phone: string | null;
}

export function workerView(r: WrWorkerRow): WorkerView {
  return {
    id: r.id,
    district: r.district,
    districtName: districtName(r.district),
    name: r.name,
    residentId: r.id_masked,
    town: r.town,
    village: r.village,
    collective: r.collective,
    team: r.team,
    beijingRural: r.beijing_rural === 1,
    priorityGroups: JSON.parse(r.priority_groups) as string[],
    bankCard: r.card_masked,
    bankName: r.bank_name,
    phone: r.phone_masked,
  };
}

/** A new worker's checked row, before it is written (the import checks every row first). */
export type NewWorker = Omit<
  WrWorkerTable,
  'id' | 'district' | 'created_at' | 'created_by' | 'updated_at'
> & {
  readonly warnings: readonly IdentifierIssue[];
  /** `id_hash` and the ID's hashes under the old data keys (rows not yet rotated), for lookups. */
  readonly id_hashes: readonly string[];
};

/** Checks a worker's fields (as of `asOf`: no birth date after it). `prefix` locates errors (`workers[3].`). */
export function parseWorker(i: Record<string, unknown>, asOf: CalendarDate, prefix = ''): NewWorker {
  const f = (k: string) => `${prefix}${k}`;
  const name = requiredText(i.name, f('name'), 50);
  const id = residentId(i.residentId, f('residentId'), asOf);
  const card = bankCard(i.bankCard, f('bankCard'));
  const phone = mobilePhone(i.phone, f('phone'));
  return {
    name,
    id_hash: id.hash,
    id_enc: encrypt(id.normalized, idContext(id.hash)),
    id_masked: id.masked,
    town: optionalText(i.town, f('town'), 50),
    village: requiredText(i.village, f('village'), 50),
    collective: optionalText(i.collective, f('collective'), 100),
    team: optionalText(i.team, f('team'), 100),
    beijing_rural: boolField(i.beijingRural, f('beijingRural'), true) ? 1 : 0,
    priority_groups: JSON.stringify(enumList(i.priorityGroups, f('priorityGroups'), PRIORITY_GROUPS)),
    card_hash: card.hash,
    card_enc: encrypt(card.normalized, cardContext(id.hash)),
    card_masked: card.masked,
    bank_name: optionalText(i.bankName, f('bankName'), 50),
    phone_enc: phone ? encrypt(phone.normalized, phoneContext(id.hash)) : null,
    phone_masked: phone?.masked ?? null,
    warnings: card.warnings,
    id_hashes: id.hashes,
  };
}

/** `ZC_ERR_CONFLICT` when the person is already registered (named by the masked ID only). */
export async function assertNotRegistered(
  db: Db,
  w: Pick<NewWorker, 'id_hashes' | 'id_masked'>,
  field: string,
): Promise<void> {
  const dup = await db
    .selectFrom('wr_workers')
    .select(['id', 'district'])
    .where('id_hash', 'in', w.id_hashes)
    .executeTakeFirst();
  if (!dup) return;
  const where = districtName(dup.district);
  throw new ZhengceError(
    'ZC_ERR_CONFLICT',
    `${field}: ${w.id_masked} is already registered (worker ${dup.id}, ${where.en}); one person is registered once`,
    {
      field,
      value: w.id_masked,
      messageZh: `${field}：${w.id_masked} 已登记（务工人员 ${dup.id}，${where.zh}），同一人只能登记一次`,
      details: { workerId: dup.id, district: dup.district },
    },
  );
}

/** Inserts checked workers of `district` and audits them; the caller's transaction. */
export async function insertWorkers(
  db: Db,
  actor: Actor,
  district: string,
  workers: readonly NewWorker[],
  now: Date,
): Promise<number[]> {
  const iso = now.toISOString();
  const ids: number[] = [];
  for (const { warnings: _w, id_hashes: _h, ...w } of workers) {
    const row = await db
      .insertInto('wr_workers')
      .values({ ...w, district, created_at: iso, created_by: actorLabel(actor), updated_at: iso })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** Registers one worker; answers the worker (masked) and any soft warnings (a card failing Luhn). */
export async function registerWorker(
  store: Store,
  actor: Actor,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<{ worker: WorkerView; warnings: readonly IdentifierIssue[] }> {
  const district = writeDistrict(actor, input.district, 'work-relief.manage');
  const w = parseWorker(input, shanghaiDate(now));
  const id = await uniqueOr(
    store.db.transaction().execute(async (trx) => {
      await assertNotRegistered(trx, w, 'residentId');
      const [wid] = await insertWorkers(trx, actor, district, [w], now);
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.worker.register',
          entityType: 'wr_worker',
          entityId: wid!,
          details: { district, name: w.name, residentId: w.id_masked, bankCard: w.card_masked },
        },
        now,
      );
      return wid!;
    }),
    'residentId',
    w.id_masked,
    '同一人只能登记一次',
  );
  return { worker: await getWorker(store, actor, id), warnings: w.warnings };
}

/** Changes a worker's details other than the resident ID (a different ID is a different person). */
export async function updateWorker(
  store: Store,
  actor: Actor,
  id: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<{ worker: WorkerView; warnings: readonly IdentifierIssue[] }> {
  reach(actor, 'work-relief.manage'); // the permission before the id: 403 whatever the id
  const old = await findWorker(store.db, id);
  authorizeDistrict(actor, 'work-relief.manage', old.district);
  const set: Partial<Omit<WrWorkerTable, 'id'>> = {};
  let warnings: readonly IdentifierIssue[] = [];
  if ('residentId' in input)
    throw invalidInput(
      'residentId',
      typeof input.residentId === 'string' ? maskResidentId(input.residentId) : input.residentId,
      'cannot be changed: a different ID is a different person, to be registered as such',
      '不能修改：身份证号码不同即为另一人，请另行登记',
    );
  if ('name' in input) set.name = requiredText(input.name, 'name', 50);
  for (const [k, col, max] of [
    ['town', 'town', 50],
    ['collective', 'collective', 100],
    ['team', 'team', 100],
    ['bankName', 'bank_name', 50],
  ] as const)
    if (k in input) set[col] = optionalText(input[k], k, max);
  if ('village' in input) set.village = requiredText(input.village, 'village', 50);
  if ('beijingRural' in input) set.beijing_rural = boolField(input.beijingRural, 'beijingRural') ? 1 : 0;
  if ('priorityGroups' in input)
    set.priority_groups = JSON.stringify(enumList(input.priorityGroups, 'priorityGroups', PRIORITY_GROUPS));
  if ('bankCard' in input) {
    const card = bankCard(input.bankCard, 'bankCard');
    Object.assign(set, {
      // Under the current key; the row's id_hash may still be under an old one until rotated,
      // and the contexts follow the row's id_hash, as the rotation expects.
      card_hash: card.hash,
      card_enc: encrypt(card.normalized, cardContext(old.id_hash)),
      card_masked: card.masked,
    });
    warnings = card.warnings;
  }
  if ('phone' in input) {
    const phone = mobilePhone(input.phone, 'phone');
    Object.assign(set, {
      phone_enc: phone ? encrypt(phone.normalized, phoneContext(old.id_hash)) : null,
      phone_masked: phone?.masked ?? null,
    });
  }
  await store.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('wr_workers')
      .set({ ...set, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    const changed = Object.keys(set).filter((k) => !k.endsWith('_enc') && !k.endsWith('_hash'));
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.worker.update',
        entityType: 'wr_worker',
        entityId: id,
        details: {
          changed,
          residentId: old.id_masked,
          ...(set.card_masked ? { bankCard: set.card_masked } : {}),
        },
      },
      now,
    );
  });
  return { worker: await getWorker(store, actor, id), warnings };
}

export async function findWorker(db: Db, id: number): Promise<WrWorkerRow> {
  const row = await db.selectFrom('wr_workers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `worker: ${id} does not exist`, {
      field: 'worker',
      value: id,
      messageZh: `worker：务工人员 ${id} 不存在`,
    });
  return row;
}

/** The districts that may see a worker: his own, and those of the projects he is enrolled on. */
async function visibleTo(db: Db, w: WrWorkerRow): Promise<string[]> {
  const rows = await db
    .selectFrom('wr_enrolments')
    .innerJoin('wr_projects', 'wr_projects.id', 'wr_enrolments.project_id')
    .select('wr_projects.district')
    .where('wr_enrolments.worker_id', '=', w.id)
    .execute();
  return [w.district, ...rows.map((r) => r.district)];
}

/** One worker, when the actor's district registered him or employs him. */
export async function getWorker(store: Store, actor: Actor, id: number): Promise<WorkerView> {
  const r = reach(actor, 'work-relief.read'); // the permission before the id: 403 whatever the id
  const row = await findWorker(store.db, id);
  if (!r.all && !(await visibleTo(store.db, row)).includes(r.district))
    authorizeDistrict(actor, 'work-relief.read', row.district);
  return workerView(row);
}

/** The workers the actor reaches: registered by his district or on its projects; `q` matches the name. */
export async function listWorkers(
  store: Store,
  actor: Actor,
  filter: { q?: unknown; projectId?: unknown } = {},
): Promise<WorkerView[]> {
  const r = reach(actor, 'work-relief.read');
  let q = store.db.selectFrom('wr_workers').selectAll('wr_workers').orderBy('wr_workers.id');
  if (!r.all) {
    const own = r.district;
    q = q.where((eb) =>
      eb.or([
        eb('wr_workers.district', '=', own),
        eb(
          'wr_workers.id',
          'in',
          eb
            .selectFrom('wr_enrolments')
            .innerJoin('wr_projects', 'wr_projects.id', 'wr_enrolments.project_id')
            .select('wr_enrolments.worker_id')
            .where('wr_projects.district', '=', own),
        ),
      ]),
    );
  }
  if (typeof filter.q === 'string' && filter.q.trim() !== '')
    q = q.where('wr_workers.name', 'like', `%${filter.q.trim()}%`);
  if (filter.projectId !== undefined && filter.projectId !== '')
    q = q.where('wr_workers.id', 'in', (eb) =>
      eb
        .selectFrom('wr_enrolments')
        .select('worker_id')
        .where('project_id', '=', intField(filter.projectId, 'projectId', 1, Number.MAX_SAFE_INTEGER)),
    );
  return (await q.execute()).map(workerView);
}
