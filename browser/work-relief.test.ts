/**
 * @module browser/work-relief.test
 * Work relief (1336号) in a real browser. A Fangshan district clerk opens the plan and a project
 * (its roster masked), enters last month's attendance in the grid (a whole month with one button,
 * a cell by keyboard) and saves it; in the ledger the worker confirms the amount, a payment to
 * another person's card is refused with the clause's reason, the one to his own card lands; a
 * duplicate registration is refused; an import shows its rejected rows. The municipal reviewer sees
 * the review (table, chart, findings) in Chinese and English; the Mentougou clerk sees no Fangshan
 * project; on a phone the review page does not scroll sideways. No script or console errors.
 * Needs `npm run build:web` first; run with `node --import tsx --test browser/work-relief.test.ts`.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { shanghaiDate } from '../src/engine/period.ts';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import { setDataKeyForTests } from '../src/services/shared/crypto.ts';
import { createProject, enrolWorker, registerWorker } from '../src/services/work-relief/index.ts';
import { PROJECT, testCard, testId } from '../src/services/work-relief/test-setup.ts';
import { en } from '../web/src/i18n/en.ts';
import { zhCN } from '../web/src/i18n/zh-CN.ts';
import {
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

const zh = zhCN.workRelief;
const today = shanghaiDate(new Date());
const m = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 2;
const LAST = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const A = { id: testId('110111', '19760101', 71), card: testCard(701) };
const B = { id: testId('110111', '19820202', 72), card: testCard(702) };

/** Problems other than the refusals a test provokes on purpose (the browser logs a 400 or 409 answer). */
const unexpected = (problems: readonly string[]) => problems.filter((x) => !/status of (400|409) /.test(x));

