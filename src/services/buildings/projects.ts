/**
 * @module services/buildings/projects
 * Building projects under 京技管发〔2023〕30号: the facts that decide the required green rating and
 * ultra-low-energy standard (the rating rule's facts), what the stage gates of 七 need to know
 * (investment-promotion entry, land supply, approval authority, …), and what the project counts as
 * towards the targets of 四 (kind, area, completion date). A department's officers register and
 * edit the projects it keeps (by default 开发建设局, which holds the joint-meeting office, 五, 六(七));
 * every official reads every project, because each stage is checked by a different department.
 *
 * The document governs a project by the date of its facts: its approval date, or — before approval
 * (D-30-2) — the date asked about. A project approved inside 2023-11-23 – 2025-12-31 keeps its
 * requirement after the document expired; the rating rule itself answers `not_in_force` for facts
 * dated outside the window (D-30-1).
 */
import { type DecisionJson, decisionToJson } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { evaluateRule } from '../../engine/rule.ts';
import { getPolicy, getRule, policyWindow } from '../../policies/index.ts';
import type { GateProject } from '../../policies/jingjiguanfa-2023-30/gates.ts';
import { FROM, TO } from '../../policies/jingjiguanfa-2023-30/parameters.ts';
import { type RatingRequirement, ratingRequirement } from '../../policies/jingjiguanfa-2023-30/project.ts';
import type { RatingFacts } from '../../policies/jingjiguanfa-2023-30/rating-schema.ts';
import type { TargetRecordKind } from '../../policies/jingjiguanfa-2023-30/targets.ts';
import type { Store } from '../../store/db.ts';
import type { BuildingProjectRow } from '../../store/heating-buildings-schema.ts';
import { findDepartment } from '../../store/queries.ts';
import { type Actor, actorLabel, authorize, type Permission } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Input, readFields } from './project-fields.ts';

export { readGate } from './project-fields.ts';

export const RATING_RULE = 'jingjiguanfa-2023-30/rating-requirement';
/** 开发建设局 holds the joint-meeting office (30号 五, 六(七)). */
export const DEFAULT_BUILDING_DEPARTMENT = 'development-construction';

/** What the stage gates need beyond the rating facts (`GateProject` without the requirement and investor). */
export type GateFacts = Omit<GateProject, 'requirement' | 'investor'>;

export interface BuildingProjectView {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly creditCode: string | null;
  readonly facts: RatingFacts;
  readonly gate: GateFacts;
  readonly targetKind: TargetRecordKind;
  readonly areaSqm: string;
  readonly completedOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The date the project's facts are judged on: the approval date, else `asOf` (D-30-2). */
export function factsDate(facts: RatingFacts, asOf: CalendarDate): CalendarDate {
  return (facts.approvalDate as CalendarDate | undefined) ?? asOf;
}

/** What 30号 requires of the project, or null when it does not govern it (outside 225 km² or the window). */
export function requirementOf(facts: RatingFacts, asOf: CalendarDate): RatingRequirement | null {
  const on = factsDate(facts, asOf);
  if (facts.location === 'outside' || on < FROM || on > TO) return null;
  return ratingRequirement(facts, on);
}

/** The rating rule on the project's facts, judged on the date of its facts. */
export function ratingDecision(facts: RatingFacts, asOf: CalendarDate): DecisionJson {
  const rule = getRule(RATING_RULE);
  const d = evaluateRule(rule, facts, factsDate(facts, asOf), policyWindow(getPolicy(rule.policyId)));
  return decisionToJson(d, rule.messages);
}

export function toView(row: BuildingProjectRow): BuildingProjectView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    department: row.department,
    creditCode: row.credit_code,
    facts: JSON.parse(row.facts) as RatingFacts,
    gate: JSON.parse(row.gate) as GateFacts,
    targetKind: row.target_kind as TargetRecordKind,
    areaSqm: row.area_sqm,
    completedOn: row.completed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A project by id or code, checked against the actor; `ZC_ERR_NOT_FOUND` naming `id`. */
export async function buildingFor(store: Store, actor: Actor, idOrCode: unknown, permission: Permission) {
  authorize(actor, permission);
  const q = store.db.selectFrom('building_projects').selectAll();
  const row =
    typeof idOrCode === 'number' || (typeof idOrCode === 'string' && /^\d+$/.test(idOrCode))
      ? await q.where('id', '=', Number(idOrCode)).executeTakeFirst()
      : typeof idOrCode === 'string'
        ? await q.where('code', '=', idOrCode).executeTakeFirst()
        : undefined;
  if (!row)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `building project ${String(idOrCode)} not found`, {
      field: 'id',
      value: idOrCode,
      messageZh: `未找到建筑项目 ${String(idOrCode)}`,
    });
  // Officials read every project; an enterprise only its own; managers only their department's.
  if (permission === 'buildings.read') {
    if (actor.kind === 'user' && actor.role === 'enterprise')
      authorize(actor, permission, { creditCode: row.credit_code ?? '' });
  } else authorize(actor, permission, { department: row.department });
  return row;
}

