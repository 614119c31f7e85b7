/**
 * @module api/routes/alerts
 * The alert workflow (29号 二(二)–(五), 四): the command office records, issues, raises, lowers
 * and lifts alerts and follows the receipts; member units and listed enterprises read and
 * acknowledge their notices; the public reads the alert in force.
 */
import type { FastifyInstance } from 'fastify';
import { shanghaiDate } from '../../engine/period.ts';
import { exportAlerts, exportMyNotices } from '../../services/alerts/exports.ts';
import {
  acknowledgeNotice,
  addListEntries,
  capXml,
  changeAlert,
  currentPublicAlertJson,
  exportListEntries,
  getAlert,
  importListEntries,
  issueAlert,
  liftAlert,
  listAlerts,
  listEntries,
  myNotices,
  receiptBoard,
  remindPending,
} from '../../services/alerts/index.ts';
import { MAX_UPLOAD_BYTES } from '../../services/shared/excel.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { acceptSheets, sendXlsx, sheetUpload } from './sheets.ts';

const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
type Id = { Params: { id: number } };
const JSON_TYPE = 'application/json; charset=utf-8';

export function alertRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/air/alerts/current',
    {
      schema: {
        tags: ['air'],
        summary: 'The alert in force, for the public (level, colour, measures, driving rules)',
      },
    },
    // The alert's JSON text is kept by the service (the most-read route during an alert); the
    // bytes are those of serialising {asOf, today, alert}.
    async (_req, reply) => {
      const now = ctx.now();
      const alert = await currentPublicAlertJson(ctx.store);
      return reply
        .type(JSON_TYPE)
        .send(
          `{"asOf":${JSON.stringify(now.toISOString())},"today":${JSON.stringify(shanghaiDate(now))},"alert":${alert}}`,
        );
    },
  );
  app.get(
    '/api/v1/air/feed.json',
    { schema: { tags: ['air'], summary: 'Public JSON feed of the current alert' } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=30');
      const generatedAt = ctx.now().toISOString();
      const alert = await currentPublicAlertJson(ctx.store);
      return reply.type(JSON_TYPE).send(`{"generatedAt":${JSON.stringify(generatedAt)},"alert":${alert}}`);
    },
  );

  app.get(
    '/api/v1/air/alerts',
    {
      schema: {
        tags: ['air'],
        summary: 'Alerts, newest first (officers)',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({
      alerts: await listAlerts(ctx.store, req.actor),
    }),
  );
  app.get(
    '/api/v1/air/alerts/export.xlsx',
    {
      schema: {
        tags: ['air'],
        summary: 'The alert list as an Excel workbook (officers)',
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) => sendXlsx(reply, 'air-alerts.xlsx', await exportAlerts(ctx.store, req.actor)),
  );
  app.get<Id>(
    '/api/v1/air/alerts/:id',
    {
      schema: {
        tags: ['air'],
        summary: 'One alert with events and receipt counts',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => getAlert(ctx.store, req.actor, req.params.id),
  );
  app.post<{ Body: Record<string, unknown> }>(
    '/api/v1/air/alerts',
    {
      schema: {
        tags: ['air'],
        summary:
          'Record and issue an alert (municipal order): {number, level, startsAt, endsAt?, note?, source?}',
        body: anyObject,
        response: errorResponses(400, 401, 403, 409),
      },
    },
    async (req, reply) => {
      const id = await issueAlert(ctx.store, req.actor, req.body, ctx.now());
      return reply.code(201).send(await getAlert(ctx.store, req.actor, id));
    },
  );
  app.post<Id & { Body: Record<string, unknown> }>(
    '/api/v1/air/alerts/:id/change',
    {
      schema: {
        tags: ['air'],
        summary: 'Raise, lower or extend the alert: {level, number?, note?, endsAt?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => {
      await changeAlert(ctx.store, req.actor, req.params.id, req.body, ctx.now());
      return getAlert(ctx.store, req.actor, req.params.id);
    },
  );
  app.post<Id & { Body: Record<string, unknown> }>(
    '/api/v1/air/alerts/:id/lift',
    {
      schema: {
        tags: ['air'],
        summary: 'Lift the alert: {number?, note?}',
        params: idParams,
        body: anyObject,
        response: errorResponses(400, 401, 403, 404, 409),
      },
    },
    async (req) => {
      await liftAlert(ctx.store, req.actor, req.params.id, req.body ?? {}, ctx.now());
      return getAlert(ctx.store, req.actor, req.params.id);
    },
  );
  app.get<Id>(
    '/api/v1/air/alerts/:id/receipts',
    {
      schema: {
        tags: ['air'],
        summary: 'Receipt board of the latest event, and the report to the municipal office',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => receiptBoard(ctx.store, req.actor, req.params.id),
  );
  app.post<Id>(
    '/api/v1/air/alerts/:id/remind',
    {
      schema: {
        tags: ['air'],
        summary: 'Remind every recipient who has not acknowledged',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => ({
      reminded: await remindPending(ctx.store, req.actor, req.params.id, ctx.now()),
    }),
  );

  app.get(
    '/api/v1/air/notices/mine',
    {
      schema: {
        tags: ['air'],
        summary: "The caller's notices (a member unit's or an enterprise's)",
        response: errorResponses(401),
      },
    },
    async (req) => ({
      notices: await myNotices(ctx.store, req.actor),
    }),
  );
  app.get(
    '/api/v1/air/notices/mine.xlsx',
    {
      schema: {
        tags: ['air'],
        summary: "The caller's notices as an Excel workbook",
        response: errorResponses(401),
      },
    },
    async (req, reply) => sendXlsx(reply, 'air-notices.xlsx', await exportMyNotices(ctx.store, req.actor)),
  );
  app.post<Id>(
    '/api/v1/air/notices/:id/ack',
    {
      schema: {
        tags: ['air'],
        summary: 'Acknowledge a notice (回执)',
        params: idParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => acknowledgeNotice(ctx.store, req.actor, req.params.id, ctx.now()),
  );

  app.get<Id & { Querystring: { seq?: number } }>(
    '/api/v1/air/alerts/:id/cap.xml',
    {
      schema: {
        tags: ['air'],
        summary: 'The alert as an OASIS CAP 1.2 message (zh-CN and en), for its latest event or ?seq=',
        params: idParams,
        querystring: { type: 'object', properties: { seq: { type: 'integer', minimum: 1 } } },
        response: errorResponses(404),
      },
    },
    async (req, reply) => {
      const xml = await capXml(ctx.store, req.params.id, req.query.seq, `${req.protocol}://${req.host}`);
      return reply.type('application/cap+xml; charset=utf-8').send(xml);
    },
  );

  acceptSheets(app);
  app.post<{ Querystring: { format?: string }; Body: Buffer }>(
    '/api/v1/air/lists/import',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['air'],
        summary:
          'Import list entries from Excel (.xlsx) or CSV: good rows land together, bad rows are reported by row',
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['xlsx', 'csv'] } } },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => {
      const { data, format } = sheetUpload(req.body, req.query.format, req.headers['content-type']);
      return importListEntries(ctx.store, req.actor, data, format, ctx.now());
    },
  );
  app.get(
    '/api/v1/air/lists',
    {
      schema: {
        tags: ['air'],
        summary: 'The emission-reduction and guarantee lists',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({
      entries: await listEntries(ctx.store, req.actor),
    }),
  );
  app.get(
    '/api/v1/air/lists/export.xlsx',
    {
      schema: {
        tags: ['air'],
        summary: 'The lists as an Excel workbook (the import format)',
        response: errorResponses(401, 403),
      },
    },
    async (req, reply) => {
      return sendXlsx(reply, 'air-lists.xlsx', await exportListEntries(ctx.store, req.actor));
    },
  );

  app.post<{ Body: { entries?: unknown } }>(
    '/api/v1/air/lists',
    {
      schema: {
        tags: ['air'],
        summary:
          'Add enterprises and sites to the emission-reduction or guarantee lists: {entries:[{kind, name, sector, ownerDepartment, creditCode?, grade?, guarantee?, measures?}]}',
        body: {
          type: 'object',
          required: ['entries'],
          properties: { entries: { type: 'array', items: anyObject, maxItems: 50_000 } },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send({ added: await addListEntries(ctx.store, req.actor, req.body.entries as never[], ctx.now()) }),
  );
}
