/**
 * Work relief over HTTP (1336号): a district officer lists a project, registers workers (masked in
 * every answer; a duplicate is 409, a bad ID 400 naming the field), enrols them, enters a month's
 * attendance, the worker confirms, a payment to another person's card is refused and one to his own
 * lands; imports with bad rows; the ledger and review exports; the checks; scoping by district;
 * the request log never holds a resident ID; the routes are in the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { createUser, syncDepartments, systemActor } from '../services/accounts/index.ts';
import { setDataKeyForTests } from '../services/shared/crypto.ts';
import { PROJECT, testCard, testId } from '../services/work-relief/test-setup.ts';
import { testStores } from '../store/test-stores.ts';
import { buildApp } from './app.ts';
import { FIXED_NOW, json, signIn, type TestApp } from './test-app.ts';

// FIXED_NOW is 2026-11-27 in Beijing.
const ID1 = testId('110111', '19750505', 51);
const ID2 = testId('110111', '19880808', 82);
const CARD1 = testCard(501);
const CARD2 = testCard(502);

describe('work relief API', () => {
  let t: TestApp;
  const log: string[] = [];
  let fs: Record<string, string>;
  let projectId: number;
  let workerId: number;
  const call = async (opts: InjectOptions) => t.app.inject(opts);
  before(async () => {
    setDataKeyForTests(randomBytes(32));
    const store = await testStores()[0]!.open();
    await syncDepartments(store);
    const stream = new Writable({
      write(chunk, _enc, done) {
        log.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(
      { store, now: () => FIXED_NOW, version: 'test', secureCookies: false },
      { webRoot: '/nonexistent', logger: { level: 'info', stream } },
    );
    t = {
      app,
      store,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
    for (const [username, role, department] of [
      ['fsofficer', 'officer', 'fangshan-district'],
      ['mtgofficer', 'officer', 'mentougou-district'],
      ['fgw', 'reviewer', 'beijing-development-reform'],
    ] as const)
      await createUser(store, systemActor('test'), {
        username,
        role,
        department,
        password: 'correct-horse-42',
      });
    fs = await signIn(t.app, 'fsofficer');
  });
  after(async () => {
    await t?.close();
  });

  test('a project, a worker (masked), a duplicate (409), a bad ID (400 naming the field)', async () => {
    const p = await call({
      method: 'POST',
      url: '/api/v1/work-relief/projects',
      headers: fs,
      payload: { ...PROJECT, code: 'FS-API-1', year: 2026 },
    });
    assert.equal(p.statusCode, 201, p.body);
    projectId = json<{ id: number }>(p).id;
    const w = await call({
      method: 'POST',
      url: '/api/v1/work-relief/workers',
      headers: fs,
      payload: {
        name: '孙长林',
        residentId: ID1,
        village: '青龙湖村',
        bankCard: CARD1,
        priorityGroups: '因灾需救助群体',
      },
    });
    assert.equal(w.statusCode, 201, w.body);
    const body = json<{
      worker: { id: number; residentId: string; bankCard: string; priorityGroups: string[] };
    }>(w);
    workerId = body.worker.id;
    assert.deepEqual(
      [body.worker.residentId, body.worker.bankCard, body.worker.priorityGroups],
      [`110111********${ID1.slice(-4)}`, `**** **** **** ${CARD1.slice(-4)}`, ['disaster_relief']],
    );
    assert.ok(!w.body.includes(ID1) && !w.body.includes(CARD1));
    const mtg = await signIn(t.app, 'mtgofficer');
    const dup = await call({
      method: 'POST',
      url: '/api/v1/work-relief/workers',
      headers: mtg,
      payload: { name: '孙长林', residentId: ID1, village: '斋堂村', bankCard: CARD2 },
    });
    assert.equal(dup.statusCode, 409);
    assert.deepEqual(json<{ error: { field: string; value: string } }>(dup).error, {
      ...json<{ error: object }>(dup).error,
      field: 'residentId',
      value: `110111********${ID1.slice(-4)}`,
    });
    const bad = await call({
      method: 'POST',
      url: '/api/v1/work-relief/workers',
      headers: fs,
      payload: {
        name: '错号',
        residentId: `${ID2.slice(0, 10)}1340${ID2.slice(14)}`,
        village: '青龙湖村',
        bankCard: CARD2,
      },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(json<{ error: { field: string } }>(bad).error.field, 'residentId');
  });

  test('roster, attendance grid, confirmation, a third-party card refused, the own card paid', async () => {
    const en = await call({
      method: 'POST',
      url: `/api/v1/work-relief/projects/${projectId}/roster`,
      headers: fs,
      payload: { workerId, post: '普工', joinedOn: '2026-10-01' },
    });
    assert.equal(en.statusCode, 201, en.body);
    const entries = Array.from({ length: 22 }, (_, i) => ({
      workerId,
      day: `2026-10-${String(i + 1).padStart(2, '0')}`,
      halfDays: i === 21 ? 1 : 2,
    }));
    const put = await call({
      method: 'PUT',
      url: `/api/v1/work-relief/projects/${projectId}/attendance`,
      headers: fs,
      payload: { entries },
    });
    assert.equal(put.statusCode, 200, put.body);
    const grid = json<{ rows: { halfDays: number; due: string }[] }>(
      await call({
        method: 'GET',
        url: `/api/v1/work-relief/projects/${projectId}/attendance?period=2026-10`,
        headers: fs,
      }),
    );
    // 43 half-days × 183.33 元 ÷ 2 = 3,941.595 → 3,941.60 元.
    assert.deepEqual(
      grid.rows.map((r) => [r.halfDays, r.due]),
      [[43, '3941.60']],
    );
    const conf = await call({
      method: 'POST',
      url: `/api/v1/work-relief/projects/${projectId}/ledger/confirm`,
      headers: fs,
      payload: {
        workerId,
        period: '2026-10',
        amount: '3941.60',
        method: 'signature',
        confirmedOn: '2026-11-02',
      },
    });
    assert.equal(conf.statusCode, 200, conf.body);
    const third = await call({
      method: 'POST',
      url: `/api/v1/work-relief/projects/${projectId}/ledger/payments`,
      headers: fs,
      payload: { workerId, period: '2026-10', amount: '3941.60', bankCard: CARD2, paidOn: '2026-11-10' },
    });
    assert.equal(third.statusCode, 400);
    assert.match(
      json<{ error: { messageZh: string } }>(third).error.messageZh,
      /不是该务工人员本人登记的银行卡/,
    );
    const own = await call({
      method: 'POST',
      url: `/api/v1/work-relief/projects/${projectId}/ledger/payments`,
      headers: fs,
      payload: { workerId, period: '2026-10', amount: '3941.60', bankCard: CARD1, paidOn: '2026-11-10' },
    });
    assert.equal(own.statusCode, 201, own.body);
    const ledger = json<{ totals: { paid: string; arrears: string } }>(
      await call({
        method: 'GET',
        url: `/api/v1/work-relief/projects/${projectId}/ledger?period=2026-10`,
        headers: fs,
      }),
    );
    assert.deepEqual(ledger.totals, { ...ledger.totals, paid: '3941.60', arrears: '0.00' });
    const xlsx = await call({
      method: 'GET',
      url: `/api/v1/work-relief/projects/${projectId}/ledger.xlsx?period=2026-10`,
      headers: fs,
    });
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
  });

  test('imports: bad rows reported by row, good rows landed', async () => {
    const csv = [
      '姓名,身份证号,行政村,银行卡号,进场日期',
      `周二林,${ID2},青龙湖村,${testCard(503)},2026-11-01`,
      `吴三,${ID1.slice(0, 17)},青龙湖村,${testCard(504)},2026-11-01`,
    ].join('\n');
    const r = await call({
      method: 'POST',
      url: `/api/v1/work-relief/workers/import?projectId=${projectId}`,
      headers: { ...fs, 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(r.statusCode, 200, r.body);
    const body = json<{ registered: number; enrolled: number; errors: { row: number; field: string }[] }>(r);
    assert.deepEqual(
      [body.registered, body.enrolled, body.errors.map((e) => [e.row, e.field])],
      [1, 1, [[3, 'residentId']]],
    );
    const att = ['编号,姓名,月份,1,2,3', `${workerId},孙长林,2026-11,√,半,×`, '999,无名,2026-11,√,,'].join(
      '\n',
    );
    const a = await call({
      method: 'POST',
      url: `/api/v1/work-relief/projects/${projectId}/attendance/import?format=csv`,
      headers: { ...fs, 'content-type': 'application/octet-stream' },
      payload: att,
    });
    assert.deepEqual(json<{ rows: number; cells: number; errors: { row: number }[] }>(a), {
      rows: 1,
      cells: 3,
      errors: json<{ errors: object[] }>(a).errors,
    });
    assert.deepEqual(
      json<{ errors: { row: number; field: string }[] }>(a).errors.map((e) => [e.row, e.field]),
      [[3, 'workerId']],
    );
  });

  test('checks, review and its export; scoping by district; the municipal bureau reads all', async () => {
    const checks = json<{ findings: { ruleId: string }[] }>(
      await call({ method: 'GET', url: '/api/v1/work-relief/checks?asOf=2026-11-27', headers: fs }),
    );
    assert.ok(checks.findings.every((f) => f.ruleId.startsWith('jingfagai-2023-1336/')));
    const review = json<{ projects: { code: string; wagesPaid: string; workers: number }[] }>(
      await call({ method: 'GET', url: '/api/v1/work-relief/review?year=2026', headers: fs }),
    );
    assert.deepEqual(
      review.projects.map((p) => [p.code, p.wagesPaid, p.workers]),
      [['FS-API-1', '3941.60', 2]],
    );
    const xlsx = await call({ method: 'GET', url: '/api/v1/work-relief/review.xlsx?year=2026', headers: fs });
    assert.equal(xlsx.statusCode, 200);
    const mtg = await signIn(t.app, 'mtgofficer');
    assert.equal(
      (await call({ method: 'GET', url: `/api/v1/work-relief/projects/${projectId}`, headers: mtg }))
        .statusCode,
      403,
    );
    assert.deepEqual(
      json<{ projects: unknown[] }>(
        await call({ method: 'GET', url: '/api/v1/work-relief/projects', headers: mtg }),
      ).projects,
      [],
    );
    const fgw = await signIn(t.app, 'fgw');
    assert.equal(
      json<{ projects: unknown[] }>(
        await call({ method: 'GET', url: '/api/v1/work-relief/projects', headers: fgw }),
      ).projects.length,
      1,
    );
    assert.equal(
      (
        await call({
          method: 'POST',
          url: '/api/v1/work-relief/projects',
          headers: fgw,
          payload: { ...PROJECT, code: 'X' },
        })
      ).statusCode,
      403,
    );
    assert.equal((await call({ method: 'GET', url: '/api/v1/work-relief/projects' })).statusCode, 401);
  });

  test('the request log never holds a resident ID or card; the routes are documented', async () => {
    const text = log.join('');
    assert.ok(text.length > 0);
    for (const secret of [ID1, ID2, CARD1, CARD2]) assert.ok(!text.includes(secret));
    const doc = json<{ paths: Record<string, unknown> }>(
      await call({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const p of [
      '/api/v1/work-relief/projects',
      '/api/v1/work-relief/workers/import',
      '/api/v1/work-relief/projects/{id}/ledger/payments',
      '/api/v1/work-relief/review',
    ])
      assert.ok(p in doc.paths, p);
  });
});
