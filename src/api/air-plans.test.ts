/**
 * Sub-plans, contacts, inspections and the duty report over HTTP: a unit files its own sub-plan,
 * the board shows phones masked, the command office's reveal is the only way to the full number,
 * inspections are recorded during the alert, and the duty report comes as JSON or text.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { setDataKeyForTests } from '../services/shared/crypto.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null } };
const PHONE = '13812345678';

describe('air plan routes', () => {
  let t: TestApp;
  let clock = FIXED_NOW;
  const h: Record<string, Record<string, string>> = {};
  before(async () => {
    setDataKeyForTests(randomBytes(32));
    const now = () => clock;
    t = await openTestApp(testStores()[0]!, now);
    await addUser(t.store, { username: 'duty', role: 'command_office', department: 'city-operations' });
    await addUser(t.store, { username: 'taihu', role: 'officer', department: 'taihu-town' });
    await addUser(t.store, { username: 'enforce', role: 'officer', department: 'comprehensive-enforcement' });
    await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: '91110302MA01XK2Q5X' });
    for (const u of ['duty', 'taihu', 'enforce', 'firm']) h[u] = await signIn(t.app, u);
  });
  after(async () => {
    await t?.close();
  });
  const call = (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    headers: Record<string, string> = {},
    payload?: unknown,
  ) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  test('the board needs a signed-in officer; on 2026-11-27 every unit without a filing is overdue', async () => {
    assert.equal((await call('GET', '/api/v1/air/subplans')).statusCode, 401);
    assert.equal((await call('GET', '/api/v1/air/subplans', h.firm)).statusCode, 403);
    const board = json<{ counts: Record<string, number>; deadline: { dueOn: string }; units: unknown[] }>(
      await call('GET', '/api/v1/air/subplans', h.taihu),
    );
    assert.deepEqual(
      [board.units.length, board.counts.overdue, board.deadline.dueOn],
      [17, 17, '2023-11-28'],
    );
  });

  test('a unit files its own sub-plan; the answer and the board show the phone masked', async () => {
    const body = {
      filedOn: '2023-11-27',
      documentRef: '台政发〔2023〕88号',
      leaderName: '王局长',
      contactName: '李值班',
      contactPhone: PHONE,
    };
    const r = await call('PUT', '/api/v1/air/subplans/taihu-town', h.taihu, body);
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(
      [json<{ status: string }>(r).status, json<{ contactPhone: string }>(r).contactPhone],
      ['filed', '138****5678'],
    );
    assert.ok(!r.body.includes(PHONE));
    const board = await call('GET', '/api/v1/air/subplans', h.enforce);
    assert.ok(board.body.includes('138****5678') && !board.body.includes(PHONE));
    assert.equal((await call('PUT', '/api/v1/air/subplans/taihu-town', h.enforce, body)).statusCode, 403);
    const bad = await call('PUT', '/api/v1/air/subplans/taihu-town', h.taihu, {
      ...body,
      contactPhone: '1381234567',
    });
    assert.deepEqual([bad.statusCode, json<Err>(bad).error.field], [400, 'contactPhone']);
    assert.ok(!bad.body.includes('1381234567'));
    const unknown = await call('PUT', '/api/v1/air/subplans/nope', h.duty, body);
    assert.deepEqual([unknown.statusCode, json<Err>(unknown).error.field], [400, 'unit']);
  });

  test('only the command office reveals the number, and it is not cached', async () => {
    const r = await call('POST', '/api/v1/air/subplans/taihu-town/reveal', h.duty, { reason: '联系值班' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(json<{ contactPhone: string }>(r).contactPhone, PHONE);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal((await call('POST', '/api/v1/air/subplans/taihu-town/reveal', h.taihu)).statusCode, 403);
    assert.equal(
      (await call('POST', '/api/v1/air/subplans/boxing-subdistrict/reveal', h.duty)).statusCode,
      404,
    );
  });

  test('inspections are recorded during the alert and listed; the duty report comes as JSON or text', async () => {
    const issued = await call('POST', '/api/v1/air/alerts', h.duty, {
      number: '京重污染〔2026〕9号',
      level: 'red',
      startsAt: '2026-11-27T12:00+08:00',
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const id = json<{ id: number }>(issued).id;
    clock = new Date(FIXED_NOW.getTime() + 4 * 3_600_000);
    // Four idle hours end a session (SESSION_IDLE_MINUTES): sign in again.
    for (const u of Object.keys(h)) h[u] = await signIn(t.app, u);
    const url = `/api/v1/air/alerts/${id}/inspections`;
    const rec = await call('POST', url, h.enforce, {
      targetName: '路东区工地',
      at: '2026-11-27T13:00+08:00',
      result: 'violation',
      notes: '土石方作业未停止',
    });
    assert.equal(rec.statusCode, 201, rec.body);
    const noNotes = await call('POST', url, h.enforce, {
      targetName: 'X',
      at: '2026-11-27T13:00+08:00',
      result: 'violation',
    });
    assert.deepEqual([noNotes.statusCode, json<Err>(noNotes).error.field], [400, 'notes']);
    assert.equal(
      (
        await call('POST', url, h.firm, {
          targetName: 'X',
          at: '2026-11-27T13:00+08:00',
          result: 'compliant',
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await call('POST', '/api/v1/air/alerts/99/inspections', h.duty, {
          targetName: 'X',
          at: '2026-11-27T13:00+08:00',
          result: 'compliant',
        })
      ).statusCode,
      404,
    );
    assert.equal(json<{ inspections: unknown[] }>(await call('GET', url, h.taihu)).inspections.length, 1);
    const report = json<{
      inspections: { violation: number };
      receipts: { total: number };
      lines: { zh: string[] };
    }>(await call('GET', `/api/v1/air/alerts/${id}/duty-report`, h.duty));
    assert.deepEqual([report.inspections.violation, report.receipts.total], [1, 17]);
    const text = await call('GET', `/api/v1/air/alerts/${id}/duty-report?format=text`, h.duty);
    assert.match(String(text.headers['content-type']), /^text\/plain/);
    assert.match(text.body, /违法：路东区工地（2026-11-27 13:00）——土石方作业未停止[\s\S]*\n\nDuty report/);
    assert.equal((await call('GET', `/api/v1/air/alerts/${id}/duty-report`)).statusCode, 401);
  });
});
