/**
 * @module browser/fie.test
 * Foreign-investment services (28号) in a real browser. An officer of 营商合作局 opens the workbench
 * from the main navigation: the enterprise he serves and his overdue request with its escalation;
 * the enterprise's file (phone masked, supervision intensity) and the roundtable board (the item in
 * 协同商办). The public policy list in Chinese and English, without signing in. The enterprise user
 * sees its own file and its notice only. On the file page the officer raises an item and takes it
 * through assign, start, reply and close (a step missing its input shows the API's refusal); a
 * routine inspection of the 无事不扰 enterprise without a reason is refused with the API's message,
 * and with a reason it is scheduled; on the board a roundtable item gets its 限时反馈 reply. On a
 * phone the workbench does not scroll sideways. No
 * script or console errors. Needs `npm run build:web` first; run with
 * `node --import tsx --test browser/fie.test.ts`.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { creditCodeCheckChar } from '../src/engine/identifiers.ts';
import { addDays, shanghaiDate } from '../src/engine/period.ts';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import * as fie from '../src/services/enterprise-service/index.ts';
import { setDataKeyForTests } from '../src/services/shared/crypto.ts';
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

const zh = zhCN.fie;
const ALPHA = `91110302MA01BF01X`;
const BETA = `91110302MA01BF02X`;
const CC_A = ALPHA + creditCodeCheckChar(ALPHA);
const CC_B = BETA + creditCodeCheckChar(BETA);
const today = shanghaiDate(new Date());
const CLEAN = {
  seriousDishonestyList: false,
  abnormalOperationsList: false,
  majorPenaltiesWithin3Years: 0,
  penaltiesWithin1Year: 0,
  taxCreditGrade: 'A',
  safetyOrEnvironmentalIncidentWithin3Years: false,
  hazardousOperations: false,
  substantiatedComplaintsWithin1Year: 0,
};

/** Problems other than the refusals a test provokes on purpose (the browser logs a 400 or 409 answer). */
const unexpected = (problems: readonly string[]) => problems.filter((x) => !/status of (400|409) /.test(x));

