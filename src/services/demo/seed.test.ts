/**
 * The demo seed on every database: enterprises across the three areas, departments, one user per
 * role who can sign in with the password the README documents; running it again changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../store/db.ts';
import { countEnterprises, countUsers } from '../../store/queries.ts';
import { testStores } from '../../store/test-stores.ts';
import { login } from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { DEMO_USERS } from './demo-users.ts';
import { FIE_DEMO_ENTERPRISE_USER, FIE_DEMO_USERS } from './fie-demo.ts';
import { GREEN_DEMO_USERS } from './green-demo.ts';
import { HEATING_BUILDINGS_DEMO_USERS } from './heating-buildings-demo.ts';
import { seedDemo } from './seed.ts';
import { WORK_RELIEF_DEMO_USERS } from './work-relief-demo.ts';

test('the README documents every demo login exactly as seeded', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  for (const u of DEMO_USERS) {
    assert.match(readme, new RegExp(`\\| \`${u.username}\` +\\| \`${u.password}\` +\\|`), u.username);
  }
});

for (const factory of testStores()) {
  describe(`demo seed on ${factory.name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    test('creates the synthetic E-Town and one user per role', async () => {
      const r = await seedDemo(store, new Date('2026-11-27T00:00:00Z'));
      assert.equal(r.enterprises, 300);
      assert.equal(r.usersCreated, DEMO_USERS.length);
      assert.equal(await countEnterprises(store.db), 300);
      assert.equal(await countEnterprises(store.db, { area: 'etdz_60' }), 180);
      assert.equal(await countEnterprises(store.db, { area: 'yizhuang_225' }), 90);
      assert.equal(await countEnterprises(store.db, { area: 'outside' }), 30);
      assert.deepEqual([...new Set(DEMO_USERS.map((u) => u.role))].sort(), [
        'admin',
        'command_office',
        'enterprise',
        'officer',
        'reviewer',
      ]);
    });

    test('every demo user signs in with the documented password', async () => {
      for (const u of [
        ...DEMO_USERS,
        ...GREEN_DEMO_USERS,
        ...WORK_RELIEF_DEMO_USERS,
        ...HEATING_BUILDINGS_DEMO_USERS,
        ...FIE_DEMO_USERS,
        FIE_DEMO_ENTERPRISE_USER,
      ]) {
        const { user } = await login(store, u.username, u.password);
        assert.equal(user.role, u.role);
      }
    });

    test('running it again creates nothing new and the audit chain holds', async () => {
      const r = await seedDemo(store);
      assert.equal(r.usersCreated, 0);
      assert.equal(r.usersExisting, DEMO_USERS.length);
      assert.equal(
        await countUsers(store.db),
        DEMO_USERS.length +
          GREEN_DEMO_USERS.length +
          WORK_RELIEF_DEMO_USERS.length +
          HEATING_BUILDINGS_DEMO_USERS.length +
          FIE_DEMO_USERS.length +
          1,
      );
      assert.equal(await countEnterprises(store.db), 300);
      // The fund's demo workflow is written once.
      const apps = await store.db.selectFrom('green_applications').select('state').execute();
      assert.deepEqual(apps.map((a) => a.state).sort(), ['draft', 'draft', 'paid', 'submitted']);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
