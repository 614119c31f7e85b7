/**
 * @module api/routes/auth
 * Sign-in (cookie session), sign-out, the current user, and bearer tokens for systems.
 */
import type { FastifyInstance } from 'fastify';
import { ZhengceError } from '../../engine/errors.ts';
import { ROLE_NAMES } from '../../services/accounts/actor.ts';
import {
  createApiToken,
  login,
  revokeToken,
  SESSION_HOURS,
  toUserView,
} from '../../services/accounts/index.ts';
import { findUserById, listUserTokens } from '../../store/queries.ts';
import { type AppContext, SESSION_COOKIE } from '../context.ts';
import { errorResponses } from './schemas.ts';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: { username: string; password: string } }>(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets an httpOnly SameSite=Strict session cookie',
        body: {
          type: 'object',
          required: ['username', 'password'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', maxLength: 64 },
            password: { type: 'string', maxLength: 256 },
          },
        },
        response: errorResponses(400, 401),
      },
    },
    async (req, reply) => {
      const { user, session } = await login(ctx.store, req.body.username, req.body.password, ctx.now());
      reply.setCookie(SESSION_COOKIE, session.secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
      return { user, roleName: ROLE_NAMES[user.role], expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out: ends the session' } },
    async (req, reply) => {
      if (req.tokenId !== null && req.actor.kind === 'user' && req.cookies[SESSION_COOKIE]) {
        await revokeToken(ctx.store, req.actor, req.tokenId, ctx.now());
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The signed-in user', response: errorResponses(401) } },
    async (req) => {
      if (req.actor.kind !== 'user') {
        throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'not signed in', { messageZh: '未登录' });
      }
      const row = await findUserById(ctx.store.db, req.actor.id);
      if (!row) throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'not signed in', { messageZh: '未登录' });
      const user = toUserView(row);
      return { user, roleName: ROLE_NAMES[user.role] };
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    { schema: { tags: ['auth'], summary: "The caller's sessions and tokens (never the secrets)" } },
    async (req) => {
      if (req.actor.kind !== 'user')
        throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'not signed in', { messageZh: '未登录' });
      const rows = await listUserTokens(ctx.store.db, req.actor.id);
      return {
        tokens: rows.map((t) => ({
          id: t.id,
          kind: t.kind,
          label: t.label,
          createdAt: t.created_at,
          expiresAt: t.expires_at,
          revokedAt: t.revoked_at,
          lastUsedAt: t.last_used_at,
        })),
      };
    },
  );

  app.post<{ Body: { label?: string; days?: number } }>(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a bearer token for the caller (the secret is shown once)',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            label: { type: 'string', maxLength: 100 },
            days: { type: 'integer', minimum: 1, maximum: 366 },
          },
        },
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) => {
      const t = await createApiToken(ctx.store, req.actor, req.body?.label, req.body?.days, ctx.now());
      return reply.code(201).send({ id: t.id, token: t.secret, expiresAt: t.expiresAt });
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api/v1/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke a token or end a session (own, or any as administrator)',
        params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
        response: errorResponses(401, 403, 404),
      },
    },
    async (req, reply) => {
      if (req.actor.kind !== 'user')
        throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'not signed in', { messageZh: '未登录' });
      await revokeToken(ctx.store, req.actor, req.params.id, ctx.now());
      return reply.code(204).send();
    },
  );
}