test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('foreign-investment services pages', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let fileA = 0;

  before(async () => {
    requireBuiltWeb();
    setDataKeyForTests(randomBytes(32));
    server = await startServer(async (store) => {
      const sys = systemActor('test');
      const iso = new Date().toISOString();
      for (const [cc, n] of [
        [CC_A, 'Alpha'],
        [CC_B, 'Beta'],
      ] as const)
        await store.db
          .insertInto('enterprises')
          .values({
            credit_code: cc,
            name_zh: `【测试】${n}精密`,
            name_en: `[TEST] ${n} Precision GmbH`,
            area: 'etdz_60',
            lat: null,
            lng: null,
            industry: null,
            foreign_invested: 1,
            investor_country: 'DE',
            scale: null,
            employees: null,
            registered_on: null,
            profile: '{}',
            demo: 1,
            created_at: iso,
            updated_at: iso,
          })
          .execute();
      await createUser(store, sys, {
        username: 'fie-officer',
        password: TEST_PASSWORD,
        role: 'officer',
        department: 'business-cooperation',
      });
      await createUser(store, sys, {
        username: 'fie-alpha',
        password: TEST_PASSWORD,
        role: 'enterprise',
        creditCode: CC_A,
      });
      const now = new Date();
      const a = await fie.createFile(
        store,
        sys,
        {
          creditCode: CC_A,
          officer: 'fie-officer',
          language: 'en',
          contacts: [{ name: 'Anna', phone: '13912345678' }],
        },
        now,
      );
      fileA = a.id;
      await fie.createFile(store, sys, { creditCode: CC_B }, now);
      await fie.recordCreditFacts(store, sys, CC_A, CLEAN, today, now);
      const late = await fie.raiseItem(
        store,
        sys,
        {
          creditCode: CC_A,
          kind: 'request',
          source: 'hotline',
          title: '【测试】工作许可咨询',
          receivedOn: addDays(today, -30),
        },
        today,
        now,
      );
      await fie.stepItem(
        store,
        sys,
        late.id,
        { action: 'assign', owner: 'fie-officer', workingDays: 5 },
        today,
        now,
      );
      const rt = await fie.raiseItem(
        store,
        sys,
        { creditCode: CC_A, kind: 'roundtable', title: '【测试】人才公寓' },
        today,
        now,
      );
      await fie.stepItem(
        store,
        sys,
        rt.id,
        { action: 'coordinate', departments: ['social-affairs'], workingDays: 10 },
        today,
        now,
      );
      await fie.raiseItem(
        store,
        sys,
        { creditCode: CC_B, kind: 'problem', source: 'mail', title: '【测试】贝塔用电' },
        today,
        now,
      );
      await store.db
        .insertInto('fie_notices')
        .values({
          file_id: a.id,
          rule_id: 'jingjiguanfa-2023-32/art-05-rent',
          language: 'en',
          subject: 'Policies for your enterprise: [TEST] Alpha Precision GmbH',
          body: '1. Rent subsidy',
          outcome: 'eligible',
          pushed_on: today,
          created_at: iso,
        })
        .execute();
    });
    browser = await launchChromium();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    setDataKeyForTests(null);
  });

  async function page(username: string | null): Promise<{ page: Page; problems: string[] }> {
    assert.ok(server && browser, 'set up in before()');
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const tracked = await trackedPage(context);
    if (username) await signIn(tracked.page, server.base, username);
    return tracked;
  }

  test('the workbench: my enterprise and my overdue request; the file; the roundtable board', async () => {
    const { page: p, problems } = await page('fie-officer');
    await p.locator('.main-nav').getByRole('link', { name: zh.nav.section }).click();
    await p.waitForURL(`${server!.base}/fie`);
    await p.locator('.fie-files').first().waitFor();
    const myFiles = await seen(p.locator('.fie-files').first());
    assert.match(myFiles, /Alpha/);
    assert.doesNotMatch(myFiles, /Beta/);
    const items = await seen(p.locator('.fie-items'));
    assert.match(items, /工作许可咨询/);
    assert.doesNotMatch(items, /贝塔用电/);
    assert.match(items, /逾期 \d+ 个工作日 · [123] 级督办/);
    await screenshot(p, 'fie-workbench');
    await p.locator('.fie-files').first().getByRole('link', { name: /Alpha/ }).click();
    await p.waitForURL(`${server!.base}/fie/files/${fileA}`);
    await p.locator('.fie-intensity').waitFor();
    assert.match(await seen(p.locator('.fie-contacts')), /139\*{4}5678/);
    assert.ok(!(await p.content()).includes('13912345678'));
    assert.equal(await seen(p.locator('.fie-intensity')), '无事不扰');
    await p.locator('.green-subnav').getByRole('link', { name: zh.nav.roundtable }).click();
    await p.locator('.fie-column[data-status="coordinating"] .fie-card').waitFor();
    assert.match(await seen(p.locator('.fie-column[data-status="coordinating"]')), /人才公寓/);
    assert.deepEqual(problems, []);
  });

  test('the file page: an officer raises an item and takes it through to a reply and close', async () => {
    const { page: p, problems } = await page('fie-officer');
    await p.goto(`${server!.base}/fie/files/${fileA}`);
    const raise = p.locator('form.fie-raise');
    await raise.waitFor();
    await raise.locator('select[name="kind"]').selectOption('problem');
    await raise.locator('select[name="source"]').selectOption('visit');
    await raise.locator('input[name="title"]').fill('【测试】走访中提出的停车位不足');
    await raise.getByRole('button', { name: zh.actions.raise.submit }).click();
    const row = p.locator('.fie-items tbody tr', { hasText: '停车位不足' });
    await row.waitFor();
    assert.match(await seen(row.locator('.fie-status')), /已受理登记/);
    const step = row.locator('form.fie-step');
    // Assign without an owner: the API's refusal, in Chinese.
    await step.locator('input[name="workingDays"]').fill('5');
    await step.getByRole('button', { name: zh.actions.steps.submit }).click();
    await step.locator('[role="alert"]').waitFor();
    assert.match(await seen(step.locator('[role="alert"]')), /执行“分派”时必填/);
    await step.locator('input[name="owner"]').fill('fie-officer');
    await step.getByRole('button', { name: zh.actions.steps.submit }).click();
    await row.locator('.fie-status').getByText('已分派').waitFor();
    assert.match(await seen(row), /fie-officer/);
    await row.locator('form.fie-step').getByRole('button', { name: zh.actions.steps.submit }).click();
    await row.locator('.fie-status').getByText('办理中').waitFor();
    const replyStep = row.locator('form.fie-step');
    assert.deepEqual(await replyStep.locator('select[name="action"] option').allTextContents(), [
      zh.actions.steps.list.reply,
    ]);
    await replyStep.locator('textarea[name="reply"]').fill('【测试】已协调增设临时停车位');
    await replyStep.getByRole('button', { name: zh.actions.steps.submit }).click();
    await row.locator('.fie-status').getByText('已答复企业').waitFor();
    const closeStep = row.locator('form.fie-step');
    await closeStep.locator('select[name="action"]').selectOption('close');
    await closeStep.getByRole('button', { name: zh.actions.steps.submit }).click();
    await row.locator('.fie-status').getByText('已办结').waitFor();
    assert.match(await seen(row.locator('.fie-status')), /已协调增设临时停车位/);
    assert.equal(await row.locator('form.fie-step').count(), 0);
    await screenshot(p, 'fie-file-actions');
    assert.deepEqual(unexpected(problems), []);
  });

  test('a routine inspection of a 无事不扰 enterprise without a reason is refused; with one it is scheduled', async () => {
    const { page: p, problems } = await page('fie-officer');
    await p.goto(`${server!.base}/fie/files/${fileA}`);
    await p.locator('.fie-intensity').waitFor();
    assert.equal(await seen(p.locator('.fie-intensity')), '无事不扰');
    const form = p.locator('form.fie-inspection');
    // Inside the trial of 28号 (as the service tests date it).
    await form.locator('input[name="plannedOn"]').fill('2025-06-30');
    await form.locator('select[name="kind"]').selectOption('routine');
    await form.getByRole('button', { name: zh.actions.inspection.submit }).click();
    await form.locator('[role="alert"]').waitFor();
    const refusal = await seen(form.locator('[role="alert"]'));
    assert.match(refusal, /对“无事不扰”企业安排例行检查须记录理由/);
    assert.match(refusal, /ZC_ERR_CONFLICT/);
    assert.match(await seen(p.locator('.fie-supervision')), new RegExp(zh.actions.inspection.none));
    await form.locator('textarea[name="reason"]').fill('【测试】年度抽查计划');
    await form.getByRole('button', { name: zh.actions.inspection.submit }).click();
    await p.locator('.fie-inspections li').waitFor();
    assert.match(await seen(p.locator('.fie-inspections')), /2025-06-30 例行检查 · .*年度抽查计划/);
    assert.equal(await form.locator('[role="alert"]').count(), 0);
    assert.deepEqual(unexpected(problems), []);
  });

  test('the roundtable board: the item in 协同商办 gets its time-limited reply', async () => {
    const { page: p, problems } = await page('fie-officer');
    await p.goto(`${server!.base}/fie/roundtable`);
    const card = p.locator('.fie-column[data-status="coordinating"] .fie-card', { hasText: '人才公寓' });
    await card.waitFor();
    await card.locator('textarea[name="reply"]').fill('【测试】已协调配租 20 套');
    await card.getByRole('button', { name: zh.actions.steps.submit }).click();
    const replied = p.locator('.fie-column[data-status="replied"] .fie-card', { hasText: '人才公寓' });
    await replied.waitFor();
    assert.match(await seen(replied), /已协调配租 20 套/);
    assert.deepEqual(await replied.locator('select[name="action"] option').allTextContents(), [
      zh.actions.steps.roundtable.revisit,
    ]);
    assert.deepEqual(problems, []);
  });

  test('the policy list is public, in Chinese and English', async () => {
    const { page: p, problems } = await page(null);
    await p.goto(`${server!.base}/fie/policy-list`);
    await p.locator('.fie-policy-list tbody tr').first().waitFor();
    assert.equal(await seen(p.locator('h1')), zh.policyList.title);
    assert.match(await seen(p.locator('.fie-policy-list')), /无事不扰/);
    await p.locator('.lang-switch button[lang="en"]').click();
    await p.getByRole('heading', { name: en.fie.policyList.title }).waitFor();
    assert.match(await seen(p.locator('.fie-policy-list')), /No disturbance/);
    await p.locator('select[name="kind"]').selectOption('service');
    await p.waitForURL(/kind=service/);
    await p.locator('.fie-count').getByText('1 items').waitFor();
    assert.deepEqual(problems, []);
  });

  test('the enterprise user sees its own file and notice only; no sideways scroll on a phone', async () => {
    assert.ok(server && browser);
    await context?.close();
    context = await phoneContext(browser);
    const { page: p, problems } = await trackedPage(context);
    await signIn(p, server.base, 'fie-alpha');
    await p.goto(`${server.base}/fie`);
    await p.locator('.fie-notice').waitFor();
    assert.match(await seen(p.locator('.fie-notices')), /Alpha Precision/);
    const body = await seen(p.locator('main'));
    assert.doesNotMatch(body, /Beta|贝塔/);
    assert.ok((await scrollWidth(p)) <= 375, 'no horizontal scroll');
    assert.deepEqual(problems, []);
  });
});
