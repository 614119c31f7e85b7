/**
 * @module store/schema
 * The database schema as Kysely types. One schema for SQLite and PostgreSQL: money in integer fen
 * (`bigint`), booleans as 0/1 integers, times as ISO-8601 UTC text, dates as `YYYY-MM-DD` text,
 * JSON as text. That keeps one query code path for both dialects.
 */

import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AirInspectionTable, AirSubplanTable } from './air-plans-schema.ts';
import type { EnterpriseServiceTables } from './enterprise-service-schema.ts';
import type { GreenFundTables } from './green-schema.ts';
import type { HeatingBuildingsTables } from './heating-buildings-schema.ts';
import type { WorkReliefTables } from './work-relief-schema.ts';

export interface DepartmentTable {
  code: string;
  name_zh: string;
  name_en: string;
  kind: string;
  pollution_command_member: number;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name_zh: string;
  display_name_en: string;
  role: string;
  department_code: string | null;
  credit_code: string | null;
  password_hash: string;
  disabled: number;
  failed_logins: number;
  created_at: string;
  updated_at: string;
}

export interface TokenTable {
  id: Generated<number>;
  /** SHA-256 of the secret; the secret itself is never stored. */
  token_hash: string;
  user_id: number;
  kind: string;
  label: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface EnterpriseTable {
  credit_code: string;
  name_zh: string;
  name_en: string;
  area: string;
  lat: string | null;
  lng: string | null;
  industry: string | null;
  foreign_invested: number;
  investor_country: string | null;
  scale: string | null;
  employees: number | null;
  registered_on: string | null;
  /** Further profile fields as JSON text (flags used by later modules). */
  profile: string;
  demo: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AirAlertTable {
  id: Generated<number>;
  number: string;
  level: string;
  status: string;
  source: string;
  starts_at: string;
  ends_at: string | null;
  issued_at: string;
  lifted_at: string | null;
  forecast: string | null;
  created_by: string;
  updated_at: string;
}

export interface AirAlertEventTable {
  id: Generated<number>;
  alert_id: number;
  seq: number;
  kind: string;
  from_level: string | null;
  to_level: string | null;
  at: string;
  actor: string;
  number: string | null;
  note: string | null;
}

export interface AirListEntryTable {
  id: Generated<number>;
  kind: string;
  credit_code: string | null;
  name_zh: string;
  name_en: string;
  sector: string;
  owner_department: string;
  grade: string | null;
  guarantee: number;
  /** Per-level measures (一厂一策) as JSON text: `{"yellow": "…", "orange": "…", "red": "…"}`. */
  measures: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface AirNoticeTable {
  id: Generated<number>;
  alert_id: number;
  event_id: number;
  recipient_kind: string;
  recipient_id: string;
  /** The enterprise's credit code, for listed enterprises and sites that have one. */
  credit_code: string | null;
  name_zh: string;
  name_en: string;
  created_at: string;
  delivered_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  reminders: number;
  last_reminded_at: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  dedupe_key: string;
  kind: string;
  ref_id: number;
  payload: string;
  created_at: string;
  attempts: number;
  sent_at: string | null;
}

/** Every table, for `Kysely<Database>`. */
export interface Database
  extends GreenFundTables,
    WorkReliefTables,
    HeatingBuildingsTables,
    EnterpriseServiceTables {
  air_alerts: AirAlertTable;
  air_alert_events: AirAlertEventTable;
  air_list_entries: AirListEntryTable;
  air_notices: AirNoticeTable;
  air_subplans: AirSubplanTable;
  air_inspections: AirInspectionTable;
  outbox: OutboxTable;
  departments: DepartmentTable;
  users: UserTable;
  tokens: TokenTable;
  enterprises: EnterpriseTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type TokenRow = Selectable<TokenTable>;
export type EnterpriseRow = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type AirAlertRow = Selectable<AirAlertTable>;
export type AirAlertEventRow = Selectable<AirAlertEventTable>;
export type AirListEntryRow = Selectable<AirListEntryTable>;
export type AirNoticeRow = Selectable<AirNoticeTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type { AirInspectionRow, AirSubplanRow } from './air-plans-schema.ts';
