/**
 * The HTTP API through `app.inject()` (no port): health, the catalog, rules and evaluation,
 * sign-in, sessions and tokens, scoping by role, department and enterprise, the audit log,
 * the OpenAPI document, and the error format of every kind of bad input. Runs on SQLite, and on
 * PostgreSQL when ZHENGCE_TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { POLICIES } from '../policies/index.ts';
import { flatten } from '../policies/outline.ts';
import { RENT_GOLDEN_FACTS, STATUS_ON_2026_11_27 } from '../policies/test-fixtures.ts';
import { systemActor } from '../services/accounts/actor.ts';
import { saveEnterprises } from '../services/enterprises/index.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, json, openTestApp, signIn, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null; message: string; messageZh?: string } };

const RENT_FACTS = RENT_GOLDEN_FACTS;
const RULE = 'jingjiguanfa-2023-32/art-05-rent';
/** 32号's rules in article order (第一、二、四、五、六、七条). */
const RULES_32 = [
  'jingjiguanfa-2023-32/art-01-srdi',
  'jingjiguanfa-2023-32/art-02-high-tech',
  'jingjiguanfa-2023-32/art-04-rd-growth',
  RULE,
  'jingjiguanfa-2023-32/art-06-service-vouchers',
  'jingjiguanfa-2023-32/art-07-direct-investment',
];
// Two valid demo-style credit codes (checksums computed with GB 32100's weights).
const OWN = '91110302MA01XK2Q5X';

