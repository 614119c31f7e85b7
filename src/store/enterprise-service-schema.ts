/**
 * @module store/enterprise-service-schema
 * Kysely types of the tables of migration 0007 (foreign-investment services, 28号), merged into
 * `Database`. JSON columns are text; dates `YYYY-MM-DD`; phones only encrypted or masked.
 */
import type { Generated, Selectable } from 'kysely';

export interface FieFileTable {
  id: Generated<number>;
  credit_code: string;
  /** The dedicated officer (一企一档一专员). */
  officer_user_id: number | null;
  /** The 企业管家 of the enterprise's major projects. */
  steward_user_id: number | null;
  /** The language notices are written in: `zh` or `en`. */
  language: string;
  /** JSON array of `{name, address}`. */
  sites: string;
  /** JSON array of `{name, stage?, major?}`. */
  key_projects: string;
  /** JSON array of `{name, deliveredOn}`. */
  service_packages: string;
  /** JSON `CreditRiskFacts` (supervision.ts), or null before any is recorded. */
  credit_facts: string | null;
  credit_recorded_on: string | null;
  /** JSON `MatchProfile` precise push reads, or null. */
  match_profile: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface FieContactTable {
  id: Generated<number>;
  file_id: number;
  name: string;
  position: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  email: string | null;
  created_at: string;
}

export interface FieVisitTable {
  id: Generated<number>;
  file_id: number;
  visited_on: string;
  note: string;
  created_at: string;
  created_by: string;
}

export interface FieItemTable {
  id: Generated<number>;
  file_id: number;
  /** `request`, `problem`, `vision` or `roundtable`. */
  kind: string;
  source: string;
  title: string;
  description: string | null;
  status: string;
  owner_user_id: number | null;
  /** JSON array of department codes (协同商办). */
  departments: string;
  received_on: string;
  working_days: number;
  due_on: string;
  reply: string | null;
  summary: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface FieItemHistoryTable {
  id: Generated<number>;
  item_id: number;
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
}

export interface FieInspectionTable {
  id: Generated<number>;
  file_id: number;
  planned_on: string;
  kind: string;
  reason: string | null;
  /** The inspection-check rule's outcome: `eligible` or `needs_review`. */
  outcome: string;
  intensity: string;
  created_at: string;
  created_by: string;
}

export interface FieNoticeTable {
  id: Generated<number>;
  file_id: number;
  rule_id: string;
  language: string;
  subject: string;
  body: string;
  outcome: string;
  pushed_on: string;
  created_at: string;
}

export interface EnterpriseServiceTables {
  fie_files: FieFileTable;
  fie_contacts: FieContactTable;
  fie_visits: FieVisitTable;
  fie_items: FieItemTable;
  fie_item_history: FieItemHistoryTable;
  fie_inspections: FieInspectionTable;
  fie_notices: FieNoticeTable;
}

export type FieFileRow = Selectable<FieFileTable>;
export type FieItemRow = Selectable<FieItemTable>;
