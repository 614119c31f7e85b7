/**
 * Foreign-investment services over HTTP: the public policy list in both languages; a file opened
 * by 营商合作局 (contact phone masked), refused to another bureau (403 naming department) and to
 * another enterprise (403 naming creditCode); an enterprise raising its own request; an item's
 * steps, the escalation list and the export; 无事不扰 (409 naming reason); the push and notices;
 * the routes in the OpenAPI document.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { setDataKeyForTests } from '../services/shared/crypto.ts';
import { testStores } from '../store/test-stores.ts';
import { addUser, FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

const cc = (base: string) => base + creditCodeCheckChar(base);
const ALPHA = cc('91110302MA01FA01X');
const BETA = cc('91110302MA01FA02X');
const P = '/api/v1/enterprise-service';
/** 2025-06-10 10:00 in Asia/Shanghai: inside the trial. */
const NOW = new Date('2025-06-10T02:00:00Z');
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

for (const factory of testStores()) {
  describe(`foreign-investment services API on ${factory.name}`, () => {
    let t: TestApp;
    const h: Record<string, Record<string, string>> = {};
    const call = (who: string | null, method: string, url: string, payload?: object) =>
      t.app.inject({
        method: method as 'GET',
        url: `${P}${url}`,
        headers: (who ? h[who] : undefined) ?? {},
        ...(payload ? { payload } : {}),
      });
    before(async () => {
      setDataKeyForTests(randomBytes(32));
      t = await openTestApp(factory, () => NOW);
      const iso = FIXED_NOW.toISOString();
      for (const [code, n] of [
        [ALPHA, 'Alpha'],
        [BETA, 'Beta'],
      ] as const)
        await t.store.db
          .insertInto('enterprises')
          .values({
            credit_code: code,
            name_zh: `【演示】${n}`,
            name_en: `[DEMO] ${n} GmbH`,
            area: 'etdz_60',
            lat: null,
            lng: null,
            industry: 'C39',
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
      await addUser(t.store, { username: 'bc-officer', role: 'officer', department: 'business-cooperation' });
      await addUser(t.store, { username: 'ops-officer', role: 'officer', department: 'city-operations' });
      await addUser(t.store, { username: 'alpha-user', role: 'enterprise', creditCode: ALPHA });
      await addUser(t.store, { username: 'beta-user', role: 'enterprise', creditCode: BETA });
      for (const u of ['bc-officer', 'ops-officer', 'alpha-user', 'beta-user']) h[u] = await signIn(t.app, u);
    });
    after(async () => {
      await t?.close();
      setDataKeyForTests(null);
    });

    test('the policy list is public, in both languages', async () => {
      const r = await call(null, 'GET', '/policy-list?kind=service');
      assert.equal(r.statusCode, 200);
      const items = json<{ items: { ruleId: string; title: { zh: string; en: string } }[] }>(r).items;
      assert.deepEqual(
        items.map((i) => i.ruleId),
        ['jingjiguanfa-2023-28/no-disturbance'],
      );
      assert.match(items[0]!.title.en, /No disturbance/);
      assert.equal((await call(null, 'GET', '/policy-list?kind=nope')).statusCode, 400);
    });

    test('files: opened by the bureau, refused to others, phone masked', async () => {
      const r = await call('bc-officer', 'POST', '/files', {
        creditCode: ALPHA,
        officer: 'bc-officer',
        language: 'en',
        contacts: [{ name: 'Anna', phone: '13912345678' }],
      });
      assert.equal(r.statusCode, 201, r.body);
      const f = json<{ id: number; contacts: { phone: string }[] }>(r);
      assert.equal(f.contacts[0]!.phone, '139****5678');
      assert.doesNotMatch(r.body, /13912345678/);
      const other = await call('ops-officer', 'GET', '/files');
      assert.equal(other.statusCode, 403);
      assert.equal(json<{ error: { field: string } }>(other).error.field, 'department');
      const beta = await call('beta-user', 'GET', `/files/${f.id}`);
      assert.equal(beta.statusCode, 403);
      assert.equal(json<{ error: { field: string } }>(beta).error.field, 'creditCode');
      assert.equal((await call('alpha-user', 'GET', `/files/${f.id}`)).statusCode, 200);
      const mine = json<{ files: unknown[] }>(await call('bc-officer', 'GET', '/files?mine=true'));
      assert.equal(mine.files.length, 1);
      assert.equal((await call(null, 'GET', '/files')).statusCode, 401);
    });

    test('items: raised by the enterprise, stepped by the officer, escalated, exported', async () => {
      const raised = await call('alpha-user', 'POST', '/items', {
        creditCode: ALPHA,
        kind: 'request',
        title: 'Customs clearance',
        receivedOn: '2025-06-03',
      });
      assert.equal(raised.statusCode, 201, raised.body);
      const item = json<{ id: number; dueOn: string; source: string }>(raised);
      assert.equal(item.dueOn, '2025-06-10');
      assert.equal(item.source, 'website');
      const skip = await call('bc-officer', 'POST', `/items/${item.id}/steps`, { action: 'close' });
      assert.equal(skip.statusCode, 400);
      assert.equal(json<{ error: { field: string } }>(skip).error.field, 'action');
      const assigned = await call('bc-officer', 'POST', `/items/${item.id}/steps`, {
        action: 'assign',
        owner: 'bc-officer',
        workingDays: 5,
      });
      assert.equal(assigned.statusCode, 200, assigned.body);
      const esc = json<{ items: { id: number; escalation: { level: number } }[] }>(
        await call('bc-officer', 'GET', '/escalations?asOf=2025-06-16'),
      );
      assert.deepEqual(
        esc.items.map((i) => [i.id, i.escalation.level]),
        [[item.id, 2]],
      );
      assert.equal((await call('alpha-user', 'GET', '/escalations')).statusCode, 403);
      const own = json<{ items: { creditCode: string }[] }>(await call('beta-user', 'GET', '/items'));
      assert.equal(own.items.length, 0);
      const x = await call('bc-officer', 'GET', '/export.xlsx');
      assert.equal(x.statusCode, 200);
      assert.match(String(x.headers['content-type']), /spreadsheetml/);
      const one = json<{ history: unknown[] }>(await call('alpha-user', 'GET', `/items/${item.id}`));
      assert.equal(one.history.length, 2);
    });

    test('无事不扰: a routine inspection without a reason is refused, naming reason', async () => {
      assert.equal((await call('bc-officer', 'PUT', `/files/${ALPHA}/credit`, CLEAN)).statusCode, 400);
      const files = json<{ files: { id: number }[] }>(await call('bc-officer', 'GET', '/files'));
      const id = files.files[0]!.id;
      const credit = await call('bc-officer', 'PUT', `/files/${id}/credit`, CLEAN);
      assert.equal(json<{ intensity: string }>(credit).intensity, 'no_disturbance');
      const refused = await call('bc-officer', 'POST', `/files/${id}/inspections`, {
        plannedOn: '2025-07-01',
        kind: 'routine',
      });
      assert.equal(refused.statusCode, 409);
      assert.equal(json<{ error: { field: string } }>(refused).error.field, 'reason');
      const ok = await call('bc-officer', 'POST', `/files/${id}/inspections`, {
        plannedOn: '2025-07-01',
        kind: 'routine',
        reason: 'Annual random check list',
      });
      assert.equal(ok.statusCode, 201);
      assert.equal(json<{ outcome: string }>(ok).outcome, 'needs_review');
    });

    test('push and notices; the OpenAPI document lists the routes', async () => {
      const files = json<{ files: { id: number }[] }>(await call('bc-officer', 'GET', '/files'));
      const profile = {
        enterprise: {
          location: 'yizhuang_225',
          registeredTaxedAndInStatistics: true,
          majorAdministrativePenaltyWithin3Years: false,
          criminalRecordWithin3Years: false,
          onSeriousDishonestyList: false,
        },
        projects: [
          {
            id: 'rent',
            candidates: [
              {
                item: 'jingjiguanfa-2023-32/art-05-rent',
                facts: {
                  inInnovationGrowthPlan: true,
                  beijingSrdiSme: true,
                  rentPerSqmPerDay: '2.00',
                  leasedAreaSqm: 300,
                  subsidisedDays: 365,
                },
              },
            ],
          },
        ],
      };
      const patched = await call('bc-officer', 'PATCH', `/files/${files.files[0]!.id}`, {
        matchProfile: profile,
      });
      assert.equal(patched.statusCode, 200, patched.body);
      const push = await call('bc-officer', 'POST', '/push', {});
      assert.equal(json<{ notices: number }>(push).notices, 1);
      assert.equal(json<{ notices: number }>(await call('bc-officer', 'POST', '/push', {})).notices, 0);
      const notes = json<{ notices: { language: string; subject: string }[] }>(
        await call('alpha-user', 'GET', '/notices'),
      );
      assert.equal(notes.notices.length, 1);
      assert.match(notes.notices[0]!.subject, /Alpha GmbH/);
      assert.equal(
        json<{ notices: unknown[] }>(await call('beta-user', 'GET', '/notices')).notices.length,
        0,
      );
      const doc = json<{ paths: Record<string, unknown> }>(
        await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }),
      );
      assert.ok(doc.paths['/api/v1/enterprise-service/items/{id}/steps']);
    });
  });
}
