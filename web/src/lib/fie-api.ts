/**
 * @module web/lib/fie-api
 * Foreign-investment services (京技管发〔2023〕28号) as the web pages read them: the public policy
 * list, enterprise files, list and roundtable items with their steps, supervision and notices.
 * One function per endpoint over the shared client of `api.ts`.
 */
import { type Bilingual, query, request } from '../api.ts';

const P = '/enterprise-service';

export interface FiePolicyItem {
  readonly ruleId: string;
  readonly policyId: string;
  readonly policyNumber: Bilingual;
  readonly title: Bilingual;
  readonly kind: 'support' | 'obligation' | 'service';
  readonly kindLabel: Bilingual;
  readonly department: string | null;
  readonly noApplication: boolean;
  readonly status: string;
  readonly validity: { readonly from: string; readonly to: string | null };
}

export interface FieFileSummary {
  readonly id: number;
  readonly creditCode: string;
  readonly name: Bilingual;
  readonly investorCountry: string | null;
  readonly industry: string | null;
  readonly officer: string | null;
  readonly steward: string | null;
  readonly language: 'zh' | 'en';
  readonly openItems: number;
}

export interface FieFile extends FieFileSummary {
  readonly sites: readonly { name: string; address?: string }[];
  readonly keyProjects: readonly { name: string; major?: boolean }[];
  readonly servicePackages: readonly { name: string; deliveredOn: string }[];
  readonly contacts: readonly { id: number; name: string; position: string | null; phone: string | null }[];
  readonly visits: readonly { id: number; visitedOn: string; note: string; by: string }[];
}

export interface FieItem {
  readonly id: number;
  readonly fileId: number;
  readonly creditCode: string;
  readonly enterprise: Bilingual;
  readonly kind: 'request' | 'problem' | 'vision' | 'roundtable';
  readonly kindLabel: Bilingual;
  readonly source: string;
  readonly title: string;
  readonly status: string;
  readonly statusLabel: Bilingual;
  readonly owner: string | null;
  readonly departments: readonly string[];
  readonly receivedOn: string;
  readonly dueOn: string;
  readonly open: boolean;
  readonly escalation: {
    readonly overdue: boolean;
    readonly workingDaysOverdue: number;
    readonly level: number;
  };
  readonly reply: string | null;
}

export interface FieSupervision {
  readonly facts: FieCreditFacts | null;
  readonly recordedOn: string | null;
  readonly inspections: readonly FieInspection[];
  readonly grade: string | null;
  readonly risk: string | null;
  readonly intensity: string | null;
  readonly intensityLabel: Bilingual | null;
}

export interface FieNotice {
  readonly id: number;
  readonly ruleId: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly pushedOn: string;
}

/** The eight credit and risk facts of D-28-5 (`PUT /files/:id/credit`). */
export interface FieCreditFacts {
  readonly seriousDishonestyList: boolean;
  readonly abnormalOperationsList: boolean;
  readonly majorPenaltiesWithin3Years: number;
  readonly penaltiesWithin1Year: number;
  readonly taxCreditGrade: 'A' | 'B' | 'M' | 'C' | 'D' | 'none';
  readonly safetyOrEnvironmentalIncidentWithin3Years: boolean;
  readonly hazardousOperations: boolean;
  readonly substantiatedComplaintsWithin1Year: number;
}

export interface FieInspection {
  readonly id: number;
  readonly plannedOn: string;
  readonly kind: string;
  readonly reason: string | null;
  readonly outcome: string;
  readonly intensity: string | null;
}

