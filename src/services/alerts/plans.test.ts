/**
 * 29号 四(一), 四(三) on every database: the 17 member units file their sub-plans within 15 days of
 * 2023-11-13 (day 1 is 2023-11-14, the last day 2023-11-28; D-29-23) and name a leader and a
 * 24-hour contact, whose phone is encrypted at rest and masked everywhere but in the command
 * office's audited reveal.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { POLLUTION_COMMAND_MEMBERS } from '../../policies/departments.ts';
import { withAirPlans } from '../../store/air-plans-schema.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { ANONYMOUS, systemActor } from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { fileSubplan, revealContact, subplanBoard } from './plans.ts';
import { auditText, fault, openPlanFixture, type PlanFixture } from './plans-test-setup.ts';

const sys = systemActor('test');
const T = (s: string) => new Date(s);
const PHONE = '13812345678';
const ON_TIME = T('2023-11-20T02:00:00Z');
const LATER = T('2026-11-27T02:00:00Z');
const contact = { leaderName: '王局长', contactName: '李值班', contactPhone: PHONE };

for (const factory of testStores()) {
  describe(`air sub-plans and contacts on ${factory.name}`, () => {
    let store: Store;
    let who: PlanFixture['who'];
    before(async () => {
      ({ store, who } = await openPlanFixture(factory));
    });
    after(async () => {
      await store?.close();
    });

    test('before any filing all 17 units are due through 2023-11-28 and overdue after', async () => {
      const early = await subplanBoard(store, who.taihu, ON_TIME);
      assert.deepEqual(
        early.units.map((u) => u.unit),
        POLLUTION_COMMAND_MEMBERS.map((d) => d.code),
      );
      assert.deepEqual(early.counts, { filed: 0, filed_late: 0, overdue: 0, due: 17 });
      assert.deepEqual(early.deadline, {
        releasedOn: '2023-11-13',
        dayOne: '2023-11-14',
        dueOn: '2023-11-28',
      });
      assert.equal((await subplanBoard(store, who.audit, T('2023-11-28T15:59:00Z'))).counts.due, 17);
      assert.equal((await subplanBoard(store, who.audit, T('2023-11-28T16:00:00Z'))).counts.overdue, 17);
      assert.equal((await fault(subplanBoard(store, ANONYMOUS)))?.code, 'ZC_ERR_UNAUTHENTICATED');
    });

    test("a unit's officer files its own sub-plan; the phone is encrypted at rest and masked on the board", async () => {
      const v = await fileSubplan(
        store,
        who.taihu,
        'taihu-town',
        { ...contact, filedOn: '2023-11-28', documentRef: '台政发〔2023〕88号' },
        T('2023-11-28T09:00:00Z'),
      );
      assert.deepEqual([v.status, v.contactPhone, v.leaderName], ['filed', '138****5678', '王局长']);
      const raw = await withAirPlans(store.db)
        .selectFrom('air_subplans')
        .selectAll()
        .where('unit_code', '=', 'taihu-town')
        .executeTakeFirstOrThrow();
      assert.match(raw.contact_phone_enc, /^v2:/);
      assert.ok(!raw.contact_phone_enc.includes(PHONE));
      const board = await subplanBoard(store, who.enforce, LATER);
      assert.deepEqual(board.counts, { filed: 1, filed_late: 0, overdue: 16, due: 0 });
      assert.ok(!JSON.stringify(board).includes(PHONE));
    });

    test('filed after 2023-11-28 is filed_late; the command office files for any unit, a landline is accepted', async () => {
      const v = await fileSubplan(
        store,
        who.duty,
        'majuqiao-town',
        { ...contact, contactPhone: '(010) 6788-1234', filedOn: '2023-11-29' },
        LATER,
      );
      assert.deepEqual([v.status, v.contactPhone], ['filed_late', '010****1234']);
      assert.equal(
        (await revealContact(store, who.duty, 'majuqiao-town', {}, LATER)).contactPhone,
        '010-67881234',
      );
      const noPlan = await fileSubplan(store, sys, 'yinghai-town', contact, LATER);
      assert.deepEqual([noPlan.status, noPlan.filedOn], ['overdue', null]);
    });

    test('bad input names the field, the value and why; a bad phone is named only masked', async () => {
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['sci-tech-innovation', contact, 'ZC_ERR_INVALID_INPUT', 'unit'],
        ['taihu-town', { ...contact, filedOn: '2026-11-28' }, 'ZC_ERR_INVALID_INPUT', 'filedOn'],
        ['taihu-town', { ...contact, filedOn: '2023-11-12' }, 'ZC_ERR_INVALID_INPUT', 'filedOn'],
        ['taihu-town', { ...contact, filedOn: '2023-02-30' }, 'ZC_ERR_INVALID_DATE', 'filedOn'],
        ['taihu-town', { ...contact, leaderName: '  ' }, 'ZC_ERR_INVALID_INPUT', 'leaderName'],
        ['taihu-town', { ...contact, contactName: undefined }, 'ZC_ERR_INVALID_INPUT', 'contactName'],
        ['taihu-town', { ...contact, contactPhone: '1381234567' }, 'ZC_ERR_INVALID_INPUT', 'contactPhone'],
        ['taihu-town', { ...contact, contactPhone: '12812345678' }, 'ZC_ERR_INVALID_INPUT', 'contactPhone'],
        ['taihu-town', { ...contact, contactPhone: '010-6788123' }, 'ZC_ERR_INVALID_INPUT', 'contactPhone'],
        [
          'taihu-town',
          { ...contact, contactPhone: '010-67881234-801' },
          'ZC_ERR_INVALID_INPUT',
          'contactPhone',
        ],
      ];
      for (const [unit, input, code, field] of cases) {
        const f = await fault(fileSubplan(store, who.duty, unit, input, LATER));
        assert.deepEqual([f?.code, f?.field], [code, field], `${unit} ${JSON.stringify(input)}`);
      }
      const f = await fault(
        fileSubplan(store, who.duty, 'taihu-town', { ...contact, contactPhone: '1381234567' }),
      );
      assert.match(f!.message!, /\*+4567/);
      assert.ok(!f!.message!.includes('1381234567'));
    });

    test('officers file only for their own unit; reviewers, enterprises and the public not at all', async () => {
      const r = (a: Parameters<typeof fileSubplan>[1]) =>
        fault(fileSubplan(store, a, 'taihu-town', contact, LATER));
      assert.deepEqual(await r(who.enforce).then((f) => [f?.code, f?.field]), ['ZC_ERR_FORBIDDEN', 'unit']);
      assert.equal((await r(who.outsider))?.code, 'ZC_ERR_FORBIDDEN');
      assert.equal((await r(who.audit))?.code, 'ZC_ERR_FORBIDDEN');
      assert.equal((await r(ANONYMOUS))?.code, 'ZC_ERR_UNAUTHENTICATED');
    });

    test('a unit updates its contact keeping the filing; only the command office changes a recorded filing date', async () => {
      const v = await fileSubplan(
        store,
        who.taihu,
        'taihu-town',
        { ...contact, contactPhone: '13900001111' },
        LATER,
      );
      assert.deepEqual(
        [v.filedOn, v.documentRef, v.contactPhone],
        ['2023-11-28', '台政发〔2023〕88号', '139****1111'],
      );
      const f = await fault(
        fileSubplan(store, who.taihu, 'taihu-town', { ...contact, filedOn: '2023-11-20' }, LATER),
      );
      assert.deepEqual([f?.code, f?.field], ['ZC_ERR_FORBIDDEN', 'filedOn']);
      const fixed = await fileSubplan(
        store,
        who.duty,
        'taihu-town',
        { ...contact, filedOn: '2023-11-20' },
        LATER,
      );
      assert.equal(fixed.filedOn, '2023-11-20');
      const last = await store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'air_subplan.update')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(last.details).changed, ['filed_on', 'contact_phone']);
    });

    test('the command office reveals a contact number, audited with the number masked; others cannot', async () => {
      const r = await revealContact(store, who.duty, 'taihu-town', { reason: '红色预警未回执' }, LATER);
      assert.deepEqual([r.contactName, r.contactPhone], ['李值班', PHONE]);
      const entry = await store.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'air_subplan.reveal_contact')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual([entry.actor, entry.entity_id], ['user:duty', 'taihu-town']);
      assert.deepEqual(JSON.parse(entry.details), {
        contactName: '李值班',
        contactPhone: '138****5678',
        reason: '红色预警未回执',
      });
      assert.equal((await fault(revealContact(store, who.taihu, 'taihu-town')))?.code, 'ZC_ERR_FORBIDDEN');
      assert.equal(
        (await fault(revealContact(store, who.duty, 'ronghua-subdistrict')))?.code,
        'ZC_ERR_NOT_FOUND',
      );
    });

    test('an altered ciphertext is refused and no reveal is logged', async () => {
      const db = withAirPlans(store.db);
      const { contact_phone_enc: enc } = await db
        .selectFrom('air_subplans')
        .select('contact_phone_enc')
        .where('unit_code', '=', 'yinghai-town')
        .executeTakeFirstOrThrow();
      const raw = Buffer.from(enc.slice(12), 'base64'); // after `v2:<key id>:`
      raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
      await db
        .updateTable('air_subplans')
        .set({ contact_phone_enc: `${enc.slice(0, 12)}${raw.toString('base64')}` })
        .where('unit_code', '=', 'yinghai-town')
        .execute();
      const before = (await verifyAuditChain(store)).entries;
      const f = await fault(revealContact(store, who.duty, 'yinghai-town', {}, LATER));
      assert.equal(f?.code, 'ZC_ERR_INTERNAL');
      assert.match(f!.message!, /authentication failed/);
      assert.equal((await verifyAuditChain(store)).entries, before);
    });

    test('the audit chain holds, and no audit entry carries a phone number in full', async () => {
      assert.equal((await verifyAuditChain(store)).ok, true);
      const text = await auditText(store);
      for (const p of [PHONE, '13900001111', '67881234']) assert.ok(!text.includes(p), p);
      assert.match(text, /138\*\*\*\*5678/);
    });
  });
}
