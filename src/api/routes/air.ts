/**
 * @module api/routes/air
 * The air-pollution plan's computations (京技管发〔2023〕29号): AQI, the alert level of a forecast,
 * the vehicle check and the official-fleet plan. Open to everyone; JSON in, JSON out.
 */
import type { FastifyInstance } from 'fastify';
import { measureChanges, measuresFor } from '../../policies/jingjiguanfa-2023-29/measures.ts';
import type { AlertLevel } from '../../policies/jingjiguanfa-2023-29/response.ts';
import { MEMBER_UNITS, unitDuties } from '../../policies/jingjiguanfa-2023-29/units.ts';
import {
  aqi,
  checkVehicle,
  dateOption,
  forecastAlertLevel,
  parseAqiMode,
  planFleet,
} from '../../services/air/index.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;

export function airRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Querystring: { date?: string; mode?: string }; Body: unknown }>(
    '/api/v1/air/aqi',
    {
      schema: {
        tags: ['air'],
        summary: 'AQI by HJ 633-2012 or HJ 633-2026 (chosen by the date of the data)',
        description:
          'Body: concentrations by key (so2_24h, so2_1h, no2_24h, no2_1h, co_24h, co_1h, o3_1h, o3_8h, pm10_24h, pm25_24h, pm10_1h, pm25_1h; µg/m³, CO mg/m³). Numbers or decimal strings.',
        querystring: {
          type: 'object',
          properties: {
            date: {
              type: 'string',
              description: 'date of the data, YYYY-MM-DD; default today (Asia/Shanghai)',
            },
            mode: { type: 'string', enum: ['daily', 'hourly'], default: 'daily' },
          },
        },
        body: anyObject,
        response: errorResponses(400),
      },
    },
    async (req) =>
      aqi(req.actor, req.body, dateOption(req.query.date, today(ctx)), parseAqiMode(req.query.mode)),
  );

  app.post(
    '/api/v1/air/alert-level',
    {
      schema: {
        tags: ['air'],
        summary:
          'The alert level a daily AQI forecast calls for, with the response, command and duty (29号 二(一))',
        description:
          'Body: {"start":"YYYY-MM-DD","dailyAqi":[int,…]} — forecast daily AQI for consecutive days.',
        body: anyObject,
        response: errorResponses(400),
      },
    },
    async (req) => forecastAlertLevel(req.actor, req.body),
  );

  app.post(
    '/api/v1/air/vehicle-check',
    {
      schema: {
        tags: ['air'],
        summary: 'May a vehicle drive on a date under an alert level? (29号 三(二)3, 三(三)3)',
        description:
          'Body: {"plate","date","alertLevel":"none|yellow|orange|red","vehicleClass","fuel","emissionStandard":1..6,"officialVehicle","supplyExempt"}.',
        body: anyObject,
        response: errorResponses(400),
      },
    },
    async (req) => checkVehicle(req.actor, req.body),
  );

  app.post(
    '/api/v1/air/fleet-plan',
    {
      schema: {
        tags: ['air'],
        summary:
          'Which vehicles of a Beijing official fleet stop on a red-alert day (odd/even plus a further 30%)',
        body: anyObject,
        response: errorResponses(400),
      },
    },
    async (req) => planFleet(req.actor, req.body),
  );

  app.get<{ Querystring: { level?: string; from?: string } }>(
    '/api/v1/air/measures',
    {
      schema: {
        tags: ['air'],
        summary:
          'The measures in force at a level (三(一)–(三)), or with ?from= what changes when the level changes',
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: ['none', 'yellow', 'orange', 'red'] },
            from: { type: 'string', enum: ['none', 'yellow', 'orange', 'red'] },
          },
          required: ['level'],
        },
        response: errorResponses(400),
      },
    },
    async (req) => {
      const level = req.query.level as AlertLevel;
      if (req.query.from !== undefined) return measureChanges(req.query.from as AlertLevel, level);
      return { level, measures: measuresFor(level) };
    },
  );

  app.get(
    '/api/v1/air/units',
    {
      schema: {
        tags: ['air'],
        summary: 'The 17 member units of the command (一(二)) with their duties (附件1–3)',
      },
    },
    async () => ({
      units: MEMBER_UNITS.map((u) => ({
        code: u.department.code,
        name: u.department.name,
        annexSection: u.annexSection,
        duties: unitDuties(u.department.code),
      })),
    }),
  );
}
