/**
 * The hash-chained audit log on every database: appends inside transactions, concurrent appends
 * keep one unbroken chain, and any tampering (an edited, removed or reordered entry, a truncated
 * tail) is detected at the first broken entry.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Store } from '../../store/db.ts';
import { isPostgres } from '../../store/dialect.ts';
import { testStores } from '../../store/test-stores.ts';
import { systemActor } from '../accounts/actor.ts';
import { auditHash, recordAudit, searchAudit, verifyAuditChain } from './index.ts';

const actor = systemActor('test');

/** Lifts the append-only guard, as an attacker with database access would. */
async function dropGuards(store: Store): Promise<void> {
  if (isPostgres(store.db)) await sql`DROP TRIGGER audit_log_no_update ON audit_log`.execute(store.db);
  else {
    await sql`DROP TRIGGER audit_log_no_update`.execute(store.db);
    await sql`DROP TRIGGER audit_log_no_delete`.execute(store.db);
  }
}

for (const factory of testStores()) {
  describe(`audit chain on ${factory.name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
    });
    after(async () => {
      await store?.close();
    });

    test('an empty log verifies', async () => {
      assert.deepEqual(await verifyAuditChain(store), { ok: true, entries: 0, head: '0'.repeat(64) });
    });

    test('each entry chains to the one before and records the actor and the time', async () => {
      const a = await recordAudit(
        store.db,
        actor,
        { action: 'thing.create', entityType: 'thing', entityId: 1, details: { n: 1 } },
        new Date('2026-11-27T00:00:00Z'),
      );
      const b = await recordAudit(
        store.db,
        actor,
        { action: 'thing.update', entityType: 'thing', entityId: 1 },
        new Date('2026-11-27T00:00:01Z'),
      );
      assert.equal(a.prev_hash, '0'.repeat(64));
      assert.equal(b.prev_hash, a.hash);
      assert.equal(b.hash, auditHash({ ...b }));
      assert.equal(a.actor, 'system:test');
      assert.equal(a.at, '2026-11-27T00:00:00.000Z');
      const listed = await searchAudit(store, { entityType: 'thing' });
      assert.deepEqual(
        listed.map((e) => e.action),
        ['thing.update', 'thing.create'],
      );
      assert.deepEqual(listed[1]!.details, { n: 1 });
    });

    test('concurrent transactions still form one unbroken chain', async () => {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.db
            .transaction()
            .execute((trx) => recordAudit(trx, actor, { action: 'burst', entityType: 'thing', entityId: i })),
        ),
      );
      const r = await verifyAuditChain(store, 7); // a small page size exercises paging
      assert.equal(r.ok, true);
      assert.equal(r.entries, 27);
    });

    test('editing an entry is detected at that entry', async () => {
      await dropGuards(store);
      await store.db.updateTable('audit_log').set({ details: '{"n":2}' }).where('seq', '=', 1).execute();
      const r = await verifyAuditChain(store);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.brokenAt, 1);
      assert.equal(!r.ok && r.reason, 'hash_mismatch');
    });

    test('re-hashing a forged entry breaks the link to the next one', async () => {
      const row = await store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '=', 1)
        .executeTakeFirstOrThrow();
      await store.db
        .updateTable('audit_log')
        .set({ hash: auditHash({ ...row, seq: 1 }) })
        .where('seq', '=', 1)
        .execute();
      const r = await verifyAuditChain(store);
      assert.equal(!r.ok && r.brokenAt, 2);
      assert.equal(!r.ok && r.reason, 'prev_hash_mismatch');
    });

    test('removing the newest entries is detected by the head', async () => {
      const fresh = await factory.open();
      try {
        for (let i = 0; i < 3; i++) await recordAudit(fresh.db, actor, { action: 'x', entityType: 't' });
        await dropGuards(fresh);
        await fresh.db.deleteFrom('audit_log').where('seq', '=', 3).execute();
        const r = await verifyAuditChain(fresh);
        assert.equal(!r.ok && r.reason, 'head_mismatch');
        await fresh.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
        await fresh.db
          .insertInto('audit_log')
          .values({
            seq: 4,
            at: 'x',
            actor_id: null,
            actor: 'a',
            action: 'x',
            entity_type: 't',
            entity_id: null,
            details: '{}',
            prev_hash: 'p',
            hash: 'h',
          })
          .execute();
        const gap = await verifyAuditChain(fresh);
        assert.equal(!gap.ok && gap.reason, 'sequence_gap');
        assert.equal(!gap.ok && gap.brokenAt, 2);
      } finally {
        await fresh.close();
      }
    });
  });
}
