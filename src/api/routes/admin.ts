/**
 * @module api/routes/admin
 * Departments, users, enterprises and the audit log, each scoped by role and department.
 */
import type { FastifyInstance } from 'fastify';
import { authorize, createUser, listUsers, type NewUserInput } from '../../services/accounts/index.ts';
import { searchAudit, verifyAuditChain } from '../../services/audit/index.ts';
import { getEnterprise, listEnterprises } from '../../services/enterprises/index.ts';
import { listDepartments } from '../../store/queries.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from './schemas.ts';

export function adminRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/departments',
    { schema: { tags: ['accounts'], summary: 'Departments named in the documents' } },
    async (req) => {
      authorize(req.actor, 'departments.read');
      const rows = await listDepartments(ctx.store.db);
      return {
        departments: rows.map((d) => ({
          code: d.code,
          name: { zh: d.name_zh, en: d.name_en },
          kind: d.kind,
          pollutionCommandMember: d.pollution_command_member === 1,
        })),
      };
    },
  );

  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Users (administrators: all; others: own department)',
        response: errorResponses(401, 403),
      },
    },
    async (req) => ({
      users: await listUsers(ctx.store, req.actor),
    }),
  );

  app.post<{ Body: NewUserInput }>(
    '/api/v1/users',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create a user (administrators)',
        body: {
          type: 'object',
          required: ['username', 'password', 'role'],
          additionalProperties: false,
          properties: {
            username: { type: 'string' },
            password: { type: 'string' },
            role: { type: 'string', enum: ['admin', 'officer', 'reviewer', 'command_office', 'enterprise'] },
            displayNameZh: { type: 'string' },
            displayNameEn: { type: 'string' },
            department: { type: 'string' },
            creditCode: { type: 'string' },
            overrideCreditCodeCheck: { type: 'boolean' },
          },
        },
        response: errorResponses(400, 401, 403, 409),
      },
    },
    async (req, reply) =>
      reply.code(201).send({ user: await createUser(ctx.store, req.actor, req.body, ctx.now()) }),
  );

  app.get<{ Querystring: { area?: string; q?: string; limit?: string; offset?: string } }>(
    '/api/v1/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'Enterprises (an enterprise user sees only its own)',
        querystring: {
          type: 'object',
          properties: {
            area: { type: 'string' },
            q: { type: 'string' },
            limit: { type: 'string' },
            offset: { type: 'string' },
          },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req) => listEnterprises(ctx.store, req.actor, req.query),
  );

  app.get<{ Params: { creditCode: string } }>(
    '/api/v1/enterprises/:creditCode',
    { schema: { tags: ['enterprises'], summary: 'One enterprise', response: errorResponses(401, 403, 404) } },
    async (req) => ({ enterprise: await getEnterprise(ctx.store, req.actor, req.params.creditCode) }),
  );

  app.get<{ Querystring: { entityType?: string; entityId?: string; limit?: number; beforeSeq?: number } }>(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log, newest first (administrators and reviewers)',
        querystring: {
          type: 'object',
          properties: {
            entityType: { type: 'string' },
            entityId: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 1000 },
            beforeSeq: { type: 'integer', minimum: 1 },
          },
        },
        response: errorResponses(401, 403),
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.read');
      const { entityType, entityId, limit, beforeSeq } = req.query;
      return {
        entries: await searchAudit(ctx.store, {
          ...(entityType === undefined ? {} : { entityType }),
          ...(entityId === undefined ? {} : { entityId }),
          ...(limit === undefined ? {} : { limit }),
          ...(beforeSeq === undefined ? {} : { beforeSeq }),
        }),
      };
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify the audit hash chain (administrators)',
        response: errorResponses(401, 403),
      },
    },
    async (req) => {
      authorize(req.actor, 'audit.verify');
      return verifyAuditChain(ctx.store);
    },
  );
}
