/**
 * The work-relief demo on every database: two districts with their plans, projects and workers,
 * each district's officer seeing only his own, the municipal reviewer both; the ledger paid to the
 * workers' own cards apart from the designed findings; written once.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../store/db.ts';
import { findUserByUsername } from '../../store/queries.ts';
import { testStores } from '../../store/test-stores.ts';
import { syncDepartments, systemActor, toActor } from '../accounts/index.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { setDataKeyForTests } from '../shared/crypto.ts';
import { annualReview, listPlans, listProjects, runChecks } from '../work-relief/index.ts';
import { seedWorkReliefDemo } from './work-relief-demo.ts';

const NOW = new Date('2026-11-27T02:00:00Z');

for (const factory of testStores()) {
  describe(`work-relief demo on ${factory.name}`, () => {
    let store: Store;
    const as = async (username: string) => toActor((await findUserByUsername(store.db, username))!);
    before(async () => {
      setDataKeyForTests(randomBytes(32));
      store = await factory.open();
      await syncDepartments(store);
      await seedWorkReliefDemo(store, systemActor('demo-seed'), NOW);
    });
    after(async () => {
      await store?.close();
    });

    test('two districts, each seeing only its own; the municipal reviewer sees both', async () => {
      const fs = await listProjects(store, await as('demo-wr-fangshan'));
      const mtg = await listProjects(store, await as('demo-wr-mentougou'));
      assert.deepEqual(
        fs.map((p) => p.code),
        ['FS-2026-01', 'FS-2026-02', 'FS-2026-03'],
      );
      assert.deepEqual(
        mtg.map((p) => p.code),
        ['MTG-2026-01', 'MTG-2026-02'],
      );
      const plans = await listPlans(store, await as('demo-wr-review'));
      assert.deepEqual(
        plans.map((p) => [p.district, p.projects.length]),
        [
          ['fangshan-district', 3],
          ['mentougou-district', 2],
        ],
      );
    });

    test('the review and the checks have something to show', async () => {
      const r = await annualReview(store, await as('demo-wr-review'), { year: 2026 }, NOW);
      assert.deepEqual(
        r.districts.map((d) => [d.district, d.workers]),
        [
          ['fangshan-district', 8],
          ['mentougou-district', 8],
        ],
      );
      assert.notEqual(r.totals.wagesPaid, '0.00');
      const c = await runChecks(store, await as('demo-wr-review'), {}, NOW);
      const rules = new Set(c.findings.map((f) => f.ruleId.split('/')[1]));
      for (const rule of [
        'target-population',
        'wages-paid',
        'requirement-in-documents',
        'training-before-work',
        'wages-to-own-card',
      ])
        assert.ok(rules.has(rule), rule);
    });

    test('running it again writes nothing new; the audit chain holds', async () => {
      const before = (await store.db.selectFrom('wr_workers').select('id').execute()).length;
      await seedWorkReliefDemo(store, systemActor('demo-seed'), NOW);
      assert.equal((await store.db.selectFrom('wr_workers').select('id').execute()).length, before);
      assert.equal(before, 16);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });
  });
}
