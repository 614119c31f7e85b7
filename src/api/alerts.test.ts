/**
 * The alert workflow over HTTP: the command office issues and changes an alert, a member unit
 * acknowledges its notice, the public reads the alert in force and its CAP 1.2 message, and
 * everyone else is refused as the roles say.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { drainOutbox } from '../services/alerts/index.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, json, openTestApp, signIn, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null } };
const XSD = readFileSync(new URL('../services/alerts/cap-1.2.xsd', import.meta.url), 'utf8');

describe('alert routes', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp(testStores()[0]!);
    await addUser(t.store, { username: 'duty', role: 'command_office', department: 'city-operations' });
    await addUser(t.store, { username: 'enforce', role: 'officer', department: 'comprehensive-enforcement' });
    await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: '91110302MA01XK2Q5X' });
  });
  after(async () => {
    await t?.close();
  });
  const call = (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = {},
    payload?: unknown,
  ) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  test('only the command office (or an administrator) issues; others are refused', async () => {
    const order = { number: '京重污染〔2026〕1号', level: 'orange', startsAt: '2026-12-01T20:00+08:00' };
    assert.equal((await call('POST', '/api/v1/air/alerts', {}, order)).statusCode, 401);
    assert.equal(
      (await call('POST', '/api/v1/air/alerts', await signIn(t.app, 'enforce'), order)).statusCode,
      403,
    );
    assert.equal(
      (await call('POST', '/api/v1/air/alerts', await signIn(t.app, 'firm'), order)).statusCode,
      403,
    );
    const bad = await call('POST', '/api/v1/air/alerts', await signIn(t.app, 'duty'), {
      ...order,
      startsAt: '2026-12-01 20:00',
    });
    assert.equal(json<Err>(bad).error.field, 'startsAt');
    const r = await call('POST', '/api/v1/air/alerts', await signIn(t.app, 'duty'), order);
    assert.equal(r.statusCode, 201);
    const a = json<{ id: number; level: string; response: string; receipts: { total: number } }>(r);
    assert.deepEqual([a.level, a.response, a.receipts.total], ['orange', 'II', 17]);
  });

  test('the public sees the alert in force with its measures; a member unit acknowledges its notice', async () => {
    const pub = json<{
      alert: { level: string; colour: { rgb: number[] }; measures: { health: unknown[] } };
    }>(await call('GET', '/api/v1/air/alerts/current'));
    assert.equal(pub.alert.level, 'orange');
    assert.ok(pub.alert.measures.health.length > 0);
    await drainOutbox(t.store);
    const unit = await signIn(t.app, 'enforce');
    const mine = json<{ notices: { id: number; deliveredAt: string | null }[] }>(
      await call('GET', '/api/v1/air/notices/mine', unit),
    );
    assert.equal(mine.notices.length, 1);
    assert.notEqual(mine.notices[0]!.deliveredAt, null);
    const ack = await call('POST', `/api/v1/air/notices/${mine.notices[0]!.id}/ack`, unit);
    assert.equal(ack.statusCode, 200);
    assert.notEqual(json<{ acknowledgedAt: string | null }>(ack).acknowledgedAt, null);
    const firmAck = await call(
      'POST',
      `/api/v1/air/notices/${mine.notices[0]!.id}/ack`,
      await signIn(t.app, 'firm'),
    );
    assert.equal(firmAck.statusCode, 403);
    const board = json<{ summary: { acknowledged: number; pending: number } }>(
      await call('GET', '/api/v1/air/alerts/1/receipts', await signIn(t.app, 'duty')),
    );
    assert.deepEqual([board.summary.acknowledged, board.summary.pending], [1, 16]);
  });

  test('raise to red, then the CAP 1.2 message validates against the schema, in both languages', async () => {
    const duty = await signIn(t.app, 'duty');
    const r = await call('POST', '/api/v1/air/alerts/1/change', duty, {
      level: 'red',
      number: '京重污染〔2026〕2号',
    });
    assert.equal(json<{ level: string }>(r).level, 'red');
    const cap = await call('GET', '/api/v1/air/alerts/1/cap.xml');
    assert.equal(cap.statusCode, 200, cap.body);
    assert.match(String(cap.headers['content-type']), /application\/cap\+xml/);
    assert.match(cap.body, /<msgType>Update<\/msgType>/);
    assert.match(cap.body, /<language>zh-CN<\/language>[\s\S]*<language>en<\/language>/);
    assert.match(cap.body, /\+08:00<\/sent>/);
    const v = await validateXML({
      xml: [{ fileName: 'alert.xml', contents: cap.body }],
      schema: [{ fileName: 'cap.xsd', contents: XSD }],
    });
    assert.equal(v.valid, true, JSON.stringify(v.errors));
    const first = await call('GET', '/api/v1/air/alerts/1/cap.xml?seq=1');
    assert.match(first.body, /<msgType>Alert<\/msgType>/);
    assert.equal((await call('GET', '/api/v1/air/alerts/1/cap.xml?seq=9')).statusCode, 404);
  });

  test('lift ends the public alert; the feed says so', async () => {
    const duty = await signIn(t.app, 'duty');
    assert.equal(
      json<{ status: string }>(await call('POST', '/api/v1/air/alerts/1/lift', duty, {})).status,
      'lifted',
    );
    assert.equal(json<{ alert: unknown }>(await call('GET', '/api/v1/air/feed.json')).alert, null);
    const list = json<{ alerts: { events: { kind: string }[] }[] }>(
      await call('GET', '/api/v1/air/alerts', duty),
    );
    assert.deepEqual(
      list.alerts[0]!.events.map((e) => e.kind),
      ['issue', 'raise', 'lift'],
    );
  });
});
