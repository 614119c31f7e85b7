/**
 * Property-based fuzzing of every route that takes a body or a query string: the routes are read
 * from the OpenAPI document the app builds (so a new route is fuzzed without a change here), and
 * fast-check generates malformed input with a fixed seed — wrong types, huge strings, deep
 * nesting, unicode (lone surrogates, CJK, NUL), negative, NaN and huge numbers, missing and extra
 * fields, bodies that are not objects, broken JSON, random spreadsheet bytes. Over 10,000
 * requests, signed in as the administrator (so the services' own checks are reached): no answer
 * may be 5xx, and every 4xx must carry `error.code`, and for an input error `error.field`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { ERROR_CODES } from '../engine/errors.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, openTestApp, signIn, type TestApp } from './test-app.ts';

const SEED = 20_241_113;
/** Requests per route and kind of input; 84 routes make 10,500 requests. */
const RUNS = 125;

/** Field names the services read (besides those in a route's schema and summary). */
const COMMON_FIELDS = [
  'id', 'code', 'name', 'creditCode', 'department', 'date', 'asOf', 'from', 'to', 'amount', 'year',
  'period', 'facts', 'profile', 'entries', 'readings', 'workerId', 'workerIds', 'action', 'note',
  'level', 'value', 'items', 'item', 'listIds', 'decision', 'reason', 'district', 'technology',
  'dailyAqi', 'start', 'plate', 'startsAt', 'endsAt', 'number', 'halfDays', 'day', 'residentId',
  'bankCard', 'itemId', 'paymentRef', 'parameterId', 'materials', 'projectRef', 'passed',
] as const; // biome-ignore format: a list of names

const nest = (depth: number, leaf: unknown): unknown => {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
};

/** A value of the wrong kind, or the right kind at its edges. */
const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, -0.5, 1e308, -1e308, 2 ** 53 + 1, Number.MIN_VALUE, 1.005),
  fc.double(), // NaN and ±Infinity become null in JSON
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }), // lone surrogates included
  fc.constantFrom(
    '', ' ', '0', '-1', 'NaN', 'Infinity', '1e309', '0x10', '12.345.6', '-0', '１２３',
    '2024-02-30', '2024-13-01', '9999-12-31', '0000-00-00', '2024-1-1', '2026-11-27T25:61:00Z',
    '../../etc/passwd', '<script>alert(1)</script>', "'; DROP TABLE users;--", '\u0000', '𠮷野家',
    '北京经济技术开发区', '\u202e', 'null', 'true', '[]', '{}', '__proto__', 'constructor',
  ), // biome-ignore format: a list of edge cases
  fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 10, max: 3000 }).map((n) => nest(n, 1)),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 4 }),
);

