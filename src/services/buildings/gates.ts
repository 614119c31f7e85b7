/**
 * @module services/buildings/gates
 * 七 过程管理 per project: the checklist of the five stages (`checklist` of 30号) over what each
 * department recorded, and recording or withdrawing an item. Only an officer of a department the
 * item names may record it (the approving department for 七(二)'s items, D-30-17), and only an
 * item that applies to the project and is not yet recorded; a withdrawal needs a reason. Each
 * change is audited in its transaction.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  type Checklist,
  checklist,
  GATE_ITEMS,
  type GateCheck,
  type GateRecords,
  type Stage,
} from '../../policies/jingjiguanfa-2023-30/gates.ts';
import type { Store } from '../../store/db.ts';
import type { BuildingGateRecordRow } from '../../store/heating-buildings-schema.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type BuildingProjectView, buildingFor, ratingDecision, requirementOf, toView } from './projects.ts';

/** Who recorded an item, when, for which department. */
export interface GateRecordView {
  readonly department: string;
  readonly note: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export type ProjectGateCheck = GateCheck & {
  readonly record: GateRecordView | null;
  /** The actor may record (or withdraw) this item. */
  readonly mine: boolean;
};

export interface ProjectChecklist extends Omit<Checklist, 'stages'> {
  readonly project: BuildingProjectView;
  readonly asOf: CalendarDate;
  readonly requirement: ReturnType<typeof ratingDecision>;
  readonly stages: readonly (Omit<Checklist['stages'][number], 'items'> & {
    readonly items: readonly ProjectGateCheck[];
  })[];
}

/** May the actor act for one of `departments`? Returns the department it acts for, or null. */
function actingDepartment(actor: Actor, departments: readonly string[]): string | null {
  if (actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin'))
    return departments[0] ?? null;
  if (
    actor.kind === 'user' &&
    actor.role === 'officer' &&
    actor.department &&
    departments.includes(actor.department)
  )
    return actor.department;
  return null;
}

function gateProject(p: BuildingProjectView, asOf: CalendarDate) {
  return { ...p.gate, investor: p.facts.investor, requirement: requirementOf(p.facts, asOf) };
}

/** The checklist of a project as of `asOf`, with who recorded each item. */
export async function projectChecklist(
  store: Store,
  actor: Actor,
  id: unknown,
  asOf: CalendarDate,
): Promise<ProjectChecklist> {
  const row = await buildingFor(store, actor, id, 'buildings.read');
  const project = toView(row);
  const records = await store.db
    .selectFrom('building_gate_records')
    .selectAll()
    .where('project_id', '=', row.id)
    .execute();
  const byItem = new Map<string, BuildingGateRecordRow>(records.map((r) => [r.item_id, r]));
  const recorded: Partial<Record<Stage, string[]>> = {};
  for (const r of records) recorded[r.stage as Stage] = [...(recorded[r.stage as Stage] ?? []), r.item_id];
  const c = checklist(gateProject(project, asOf), recorded as GateRecords);
  const canRecord =
    actor.kind === 'system' ||
    (actor.kind === 'user' && (actor.role === 'admin' || actor.role === 'officer'));
  return {
    ...c,
    project,
    asOf,
    requirement: ratingDecision(project.facts, asOf),
    stages: c.stages.map((s) => ({
      ...s,
      items: s.items.map((i): ProjectGateCheck => {
        const r = byItem.get(i.id);
        return {
          ...i,
          record: r
            ? { department: r.department, note: r.note, recordedBy: r.recorded_by, recordedAt: r.recorded_at }
            : null,
          mine: canRecord && actingDepartment(actor, i.departments) !== null,
        };
      }),
    })),
  };
}

async function itemFor(store: Store, actor: Actor, id: unknown, itemId: unknown, asOf: CalendarDate) {
  authorize(actor, 'buildings.record');
  const item = GATE_ITEMS.find((i) => i.id === itemId);
  if (!item) throw invalidInput('itemId', itemId, 'is not a checklist item of 30号 七', '不是30号七的检查项');
  const c = await projectChecklist(store, actor, id, asOf);
  const check = c.stages.flatMap((s) => s.items).find((i) => i.id === item.id)!;
  const department = actingDepartment(actor, check.departments);
  if (department === null)
    throw new ZhengceError(
      'ZC_ERR_FORBIDDEN',
      `buildings.record: ${item.id} is recorded by ${check.departments.join(', ')}`,
      {
        field: 'itemId',
        value: item.id,
        messageZh: `无权记录该检查项：${item.id} 由 ${check.departments.join('、')} 记录`,
      },
    );
  return { c, check, department };
}

/** Records an item as done for its department: `{itemId, note?}`. */
export async function recordGateItem(
  store: Store,
  actor: Actor,
  id: unknown,
  input: Record<string, unknown>,
  asOf: CalendarDate,
  now = new Date(),
) {
  const { c, check, department } = await itemFor(store, actor, id, input.itemId, asOf);
  if (check.status === 'not_applicable')
    throw invalidInput(
      'itemId',
      check.id,
      `does not apply to this project (${check.notApplicableBecause?.en ?? ''})`,
      `不适用于该项目（${check.notApplicableBecause?.zh ?? ''}）`,
    );
  if (check.status === 'done')
    throw new ZhengceError('ZC_ERR_CONFLICT', `${check.id} is already recorded`, {
      field: 'itemId',
      value: check.id,
      messageZh: `${check.id} 已记录`,
    });
  const note =
    typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim().slice(0, 1000) : null;
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('building_gate_records')
      .values({
        project_id: c.project.id,
        stage: check.item.stage,
        item_id: check.id,
        department,
        note,
        recorded_by: actorLabel(actor),
        recorded_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'building_gate.record',
        entityType: 'building_project',
        entityId: c.project.id,
        details: { code: c.project.code, itemId: check.id, stage: check.item.stage, department, note },
      },
      now,
    );
  });
  return projectChecklist(store, actor, c.project.id, asOf);
}

/** Withdraws a recorded item (recorded in error), with the reason in the audit log. */
export async function withdrawGateItem(
  store: Store,
  actor: Actor,
  id: unknown,
  input: Record<string, unknown>,
  asOf: CalendarDate,
  now = new Date(),
) {
  const { c, check, department } = await itemFor(store, actor, id, input.itemId, asOf);
  if (typeof input.reason !== 'string' || input.reason.trim() === '')
    throw invalidInput('reason', input.reason, 'is required', '必填');
  if (check.record === null)
    throw new ZhengceError('ZC_ERR_CONFLICT', `${check.id} is not recorded`, {
      field: 'itemId',
      value: check.id,
      messageZh: `${check.id} 尚未记录`,
    });
  await store.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('building_gate_records')
      .where('project_id', '=', c.project.id)
      .where('item_id', '=', check.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'building_gate.withdraw',
        entityType: 'building_project',
        entityId: c.project.id,
        details: {
          code: c.project.code,
          itemId: check.id,
          department,
          reason: (input.reason as string).trim(),
          was: check.record,
        },
      },
      now,
    );
  });
  return projectChecklist(store, actor, c.project.id, asOf);
}
