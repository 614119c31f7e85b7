/**
 * @module api/routes/policies
 * The policy catalog: list with status as of a date, one policy with its clause outline, one clause.
 */
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../../engine/errors.ts';
import type { PolicyStatus } from '../../policies/types.ts';
import { exportPolicies } from '../../services/catalog/exports.ts';
import { listPolicies, resolveAsOf, showClause, showPolicy } from '../../services/catalog/index.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';
import { sendXlsx } from './sheets.ts';

const STATUSES = ['in_force', 'not_yet', 'expired', 'repealed'];

export function policyRoutes(app: FastifyInstance, ctx: AppContext): void {
  type ListQuery = { Querystring: { asOf?: string; q?: string; status?: string } };
  const listQuery = {
    type: 'object',
    properties: {
      asOf: { type: 'string', description: 'YYYY-MM-DD; default today (Asia/Shanghai)' },
      q: { type: 'string', description: 'Search titles, numbers, summaries and clause text' },
      status: { type: 'string', description: 'in_force | not_yet | expired | repealed' },
    },
  } as const;
  /** The list's date and filters, checked (the list and its export take the same). */
  const listArgs = (query: ListQuery['Querystring']) => {
    const asOf = resolveAsOf(query.asOf, today(ctx));
    const status = query.status;
    if (status !== undefined && !STATUSES.includes(status)) {
      throw invalidInput(
        'status',
        status,
        `must be one of ${STATUSES.join(', ')}`,
        `须为 ${STATUSES.join('、')} 之一`,
      );
    }
    const opts = {
      ...(query.q === undefined ? {} : { q: query.q }),
      ...(status === undefined ? {} : { status: status as PolicyStatus }),
    };
    return { asOf, opts };
  };
  app.get<ListQuery>(
    '/api/v1/policies',
    {
      schema: {
        tags: ['policies'],
        summary: 'All seven policies with their status as of a date',
        querystring: listQuery,
        response: errorResponses(400),
      },
    },
    async (req) => {
      const { asOf, opts } = listArgs(req.query);
      return { asOf, policies: listPolicies(req.actor, asOf, opts) };
    },
  );
  app.get<ListQuery>(
    '/api/v1/policies/export.xlsx',
    {
      schema: {
        tags: ['policies'],
        summary: 'The policy list as an Excel workbook (same filters as the list)',
        querystring: listQuery,
        response: errorResponses(400),
      },
    },
    async (req, reply) => {
      const { asOf, opts } = listArgs(req.query);
      return sendXlsx(reply, `policies-${asOf}.xlsx`, await exportPolicies(req.actor, asOf, opts));
    },
  );

  app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>(
    '/api/v1/policies/:id',
    {
      schema: {
        tags: ['policies'],
        summary: 'One policy: metadata, status, clause outline with text, rules',
        params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        querystring: { type: 'object', properties: { asOf: { type: 'string' } } },
        response: errorResponses(400, 404),
      },
    },
    async (req) => {
      const asOf = resolveAsOf(req.query.asOf, today(ctx));
      return { asOf, ...showPolicy(req.actor, req.params.id, asOf) };
    },
  );

  app.get<{ Params: { id: string; '*': string } }>(
    '/api/v1/policies/:id/clauses/*',
    {
      schema: {
        tags: ['policies'],
        summary: 'One clause by outline path (第一章/一/（十三）) or citation form (第一章 一（十三）)',
        params: { type: 'object', properties: { id: { type: 'string' }, '*': { type: 'string' } } },
        response: errorResponses(404),
      },
    },
    async (req) => showClause(req.actor, req.params.id, req.params['*']),
  );
}
