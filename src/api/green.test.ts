/**
 * The green low-carbon fund over HTTP: the calculator for anyone, an application from filing to
 * approval by the bureau, a 免申即享 list import and run, the budget and its Excel export, roles,
 * and the routes in the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { EXAMPLE_COMMON } from '../policies/jingjiguanfa-2023-31/example-facts.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

const FIRM = '91110302MA01GA01X';
const CC = FIRM + creditCodeCheckChar(FIRM);
const PROJECT = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
};

describe('green fund API', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp(testStores()[0]!);
    const iso = FIXED_NOW.toISOString();
    await t.store.db
      .insertInto('enterprises')
      .values({
        credit_code: CC,
        name_zh: '【演示】绿能科技',
        name_en: '[DEMO] Green Energy Tech',
        area: 'etdz_60',
        lat: null,
        lng: null,
        industry: null,
        foreign_invested: 0,
        investor_country: null,
        scale: null,
        employees: null,
        registered_on: null,
        profile: JSON.stringify({
          standing: {
            registeredTaxedAndInStatistics: true,
            majorAdministrativePenaltyWithin3Years: false,
            criminalRecordWithin3Years: false,
            onSeriousDishonestyList: false,
            majorSafetyAccidentWithin3Years: false,
            environmentalIncidentWithin3Years: false,
          },
        }),
        demo: 1,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    await addUser(t.store, { username: 'firm', role: 'enterprise', creditCode: CC });
    await addUser(t.store, { username: 'city', role: 'officer', department: 'city-operations' });
    await addUser(t.store, { username: 'city-rev', role: 'reviewer', department: 'city-operations' });
    await addUser(t.store, { username: 'build', role: 'officer', department: 'development-construction' });
  });
  after(async () => {
    await t?.close();
  });

  test('POST /match for anyone; bad input is a 400 naming the field', async () => {
    // 第一章 一（一）: 1,000,000 × (30% + 5% 高新技术产品) = 350,000 元.
    const profile = {
      enterprise: EXAMPLE_COMMON,
      projects: [
        {
          id: 'p1',
          facts: { ...PROJECT, usesHighTechProduct: true, usesFirstSet: false },
          candidates: [
            { item: 1, facts: { enterprise: true, airPollutant: 'nox', paymentExcludingTax: '1000000' } },
          ],
        },
      ],
    };
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/match',
      payload: { asOf: '2026-03-01', profile },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(json<{ total: string }>(r).total, '350000.00');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/match',
      payload: { profile: { enterprise: {}, projects: [{ id: 'x', candidates: [{ item: 'item-99' }] }] } },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(
      json<{ error: { field: string } }>(bad).error.field,
      'profile.projects[0].candidates[0].item',
    );
  });

  test('an application from the enterprise to the bureau’s approval', async () => {
    const firm = await signIn(t.app, 'firm');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/green/applications',
      headers: firm,
      payload: {
        item: 1,
        projectRef: 'VOC-1',
        projectName: '喷涂线治理',
        facts: {
          enterprise: true,
          airPollutant: 'vocs',
          paymentExcludingTax: '500000',
          usesHighTechProduct: false,
          usesFirstSet: false,
          ...PROJECT,
        },
        materials: [
          'licence',
          'credit_commitment',
          'application_form',
          'contracts',
          'invoices',
          'completion',
        ].map((key) => ({ key, provided: true })),
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const app = json<{ id: number; amount: string; state: string }>(created);
    assert.deepEqual([app.state, app.amount], ['draft', '150000.00']);
    const move = (headers: Record<string, string>, action: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/green/applications/${app.id}/transitions`,
        headers,
        payload: { action },
      });
    assert.equal((await move(firm, 'submit')).statusCode, 200);
    const city = await signIn(t.app, 'city');
    const queue = json<{ applications: { id: number }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/green/applications?state=submitted', headers: city }),
    );
    assert.deepEqual(
      queue.applications.map((a) => a.id),
      [app.id],
    );
    const other = json<{ applications: unknown[] }>(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/green/applications',
        headers: await signIn(t.app, 'build'),
      }),
    );
    assert.equal(other.applications.length, 0);
    assert.equal((await move(firm, 'start_review')).statusCode, 403);
    assert.equal((await move(city, 'start_review')).statusCode, 200);
    assert.equal((await move(city, 'start_review')).statusCode, 409);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/green/applications/${app.id}/approve`,
      headers: await signIn(t.app, 'city-rev'),
      payload: {},
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(json<{ approvedAmount: string }>(approved).approvedAmount, '150000.00');
    const notices = json<{ notices: { kind: string }[] }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/green/notices', headers: firm }),
    );
    assert.ok(notices.notices.some((n) => n.kind === 'application.approved'));
  });

  test('a 免申即享 list, a run, the budget and its export', async () => {
    const build = await signIn(t.app, 'build');
    const csv = [
      'creditCode,projectRef,projectName,greenSafeSiteTitle,modelSiteTitle,penalisedForEnvironmentalIssues,municipalWrittenNoticeForEnvironmentalIssues,siteCompleted,projectLocation',
      `${CC},S-1,一号工地,是,否,否,否,是,etdz_60`,
      `${CC},S-2,二号工地,是,否,否,否,不知道,etdz_60`,
    ].join('\n');
    const imp = await t.app.inject({
      method: 'POST',
      url: '/api/v1/green/grant-lists/import?kind=green-construction-site',
      headers: { ...build, 'content-type': 'text/csv' },
      payload: csv,
    });
    assert.equal(imp.statusCode, 200, imp.body);
    const body = json<{ listId: number; added: number; errors: { row: number; field: string }[] }>(imp);
    assert.deepEqual([body.added, body.errors.map((e) => [e.row, e.field])], [1, [[3, 'siteCompleted']]]);
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/green/grant-runs',
      headers: build,
      payload: { listIds: [body.listId] },
    });
    assert.equal(run.statusCode, 201, run.body);
    // 第一章 三（二十七）: 北京市绿色安全工地 10 万元.
    assert.equal(json<{ summary: { total: string } }>(run).summary.total, '100000.00');
    const budget = await t.app.inject({
      method: 'GET',
      url: '/api/v1/green/budget?year=2026',
      headers: build,
    });
    const lines = json<{ lines: { item: number; committed: string; approved: string }[] }>(budget).lines;
    assert.deepEqual(
      lines.map((l) => [l.item, l.committed, l.approved]),
      [
        [1, '0.00', '150000.00'],
        [27, '100000.00', '0.00'],
      ],
    );
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/green/budget.xlsx', headers: build });
    assert.equal(xlsx.statusCode, 200);
    assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
    const firm = await signIn(t.app, 'firm');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/green/budget', headers: firm })).statusCode,
      403,
    );
    const template = await t.app.inject({
      method: 'GET',
      url: '/api/v1/green/grant-lists/templates/green-construction-site',
    });
    assert.equal(template.statusCode, 200);
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = json<{ paths: Record<string, unknown> }>(
      await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
    );
    for (const p of [
      '/api/v1/match',
      '/api/v1/green/applications',
      '/api/v1/green/grant-runs',
      '/api/v1/green/budget',
    ])
      assert.ok(p in doc.paths, p);
  });
});
