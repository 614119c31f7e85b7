/**
 * @module browser/green.test
 * The green low-carbon fund (31号) in a real browser. The policy calculator, signed out: item 1
 * with 1,000,000 元 paid (tax excluded) and first-set equipment comes to 400,000.00 元 (40 万元),
 * every condition met and quoted, in Chinese and then in English; the worked example shows a
 * superseded item naming its winner and what a half-paid project misses. Then the workflow: an
 * enterprise files an application, ticks its materials and submits it; the bureau's officer finds
 * it in the queue and starts the review; the reviewer approves it; the officer records the
 * payment; the budget shows it paid; the reviewer claws it back with a reason. Grants without
 * application: the officer imports a list (one row rejected with its reason) and runs it, the
 * reviewer approves the run. On a phone the calculator does not scroll sideways.
 * Needs `npm run build:web` first; run with `node --import tsx --test browser/green.test.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import { saveEnterprises } from '../src/services/enterprises/index.ts';
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

const CREDIT_CODE = '91110302MA01XK2Q5X';
const zh = zhCN.green;

/** The 第二章 standing the bureaus keep for an enterprise with a clean record. */
const STANDING = {
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
  majorSafetyAccidentWithin3Years: false,
  environmentalIncidentWithin3Years: false,
};

/** Picks a yes/no or choice input of a schema-driven facts form by its field name. */
async function choose(scope: Locator, name: string, value: unknown): Promise<void> {
  const input = scope.locator(`[name="${name}"]`);
  // Booleans are "true"/"false"; choices carry their JSON (`"vocs"`); text is typed.
  if (typeof value === 'boolean') await input.selectOption(String(value));
  else if ((await input.evaluate((el) => el.tagName)) === 'SELECT')
    await input.selectOption(JSON.stringify(value));
  else await input.fill(String(value));
}

async function fillAll(scope: Locator, facts: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [k, v] of Object.entries(facts)) await choose(scope, k, v);
}

async function switchTo(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  await page.locator(`.lang-switch button[lang="${lang}"]`).click();
}

