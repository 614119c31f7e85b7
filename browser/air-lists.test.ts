/**
 * @module browser/air-lists.test
 * The emission-reduction lists page in a real browser: a command-office user signs in through
 * the login page, follows the header link to `/air/lists`, imports a CSV with one bad row through
 * the file input, sees "added 1" and the rejected row (row, column, value, reason in Chinese and
 * then English), the new entry with its department by name and its measures, and the Excel
 * export; an enterprise user gets "no access" and no link.
 * Needs `npm run build:web` first; run with `npm run test:browser`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import { en } from '../web/src/i18n/en.ts';
import { zhCN } from '../web/src/i18n/zh-CN.ts';
import {
  addDutyOfficer,
  launchChromium,
  phoneContext,
  requireBuiltWeb,
  type Server,
  screenshot,
  scrollWidth,
  seen,
  signIn,
  startServer,
  TEST_PASSWORD,
  trackedPage,
} from './harness.ts';

const PASSWORD = TEST_PASSWORD;
const GOOD_CODE = '91110302MA01XK2Q5X';
const BAD_CODE = '91110302MA01XK2Q50'; // wrong check character
const CSV = [
  '类型,统一社会信用代码,名称,行业,主管部门,绩效等级,保障清单,红色预警措施',
  `企业,${GOOD_CODE},【测试】印刷一厂,出版物印刷,宣传文化部,B,否,停产`,
  `企业,${BAD_CODE},【测试】校验码错误厂,制造业,营商合作局,A,否,`,
].join('\n');

// A failure, not a skip, when the UI has not been built: this test says what to run.
test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('emission-reduction lists page', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      const actor = systemActor('test');
      await addDutyOfficer(store);
      await createUser(store, actor, {
        username: 'firm',
        password: PASSWORD,
        role: 'enterprise',
        creditCode: GOOD_CODE,
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('the command office imports a CSV: one row added, the bad row listed with its reason', async () => {
    assert.ok(server && browser, 'set up in before()');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'duty');

    await page.locator('.main-nav').getByRole('link', { name: zhCN.air.nav.lists }).click();
    await page.waitForURL(`${server.base}/air/lists`);
    await page.getByText(zhCN.air.lists.empty).waitFor();
    // Even empty, the export is offered: a blank workbook with the import's headers.
    assert.equal(await page.getByRole('link', { name: zhCN.air.lists.export }).count(), 1);
    await page.locator('input[type="file"]').setInputFiles({
      name: '减排清单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/air/lists/import'));
    await page.getByRole('button', { name: zhCN.air.lists.importSubmit }).click();
    const response = await answer;
    assert.equal(response.request().headers()['content-type'], 'text/csv');
    const body = (await response.json()) as {
      added: number;
      errors: { row: number; field: string; message: string; messageZh: string }[];
    };
    assert.equal(body.added, 1);

    const result = page.locator('.air-list-result');
    await result.getByRole('status').getByText('已添加 1 条。').waitFor();
    const rows = result.locator('table.air-list-rejected tbody tr');
    assert.equal(await rows.count(), 1);
    const cells = (await rows.first().locator('th, td').allInnerTexts()).map((s) => s.trim());
    assert.equal(cells[0], '3', 'row number (the header is row 1)');
    assert.match(cells[1] ?? '', /^统一社会信用代码\s+creditCode$/);
    assert.equal(cells[2], BAD_CODE);
    assert.equal(cells[3], body.errors[0]?.messageZh);

    // The list now holds the good row, its department by name, its measures one click away.
    const entry = page.locator('table.air-list-table tbody tr').first();
    await entry.getByText('【测试】印刷一厂').waitFor();
    assert.equal(await page.locator('table.air-list-table tbody tr').count(), 1);
    assert.equal(await seen(entry.locator('td').nth(2)), '宣传文化部');
    await entry.getByRole('button', { name: zhCN.air.lists.showMeasures }).click();
    const measures = page.locator('.air-list-measures-row');
    await measures.waitFor();
    assert.match(await seen(measures), /红色预警\s+停产/);
    assert.equal(await entry.getByRole('button').getAttribute('aria-expanded'), 'true');

    // Filters: a guarantee-only view is empty; widened again, the opened row is still open.
    const guarantee = page.getByLabel(zhCN.air.lists.guarantee, { exact: true });
    await guarantee.selectOption('yes');
    await page.getByText(zhCN.air.lists.noMatch).waitFor();
    await guarantee.selectOption('all');
    await measures.waitFor();
    // The department filter offers the department by name.
    await page.getByLabel(zhCN.air.lists.owner, { exact: true }).selectOption({ label: '宣传文化部' });
    await entry.getByText('【测试】印刷一厂').waitFor();

    const exportLink = page.getByRole('link', { name: zhCN.air.lists.export });
    assert.equal(await exportLink.getAttribute('href'), '/api/v1/air/lists/export.xlsx');
    const xlsx = await page.request.get(`${server.base}/api/v1/air/lists/export.xlsx`);
    assert.equal(xlsx.status(), 200);
    assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
    await screenshot(page, 'air-lists');

    // The reason follows the interface language.
    await page.locator('.lang-switch button[lang="en"]').click();
    await result.getByText('Added 1.').waitFor();
    const enCells = (await rows.first().locator('th, td').allInnerTexts()).map((s) => s.trim());
    assert.equal(enCells[3], body.errors[0]?.message);
    assert.equal(await seen(page.locator('h1')), en.air.lists.title);
    await screenshot(page, 'air-lists-en');

    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });

  test('on a phone the signed-in header and the lists page do not scroll sideways', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await phoneContext(browser);
    const { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'duty');
    await page.goto(`${server.base}/air/lists`);
    await page.locator('table.air-list-table').waitFor();
    assert.ok(
      (await scrollWidth(page)) <= 375,
      `no horizontal scroll: scrollWidth ${await scrollWidth(page)}`,
    );
    await screenshot(page, 'air-lists-phone');
    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });

  test('an enterprise user sees "no access" and no link; the page fits a phone', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await phoneContext(browser);
    const { page } = await trackedPage(context);
    await signIn(page, server.base, 'firm');
    assert.equal(await page.locator('.main-nav').getByRole('link', { name: zhCN.air.nav.lists }).count(), 0);
    await page.goto(`${server.base}/air/lists`);
    await page.getByText(zhCN.air.lists.noAccess).waitFor();
    assert.ok((await scrollWidth(page)) <= 375, 'no horizontal scroll');
    await page.close();
  });
});
