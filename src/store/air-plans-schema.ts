/**
 * @module store/air-plans-schema
 * Kysely types of the tables of migration 0003 (`air_subplans`, `air_inspections`). They stay here
 * until they are merged into `Database` in schema.ts; meanwhile queries reach them through
 * {@link withAirPlans}, which is Kysely's `withTables` and adds the types without touching the
 * connection or the transaction.
 */
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database } from './schema.ts';

export interface AirSubplanTable {
  /** A member unit (departments.code); one row per unit. */
  unit_code: string;
  /** The day the sub-plan was filed with the command office (`YYYY-MM-DD`), or null while not filed. */
  filed_on: string | null;
  /** The filing's document number or reference, as the unit gives it. */
  document_ref: string | null;
  leader_name: string;
  contact_name: string;
  /** The 24-hour contact's phone, encrypted (`v1:` + base64 AES-256-GCM). */
  contact_phone_enc: string;
  /** The same phone masked for display, e.g. `138****5678`. */
  contact_phone_masked: string;
  updated_at: string;
  updated_by: string;
}

export interface AirInspectionTable {
  id: Generated<number>;
  alert_id: number;
  /** The listed enterprise or site inspected, when it is on a list. */
  list_entry_id: number | null;
  target_name: string;
  /** When the inspection took place (ISO-8601 UTC). */
  at: string;
  /** Who recorded it, as the audit log names actors (`user:…`). */
  inspector: string;
  result: 'compliant' | 'violation';
  notes: string | null;
  created_at: string;
}

/**
 * The tables of migration 0003, to merge into `Database`. A type alias, not an interface: Kysely's
 * `withTables` wants a record type, which an interface (no implicit index signature) is not.
 */
export type AirPlanTables = {
  air_subplans: AirSubplanTable;
  air_inspections: AirInspectionTable;
};

export type AirSubplanRow = Selectable<AirSubplanTable>;
export type AirInspectionRow = Selectable<AirInspectionTable>;

/** A handle (or transaction) typed with the tables of 0003 as well. Same connection, same transaction. */
export function withAirPlans(db: Kysely<Database>): Kysely<Database & AirPlanTables> {
  return db.withTables<AirPlanTables>();
}
