/**
 * @module api/routes/documents
 * Printable documents as PDF (`application/pdf`, opened inline with a file name): the alert order
 * with its receipt list, the award decision of an approved 31号 application, and the work-relief
 * wage sheet of a project and month. Each is refused and allowed exactly as the JSON route that
 * shows the same data. Chinese by default; `?lang=en` renders an English courtesy copy.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  alertOrderPdf,
  awardDecisionPdf,
  type DocLang,
  type PdfFile,
  wageSheetPdf,
} from '../../services/documents/index.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from './schemas.ts';

const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const lang = { type: 'string', enum: ['zh', 'en'] } as const;
type Req = { Params: { id: number }; Querystring: { lang?: DocLang; period?: string } };

function sendPdf(reply: FastifyReply, file: PdfFile): FastifyReply {
  const name = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${name}"`)
    .send(file.pdf);
}

export function documentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<Req>(
    '/api/v1/air/alerts/:id/order.pdf',
    {
      schema: {
        tags: ['air'],
        summary: 'The alert order with its receipt list, as a printable PDF (?lang=en for English)',
        params: idParams,
        querystring: { type: 'object', properties: { lang } },
        response: errorResponses(401, 403, 404),
      },
    },
    async (req, reply) =>
      sendPdf(reply, await alertOrderPdf(ctx.store, req.actor, req.params.id, req.query.lang)),
  );
  app.get<Req>(
    '/api/v1/green/applications/:id/decision.pdf',
    {
      schema: {
        tags: ['green-fund'],
        summary: 'The award decision of an approved or paid application, as a printable PDF (409 otherwise)',
        params: idParams,
        querystring: { type: 'object', properties: { lang } },
        response: errorResponses(401, 403, 404, 409),
      },
    },
    async (req, reply) =>
      sendPdf(reply, await awardDecisionPdf(ctx.store, req.actor, req.params.id, req.query.lang)),
  );
  app.get<Req>(
    '/api/v1/work-relief/projects/:id/wage-sheet.pdf',
    {
      schema: {
        tags: ['work-relief'],
        summary:
          'The month’s wage sheet ?period=YYYY-MM for signing, as a printable PDF (IDs and cards masked)',
        params: idParams,
        querystring: { type: 'object', properties: { period: { type: 'string' }, lang } },
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) =>
      sendPdf(
        reply,
        await wageSheetPdf(ctx.store, req.actor, req.params.id, req.query.period, ctx.now(), req.query.lang),
      ),
  );
}
