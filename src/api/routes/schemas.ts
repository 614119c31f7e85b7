/**
 * @module api/routes/schemas
 * JSON Schemas shared by the routes, used by Fastify to validate input and by the OpenAPI document.
 */
export const ErrorBody = {
  $id: 'ErrorBody',
  type: 'object',
  description: 'Every error: a stable code, the field at fault, and the message in English and Chinese.',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'field', 'message'],
      properties: {
        code: { type: 'string', description: 'ZC_ERR_* (see docs/errors.md)' },
        field: { type: ['string', 'null'] },
        value: {},
        message: { type: 'string' },
        messageZh: { type: 'string' },
        details: {},
      },
    },
  },
} as const;

export const AsOfQuery = {
  type: 'object',
  properties: {
    asOf: {
      type: 'string',
      description: 'As-of date YYYY-MM-DD (Asia/Shanghai); default today',
      examples: ['2026-11-27'],
    },
  },
} as const;

/** Standard error responses for the OpenAPI document. */
export function errorResponses(...codes: number[]): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const c of codes) out[c] = { description: 'Error', $ref: 'ErrorBody#' };
  return out;
}
