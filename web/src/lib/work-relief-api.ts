/**
 * @module web/lib/work-relief-api
 * The work-relief endpoints (`/api/v1/work-relief/*`), one function each, over the shared client of
 * `api.ts` (JSON, cookies, the CSRF header, {@link ApiError}s), and the download links of the
 * Excel templates and exports. Resident IDs and cards go only in request bodies.
 */
import { query, request } from '../api.ts';
import type {
  WrChecks,
  WrGrid,
  WrImportResult,
  WrIssue,
  WrLedger,
  WrLedgerLine,
  WrMaintenanceJob,
  WrPlan,
  WrProject,
  WrReview,
  WrRosterLine,
  WrTraining,
  WrVocabulary,
  WrWorker,
} from './work-relief-types.ts';

const P = '/work-relief';
type Body = Readonly<Record<string, unknown>>;
type Signal = AbortSignal | undefined;

/** Where the downloads are (plain links: the browser saves the file). */
export const wrLinks = {
  workerTemplate: `/api/v1${P}/workers/template.xlsx`,
  attendanceTemplate: (projectId: number, period: string) =>
    `/api/v1${P}/projects/${projectId}/attendance/template.xlsx${query({ period })}`,
  ledger: (projectId: number, period: string) =>
    `/api/v1${P}/projects/${projectId}/ledger.xlsx${query({ period })}`,
  review: (year: number, district: string) =>
    `/api/v1${P}/review.xlsx${query({ year: String(year), district: district || undefined })}`,
};

export const wrApi = {
  vocabulary: (signal?: Signal) => request<WrVocabulary>(`${P}/meta`, { signal }),
  plans: (year: number | null, signal?: Signal) =>
    request<{ plans: WrPlan[] }>(`${P}/plans${query({ year: year === null ? undefined : String(year) })}`, {
      signal,
    }),
  savePlan: (body: Body) => request<WrPlan>(`${P}/plans`, { method: 'PUT', body }),
  projects: (signal?: Signal) => request<{ projects: WrProject[] }>(`${P}/projects`, { signal }),
  project: (id: number, signal?: Signal) => request<WrProject>(`${P}/projects/${id}`, { signal }),
  createProject: (body: Body) => request<WrProject>(`${P}/projects`, { method: 'POST', body }),
  updateProject: (id: number, body: Body) =>
    request<WrProject>(`${P}/projects/${id}`, { method: 'PATCH', body }),
  workers: (q: string, signal?: Signal) =>
    request<{ workers: WrWorker[] }>(`${P}/workers${query({ q: q || undefined })}`, { signal }),
  registerWorker: (body: Body) =>
    request<{ worker: WrWorker; warnings: WrIssue[] }>(`${P}/workers`, { method: 'POST', body }),
  importWorkers: (bytes: ArrayBuffer, contentType: string, projectId: number | null) =>
    request<WrImportResult>(
      `${P}/workers/import${query({ projectId: projectId === null ? undefined : String(projectId) })}`,
      {
        method: 'POST',
        upload: { bytes, contentType },
      },
    ),
  roster: (projectId: number, signal?: Signal) =>
    request<{ roster: WrRosterLine[] }>(`${P}/projects/${projectId}/roster`, { signal }),
  enrol: (projectId: number, body: Body) =>
    request<WrRosterLine>(`${P}/projects/${projectId}/roster`, { method: 'POST', body }),
  grid: (projectId: number, period: string, signal?: Signal) =>
    request<WrGrid>(`${P}/projects/${projectId}/attendance${query({ period })}`, { signal }),
  saveAttendance: (
    projectId: number,
    entries: readonly { workerId: number; day: string; halfDays: number | null }[],
  ) =>
    request<{ saved: number }>(`${P}/projects/${projectId}/attendance`, { method: 'PUT', body: { entries } }),
  importAttendance: (projectId: number, bytes: ArrayBuffer, contentType: string) =>
    request<WrImportResult>(`${P}/projects/${projectId}/attendance/import`, {
      method: 'POST',
      upload: { bytes, contentType },
    }),
  ledger: (projectId: number, period: string, signal?: Signal) =>
    request<WrLedger>(`${P}/projects/${projectId}/ledger${query({ period })}`, { signal }),
  confirm: (projectId: number, body: Body) =>
    request<WrLedgerLine>(`${P}/projects/${projectId}/ledger/confirm`, { method: 'POST', body }),
  pay: (projectId: number, body: Body) =>
    request<{ line: WrLedgerLine }>(`${P}/projects/${projectId}/ledger/payments`, { method: 'POST', body }),
  trainings: (projectId: number, signal?: Signal) =>
    request<{ trainings: WrTraining[] }>(`${P}/projects/${projectId}/trainings`, { signal }),
  recordTraining: (projectId: number, body: Body) =>
    request<WrTraining>(`${P}/projects/${projectId}/trainings`, { method: 'POST', body }),
  jobs: (projectId: number, signal?: Signal) =>
    request<{ jobs: WrMaintenanceJob[] }>(`${P}/projects/${projectId}/maintenance-jobs`, { signal }),
  recordJob: (projectId: number, body: Body) =>
    request<WrMaintenanceJob>(`${P}/projects/${projectId}/maintenance-jobs`, { method: 'POST', body }),
  checks: (filter: { projectId?: number; year?: number }, signal?: Signal) =>
    request<WrChecks>(
      `${P}/checks${query({ projectId: filter.projectId === undefined ? undefined : String(filter.projectId), year: filter.year === undefined ? undefined : String(filter.year) })}`,
      { signal },
    ),
  review: (year: number, district: string, signal?: Signal) =>
    request<WrReview>(`${P}/review${query({ year: String(year), district: district || undefined })}`, {
      signal,
    }),
};
