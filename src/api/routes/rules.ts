/**
 * @module api/routes/rules
 * Rules: list, metadata with the facts schema, and evaluation as of a date. Rule ids contain a
 * slash (`jingjiguanfa-2023-32/art-05-rent`), so each route takes it as two segments, and also as
 * one URL-encoded segment.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { evaluateRuleView, listRules, resolveAsOf, showRule } from '../../services/catalog/index.ts';
import { type AppContext, today } from '../context.ts';
import { errorResponses } from './schemas.ts';

type RuleParams = { policyId?: string; rule?: string; ruleId?: string };

function ruleIdOf(req: FastifyRequest<{ Params: RuleParams }>): string {
  const p = req.params;
  return p.ruleId ?? `${p.policyId}/${p.rule}`;
}

const EvaluateBody = {
  type: 'object',
  required: ['facts'],
  additionalProperties: false,
  properties: {
    asOf: { type: 'string', description: 'The date of the facts, YYYY-MM-DD; default today (Asia/Shanghai)' },
    facts: { type: 'object', description: "The rule's facts, per its factsSchema" },
  },
} as const;

export function ruleRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: { policy?: string } }>(
    '/api/v1/rules',
    {
      schema: {
        tags: ['rules'],
        summary: 'Rules with citations and validity, optionally of one policy',
        querystring: { type: 'object', properties: { policy: { type: 'string' } } },
        response: errorResponses(404),
      },
    },
    async (req) => ({ rules: listRules(req.actor, req.query.policy) }),
  );

  const show = async (req: FastifyRequest<{ Params: RuleParams }>) => showRule(req.actor, ruleIdOf(req));
  const showSchema = {
    tags: ['rules'],
    summary: 'One rule: citations, validity, facts schema, examples',
    response: errorResponses(404),
  };
  app.get('/api/v1/rules/:policyId/:rule', { schema: showSchema }, show);
  app.get(
    '/api/v1/rules/:ruleId',
    { schema: { ...showSchema, summary: `${showSchema.summary} (URL-encoded id)` } },
    show,
  );

  const evaluate = async (
    req: FastifyRequest<{ Params: RuleParams; Body: { asOf?: string; facts: unknown } }>,
  ) => {
    const asOf = resolveAsOf(req.body.asOf, today(ctx), 'asOf');
    return evaluateRuleView(req.actor, ruleIdOf(req), req.body.facts, asOf);
  };
  const evalSchema = {
    tags: ['rules'],
    summary:
      'Evaluate a rule on facts as of a date: outcome, amount (yuan string), reasons, trace, citations',
    body: EvaluateBody,
    response: errorResponses(400, 404),
  };
  app.post('/api/v1/rules/:policyId/:rule/evaluate', { schema: evalSchema }, evaluate);
  app.post(
    '/api/v1/rules/:ruleId/evaluate',
    { schema: { ...evalSchema, summary: `${evalSchema.summary} (URL-encoded id)` } },
    evaluate,
  );
}
