/**
 * @module api/routes/air-plans
 * The member units' sub-plans and 24-hour contacts (29号 四(一), 四(三)) and the inspections and
 * duty report of an alert (二(三), 四(四)). The board shows phones masked; the command office's
 * reveal of a number is audited.
 */
import type { FastifyInstance } from 'fastify';
import {
  dutyReport,
  fileSubplan,
  listInspections,
  recordInspection,
  revealContact,
  subplanBoard,
} from '../../services/alerts/plans.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from './schemas.ts';

const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const unitParams = {
  type: 'object',
  properties: { unit: { type: 'string', minLength: 1, maxLength: 64 } },
  required: ['unit'],
} as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
type Id = { Params: { id: number } };
type Unit = { Params: { unit: string } };

export function airPlanRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/air/subplans',
    {
      schema: {
        tags: ['air'],
        summary:
          "Every member unit's sub-plan status (filed, filed_late, overdue, due), leader and contact (phone masked)",
        response: errorResponses(401, 403),
      },
    },
    async (req) => subplanBoard(ctx.store, req.actor, ctx.now()),
  );
  app.put<Unit & { Body: Record<string, unknown> }>(
    '/api/v1/air/subplans/:unit',
    {
      schema: {
        tags: ['air'],
        summary:
          "File or update a unit's sub-plan and contact: {leaderName, contactName, contactPhone, filedOn?, documentRef?}",
        params: unitParams,
        body: anyObject,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => fileSubplan(ctx.store, req.actor, req.params.unit, req.body, ctx.now()),
  );
  app.post<Unit & { Body: { reason?: unknown } | undefined }>(
    '/api/v1/air/subplans/:unit/reveal',
    {
      schema: {
        tags: ['air'],
        summary: "Reveal a unit's 24-hour contact number (command office; audited): {reason?}",
        params: unitParams,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) => revealContact(ctx.store, req.actor, req.params.unit, req.body ?? {}, ctx.now()),
  );

  app.post<Id & { Body: Record<string, unknown> }>(
    '/api/v1/air/alerts/:id/inspections',
    {
      schema: {
        tags: ['air'],
        summary:
          'Record an inspection during the alert: {at, result: compliant|violation, listEntryId?, targetName?, notes?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req, reply) =>
      reply.code(201).send(await recordInspection(ctx.store, req.actor, req.params.id, req.body, ctx.now())),
  );
  app.get<Id>(
    '/api/v1/air/alerts/:id/inspections',
    {
      schema: {
        tags: ['air'],
        summary: "The alert's inspections, in the order they took place",
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => ({ inspections: await listInspections(ctx.store, req.actor, req.params.id) }),
  );
  app.get<Id & { Querystring: { format?: 'json' | 'text' } }>(
    '/api/v1/air/alerts/:id/duty-report',
    {
      schema: {
        tags: ['air'],
        summary: 'Duty report: inspections by result, violations, receipts (JSON, or ?format=text)',
        params: idParams,
        querystring: {
          type: 'object',
          properties: { format: { type: 'string', enum: ['json', 'text'] } },
        },
        response: errorResponses(401, 403, 404),
      },
    },
    async (req, reply) => {
      const report = await dutyReport(ctx.store, req.actor, req.params.id);
      if (req.query.format !== 'text') return report;
      return reply
        .type('text/plain; charset=utf-8')
        .send(`${report.lines.zh.join('\n')}\n\n${report.lines.en.join('\n')}\n`);
    },
  );
}
