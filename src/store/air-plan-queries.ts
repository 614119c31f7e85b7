/**
 * @module store/air-plan-queries
 * Queries of the member units' sub-plans and contacts and of the inspections during an alert
 * (migration 0003). Each takes a handle or a transaction, so services decide the boundaries.
 */
import type { Insertable } from 'kysely';
import {
  type AirInspectionRow,
  type AirInspectionTable,
  type AirSubplanRow,
  type AirSubplanTable,
  withAirPlans,
} from './air-plans-schema.ts';
import type { Db } from './queries.ts';

export function listSubplans(db: Db): Promise<AirSubplanRow[]> {
  return withAirPlans(db).selectFrom('air_subplans').selectAll().orderBy('unit_code').execute();
}

export function findSubplan(db: Db, unitCode: string): Promise<AirSubplanRow | undefined> {
  return withAirPlans(db)
    .selectFrom('air_subplans')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .executeTakeFirst();
}

/** Inserts the unit's row or replaces every field of it. */
export async function upsertSubplan(db: Db, row: AirSubplanRow): Promise<void> {
  const { unit_code: _unit, ...rest } = row;
  await withAirPlans(db)
    .insertInto('air_subplans')
    .values(row)
    .onConflict((oc) => oc.column('unit_code').doUpdateSet(rest))
    .execute();
}

export async function insertInspection(
  db: Db,
  row: Insertable<AirInspectionTable>,
): Promise<AirInspectionRow> {
  return withAirPlans(db).insertInto('air_inspections').values(row).returningAll().executeTakeFirstOrThrow();
}

/** An alert's inspections in the order they took place. */
export function inspectionsOf(db: Db, alertId: number): Promise<AirInspectionRow[]> {
  return withAirPlans(db)
    .selectFrom('air_inspections')
    .selectAll()
    .where('alert_id', '=', alertId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export type { AirInspectionRow, AirSubplanRow, AirSubplanTable };
