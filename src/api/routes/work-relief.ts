/**
 * @module api/routes/work-relief
 * Work relief (京发改〔2023〕1336号) over HTTP, under `/api/v1/work-relief`: annual plans and
 * projects, the real-name register and rosters, attendance (the month's grid), the wage ledger with
 * confirmation and payment, training and maintenance jobs, the checks, the annual review, and the
 * Excel imports (raw .xlsx or .csv body; bad rows reported by row) and exports. Resident IDs and
 * bank cards travel only in request bodies (never in a URL, which the log records) and come back
 * masked.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_UPLOAD_BYTES, type SheetFormat } from '../../services/shared/excel.ts';
import * as wr from '../../services/work-relief/index.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { acceptSheets, sendXlsx, sheetUpload } from './sheets.ts';

const tags = ['work-relief'];
const P = '/api/v1/work-relief';
const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const str = { type: 'string' } as const;
const query = (...names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, str])),
});
type Q = Record<string, string | undefined>;
type Req = FastifyRequest<{ Params: { id: number; workerId?: number }; Querystring: Q; Body: unknown }>;

/** A spreadsheet upload's bytes and format (from `?format=` or the content type). */
function upload(body: unknown, q: Q, contentType: unknown): { data: Buffer; format: SheetFormat } {
  return sheetUpload(body, q.format, contentType);
}

const xlsx = sendXlsx;

