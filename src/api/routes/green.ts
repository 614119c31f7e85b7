/**
 * @module api/routes/green
 * The green low-carbon fund (京技管发〔2023〕31号): match (the policy calculator), applications
 * and their review, grants without application (lists, runs), awards (payment, clawback), the
 * enterprise's notices, the budget and the parameters a bureau sets.
 */
import type { FastifyInstance } from 'fastify';
import { resolveAsOf } from '../../services/catalog/index.ts';
import { exportApplications, exportGrantLists, exportGrantRuns } from '../../services/green/exports.ts';
import {
  approveApplication,
  budget,
  clawBack,
  createApplication,
  decideRun,
  exportBudget,
  getApplication,
  getRun,
  importGrantList,
  LIST_KINDS,
  listApplications,
  listAwards,
  listGrantLists,
  listNotices,
  listParameterSettings,
  listRuns,
  listTemplate,
  matchEnterprise,
  recordExpertReview,
  recordPayment,
  runGrants,
  setParameter,
  transition,
  updateApplication,
} from '../../services/green/index.ts';
import { MAX_UPLOAD_BYTES } from '../../services/shared/excel.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { acceptSheets, sendXlsx, sheetUpload } from './sheets.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
type Id = { Params: { id: number } };
type Body = Record<string, unknown>;
const tags = ['green-fund'];
/** The applications list's filters (the list and its export take the same). */
const applicationQuery = {
  type: 'object',
  properties: {
    state: { type: 'string' },
    department: { type: 'string' },
    creditCode: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: 2000 },
  },
} as const;

