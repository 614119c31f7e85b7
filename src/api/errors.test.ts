/**
 * Keeps the error codes, their HTTP statuses and docs/errors.md in step (as fastify's tests keep
 * lib/errors.js and its docs).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERROR_CODES, ZhengceError } from '../engine/errors.ts';
import { HTTP_STATUS, toZhengceError } from './errors.ts';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| `(ZC_ERR_[A-Z_]+)` *\| (\d{3}) *\| (\d) *\|/gm)].map((m) => ({
  code: m[1]!,
  status: Number(m[2]),
  exit: Number(m[3]),
}));

test('docs/errors.md lists exactly the codes of ERROR_CODES', () => {
  assert.deepEqual(rows.map((r) => r.code).sort(), Object.keys(ERROR_CODES).sort());
});

test('docs/errors.md gives the HTTP status of src/api/errors.ts and the CLI exit code of the kind', () => {
  for (const r of rows) {
    const code = r.code as keyof typeof ERROR_CODES;
    assert.equal(r.status, HTTP_STATUS[code], `${r.code} status`);
    assert.equal(r.exit, new ZhengceError(code, 'x').isInputError ? 2 : 1, `${r.code} exit`);
  }
});

test('input errors are 4xx and faults 5xx', () => {
  for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
    const input = new ZhengceError(code, 'x').isInputError;
    assert.equal(HTTP_STATUS[code] < 500, input, code);
  }
});

test("Fastify's validation errors become ZC_ERR_INVALID_INPUT with the field", () => {
  const e = toZhengceError(
    Object.assign(new Error('bad'), {
      validation: [
        {
          instancePath: '',
          params: { missingProperty: 'facts' },
          message: "must have required property 'facts'",
        },
      ],
      validationContext: 'body',
    }),
  );
  assert.equal(e?.code, 'ZC_ERR_INVALID_INPUT');
  assert.equal(e?.field, 'facts');
  assert.equal(toZhengceError(new Error('plain')), null);
});
