/**
 * The printable documents over HTTP, on the demo E-Town (every database): the alert order with its
 * receipt list (29号), the award decision of the demo's paid application (31号) and the wage sheet
 * of a demo work-relief month (1336号) come back as `application/pdf` with a file name, and their
 * text (pdftotext) carries the title, the figures and the rows; each is refused exactly as the JSON
 * route that shows the same data (anonymous 401, the wrong role or enterprise 403), and an
 * application that is not approved has no decision (409).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Fen, formatYuan } from '../engine/money.ts';
import { measuresFor } from '../policies/jingjiguanfa-2023-29/measures.ts';
import { itemRule } from '../policies/jingjiguanfa-2023-31/match.ts';
import { toActor } from '../services/accounts/index.ts';
import { acknowledgeNotice, issueAlert } from '../services/alerts/index.ts';
import { seedDemo } from '../services/demo/seed.ts';
import { pdfText, squeeze } from '../services/documents/test-pdf.ts';
import { findUserByUsername } from '../store/queries.ts';
import { testStores } from '../store/test-stores.ts';
import { FIXED_NOW, json, openTestApp, signIn, type TestApp } from './test-app.ts';

type Err = { error: { code: string; field: string | null } };

for (const factory of testStores()) {
  describe(`printable documents over HTTP on ${factory.name}`, () => {
    let t: TestApp;
    let alertId: number;
    const cookies: Record<string, Record<string, string>> = {};
    const get = (url: string, who?: string) =>
      t.app.inject({ method: 'GET', url, headers: who ? cookies[who]! : {} });
    before(async () => {
      t = await openTestApp(factory);
      await seedDemo(t.store, FIXED_NOW);
      for (const u of [
        'demo-command',
        'demo-enterprise',
        'demo-admin',
        'demo-officer',
        'demo-wr-fangshan',
        'demo-wr-mentougou',
      ])
        cookies[u] = await signIn(t.app, u, `${u}-2024`);
      const command = toActor((await findUserByUsername(t.store.db, 'demo-command'))!);
      alertId = await issueAlert(
        t.store,
        command,
        {
          number: '京空指〔2026〕7号',
          level: 'orange',
          startsAt: '2026-11-27T20:00+08:00',
          endsAt: '2026-11-30T00:00+08:00',
          source: 'forecast',
          forecast: { start: '2026-11-27', dailyAqi: [180, 230, 260, 240, 120] },
          note: '据预报启动橙色预警',
        },
        FIXED_NOW,
      );
      const notices = await t.store.db
        .selectFrom('air_notices')
        .select(['id', 'name_zh'])
        .where('alert_id', '=', alertId)
        .where('recipient_kind', '=', 'unit')
        .orderBy('id')
        .execute();
      for (const n of notices.slice(0, 3))
        await acknowledgeNotice(t.store, command, n.id, new Date('2026-11-27T13:05:00Z'));
    });
    after(async () => {
      await t?.close();
    });

    test('the alert order: level, response, forecast run, measures verbatim, the receipt list', async () => {
      const r = await get(`/api/v1/air/alerts/${alertId}/order.pdf`, 'demo-command');
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      assert.equal(r.headers['content-type'], 'application/pdf');
      assert.equal(r.headers['content-disposition'], `inline; filename="alert-${alertId}-order.pdf"`);
      const pdf = r.rawPayload;
      const text = pdfText(pdf);
      const all = squeeze(text);
      assert.ok(all.includes('空气重污染橙色预警指令'));
      assert.ok(all.includes('京空指〔2026〕7号'));
      assert.ok(all.includes('橙色预警（橙色）'));
      assert.ok(all.includes('二级响应'));
      assert.ok(all.includes('2026-11-2720:00'), 'start in Beijing time');
      // 180, 230, 260, 240 from 11-27: four days above 150 (二(一)2, orange; red needs more).
      assert.ok(
        all.includes(
          '预报2026-11-27至2026-11-30连续4天，日AQI：180、230、260、240。日均值>150持续3天及以上（二(一)2）',
        ),
        'the run of forecast days',
      );
      for (const { measure } of measuresFor('orange').slice(0, 5))
        assert.ok(all.includes(squeeze(measure.text.zh)), `measure ${measure.clause} verbatim`);
      const units = await t.store.db
        .selectFrom('air_notices')
        .select(['name_zh', 'acknowledged_at', 'acknowledged_by'])
        .where('alert_id', '=', alertId)
        .orderBy('id')
        .execute();
      const acked = units.filter((u) => u.acknowledged_at !== null);
      assert.equal(acked.length, 3);
      for (const u of acked) assert.ok(all.includes(`${squeeze(u.name_zh)}2026-11-2721:05`), u.name_zh);
      assert.equal(
        (text.match(/未回执/g) ?? []).length,
        units.length - 3 + 1 + 1,
        'each outstanding row, the heading and the report',
      );
      assert.match(all, new RegExp(`已回执3，未回执${units.length - 3}`));
      assert.match(text, /第\s*1\s*页\s*共\s*\d+\s*页/);
      assert.match(all, /核验：审计记录#\d+/);
      assert.ok(
        pdf.equals((await get(`/api/v1/air/alerts/${alertId}/order.pdf`, 'demo-command')).rawPayload),
      );

      const en = squeeze(
        pdfText((await get(`/api/v1/air/alerts/${alertId}/order.pdf?lang=en`, 'demo-command')).rawPayload),
      );
      assert.ok(en.includes('Heavyair-pollutionOrangealertorder'));
      assert.ok(en.includes('outstanding'));
    });

    test('the alert order is for those who read alerts', async () => {
      assert.equal((await get(`/api/v1/air/alerts/${alertId}/order.pdf`)).statusCode, 401);
      const firm = await get(`/api/v1/air/alerts/${alertId}/order.pdf`, 'demo-enterprise');
      assert.deepEqual([firm.statusCode, json<Err>(firm).error.code], [403, 'ZC_ERR_FORBIDDEN']);
      assert.equal((await get('/api/v1/air/alerts/999999/order.pdf', 'demo-command')).statusCode, 404);
      assert.equal(
        (await get(`/api/v1/air/alerts/${alertId}/order.pdf?lang=fr`, 'demo-command')).statusCode,
        400,
      );
    });

    test('the award decision of a paid application: enterprise, clause verbatim, amount in 元, steps', async () => {
      const a = await t.store.db
        .selectFrom('green_applications')
        .selectAll()
        .where('state', '=', 'paid')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const e = await t.store.db
        .selectFrom('enterprises')
        .selectAll()
        .where('credit_code', '=', a.credit_code)
        .executeTakeFirstOrThrow();
      const r = await get(`/api/v1/green/applications/${a.id}/decision.pdf`, 'demo-admin');
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      assert.equal(r.headers['content-type'], 'application/pdf');
      assert.equal(r.headers['content-disposition'], `inline; filename="award-decision-${a.number}.pdf"`);
      const all = squeeze(pdfText(r.rawPayload));
      assert.ok(all.includes('绿色低碳发展资金奖励决定书'));
      assert.ok(all.includes(squeeze(e.name_zh)));
      assert.ok(all.includes(a.credit_code));
      const amount = formatYuan(a.approved_fen as Fen);
      assert.ok(all.includes(`决定给予奖励人民币${amount}元`), `amount ${amount}`);
      assert.ok(all.includes(`核定奖励金额：${amount}元`));
      for (const c of itemRule(a.rule_id, 'ruleId').citations)
        assert.ok(all.includes(squeeze(c.quote)), `clause ${c.clause} verbatim`);
      assert.ok(all.includes('2026年11月27日'), 'the decision date');
      assert.ok(all.includes('已拨付'));
      // The enterprise that does not own it is refused, as for the JSON application.
      const other = await get(`/api/v1/green/applications/${a.id}/decision.pdf`, 'demo-enterprise');
      const own = await get(`/api/v1/green/applications/${a.id}`, 'demo-enterprise');
      assert.equal(other.statusCode, own.statusCode);
      assert.equal((await get(`/api/v1/green/applications/${a.id}/decision.pdf`)).statusCode, 401);
    });

    test('an application that is not approved or paid has no decision (409)', async () => {
      const a = await t.store.db
        .selectFrom('green_applications')
        .select(['id'])
        .where('state', 'not in', ['approved', 'paid'])
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const r = await get(`/api/v1/green/applications/${a.id}/decision.pdf`, 'demo-admin');
      assert.equal(r.statusCode, 409);
      assert.deepEqual([json<Err>(r).error.code, json<Err>(r).error.field], ['ZC_ERR_CONFLICT', 'state']);
    });

    test('the wage sheet of a demo month: masked, totals, and only for the district', async () => {
      const line = await t.store.db
        .selectFrom('wr_ledger')
        .innerJoin('wr_projects', 'wr_projects.id', 'wr_ledger.project_id')
        .select(['wr_projects.id', 'wr_projects.code', 'wr_projects.district', 'wr_ledger.period'])
        .where('wr_projects.district', '=', 'fangshan-district')
        .orderBy('wr_ledger.id')
        .executeTakeFirstOrThrow();
      const url = `/api/v1/work-relief/projects/${line.id}/wage-sheet.pdf?period=${line.period}`;
      const r = await get(url, 'demo-wr-fangshan');
      assert.equal(r.statusCode, 200, r.body.slice(0, 300));
      assert.equal(
        r.headers['content-disposition'],
        `inline; filename="wage-sheet-${line.code}-${line.period}.pdf"`,
      );
      const ledger = json<{ lines: { residentId: string; bankCard: string }[]; totals: { due: string } }>(
        await get(`/api/v1/work-relief/projects/${line.id}/ledger?period=${line.period}`, 'demo-wr-fangshan'),
      );
      const all = squeeze(pdfText(r.rawPayload));
      for (const l of ledger.lines) {
        assert.ok(all.includes(squeeze(l.residentId)) && all.includes(squeeze(l.bankCard)));
        assert.match(l.residentId, /\*{8}/);
      }
      assert.ok(all.includes(`应发合计${ledger.totals.due}元`));
      const other = await get(url, 'demo-wr-mentougou');
      assert.deepEqual([other.statusCode, json<Err>(other).error.field], [403, 'department']);
      assert.equal((await get(url, 'demo-officer')).statusCode, 403);
      assert.equal((await get(url)).statusCode, 401);
    });
  });
}