// A failure, not a skip, when the UI has not been built: this test says what to run.
test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('green low-carbon fund pages', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      const actor = systemActor('test');
      await saveEnterprises(store, actor, [
        {
          creditCode: CREDIT_CODE,
          name: { zh: '【测试】绿色科技有限公司', en: '[Test] Green Tech Co.' },
          area: 'etdz_60',
          profile: { standing: STANDING },
        },
      ]);
      const user = (username: string, role: 'enterprise' | 'officer' | 'reviewer', extra: object) =>
        createUser(store, actor, { username, password: TEST_PASSWORD, role, ...extra });
      await user('firm', 'enterprise', { creditCode: CREDIT_CODE });
      await user('green-officer', 'officer', {
        department: 'city-operations',
        displayNameZh: '城运局经办人',
        displayNameEn: 'City operations officer',
      });
      await user('green-reviewer', 'reviewer', {
        department: 'city-operations',
        displayNameZh: '城运局复核人',
        displayNameEn: 'City operations reviewer',
      });
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('the calculator: item 1, 1,000,000 元 with first-set equipment → 400,000.00 元, in Chinese then English', async () => {
    assert.ok(server && browser, 'set up in before()');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const { page, problems } = await trackedPage(context);
    await page.goto(`${server.base}/`);
    await page.locator('.main-nav').getByRole('link', { name: zh.nav.section }).click();
    await page.waitForURL(`${server.base}/green`);
    assert.equal(await seen(page.locator('h1')), zh.calc.title);

    const enterprise = page.locator('.green-enterprise');
    await enterprise.locator('[name="location"]').waitFor();
    await fillAll(enterprise, { location: 'etdz_60', ...STANDING });

    const project = page.locator('.green-project[data-project="0"]');
    assert.equal(await project.locator('[name="projectId"]').inputValue(), 'P-1');
    await project.locator('[name="projectName"]').fill('VOCs 治理改造');
    // The item list offers all 27 items, 免申即享 ones marked.
    const itemSelect = project.locator('.green-add-item select');
    assert.equal(await itemSelect.locator('optgroup').first().locator('option').count(), 27);
    assert.match((await itemSelect.locator('option[value="8"]').textContent()) ?? '', /免申即享/);
    await itemSelect.selectOption('1');
    await project.getByRole('button', { name: zh.calc.addItem, exact: true }).click();
    const candidate = project.locator('.green-candidate[data-item="1"]');
    await candidate.locator('[name="paymentExcludingTax"]').waitFor();
    await fillAll(candidate, { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: '1000000' });
    await fillAll(project, {
      projectCompleted: true,
      paidIncludingTax: '1130000',
      totalInvestmentIncludingTax: '1130000',
      threeSimultaneousProject: false,
      dataCentre: false,
      builtWithGovernmentFunds: false,
      usesHighTechProduct: false,
      usesFirstSet: true,
    });

    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/match'));
    await page.getByRole('button', { name: zh.calc.submit, exact: true }).click();
    const response = await answer;
    assert.equal(response.status(), 200);
    const body = (await response.json()) as { total: string; projects: { winner: string }[] };
    assert.equal(body.total, '400000.00');
    assert.equal(body.projects[0]?.winner, 'jingjiguanfa-2023-31/item-01');

    const total = page.locator('.green-total-value');
    await total.waitFor();
    assert.match(await seen(total), /^400,000\.00 元\s*\(?40 万元\)?$/);
    const entry = page.locator('.green-project-result[data-project="P-1"] .green-entry[data-item="1"]');
    assert.equal(await seen(entry.locator('.green-status')), zh.status.winner);
    assert.equal(await seen(entry.locator('.badge-outcome-eligible')), zhCN.outcome.eligible);
    assert.match(await seen(entry.locator('.green-entry-amount')), /400,000\.00 元/);
    // Every condition met, each with its clause and the quote behind it.
    const reasons = entry.locator('.green-reasons .reason');
    assert.ok((await reasons.count()) >= 10, 'the conditions of item 1 and of 第二章');
    assert.equal(
      await entry.locator('.green-reasons .reason-failed, .green-reasons .reason-unknown').count(),
      0,
    );
    assert.equal(await entry.locator('.green-missing').count(), 0);
    const first = reasons.first();
    assert.equal(await seen(first.locator('.citation a')), '第一章 一（一）');
    assert.match((await first.locator('blockquote').textContent()) ?? '', /挥发性有机物治理/);
    // The computation: 30% + 10% (first set) of 1,000,000.
    await entry.locator('.green-trace > summary').click();
    assert.match(await seen(entry.locator('.green-trace .trace')), /40(\.00)?%/);
    // The principle the project's winner was chosen by, quoted.
    assert.match(await seen(page.locator('.green-total-card blockquote')), /从高从优不重复/);
    await screenshot(page, 'green-calculator');

    await switchTo(page, 'en');
    await page.getByRole('heading', { name: en.green.calc.title, level: 1 }).waitFor();
    assert.match(await seen(total), /^400,000\.00 yuan\s*\(?40 × 10,000 yuan \(万元\)\)?$/);
    assert.equal(await seen(entry.locator('.green-status')), en.green.status.winner);
    assert.match(await seen(page.locator('.green-total-card')), new RegExp(en.green.calc.total));
    assert.match(await seen(first.locator('.reason-body p').first()), /The applicant is an enterprise/);
    await screenshot(page, 'green-calculator-en');
    await switchTo(page, 'zh-CN');

    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });

  test('the worked example: item 4 superseded by item 1, the half-paid project shows what it misses', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const { page, problems } = await trackedPage(context);
    await page.goto(`${server.base}/green`);
    await page.getByRole('button', { name: zh.calc.example }).click();
    await page.locator('.green-candidate[data-item="4"] [name="monitored"]').waitFor();
    await page.getByRole('button', { name: zh.calc.submit, exact: true }).click();
    await page.locator('.green-total-value').waitFor();
    assert.match(await seen(page.locator('.green-total-value')), /^400,000\.00 元/);

    const p1 = page.locator('.green-project-result[data-project="P-1"]');
    const item4 = p1.locator('.green-entry[data-item="4"]');
    assert.equal(await seen(item4.locator('.green-status')), zh.status.superseded);
    assert.match(await seen(item4.locator('.green-note-superseded')), /第1项 大气污染防治环保技术改造类项目/);
    assert.match(await seen(item4.locator('.green-entry-amount')), /160,000\.00 元/);

    const item2 = page.locator('.green-project-result[data-project="P-2"] .green-entry[data-item="2"]');
    assert.equal(await seen(item2.locator('.green-status')), zh.status.not_awarded);
    const missing = item2.locator('.green-missing');
    assert.equal(await seen(missing.locator('h5')), zh.calc.missing);
    assert.match(await seen(missing), /500000 元达到含税项目总投资 1130000 元的 90%/);
    assert.match((await missing.locator('blockquote').first().textContent()) ?? '', /90%/);
    assert.equal(
      await seen(page.locator('.green-project-result[data-project="P-2"] .green-project-summary')),
      zh.calc.noWinner,
    );
    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });

  test('an enterprise files and submits; the officer reviews, the reviewer approves, the payment is recorded', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    let { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'firm');
    await page.goto(`${server.base}/green`);
    await page.locator('.green-subnav').getByRole('link', { name: zh.nav.applications }).click();
    await page.waitForURL(`${server.base}/green/applications`);
    await page.getByText(zh.list.empty).waitFor();

    const form = page.locator('.green-apply');
    // Items granted without application are not offered.
    assert.equal(await form.locator('select[name="item"] option[value="8"]').count(), 0);
    await form.locator('select[name="item"]').selectOption('1');
    await form.getByRole('button', { name: zh.apply.loadExample }).click();
    await form.locator('input[name="projectRef"]').fill('VOC-2024-01');
    await form.locator('input[name="projectName"]').fill('喷涂车间 VOCs 治理改造');
    await form.getByRole('button', { name: zh.apply.save }).click();

    const detail = page.locator('.green-detail');
    await detail.locator('.green-detail-head .green-state-draft').waitFor();
    assert.match(await seen(detail.locator('.green-detail-head')), /400,000\.00 元/);
    const number = (await seen(detail.locator('#green-detail-title'))).match(/GF-\d{4}-\d{4}/)?.[0];
    assert.ok(number, 'the application has a number');
    const boxes = detail.locator('.green-materials input[type="checkbox"]');
    assert.equal(await boxes.count(), 6, 'three documents of the enterprise and three of the paid project');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await detail
      .locator('.green-action-submit')
      .getByRole('button', { name: zh.actions.submit.submit })
      .click();
    await page.getByRole('status').getByText(`申请 ${number} 已提交。`).waitFor();
    await detail.locator('.green-detail-head .green-state-submitted').waitFor();
    assert.match(await seen(page.locator('table.green-applications')), new RegExp(zh.states.submitted));
    await screenshot(page, 'green-application-enterprise');
    assert.deepEqual(problems, [], 'no script or console errors (enterprise)');
    await context.close();

    // The officer of the responsible bureau sees it in the queue and starts the review.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'green-officer');
    await page.goto(`${server.base}/green/applications?state=submitted`);
    const row = page.locator(`table.green-applications tr[data-number="${number}"]`);
    await row.waitFor();
    assert.match(await seen(row), new RegExp(CREDIT_CODE));
    await row.getByRole('button', { name: number }).click();
    const officerDetail = page.locator('.green-detail');
    await officerDetail.locator('.green-decision .badge-outcome-eligible').waitFor();
    assert.match(await seen(officerDetail.locator('.green-materials-card')), /6\/6/);
    assert.equal(await officerDetail.locator('.green-action-approve').count(), 0, 'officers do not approve');
    await officerDetail.locator('.green-action-start_review button[type="submit"]').click();
    await officerDetail.locator('.green-detail-head .green-state-under_review').waitFor();
    assert.equal(await officerDetail.locator('.green-action-request_info').count(), 1);
    await screenshot(page, 'green-application-officer');
    assert.deepEqual(problems, [], 'no script or console errors (officer)');
    await context.close();

    // The reviewer approves at the computed amount.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'green-reviewer');
    await page.goto(`${server.base}/green/applications?state=under_review`);
    await page.locator(`table.green-applications tr[data-number="${number}"]`).getByRole('button').click();
    const approve = page.locator('.green-action-approve');
    await approve.waitFor();
    await approve.getByRole('button', { name: zh.actions.approve.submit }).click();
    await page.locator('.green-detail-head .green-state-approved').waitFor();
    await page.locator('.green-award .green-award-approved').waitFor();
    assert.deepEqual(problems, [], 'no script or console errors (reviewer)');
    await context.close();

    // The officer records the payment; the budget shows it paid.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'green-officer');
    await page.goto(`${server.base}/green/applications?state=approved`);
    await page.locator(`table.green-applications tr[data-number="${number}"]`).getByRole('button').click();
    const pay = page.locator('.green-action-pay');
    await pay.waitFor();
    await pay.locator('input[name="paymentRef"]').fill('CZ-2026-0001');
    await pay.getByRole('button', { name: zh.actions.pay.submit }).click();
    await page.locator('.green-detail-head .green-state-paid').waitFor();
    assert.match(await seen(page.locator('.green-award')), /CZ-2026-0001/);

    await page.locator('.green-subnav').getByRole('link', { name: zh.nav.budget }).click();
    await page.waitForURL(`${server.base}/green/budget`);
    const lines = page.locator('table.green-budget-table');
    await lines.waitFor();
    assert.match(await seen(lines.locator('tbody tr').first()), /第1项[\s\S]*400,000\.00 元/);
    assert.match(await seen(lines.locator('tfoot')), /400,000\.00 元/);
    assert.equal(await page.locator('.green-chart svg rect').count(), 3, 'one bureau: three bars');
    assert.equal(
      await page.getByRole('link', { name: zh.budget.export }).getAttribute('href'),
      '/api/v1/green/budget.xlsx',
    );
    await screenshot(page, 'green-budget');
    assert.deepEqual(problems, [], 'no script or console errors (payment and budget)');
    await context.close();

    // The reviewer claws the award back with its reason (第三章 三（一）).
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'green-reviewer');
    await page.goto(`${server.base}/green/applications?state=paid`);
    await page.locator(`table.green-applications tr[data-number="${number}"]`).getByRole('button').click();
    const clawBack = page.locator('.green-action-claw_back');
    await clawBack.getByRole('button', { name: zh.actions.claw_back.submit }).click();
    await clawBack.getByText(zhCN.rule.missing).waitFor();
    await clawBack.locator('textarea[name="reason"]').fill('整改不到位，依规追回');
    await clawBack.getByRole('button', { name: zh.actions.claw_back.submit }).click();
    await page.locator('.green-detail-head .green-state-clawed_back').waitFor();
    assert.match(await seen(page.locator('.green-award')), /整改不到位，依规追回/);
    assert.match(await seen(page.locator('.green-events')), new RegExp(zh.events.claw_back));
    assert.deepEqual(problems, [], 'no script or console errors (clawback)');
    await page.close();
  });

  test('grants without application: the officer imports a list and runs it, the reviewer approves the run', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    let { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'green-officer');
    await page.goto(`${server.base}/green/grants`);
    await page.getByText(zh.grants.noLists).waitFor();
    const form = page.locator('.green-import');
    await form.locator('select[name="kind"]').selectOption('low-carbon-leader');
    assert.equal(
      await form.getByRole('link', { name: zh.grants.template }).getAttribute('href'),
      '/api/v1/green/grant-lists/templates/low-carbon-leader',
    );
    await form.locator('input[name="title"]').fill('2024年低碳领跑者试点');
    const csv = [
      '统一社会信用代码,项目编号,项目名称,项目获得北京市生态环境局公布的低碳领跑者试点项目,名单公布的项目名称',
      `${CREDIT_CODE},LC-2024-01,整厂低碳改造,是,整厂低碳改造低碳领跑者试点`,
      '91110302MA01XK2Q50,LC-2024-02,校验码错误,是,某试点',
    ].join('\n');
    await form.locator('input[type="file"]').setInputFiles({
      name: '低碳领跑者.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await form.getByRole('button', { name: zh.grants.importSubmit }).click();
    await form
      .getByRole('status')
      .getByText(/已导入 1 行/)
      .waitFor();
    const rejected = form.locator('table.green-rejected tbody tr');
    assert.equal(await rejected.count(), 1);
    assert.equal(await seen(rejected.first().locator('th')), '3');

    const lists = page.locator('.green-lists');
    await lists.getByText('2024年低碳领跑者试点').waitFor();
    await lists.getByRole('button', { name: zh.grants.run }).click();
    const detail = page.locator('.green-run-detail');
    await detail.locator('.green-run-draft').waitFor();
    const row = detail.locator('table.green-run-rows tbody tr').first();
    await row.waitFor();
    assert.equal(await seen(row.locator('.green-result')), zh.results.granted);
    assert.match(await seen(row), /500,000\.00 元/);
    assert.equal(
      await detail.getByRole('button', { name: zh.runs.approve }).count(),
      0,
      'officers do not approve',
    );
    await screenshot(page, 'green-grants');
    assert.deepEqual(problems, [], 'no script or console errors (officer)');
    await context.close();

    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    ({ page, problems } = await trackedPage(context));
    await signIn(page, server.base, 'green-reviewer');
    await page.goto(`${server.base}/green/grants`);
    assert.equal(await page.locator('.green-import').count(), 0, 'reviewers do not import');
    await page.locator('table.green-runs tbody tr').first().getByRole('button').click();
    const reviewed = page.locator('.green-run-detail');
    // The reviewer reads the run's rows before deciding (the rows load after the run).
    await reviewed.locator('table.green-run-rows tbody tr').first().waitFor();
    assert.ok(
      (await reviewed.locator('table.green-run-rows tbody tr').count()) > 0,
      'the reviewer sees the rows',
    );
    await reviewed.getByRole('button', { name: zh.runs.approve }).click();
    await page
      .getByRole('status')
      .getByText(/已批准/)
      .waitFor();
    await page.locator('table.green-runs .green-run-approved').waitFor();
    assert.deepEqual(problems, [], 'no script or console errors (reviewer)');
    await page.close();
  });

  test('on a phone the calculator with the worked example does not scroll sideways', async () => {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await phoneContext(browser);
    const { page, problems } = await trackedPage(context);
    await page.goto(`${server.base}/green`);
    await page.getByRole('button', { name: zh.calc.example }).click();
    await page.locator('.green-candidate[data-item="4"] [name="monitored"]').waitFor();
    await page.getByRole('button', { name: zh.calc.submit, exact: true }).click();
    await page.locator('.green-total-value').waitFor();
    const width = await scrollWidth(page);
    assert.ok(width <= 375, `no horizontal scroll: scrollWidth ${width}`);
    await screenshot(page, 'green-calculator-phone');
    assert.deepEqual(problems, [], 'no script or console errors');
    await page.close();
  });
});
