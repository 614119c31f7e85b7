/**
 * @module api/context
 * Who is calling, resolved once per request from the session cookie or a bearer token, and the
 * CSRF guard for cookie-authenticated writes.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZhengceError } from '../engine/errors.ts';
import { type CalendarDate, shanghaiDate } from '../engine/period.ts';
import { type Actor, ANONYMOUS, authenticateToken } from '../services/accounts/index.ts';
import type { Store } from '../store/db.ts';

export const SESSION_COOKIE = 'zc_session';
/** Header a browser must send on writes made with the session cookie (cross-site forms cannot). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'zhengce';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The session or token id the actor presented, for logout. */
    tokenId: number | null;
  }
}

/** What every route needs: the store and the clock. */
export interface AppContext {
  readonly store: Store;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
  readonly version: string;
  /** Whether cookies are marked Secure (behind HTTPS). */
  readonly secureCookies: boolean;
}

/** Today's date in Asia/Shanghai by the context's clock. */
export function today(ctx: AppContext): CalendarDate {
  return shanghaiDate(ctx.now());
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves `request.actor` before every handler. */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  // Filled in by the onRequest hook below; Fastify requires a non-object default.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('tokenId', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.actor = ANONYMOUS;
    req.tokenId = null;
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!m) {
        throw new ZhengceError('ZC_ERR_UNAUTHENTICATED', 'authorization: use "Bearer <token>"', {
          field: 'authorization',
          messageZh: 'authorization：格式应为 "Bearer <令牌>"',
        });
      }
      const found = await authenticateToken(ctx.store, m[1]!, ctx.now());
      if (found?.kind !== 'bearer') {
        throw new ZhengceError(
          'ZC_ERR_UNAUTHENTICATED',
          'authorization: the token is unknown, revoked or expired',
          {
            field: 'authorization',
            messageZh: 'authorization：令牌无效、已撤销或已过期',
          },
        );
      }
      req.actor = found.actor;
      req.tokenId = found.tokenId;
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie === undefined || cookie === '') return;
    const found = await authenticateToken(ctx.store, cookie, ctx.now());
    if (found?.kind !== 'session') return; // an expired cookie is simply anonymous
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== CSRF_VALUE) {
      throw new ZhengceError(
        'ZC_ERR_FORBIDDEN',
        `${CSRF_HEADER}: a signed-in browser write must send "${CSRF_HEADER}: ${CSRF_VALUE}"`,
        {
          field: CSRF_HEADER,
          messageZh: `${CSRF_HEADER}：已登录的浏览器写操作须带请求头 "${CSRF_HEADER}: ${CSRF_VALUE}"`,
        },
      );
    }
    req.actor = found.actor;
    req.tokenId = found.tokenId;
  });
}
