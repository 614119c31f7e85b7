/**
 * 1309号 一(三) on every database: the statistics bureau (市统计局, 七(一)) enters and corrects the
 * city's yearly heated-area figures, audited with the values before; other departments may not;
 * progress towards 1.45 亿 m² and 10% by 2025 follows the straight line (D-1309-23, D-1309-24).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseCalendarDate } from '../../engine/period.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import { syncDepartments, type UserActor } from '../accounts/index.ts';
import { fault } from '../alerts/plans-test-setup.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { deleteAreaFigure, heatingTargets, setAreaFigure } from './index.ts';
import { addActors, addEnterprise } from './test-setup.ts';

const OPERATOR = '91110302MA01HT0013';
const NOW = new Date('2026-03-02T02:00:00Z');
const USERS = {
  urban: ['officer', 'beijing-urban-management', null],
  urbanReviewer: ['reviewer', 'beijing-urban-management', null],
  stats: ['officer', 'beijing-statistics', null],
  operator: ['enterprise', null, OPERATOR],
} as const;

for (const factory of testStores()) {
  describe(`heating targets on ${factory.name}`, () => {
    let store: Store;
    let who = {} as Record<keyof typeof USERS, UserActor>;
    before(async () => {
      store = await factory.open();
      await syncDepartments(store);
      await addEnterprise(store, OPERATOR, '【演示】热力');
      who = await addActors(store, USERS);
    });
    after(async () => {
      await store?.close();
    });

    test('一(三) the statistics bureau enters yearly figures; progress towards 1.45 亿 m² and 10%', async () => {
      assert.equal(
        (
          await fault(
            setAreaFigure(store, who.urban, { year: 2023, newEnergyAreaM2: '1', totalAreaM2: '2' }, NOW),
          )
        )?.code,
        'ZC_ERR_FORBIDDEN',
      );
      assert.equal(
        (
          await fault(
            setAreaFigure(store, who.stats, { year: 2023, newEnergyAreaM2: '3', totalAreaM2: '2' }, NOW),
          )
        )?.field,
        'newEnergyAreaM2',
      );
      await setAreaFigure(
        store,
        who.stats,
        { year: 2023, newEnergyAreaM2: '90000000', totalAreaM2: '1000000000' },
        NOW,
      );
      await setAreaFigure(
        store,
        who.stats,
        { year: 2024, newEnergyAreaM2: '110000000', totalAreaM2: '1000000000' },
        NOW,
      );
      // A correction replaces the year (and is audited with the value before).
      await setAreaFigure(
        store,
        who.stats,
        { year: 2024, newEnergyAreaM2: '118000000', totalAreaM2: '1000000000', note: '更正' },
        NOW,
      );
      const t = await heatingTargets(store, who.urbanReviewer, parseCalendarDate('2026-03-01'));
      assert.deepEqual(
        t.figures.map((f) => [f.year, f.newEnergyAreaM2]),
        [
          [2023, '90000000'],
          [2024, '118000000'],
        ],
      );
      const area = t.progress.find((p) => p.kind === 'area')!;
      // The line from 90,000,000 (2023) to 145,000,000 (2025) stands at 117,500,000 in 2024.
      assert.deepEqual(
        area.points.map((p) => [p.year, p.required.display, p.status]),
        [
          [2023, '90000000.00', 'on_track'],
          [2024, '117500000.00', 'on_track'],
        ],
      );
      const share = t.progress.find((p) => p.targetId.endsWith('share-2025'))!;
      assert.equal(share.points[1]?.percent, '11.80%');
      assert.equal(share.points[1]?.achieved, true);
      assert.equal(
        (await fault(heatingTargets(store, who.operator, parseCalendarDate('2026-03-01'))))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const audit = await store.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', 'like', 'heating%')
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['heating_figure.enter', 'heating_figure.enter', 'heating_figure.correct'],
      );
      assert.match(audit.at(-1)!.details, /"before":\{"newEnergyAreaM2":"110000000"/);
      assert.equal((await verifyAuditChain(store)).ok, true);
    });

    test('a year entered by mistake is removed with a reason; no figures, no progress', async () => {
      assert.equal((await fault(deleteAreaFigure(store, who.stats, 2023, '', NOW)))?.field, 'reason');
      assert.equal(
        (await fault(deleteAreaFigure(store, who.stats, 2019, '误录', NOW)))?.code,
        'ZC_ERR_NOT_FOUND',
      );
      await deleteAreaFigure(store, who.stats, 2023, '误录', NOW);
      await deleteAreaFigure(store, who.stats, 2024, '误录', NOW);
      const t = await heatingTargets(store, who.urban, parseCalendarDate('2026-03-01'));
      assert.deepEqual([t.figures, t.progress], [[], []]);
    });
  });
}
