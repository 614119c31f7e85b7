/**
 * @module api/app
 * Builds the Fastify application: security headers, cookies, the actor of each request, the
 * routes, the OpenAPI document and interactive docs, the built web UI with its client-side routes,
 * and one error format. `buildApp` does not listen, so tests use `app.inject()` without a port.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { ZhengceError } from '../engine/errors.ts';
import { type AppContext, installAuth } from './context.ts';
import { installErrorHandlers } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { airRoutes } from './routes/air.ts';
import { airPlanRoutes } from './routes/air-plans.ts';
import { alertRoutes } from './routes/alerts.ts';
import { authRoutes } from './routes/auth.ts';
import { buildingRoutes } from './routes/buildings.ts';
import { documentRoutes } from './routes/documents.ts';
import { enterpriseServiceRoutes } from './routes/enterprise-service.ts';
import { greenRoutes } from './routes/green.ts';
import { healthRoutes } from './routes/health.ts';
import { heatingRoutes } from './routes/heating.ts';
import { policyRoutes } from './routes/policies.ts';
import { ruleRoutes } from './routes/rules.ts';
import { ErrorBody } from './routes/schemas.ts';
import { workReliefRoutes } from './routes/work-relief.ts';

export type { AppContext } from './context.ts';

export interface AppOptions {
  /** Fastify logger options; `false` for tests. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The built web UI (default `dist/web`); served when it exists. */
  readonly webRoot?: string;
}

/**
 * Log redaction: credentials and personal data never reach the log. Fastify logs no bodies,
 * parameters or queries by default; these paths keep it so if a log line ever carries them (a
 * route's own `req.log`, an error's `value` or `details`), and the fields that hold personal data
 * are censored at any of the first levels. The URL, which does carry the query string, is masked by
 * {@link maskPersonalNumbers} in the request serializer.
 */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'req.body',
  'req.query',
  'req.params',
  'body',
  'query',
  'params',
  'err.value',
  'err.details',
  ...['residentId', 'bankCard', 'phone', 'contactPhone', 'idNumber', 'cardNumber'].flatMap((k) => [
    k,
    `*.${k}`,
    `*.*.${k}`,
  ]),
];

/**
 * Masks what looks like a resident ID, a bank card or a mobile number (11–19 digits, digit groups
 * joined by spaces, `+`, `%20` or `-` included, an ID's final X too) in free text such as a URL:
 * all but the last four digits become `*`. Short numbers (record ids, years, dates) are untouched.
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(/\d(?:(?:%20|\+|-| )?\d){10,18}[Xx]?/g, (m) => {
    const digits = m.replace(/%20/g, '').replace(/\D/g, '') + (/[Xx]$/.test(m) ? 'X' : '');
    return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
  });
}

/** Fastify's request serializer, with the URL (and so its query string) masked. */
const LOG_SERIALIZERS = {
  req: (req: FastifyRequest) => ({
    method: req.method,
    url: maskPersonalNumbers(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }),
};

const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** The security headers every answer carries (the docs pages set their own CSP). */
const FIXED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
} as const;
const FIXED_HEADERS_WITH_CSP = { ...FIXED_HEADERS, 'content-security-policy': CSP } as const;

/** Logger options with {@link LOG_SERIALIZERS} added (a caller's own serializers win). */
function withLogSerializers(logger: AppOptions['logger']): NonNullable<AppOptions['logger']> {
  if (logger === undefined || logger === null || typeof logger !== 'object') return logger ?? false;
  const own = (logger as { serializers?: Record<string, unknown> }).serializers;
  return { ...logger, serializers: { ...LOG_SERIALIZERS, ...own } } as NonNullable<AppOptions['logger']>;
}

export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: withLogSerializers(opts.logger),
    bodyLimit: 1_048_576,
    trustProxy: false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });

  const webRoot = resolve(opts.webRoot ?? 'dist/web');
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  // Error handlers first: routes take the handler in place when they are registered.
  installErrorHandlers(app, (req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      const path = req.url.split('?')[0];
      return reply.code(404).send(
        new ZhengceError('ZC_ERR_NOT_FOUND', `no route ${req.method} ${path}`, {
          field: 'path',
          value: path,
          messageZh: `没有此接口：${req.method} ${path}`,
        }).toJSON(),
      );
    }
    // A client-side route of the single-page UI.
    return reply.type('text/html').sendFile('index.html');
  });

  // Synchronous (a `done` callback, no promise per request); the API is not cached unless a route
  // says otherwise itself (the public alert feed allows 30 s).
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.headers(req.url.startsWith('/api/v1/docs') ? FIXED_HEADERS : FIXED_HEADERS_WITH_CSP);
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  await app.register(fastifyCookie);
  app.addSchema(ErrorBody);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Zhengce (政策) API',
        version: ctx.version,
        description:
          'Rules as code for the Beijing Municipal People\'s Government Gazette 2024 No. 13. Every error is `{"error":{code, field, message, messageZh}}`; codes are listed in docs/errors.md. Dates are YYYY-MM-DD in Asia/Shanghai; amounts are yuan strings.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'zc_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      tags: [
        { name: 'system', description: 'Health' },
        { name: 'policies', description: 'The seven documents, clause by clause' },
        { name: 'rules', description: 'Computable clauses and their evaluation' },
        { name: 'auth', description: 'Sessions and tokens' },
        { name: 'accounts', description: 'Departments and users' },
        { name: 'enterprises', description: 'Enterprises' },
        { name: 'audit', description: 'The hash-chained audit log' },
        {
          name: 'air',
          description: 'Heavy air-pollution emergency plan: AQI, alert level, driving restrictions',
        },
        {
          name: 'green-fund',
          description:
            'Green low-carbon fund (31号): calculator, applications, grants without application, awards, budget',
        },
        {
          name: 'heating',
          description:
            'New-energy heating (1309号): projects, meter readings, post-evaluation (SPF, carbon), design check, targets',
        },
        {
          name: 'buildings',
          description:
            'Green buildings (30号): building projects, stage-gate checklists by department, targets',
        },
        {
          name: 'work-relief',
          description:
            'Work relief (1336号): plans and projects, real-name workers, attendance, wage ledger, training, checks, annual review',
        },
        {
          name: 'enterprise-service',
          description:
            'Foreign-investment services (28号): enterprise files, request/problem/vision lists, roundtable, 无事不扰 supervision, policy list and push',
        },
      ],
    },
  });
  // Swagger UI's pages carry their own policy (its inline scripts are hashed by the plugin), not
  // framable, and without upgrade-insecure-requests, which would break the docs over plain HTTP.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/v1/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(/;?\s*upgrade-insecure-requests;?/, ';')
        .replace(/;;+/g, ';'),
  });

  installAuth(app, ctx);
  healthRoutes(app, ctx);
  policyRoutes(app, ctx);
  ruleRoutes(app, ctx);
  authRoutes(app, ctx);
  adminRoutes(app, ctx);
  airRoutes(app, ctx);
  alertRoutes(app, ctx);
  airPlanRoutes(app, ctx);
  greenRoutes(app, ctx);
  heatingRoutes(app, ctx);
  buildingRoutes(app, ctx);
  workReliefRoutes(app, ctx);
  enterpriseServiceRoutes(app, ctx);
  documentRoutes(app, ctx);
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  return app;
}
