/**
 * @module web/lib/work-relief-types
 * The shapes the work-relief API (`/api/v1/work-relief`) answers with, as the pages read them.
 * Amounts are yuan text (`"3758.27"`); resident IDs and cards arrive masked.
 */
import type { Bilingual } from '../api.ts';

export interface WrProject {
  readonly id: number;
  readonly code: string;
  readonly district: string;
  readonly districtName: Bilingual;
  readonly year: number;
  readonly name: string;
  readonly domain: string;
  readonly stages: readonly string[];
  readonly postDisaster: boolean;
  readonly location: string | null;
  readonly ownerUnit: string;
  readonly contractor: string | null;
  readonly totalInvestment: string;
  readonly wageBudget: string;
  readonly dailyRate: string;
  readonly payDay: number;
  readonly startOn: string | null;
  readonly endOn: string | null;
  readonly status: string;
  readonly approvalDocRef: string | null;
  readonly approvalStatesWorkRelief: boolean;
  readonly governmentFunded: boolean;
  readonly fundingDocRef: string | null;
  readonly fundingStatesWorkRelief: boolean;
}

export interface WrPlan {
  readonly district: string;
  readonly districtName: Bilingual;
  readonly year: number;
  readonly title: string | null;
  readonly documentRef: string | null;
  readonly approvedOn: string | null;
  readonly projects: readonly WrProject[];
}

export interface WrWorker {
  readonly id: number;
  readonly district: string;
  readonly districtName: Bilingual;
  readonly name: string;
  readonly residentId: string;
  readonly town: string | null;
  readonly village: string;
  readonly collective: string | null;
  readonly team: string | null;
  readonly beijingRural: boolean;
  readonly priorityGroups: readonly string[];
  readonly bankCard: string;
  readonly bankName: string | null;
  readonly phone: string | null;
}

export interface WrIssue {
  readonly code: string;
  readonly message: Bilingual;
}

export interface WrRosterLine {
  readonly enrolmentId: number;
  readonly worker: WrWorker;
  readonly post: string;
  readonly keyPost: boolean;
  readonly dailyRate: string;
  readonly joinedOn: string;
  readonly leftOn: string | null;
}

export interface WrGridRow {
  readonly workerId: number;
  readonly name: string;
  readonly residentId: string;
  readonly post: string;
  readonly keyPost: boolean;
  readonly dailyRate: string;
  readonly joinedOn: string;
  readonly leftOn: string | null;
  readonly cells: Readonly<Record<string, number>>;
  readonly halfDays: number;
  readonly due: string;
  readonly locked: boolean;
}

export interface WrGrid {
  readonly projectId: number;
  readonly period: string;
  readonly days: readonly string[];
  readonly today: string;
  readonly rows: readonly WrGridRow[];
}

export type WrLineStatus = 'open' | 'confirmed' | 'partly_paid' | 'paid';

export interface WrLedgerLine {
  readonly workerId: number;
  readonly name: string;
  readonly residentId: string;
  readonly bankCard: string;
  readonly village: string;
  readonly halfDays: number;
  readonly days: string;
  readonly dailyRate: string;
  readonly due: string;
  readonly payDueOn: string;
  readonly status: WrLineStatus;
  readonly confirmedOn: string | null;
  readonly confirmationMethod: string | null;
  readonly paid: string;
  readonly outstanding: string;
  readonly lastPaidOn: string | null;
  readonly arrears: { readonly amount: string; readonly ageDays: number } | null;
}

export interface WrLedger {
  readonly projectId: number;
  readonly projectCode: string;
  readonly period: string;
  readonly asOf: string;
  readonly lines: readonly WrLedgerLine[];
  readonly totals: {
    readonly due: string;
    readonly paid: string;
    readonly outstanding: string;
    readonly arrears: string;
    readonly halfDays: number;
  };
}

export interface WrRowError {
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface WrImportResult {
  readonly registered?: number;
  readonly enrolled?: number;
  readonly rows?: number;
  readonly cells?: number;
  readonly errors: readonly WrRowError[];
  readonly warnings?: readonly WrRowError[];
}

export interface WrFinding {
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly outcome: 'ineligible' | 'needs_review' | 'not_in_force';
  readonly projectId: number;
  readonly projectCode: string;
  readonly district: string;
  readonly subject: {
    readonly kind: string;
    readonly id: number;
    readonly label: string;
    readonly period?: string;
  };
  readonly reasons: readonly Bilingual[];
  readonly citations: readonly { readonly clause: string; readonly quote: string }[];
}

export interface WrChecks {
  readonly asOf: string;
  readonly projects: number;
  readonly findings: readonly WrFinding[];
}

export interface WrFigures {
  readonly projects: number;
  readonly workers: number;
  readonly priorityWorkers: number;
  readonly priorityShare: string;
  readonly ruralShare: string;
  readonly personDays: string;
  readonly totalInvestment: string;
  readonly wageBudget: string;
  readonly wagesDue: string;
  readonly wagesPaid: string;
  readonly investmentShare: string;
  readonly budgetShare: string;
  readonly arrears: string;
  readonly trainedWorkers: number;
  readonly trainings: number;
  readonly maintenanceJobs: number;
  readonly maintenanceFromProject: number;
  readonly findings: number;
  readonly reviews: number;
}

export interface WrReview {
  readonly year: number;
  readonly asOf: string;
  readonly districts: readonly (WrFigures & {
    readonly district: string;
    readonly districtName: Bilingual;
  })[];
  readonly projects: readonly (WrFigures & {
    readonly id: number;
    readonly code: string;
    readonly name: string;
    readonly district: string;
    readonly postDisaster: boolean;
  })[];
  readonly totals: WrFigures;
}

export interface WrTraining {
  readonly id: number;
  readonly title: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly hours: number;
  readonly trainer: string | null;
  readonly beforeJob: string;
  readonly attendees: readonly { readonly workerId: number; readonly name: string }[];
}

export interface WrMaintenanceJob {
  readonly id: number;
  readonly title: string;
  readonly startsOn: string;
  readonly workerId: number | null;
  readonly workerName: string | null;
  readonly fromProject: boolean;
  readonly outsiderReason: string | null;
}

export interface WrVocabulary {
  readonly districts: readonly { readonly code: string; readonly name: Bilingual }[];
}
