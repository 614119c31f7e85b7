/**
 * @module web/lib/green-types
 * The shapes the green low-carbon fund's API (京技管发〔2023〕31号, `src/api/routes/green.ts`)
 * answers with, as the web pages read them: the policy calculator's match, applications and
 * their events, awards, grant lists and runs, notices and the budget. Money is always a yuan
 * string (`"400000.00"`).
 */
import type { Bilingual, Citation, Decision } from '../api.ts';

/** The policy id of the fund. */
export const GREEN_POLICY_ID = 'jingjiguanfa-2023-31';

/** The bureaus responsible for the fund's items (第三章 二（二）). */
export const GREEN_BUREAUS: readonly string[] = [
  'city-operations',
  'economic-development',
  'development-construction',
];

/** How an item stands in its project after 从高从优不重复 (第二章 二（三）). */
export type MatchStatus = 'winner' | 'superseded' | 'pending' | 'not_awarded';
export const MATCH_STATUSES: readonly MatchStatus[] = ['winner', 'superseded', 'pending', 'not_awarded'];

export interface MatchEntry {
  readonly ruleId: string;
  readonly item: number;
  readonly title: Bilingual;
  readonly noApplication: boolean;
  readonly department: string | null;
  readonly status: MatchStatus;
  /** For a superseded entry: the winning rule id, or the other policy's id. */
  readonly supersededBy?: string;
  readonly decision: Decision;
}

export interface ProjectMatch {
  readonly id: string;
  readonly name: string | null;
  /** The winning rule id, another policy's id when that award is higher, or null. */
  readonly winner: string | null;
  readonly amount: string;
  readonly entries: readonly MatchEntry[];
}

export interface MatchResult {
  readonly asOf: string;
  readonly total: string;
  readonly interpretations: readonly string[];
  readonly citation: Citation;
  readonly projects: readonly ProjectMatch[];
  readonly notConsidered: readonly {
    readonly ruleId: string;
    readonly item: number;
    readonly title: Bilingual;
  }[];
}

/** An award the project already holds under another E-Town policy. */
export interface OtherPolicyAward {
  readonly policyId: string;
  readonly title?: string;
  readonly amount: string;
}

/** The body of `POST /api/v1/match`'s `profile`. */
export interface MatchProfile {
  readonly enterprise: Readonly<Record<string, unknown>>;
  readonly projects: readonly {
    readonly id: string;
    readonly name?: string;
    readonly facts?: Readonly<Record<string, unknown>>;
    readonly candidates: readonly {
      /** A 31号 item number, or another policy's rule id. */
      readonly item: number | string;
      readonly facts: Readonly<Record<string, unknown>>;
    }[];
    readonly otherPolicyAwards?: readonly OtherPolicyAward[];
  }[];
}

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

export const APPLICATION_STATES: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'under_review',
  'more_info_requested',
  'expert_review',
  'approved',
  'rejected',
  'withdrawn',
  'paid',
  'clawed_back',
];

/** One line of the materials checklist. */
export interface MaterialItem {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly required: boolean;
  readonly provided: boolean;
  readonly note: string | null;
}

export interface ApplicationEvent {
  readonly seq: number;
  readonly action: string;
  readonly from: string | null;
  readonly to: string;
  readonly actor: string;
  readonly at: string;
  readonly note: string | null;
}

export interface ExpertReview {
  readonly passed: boolean;
  readonly opinion: string;
  readonly experts: readonly string[];
  readonly reviewedAt?: string;
}

export interface Application {
  readonly id: number;
  readonly number: string;
  readonly creditCode: string;
  readonly ruleId: string;
  readonly department: string;
  readonly projectRef: string;
  readonly projectName: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly materials: readonly MaterialItem[];
  readonly state: ApplicationState;
  readonly outcome: string | null;
  readonly decision: Decision | null;
  readonly amount: string | null;
  readonly approvedAmount: string | null;
  readonly expertReview: ExpertReview | null;
  readonly budgetYear: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events?: readonly ApplicationEvent[];
}