/** Registers a project: `{code, name, facts, gate, targetKind, areaSqm, completedOn?, creditCode?, department?}`. */
export async function createBuildingProject(store: Store, actor: Actor, input: Input, now = new Date()) {
  authorize(actor, 'buildings.manage');
  const code = typeof input.code === 'string' ? input.code.trim() : '';
  if (code === '' || code.length > 40)
    throw invalidInput('code', input.code, 'is required (at most 40 characters)', '必填（不超过40字）');
  const given = typeof input.department === 'string' && input.department !== '' ? input.department : null;
  const department =
    given ??
    (actor.kind === 'user' && actor.role === 'officer' ? actor.department : null) ??
    DEFAULT_BUILDING_DEPARTMENT;
  authorize(actor, 'buildings.manage', { department });
  if (!(await findDepartment(store.db, department)))
    throw invalidInput('department', department, 'is not a known department', '不是已登记的部门');
  const f = await readFields(store.db, input, false);
  const iso = now.toISOString();
  const row = await store.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('building_projects').select('id').where('code', '=', code).executeTakeFirst())
      throw new ZhengceError('ZC_ERR_CONFLICT', `code ${code} is already registered`, {
        field: 'code',
        value: code,
        messageZh: `项目编号 ${code} 已登记`,
      });
    const r = await trx
      .insertInto('building_projects')
      .values({
        code,
        name: f.name!,
        department,
        credit_code: f.credit_code ?? null,
        facts: f.facts!,
        gate: f.gate!,
        target_kind: f.target_kind!,
        area_sqm: f.area_sqm!,
        completed_on: f.completed_on ?? null,
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
        action: 'building_project.create',
        entityType: 'building_project',
        entityId: r.id,
        details: { code, department, targetKind: r.target_kind, areaSqm: r.area_sqm },
      },
      now,
    );
    return r;
  });
  return toView(row);
}

/** Changes a project's fields (not its code or department). */
export async function updateBuildingProject(
  store: Store,
  actor: Actor,
  id: unknown,
  input: Input,
  now = new Date(),
) {
  const row = await buildingFor(store, actor, id, 'buildings.manage');
  for (const k of ['code', 'department'])
    if (k in input && input[k] !== (k === 'code' ? row.code : row.department))
      throw invalidInput(k, input[k], 'cannot be changed; register a new project', '不可修改，请登记新项目');
  const f = await readFields(store.db, input, true);
  const updated = await store.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('building_projects')
      .set({ ...f, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      actor,
      {
        action: 'building_project.update',
        entityType: 'building_project',
        entityId: row.id,
        details: { code: row.code, changed: Object.keys(f) },
      },
      now,
    );
    return r;
  });
  return toView(updated);
}

/** Every project for officials; an enterprise's own for an enterprise. */
export async function listBuildingProjects(store: Store, actor: Actor) {
  authorize(actor, 'buildings.read');
  let q = store.db.selectFrom('building_projects').selectAll().orderBy('code');
  if (actor.kind === 'user' && actor.role === 'enterprise')
    q = q.where('credit_code', '=', actor.creditCode ?? '');
  return (await q.limit(2000).execute()).map(toView);
}
