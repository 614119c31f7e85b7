/**
 * @module api/routes/auth
 * Sign-in (cookie session, throttled per client address), sign-out here or everywhere, the
 * current user, bearer tokens for systems, and the administrator's unlock and sign-out of a user.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZhengceError } from '../../engine/errors.ts';
import { ROLE_NAMES, type UserActor } from '../../services/accounts/actor.ts';
import {
  createApiToken,
  LoginThrottle,
  login,
  logoutEverywhere,
  revokeToken,
  SESSION_HOURS,
  toUserView,
  unlockUser,
} from '../../services/accounts/index.ts';
import { findUserById, listUserTokens } from '../../store/queries.ts';
import { type AppContext, SESSION_COOKIE } from '../context.ts';
import { errorResponses } from './schemas.ts';

function signedIn(actor: FastifyRequest['actor']): asserts actor is UserActor {
  if (actor.kind !== 'user')
    throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'not signed in', { messageZh: '未登录' });
}

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Per application instance: each server process (and each test app) counts its own.
  const throttle = new LoginThrottle();
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
        response: errorResponses(400, 401, 429),
      },
    },
    async (req, reply) => {
      const now = ctx.now();
      throttle.check(req.ip, now);
      let signed: Awaited<ReturnType<typeof login>>;
      try {
        signed = await login(ctx.store, req.body.username, req.body.password, now);
      } catch (e) {
        if (e instanceof ZhengceError && e.code === 'ZC_ERR_BAD_CREDENTIALS') throttle.fail(req.ip, now);
        throw e;
      }
      const { user, session } = signed;
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

  app.post<{ Body: { tokens?: boolean } | undefined }>(
    '/api/v1/auth/logout-everywhere',
    {
      schema: {
        tags: ['auth'],
        summary:
          "Sign out everywhere: ends all of the caller's sessions (and bearer tokens with tokens: true)",
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { tokens: { type: 'boolean' } },
        },
        response: errorResponses(400, 401),
      },
    },
    async (req, reply) => {
      signedIn(req.actor);
      const r = await logoutEverywhere(
        ctx.store,
        req.actor,
        req.actor.id,
        { tokens: req.body?.tokens === true },
        ctx.now(),
      );
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return r;
    },
  );

  app.post<{ Params: { id: number }; Body: { tokens?: boolean } | undefined }>(
    '/api/v1/auth/users/:id/logout-everywhere',
    {
      schema: {
        tags: ['auth'],
        summary: "Administrator: end all of a user's sessions (and bearer tokens with tokens: true)",
        params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { tokens: { type: 'boolean' } },
        },
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req) =>
      logoutEverywhere(ctx.store, req.actor, req.params.id, { tokens: req.body?.tokens === true }, ctx.now()),
  );

  app.post<{ Params: { id: number } }>(
    '/api/v1/auth/users/:id/unlock',
    {
      schema: {
        tags: ['auth'],
        summary: 'Administrator: lift a lock-out after failed sign-ins before it runs out',
        params: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
        response: errorResponses(401, 403, 404),
      },
    },
    async (req) => ({ user: await unlockUser(ctx.store, req.actor, req.params.id, ctx.now()) }),
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
