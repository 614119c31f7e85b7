/**
 * The public view of the alert in force is kept for a moment (the feed is the most-read route
 * during an alert): a change made through the workflow shows at once, on every database. (Each
 * read below comes well within the memo's second of the one before, so without the workflow
 * dropping the memo the old level would be served.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { syncDepartments, systemActor } from '../accounts/index.ts';
import { changeAlert, currentPublicAlert, currentPublicAlertJson, issueAlert, liftAlert } from './index.ts';

const sys = systemActor('test');
const NOW = new Date('2026-12-01T12:00:00Z');

for (const factory of testStores()) {
  describe(`public alert memo on ${factory.name}`, () => {
    let store: Store;
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
    });
    after(() => store.close());

    test('issue, raise and lift show at once; the JSON text is the view serialised', async () => {
      assert.equal(await currentPublicAlert(store), null);
      assert.equal(await currentPublicAlertJson(store), 'null');
      const id = await issueAlert(
        store,
        sys,
        { number: '京重污染〔2026〕1号', level: 'yellow', startsAt: NOW.toISOString() },
        NOW,
      );
      assert.equal((await currentPublicAlert(store))?.level, 'yellow');
      await changeAlert(store, sys, id, { level: 'red' }, NOW);
      const red = await currentPublicAlert(store);
      assert.equal(red?.level, 'red');
      assert.equal(await currentPublicAlertJson(store), JSON.stringify(red));
      await liftAlert(store, sys, id, {}, NOW);
      assert.equal(await currentPublicAlert(store), null);
    });
  });
}