test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('work-relief pages', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let projectId = 0;
  let workerA = 0;

  before(async () => {
    requireBuiltWeb();
    setDataKeyForTests(randomBytes(32));
    server = await startServer(async (store) => {
      const sys = systemActor('test');
      const user = (username: string, role: string, department: string) =>
        createUser(store, sys, { username, password: TEST_PASSWORD, role, department });
      await user('wr-clerk', 'officer', 'fangshan-district');
      await user('wr-mtg', 'officer', 'mentougou-district');
      await user('wr-fgw', 'reviewer', 'beijing-development-reform');
      const p = await createProject(store, sys, {
        ...PROJECT,
        code: 'FS-B-1',
        district: 'fangshan-district',
        year: Number(LAST.slice(0, 4)),
        startOn: `${LAST}-01`,
        dailyRate: '200',
      });
      projectId = p.id;
      for (const [name, w] of [
        ['【测试】甲', A],
        ['【测试】乙', B],
      ] as const) {
        const r = await registerWorker(store, sys, {
          district: 'fangshan-district',
          name,
          residentId: w.id,
          village: '青龙湖村',
          bankCard: w.card,
        });
        if (name.endsWith('甲')) workerA = r.worker.id;
        await enrolWorker(store, sys, projectId, {
          workerId: r.worker.id,
          post: '普工',
          joinedOn: `${LAST}-01`,
        });
      }
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  async function page(username: string): Promise<{ page: Page; problems: string[] }> {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const tracked = await trackedPage(context);
    await signIn(tracked.page, server.base, username);
    return tracked;
  }

  test('the plan, a project and its roster, identifiers masked', async () => {
    const { page: p, problems } = await page('wr-clerk');
    await p.locator('.main-nav').getByRole('link', { name: zh.nav.section }).click();
    await p.waitForURL(`${server!.base}/work-relief`);
    await p.goto(`${server!.base}/work-relief?year=${LAST.slice(0, 4)}`);
    await p.getByRole('link', { name: PROJECT.name }).click();
    await p.locator('.wr-roster').waitFor();
    const roster = await seen(p.locator('.wr-roster'));
    assert.match(roster, /110111\*{8}/);
    assert.ok(!roster.includes(A.id) && !(await p.content()).includes(A.card));
    await screenshot(p, 'work-relief-project');
    assert.deepEqual(problems, []);
  });

  test('the attendance grid: a whole month with one button, a cell by keyboard, saved in one batch', async () => {
    const { page: p, problems } = await page('wr-clerk');
    await p.goto(`${server!.base}/work-relief/attendance?project=${projectId}&period=${LAST}`);
    await p.locator('.wr-grid').waitFor();
    await p.locator('.wr-grid tbody tr').first().getByRole('button', { name: zh.attendance.fillRow }).click();
    const cell = p.locator(
      `.wr-grid button[data-worker]:not([data-worker="${workerA}"])[data-day="${LAST}-03"]`,
    );
    await cell.focus();
    await p.keyboard.press('5');
    assert.equal(await cell.textContent(), '½');
    const saved = p.waitForResponse((r) => r.url().includes('/attendance') && r.request().method() === 'PUT');
    await p.getByRole('button', { name: /保存考勤/ }).click();
    assert.equal((await saved).status(), 200);
    await p.getByText(/已保存 \d+ 处考勤/).waitFor();
    await screenshot(p, 'work-relief-attendance');
    assert.deepEqual(problems, []);
  });

  test('the ledger: the worker confirms; another person’s card is refused; his own card is paid', async () => {
    const { page: p, problems } = await page('wr-clerk');
    await p.goto(`${server!.base}/work-relief/ledger?project=${projectId}&period=${LAST}`);
    const row = p.locator(`.wr-ledger tr[data-worker="${workerA}"]`);
    await row.waitFor();
    await row.locator('summary', { hasText: zh.ledger.confirm }).click();
    await row.getByRole('button', { name: zh.ledger.confirm }).click();
    await row.getByText(zh.lineStatus.confirmed).waitFor();
    await row.locator('summary', { hasText: zh.ledger.pay }).click();
    await row.locator('[name="bankCard"]').fill(B.card);
    await row.getByRole('button', { name: zh.ledger.pay }).click();
    await row.getByText(/不是该务工人员本人登记的银行卡/).waitFor();
    await row.locator('[name="bankCard"]').fill(A.card);
    await row.getByRole('button', { name: zh.ledger.pay }).click();
    await row.getByText(zh.lineStatus.paid).waitFor();
    const href = await p.getByRole('link', { name: zh.ledger.export }).getAttribute('href');
    const xlsx = await p.request.get(`${server!.base}${href}`);
    assert.match(xlsx.headers()['content-type'] ?? '', /spreadsheetml/);
    await screenshot(p, 'work-relief-ledger');
    assert.deepEqual(unexpected(problems), []);
  });

  test('a duplicate registration is refused; an import lists its rejected rows', async () => {
    const { page: p, problems } = await page('wr-clerk');
    await p.goto(`${server!.base}/work-relief/workers`);
    await p.locator('summary', { hasText: zh.workers.registerTitle }).click();
    const form = p.locator('.wr-worker-form');
    await form.locator('[name="name"]').fill('【测试】甲');
    await form.locator('[name="residentId"]').fill(A.id);
    await form.locator('[name="village"]').fill('青龙湖村');
    await form.locator('[name="bankCard"]').fill(A.card);
    await form.getByRole('button', { name: zh.workers.register }).click();
    await form
      .getByText(/同一人只能登记一次/)
      .first()
      .waitFor();
    const csv = [
      '姓名,身份证号,行政村,银行卡号',
      `【测试】丙,${testId('110111', '19900909', 73)},青龙湖村,${testCard(703)}`,
      `【测试】丁,${A.id.slice(0, 17)},青龙湖村,${testCard(704)}`,
    ].join('\n');
    await p
      .locator('.wr-import input[type="file"]')
      .setInputFiles({ name: 'workers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await p.locator('.wr-import').getByRole('button', { name: zh.import.submit }).click();
    await p.getByText('新登记 1 人，加入名册 0 人。').waitFor();
    assert.match(await seen(p.locator('.wr-rejected tbody tr')), /^3\s+residentId/);
    assert.deepEqual(unexpected(problems), []);
  });

  test('the municipal reviewer: the review with its chart and findings, in Chinese and English', async () => {
    const { page: p, problems } = await page('wr-fgw');
    await p.goto(`${server!.base}/work-relief/review?year=${LAST.slice(0, 4)}`);
    await p.locator('.wr-review').waitFor();
    assert.match(await seen(p.locator('.wr-review tbody')), /房山区人民政府/);
    assert.equal(await p.locator('.wr-chart svg').count(), 2);
    await p.locator('.wr-findings').waitFor();
    await screenshot(p, 'work-relief-review');
    await p.locator('.lang-switch button[lang="en"]').click();
    await p.getByRole('heading', { name: en.workRelief.review.title, level: 1 }).waitFor();
    assert.match(await seen(p.locator('.wr-review tbody')), /Fangshan/);
    await p.locator('.lang-switch button[lang="zh-CN"]').click();
    assert.deepEqual(problems, []);
  });

  test('Mentougou sees no Fangshan project; on a phone the review does not scroll sideways', async () => {
    const { page: p, problems } = await page('wr-mtg');
    await p.goto(`${server!.base}/work-relief?year=${LAST.slice(0, 4)}`);
    await p.getByText(zh.projects.empty).waitFor();
    assert.equal(await p.getByText(PROJECT.name).count(), 0);
    assert.deepEqual(problems, []);
    await context?.close();
    context = await phoneContext(browser!);
    const phone = await trackedPage(context);
    await signIn(phone.page, server!.base, 'wr-fgw');
    await phone.page.goto(`${server!.base}/work-relief/review?year=${LAST.slice(0, 4)}`);
    await phone.page.locator('.wr-review').waitFor();
    assert.ok((await scrollWidth(phone.page)) <= 375, 'no sideways scroll');
    await screenshot(phone.page, 'work-relief-review-phone');
    assert.deepEqual(phone.problems, []);
  });
});