export function greenRoutes(app: FastifyInstance, ctx: AppContext): void {
  acceptSheets(app);
  app.post<{ Body: { asOf?: string; creditCode?: string; profile?: unknown } }>(
    '/api/v1/match',
    {
      schema: {
        tags,
        summary:
          '31号 policy calculator: {profile:{enterprise, projects:[{id, facts?, candidates:[{item, facts}], otherPolicyAwards?}]}, asOf?, creditCode?} → each item decided, the winner per project (从高从优不重复), the total',
        body: {
          type: 'object',
          required: ['profile'],
          properties: { asOf: { type: 'string' }, creditCode: { type: 'string' }, profile: anyObject },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) =>
      matchEnterprise(
        ctx.store,
        req.actor,
        req.body.profile,
        resolveAsOf(req.body.asOf, today(ctx), 'asOf'),
        req.body.creditCode,
      ),
  );

  // Applications
  app.get<{ Querystring: { state?: string; department?: string; creditCode?: string; limit?: number } }>(
    '/api/v1/green/applications',
    {
      schema: {
        tags,
        summary: 'Applications: an enterprise its own; officials their bureau’s queue (filter by state)',
        querystring: applicationQuery,
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({ applications: await listApplications(ctx.store, req.actor, req.query) }),
  );
  app.get<{ Querystring: { state?: string; department?: string; creditCode?: string; limit?: number } }>(
    '/api/v1/green/applications/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The applications list as an Excel workbook (same filters and scope as the list)',
        querystring: applicationQuery,
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, 'green-applications.xlsx', await exportApplications(ctx.store, req.actor, req.query)),
  );
  app.post<{ Body: Body }>(
    '/api/v1/green/applications',
    {
      schema: {
        tags,
        summary:
          'File a draft application: {item, projectRef, projectName, facts, materials?, creditCode? (admin)}',
        body: anyObject,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createApplication(ctx.store, req.actor, req.body, ctx.now())),
  );
  app.get<Id>(
    '/api/v1/green/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application with its events',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => getApplication(ctx.store, req.actor, req.params.id),
  );
  app.patch<Id & { Body: Body }>(
    '/api/v1/green/applications/:id',
    {
      schema: {
        tags,
        summary: 'Change facts or materials of a draft (or when more material was requested)',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => updateApplication(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.post<Id & { Body: { action?: unknown; note?: unknown } }>(
    '/api/v1/green/applications/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Move an application: {action: submit | withdraw | start_review | request_info | send_to_experts | reject, note?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => transition(ctx.store, req.actor, req.params.id, req.body.action, req.body, ctx.now()),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/green/applications/:id/expert-review',
    {
      schema: {
        tags,
        summary: 'Record the expert review (item 26): {passed, opinion, experts:[names]}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => recordExpertReview(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/green/applications/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve (the bureau’s reviewer): {amount? (≤ computed, with note), note?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => approveApplication(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );

  // Awards
  app.get<{
    Querystring: { creditCode?: string; ruleId?: string; state?: string; runId?: number; limit?: number };
  }>(
    '/api/v1/green/awards',
    {
      schema: {
        tags,
        summary: 'Awards (an enterprise its own)',
        querystring: {
          type: 'object',
          properties: {
            creditCode: { type: 'string' },
            ruleId: { type: 'string' },
            state: { type: 'string' },
            runId: { type: 'integer' },
            limit: { type: 'integer', minimum: 1, maximum: 5000 },
          },
        },
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({ awards: await listAwards(ctx.store, req.actor, req.query) }),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/green/awards/:id/payment',
    {
      schema: {
        tags,
        summary: 'Record the payment of an approved award: {paymentRef, paidOn?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => recordPayment(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/green/awards/:id/clawback',
    {
      schema: {
        tags,
        summary: 'Claw an award back (第三章 三（一）): {reason, amount?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => clawBack(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.get(
    '/api/v1/green/notices',
    { schema: { tags, summary: 'The enterprise’s notices of the fund', response: errorResponses(401, 403) } },
    async (req) => ({ notices: await listNotices(ctx.store, req.actor) }),
  );

  // Grants without application
  app.get(
    '/api/v1/green/grant-lists',
    { schema: { tags, summary: 'Imported lists and the list kinds', response: errorResponses(401, 403) } },
    async (req) => ({
      kinds: Object.entries(LIST_KINDS).map(([kind, k]) => ({
        kind,
        item: k.item,
        title: { zh: k.zh, en: k.en },
      })),
      lists: await listGrantLists(ctx.store, req.actor),
    }),
  );
  app.get<{ Params: { kind: string } }>(
    '/api/v1/green/grant-lists/templates/:kind',
    {
      schema: {
        tags,
        summary: 'An empty list of a kind (.xlsx), with its columns',
        response: errorResponses(400),
      },
    },
    async (req, reply) => {
      const data = await listTemplate(req.params.kind);
      return sendXlsx(reply, `${req.params.kind}.xlsx`, data);
    },
  );
  app.post<{ Querystring: { kind?: string; title?: string; format?: string; name?: string } }>(
    '/api/v1/green/grant-lists/import',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary:
          'Import a list (Excel or CSV body) ?kind=…&title=…: good rows land together, bad rows are reported by row',
        querystring: {
          type: 'object',
          required: ['kind'],
          properties: {
            kind: { type: 'string' },
            title: { type: 'string' },
            format: { type: 'string', enum: ['xlsx', 'csv'] },
            name: { type: 'string' },
          },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => {
      const { data, format } = sheetUpload(req.body, req.query.format, req.headers['content-type']);
      return importGrantList(
        ctx.store,
        req.actor,
        {
          kind: req.query.kind,
          title: req.query.title,
          data,
          format,
          sourceName: req.query.name ?? null,
        },
        ctx.now(),
      );
    },
  );
  app.get(
    '/api/v1/green/grant-runs',
    { schema: { tags, summary: 'Grant runs, newest first', response: errorResponses(401, 403) } },
    async (req) => ({ runs: await listRuns(ctx.store, req.actor) }),
  );
  app.get(
    '/api/v1/green/grant-runs/export.xlsx',
    { schema: { tags, summary: 'Grant runs as an Excel workbook', response: errorResponses(401, 403) } },
    async (req, reply) =>
      sendXlsx(reply, 'green-grant-runs.xlsx', await exportGrantRuns(ctx.store, req.actor)),
  );
  app.get(
    '/api/v1/green/grant-lists/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Imported grant lists as an Excel workbook',
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, 'green-grant-lists.xlsx', await exportGrantLists(ctx.store, req.actor)),
  );
  app.post<{ Body: { listIds?: unknown; asOf?: unknown } }>(
    '/api/v1/green/grant-runs',
    {
      schema: {
        tags,
        summary:
          'Run grants over lists: {listIds?, asOf?} → a draft run with its summary (never grants twice)',
        body: anyObject,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await runGrants(ctx.store, req.actor, req.body ?? {}, ctx.now())),
  );
  app.get<Id>(
    '/api/v1/green/grant-runs/:id',
    {
      schema: {
        tags,
        summary: 'One run with each row’s result',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => getRun(ctx.store, req.actor, req.params.id),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/green/grant-runs/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a draft run: {decision: approve | reject, note?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => decideRun(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );

  // Budget and parameters
  app.get<{ Querystring: { year?: number } }>(
    '/api/v1/green/budget',
    {
      schema: {
        tags,
        summary: 'Committed, approved, paid and clawed back by year, bureau and item',
        querystring: { type: 'object', properties: { year: { type: 'integer' } } },
        response: errorResponses(401, 403),
      },
    },
    async (req) => budget(ctx.store, req.actor, req.query),
  );
  app.get<{ Querystring: { year?: number } }>(
    '/api/v1/green/budget.xlsx',
    {
      schema: {
        tags,
        summary: 'The budget as an Excel workbook',
        querystring: { type: 'object', properties: { year: { type: 'integer' } } },
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, 'green-fund-budget.xlsx', await exportBudget(ctx.store, req.actor, req.query)),
  );
  app.get(
    '/api/v1/green/parameters',
    {
      schema: {
        tags,
        summary: 'Parameters set by the bureaus (item 6 tiers)',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({ settings: await listParameterSettings(ctx.store, req.actor) }),
  );
  app.post<{ Body: Body }>(
    '/api/v1/green/parameters',
    {
      schema: {
        tags,
        summary: 'Set a parameter from a date: {parameterId, from, to?, value, note}',
        body: anyObject,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) => reply.code(201).send(await setParameter(ctx.store, req.actor, req.body, ctx.now())),
  );
}
