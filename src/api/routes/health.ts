/**
 * @module api/routes/health
 * `GET /api/v1/health`: liveness, version, database dialect and today's date in Asia/Shanghai.
 */

import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type AppContext, today } from '../context.ts';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/health',
    { schema: { tags: ['system'], summary: 'Health, version and today (Asia/Shanghai)' } },
    async () => {
      await sql`SELECT 1`.execute(ctx.store.db);
      return { status: 'ok', version: ctx.version, database: ctx.store.dialect, today: today(ctx) };
    },
  );
}
