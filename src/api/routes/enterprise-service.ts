/**
 * @module api/routes/enterprise-service
 * Foreign-investment services (京技管发〔2023〕28号): enterprise files (一企一档一专员), visits and
 * service packages; the three lists and roundtable items with their steps, escalation and export;
 * credit + risk facts and inspections under 无事不扰; the public policy list, the push and notices.
 * Scope: services/enterprise-service/access.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveAsOf } from '../../services/catalog/index.ts';
import * as fie from '../../services/enterprise-service/index.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { sendXlsx } from './sheets.ts';

const P = '/api/v1/enterprise-service';
const tags = ['enterprise-service'];
const anyObject = { type: 'object', additionalProperties: true } as const;
const idParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 } },
  required: ['id'],
} as const;
const query = (...names: string[]) => ({
  type: 'object',
  properties: Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
});
type Q = Record<string, string | undefined>;
type Req = FastifyRequest<{ Params: { id: number }; Querystring: Q; Body: unknown }>;

const itemFilter = (q: Q): fie.ItemFilter => ({
  ...(q.kind ? { kind: q.kind } : {}),
  ...(q.status ? { status: q.status } : {}),
  ...(q.creditCode ? { creditCode: q.creditCode } : {}),
  ...(q.open === 'true' ? { open: true } : {}),
  ...(q.mine === 'true' ? { mine: true } : {}),
});
const ITEM_QUERY = ['kind', 'status', 'creditCode', 'open', 'mine', 'asOf'];

export function enterpriseServiceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const s = ctx.store;
  const now = () => ctx.now();
  const asOf = (req: Req) => resolveAsOf(req.query.asOf, today(ctx));
  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    summary: string,
    opts: { q?: string[]; body?: boolean; created?: boolean },
    handler: (req: Req, reply: FastifyReply) => unknown,
  ) => {
    app.route({
      method,
      url: `${P}${url}`,
      schema: {
        tags,
        summary,
        ...(url.includes(':id') ? { params: idParams } : {}),
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

  route(
    'GET',
    '/policy-list',
    '《外商投资企业政策清单》 in both languages (public): kind, policyId, inForce, noApplication, department, q, asOf',
    { q: ['kind', 'policyId', 'inForce', 'noApplication', 'department', 'q', 'asOf'] },
    (req) => fie.policyListFor(req.actor, asOf(req), req.query),
  );
  route(
    'GET',
    '/files',
    'Enterprise files the caller reaches (mine=true: as officer or steward)',
    { q: ['mine'] },
    async (req) => ({
      files: await fie.listFiles(s, req.actor, { mine: req.query.mine === 'true' }),
    }),
  );
  route(
    'POST',
    '/files',
    'Open a file: {creditCode, officer?, steward?, language?, sites?, keyProjects?, contacts?, matchProfile?}',
    { body: true, created: true },
    (req) => fie.createFile(s, req.actor, req.body, now()),
  );
  route('GET', '/files/:id', 'One file: contacts (masked), visits, sites, projects, packages', {}, (req) =>
    fie.getFile(s, req.actor, req.params.id),
  );
  route(
    'PATCH',
    '/files/:id',
    'Change a file: officer, steward, language, sites, keyProjects, matchProfile',
    { body: true },
    (req) => fie.updateFile(s, req.actor, req.params.id, req.body, now()),
  );
  route('POST', '/files/:id/visits', 'Log a visit: {visitedOn, note}', { body: true, created: true }, (req) =>
    fie.addVisit(s, req.actor, req.params.id, req.body, now()),
  );
  route(
    'POST',
    '/files/:id/packages',
    'Record a service package delivered: {name, deliveredOn}',
    { body: true, created: true },
    (req) => fie.addServicePackage(s, req.actor, req.params.id, req.body, now()),
  );
  route('GET', '/files/:id/supervision', 'Credit and risk facts, intensity, inspections', {}, (req) =>
    fie.getSupervision(s, req.actor, req.params.id),
  );
  route(
    'PUT',
    '/files/:id/credit',
    'Record the eight credit and risk facts (D-28-5)',
    { body: true },
    (req) => fie.recordCreditFacts(s, req.actor, req.params.id, req.body, today(ctx), now()),
  );
  route(
    'POST',
    '/files/:id/inspections',
    'Schedule an inspection {plannedOn, kind, reason?}: 409 naming reason for a 无事不扰 firm without one',
    { body: true, created: true },
    (req) => fie.scheduleInspection(s, req.actor, req.params.id, req.body, now()),
  );
  route(
    'GET',
    '/items',
    'List and roundtable items by deadline, escalation as of asOf',
    { q: ITEM_QUERY },
    async (req) => ({
      asOf: asOf(req),
      items: await fie.listItems(s, req.actor, itemFilter(req.query), asOf(req)),
    }),
  );
  route(
    'POST',
    '/items',
    'Raise an item: {creditCode | fileId, kind, source, title, description?, receivedOn?}',
    { body: true, created: true },
    (req) => fie.raiseItem(s, req.actor, req.body, today(ctx), now()),
  );
  route('GET', '/items/:id', 'One item with its history', {}, (req) =>
    fie.getItem(s, req.actor, req.params.id, today(ctx)),
  );
  route(
    'POST',
    '/items/:id/steps',
    'Take a step: {action, owner?, workingDays?, reply?, note?, departments?, summary?}',
    { body: true },
    (req) => fie.stepItem(s, req.actor, req.params.id, req.body, today(ctx), now()),
  );
  route(
    'GET',
    '/export.xlsx',
    'The lists as a spreadsheet (same filters as /items)',
    { q: ITEM_QUERY },
    async (req, reply) =>
      sendXlsx(
        reply,
        `fie-items-${asOf(req)}.xlsx`,
        await fie.exportItems(s, req.actor, itemFilter(req.query), asOf(req)),
      ),
  );
  route(
    'GET',
    '/escalations',
    'Open items overdue as of asOf, by escalation level (D-28-4)',
    { q: ['asOf'] },
    async (req) => ({
      asOf: asOf(req),
      items: await fie.escalations(s, req.actor, asOf(req)),
    }),
  );
  route(
    'POST',
    '/push',
    'Precise push as of asOf to every file (or creditCode); idempotent',
    { body: true },
    (req) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const date = resolveAsOf(body.asOf, today(ctx));
      const cc =
        typeof body.creditCode === 'string' && body.creditCode !== '' ? { creditCode: body.creditCode } : {};
      return fie.pushPolicies(s, req.actor, cc, date, now());
    },
  );
  route(
    'GET',
    '/notices',
    'Policy notices pushed (an enterprise: its own)',
    { q: ['creditCode'] },
    async (req) => ({
      notices: await fie.listNotices(
        s,
        req.actor,
        req.query.creditCode ? { creditCode: req.query.creditCode } : {},
      ),
    }),
  );
}
