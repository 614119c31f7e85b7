/**
 * Security headers (docs/security.md "Headers") on every kind of answer: the web UI's HTML (its
 * index, a client-side route), its static files, API answers (success, 4xx, the 404 of an unknown
 * API path, a write) — a Content-Security-Policy that forbids framing, X-Frame-Options,
 * `nosniff`, a Referrer-Policy, and `no-store` on the API. The interactive API docs are checked
 * for what they carry today.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { migrateToLatest, openStore, type Store } from '../store/db.ts';
import { buildApp } from './app.ts';
import { FIXED_NOW } from './test-app.ts';

/** The headers every answer carries, HTML or JSON. */
function assertFrameAndSniffing(r: LightMyRequestResponse, what: string): void {
  assert.equal(r.headers['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(r.headers['x-frame-options'], 'DENY', `${what}: X-Frame-Options`);
  assert.match(
    String(r.headers['referrer-policy'] ?? ''),
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    `${what}: Referrer-Policy`,
  );
}

/** The policy, its directives by name. */
function csp(r: LightMyRequestResponse, what: string): Map<string, string> {
  const text = r.headers['content-security-policy'];
  assert.equal(typeof text, 'string', `${what}: no Content-Security-Policy`);
  return new Map(
    String(text)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.slice(d.indexOf(' ') + 1)] as [string, string]),
  );
}

function assertStrictCsp(r: LightMyRequestResponse, what: string): void {
  const p = csp(r, what);
  assert.equal(p.get('default-src'), "'self'", `${what}: default-src`);
  assert.equal(p.get('frame-ancestors'), "'none'", `${what}: frame-ancestors`);
  assert.equal(p.get('base-uri'), "'self'", `${what}: base-uri`);
  const scripts = p.get('script-src') ?? p.get('default-src') ?? '';
  assert.doesNotMatch(scripts, /'unsafe-inline'|'unsafe-eval'|\*/, `${what}: script-src ${scripts}`);
}

describe('security headers', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zc-headers-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>政策</title><div id="root"></div>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);\n');
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

  test('the web UI: index, a client-side route and a static file', async () => {
    for (const url of ['/', '/policies/jingjiguanfa-2023-31', '/assets/app.js']) {
      const r = await app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 200, url);
      assertFrameAndSniffing(r, url);
      assertStrictCsp(r, url);
    }
    const html = await app.inject({ method: 'GET', url: '/' });
    assert.match(String(html.headers['content-type']), /^text\/html/);
  });

  test('API answers: success, refusals, bad input, unknown path, a write; never cached', async () => {
    const answers: [string, LightMyRequestResponse][] = [
      ['health', await app.inject({ method: 'GET', url: '/api/v1/health' })],
      ['401', await app.inject({ method: 'GET', url: '/api/v1/audit' })],
      ['400', await app.inject({ method: 'POST', url: '/api/v1/air/aqi', payload: { pm25_24h: -1 } })],
      [
        'bad JSON',
        await app.inject({
          method: 'POST',
          url: '/api/v1/air/aqi',
          headers: { 'content-type': 'application/json' },
          payload: '{',
        }),
      ],
      ['404', await app.inject({ method: 'GET', url: '/api/v1/nothing' })],
      [
        'login',
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'x', password: 'y' },
        }),
      ],
      ['openapi', await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })],
      ['xlsx', await app.inject({ method: 'GET', url: '/api/v1/heating/readings/template' })],
    ];
    for (const [what, r] of answers) {
      assert.ok(r.statusCode < 500, `${what}: ${r.statusCode}`);
      assertFrameAndSniffing(r, what);
      assertStrictCsp(r, what);
      assert.equal(r.headers['cache-control'], 'no-store', `${what}: cache-control`);
    }
    // The public alert feed may be cached briefly (it says so itself) and keeps the rest.
    const feed = await app.inject({ method: 'GET', url: '/api/v1/air/feed.json' });
    assertFrameAndSniffing(feed, 'feed');
    assertStrictCsp(feed, 'feed');
    assert.equal(feed.headers['cache-control'], 'public, max-age=30', 'feed: its own cache-control is kept');
  });

  test('the interactive API docs cannot be framed or sniffed and carry their own policy', async () => {
    for (const url of ['/api/v1/docs/', '/api/v1/docs/static/index.html']) {
      const r = await app.inject({ method: 'GET', url });
      assert.ok(r.statusCode < 400, `${url}: ${r.statusCode}`);
      assertFrameAndSniffing(r, url);
      const csp = String(r.headers['content-security-policy'] ?? '');
      assert.match(csp, /default-src 'self'/, `${url}: ${csp}`);
      assert.match(csp, /frame-ancestors 'none'/, `${url}: ${csp}`);
      assert.doesNotMatch(csp, /upgrade-insecure-requests/, `${url}: ${csp}`);
    }
  });
});
