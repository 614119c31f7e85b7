/**
 * Accounts: who may do what over which scope, user creation with every field checked, argon2id
 * sign-in with lock-out, sessions that expire, tokens that can be revoked — all audited.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { testStores } from '../../store/test-stores.ts';
import { searchAudit, verifyAuditChain } from '../audit/index.ts';
import {
  ANONYMOUS,
  authenticateToken,
  authorize,
  can,
  createUser,
  login,
  MAX_FAILED_LOGINS,
  PERMISSIONS,
  type Permission,
  ROLES,
  revokeToken,
  SESSION_IDLE_MINUTES,
  syncDepartments,
  systemActor,
  type UserActor,
} from './index.ts';

const user = (role: UserActor['role'], extra: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  id: 1,
  username: role,
  role,
  department: role === 'enterprise' || role === 'admin' ? null : 'city-operations',
  creditCode: role === 'enterprise' ? '91110302MA01XK2Q5X' : null,
  ...extra,
});
const code = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof ZhengceError ? e.code : 'other';
  }
};

describe('permissions', () => {
  test('every permission × every role (and anonymous) follows the table', () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) {
      const roles: readonly string[] = PERMISSIONS[p];
      for (const r of ROLES)
        assert.equal(can(user(r), p), roles.includes(r) || roles.includes('public'), `${r} ${p}`);
      assert.equal(can(ANONYMOUS, p), roles.includes('public'), `anonymous ${p}`);
      assert.equal(can(systemActor('cli'), p), true);
    }
  });
  test('anonymous callers are asked to sign in; signed-in callers without the role are forbidden', () => {
    assert.equal(
      code(() => authorize(ANONYMOUS, 'users.manage')),
      'ZC_ERR_UNAUTHENTICATED',
    );
    assert.equal(
      code(() => authorize(user('officer'), 'users.manage')),
      'ZC_ERR_FORBIDDEN',
    );
    assert.equal(
      code(() => authorize(ANONYMOUS, 'rules.evaluate')),
      null,
    );
  });
  test('department scope: an officer reaches only their own department; an administrator all', () => {
    assert.equal(
      code(() => authorize(user('officer'), 'enterprises.write', { department: 'city-operations' })),
      null,
    );
    assert.equal(
      code(() => authorize(user('officer'), 'enterprises.write', { department: 'sci-tech-innovation' })),
      'ZC_ERR_FORBIDDEN',
    );
    assert.equal(
      code(() => authorize(user('admin'), 'enterprises.write', { department: 'sci-tech-innovation' })),
      null,
    );
  });
  test("enterprise scope: an enterprise user reaches only its own enterprise, and no department's resources", () => {
    assert.equal(
      code(() => authorize(user('enterprise'), 'enterprises.read', { creditCode: '91110302MA01XK2Q5X' })),
      null,
    );
    assert.equal(
      code(() => authorize(user('enterprise'), 'enterprises.read', { creditCode: '91110302MA00000001' })),
      'ZC_ERR_FORBIDDEN',
    );
    assert.equal(
      code(() => authorize(user('enterprise'), 'enterprises.read', { department: 'city-operations' })),
      'ZC_ERR_FORBIDDEN',
    );
  });
});

for (const factory of testStores()) {
  describe(`accounts on ${factory.name}`, () => {
    let store: Store;
    const sys = systemActor('test');
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
    });
    after(async () => {
      await store?.close();
    });

    test('createUser checks every field and names it', async () => {
      const base = {
        username: 'officer1',
        password: 'long-enough-1',
        role: 'officer',
        department: 'city-operations',
      };
      const cases: [Record<string, unknown>, string, string][] = [
        [{ ...base, username: 'A' }, 'ZC_ERR_INVALID_INPUT', 'username'],
        [{ ...base, role: 'king' }, 'ZC_ERR_INVALID_INPUT', 'role'],
        [{ ...base, password: 'short1' }, 'ZC_ERR_INVALID_INPUT', 'password'],
        [{ ...base, password: 'onlyletterslong' }, 'ZC_ERR_INVALID_INPUT', 'password'],
        [{ ...base, department: undefined }, 'ZC_ERR_INVALID_INPUT', 'department'],
        [{ ...base, department: 'nowhere' }, 'ZC_ERR_INVALID_INPUT', 'department'],
        [{ ...base, role: 'enterprise', department: undefined }, 'ZC_ERR_INVALID_INPUT', 'creditCode'],
        [
          { ...base, role: 'enterprise', department: undefined, creditCode: '91110302MA01XK2Q5' },
          'ZC_ERR_INVALID_INPUT',
          'creditCode',
        ],
        [{ ...base, creditCode: '91110302MA01XK2Q5X' }, 'ZC_ERR_INVALID_INPUT', 'creditCode'],
      ];
      for (const [input, c, field] of cases) {
        await assert.rejects(
          () => createUser(store, sys, input as never),
          (e: unknown) => e instanceof ZhengceError && e.code === c && e.field === field,
          JSON.stringify(input),
        );
      }
      await assert.rejects(
        () => createUser(store, user('officer'), base),
        (e: unknown) => (e as ZhengceError).code === 'ZC_ERR_FORBIDDEN',
      );
      const u = await createUser(store, sys, base);
      assert.equal(u.role, 'officer');
      const row = await findUserByUsername(store.db, 'officer1');
      assert.match(row!.password_hash, /^\$argon2id\$/);
      assert.ok(!row!.password_hash.includes('long-enough-1'));
      await assert.rejects(
        () => createUser(store, sys, base),
        (e: unknown) => (e as ZhengceError).code === 'ZC_ERR_CONFLICT',
      );
    });

    test('a credit code failing its check is refused unless an administrator overrides it, and the override is audited', async () => {
      // 91110302MA01XK2Q5X is valid (Σ = 2451 → X); ending in 0 fails the check only.
      const input = {
        username: 'firm-odd',
        password: 'long-enough-1',
        role: 'enterprise',
        creditCode: '91110302MA01XK2Q50',
      };
      await assert.rejects(
        () => createUser(store, sys, input),
        (e: unknown) =>
          e instanceof ZhengceError &&
          e.code === 'ZC_ERR_INVALID_INPUT' &&
          e.field === 'creditCode' &&
          /expected X/.test(e.message),
      );
      const u = await createUser(store, sys, { ...input, overrideCreditCodeCheck: true });
      assert.equal(u.creditCode, '91110302MA01XK2Q50');
      const [entry] = await searchAudit(store, { entityType: 'user', entityId: String(u.id) });
      assert.deepEqual(
        (entry!.details as { creditCodeChecksumOverridden?: boolean }).creditCodeChecksumOverridden,
        true,
      );
    });

    test('sign-in issues a session that expires after 12 hours and can be ended', async () => {
      const t0 = new Date('2026-11-27T00:00:00Z');
      const { session, user: u } = await login(store, 'officer1', 'long-enough-1', t0);
      assert.equal(u.username, 'officer1');
      // Used every 25 minutes (inside the idle limit), it lives until the absolute limit.
      for (let m = 25; m < 12 * 60; m += 25)
        assert.equal(
          (await authenticateToken(store, session.secret, new Date(t0.getTime() + m * 60_000)))?.actor
            .username,
          'officer1',
        );
      assert.equal(
        (await authenticateToken(store, session.secret, new Date('2026-11-27T11:59:59Z')))?.actor.username,
        'officer1',
      );
      assert.equal(await authenticateToken(store, session.secret, new Date('2026-11-27T12:00:00Z')), null);
      // Left alone, it ends after SESSION_IDLE_MINUTES.
      const idle = await login(store, 'officer1', 'long-enough-1', t0);
      const at = (min: number) => new Date(t0.getTime() + min * 60_000);
      assert.ok(await authenticateToken(store, idle.session.secret, at(SESSION_IDLE_MINUTES - 1)));
      assert.equal(await authenticateToken(store, idle.session.secret, at(2 * SESSION_IDLE_MINUTES)), null);
      const s2 = await login(store, 'officer1', 'long-enough-1', t0);
      const found = await authenticateToken(store, s2.session.secret, t0);
      await revokeToken(store, found!.actor, found!.tokenId, t0);
      assert.equal(await authenticateToken(store, s2.session.secret, t0), null);
    });

    test(`${MAX_FAILED_LOGINS} wrong passwords lock the account, even against the right one; all audited`, async () => {
      await createUser(store, sys, {
        username: 'victim',
        password: 'the-right-one-1',
        role: 'reviewer',
        department: 'finance-audit',
      });
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        await assert.rejects(
          () => login(store, 'victim', `wrong-${i}-password`),
          (e: unknown) => (e as ZhengceError).code === 'ZC_ERR_BAD_CREDENTIALS',
        );
      }
      await assert.rejects(
        () => login(store, 'victim', 'the-right-one-1'),
        (e: unknown) => (e as ZhengceError).code === 'ZC_ERR_BAD_CREDENTIALS',
      );
      const row = await findUserByUsername(store.db, 'victim');
      const failures = await searchAudit(store, { entityType: 'user', entityId: String(row!.id) });
      assert.equal(failures.filter((e) => e.action === 'session.login_failed').length, MAX_FAILED_LOGINS + 1);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });

    test('a successful sign-in resets the failure count', async () => {
      await createUser(store, sys, {
        username: 'forgetful',
        password: 'remember-me-9',
        role: 'reviewer',
        department: 'finance-audit',
      });
      for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++)
        await assert.rejects(() => login(store, 'forgetful', 'nope-nope-1'));
      await login(store, 'forgetful', 'remember-me-9');
      assert.equal((await findUserByUsername(store.db, 'forgetful'))!.failed_logins, 0);
    });
  });
}
