/**
 * The store contract: one suite that every database must pass (SQLite always, PostgreSQL when
 * ZHENGCE_TEST_DATABASE_URL is set), as hono runs one router suite on every router.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest, type Store } from './db.ts';
import { parseDatabaseUrl } from './dialect.ts';
import * as q from './queries.ts';
import { testStores } from './test-stores.ts';

const T0 = '2026-11-27T01:00:00.000Z';

function enterprise(code: string, name: string, area = 'etdz_60') {
  return {
    credit_code: code,
    name_zh: name,
    name_en: `${name} Co.`,
    area,
    lat: '39.79',
    lng: '116.51',
    industry: null,
    foreign_invested: 0,
    investor_country: null,
    scale: null,
    employees: 10,
    registered_on: '2020-01-01',
    profile: '{}',
    demo: 1,
    created_at: T0,
    updated_at: T0,
  };
}

for (const factory of testStores()) {
  describe(`store contract on ${factory.name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    test('migrations are applied once; running them again changes nothing', async () => {
      assert.deepEqual(await migrateToLatest(store), []);
      assert.equal(store.dialect, factory.name);
    });

    test('departments upsert and list', async () => {
      await q.upsertDepartment(store.db, {
        code: 'city-ops',
        name_zh: '城市运行局',
        name_en: 'City Operations Bureau',
        kind: 'etdz-bureau',
        pollution_command_member: 1,
      });
      await q.upsertDepartment(store.db, {
        code: 'city-ops',
        name_zh: '城市运行局',
        name_en: 'Urban Operation Bureau',
        kind: 'etdz-bureau',
        pollution_command_member: 1,
      });
      const all = await q.listDepartments(store.db);
      assert.equal(all.length, 1);
      assert.equal(all[0]!.name_en, 'Urban Operation Bureau');
    });

    test('users: insert returns the generated id; usernames are unique', async () => {
      const u = await q.insertUser(store.db, {
        username: 'alice',
        display_name_zh: '爱丽丝',
        display_name_en: 'Alice',
        role: 'officer',
        department_code: 'city-ops',
        credit_code: null,
        password_hash: 'x',
        disabled: 0,
        failed_logins: 0,
        created_at: T0,
        updated_at: T0,
      });
      assert.equal(typeof u.id, 'number');
      assert.equal((await q.findUserByUsername(store.db, 'alice'))?.id, u.id);
      await assert.rejects(() => q.insertUser(store.db, { ...u, id: undefined as never, username: 'alice' }));
      assert.equal(await q.countUsers(store.db), 1);
    });

    test('a foreign key to departments is enforced', async () => {
      await assert.rejects(() =>
        q.insertUser(store.db, {
          username: 'bob',
          display_name_zh: 'b',
          display_name_en: 'b',
          role: 'officer',
          department_code: 'no-such-department',
          credit_code: null,
          password_hash: 'x',
          disabled: 0,
          failed_logins: 0,
          created_at: T0,
          updated_at: T0,
        }),
      );
    });

    test('tokens: live until revoked or expired', async () => {
      const user = (await q.findUserByUsername(store.db, 'alice'))!;
      const t = await q.insertToken(store.db, {
        token_hash: 'h1',
        user_id: user.id,
        kind: 'session',
        label: null,
        created_at: T0,
        expires_at: '2026-11-27T13:00:00.000Z',
      });
      assert.equal(
        (await q.findLiveToken(store.db, 'h1', '2026-11-27T12:59:59.999Z'))?.user.username,
        'alice',
      );
      assert.equal(await q.findLiveToken(store.db, 'h1', '2026-11-27T13:00:00.000Z'), undefined);
      const t2 = await q.insertToken(store.db, {
        token_hash: 'h2',
        user_id: user.id,
        kind: 'bearer',
        label: 'ci',
        created_at: T0,
        expires_at: null,
      });
      assert.ok(await q.findLiveToken(store.db, 'h2', '2099-01-01T00:00:00.000Z'));
      assert.equal(await q.revokeToken(store.db, t2.id, T0), true);
      assert.equal(await q.revokeToken(store.db, t2.id, T0), false, 'revoking twice changes nothing');
      assert.equal(await q.findLiveToken(store.db, 'h2', T0), undefined);
      assert.equal(await q.revokeUserTokens(store.db, user.id, T0), 1);
      assert.equal(await q.findLiveToken(store.db, 'h1', T0), undefined);
      assert.equal((await q.listUserTokens(store.db, user.id)).length, 2);
      void t;
    });

    test('enterprises: upsert, filter, count, and search that treats % and _ literally, any case, in Chinese', async () => {
      await q.upsertEnterprise(store.db, enterprise('91110302MA00000001', '亦庄星河精密制造有限公司'));
      await q.upsertEnterprise(
        store.db,
        enterprise('91110302MA00000002', 'Acme 100%_Robotics', 'yizhuang_225'),
      );
      await q.upsertEnterprise(store.db, {
        ...enterprise('91110302MA00000001', '亦庄星河精密制造有限公司（更名）'),
        created_at: '2030-01-01T00:00:00.000Z',
      });
      assert.equal(await q.countEnterprises(store.db), 2);
      assert.equal(await q.countEnterprises(store.db, { area: 'yizhuang_225' }), 1);
      const renamed = await q.findEnterprise(store.db, '91110302MA00000001');
      assert.equal(renamed?.name_zh, '亦庄星河精密制造有限公司（更名）');
      assert.equal(renamed?.created_at, T0, 'an update keeps the creation time');
      const page = (opts: { q?: string; area?: string }) =>
        q.listEnterprises(store.db, { ...opts, limit: 10, offset: 0 });
      assert.equal((await page({ q: '星河' })).length, 1);
      assert.equal((await page({ q: 'acme' })).length, 1, 'case-insensitive');
      assert.equal((await page({ q: '100%_' })).length, 1);
      assert.equal((await page({ q: '%' })).length, 1, '% matches only a literal percent sign');
      assert.equal((await page({ q: '_' })).length, 1, '_ matches only a literal underscore');
      assert.equal((await page({})).length, 2);
    });

    test('audit log: rows are append-only at the database level', async () => {
      const { seq, prevHash } = await q.claimAuditSeq(store.db);
      assert.equal(seq, 1);
      assert.equal(prevHash, '0'.repeat(64));
      await q.insertAuditRow(store.db, {
        seq,
        at: T0,
        actor_id: null,
        actor: 'system:test',
        action: 'x',
        entity_type: 't',
        entity_id: null,
        details: '{}',
        prev_hash: prevHash,
        hash: 'a'.repeat(64),
      });
      assert.deepEqual(await q.auditHead(store.db), { seq: 1, hash: 'a'.repeat(64) });
      await assert.rejects(
        () => store.db.updateTable('audit_log').set({ action: 'forged' }).execute(),
        /append-only/,
      );
      await assert.rejects(() => store.db.deleteFrom('audit_log').execute(), /append-only/);
      assert.equal((await q.readAudit(store.db, 0, 10)).length, 1);
    });

    test('a rolled-back transaction leaves no audit row and the head unchanged', async () => {
      await assert.rejects(() =>
        store.db.transaction().execute(async (trx) => {
          const { seq, prevHash } = await q.claimAuditSeq(trx);
          await q.insertAuditRow(trx, {
            seq,
            at: T0,
            actor_id: null,
            actor: 'system:test',
            action: 'y',
            entity_type: 't',
            entity_id: null,
            details: '{}',
            prev_hash: prevHash,
            hash: 'b'.repeat(64),
          });
          throw new Error('boom');
        }),
      );
      assert.deepEqual(await q.auditHead(store.db), { seq: 1, hash: 'a'.repeat(64) });
      assert.equal((await q.readAudit(store.db, 0, 10)).length, 1);
    });

    test('settings', async () => {
      assert.equal(await q.getSetting(store.db, 'k'), undefined);
      await q.setSetting(store.db, 'k', 'v1', T0);
      await q.setSetting(store.db, 'k', 'v2', T0);
      assert.equal(await q.getSetting(store.db, 'k'), 'v2');
    });

    test('bigint columns read back as numbers', async () => {
      const r = await sql<{ v: number }>`SELECT CAST(9007199254740991 AS BIGINT) AS v`.execute(store.db);
      assert.equal(r.rows[0]!.v, 9007199254740991);
      assert.equal(typeof r.rows[0]!.v, 'number');
    });
  });
}

describe('DATABASE_URL parsing', () => {
  test('postgres URLs select PostgreSQL; paths and sqlite: URLs select SQLite', () => {
    assert.deepEqual(parseDatabaseUrl(undefined), { dialect: 'sqlite', file: './data/zhengce.db' });
    assert.deepEqual(parseDatabaseUrl('postgres://u@h:5432/db'), {
      dialect: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    assert.deepEqual(parseDatabaseUrl('postgresql://h/db'), {
      dialect: 'postgres',
      url: 'postgresql://h/db',
    });
    assert.deepEqual(parseDatabaseUrl('sqlite:./x.db'), { dialect: 'sqlite', file: './x.db' });
    assert.deepEqual(parseDatabaseUrl('file:///tmp/x.db'), { dialect: 'sqlite', file: '/tmp/x.db' });
    assert.deepEqual(parseDatabaseUrl('/var/lib/zc.db'), { dialect: 'sqlite', file: '/var/lib/zc.db' });
  });
  test('other schemes are a configuration error naming DATABASE_URL', () => {
    assert.throws(
      () => parseDatabaseUrl('mysql://h/db'),
      (e: unknown) =>
        (e as { code: string; field: string }).code === 'ZC_ERR_CONFIG' &&
        (e as { field: string }).field === 'DATABASE_URL',
    );
  });
});
