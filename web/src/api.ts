/**
 * @module web/api
 * The typed client of the Zhengce HTTP API (`/api/v1`): JSON in and out, same-origin cookies, the
 * CSRF header on mutating requests, and every failure thrown as an {@link ApiError}.
 */

import type { ListEntry, ListImportResult } from './lib/air-lists.ts';
import type { RevealedContact, SubplanBoard, SubplanInput, SubplanUnit } from './lib/air-subplans.ts';
import type {
  AirNotice,
  Alert,
  AlertLevelOrNone,
  AlertLevelSuggestion,
  AqiMode,
  AqiResult,
  ChangeAlertInput,
  CurrentAlert,
  IssueAlertInput,
  LiftAlertInput,
  MeasureChanges,
  Receipts,
  VehicleCheckInput,
  VehicleCheckResult,
} from './lib/air-types.ts';

/** A text in both languages; Chinese is authoritative. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** A calendar date `YYYY-MM-DD` in Asia/Shanghai. */
export type CalendarDate = string;

export interface Validity {
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
}

export type PolicyStatus = 'in_force' | 'not_yet' | 'expired' | 'repealed';
export type Outcome = 'eligible' | 'ineligible' | 'needs_review' | 'not_in_force';
export type Role = 'admin' | 'officer' | 'reviewer' | 'command_office' | 'enterprise';
export type ClauseKind =
  | 'preamble'
  | 'chapter'
  | 'article'
  | 'section'
  | 'subsection'
  | 'item'
  | 'subitem'
  | 'closing'
  | 'annex';

export interface Citation {
  readonly policyId: string;
  readonly clause: string;
  readonly quote: string;
}

/** One numbered part of a document with its verbatim text. */
export interface ClauseNode {
  readonly label: string;
  readonly path: string;
  readonly clause: string;
  readonly kind: ClauseKind;
  readonly heading?: string;
  readonly headingEn?: string;
  readonly text: string;
  readonly children: readonly ClauseNode[];
}

export interface PolicySummary {
  readonly id: string;
  readonly number: string;
  readonly numberEn: string;
  readonly title: Bilingual;
  readonly measureTitle?: Bilingual;
  readonly summary: Bilingual;
  readonly issuers: readonly Bilingual[];
  readonly signedOn: CalendarDate;
  readonly gazettePage: number;
  readonly validity: Validity;
  readonly status: PolicyStatus;
  readonly statusLabel: Bilingual;
  readonly ruleCount: number;
}

export interface PolicyRuleRef {
  readonly id: string;
  readonly title: Bilingual;
  readonly noApplication: boolean;
  readonly validity: Validity;
}

export interface PolicyDetail extends PolicySummary {
  readonly validityNote: Bilingual;
  readonly repeals: readonly { readonly number: string; readonly title?: string }[];
  readonly repealedOn?: CalendarDate;
  readonly outline: readonly ClauseNode[];
  readonly rules: readonly PolicyRuleRef[];
}

export interface RuleSummary {
  readonly id: string;
  readonly policyId: string;
  readonly title: Bilingual;
  readonly citations: readonly Citation[];
  readonly validity: Validity;
  readonly noApplication: boolean;
  readonly department?: string;
  /** The responsible department's name, when the rule names one. */
  readonly departmentName?: Bilingual;
}

/** One property of a facts schema (a JSON Schema node, read loosely). */
export interface SchemaProperty {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly 'x-description-zh'?: string;
  readonly 'x-unit'?: string;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  readonly default?: unknown;
  readonly [k: string]: unknown;
}

export interface FactsSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, SchemaProperty>>;
  readonly required?: readonly string[];
  readonly [k: string]: unknown;
}

export interface RuleExample {
  readonly title: Bilingual;
  readonly asOf: CalendarDate;
  readonly facts: Readonly<Record<string, unknown>>;
}

export interface RuleDetail extends RuleSummary {
  readonly factsSchema: FactsSchema;
  readonly examples: readonly RuleExample[];
}

export interface Reason {
  readonly code: string;
  readonly passed: boolean | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly citation?: Citation;
  readonly message: Bilingual;
}

export interface TraceStep {
  readonly code: string;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly result: unknown;
  readonly citation?: Citation;
  readonly message: Bilingual;
}

