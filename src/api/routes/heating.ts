/**
 * @module api/routes/heating
 * New-energy heating (京发改〔2023〕1309号): the project register, meter readings (JSON or a
 * spreadsheet body), the post-evaluation report of a season (五(四)), the design check (一(三), 三,
 * 五(二)), and the statistics bureau's yearly figures with their progress towards 一(三)'s targets.
 */
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../../engine/errors.ts';
import { resolveAsOf } from '../../services/catalog/index.ts';
import { exportHeatingFigures, exportHeatingProjects } from '../../services/heating/exports.ts';
import {
  addReadings,
  checkProjectDesign,
  createHeatingProject,
  deleteAreaFigure,
  getHeatingProject,
  heatingTargets,
  importReadings,
  listHeatingProjects,
  listReadings,
  readingsTemplate,
  seasonReport,
  setAreaFigure,
  updateHeatingProject,
} from '../../services/heating/index.ts';
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
const tags = ['heating'];

export function heatingRoutes(app: FastifyInstance, ctx: AppContext): void {
  acceptSheets(app);

  app.get(
    '/api/v1/heating/projects',
    {
      schema: {
        tags,
        summary:
          'Heating projects: the department’s (officials), the operator’s own (enterprise), all (admin)',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({ projects: await listHeatingProjects(ctx.store, req.actor) }),
  );
  app.get(
    '/api/v1/heating/projects/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The heating projects list as an Excel workbook (same scope as the list)',
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, 'heating-projects.xlsx', await exportHeatingProjects(ctx.store, req.actor)),
  );
  app.post<{ Body: Body }>(
    '/api/v1/heating/projects',
    {
      schema: {
        tags,
        summary:
          'Register a project: {code, name, technology, department?, creditCode?, heatedAreaM2?, commissionedOn?, design?}',
        body: anyObject,
        response: errorResponses(400, 401, 403, 409),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createHeatingProject(ctx.store, req.actor, req.body, ctx.now())),
  );
  app.get<Id>(
    '/api/v1/heating/projects/:id',
    { schema: { tags, summary: 'One project', params: idParams, response: errorResponses(401, 403, 404) } },
    async (req) => getHeatingProject(ctx.store, req.actor, req.params.id),
  );
  app.patch<Id & { Body: Body }>(
    '/api/v1/heating/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project (not its code or department)',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) => updateHeatingProject(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.get<Id & { Querystring: { from?: string; to?: string } }>(
    '/api/v1/heating/projects/:id/readings',
    {
      schema: {
        tags,
        summary: 'The stored readings in time order (from/to: UTC instants)',
        params: idParams,
        querystring: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => ({ readings: await listReadings(ctx.store, req.actor, req.params.id, req.query) }),
  );
  app.post<Id & { Body: Body }>(
    '/api/v1/heating/projects/:id/readings',
    {
      schema: {
        tags,
        summary:
          'Report readings: {readings:[{at, electricityKwh, heatGj, waterM3}]} (cumulative) → good rows land together, bad rows named',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) => addReadings(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.post<{ Querystring: { format?: string } }>(
    '/api/v1/heating/readings/import',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary:
          'Import readings of any projects (Excel or CSV body): good rows land together, bad rows are reported by row',
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['xlsx', 'csv'] } } },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => {
      return importReadings(
        ctx.store,
        req.actor,
        sheetUpload(req.body, req.query.format, req.headers['content-type']),
        ctx.now(),
      );
    },
  );
  app.get(
    '/api/v1/heating/readings/template',
    { schema: { tags, summary: 'The empty readings template (.xlsx)' } },
    async (_req, reply) => sendXlsx(reply, 'heating-readings.xlsx', await readingsTemplate()),
  );
  app.get<Id & { Querystring: { season?: string; from?: string; to?: string; maxGapHours?: string } }>(
    '/api/v1/heating/projects/:id/report',
    {
      schema: {
        tags,
        summary:
          'Post-evaluation (项目后评价) of a season: ?season=2024-2025 (15 Nov – 15 Mar) or from/to → SPF, totals, carbon, monthly series',
        params: idParams,
        querystring: {
          type: 'object',
          properties: {
            season: { type: 'string' },
            from: { type: 'string' },
            to: { type: 'string' },
            maxGapHours: { type: 'string' },
          },
        },
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) => seasonReport(ctx.store, req.actor, req.params.id, req.query),
  );
  app.get<Id & { Querystring: { asOf?: string } }>(
    '/api/v1/heating/projects/:id/design-check',
    {
      schema: {
        tags,
        summary: 'The project-check rule (一(三), 三, 五(二)) on the stored design',
        params: idParams,
        querystring: { type: 'object', properties: { asOf: { type: 'string' } } },
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) =>
      checkProjectDesign(ctx.store, req.actor, req.params.id, resolveAsOf(req.query.asOf, today(ctx))),
  );

  // 一(三) targets from the statistics bureau's figures.
  app.get<{ Querystring: { asOf?: string } }>(
    '/api/v1/heating/targets.xlsx',
    {
      schema: {
        tags,
        summary: 'The yearly heated-area figures behind the targets of 一(三) as an Excel workbook',
        querystring: { type: 'object', properties: { asOf: { type: 'string' } } },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        'heating-figures.xlsx',
        await exportHeatingFigures(ctx.store, req.actor, resolveAsOf(req.query.asOf, today(ctx))),
      ),
  );
  app.get<{ Querystring: { asOf?: string; baselineYear?: string } }>(
    '/api/v1/heating/targets',
    {
      schema: {
        tags,
        summary: 'Yearly heated-area figures and progress towards 1.45 亿 m², 10% (2025) and 15% (2030)',
        querystring: {
          type: 'object',
          properties: { asOf: { type: 'string' }, baselineYear: { type: 'string' } },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => {
      const base = req.query.baselineYear;
      if (base !== undefined && !/^\d{4}$/.test(base))
        throw invalidInput('baselineYear', base, 'must be a year', '须为年份');
      return heatingTargets(
        ctx.store,
        req.actor,
        resolveAsOf(req.query.asOf, today(ctx)),
        base === undefined ? undefined : Number(base),
      );
    },
  );
  const yearParams = {
    type: 'object',
    properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 } },
    required: ['year'],
  } as const;
  app.put<{ Params: { year: number }; Body: Body }>(
    '/api/v1/heating/figures/:year',
    {
      schema: {
        tags,
        summary:
          'Enter or correct a year’s figures (statistics bureau): {newEnergyAreaM2, totalAreaM2, note?}',
        params: yearParams,
        body: anyObject,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => setAreaFigure(ctx.store, req.actor, { ...req.body, year: req.params.year }, ctx.now()),
  );
  app.delete<{ Params: { year: number }; Querystring: { reason?: string } }>(
    '/api/v1/heating/figures/:year',
    {
      schema: {
        tags,
        summary: 'Remove a year’s figures entered by mistake (?reason=…, audited)',
        params: yearParams,
        querystring: { type: 'object', properties: { reason: { type: 'string' } } },
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) => {
      await deleteAreaFigure(ctx.store, req.actor, req.params.year, req.query.reason, ctx.now());
      return reply.code(204).send();
    },
  );
}
