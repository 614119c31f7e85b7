/**
 * @module services/demo/demo-users.test
 * One account per signed-in role, each pointing at a real department code or demo enterprise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDepartment } from '../../policies/departments.ts';
import { generateDemoEnterprises } from './demo-enterprises.ts';
import { DEMO_ROLES, DEMO_USERS, demoUsers, pickDemoEnterprise } from './demo-users.ts';

describe('DEMO_USERS', () => {
  it('has exactly one user per role that signs in (public is anonymous)', () => {
    assert.deepEqual(
      DEMO_USERS.map((u) => u.role),
      [...DEMO_ROLES],
    );
    assert.equal(new Set(DEMO_USERS.map((u) => u.username)).size, DEMO_USERS.length);
    assert.ok(!DEMO_USERS.some((u) => (u.role as string) === 'public'));
  });

  it('uses department codes that exist; the command office sits in 城市运行局', () => {
    for (const u of DEMO_USERS) {
      if (u.role === 'enterprise') assert.equal(u.departmentCode, null);
      else {
        assert.ok(u.departmentCode !== null);
        assert.doesNotThrow(() => getDepartment(u.departmentCode ?? ''));
        assert.ok(u.displayName.zh.includes(getDepartment(u.departmentCode).name.zh));
      }
    }
    const office = DEMO_USERS.find((u) => u.role === 'command_office');
    assert.equal(office?.departmentCode, 'city-operations');
    assert.equal(getDepartment('city-operations').name.zh, '城市运行局');
  });

  it('ties the enterprise user to a generated enterprise in the 60 km² core, deterministically', () => {
    const enterprises = generateDemoEnterprises();
    const user = DEMO_USERS.find((u) => u.role === 'enterprise');
    const ent = enterprises.find((e) => e.creditCode === user?.creditCode);
    assert.ok(ent, 'the enterprise user acts for a generated enterprise');
    assert.equal(ent.area, 'etdz_60');
    assert.equal(pickDemoEnterprise(enterprises), ent);
    assert.deepEqual(demoUsers(generateDemoEnterprises()), DEMO_USERS);
    assert.ok(DEMO_USERS.every((u) => u.role === 'enterprise' || u.creditCode === null));
  });

  it('documents a demo password per user, each marked as demo', () => {
    for (const u of DEMO_USERS) {
      assert.match(u.password, /^demo-[a-z]+-2024$/);
      assert.ok(u.username.startsWith('demo-'));
      assert.match(u.displayName.zh, /^演示/);
      assert.match(u.displayName.en, /^Demo /);
    }
    assert.equal(new Set(DEMO_USERS.map((u) => u.password)).size, DEMO_USERS.length);
  });

  it('falls back sensibly for small lists and has no enterprise user for none', () => {
    assert.equal(demoUsers([]).length, 4);
    const few = generateDemoEnterprises(3, 1);
    assert.ok(few.some((e) => e.creditCode === demoUsers(few).at(-1)?.creditCode));
  });
});
