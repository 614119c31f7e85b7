/**
 * @module api/routes/buildings
 * Green and ultra-low-energy buildings (京技管发〔2023〕30号): building projects, the stage-gate
 * checklist of 七 (each department records its own items), and the targets of 四 from the records.
 * The requirement check itself is the rule `jingjiguanfa-2023-30/rating-requirement`
 * (`POST /api/v1/rules/…/evaluate`).
 */
import type { FastifyInstance } from 'fastify';
import { exportBuildingProjects, exportBuildingTargets } from '../../services/buildings/exports.ts';
import {
  buildingFor,
  buildingTargets,
  createBuildingProject,
  listBuildingProjects,
  projectChecklist,
  recordGateItem,
  toView,
  updateBuildingProject,
  withdrawGateItem,
} from '../../services/buildings/index.ts';
import { resolveAsOf } from '../../services/catalog/index.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { sendXlsx } from './sheets.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const asOfQuery = { type: 'object', properties: { asOf: { type: 'string' } } } as const;
type Id = { Params: { id: number } };
type Body = Record<string, unknown>;
const tags = ['buildings'];

export function buildingRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/buildings/projects',
    {
      schema: {
        tags,
        summary: 'Building projects: every one for officials, an enterprise’s own',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({ projects: await listBuildingProjects(ctx.store, req.actor) }),
  );
  app.get(
    '/api/v1/buildings/projects/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The building projects list as an Excel workbook (same scope as the list)',
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, 'building-projects.xlsx', await exportBuildingProjects(ctx.store, req.actor)),
  );
  app.post<{ Body: Body }>(
    '/api/v1/buildings/projects',
    {
      schema: {
        tags,
        summary:
          'Register a project: {code, name, facts (rating rule), gate {investmentPromotion, landSupply, …}, targetKind, areaSqm, completedOn?, creditCode?, department?}',
        body: anyObject,
        response: errorResponses(400, 401, 403, 409),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await createBuildingProject(ctx.store, req.actor, req.body, ctx.now())),
  );
  app.get<Id>(
    '/api/v1/buildings/projects/:id',
    { schema: { tags, summary: 'One project', params: idParams, response: errorResponses(401, 403, 404) } },
    async (req) => toView(await buildingFor(ctx.store, req.actor, req.params.id, 'buildings.read')),
  );
  app.patch<Id & { Body: Body }>(
    '/api/v1/buildings/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project (not its code or department)',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) => updateBuildingProject(ctx.store, req.actor, req.params.id, req.body, ctx.now()),
  );
  app.get<Id & { Querystring: { asOf?: string } }>(
    '/api/v1/buildings/projects/:id/checklist',
    {
      schema: {
        tags,
        summary:
          '七 过程管理: every item of the five stages done, missing or not applicable, who recorded it, and the requirement',
        params: idParams,
        querystring: asOfQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) =>
      projectChecklist(ctx.store, req.actor, req.params.id, resolveAsOf(req.query.asOf, today(ctx))),
  );
  app.post<Id & { Body: Body & { asOf?: string } }>(
    '/api/v1/buildings/projects/:id/gates',
    {
      schema: {
        tags,
        summary: 'Record an item as done for your department: {itemId, note?} → the checklist',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) =>
      recordGateItem(
        ctx.store,
        req.actor,
        req.params.id,
        req.body,
        resolveAsOf(req.body.asOf, today(ctx)),
        ctx.now(),
      ),
  );
  app.post<Id & { Body: Body & { asOf?: string } }>(
    '/api/v1/buildings/projects/:id/gates/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw an item recorded in error: {itemId, reason} → the checklist',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) =>
      withdrawGateItem(
        ctx.store,
        req.actor,
        req.params.id,
        req.body,
        resolveAsOf(req.body.asOf, today(ctx)),
        ctx.now(),
      ),
  );
  app.get<{ Querystring: { asOf?: string } }>(
    '/api/v1/buildings/targets',
    {
      schema: {
        tags,
        summary: '四: 900,000 m² of public-building green retrofits and 280,000 m² ultra-low-energy by 2025',
        querystring: asOfQuery,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => buildingTargets(ctx.store, req.actor, resolveAsOf(req.query.asOf, today(ctx))),
  );
  app.get<{ Querystring: { asOf?: string } }>(
    '/api/v1/buildings/targets.xlsx',
    {
      schema: {
        tags,
        summary: 'The project records behind the targets of 四 as an Excel workbook',
        querystring: asOfQuery,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        'building-targets.xlsx',
        await exportBuildingTargets(ctx.store, req.actor, resolveAsOf(req.query.asOf, today(ctx))),
      ),
  );
}
