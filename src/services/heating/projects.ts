/**
 * @module services/heating/projects
 * New-energy heating projects on the platform (京发改〔2023〕1309号 五(四)): the register the
 * monitoring reads. A project belongs to the department that supervises its operation — by default
 * 市城市管理委, which "负责新能源供热项目运行备案、运行监管" (七(一)) — and may name the enterprise that
 * operates it, which then reports its readings. Officers of the department register and edit
 * projects; every change is audited in the same transaction.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { TECHNOLOGY_LABELS, type Technology } from '../../policies/jingfagai-2023-1309/technologies.ts';
import type { Store } from '../../store/db.ts';
import type { HeatingProjectRow } from '../../store/heating-buildings-schema.ts';
import { type Db, findDepartment } from '../../store/queries.ts';
import { type Actor, actorLabel, authorize, type Permission } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Input, PROJECT_CHECK_RULE, readFields, text } from './project-fields.ts';

export { PROJECT_CHECK_RULE };

/** 市城市管理委: operation filing and supervision of new-energy heating projects (七(一)). */
export const DEFAULT_HEATING_DEPARTMENT = 'beijing-urban-management';

export interface HeatingProjectView {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly creditCode: string | null;
  readonly enterpriseName: string | null;
  readonly technology: Technology;
  readonly technologyLabel: { zh: string; en: string };
  readonly heatedAreaM2: string | null;
  readonly commissionedOn: string | null;
  readonly design: Record<string, unknown> | null;
  readonly readings: { readonly count: number; readonly first: string | null; readonly last: string | null };
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The scope of a project: its department, and its operator for enterprise users. */
export function projectScope(p: Pick<HeatingProjectRow, 'department' | 'credit_code'>) {
  return { department: p.department, ...(p.credit_code ? { creditCode: p.credit_code } : {}) };
}

/** A project by id or code; `ZC_ERR_NOT_FOUND` naming `id`. */
export async function findProject(db: Db, idOrCode: unknown): Promise<HeatingProjectRow> {
  const q = db.selectFrom('heating_projects').selectAll();
  const row =
    typeof idOrCode === 'number' || (typeof idOrCode === 'string' && /^\d+$/.test(idOrCode))
      ? await q.where('id', '=', Number(idOrCode)).executeTakeFirst()
      : typeof idOrCode === 'string'
        ? await q.where('code', '=', idOrCode).executeTakeFirst()
        : undefined;
  if (!row)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `heating project ${String(idOrCode)} not found`, {
      field: 'id',
      value: idOrCode,
      messageZh: `未找到供热项目 ${String(idOrCode)}`,
    });
  return row;
}

/** Loads a project and checks the actor may act on it. */
export async function projectFor(
  store: Store,
  actor: Actor,
  idOrCode: unknown,
  permission: Permission,
): Promise<HeatingProjectRow> {
  authorize(actor, permission);
  const row = await findProject(store.db, idOrCode);
  authorize(actor, permission, projectScope(row));
  return row;
}

async function toView(db: Db, row: HeatingProjectRow): Promise<HeatingProjectView> {
  const ent = row.credit_code
    ? await db
        .selectFrom('enterprises')
        .select('name_zh')
        .where('credit_code', '=', row.credit_code)
        .executeTakeFirst()
    : undefined;
  const stats = await db
    .selectFrom('heating_readings')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.min('at_utc').as('first'),
      eb.fn.max('at_utc').as('last'),
    ])
    .where('project_id', '=', row.id)
    .executeTakeFirstOrThrow();
  const technology = row.technology as Technology;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    department: row.department,
    creditCode: row.credit_code,
    enterpriseName: ent?.name_zh ?? null,
    technology,
    technologyLabel: TECHNOLOGY_LABELS[technology],
    heatedAreaM2: row.heated_area_m2,
    commissionedOn: row.commissioned_on,
    design: row.design === null ? null : (JSON.parse(row.design) as Record<string, unknown>),
    readings: { count: Number(stats.n), first: stats.first ?? null, last: stats.last ?? null },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Registers a project: `{code, name, technology, department?, creditCode?, heatedAreaM2?, commissionedOn?, design?}`. */
export async function createHeatingProject(store: Store, actor: Actor, input: Input, now = new Date()) {
  authorize(actor, 'heating.manage');
  const code = text(input, 'code', true, 40)!;
  const department =
    text(input, 'department', false, 80) ??
    (actor.kind === 'user' && actor.role === 'officer' ? actor.department : null) ??
    DEFAULT_HEATING_DEPARTMENT;
  authorize(actor, 'heating.manage', { department });
  if (!(await findDepartment(store.db, department)))
    throw invalidInput('department', department, 'is not a known department', '不是已登记的部门');
  const fields = await readFields(store.db, input, false);
  const iso = now.toISOString();
  const row = await store.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('heating_projects')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst();
    if (taken)
      throw new ZhengceError('ZC_ERR_CONFLICT', `code ${code} is already registered`, {
        field: 'code',
        value: code,
        messageZh: `项目编号 ${code} 已登记`,
      });
    const inserted = await trx
      .insertInto('heating_projects')
      .values({
        code,
        name: fields.name!,
        department,
        credit_code: fields.credit_code ?? null,
        technology: fields.technology!,
        heated_area_m2: fields.heated_area_m2 ?? null,
        commissioned_on: fields.commissioned_on ?? null,
        design: fields.design ?? null,
        created_by: actorLabel(actor),
        created_at: iso,
        updated_at: iso,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'heating_project.create',
        entityType: 'heating_project',
        entityId: inserted.id,
        details: { code, department, creditCode: inserted.credit_code, technology: inserted.technology },
      },
      now,
    );
    return inserted;
  });
  return toView(store.db, row);
}

/** Changes a project's fields (not its code or department). */
export async function updateHeatingProject(
  store: Store,
  actor: Actor,
  id: unknown,
  input: Input,
  now = new Date(),
) {
  const row = await projectFor(store, actor, id, 'heating.manage');
  for (const k of ['code', 'department'])
    if (k in input && input[k] !== (k === 'code' ? row.code : row.department))
      throw invalidInput(k, input[k], 'cannot be changed; register a new project', '不可修改，请登记新项目');
  const fields = await readFields(store.db, input, true);
  const updated = await store.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('heating_projects')
      .set({ ...fields, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'heating_project.update',
        entityType: 'heating_project',
        entityId: row.id,
        details: { code: row.code, changed: Object.keys(fields) },
      },
      now,
    );
    return r;
  });
  return toView(store.db, updated);
}

/** The projects the actor may see: an official's department's, an enterprise's own, all for admins. */
export async function listHeatingProjects(store: Store, actor: Actor): Promise<HeatingProjectView[]> {
  authorize(actor, 'heating.read');
  let q = store.db.selectFrom('heating_projects').selectAll().orderBy('code');
  if (actor.kind === 'user' && actor.role === 'enterprise')
    q = q.where('credit_code', '=', actor.creditCode ?? '');
  else if (actor.kind === 'user' && actor.role !== 'admin')
    q = q.where('department', '=', actor.department ?? '');
  const rows = await q.limit(1000).execute();
  return Promise.all(rows.map((r) => toView(store.db, r)));
}

export async function getHeatingProject(
  store: Store,
  actor: Actor,
  id: unknown,
): Promise<HeatingProjectView> {
  return toView(store.db, await projectFor(store, actor, id, 'heating.read'));
}