export function workReliefRoutes(app: FastifyInstance, ctx: AppContext): void {
  acceptSheets(app);
  const s = ctx.store;
  const now = () => ctx.now();
  /** Declares one route with its OpenAPI summary; `:id` is a positive integer. */
  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    summary: string,
    opts: { q?: string[]; body?: boolean; created?: boolean; upload?: boolean },
    handler: (req: Req, reply: FastifyReply) => unknown,
  ) => {
    const params = url.includes(':workerId')
      ? {
          ...idParams,
          properties: { ...idParams.properties, workerId: { type: 'integer', minimum: 1 } },
          required: ['id', 'workerId'],
        }
      : url.includes(':id')
        ? idParams
        : undefined;
    app.route({
      method,
      url: `${P}${url}`,
      ...(opts.upload ? { bodyLimit: MAX_UPLOAD_BYTES } : {}),
      schema: {
        tags,
        summary,
        ...(params ? { params } : {}),
        ...(opts.q ? { querystring: query(...opts.q) } : {}),
        ...(opts.body ? { body: anyObject } : {}),
        response: errorResponses(400, 401, 403, 404, 409),
      },
      handler: async (req, reply) => {
        const out = await handler(req as Req, reply);
        return opts.created ? reply.code(201).send(out) : out;
      },
    });
  };
  const a = (req: Req) => req.actor;
  const b = (req: Req) => (req.body ?? {}) as Record<string, unknown>;

  route(
    'GET',
    '/meta',
    'Vocabulary: districts, domains, stages, priority groups, statuses, methods (zh and en)',
    {},
    () => wr.workReliefVocabulary(),
  );
  // Plans and projects (三(一))
  route(
    'GET',
    '/plans',
    'Annual plans with their project lists (三(一))',
    { q: ['year', 'district'] },
    (req) => wr.listPlans(s, a(req), req.query).then((plans) => ({ plans })),
  );
  route(
    'PUT',
    '/plans',
    'Record a district’s annual plan: {year, title, documentRef?, approvedOn?, district? (admin)}',
    { body: true },
    (req) => wr.savePlan(s, a(req), b(req), now()),
  );
  route('GET', '/projects', 'Projects the caller reaches', { q: ['year', 'district'] }, (req) =>
    wr.listProjects(s, a(req), req.query).then((projects) => ({ projects })),
  );
  route(
    'GET',
    '/projects/export.xlsx',
    'The projects list as an Excel workbook (same filters and reach as the list)',
    { q: ['year', 'district'] },
    async (req, reply) =>
      xlsx(reply, 'work-relief-projects.xlsx', await wr.exportProjects(s, a(req), req.query)),
  );
  route(
    'POST',
    '/projects',
    'List a project: {code, name, year, domain, stages[], ownerUnit, totalInvestment, wageBudget, dailyRate, …}',
    { body: true, created: true },
    (req) => wr.createProject(s, a(req), b(req), now()),
  );
  route('GET', '/projects/:id', 'One project', {}, (req) => wr.getProject(s, a(req), req.params.id));
  route('PATCH', '/projects/:id', 'Change a project (only the fields given)', { body: true }, (req) =>
    wr.updateProject(s, a(req), req.params.id, b(req), now()),
  );
  // Register and rosters (三(二))
  route(
    'GET',
    '/workers',
    'Workers registered by the district or on its projects (masked)',
    { q: ['q', 'projectId'] },
    (req) => wr.listWorkers(s, a(req), req.query).then((workers) => ({ workers })),
  );
  route(
    'GET',
    '/workers/export.xlsx',
    'The register as an Excel workbook, masked (same filters and reach as the list)',
    { q: ['q', 'projectId'] },
    async (req, reply) =>
      xlsx(reply, 'work-relief-workers.xlsx', await wr.exportWorkers(s, a(req), req.query)),
  );
  route(
    'POST',
    '/workers',
    'Register a worker: {name, residentId, village, bankCard, town?, collective?, team?, beijingRural?, priorityGroups?, bankName?, phone?}',
    { body: true, created: true },
    (req) => wr.registerWorker(s, a(req), b(req), now()),
  );
  route('GET', '/workers/template.xlsx', 'An empty register with its columns', {}, async (_req, reply) =>
    xlsx(reply, 'work-relief-workers.xlsx', await wr.workerTemplate()),
  );
  route(
    'POST',
    '/workers/import',
    'Import workers (Excel or CSV body) ?projectId=&district=&format=: good rows land together, bad rows are reported',
    { q: ['projectId', 'district', 'format'], upload: true },
    (req) =>
      wr.importWorkers(
        s,
        a(req),
        {
          ...upload(req.body, req.query, req.headers['content-type']),
          ...(req.query.district ? { district: req.query.district } : {}),
          ...(req.query.projectId ? { projectId: Number(req.query.projectId) } : {}),
        },
        now(),
      ),
  );
  route('GET', '/workers/:id', 'One worker (masked)', {}, (req) => wr.getWorker(s, a(req), req.params.id));
  route('PATCH', '/workers/:id', 'Change a worker’s details (not the resident ID)', { body: true }, (req) =>
    wr.updateWorker(s, a(req), req.params.id, b(req), now()),
  );
  route('GET', '/projects/:id/roster', 'The project’s roster (用工名册)', {}, (req) =>
    wr.roster(s, a(req), req.params.id).then((roster) => ({ roster })),
  );
  route(
    'POST',
    '/projects/:id/roster',
    'Enrol a worker: {workerId | residentId, post, keyPost?, dailyRate?, joinedOn?}',
    { body: true, created: true },
    (req) => wr.enrolWorker(s, a(req), req.params.id, b(req), now()),
  );
  route(
    'POST',
    '/projects/:id/roster/:workerId/leave',
    'Record that a worker left: {leftOn?}',
    { body: true },
    (req) => wr.leaveProject(s, a(req), req.params.id, req.params.workerId!, b(req), now()),
  );
  // Attendance (日常考勤)
  route(
    'GET',
    '/projects/:id/attendance',
    'The month’s attendance grid ?period=YYYY-MM',
    { q: ['period'] },
    (req) => wr.attendanceGrid(s, a(req), req.params.id, req.query.period, now()),
  );
  route(
    'PUT',
    '/projects/:id/attendance',
    'Save cells: {entries:[{workerId, day, halfDays: 0|1|2|null}]}, all or nothing',
    { body: true },
    (req) => wr.saveAttendance(s, a(req), req.params.id, b(req), now()),
  );
  route(
    'GET',
    '/projects/:id/attendance.xlsx',
    'The month’s attendance grid as an Excel workbook ?period=YYYY-MM (masked)',
    { q: ['period'] },
    async (req, reply) => {
      const data = await wr.exportAttendance(s, a(req), req.params.id, req.query.period, now());
      return xlsx(reply, `attendance-${req.params.id}-${req.query.period}.xlsx`, data);
    },
  );
  route(
    'GET',
    '/projects/:id/attendance/template.xlsx',
    'The month’s roster as a sheet to fill in ?period=',
    { q: ['period'] },
    async (req, reply) =>
      xlsx(
        reply,
        `attendance-${req.query.period ?? ''}.xlsx`,
        await wr.attendanceTemplate(s, a(req), req.params.id, req.query.period, now()),
      ),
  );
  route(
    'POST',
    '/projects/:id/attendance/import',
    'Import a month’s attendance (Excel or CSV body): good rows land, bad rows are reported',
    { q: ['format'], upload: true },
    (req) =>
      wr.importAttendance(
        s,
        a(req),
        req.params.id,
        upload(req.body, req.query, req.headers['content-type']),
        now(),
      ),
  );
  // Ledger (三(四))
  route(
    'GET',
    '/projects/:id/ledger',
    'The month’s wage ledger ?period=YYYY-MM (arrears with their age)',
    { q: ['period'] },
    (req) => wr.ledger(s, a(req), req.params.id, req.query.period, now()),
  );
  route(
    'GET',
    '/projects/:id/ledger.xlsx',
    'The month’s ledger as the clerk prints it ?period=',
    { q: ['period'] },
    async (req, reply) =>
      xlsx(
        reply,
        `ledger-${req.query.period ?? ''}.xlsx`,
        await wr.exportLedger(s, a(req), req.params.id, req.query.period, now()),
      ),
  );
  route(
    'POST',
    '/projects/:id/ledger/confirm',
    'The worker confirms a month: {workerId, period, amount, method, confirmedOn?}',
    { body: true },
    (req) => wr.confirmWages(s, a(req), req.params.id, b(req), now()),
  );
  route(
    'POST',
    '/projects/:id/ledger/payments',
    'Record a payment: {workerId, period, amount, bankCard, paidOn?, paymentRef?} or {method: cash, exceptionReason}',
    { body: true, created: true },
    (req) => wr.payWages(s, a(req), req.params.id, b(req), now()),
  );
  // Training and maintenance (三(三))
  route('GET', '/projects/:id/trainings', 'Training held and who attended', {}, (req) =>
    wr.listTrainings(s, a(req), req.params.id).then((trainings) => ({ trainings })),
  );
  route(
    'POST',
    '/projects/:id/trainings',
    'Record a course: {title, kind, heldOn, hours, beforeJob, trainer?, workerIds[]}',
    { body: true, created: true },
    (req) => wr.recordTraining(s, a(req), req.params.id, b(req), now()),
  );
  route(
    'GET',
    '/projects/:id/maintenance-jobs',
    'Maintenance jobs after completion (零工变长工)',
    {},
    (req) => wr.listMaintenanceJobs(s, a(req), req.params.id).then((jobs) => ({ jobs })),
  );
  route(
    'POST',
    '/projects/:id/maintenance-jobs',
    'Record a maintenance job: {title, startsOn, workerId?, outsiderReason?}',
    { body: true, created: true },
    (req) => wr.recordMaintenanceJob(s, a(req), req.params.id, b(req), now()),
  );
  // Checks and review (五)
  route(
    'GET',
    '/checks',
    'Run the checks (rules with citations) ?projectId=&district=&year=&asOf=',
    { q: ['projectId', 'district', 'year', 'asOf'] },
    (req) => wr.runChecks(s, a(req), req.query, now()),
  );
  route(
    'GET',
    '/review',
    'The annual review by district and project ?year=&district=&asOf= (五(二))',
    { q: ['year', 'district', 'asOf'] },
    (req) => wr.annualReview(s, a(req), req.query, now()),
  );
  route(
    'GET',
    '/review.xlsx',
    'The annual review as an Excel workbook',
    { q: ['year', 'district', 'asOf'] },
    async (req, reply) =>
      xlsx(
        reply,
        `work-relief-review-${req.query.year ?? ''}.xlsx`,
        await wr.exportReview(s, a(req), req.query, now()),
      ),
  );
}
