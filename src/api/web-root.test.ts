/**
 * With the built web UI present: client-side routes answer index.html, and API errors keep their
 * own format (a regression: error handlers installed after the static plugin were not used).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { migrateToLatest, openStore, type Store } from '../store/db.ts';
import { buildApp } from './app.ts';
import { FIXED_NOW } from './test-app.ts';

describe('serving the web UI', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zc-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>政策</title><div id="root"></div>');
    store = openStore(':memory:');
    await migrateToLatest(store);
    app = await buildApp(
      { store, now: () => FIXED_NOW, version: 'test', secureCookies: false },
      { webRoot: dir },
    );
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a client-side route answers the UI', async () => {
    const r = await app.inject({ method: 'GET', url: '/policies/jingjiguanfa-2023-31' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<title>政策<\/title>/);
  });

  test('API errors keep their format and status', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/air/aqi?date=2026-03-01',
      payload: { pm25_24h: -1 },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(JSON.parse(bad.body).error.field, 'pm25_24h');
    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    assert.equal(missing.statusCode, 404);
    assert.equal(JSON.parse(missing.body).error.code, 'ZC_ERR_NOT_FOUND');
    const unauth = await app.inject({ method: 'GET', url: '/api/v1/audit' });
    assert.equal(JSON.parse(unauth.body).error.code, 'ZC_ERR_UNAUTHENTICATED');
  });
});
