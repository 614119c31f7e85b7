/**
 * @module browser/air-alert-flow.test
 * The alert order end to end in a real browser (29号 四(一)–(二): the command office issues the
 * order and the member units act on it and report back): the duty officer signs in and records an
 * orange alert through the command centre's form; the outbox delivers the notices (`zhengce
 * serve` runs that worker every second; here the test drains it once); a member unit's officer
 * signs in, finds the notice under "我的预警通知" and acknowledges it; the command centre's receipt
 * board then shows that unit as acknowledged, by whom, and the rest still pending.
 * Needs `npm run build:web` first; run with `npm run test:browser`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import { drainOutbox } from '../src/services/alerts/index.ts';
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

const S = zhCN.air;
const NUMBER = '京重污染〔2026〕浏览器测试3号';
const UNIT = 'comprehensive-enforcement';

test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('an alert order: issued in the command centre, acknowledged by a member unit', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      await addDutyOfficer(store);
      await createUser(store, systemActor('test'), {
        username: 'enforce',
        password: TEST_PASSWORD,
        role: 'officer',
        department: UNIT,
        displayNameZh: '执法值班员',
        displayNameEn: 'Enforcement duty officer',
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('the duty officer issues; the unit acknowledges; the board shows who did', async () => {
    assert.ok(server && browser, 'set up in before()');
    const desktop = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

    // 1. The command office records the order.
    context = await browser.newContext(desktop);
    let { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'duty');
    await page.goto(`${server.base}/air/command`);
    const form = page.locator('form#air-issue-form');
    await form.getByLabel(S.command.number).fill(NUMBER);
    await form.getByLabel(S.command.level).selectOption('orange');
    // datetime-local takes Beijing wall-clock time without the offset.
    await form.getByLabel(S.command.startsAt).fill(beijingMinutesAgo(5).slice(0, 16));
    await form.getByRole('button', { name: S.command.issueSubmit }).click();
    await page.getByRole('status').getByText(S.command.issued.replace('{{number}}', NUMBER)).waitFor();
    const pendingRow = page.locator('.air-receipt-group tbody tr', { hasText: UNIT });
    await pendingRow.waitFor();
    assert.equal(await seen(pendingRow.locator('.badge')), S.command.receipts.pending);
    assert.deepEqual(problems, [], 'no script or console errors (command office)');
    await context.close();

    // 2. The outbox delivers the notices.
    const drained = await drainOutbox(server.store);
    assert.ok(drained.delivered >= 17, `every member unit is notified (delivered ${drained.delivered})`);

    // 3. The member unit acknowledges.
    context = await browser.newContext(desktop);
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'enforce');
    await page.goto(`${server.base}/air/notices`);
    const notice = page.locator('li.air-notice', { hasText: NUMBER });
    await notice.waitFor();
    assert.match(await seen(page.locator('.page-head .air-pending')), /1/);
    await notice.getByRole('button', { name: S.notices.ack }).click();
    await notice.locator('.air-acked').waitFor();
    assert.equal(await notice.getByRole('button', { name: S.notices.ack }).count(), 0);
    await screenshot(page, 'air-notice-acknowledged');
    assert.deepEqual(problems, [], 'no script or console errors (member unit)');
    await context.close();

    // 4. The command centre sees the receipt; the other units are still pending.
    context = await browser.newContext(desktop);
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'duty');
    await page.goto(`${server.base}/air/command`);
    const row = page.locator('.air-receipt-group tbody tr', { hasText: UNIT });
    await row.waitFor();
    assert.equal(await row.locator('.badge').count(), 0, 'no longer pending');
    assert.match(await seen(row), /enforce/);
    assert.ok(
      (await page.locator('.air-receipt-group tbody tr.air-row-pending').count()) >= 16,
      'the other units are still pending',
    );
    await screenshot(page, 'air-command-receipts');
    assert.deepEqual(problems, [], 'no script or console errors (command office, after)');
  });
});
