/**
 * 29号 二(三), 四(四), 附件3 八3 on every database: inspections are recorded while an alert is in
 * force or on the day it is lifted, by the command office, the list owner's officers, the
 * enforcement bureau or (for a target not on a list) any member unit; the duty report counts them
 * by result, lists the violations and carries the receipts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { ANONYMOUS, type UserActor } from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { issueAlert, liftAlert } from './index.ts';
import { dutyReport, listInspections, recordInspection } from './plans.ts';
import { fault, openPlanFixture, type PlanFixture } from './plans-test-setup.ts';

const T = (s: string) => new Date(s);

for (const factory of testStores()) {
  describe(`air inspections and the duty report on ${factory.name}`, () => {
    let store: Store;
    let who: PlanFixture['who'];
    let printer = 0;
    let site = 0;
    before(async () => {
      ({ store, who, printer, site } = await openPlanFixture(factory));
    });
    after(async () => {
      await store?.close();
    });

    test('inspections during an alert: by the list owner, the enforcement bureau, a member unit or the command office', async () => {
      const id = await issueAlert(
        store,
        who.duty,
        { number: '京重污染〔2026〕1号', level: 'orange', startsAt: '2026-12-01T12:00+08:00' },
        T('2026-12-01T03:00:00Z'),
      );
      const now = T('2026-12-01T08:00:00Z');
      const rec = (a: UserActor, input: Record<string, unknown>) =>
        recordInspection(store, a, id, input, now);
      const ok = await rec(who.press, {
        listEntryId: printer,
        at: '2026-12-01T14:00+08:00',
        result: 'compliant',
      });
      assert.deepEqual(
        [ok.targetName, ok.inspector, ok.at],
        ['【演示】亦庄印刷厂', 'user:press', '2026-12-01T06:00:00.000Z'],
      );
      await rec(who.enforce, {
        listEntryId: site,
        at: '2026-12-01T15:00+08:00',
        result: 'violation',
        notes: '土石方作业未停止',
      });
      await rec(who.taihu, {
        targetName: '台湖镇某村露天烧烤',
        at: '2026-12-01T15:30+08:00',
        result: 'violation',
        notes: '露天烧烤',
      });
      await rec(who.duty, { targetName: '某汽修厂', at: '2026-12-01T15:45+08:00', result: 'compliant' });
      const bad: [UserActor, Record<string, unknown>, string, string | undefined][] = [
        [
          who.taihu,
          { listEntryId: printer, at: '2026-12-01T14:00+08:00', result: 'compliant' },
          'ZC_ERR_FORBIDDEN',
          'listEntryId',
        ],
        [
          who.outsider,
          { targetName: 'X', at: '2026-12-01T14:00+08:00', result: 'compliant' },
          'ZC_ERR_FORBIDDEN',
          'targetName',
        ],
        [
          who.duty,
          { targetName: 'X', at: '2026-12-01T14:00+08:00', result: 'violation' },
          'ZC_ERR_INVALID_INPUT',
          'notes',
        ],
        [
          who.duty,
          { targetName: 'X', at: '2026-12-01T14:00+08:00', result: 'bad' },
          'ZC_ERR_INVALID_INPUT',
          'result',
        ],
        [
          who.duty,
          { targetName: 'X', at: '2026-12-01T10:00+08:00', result: 'compliant' },
          'ZC_ERR_INVALID_INPUT',
          'at',
        ],
        [
          who.duty,
          { targetName: 'X', at: '2026-12-01T18:00+08:00', result: 'compliant' },
          'ZC_ERR_INVALID_INPUT',
          'at',
        ],
        [
          who.duty,
          { targetName: 'X', at: '2026-12-01 14:00', result: 'compliant' },
          'ZC_ERR_INVALID_INPUT',
          'at',
        ],
        [
          who.duty,
          { at: '2026-12-01T14:00+08:00', result: 'compliant' },
          'ZC_ERR_INVALID_INPUT',
          'targetName',
        ],
        [
          who.duty,
          { listEntryId: 9999, at: '2026-12-01T14:00+08:00', result: 'compliant' },
          'ZC_ERR_NOT_FOUND',
          'listEntryId',
        ],
        [
          who.audit,
          { targetName: 'X', at: '2026-12-01T14:00+08:00', result: 'compliant' },
          'ZC_ERR_FORBIDDEN',
          undefined,
        ],
      ];
      for (const [a, input, code, field] of bad) {
        const f = await fault(rec(a, input));
        assert.deepEqual([f?.code, f?.field], [code, field], JSON.stringify(input));
      }
      assert.equal(
        (
          await fault(
            recordInspection(
              store,
              who.duty,
              99,
              { targetName: 'X', at: '2026-12-01T14:00+08:00', result: 'compliant' },
              now,
            ),
          )
        )?.code,
        'ZC_ERR_NOT_FOUND',
      );
      assert.equal((await listInspections(store, who.audit, id)).length, 4);
    });

    test('after the lift, inspections are still recorded that day and refused the next', async () => {
      const id = 1;
      await liftAlert(store, who.duty, id, {}, T('2026-12-02T10:00:00Z'));
      const input = { targetName: '博兴街道工地', at: '2026-12-02T17:00+08:00', result: 'compliant' };
      await recordInspection(store, who.duty, id, input, T('2026-12-02T12:00:00Z'));
      const afterLift = { ...input, at: '2026-12-02T18:30+08:00' };
      assert.equal(
        (await fault(recordInspection(store, who.duty, id, afterLift, T('2026-12-02T12:00:00Z'))))?.field,
        'at',
      );
      const f = await fault(recordInspection(store, who.duty, id, input, T('2026-12-02T16:30:00Z')));
      assert.deepEqual([f?.code, f?.field], ['ZC_ERR_CONFLICT', 'alertId']);
    });

    test('the duty report counts inspections by result, lists the violations and carries the receipts', async () => {
      const r = await dutyReport(store, who.audit, 1);
      assert.deepEqual(r.inspections, { total: 5, compliant: 3, violation: 2 });
      assert.deepEqual(
        r.violations.map((v) => [v.targetName, v.notes]),
        [
          ['【演示】路东区工地', '土石方作业未停止'],
          ['台湖镇某村露天烧烤', '露天烧烤'],
        ],
      );
      assert.deepEqual([r.receipts.total, r.receipts.eventSeq, r.status], [19, 2, 'lifted']);
      assert.match(
        r.lines.zh.join('\n'),
        /检查：共 5 次，合规 3 次，违法 2 次。[\s\S]*违法：【演示】路东区工地（2026-12-01 15:00）——土石方作业未停止/,
      );
      assert.match(
        r.lines.en.join('\n'),
        /Inspections: 5 in all, 3 compliant, 2 violations\.[\s\S]*Violation: 台湖镇某村露天烧烤/,
      );
      assert.equal((await fault(dutyReport(store, ANONYMOUS, 1)))?.code, 'ZC_ERR_UNAUTHENTICATED');
    });

    test('every inspection is in the audit chain, without its notes', async () => {
      assert.equal((await verifyAuditChain(store)).ok, true);
      const entries = await store.db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'air_inspection.record')
        .execute();
      assert.equal(entries.length, 5);
      assert.ok(entries.every((e) => !('notes' in JSON.parse(e.details))));
    });
  });
}
