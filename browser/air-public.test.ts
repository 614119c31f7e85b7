/**
 * @module browser/air-public.test
 * The public air-pollution pages in a real browser, on a phone: with a red alert in force, `/air`
 * shows the red banner and the level I response, puts health guidance before the driving rules,
 * never scrolls sideways, and switches to English from the header; `/air/vehicle-check` tells a
 * China II gasoline car on a red day that it may not drive.
 * Needs `npm run build:web` first; run with `npm run test:browser`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { systemActor } from '../src/services/accounts/index.ts';
import { issueAlert } from '../src/services/alerts/index.ts';
import { en } from '../web/src/i18n/en.ts';
import { zhCN } from '../web/src/i18n/zh-CN.ts';
import {
  beijingMinutesAgo,
  launchChromium,
  phoneContext,
  requireBuiltWeb,
  type Server,
  screenshot,
  scrollWidth,
  seen,
  startServer,
  trackedPage,
} from './harness.ts';

const PHONE_WIDTH = 375;

// A failure, not a skip, when the UI has not been built: this test says what to run.
test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('public air pages on a phone', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      await issueAlert(store, systemActor('test'), {
        number: '京重污染〔2026〕浏览器测试1号',
        level: 'red',
        startsAt: beijingMinutesAgo(10),
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('/air: red banner, level I response, health before driving, no sideways scroll, English', async () => {
    assert.ok(server && browser, 'set up in before()');
    context = await phoneContext(browser);
    const { page, problems } = await trackedPage(context);
    await page.goto(`${server.base}/air`);

    const banner = page.locator('.air-banner');
    await banner.waitFor();
    assert.equal(await seen(banner.locator('.air-banner-level')), '红色预警');
    // Exactly "I级响应": "III级响应" (yellow) contains it as a substring.
    assert.equal(await seen(banner.locator('.air-banner-response')), 'I级响应');
    assert.equal(await banner.getAttribute('class'), 'air-banner air-banner-red');

    const health = page.locator('#air-health-title');
    const driving = page.locator('#air-driving-title');
    assert.equal(await seen(health), zhCN.air.alert.health);
    const order = await page.evaluate(() => {
      const h = document.getElementById('air-health-title');
      const d = document.getElementById('air-driving-title');
      return h && d ? h.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    assert.ok(order, 'the health guidance comes before the driving rules in the page');
    assert.equal(await seen(driving), zhCN.air.alert.driving);
    const [hBox, dBox] = [await health.boundingBox(), await driving.boundingBox()];
    assert.ok(hBox && dBox && hBox.y < dBox.y, 'and above them on screen');

    assert.ok(
      (await scrollWidth(page)) <= PHONE_WIDTH,
      `no horizontal scroll: scrollWidth ${await scrollWidth(page)}`,
    );
    await screenshot(page, 'air-public-zh');

    await page.locator('.lang-switch button[lang="en"]').click();
    await page.getByRole('heading', { name: 'Red alert' }).waitFor();
    assert.equal(await seen(banner.locator('.air-banner-level')), 'Red alert');
    assert.equal(await seen(banner.locator('.air-banner-response')), 'Level I response');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await seen(health), en.air.alert.health);
    assert.ok((await scrollWidth(page)) <= PHONE_WIDTH, 'no horizontal scroll in English either');
    await screenshot(page, 'air-public-en');

    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });

  test('/air/vehicle-check: a China II gasoline car on a red day may not drive', async () => {
    assert.ok(server && browser, 'set up in before()');
    // A fresh phone, so the page is in Chinese again (the language choice is kept per browser).
    await context?.close();
    context = await phoneContext(browser);
    const { page, problems } = await trackedPage(context);
    await page.goto(`${server.base}/air/vehicle-check`);

    await page.locator('input[name="plate"]').fill('京N12346');
    await page.locator('select[name="alertLevel"]').selectOption('red');
    await page.locator('select[name="vehicleClass"]').selectOption('light_passenger');
    await page.locator('select[name="fuel"]').selectOption('gasoline');
    await page.locator('select[name="emissionStandard"]').selectOption('2');
    await page.locator('button.air-submit').click();

    const verdict = page.locator('.air-verdict');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('class'), 'air-verdict air-verdict-no');
    assert.equal(await seen(verdict.locator('.air-verdict-word')), zhCN.air.vehicle.mayNotDrive);
    assert.match(
      await seen(verdict.locator('.air-verdict-subject')),
      /京N12346 · \d{4}-\d{2}-\d{2} · 红色预警/,
    );
    assert.ok(
      (await page.locator('.air-result .reason-failed').count()) >= 1,
      'the reason that stops it is shown',
    );

    assert.ok((await scrollWidth(page)) <= PHONE_WIDTH, 'no horizontal scroll');
    await screenshot(page, 'vehicle-check');
    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });
});
