/**
 * @module store/work-relief-schema
 * Kysely types of the tables of migration 0005 (work relief, 1336号), merged into `Database`.
 * Amounts are integer fen; booleans 0/1; JSON columns text; personal data only encrypted
 * (`*_enc`), masked (`*_masked`) or as a keyed hash (`*_hash`).
 */
import type { Generated, Selectable } from 'kysely';

export interface WrPlanTable {
  id: Generated<number>;
  /** A district's department code (policies/departments.ts, kind `district`). */
  district: string;
  year: number;
  title: string;
  document_ref: string | null;
  approved_on: string | null;
  updated_at: string;
  updated_by: string;
}

export interface WrProjectTable {
  id: Generated<number>;
  /** The district's own project number, unique. */
  code: string;
  district: string;
  /** The plan year the project is listed in (三(一)). */
  year: number;
  name: string;
  domain: string;
  /** JSON array of stage keys (一(三)). */
  stages: string;
  post_disaster: number;
  location: string | null;
  owner_unit: string;
  contractor: string | null;
  total_investment_fen: number;
  wage_budget_fen: number;
  /** The project's standard daily rate (三(四) 劳务报酬标准). */
  daily_rate_fen: number;
  /** Day of the following month by which a month's wages are due (D-1336-3). */
  pay_day: number;
  start_on: string | null;
  end_on: string | null;
  status: string;
  approval_doc_ref: string | null;
  approval_states: number;
  government_funded: number;
  funding_doc_ref: string | null;
  funding_states: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface WrWorkerTable {
  id: Generated<number>;
  /** The district that registered the worker. */
  district: string;
  name: string;
  id_hash: string;
  id_enc: string;
  id_masked: string;
  town: string | null;
  village: string;
  collective: string | null;
  team: string | null;
  beijing_rural: number;
  /** JSON array of priority-group keys (一(一)). */
  priority_groups: string;
  card_hash: string;
  card_enc: string;
  card_masked: string;
  bank_name: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface WrEnrolmentTable {
  id: Generated<number>;
  project_id: number;
  worker_id: number;
  post: string;
  key_post: number;
  daily_rate_fen: number;
  joined_on: string;
  left_on: string | null;
}

export interface WrAttendanceTable {
  project_id: number;
  worker_id: number;
  day: string;
  /** 0 absent, 1 half a day, 2 a full day. */
  half_days: number;
  recorded_at: string;
  recorded_by: string;
}

export interface WrLedgerTable {
  id: Generated<number>;
  project_id: number;
  worker_id: number;
  /** `YYYY-MM`. */
  period: string;
  half_days: number;
  rate_fen: number;
  due_fen: number;
  pay_due_on: string;
  confirmed_on: string;
  confirmation_method: string;
  confirmed_by: string;
  paid_fen: number;
  first_paid_on: string | null;
  last_paid_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface WrPaymentTable {
  id: Generated<number>;
  ledger_id: number;
  amount_fen: number;
  paid_on: string;
  method: string;
  card_masked: string | null;
  own_card: number;
  exception_reason: string | null;
  payment_ref: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface WrTrainingTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  kind: string;
  held_on: string;
  hours: number;
  trainer: string | null;
  before_job: string;
  created_at: string;
  created_by: string;
}

export interface WrTrainingAttendeeTable {
  training_id: number;
  worker_id: number;
}

export interface WrMaintenanceJobTable {
  id: Generated<number>;
  project_id: number;
  title: string;
  starts_on: string;
  worker_id: number | null;
  from_project: number;
  outsider_reason: string | null;
  created_at: string;
  created_by: string;
}

/** The tables of migration 0005, merged into `Database`. */
export interface WorkReliefTables {
  wr_plans: WrPlanTable;
  wr_projects: WrProjectTable;
  wr_workers: WrWorkerTable;
  wr_enrolments: WrEnrolmentTable;
  wr_attendance: WrAttendanceTable;
  wr_ledger: WrLedgerTable;
  wr_payments: WrPaymentTable;
  wr_trainings: WrTrainingTable;
  wr_training_attendees: WrTrainingAttendeeTable;
  wr_maintenance_jobs: WrMaintenanceJobTable;
}

export type WrPlanRow = Selectable<WrPlanTable>;
export type WrProjectRow = Selectable<WrProjectTable>;
export type WrWorkerRow = Selectable<WrWorkerTable>;
export type WrEnrolmentRow = Selectable<WrEnrolmentTable>;
export type WrLedgerRow = Selectable<WrLedgerTable>;
export type WrPaymentRow = Selectable<WrPaymentTable>;
export type WrTrainingRow = Selectable<WrTrainingTable>;