/** A JSON body for a route whose fields are `names`. */
function bodies(names: readonly string[]): fc.Arbitrary<unknown> {
  const known = fc.constantFrom(...names, ...COMMON_FIELDS);
  return fc.oneof(
    { weight: 5, arbitrary: fc.dictionary(known, weird, { maxKeys: 8 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.dictionary(known, weird, { maxKeys: 6 }),
          fc.dictionary(fc.string({ maxLength: 12 }), weird),
        )
        .map(([a, b]) => ({ ...b, ...a })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: weird },
  );
}

/** Query strings: the route's parameters (and strangers) with odd text. */
function queries(names: readonly string[]): fc.Arbitrary<Record<string, string>> {
  const text = weird.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')));
  return fc.dictionary(fc.constantFrom(...names, 'extra', '__proto__', 'limit'), text, { maxKeys: 5 });
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly fields: readonly string[];
  readonly hasBody: boolean;
  readonly upload: boolean;
}

/** Path parameters that name something real (`:id` 1 is the projects made in `before`). */
const PARAMS: Record<string, string> = {
  year: '2025',
  unit: 'city-operations',
  id: '1',
  policyId: 'jingjiguanfa-2023-31',
  rule: 'item-13',
  ruleId: encodeURIComponent('jingjiguanfa-2023-31/item-13'),
};

const INPUT_CODES = Object.entries(ERROR_CODES)
  .filter(([, kind]) => kind === 'input')
  .map(([code]) => code);

describe('fuzzing every route that takes input (fast-check, fixed seed)', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let ops: Operation[];

  before(async () => {
    t = await openTestApp(testStores()[0]!);
    await addUser(t.store, { username: 'fuzz-admin', role: 'admin' });
    admin = await signIn(t.app, 'fuzz-admin');
    // Something for `:id` = 1 to reach, so bodies get past the lookup.
    for (const [url, payload] of [
      ['/api/v1/heating/projects', { code: 'HP-F', name: '【演示】供热站', technology: 'biomass' }],
      [
        '/api/v1/buildings/projects',
        {
          code: 'BP-F',
          name: '【演示】公寓',
          facts: {
            location: 'etdz_60',
            projectKind: 'new',
            buildingClass: 'civil',
            use: 'talent_apartment',
            investor: 'social',
            centrallyBuilt: true,
            approvalDate: '2024-09-01',
          },
          gate: { investmentPromotion: false, landSupply: 'transfer' },
          targetKind: 'ule_new_building',
          areaSqm: '1000',
          department: 'development-construction',
        },
      ],
    ] as const) {
      const r = await t.app.inject({ method: 'POST', url, headers: admin, payload });
      assert.equal(r.statusCode, 201, `${url}: ${r.body}`);
    }
    await t.app.ready();
    const doc = t.app.swagger() as {
      paths: Record<
        string,
        Record<
          string,
          {
            summary?: string;
            parameters?: { in: string; name: string }[];
            requestBody?: { content?: Record<string, { schema?: { properties?: object } }> };
          }
        >
      >;
    };
    ops = [];
    for (const [path, byMethod] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(byMethod)) {
        const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const hasBody = ['post', 'put', 'patch'].includes(method);
        if (!hasBody && query.length === 0) continue;
        if (path === '/api/v1/auth/logout') continue; // it takes no input and would end the session
        // Field names from the schema and from the summary's `{field, field?, …}`.
        const fromSummary = [...(op.summary ?? '').matchAll(/[{,]\s*([a-z][A-Za-z0-9]*)\??/g)].map(
          (m) => m[1]!,
        );
        const fields = [...new Set([...Object.keys(schema?.properties ?? {}), ...fromSummary])];
        const upload = path.endsWith('/import');
        ops.push({ method: method.toUpperCase(), path, query, fields, hasBody, upload });
      }
    }
  });
  after(() => t.close());

  test('no 5xx, and every 4xx names its code (and field for input errors)', async (ctx) => {
    assert.ok(ops.length >= 70, `only ${ops.length} routes with input`);
    const problems: string[] = [];
    let requests = 0;
    for (const [i, op] of ops.entries()) {
      const url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => PARAMS[name] ?? '1');
      const seed = SEED + i;
      const qs = fc.sample(queries(op.query.length ? op.query : ['q']), { seed, numRuns: RUNS });
      const payloads: { body: string | Buffer; type: string }[] = op.upload
        ? fc.sample(
            fc.oneof(
              fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => ({ body: s, type: 'text/csv' })),
              fc.uint8Array({ maxLength: 2000 }).map((b) => ({
                body: Buffer.from(b),
                type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              })),
              // A zip header, as an .xlsx starts, followed by garbage.
              fc.uint8Array({ maxLength: 500 }).map((b) => ({
                body: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)]),
                type: 'application/octet-stream',
              })),
              fc.string({ maxLength: 50 }).map((s) => ({ body: s, type: 'application/json' })),
            ),
            { seed, numRuns: RUNS },
          )
        : op.hasBody
          ? fc.sample(
              fc.oneof(
                {
                  weight: 9,
                  arbitrary: bodies(op.fields).map((b) => ({
                    body: JSON.stringify(b) ?? 'null',
                    type: 'application/json',
                  })),
                },
                {
                  weight: 1,
                  arbitrary: fc
                    .string({ maxLength: 30 })
                    .map((s) => ({ body: `{${s}`, type: 'application/json' })),
                },
                {
                  weight: 1,
                  arbitrary: fc.string({ maxLength: 30 }).map((s) => ({ body: s, type: 'text/plain' })),
                },
              ),
              { seed: seed + 1, numRuns: RUNS },
            )
          : [];
      for (let k = 0; k < RUNS; k++) {
        const search = new URLSearchParams(qs[k]!).toString();
        const p = payloads[k];
        const r = await t.app.inject({
          method: op.method as 'GET',
          url: search ? `${url}?${search}` : url,
          headers: p ? { ...admin, 'content-type': p.type } : admin,
          ...(p ? { payload: p.body } : {}),
        });
        requests++;
        const what = () =>
          `${op.method} ${url}?${search.slice(0, 200)} body ${String(p?.body ?? '').slice(0, 300)} → ${r.statusCode} ${r.body.slice(0, 300)}`;
        if (r.statusCode >= 500) {
          problems.push(`5xx: ${what()}`);
          continue;
        }
        if (r.statusCode < 400) continue;
        let error: { code?: unknown; field?: unknown } | undefined;
        try {
          error = (JSON.parse(r.body) as { error?: { code?: unknown; field?: unknown } }).error;
        } catch {
          error = undefined;
        }
        if (typeof error?.code !== 'string') problems.push(`no error.code: ${what()}`);
        // (A field may be '' when the offending key itself is the empty string.)
        else if (INPUT_CODES.includes(error.code) && typeof error.field !== 'string')
          problems.push(`input error without field: ${what()}`);
      }
    }
    assert.ok(requests >= 10_000, `${requests} requests`);
    ctx.diagnostic(`${requests} requests`);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems in ${requests} requests`);
  });
});
