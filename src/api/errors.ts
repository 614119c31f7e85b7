/**
 * @module api/errors
 * The one place that maps error codes to HTTP status, and the error handler that turns every
 * failure into `{"error":{code, field, message, messageZh, value?}}`. Unexpected faults are logged
 * and answered with 500 `ZC_ERR_INTERNAL` without internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, ZhengceError } from '../engine/errors.ts';

/** HTTP status for every error code. A test keeps this, `ERROR_CODES` and docs/errors.md in step. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  ZC_ERR_INVALID_INPUT: 400,
  ZC_ERR_INVALID_DATE: 400,
  ZC_ERR_INVALID_MONEY: 400,
  ZC_ERR_INVALID_JSON: 400,
  ZC_ERR_FACTS_INVALID: 400,
  ZC_ERR_TOO_LARGE: 413,
  ZC_ERR_POLICY_NOT_FOUND: 404,
  ZC_ERR_RULE_NOT_FOUND: 404,
  ZC_ERR_CLAUSE_NOT_FOUND: 404,
  ZC_ERR_NOT_FOUND: 404,
  ZC_ERR_UNAUTHENTICATED: 401,
  ZC_ERR_BAD_CREDENTIALS: 401,
  ZC_ERR_RATE_LIMITED: 429,
  ZC_ERR_FORBIDDEN: 403,
  ZC_ERR_CONFLICT: 409,
  ZC_ERR_AUDIT_CHAIN_BROKEN: 500,
  ZC_ERR_CONFIG: 500,
  ZC_ERR_INTERNAL: 500,
};

/** Converts Fastify's own errors (schema validation, bad JSON, body too large) to ZhengceErrors. */
export function toZhengceError(err: unknown): ZhengceError | null {
  if (err instanceof ZhengceError) return err;
  const fe = err as FastifyError & {
    validation?: { instancePath: string; message?: string; params?: Record<string, unknown> }[];
    validationContext?: string;
  };
  if (fe?.validation && fe.validation.length > 0) {
    const v = fe.validation[0]!;
    const ctx = fe.validationContext ?? 'input';
    const path = v.instancePath.split('/').filter(Boolean).join('.');
    const missing = v.params?.missingProperty;
    const extra = v.params?.additionalProperty;
    const field =
      typeof missing === 'string'
        ? path
          ? `${path}.${missing}`
          : missing
        : typeof extra === 'string'
          ? path
            ? `${path}.${extra}`
            : extra
          : path || ctx;
    const why = typeof extra === 'string' ? 'is not a known field' : (v.message ?? 'is invalid');
    return new ZhengceError('ZC_ERR_INVALID_INPUT', `${ctx} ${field}: ${why}`, {
      field,
      messageZh: `${field}：输入无效（${why}）`,
    });
  }
  if (
    fe?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fe?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (fe instanceof SyntaxError && fe.statusCode === 400)
  ) {
    return new ZhengceError('ZC_ERR_INVALID_JSON', `body: ${fe.message}`, {
      field: 'body',
      messageZh: 'body：请求体不是有效的 JSON',
    });
  }
  if (fe?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ZhengceError('ZC_ERR_INVALID_INPUT', 'content-type: send application/json', {
      field: 'content-type',
      messageZh: 'content-type：请使用 application/json',
    });
  }
  if (fe?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ZhengceError('ZC_ERR_TOO_LARGE', `body: larger than the route's limit (${fe.message})`, {
      field: 'body',
      messageZh: 'body：请求体超过该接口的大小上限',
    });
  }
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new ZhengceError('ZC_ERR_INVALID_INPUT', fe.message, { messageZh: fe.message });
  }
  return null;
}

/** Installs the error and not-found handlers. */
export function installErrorHandlers(
  app: FastifyInstance,
  notFound: (req: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  app.setErrorHandler((err, req, reply) => {
    const ze = toZhengceError(err);
    if (ze) {
      const status = HTTP_STATUS[ze.code];
      if (status >= 500) req.log.error({ err }, ze.message);
      return reply.code(status).send(status >= 500 ? internal() : ze.toJSON());
    }
    req.log.error({ err }, 'unexpected fault');
    return reply.code(500).send(internal());
  });
  app.setNotFoundHandler(notFound);
}

function internal(): unknown {
  return new ZhengceError('ZC_ERR_INTERNAL', 'internal error; the fault has been logged', {
    messageZh: '系统内部错误，已记录日志',
  }).toJSON();
}
