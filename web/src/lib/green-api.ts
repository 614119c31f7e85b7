/**
 * @module web/lib/green-api
 * The green low-carbon fund's endpoints (`/api/v1/match`, `/api/v1/green/*`), one function each,
 * over the shared client of `api.ts` (JSON, cookies, the CSRF header, {@link ApiError}s).
 */
import { query, request } from '../api.ts';
import type {
  Application,
  ApplicationState,
  Award,
  Budget,
  GrantImportResult,
  GrantKind,
  GrantList,
  GrantRun,
  GrantRunDetail,
  GreenNotice,
  MatchProfile,
  MatchResult,
  MaterialItem,
  TransitionAction,
} from './green-types.ts';

/** Where a list kind's empty template (.xlsx) is downloaded from. */
export function grantTemplateUrl(kind: string): string {
  return `/api/v1/green/grant-lists/templates/${encodeURIComponent(kind)}`;
}

/** Where the budget workbook is downloaded from (one year, or all). */
export function budgetXlsxUrl(year: number | null): string {
  return `/api/v1/green/budget.xlsx${query({ year: year === null ? undefined : String(year) })}`;
}

/** What a new application carries. */
export interface NewApplication {
  readonly item: number;
  readonly projectRef: string;
  readonly projectName: string;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly materials?: readonly Pick<MaterialItem, 'key' | 'provided' | 'note'>[];
}

export const greenApi = {
  /** The policy calculator: every item of every project decided, the winner per project, the total. */
  match: (body: { profile: MatchProfile; asOf?: string }) =>
    request<MatchResult>('/match', { method: 'POST', body }),

  applications: (filter: { state?: ApplicationState | ''; department?: string }, signal?: AbortSignal) =>
    request<{ applications: Application[] }>(
      `/green/applications${query({ state: filter.state, department: filter.department })}`,
      { signal },
    ),
  application: (id: number, signal?: AbortSignal) =>
    request<Application>(`/green/applications/${id}`, { signal }),
  createApplication: (body: NewApplication) =>
    request<Application>('/green/applications', { method: 'POST', body }),
  updateApplication: (
    id: number,
    body: {
      facts?: Readonly<Record<string, unknown>>;
      materials?: readonly Pick<MaterialItem, 'key' | 'provided' | 'note'>[];
      projectName?: string;
    },
  ) => request<Application>(`/green/applications/${id}`, { method: 'PATCH', body }),
  transition: (id: number, action: TransitionAction, note?: string) =>
    request<Application>(`/green/applications/${id}/transitions`, {
      method: 'POST',
      body: note === undefined ? { action } : { action, note },
    }),
  expertReview: (id: number, body: { passed: boolean; opinion: string; experts: readonly string[] }) =>
    request<Application>(`/green/applications/${id}/expert-review`, { method: 'POST', body }),
  approve: (id: number, body: { amount?: string; note?: string }) =>
    request<Application>(`/green/applications/${id}/approve`, { method: 'POST', body }),

  awards: (filter: { creditCode?: string; ruleId?: string; state?: string }, signal?: AbortSignal) =>
    request<{ awards: Award[] }>(`/green/awards${query(filter)}`, { signal }),
  pay: (id: number, body: { paymentRef: string; paidOn?: string }) =>
    request<Award>(`/green/awards/${id}/payment`, { method: 'POST', body }),
  clawBack: (id: number, body: { reason: string; amount?: string }) =>
    request<Award>(`/green/awards/${id}/clawback`, { method: 'POST', body }),
  notices: (signal?: AbortSignal) => request<{ notices: GreenNotice[] }>('/green/notices', { signal }),

  grantLists: (signal?: AbortSignal) =>
    request<{ kinds: GrantKind[]; lists: GrantList[] }>('/green/grant-lists', { signal }),
  /** Imports a list's bytes (`text/csv` or the xlsx type) as `kind`; good rows land, bad rows come back. */
  importList: (
    params: { kind: string; title?: string; name?: string },
    bytes: ArrayBuffer,
    contentType: string,
  ) =>
    request<GrantImportResult>(
      `/green/grant-lists/import${query({ kind: params.kind, title: params.title, name: params.name })}`,
      { method: 'POST', upload: { bytes, contentType } },
    ),
  runs: (signal?: AbortSignal) => request<{ runs: GrantRun[] }>('/green/grant-runs', { signal }),
  run: (id: number, signal?: AbortSignal) => request<GrantRunDetail>(`/green/grant-runs/${id}`, { signal }),
  startRun: (body: { listIds?: readonly number[]; asOf?: string }) =>
    request<Pick<GrantRun, 'id' | 'number' | 'asOf' | 'state' | 'summary'>>('/green/grant-runs', {
      method: 'POST',
      body,
    }),
  decideRun: (id: number, decision: 'approve' | 'reject', note?: string) =>
    request<GrantRunDetail>(`/green/grant-runs/${id}/decision`, {
      method: 'POST',
      body: note ? { decision, note } : { decision },
    }),

  budget: (year: number | null, signal?: AbortSignal) =>
    request<Budget>(`/green/budget${query({ year: year === null ? undefined : String(year) })}`, { signal }),
};
