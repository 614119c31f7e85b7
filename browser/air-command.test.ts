/**
 * @module browser/air-command.test
 * The command centre in a real browser, as a command-office user: the member units' sub-plans
 * (29号 四(一), 四(三)) with all 17 units, overdue first with its badge; a contact's number shown
 * in its own row only after the audited reveal; a filing saved through the row's form (a bad
 * phone marked on its field first) and the counts updated; and, on picking a level in the
 * raise/lower form, what the change does to the measures.
 * Needs `npm run build:web` first; run with `npm run test:browser`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { systemActor } from '../src/services/accounts/index.ts';
import { issueAlert } from '../src/services/alerts/index.ts';
import { fileSubplan } from '../src/services/alerts/plans.ts';
import { zhCN } from '../web/src/i18n/zh-CN.ts';
import {
  addDutyOfficer,
  beijingMinutesAgo,
  launchChromium,
  requireBuiltWeb,
  type Server,
  screenshot,
  seen,
  signIn,
  startServer,
  TEST_PASSWORD,
  trackedPage,
} from './harness.ts';

const _PASSWORD = TEST_PASSWORD;
const S = zhCN.air.subplans;

/** Today in Beijing, `YYYY-MM-DD`. */
function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('command centre: sub-plans and measure changes', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      const actor = systemActor('test');
      await addDutyOfficer(store);
      await issueAlert(store, actor, {
        number: '京重污染〔2026〕浏览器测试2号',
        level: 'yellow',
        startsAt: beijingMinutesAgo(10),
      });
      await fileSubplan(store, actor, 'city-operations', {
        leaderName: '王局长',
        contactName: '李值班',
        contactPhone: '13812345678',
        filedOn: '2023-11-20',
        documentRef: '经开城运〔2023〕1号',
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('17 units overdue first; reveal in one row; a filing saved; the changes of a raise', async () => {
    assert.ok(server && browser, 'set up in before()');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'duty');
    await page.goto(`${server.base}/air/command`);

    const rows = page.locator('table.air-subplan-table tbody tr.air-subplan-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 17);
    assert.equal(await seen(rows.first().locator('.badge')), S.statuses.overdue);
    assert.equal(await rows.last().getAttribute('data-unit'), 'city-operations');
    assert.equal(await seen(rows.last().locator('.badge')), S.statuses.filed);
    const counts = page.locator('.air-subplan-counts');
    assert.match(await seen(counts), new RegExp(`${S.statuses.overdue} 16`));
    assert.match(await seen(page.locator('.air-subplan-deadline')), /2023-11-13.*2023-11-28/);

    // The number is masked until revealed, and then only in its own row.
    const filed = page.locator('tr[data-unit="city-operations"]');
    assert.match(await seen(filed), /138\*\*\*\*5678/);
    await filed.getByRole('button', { name: `${S.reveal}：城市运行局联系人` }).click();
    await filed.getByLabel(S.reason).fill('预警升级，电话通知');
    const reveal = page.waitForResponse((r) =>
      r.url().endsWith('/api/v1/air/subplans/city-operations/reveal'),
    );
    await filed.getByRole('button', { name: S.revealConfirm }).click();
    assert.equal((await reveal).request().postDataJSON().reason, '预警升级，电话通知');
    await filed.getByRole('link', { name: '13812345678' }).waitFor();
    assert.equal(await page.getByText('13812345678').count(), 1, 'the full number in that row only');

    // An overdue unit files: a bad phone is marked on its field, then the row and counts change.
    const first = rows.first();
    const code = await first.getAttribute('data-unit');
    await first.getByRole('button', { name: /^编辑/ }).click();
    const form = page.locator(`#air-subplan-form-${code} form`);
    await form.locator('input[name="leaderName"]').fill('张主任');
    await form.locator('input[name="contactName"]').fill('赵联络');
    await form.locator('input[name="contactPhone"]').fill('12345');
    await form.getByRole('button', { name: S.save }).click();
    assert.equal(await form.locator('input[name="contactPhone"]').getAttribute('aria-invalid'), 'true');
    await form.getByText(S.problems.phone).waitFor();
    await form.locator('input[name="contactPhone"]').fill('010-67881234');
    await form.locator('input[name="filedOn"]').fill(beijingToday());
    const put = page.waitForResponse((r) => r.url().endsWith(`/api/v1/air/subplans/${code}`));
    await form.getByRole('button', { name: S.save }).click();
    assert.equal((await put).status(), 200);
    await page.locator('.air-subplans').getByRole('status').waitFor();
    const saved = page.locator(`tr[data-unit="${code}"]`);
    assert.equal(await seen(saved.locator('.badge')), S.statuses.filed_late);
    assert.match(await seen(saved), /张主任[\s\S]*赵联络[\s\S]*\*\*\*\*1234/);
    assert.match(await seen(counts), new RegExp(`${S.statuses.overdue} 15`));
    assert.match(await seen(counts), new RegExp(`${S.statuses.filed_late} 1`));

    // Picking red in the raise/lower form shows what a raise from yellow changes.
    await page.locator('form[aria-labelledby="change-title"] select').selectOption('red');
    const changes = page.locator('.air-changes');
    await changes.locator('.air-change-added').first().waitFor();
    assert.match(await seen(changes), new RegExp(zhCN.air.changes.direction.raise));
    assert.match(await seen(changes.locator('.air-change-added').first()), /三\(三\)/);
    assert.ok((await changes.locator('details summary').count()) === 1, 'unchanged measures folded');
    await screenshot(page, 'air-command-subplans');

    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });
});
