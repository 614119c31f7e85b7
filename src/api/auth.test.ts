/**
 * Sessions and sign-in hardening (issue #5, item 2), on SQLite and PostgreSQL: the CSRF header on
 * every state-changing route for cookie sessions (read from the OpenAPI document, so a new route
 * is covered), failed sign-ins throttled per client address (429, then allowed again), the account
 * lock-out (lifted after LOCKOUT_MINUTES or by an administrator), session expiry when idle and
 * after SESSION_HOURS however active, and "log out everywhere" for oneself and by an administrator.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  LOCKOUT_MINUTES,
  LoginThrottle,
  MAX_FAILED_LOGINS,
  SESSION_HOURS,
  SESSION_IDLE_MINUTES,
} from '../services/accounts/index.ts';
import { findUserByUsername } from '../store/queries.ts';
import { testStores } from '../store/test-stores.ts';
import { CSRF_HEADER, CSRF_VALUE } from './context.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null; details?: { retryAfterSeconds?: number } } };
const MIN = 60_000;
const PASSWORD = 'correct-horse-42';

for (const factory of testStores()) {
  describe(`sessions and sign-in on ${factory.name}`, () => {
    let t: TestApp;
    let clock = FIXED_NOW.getTime();
    const tick = (ms: number) => {
      clock += ms;
    };
    const login = (username: string, password: string, remoteAddress = '127.0.0.1') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
        remoteAddress,
      });
    const me = (h: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: h });
    const post = (url: string, h: Record<string, string>, payload: object = {}) =>
      t.app.inject({ method: 'POST', url, headers: h, payload });

    before(async () => {
      t = await openTestApp(factory, () => new Date(clock));
      await addUser(t.store, { username: 'root', role: 'admin' });
      for (const u of ['alice', 'bob', 'carol', 'dave', 'erin'])
        await addUser(t.store, { username: u, role: 'officer', department: 'finance-audit' });
    });
    after(() => t.close());

    test('every state-changing route refuses a cookie session without the CSRF header, before anything else', async () => {
      const h = await signIn(t.app, 'alice');
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      let checked = 0;
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const method of Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))) {
          const url = path.replace(/\{[^}]+\}/g, '1');
          const r = await t.app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            headers: { cookie: h.cookie! },
            payload: {},
          });
          assert.equal(r.statusCode, 403, `${method} ${path}: ${r.body}`);
          assert.equal(json<Err>(r).error.field, CSRF_HEADER, `${method} ${path}`);
          checked++;
        }
      }
      assert.ok(checked > 50, `only ${checked} state-changing routes`);
      // With the header the same session writes; a bearer token needs no header (no ambient credential).
      const made = await post('/api/v1/auth/tokens', h, { label: 'ci' });
      assert.equal(made.statusCode, 201);
      const bearer = { authorization: `Bearer ${json<{ token: string }>(made).token}` };
      assert.equal((await post('/api/v1/auth/tokens', bearer, { label: 'ci2' })).statusCode, 201);
    });

    test('failed sign-ins are throttled per address: 429 with a retry time, then allowed again', async () => {
      const limit = new LoginThrottle().max;
      const spray = '10.9.8.7';
      for (let i = 0; i < limit; i++) {
        const r = await login(`nobody${i}`, 'wrong-password-1', spray);
        assert.equal(r.statusCode, 401);
      }
      const refused = await login('alice', PASSWORD, spray);
      assert.equal(refused.statusCode, 429);
      assert.equal(json<Err>(refused).error.code, 'ZC_ERR_RATE_LIMITED');
      assert.ok((json<Err>(refused).error.details?.retryAfterSeconds ?? 0) > 0);
      // Another address is not affected, and the password was never checked (no failure counted).
      assert.equal((await login('alice', PASSWORD, '10.9.8.8')).statusCode, 200);
      assert.equal((await findUserByUsername(t.store.db, 'alice'))!.failed_logins, 0);
      tick(new LoginThrottle().windowMs);
      assert.equal((await login('alice', PASSWORD, spray)).statusCode, 200);
    });

    test(`${MAX_FAILED_LOGINS} failures lock the account for ${LOCKOUT_MINUTES} minutes; then it signs in again`, async () => {
      for (let i = 0; i < MAX_FAILED_LOGINS; i++)
        assert.equal((await login('bob', `wrong-${i}-pass`, `10.1.0.${i}`)).statusCode, 401);
      assert.equal((await login('bob', PASSWORD, '10.2.0.1')).statusCode, 401); // locked
      tick((LOCKOUT_MINUTES - 1) * MIN);
      assert.equal((await login('bob', PASSWORD, '10.2.0.2')).statusCode, 401); // still locked, lock extended
      tick(LOCKOUT_MINUTES * MIN);
      assert.equal((await login('bob', PASSWORD, '10.2.0.3')).statusCode, 200);
      assert.equal((await findUserByUsername(t.store.db, 'bob'))!.failed_logins, 0);
    });

    test('an administrator unlocks an account before the lock runs out; nobody else may', async () => {
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) await login('carol', `wrong-${i}-pass`, `10.3.0.${i}`);
      assert.equal((await login('carol', PASSWORD, '10.4.0.1')).statusCode, 401);
      const carol = (await findUserByUsername(t.store.db, 'carol'))!;
      const officer = await signIn(t.app, 'alice');
      const forbidden = await post(`/api/v1/auth/users/${carol.id}/unlock`, officer);
      assert.equal(forbidden.statusCode, 403);
      const admin = await signIn(t.app, 'root');
      assert.equal((await post('/api/v1/auth/users/999999/unlock', admin)).statusCode, 404);
      const ok = await post(`/api/v1/auth/users/${carol.id}/unlock`, admin);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((await login('carol', PASSWORD, '10.4.0.2')).statusCode, 200);
      const audit = await t.store.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'user.unlock')
        .execute();
      assert.equal(audit.length, 1);
    });

    test(`a session ends after ${SESSION_IDLE_MINUTES} idle minutes, and after ${SESSION_HOURS} hours however active`, async () => {
      const idle = await signIn(t.app, 'dave');
      tick((SESSION_IDLE_MINUTES - 1) * MIN);
      assert.equal((await me(idle)).statusCode, 200);
      tick((SESSION_IDLE_MINUTES - 1) * MIN); // measured from the last use, not the sign-in
      assert.equal((await me(idle)).statusCode, 200);
      tick(SESSION_IDLE_MINUTES * MIN);
      assert.equal((await me(idle)).statusCode, 401);

      const busy = await signIn(t.app, 'dave');
      const start = clock;
      while (clock + 20 * MIN < start + SESSION_HOURS * 60 * MIN) {
        tick(20 * MIN);
        assert.equal((await me(busy)).statusCode, 200, new Date(clock).toISOString());
      }
      clock = start + SESSION_HOURS * 60 * MIN;
      assert.equal((await me(busy)).statusCode, 401);
    });

    test("log out everywhere: all of one's sessions end (tokens too when asked); an administrator for anyone", async () => {
      const a = await signIn(t.app, 'erin');
      const b = await signIn(t.app, 'erin');
      const token = json<{ token: string }>(await post('/api/v1/auth/tokens', a, { label: 'sys' })).token;
      const bearer = { authorization: `Bearer ${token}` };
      const r = await post('/api/v1/auth/logout-everywhere', a);
      assert.equal(r.statusCode, 200, r.body);
      assert.equal(json<{ revoked: number }>(r).revoked, 2);
      assert.equal((await me(a)).statusCode, 401);
      assert.equal((await me(b)).statusCode, 401);
      assert.equal((await me(bearer)).statusCode, 200); // a system's token survives unless asked
      const c = await signIn(t.app, 'erin');
      assert.equal(
        json<{ revoked: number }>(await post('/api/v1/auth/logout-everywhere', c, { tokens: true })).revoked,
        2,
      );
      assert.equal((await me(bearer)).statusCode, 401);

      const erin = (await findUserByUsername(t.store.db, 'erin'))!;
      const d = await signIn(t.app, 'erin');
      const alice = await signIn(t.app, 'alice');
      assert.equal((await post(`/api/v1/auth/users/${erin.id}/logout-everywhere`, alice)).statusCode, 403);
      assert.equal((await me(d)).statusCode, 200);
      const admin = await signIn(t.app, 'root');
      const byAdmin = await post(`/api/v1/auth/users/${erin.id}/logout-everywhere`, admin, { tokens: true });
      assert.equal(byAdmin.statusCode, 200, byAdmin.body);
      assert.equal((await me(d)).statusCode, 401);
      assert.equal((await me(admin)).statusCode, 200);
      assert.equal((await me(alice)).statusCode, 200);
    });

    test('the CSRF header value must be exact', async () => {
      const h = await signIn(t.app, 'alice');
      const r = await post('/api/v1/auth/tokens', { cookie: h.cookie!, [CSRF_HEADER]: `${CSRF_VALUE}x` });
      assert.equal(r.statusCode, 403);
    });
  });
}
