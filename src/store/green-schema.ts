/**
 * @module store/green-schema
 * Kysely types of the tables of migration 0004 (the green low-carbon fund, 31号). Amounts are
 * integer fen; JSON columns are text.
 */
import type { Generated, Selectable } from 'kysely';

export type ApplicationState =
  | 'draft'
  | 'submitted'
  | 'under_review'
  | 'more_info_requested'
  | 'expert_review'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'paid'
  | 'clawed_back';

export interface GreenApplicationTable {
  id: Generated<number>;
  /** `GF-<year>-<seq>`. */
  number: string;
  credit_code: string;
  rule_id: string;
  department: string;
  /** The enterprise's own reference of the project (the non-duplication and award key). */
  project_ref: string;
  project_name: string;
  /** The item's facts, JSON. */
  facts: string;
  /** The materials checklist, JSON `[{key, zh, en, provided, note}]`. */
  materials: string;
  state: ApplicationState;
  /** Outcome of the latest evaluation. */
  outcome: string | null;
  /** The latest decision, JSON (decisionToJson). */
  decision: string | null;
  /** Amount of the latest evaluation, fen. */
  amount_fen: number | null;
  /** Amount approved by the bureau, fen. */
  approved_fen: number | null;
  /** Expert review (item 26, 一事一议), JSON `{passed, opinion, experts, reviewedOn}`. */
  expert_opinion: string | null;
  budget_year: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface GreenApplicationEventTable {
  id: Generated<number>;
  application_id: number;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor: string;
  at: string;
  note: string | null;
}

export interface GreenGrantListTable {
  id: Generated<number>;
  kind: string;
  rule_id: string;
  department: string;
  title: string;
  source_name: string | null;
  row_count: number;
  imported_by: string;
  imported_at: string;
}

export interface GreenGrantListRowTable {
  id: Generated<number>;
  list_id: number;
  row_no: number;
  credit_code: string;
  project_ref: string;
  project_name: string;
  /** The item's own facts from the row, JSON. */
  facts: string;
}

export type GrantRunState = 'draft' | 'approved' | 'rejected';

export interface GreenGrantRunTable {
  id: Generated<number>;
  number: string;
  /** JSON array of list ids. */
  list_ids: string;
  as_of: string;
  state: GrantRunState;
  /** JSON: counts by outcome, totals. */
  summary: string;
  created_by: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export type AwardState = 'proposed' | 'approved' | 'paid' | 'clawed_back' | 'rejected';

export interface GreenAwardTable {
  id: Generated<number>;
  source: 'application' | 'grant';
  application_id: number | null;
  run_id: number | null;
  list_row_id: number | null;
  credit_code: string;
  rule_id: string;
  department: string;
  /** What the award is for: the rule's keys joined with "+". */
  subject: string;
  project_ref: string;
  project_name: string;
  amount_fen: number;
  state: AwardState;
  budget_year: number;
  /** The decision, JSON. */
  decision: string;
  created_at: string;
  approved_at: string | null;
  paid_at: string | null;
  payment_ref: string | null;
  clawed_back_at: string | null;
  clawback_fen: number | null;
  clawback_reason: string | null;
}

export type GrantResult = 'granted' | 'already_granted' | 'ineligible' | 'needs_review' | 'held';

export interface GreenGrantResultTable {
  id: Generated<number>;
  run_id: number;
  list_row_id: number;
  credit_code: string;
  rule_id: string;
  result: GrantResult;
  amount_fen: number | null;
  award_id: number | null;
  /** JSON: the failed or undecided reason codes, or why the row was held. */
  reasons: string;
}

/** `rule|creditCode|key`, one per thing awarded, while the award stands (deleted when rejected). */
export interface GreenAwardKeyTable {
  award_key: string;
  award_id: number;
  position: number;
}

export interface GreenNoticeTable {
  id: Generated<number>;
  credit_code: string;
  award_id: number | null;
  application_id: number | null;
  kind: string;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  created_at: string;
  read_at: string | null;
}

export interface ParameterSettingTable {
  id: Generated<number>;
  parameter_id: string;
  valid_from: string;
  valid_to: string | null;
  /** JSON value. */
  value: string;
  note: string;
  set_by: string;
  set_at: string;
}

/** The tables of migration 0004, merged into `Database`. */
export interface GreenFundTables {
  green_applications: GreenApplicationTable;
  green_application_events: GreenApplicationEventTable;
  green_grant_lists: GreenGrantListTable;
  green_grant_list_rows: GreenGrantListRowTable;
  green_grant_runs: GreenGrantRunTable;
  green_awards: GreenAwardTable;
  green_award_keys: GreenAwardKeyTable;
  green_grant_results: GreenGrantResultTable;
  green_notices: GreenNoticeTable;
  parameter_settings: ParameterSettingTable;
}

export type GreenApplicationRow = Selectable<GreenApplicationTable>;
export type GreenApplicationEventRow = Selectable<GreenApplicationEventTable>;
export type GreenGrantListRow = Selectable<GreenGrantListTable>;
export type GreenGrantListRowRow = Selectable<GreenGrantListRowTable>;
export type GreenGrantRunRow = Selectable<GreenGrantRunTable>;
export type GreenAwardRow = Selectable<GreenAwardTable>;
export type GreenNoticeRow = Selectable<GreenNoticeTable>;
export type ParameterSettingRow = Selectable<ParameterSettingTable>;
export type GreenGrantResultRow = Selectable<GreenGrantResultTable>;