export interface Decision {
  readonly ruleId: string;
  readonly policyId: string;
  readonly asOf: CalendarDate;
  readonly outcome: Outcome;
  readonly outcomeLabel: Bilingual;
  /** Yuan as a decimal string, e.g. `"1234.50"`. */
  readonly amount: string | null;
  readonly status?: Exclude<PolicyStatus, 'in_force'>;
  readonly validity?: Validity;
  readonly reasons: readonly Reason[];
  readonly trace: readonly TraceStep[];
  readonly interpretations: readonly string[];
  readonly citations: readonly Citation[];
}

export interface User {
  readonly id: number;
  readonly username: string;
  readonly displayName: Bilingual;
  readonly role: Role;
  readonly department: string | null;
  readonly creditCode: string | null;
}

/** A department named in the documents (`GET /api/v1/departments`). */
export interface Department {
  readonly code: string;
  readonly name: Bilingual;
  readonly kind: string;
  readonly pollutionCommandMember: boolean;
}

export interface Health {
  readonly status: 'ok';
  readonly version: string;
  readonly database: 'sqlite' | 'postgres';
  readonly today: CalendarDate;
}

/** Codes the client makes up itself when there is no error body to read. */
export const CLIENT_ERROR_CODES = ['ZC_ERR_NETWORK', 'ZC_ERR_BAD_RESPONSE'] as const;

