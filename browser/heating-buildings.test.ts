/**
 * @module browser/heating-buildings.test
 * New-energy heating (1309号), green buildings (30号) and the targets in a real browser. Signed
 * out: the heating design check and the building requirement check answer with their reasons. The
 * heating supervisor sees the project, its season report (SPF, carbon with the 0.6776 factor, a
 * month-by-month chart) and design check, and imports a readings file with one bad row (named, the
 * rest landed). The planning branch's officer records its checklist item, which is not offered to
 * it for another department's items. The statistics bureau's officer enters a year on the targets
 * dashboard and its chart grows a column. The calculator offers 32号's articles beside 31号's
 * items: a Beijing SRDI first recognition comes to 200,000 元 in 2024 and is not in force in 2026.
 * On a phone the report and the dashboard do not scroll sideways.
 * Needs `npm run build:web` first; run with `node --import tsx --test browser/heating-buildings.test.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createUser, systemActor } from '../src/services/accounts/index.ts';
import { createBuildingProject } from '../src/services/buildings/index.ts';
import { demoSeasonCsvRows } from '../src/services/demo/heating-buildings-demo.ts';
import { saveEnterprises } from '../src/services/enterprises/index.ts';
import { createHeatingProject, importReadings, setAreaFigure } from '../src/services/heating/index.ts';
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

const OPERATOR = '91110302MA01XK2Q5X';
const hb = zhCN.hb;
const HEADER = 'projectCode,at,electricityKwh,heatGj,waterM3';
const DESIGN = {
  projectKind: 'new',
  heatSources: [
    { id: 'H-1', technology: 'biomass', capacityKw: '600' },
    { id: 'H-2', technology: 'gas_boiler', capacityKw: '400' },
  ],
};

// A failure, not a skip, when the UI has not been built: this test says what to run.
test('the web UI has been built (npm run build:web)', () => requireBuiltWeb());

describe('heating, buildings and targets pages', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const ids = { heating: 0, building: 0 };

  before(async () => {
    requireBuiltWeb();
    server = await startServer(async (store) => {
      const actor = systemActor('test');
      const now = new Date();
      await saveEnterprises(store, actor, [
        {
          creditCode: OPERATOR,
          name: { zh: '【测试】亦庄热力有限公司', en: '[Test] Yizhuang Heat' },
          area: 'etdz_60',
        },
      ]);
      const users = [
        ['heat', 'officer', { department: 'beijing-urban-management' }],
        ['stats', 'officer', { department: 'beijing-statistics' }],
        ['planner', 'officer', { department: 'planning-natural-resources-branch' }],
      ] as const;
      for (const [username, role, extra] of users)
        await createUser(store, actor, { username, password: TEST_PASSWORD, role, ...extra });
      const p = await createHeatingProject(
        store,
        actor,
        {
          code: 'HP-T1',
          name: '【测试】生物质供热站',
          technology: 'biomass',
          creditCode: OPERATOR,
          design: DESIGN,
        },
        now,
      );
      ids.heating = p.id;
      const csv = [HEADER, ...demoSeasonCsvRows('HP-T1', 5000, 3.6)].join('\n');
      await importReadings(store, actor, { data: Buffer.from(csv), format: 'csv' }, now);
      for (const [year, area] of [
        [2023, '121000000'],
        [2024, '133000000'],
      ] as const)
        await setAreaFigure(store, actor, { year, newEnergyAreaM2: area, totalAreaM2: '1000000000' }, now);
      const b = await createBuildingProject(
        store,
        actor,
        {
          code: 'BP-T1',
          name: '【测试】实验学校',
          facts: {
            location: 'etdz_60',
            projectKind: 'new',
            buildingClass: 'civil',
            use: 'school',
            investor: 'government',
            approvalDate: '2024-03-15',
          },
          gate: { investmentPromotion: false, landSupply: 'allocation' },
          targetKind: 'ule_new_building',
          areaSqm: '32000',
          completedOn: '2025-08-31',
        },
        now,
      );
      ids.building = b.id;
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    username?: string,
  ): Promise<{ page: Page; problems: string[]; done: () => Promise<void> }> {
    assert.ok(server && browser, 'set up in before()');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const { page, problems } = await trackedPage(context);
    if (username) await signIn(page, server.base, username);
    return { page, problems, done: () => context.close() };
  }

  test('signed out: the heating design check and the building requirement check give their reasons', async () => {
    const { page, problems, done } = await open();
    await page.goto(`${server!.base}/`);
    await page.locator('.main-nav').getByRole('link', { name: hb.nav.section }).click();
    await page.waitForURL(`${server!.base}/heating/check`);
    assert.equal(await seen(page.locator('h1')), hb.check.heatingTitle);
    // The first worked example (reclaimed-water heat pumps 4,000 kW + gas 1,400 kW) is loaded.
    await page.locator('form.evaluate-form button[type="submit"]').click();
    await page.locator('.decision .badge-outcome-eligible').waitFor();
    assert.ok((await page.locator('.decision .reason').count()) > 3);
    await page.locator('.hb-subnav').getByRole('link', { name: hb.nav.buildingsCheck }).click();
    await page.waitForURL(`${server!.base}/buildings/check`);
    await page.locator('form.evaluate-form button[type="submit"]').click();
    await page.locator('.decision').waitFor();
    assert.match(await seen(page.locator('.decision')), /星级/);
    assert.deepEqual(problems, []);
    await done();
  });

  test('the heating supervisor: season report with chart and design check; a readings file with a bad row', async () => {
    const { page, problems, done } = await open('heat');
    await page.goto(`${server!.base}/heating`);
    await page.locator('tr[data-project="HP-T1"] a').click();
    await page.waitForURL(`${server!.base}/heating/projects/${ids.heating}`);
    await page.locator('.hb-report .hb-figure-spf').waitFor();
    assert.match(await seen(page.locator('.hb-report h2')), /2024-2025/);
    assert.match(await seen(page.locator('.hb-figure-spf .hb-figure-value')), /^\d\.\d\d$/);
    assert.match(await seen(page.locator('.hb-factor')), /0\.6776/);
    assert.equal(await page.locator('.hb-chart .hb-chart-month').count(), 5);
    await page.locator('.hb-design .badge-outcome-eligible').waitFor();
    await screenshot(page, 'heating-report');

    await page.goto(`${server!.base}/heating`);
    const csv = [
      HEADER,
      'HP-T1,2025-11-16T00:00:00+08:00,900000,12000,2500',
      'HP-T1,2025-11-17T00:00:00+08:00,880000,12100,2510',
    ].join('\n');
    await page
      .locator('.hb-import input[name="file"]')
      .setInputFiles({ name: 'readings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('.hb-import button[type="submit"]').click();
    await page.locator('.hb-import-result').waitFor();
    assert.match(await seen(page.locator('.hb-import-result [role="status"]')), /已导入 1 条读数/);
    assert.deepEqual(await page.locator('.hb-rejected tbody th').allInnerTexts(), ['3']);
    assert.match(await seen(page.locator('.hb-rejected tbody td').nth(2)), /小于此前读数/);
    assert.deepEqual(problems, []);
    await done();
  });

  test('the planning branch records its own checklist item; other departments’ items are not offered', async () => {
    const { page, problems, done } = await open('planner');
    await page.goto(`${server!.base}/buildings`);
    await page.locator('tr[data-project="BP-T1"] a').click();
    await page.waitForURL(`${server!.base}/buildings/projects/${ids.building}`);
    const review = page.locator('.hb-gate[data-item="design.review"]');
    await review.waitFor();
    assert.equal(await seen(review.locator('.hb-status')), hb.checklist.status.missing);
    assert.equal(await page.locator('.hb-gate[data-item="construction.standards"] .hb-gate-open').count(), 0);
    await review.getByRole('button', { name: hb.checklist.record }).click();
    await review.locator('textarea[name="note"]').fill('施工图审查合格');
    await review.getByRole('button', { name: hb.checklist.recordSubmit }).click();
    await review.locator('.hb-status-done').waitFor();
    assert.match(await seen(review.locator('.hb-gate-record')), /user:planner.*施工图审查合格/);
    assert.equal(await seen(review.locator('.hb-gate-open')), hb.checklist.withdraw);
    await screenshot(page, 'buildings-checklist');
    assert.deepEqual(problems, []);
    await done();
  });

  test('the statistics bureau enters 2025 on the targets dashboard; building targets from the records', async () => {
    const { page, problems, done } = await open('stats');
    await page.goto(`${server!.base}/targets`);
    const area = page.locator('.hb-target-chart[data-target="jingfagai-2023-1309.target.area-2025"]');
    await area.waitFor();
    assert.equal(await area.locator('.hb-target-year').count(), 2);
    const form = page.locator('.hb-figure-form');
    await form.locator('[name="year"]').fill('2025');
    await form.locator('[name="newEnergyAreaM2"]').fill('146000000');
    await form.locator('[name="totalAreaM2"]').fill('1000000000');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="status"]').waitFor();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.hb-target-chart[data-target$="area-2025"] .hb-target-year').length === 3,
    );
    assert.match(await seen(page.locator('.hb-figures-table tr[data-year="2025"]')), /14\.60%/);
    await screenshot(page, 'targets');
    const ule = page.locator('.hb-building-target[data-target="ultra_low_energy"]');
    assert.match(await seen(ule), /32000/);
    assert.deepEqual(problems, []);
    await done();
  });

  test('the calculator offers 32号: a Beijing SRDI first recognition, 200,000 元 in 2024, not in force in 2026', async () => {
    const { page, problems, done } = await open();
    await page.goto(`${server!.base}/green`);
    const enterprise = page.locator('.green-enterprise');
    await enterprise.locator('[name="location"]').waitFor();
    for (const [k, v] of Object.entries({
      registeredTaxedAndInStatistics: 'true',
      majorAdministrativePenaltyWithin3Years: 'false',
      criminalRecordWithin3Years: 'false',
      onSeriousDishonestyList: 'false',
      majorSafetyAccidentWithin3Years: 'false',
      environmentalIncidentWithin3Years: 'false',
    }))
      await enterprise.locator(`[name="${k}"]`).selectOption(v);
    await enterprise.locator('[name="location"]').selectOption('"etdz_60"');
    const project = page.locator('.green-project[data-project="0"]');
    const select = project.locator('.green-add-item select');
    await select.locator('option[value="jingjiguanfa-2023-32/art-01-srdi"]').waitFor({ state: 'attached' });
    assert.equal(await select.locator(`optgroup[label="${hb.calc.groups.p1309}"] option`).count(), 1);
    await select.selectOption('jingjiguanfa-2023-32/art-01-srdi');
    await project.getByRole('button', { name: zhCN.green.calc.addItem, exact: true }).click();
    const candidate = project.locator('.green-candidate[data-item="jingjiguanfa-2023-32/art-01-srdi"]');
    await candidate.locator('[name="title"]').waitFor();
    assert.match(await seen(candidate.locator('legend')), /京技管发〔2023〕32号 第一条/);
    await candidate.locator('[name="title"]').selectOption('"beijing_srdi"');
    await candidate.locator('[name="basis"]').selectOption('"first_recognition"');
    await candidate.locator('[name="eventDate"]').fill('2024-08-15');
    const asOf = page.locator('.green-toolbar input[type="date"]');
    for (const [date, expect] of [
      ['2024-09-30', '200000.00'],
      ['2026-03-01', null],
    ] as const) {
      await asOf.fill(date);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/match'));
      await page.getByRole('button', { name: zhCN.green.calc.submit, exact: true }).click();
      const body = (await (await answer).json()) as {
        projects: { entries: { decision: { outcome: string; amount: string | null } }[] }[];
      };
      const d = body.projects[0]?.entries[0]?.decision;
      assert.deepEqual([d?.outcome, d?.amount], expect ? ['eligible', expect] : ['not_in_force', null]);
      const entry = page.locator('.green-entry[data-item="jingjiguanfa-2023-32/art-01-srdi"]');
      await entry.locator(`.badge-outcome-${expect ? 'eligible' : 'not_in_force'}`).waitFor();
      assert.match(await seen(entry.locator('h4')), /京技管发〔2023〕32号 第一条/);
    }
    assert.deepEqual(problems, []);
    await done();
  });

  test('on a phone the season report and the dashboard do not scroll sideways', async () => {
    assert.ok(server && browser);
    const context = await phoneContext(browser);
    const { page, problems } = await trackedPage(context);
    await signIn(page, server.base, 'heat');
    await page.goto(`${server.base}/heating/projects/${ids.heating}`);
    // The latest season (2025-2026, one reading so far) cannot be computed; the one before can.
    await page.locator('.hb-report .alert-error').waitFor();
    await page.locator('select[name="season"]').selectOption('2024-2025');
    await page.locator('.hb-chart').waitFor();
    assert.ok((await scrollWidth(page)) <= 375, `report scrolls sideways: ${await scrollWidth(page)}`);
    await screenshot(page, 'heating-report-phone');
    await page.goto(`${server.base}/targets`);
    await page.locator('.hb-target-chart').first().waitFor();
    assert.ok((await scrollWidth(page)) <= 375, `targets scroll sideways: ${await scrollWidth(page)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