for (const factory of testStores()) {
  describe(`API on ${factory.name}`, () => {
    let t: TestApp;
    let other: string;
    before(async () => {
      t = await openTestApp(factory);
      const { generateDemoEnterprises } = await import('../services/demo/index.ts');
      const ents = generateDemoEnterprises(3, 7);
      other = ents[0]!.creditCode;
      await saveEnterprises(t.store, systemActor('test'), [
        { creditCode: OWN, name: { zh: '【演示】自有企业', en: '[DEMO] Own Co.' }, area: 'etdz_60' },
        { creditCode: other, name: { zh: ents[0]!.name, en: ents[0]!.nameEn }, area: 'yizhuang_225' },
      ]);
      await addUser(t.store, { username: 'root', role: 'admin' });
      await addUser(t.store, { username: 'city', role: 'officer', department: 'city-operations' });
      await addUser(t.store, { username: 'sci', role: 'officer', department: 'sci-tech-innovation' });
      await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: OWN });
    });
    after(async () => {
      await t?.close();
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'GET', url, headers });
    const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, payload: payload as object, headers });

    test('health answers with the dialect and today in Asia/Shanghai', async () => {
      const r = await get('/api/v1/health');
      assert.equal(r.statusCode, 200);
      assert.deepEqual(json(r), {
        status: 'ok',
        version: 'test',
        database: factory.name,
        today: '2026-11-27',
      });
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    });

    test('policies as of 2026-11-27: 28号, 30号 and 32号 expired, the others in force', async () => {
      const r = json<{ asOf: string; policies: { id: string; status: string }[] }>(
        await get('/api/v1/policies?asOf=2026-11-27'),
      );
      assert.equal(r.asOf, '2026-11-27');
      assert.deepEqual(Object.fromEntries(r.policies.map((p) => [p.id, p.status])), STATUS_ON_2026_11_27);
      // Without asOf, "today" comes from the clock (fixed at 2026-11-27).
      assert.equal(json<{ asOf: string }>(await get('/api/v1/policies')).asOf, '2026-11-27');
      const expired = json<{ policies: unknown[] }>(await get('/api/v1/policies?status=expired'));
      assert.equal(expired.policies.length, 3);
      const found = json<{ policies: { id: string }[] }>(
        await get(`/api/v1/policies?q=${encodeURIComponent('以工代赈')}`),
      );
      assert.ok(found.policies.some((p) => p.id === 'jingfagai-2023-1336'));
    });

    test('one policy with its outline, and every clause of every document by its outline path', async () => {
      const p = json<{ id: string; outline: unknown[]; rules: { id: string }[]; status: string }>(
        await get('/api/v1/policies/jingjiguanfa-2023-32?asOf=2025-12-31'),
      );
      assert.equal(p.status, 'in_force');
      assert.ok(p.outline.length > 0);
      assert.deepEqual(
        p.rules.map((r) => r.id),
        RULES_32,
      );
      let fetched = 0;
      for (const policy of POLICIES) {
        for (const node of flatten(policy.outline)) {
          const r = await get(`/api/v1/policies/${policy.id}/clauses/${encodeURIComponent(node.path)}`);
          assert.equal(r.statusCode, 200, `${policy.id} ${node.path}`);
          assert.equal(json<{ clause: { text: string } }>(r).clause.text, node.text);
          fetched++;
        }
      }
      assert.ok(fetched > 300, `fetched ${fetched} clauses`);
      const byCitation = await get(
        `/api/v1/policies/jingjiguanfa-2023-31/clauses/${encodeURIComponent('第一章 一（十三）1')}`,
      );
      assert.equal(byCitation.statusCode, 200);
      assert.match(
        json<{ clause: { text: string } }>(byCitation).clause.text,
        /燃油燃气货车置换为新能源货车/,
      );
    });

    test('unknown policies, clauses, rules and routes are 404 with their own codes', async () => {
      const cases: [string, string, string | null][] = [
        ['/api/v1/policies/nope', 'ZC_ERR_POLICY_NOT_FOUND', 'policyId'],
        [
          `/api/v1/policies/jingjiguanfa-2023-31/clauses/${encodeURIComponent('第九章')}`,
          'ZC_ERR_CLAUSE_NOT_FOUND',
          'clause',
        ],
        ['/api/v1/rules/jingjiguanfa-2023-31/item-99', 'ZC_ERR_RULE_NOT_FOUND', 'ruleId'],
        ['/api/v1/nothing', 'ZC_ERR_NOT_FOUND', 'path'],
      ];
      for (const [url, code, field] of cases) {
        const r = await get(url);
        assert.equal(r.statusCode, 404, url);
        assert.equal(json<Err>(r).error.code, code, url);
        assert.equal(json<Err>(r).error.field, field, url);
      }
    });

    test('malformed dates and statuses are 400 naming the field', async () => {
      const r = await get('/api/v1/policies?asOf=2025-02-30');
      assert.equal(r.statusCode, 400);
      assert.equal(json<Err>(r).error.code, 'ZC_ERR_INVALID_DATE');
      assert.equal(json<Err>(r).error.field, 'asOf');
      assert.match(json<Err>(r).error.messageZh ?? '', /不是有效日期/);
      const s = await get('/api/v1/policies?status=gone');
      assert.equal(json<Err>(s).error.field, 'status');
    });

    test('rules: list, one rule by two segments or one encoded segment, facts schema', async () => {
      const list = json<{ rules: { id: string }[] }>(await get('/api/v1/rules?policy=jingjiguanfa-2023-32'));
      assert.deepEqual(
        list.rules.map((r) => r.id),
        RULES_32,
      );
      const a = json<{ id: string; factsSchema: { properties: object }; citations: { clause: string }[] }>(
        await get(`/api/v1/rules/${RULE}`),
      );
      const b = json<{ id: string }>(await get(`/api/v1/rules/${encodeURIComponent(RULE)}`));
      assert.equal(a.id, RULE);
      assert.equal(b.id, RULE);
      assert.ok('leasedAreaSqm' in a.factsSchema.properties);
      assert.deepEqual(
        a.citations.map((c) => c.clause),
        ['第五条', '结语'],
      );
    });

    test('evaluate: the amount as a yuan string, reasons and trace in both languages; not_in_force after 2025', async () => {
      const r = await post(`/api/v1/rules/${RULE}/evaluate`, { asOf: '2024-06-30', facts: RENT_FACTS });
      assert.equal(r.statusCode, 200);
      const d = json<{
        outcome: string;
        amount: string;
        reasons: { message: { zh: string; en: string } }[];
        trace: unknown[];
      }>(r);
      assert.equal(d.outcome, 'eligible');
      assert.equal(d.amount, '273750.00');
      assert.ok(d.reasons.every((x) => x.message.zh && x.message.en));
      assert.equal(d.trace.length, 3);
      const late = json<{ outcome: string; status: string; validity: { to: string } }>(
        await post(`/api/v1/rules/${encodeURIComponent(RULE)}/evaluate`, {
          asOf: '2026-01-01',
          facts: RENT_FACTS,
        }),
      );
      assert.equal(late.outcome, 'not_in_force');
      assert.equal(late.status, 'expired');
      assert.equal(late.validity.to, '2025-12-31');
      // Without asOf: today (2026-11-27) — the measure has expired.
      assert.equal(
        json<{ outcome: string }>(await post(`/api/v1/rules/${RULE}/evaluate`, { facts: RENT_FACTS }))
          .outcome,
        'not_in_force',
      );
    });

    test('evaluate rejects bad facts, bad JSON and unknown body fields with the field named, and changes nothing', async () => {
      const before = json<{ entries: unknown[] }>(
        await get('/api/v1/audit?limit=1000', await signIn(t.app, 'root')),
      ).entries.length;
      const cases: [unknown, string, string][] = [
        [
          { asOf: '2024-06-30', facts: { ...RENT_FACTS, leasedAreaSqm: '-3' } },
          'ZC_ERR_FACTS_INVALID',
          'facts.leasedAreaSqm',
        ],
        [
          { asOf: '2024-06-30', facts: { ...RENT_FACTS, location: 'mars' } },
          'ZC_ERR_FACTS_INVALID',
          'facts.location',
        ],
        [{ asOf: '2024-13-01', facts: RENT_FACTS }, 'ZC_ERR_INVALID_DATE', 'asOf'],
        [{ asOf: '2024-06-30' }, 'ZC_ERR_INVALID_INPUT', 'facts'],
        [{ facts: RENT_FACTS, extra: 1 }, 'ZC_ERR_INVALID_INPUT', 'extra'],
      ];
      for (const [body, code, field] of cases) {
        const r = await post(`/api/v1/rules/${RULE}/evaluate`, body);
        assert.equal(r.statusCode, 400, JSON.stringify(body));
        assert.equal(json<Err>(r).error.code, code);
        assert.equal(json<Err>(r).error.field, field);
      }
      const bad = await t.app.inject({
        method: 'POST',
        url: `/api/v1/rules/${RULE}/evaluate`,
        payload: '{"facts":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(json<Err>(bad).error.code, 'ZC_ERR_INVALID_JSON');
      // Admin's own sign-in above added one entry; nothing else was written.
      const afterCount = json<{ entries: unknown[] }>(
        await get('/api/v1/audit?limit=1000', await signIn(t.app, 'root')),
      ).entries.length;
      assert.equal(afterCount, before + 1);
    });

    test('sign-in sets an httpOnly SameSite cookie; me; logout ends the session', async () => {
      const r = await post('/api/v1/auth/login', { username: 'city', password: 'correct-horse-42' });
      assert.equal(r.statusCode, 200);
      const c = r.cookies.find((x) => x.name === 'zc_session')!;
      assert.equal(c.httpOnly, true);
      assert.equal(c.sameSite, 'Strict');
      const headers = { cookie: `zc_session=${c.value}`, 'x-requested-with': 'zhengce' };
      const me = json<{ user: { username: string; role: string; department: string } }>(
        await get('/api/v1/auth/me', headers),
      );
      assert.deepEqual(
        [me.user.username, me.user.role, me.user.department],
        ['city', 'officer', 'city-operations'],
      );
      assert.equal((await post('/api/v1/auth/logout', {}, headers)).statusCode, 204);
      const after = await get('/api/v1/auth/me', headers);
      assert.equal(after.statusCode, 401);
      assert.equal(json<Err>(after).error.code, 'ZC_ERR_UNAUTHENTICATED');
    });

    test('wrong credentials are one error for unknown users and wrong passwords', async () => {
      for (const body of [
        { username: 'city', password: 'wrong-password-1' },
        { username: 'ghost', password: 'wrong-password-1' },
      ]) {
        const r = await post('/api/v1/auth/login', body);
        assert.equal(r.statusCode, 401);
        assert.equal(json<Err>(r).error.code, 'ZC_ERR_BAD_CREDENTIALS');
        assert.equal(r.cookies.length, 0);
      }
      const missing = await post('/api/v1/auth/login', { username: 'city' });
      assert.equal(json<Err>(missing).error.field, 'password');
    });

    test('a signed-in browser write without the CSRF header is refused', async () => {
      const h = await signIn(t.app, 'city');
      const r = await post('/api/v1/auth/tokens', { label: 'x' }, { cookie: h.cookie! });
      assert.equal(r.statusCode, 403);
      assert.equal(json<Err>(r).error.field, 'x-requested-with');
      assert.equal((await post('/api/v1/auth/tokens', { label: 'x' }, h)).statusCode, 201);
    });

    test('bearer tokens: created once, used, revoked; a revoked or made-up token is 401', async () => {
      const h = await signIn(t.app, 'sci');
      const created = json<{ id: number; token: string }>(
        await post('/api/v1/auth/tokens', { label: 'ci', days: 30 }, h),
      );
      const bearer = { authorization: `Bearer ${created.token}` };
      assert.equal(
        json<{ user: { username: string } }>(await get('/api/v1/auth/me', bearer)).user.username,
        'sci',
      );
      const del = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/auth/tokens/${created.id}`,
        headers: bearer,
      });
      assert.equal(del.statusCode, 204);
      assert.equal((await get('/api/v1/auth/me', bearer)).statusCode, 401);
      assert.equal((await get('/api/v1/health', { authorization: 'Bearer zc_t_madeup' })).statusCode, 401);
      assert.equal(
        json<Err>(await get('/api/v1/health', { authorization: 'Basic abc' })).error.field,
        'authorization',
      );
    });

    test('users: administrators see and create all; officers see their own department; others are refused', async () => {
      const root = await signIn(t.app, 'root');
      const all = json<{ users: { username: string }[] }>(await get('/api/v1/users', root)).users.map(
        (u) => u.username,
      );
      assert.ok(['root', 'city', 'sci', 'firm'].every((u) => all.includes(u)));
      const city = json<{ users: { username: string }[] }>(
        await get('/api/v1/users', await signIn(t.app, 'city')),
      ).users.map((u) => u.username);
      assert.deepEqual(city, ['city']);
      assert.equal((await get('/api/v1/users', await signIn(t.app, 'firm'))).statusCode, 403);
      assert.equal((await get('/api/v1/users')).statusCode, 401);
      const made = await post(
        '/api/v1/users',
        {
          username: 'cmd',
          password: 'command-office-1',
          role: 'command_office',
          department: 'city-operations',
        },
        root,
      );
      assert.equal(made.statusCode, 201);
      const dup = await post(
        '/api/v1/users',
        {
          username: 'cmd',
          password: 'command-office-1',
          role: 'command_office',
          department: 'city-operations',
        },
        root,
      );
      assert.equal(dup.statusCode, 409);
      const byOfficer = await post(
        '/api/v1/users',
        { username: 'not-allowed', password: 'abcdefgh123', role: 'admin' },
        await signIn(t.app, 'city'),
      );
      assert.equal(byOfficer.statusCode, 403);
      const badDept = await post(
        '/api/v1/users',
        { username: 'bad-dept', password: 'abcdefgh123', role: 'officer', department: 'nowhere' },
        root,
      );
      assert.equal(json<Err>(badDept).error.field, 'department');
    });

    test('enterprises: an enterprise user sees only its own, and reaching for another is refused', async () => {
      const firm = await signIn(t.app, 'firm');
      const mine = json<{ total: number; items: { creditCode: string }[] }>(
        await get('/api/v1/enterprises', firm),
      );
      assert.deepEqual(
        mine.items.map((e) => e.creditCode),
        [OWN],
      );
      assert.equal(mine.total, 1);
      assert.equal((await get(`/api/v1/enterprises/${OWN}`, firm)).statusCode, 200);
      const theirs = await get(`/api/v1/enterprises/${other}`, firm);
      assert.equal(theirs.statusCode, 403);
      assert.equal(json<Err>(theirs).error.field, 'creditCode');
      const officer = json<{ total: number }>(
        await get('/api/v1/enterprises?area=yizhuang_225', await signIn(t.app, 'city')),
      );
      assert.equal(officer.total, 1);
      assert.equal((await get('/api/v1/enterprises')).statusCode, 401);
      assert.equal(json<Err>(await get('/api/v1/enterprises?limit=0', firm)).error.field, 'limit');
    });

    test('audit: administrators read and verify the chain; others may not', async () => {
      const root = await signIn(t.app, 'root');
      const entries = json<{ entries: { action: string; actor: string }[] }>(
        await get('/api/v1/audit?limit=500', root),
      ).entries;
      assert.ok(entries.some((e) => e.action === 'user.create' && e.actor === 'system:test'));
      assert.ok(entries.some((e) => e.action === 'session.login' && e.actor === 'user:city'));
      assert.ok(entries.some((e) => e.action === 'session.login_failed'));
      assert.ok(entries.some((e) => e.action === 'token.revoke'));
      const v = json<{ ok: boolean; entries: number }>(await get('/api/v1/audit/verify', root));
      assert.equal(v.ok, true);
      assert.ok(v.entries >= entries.length);
      assert.equal((await get('/api/v1/audit/verify', await signIn(t.app, 'city'))).statusCode, 403);
      assert.equal((await get('/api/v1/audit')).statusCode, 401);
    });

    test('the OpenAPI document lists every route, and the interactive docs are served', async () => {
      const doc = json<{ openapi: string; paths: Record<string, unknown> }>(
        await get('/api/v1/openapi.json'),
      );
      assert.equal(doc.openapi, '3.0.3');
      for (const p of [
        '/api/v1/health',
        '/api/v1/policies',
        '/api/v1/policies/{id}',
        '/api/v1/rules',
        '/api/v1/rules/{policyId}/{rule}/evaluate',
        '/api/v1/auth/login',
        '/api/v1/audit/verify',
      ]) {
        assert.ok(p in doc.paths, p);
      }
      const ui = await get('/api/v1/docs/');
      assert.ok([200, 302].includes(ui.statusCode));
    });
  });
}
