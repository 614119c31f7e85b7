/**
 * Key rotation (docs/operations.md, "Keys"), on SQLite and PostgreSQL: personal data written under
 * key A (one value still in the old `v1:` format) is read through its services after the key
 * changes to B with A kept as an old key; `rotateKeys` rewrites every value and work-relief hash
 * under B in batches, a second run changes nothing, and then A can be removed. The HMAC lookup
 * refuses a second registration of the same person before, during and after the rotation. A key
 * that values name but the ring lacks is a ZC_ERR_CONFIG naming its id; an interrupted rotation
 * is finished by running it again.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { systemActor } from '../accounts/index.ts';
import { fileSubplan, revealContact } from '../alerts/plans.ts';
import { openPlanFixture, type PlanFixture } from '../alerts/plans-test-setup.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { bankCard, cardContext, idContext, phoneContext } from '../work-relief/identity.ts';
import { testCard, testId } from '../work-relief/test-setup.ts';
import { registerWorker } from '../work-relief/workers.ts';
import { decryptField, keyId, setDataKeyForTests } from './crypto.ts';
import { keyStatus, rotateKeys } from './key-rotation.ts';

const A = randomBytes(32);
const B = randomBytes(32);
const C = randomBytes(32);
const NOW = new Date('2026-11-27T02:00:00Z');
const PHONE = '13912345678';
const PEOPLE = [
  {
    name: '李大山',
    residentId: testId('110111', '19800101', 11),
    bankCard: testCard(1),
    phone: '13800000001',
  },
  { name: '王小河', residentId: testId('110111', '19850505', 22), bankCard: testCard(2) },
  {
    name: '赵春田',
    residentId: testId('110111', '19900909', 33),
    bankCard: testCard(3),
    phone: '13800000003',
  },
];
const sys = systemActor('test');

async function fault(p: Promise<unknown>): Promise<ZhengceError | null> {
  try {
    await p;
    return null;
  } catch (e) {
    assert.ok(e instanceof ZhengceError, String(e));
    return e;
  }
}

for (const factory of testStores()) {
  describe(`key rotation (${factory.name})`, () => {
    let store: Store;
    let fx: PlanFixture;
    before(async () => {
      fx = await openPlanFixture(factory);
      store = fx.store;
      setDataKeyForTests(A);
      await fileSubplan(
        store,
        fx.who.taihu,
        'taihu-town',
        { leaderName: '王局长', contactName: '李值班', contactPhone: PHONE, filedOn: '2026-11-20' },
        NOW,
      );
      for (const p of PEOPLE)
        await registerWorker(store, sys, { ...p, village: '青龙湖村', district: 'fangshan-district' }, NOW);
      // A value from before key ids: same bytes, `v1:` and no key named.
      const w = await store.db
        .selectFrom('wr_workers')
        .select(['id', 'card_enc'])
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await store.db
        .updateTable('wr_workers')
        .set({ card_enc: `v1:${w.card_enc.slice(12)}` })
        .where('id', '=', w.id)
        .execute();
    });
    after(async () => {
      setDataKeyForTests(null);
      await store?.close();
    });

    const workers = () => store.db.selectFrom('wr_workers').selectAll().orderBy('id').execute();
    /** Every worker's fields decrypt to what was registered, and the card hash matches the card. */
    async function everythingReads(): Promise<void> {
      const rows = await workers();
      assert.equal(rows.length, PEOPLE.length);
      for (const [i, w] of rows.entries()) {
        const p = PEOPLE[i]!;
        assert.equal(decryptField(w.id_enc, idContext(w.id_hash)), p.residentId);
        assert.equal(decryptField(w.card_enc, cardContext(w.id_hash)), p.bankCard);
        assert.equal(
          w.phone_enc === null ? null : decryptField(w.phone_enc, phoneContext(w.id_hash)),
          p.phone ?? null,
        );
        assert.ok(bankCard(p.bankCard, 'bankCard').hashes.includes(w.card_hash));
      }
      assert.equal((await revealContact(store, fx.who.duty, 'taihu-town', {}, NOW)).contactPhone, PHONE);
    }
    async function duplicateRefused(): Promise<void> {
      const e = await fault(
        registerWorker(store, sys, { ...PEOPLE[1]!, village: '另一村', district: 'mentougou-district' }, NOW),
      );
      assert.equal(e?.code, 'ZC_ERR_CONFLICT');
      assert.equal(e?.field, 'residentId');
    }

    test('under key A: status counts the values per key, v1 apart', async () => {
      const s = await keyStatus(store);
      assert.equal(s.currentKey, keyId(A));
      assert.deepEqual(s.columns['wr_workers.id_enc'], { [keyId(A)]: 3 });
      assert.deepEqual(s.columns['wr_workers.card_enc'], { [keyId(A)]: 2, v1: 1 });
      assert.deepEqual(s.columns['wr_workers.phone_enc'], { [keyId(A)]: 2 });
      assert.deepEqual(s.columns['air_subplans.contact_phone_enc'], { [keyId(A)]: 1 });
      assert.equal(s.pending, 1);
      await everythingReads();
    });

    test('key B with A as old: everything still reads and a duplicate is refused, before rotating', async () => {
      setDataKeyForTests(B, [A]);
      await everythingReads();
      await duplicateRefused();
      const s = await keyStatus(store);
      assert.deepEqual(s.oldKeys, [keyId(A)]);
      assert.equal(s.pending, 3 + 3 + 2 + 1);
      assert.deepEqual(s.missingKeys, []);
    });

    test('rotate: every value and hash under B, in batches; a second run changes nothing', async () => {
      const before = await workers();
      const r = await rotateKeys(store, { batchSize: 2, now: NOW });
      assert.equal(r.currentKey, keyId(B));
      assert.deepEqual(r.reencrypted, {
        'air_subplans.contact_phone_enc': 1,
        'fie_contacts.phone_enc': 0,
        'wr_workers.id_enc': 3,
        'wr_workers.card_enc': 3,
        'wr_workers.phone_enc': 2,
      });
      assert.equal(r.rehashedWorkers, 3);
      assert.ok(r.batches >= 3, `batches: ${r.batches}`);
      const rows = await workers();
      for (const [i, w] of rows.entries()) {
        assert.notEqual(w.id_hash, before[i]!.id_hash);
        assert.notEqual(w.card_hash, before[i]!.card_hash);
        assert.ok(w.id_enc.startsWith(`v2:${keyId(B)}:`));
      }
      assert.equal((await keyStatus(store)).pending, 0);
      const again = await rotateKeys(store, { now: NOW });
      assert.equal(again.rehashedWorkers, 0);
      assert.ok(Object.values(again.reencrypted).every((n) => n === 0));
      assert.equal((await verifyAuditChain(store)).ok, true);
      const audit = await store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'keys.rotate')
        .execute();
      assert.equal(audit.length, 1);
    });

    test('old key A removed: everything reads, and the HMAC lookup still refuses a duplicate worker', async () => {
      setDataKeyForTests(B);
      await everythingReads();
      await duplicateRefused();
    });

    test('a key the values name but the ring lacks is ZC_ERR_CONFIG naming its id', async () => {
      setDataKeyForTests(C); // B forgotten
      const reveal = await fault(revealContact(store, fx.who.duty, 'taihu-town', {}, NOW));
      assert.equal(reveal?.code, 'ZC_ERR_CONFIG');
      assert.ok(reveal?.message.includes(keyId(B)), reveal?.message);
      const rot = await fault(rotateKeys(store, { now: NOW }));
      assert.equal(rot?.code, 'ZC_ERR_CONFIG');
      assert.ok(rot?.message.includes(keyId(B)), rot?.message);
      assert.deepEqual((await keyStatus(store)).missingKeys, [keyId(B)]);
      // A wrong old key is no better: B's id is still not in the ring.
      setDataKeyForTests(C, [A]);
      assert.ok((await fault(rotateKeys(store, { now: NOW })))?.message.includes(keyId(B)));
      // Nothing was half-written by the refused runs.
      assert.equal((await keyStatus(store)).columns['wr_workers.id_enc']![keyId(B)], 3);
    });

    test('an interrupted rotation is finished by running it again', async () => {
      setDataKeyForTests(C, [B]);
      const stale = (await workers())[1]!;
      await rotateKeys(store, { now: NOW });
      // As if the batch holding this worker had not committed: its row is still under B.
      const { id, ...old } = stale;
      await store.db.updateTable('wr_workers').set(old).where('id', '=', id).execute();
      assert.equal((await keyStatus(store)).pending, 2);
      await duplicateRefused(); // found by its hash under the old key
      const r = await rotateKeys(store, { now: NOW });
      assert.equal(r.rehashedWorkers, 1);
      setDataKeyForTests(C);
      await everythingReads();
      await duplicateRefused();
    });
  });
}