export const fieApi = {
  policyList: (kind: string | undefined, signal?: AbortSignal) =>
    request<{ asOf: string; items: FiePolicyItem[] }>(`${P}/policy-list${query({ kind })}`, { signal }),
  files: (mine: boolean, signal?: AbortSignal) =>
    request<{ files: FieFileSummary[] }>(`${P}/files${query({ mine: mine ? 'true' : undefined })}`, {
      signal,
    }),
  file: (id: number, signal?: AbortSignal) => request<FieFile>(`${P}/files/${id}`, { signal }),
  supervision: (id: number, signal?: AbortSignal) =>
    request<FieSupervision>(`${P}/files/${id}/supervision`, { signal }),
  items: (q: Readonly<Record<string, string | undefined>>, signal?: AbortSignal) =>
    request<{ asOf: string; items: FieItem[] }>(`${P}/items${query(q)}`, { signal }),
  step: (id: number, body: Readonly<Record<string, unknown>>) =>
    request<FieItem>(`${P}/items/${id}/steps`, { method: 'POST', body }),
  /** Raises an item: `{creditCode | fileId, kind, source?, title, description?}`. */
  raise: (body: Readonly<Record<string, unknown>>) =>
    request<FieItem>(`${P}/items`, { method: 'POST', body }),
  /** Opens a file: `{creditCode, officer?, language?}`. */
  openFile: (body: Readonly<Record<string, unknown>>) =>
    request<FieFile>(`${P}/files`, { method: 'POST', body }),
  visit: (id: number, body: { visitedOn: string; note: string }) =>
    request<FieFile>(`${P}/files/${id}/visits`, { method: 'POST', body }),
  servicePackage: (id: number, body: { name: string; deliveredOn: string }) =>
    request<FieFile>(`${P}/files/${id}/packages`, { method: 'POST', body }),
  credit: (id: number, body: FieCreditFacts) =>
    request<FieSupervision>(`${P}/files/${id}/credit`, { method: 'PUT', body }),
  inspect: (id: number, body: { plannedOn: string; kind: string; reason?: string }) =>
    request<FieInspection>(`${P}/files/${id}/inspections`, { method: 'POST', body }),
  notices: (signal?: AbortSignal) => request<{ notices: FieNotice[] }>(`${P}/notices`, { signal }),
};

/** Where the lists' spreadsheet is downloaded from (a plain link). */
export const FIE_EXPORT_URL = `/api/v1${P}/export.xlsx`;

/** The roundtable's columns, in order (协同商办 → 限时反馈 → 回访 → 通报). */
export const ROUNDTABLE_COLUMNS = ['raised', 'coordinating', 'replied', 'revisited', 'closed'] as const;

/** Where an item came from (the API's sources). */
export const FIE_SOURCES = ['hotline', 'mail', 'website', 'visit', 'roundtable'] as const;
/** The kinds an item can be raised as: the three lists and the roundtable. */
export const FIE_KINDS = ['request', 'problem', 'vision', 'roundtable'] as const;
export const FIE_INSPECTION_KINDS = ['routine', 'complaint', 'referral', 'incident'] as const;

/** The inputs a step may take; which of them it requires is in {@link FIE_STEPS}. */
export type FieStepField = 'owner' | 'workingDays' | 'reply' | 'note' | 'departments' | 'summary';

interface StepDef {
  readonly from: readonly string[];
  readonly requires: readonly FieStepField[];
  /** Inputs shown but not required. */
  readonly optional?: readonly FieStepField[];
}

/**
 * The steps of the API's workflow (policies/jingjiguanfa-2023-28/workflow.ts), by item kind: the
 * statuses each may start from and what it requires. The API still decides; this only offers the
 * steps it would allow.
 */
export const FIE_STEPS: Readonly<Record<'list' | 'roundtable', Readonly<Record<string, StepDef>>>> = {
  list: {
    assign: { from: ['received'], requires: ['owner', 'workingDays'], optional: ['note'] },
    start: { from: ['assigned'], requires: [], optional: ['note'] },
    reply: { from: ['in_progress'], requires: ['reply'] },
    reopen: { from: ['replied'], requires: ['note'] },
    close: { from: ['replied'], requires: [], optional: ['note'] },
  },
  roundtable: {
    coordinate: { from: ['raised'], requires: ['departments', 'workingDays'], optional: ['note'] },
    reply: { from: ['coordinating'], requires: ['reply'] },
    revisit: { from: ['replied'], requires: ['note'] },
    publish: { from: ['revisited'], requires: ['summary'] },
  },
};

/** The steps an item allows in its status, in workflow order. */
export function stepsFor(item: Pick<FieItem, 'kind' | 'status'>): string[] {
  const steps = FIE_STEPS[item.kind === 'roundtable' ? 'roundtable' : 'list'];
  return Object.keys(steps).filter((a) => steps[a]!.from.includes(item.status));
}

/** The fields a step shows, required first. */
export function stepFields(
  kind: FieItem['kind'],
  action: string,
): { field: FieStepField; required: boolean }[] {
  const s = FIE_STEPS[kind === 'roundtable' ? 'roundtable' : 'list'][action];
  if (!s) return [];
  return [
    ...s.requires.map((field) => ({ field, required: true })),
    ...(s.optional ?? []).map((field) => ({ field, required: false })),
  ];
}