/** The actions of `POST …/applications/:id/transitions`. */
export type TransitionAction =
  | 'submit'
  | 'withdraw'
  | 'start_review'
  | 'request_info'
  | 'send_to_experts'
  | 'reject';

export type AwardState = 'proposed' | 'approved' | 'paid' | 'clawed_back' | 'rejected';

export interface Award {
  readonly id: number;
  readonly source: 'application' | 'grant';
  readonly applicationId: number | null;
  readonly runId: number | null;
  readonly creditCode: string;
  readonly ruleId: string;
  readonly department: string;
  readonly subject: string;
  readonly projectRef: string;
  readonly projectName: string;
  readonly amount: string;
  readonly state: AwardState;
  readonly budgetYear: number;
  readonly createdAt: string;
  readonly approvedAt: string | null;
  readonly paidAt: string | null;
  readonly paymentRef: string | null;
  readonly clawedBackAt: string | null;
  readonly clawback: string | null;
  readonly clawbackReason: string | null;
}

export interface GreenNotice {
  readonly id: number;
  readonly creditCode: string;
  readonly awardId: number | null;
  readonly applicationId: number | null;
  readonly kind: string;
  readonly title: Bilingual;
  readonly body: Bilingual;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** A list kind a bureau imports for grants without application (免申即享). */
export interface GrantKind {
  readonly kind: string;
  readonly item: number;
  readonly title: Bilingual;
}

export interface GrantList {
  readonly id: number;
  readonly kind: string;
  readonly ruleId: string;
  readonly department: string;
  readonly title: string;
  readonly sourceName: string | null;
  readonly rows: number;
  readonly importedBy: string;
  readonly importedAt: string;
}

/** One rejected row of an import (the header is row 1). */
export interface GrantRowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface GrantImportResult {
  readonly listId: number | null;
  readonly added: number;
  readonly errors: readonly GrantRowError[];
}

export interface RunSummary {
  readonly rows: number;
  readonly granted: number;
  readonly alreadyGranted: number;
  readonly ineligible: number;
  readonly needsReview: number;
  readonly held: number;
  readonly total: string;
  readonly byRule: Readonly<Record<string, { readonly granted: number; readonly total: string }>>;
}

export type RunState = 'draft' | 'approved' | 'rejected';

export interface GrantRun {
  readonly id: number;
  readonly number: string;
  readonly asOf: string;
  readonly state: RunState;
  readonly listIds: readonly number[];
  readonly summary: RunSummary;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
}

export type GrantResult = 'granted' | 'already_granted' | 'ineligible' | 'needs_review' | 'held';

export interface GrantRunRow {
  readonly listRowId: number;
  readonly rowNo: number;
  readonly creditCode: string;
  readonly enterprise: Bilingual;
  readonly projectName: string;
  readonly ruleId: string;
  readonly result: GrantResult;
  readonly amount: string | null;
  readonly awardId: number | null;
  readonly reasons: readonly string[];
}

export interface GrantRunDetail extends GrantRun {
  readonly results: readonly GrantRunRow[];
}

export interface BudgetLine {
  readonly year: number;
  readonly department: string;
  readonly ruleId: string;
  readonly item: number;
  readonly title: Bilingual;
  readonly committed: string;
  readonly approved: string;
  readonly paid: string;
  readonly clawedBack: string;
  readonly count: number;
}

export interface BudgetTotals {
  readonly committed: string;
  readonly approved: string;
  readonly paid: string;
  readonly clawedBack: string;
  readonly count: number;
}

export interface Budget {
  readonly lines: readonly BudgetLine[];
  readonly totals: BudgetTotals;
}

/** The rule id of item `n` (1–27): `jingjiguanfa-2023-31/item-07`. */
export function itemRuleId(n: number): string {
  return `${GREEN_POLICY_ID}/item-${String(n).padStart(2, '0')}`;
}

/** The item number of a rule id of the fund (`…/item-07` → 7), or NaN. */
export function itemOf(ruleId: string): number {
  const m = /\/item-(\d{1,2})$/.exec(ruleId);
  return m ? Number(m[1]) : Number.NaN;
}
