/**
 * @module services/buildings/targets
 * 30号 四 工作目标 from the project records: 900,000 m² of public-building green retrofits and
 * 280,000 m² of ultra-low-energy buildings by 2025, counting completed projects by kind (D-30-21 –
 * D-30-24, `targetProgress` of the policy). Projects not yet completed are listed as planned.
 */
import type { CalendarDate } from '../../engine/period.ts';
import { type TargetReport, targetProgress } from '../../policies/jingjiguanfa-2023-30/targets.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, authorize } from '../accounts/index.ts';

export interface BuildingTargetsView {
  readonly report: TargetReport;
  /** Every project with its target kind and area; `completedOn` null while planned. */
  readonly projects: readonly {
    readonly code: string;
    readonly name: string;
    readonly kind: string;
    readonly areaSqm: string;
    readonly completedOn: string | null;
  }[];
}

/** Progress of the project records towards the 2025 targets, as of `asOf`. */
export async function buildingTargets(
  store: Store,
  actor: Actor,
  asOf: CalendarDate,
): Promise<BuildingTargetsView> {
  authorize(actor, 'targets.read');
  const rows = await store.db
    .selectFrom('building_projects')
    .select(['code', 'name', 'target_kind', 'area_sqm', 'completed_on'])
    .orderBy('code')
    .execute();
  const report = targetProgress(
    rows.flatMap((r) =>
      r.completed_on === null
        ? []
        : [{ id: r.code, kind: r.target_kind as never, areaSqm: r.area_sqm, completedOn: r.completed_on }],
    ),
    asOf,
  );
  return {
    report,
    projects: rows.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.target_kind,
      areaSqm: r.area_sqm,
      completedOn: r.completed_on,
    })),
  };
}