/** An API failure: the server's error body, or a client-side stand-in for a network fault. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly messageZh: string;
  readonly value: unknown;

  constructor(
    status: number,
    body: { code: string; field?: string | null; message?: string; messageZh?: string; value?: unknown },
  ) {
    super(body.message ?? '');
    this.status = status;
    this.code = body.code;
    this.field = body.field ?? null;
    this.messageZh = body.messageZh ?? '';
    this.value = body.value;
  }
}

/** True for an object that looks like the API's `{error:{code,…}}` body. */
function errorBody(value: unknown): value is { error: { code: string } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const e = (value as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
}

/** Builds a query string from the defined, non-empty values. */
export function query(params: Readonly<Record<string, string | undefined | null>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A rule id (`policy/rule`) as a URL path, each segment encoded. */
export function rulePath(ruleId: string): string {
  return ruleId.split('/').map(encodeURIComponent).join('/');
}

interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Raw bytes sent as they are (a spreadsheet upload), with their content type; instead of `body`. */
  readonly upload?: { readonly bytes: ArrayBuffer; readonly contentType: string };
  readonly signal?: AbortSignal | undefined;
}

/** Sends one request to `/api/v1{path}` and returns the parsed JSON (or `undefined` for 204). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-requested-with'] = 'zhengce';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.upload) headers['content-type'] = options.upload.contentType;
  const body = options.upload
    ? options.upload.bytes
    : options.body === undefined
      ? undefined
      : JSON.stringify(options.body);
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'ZC_ERR_NETWORK', message: String(err) });
  }
  if (res.status === 204) return undefined as T;
  let data: unknown;
  try {
    data = await res.json();
  } catch {
    throw new ApiError(res.status, { code: 'ZC_ERR_BAD_RESPONSE', message: `HTTP ${res.status}` });
  }
  if (!res.ok) {
    if (errorBody(data)) throw new ApiError(res.status, data.error);
    throw new ApiError(res.status, { code: 'ZC_ERR_BAD_RESPONSE', message: `HTTP ${res.status}` });
  }
  return data as T;
}

/** Where the lists' Excel export is downloaded from (a plain link: the browser saves the file). */
export const AIR_LISTS_EXPORT_URL = '/api/v1/air/lists/export.xlsx';

/** The API's endpoints, one function each. */
export const api = {
  health: (signal?: AbortSignal) => request<Health>('/health', { signal }),

  policies: (params: { asOf?: string; q?: string }, signal?: AbortSignal) =>
    request<{ asOf: CalendarDate; policies: PolicySummary[] }>(
      `/policies${query({ asOf: params.asOf, q: params.q })}`,
      { signal },
    ),
  policy: (id: string, asOf: string | undefined, signal?: AbortSignal) =>
    request<PolicyDetail>(`/policies/${encodeURIComponent(id)}${query({ asOf })}`, { signal }),
  clause: (policyId: string, path: string, signal?: AbortSignal) =>
    request<{ policyId: string; clause: ClauseNode }>(
      `/policies/${encodeURIComponent(policyId)}/clauses/${encodeURIComponent(path)}`,
      { signal },
    ),

  rules: (policyId: string | undefined, signal?: AbortSignal) =>
    request<{ rules: RuleSummary[] }>(`/rules${query({ policy: policyId })}`, { signal }),
  rule: (ruleId: string, signal?: AbortSignal) =>
    request<RuleDetail>(`/rules/${rulePath(ruleId)}`, { signal }),
  evaluate: (ruleId: string, body: { asOf?: string; facts: Record<string, unknown> }) =>
    request<Decision>(`/rules/${rulePath(ruleId)}/evaluate`, { method: 'POST', body }),

  login: (username: string, password: string) =>
    request<{ user: User }>('/auth/login', { method: 'POST', body: { username, password } }),
  logout: () => request<undefined>('/auth/logout', { method: 'POST' }),
  me: (signal?: AbortSignal) => request<{ user: User }>('/auth/me', { signal }),
  departments: (signal?: AbortSignal) => request<{ departments: Department[] }>('/departments', { signal }),

  /** The air-pollution plan (29号): public alert, AQI, vehicle check, command centre, sub-plans, notices. */
  air: {
    current: (signal?: AbortSignal) => request<CurrentAlert>('/air/alerts/current', { signal }),
    aqi: (date: string, mode: AqiMode, values: Record<string, string>) =>
      request<AqiResult>(`/air/aqi${query({ date, mode })}`, { method: 'POST', body: values }),
    vehicleCheck: (body: VehicleCheckInput) =>
      request<VehicleCheckResult>('/air/vehicle-check', { method: 'POST', body }),
    alertLevel: (body: { start: string; dailyAqi: number[] }) =>
      request<AlertLevelSuggestion>('/air/alert-level', { method: 'POST', body }),
    alerts: (signal?: AbortSignal) => request<{ alerts: Alert[] }>('/air/alerts', { signal }),
    issue: (body: IssueAlertInput) => request<Alert>('/air/alerts', { method: 'POST', body }),
    change: (id: number, body: ChangeAlertInput) =>
      request<Alert>(`/air/alerts/${id}/change`, { method: 'POST', body }),
    lift: (id: number, body: LiftAlertInput) =>
      request<Alert>(`/air/alerts/${id}/lift`, { method: 'POST', body }),
    receipts: (id: number, signal?: AbortSignal) =>
      request<Receipts>(`/air/alerts/${id}/receipts`, { signal }),
    remind: (id: number) => request<{ reminded: number }>(`/air/alerts/${id}/remind`, { method: 'POST' }),
    notices: (signal?: AbortSignal) => request<{ notices: AirNotice[] }>('/air/notices/mine', { signal }),
    ack: (id: number) => request<AirNotice>(`/air/notices/${id}/ack`, { method: 'POST' }),
    /** The emission-reduction and guarantee lists (附件3). */
    lists: (signal?: AbortSignal) => request<{ entries: ListEntry[] }>('/air/lists', { signal }),
    /** Imports a spreadsheet's bytes (`text/csv` or the xlsx type): good rows land, bad rows come back. */
    importLists: (bytes: ArrayBuffer, contentType: string) =>
      request<ListImportResult>('/air/lists/import', { method: 'POST', upload: { bytes, contentType } }),
    /** What changes in the measures of 三 when the level goes from `from` to `to`. */
    measureChanges: (to: AlertLevelOrNone, from: AlertLevelOrNone, signal?: AbortSignal) =>
      request<MeasureChanges>(`/air/measures${query({ level: to, from })}`, { signal }),
    /** The member units' sub-plans and 24-hour contacts (四(一), 四(三)), phones masked. */
    subplans: (signal?: AbortSignal) => request<SubplanBoard>('/air/subplans', { signal }),
    /** Files or updates a unit's sub-plan and contact; answers the unit's new row. */
    fileSubplan: (unit: string, body: SubplanInput) =>
      request<SubplanUnit>(`/air/subplans/${encodeURIComponent(unit)}`, { method: 'PUT', body }),
    /** A unit's contact number in full (the command office only; every reveal is audited). */
    revealContact: (unit: string, body: { reason?: string }) =>
      request<RevealedContact>(`/air/subplans/${encodeURIComponent(unit)}/reveal`, { method: 'POST', body }),
  },
};
