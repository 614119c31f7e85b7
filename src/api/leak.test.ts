/**
 * No personal data in the clear where it does not belong (issue #5, item 3), on SQLite and
 * PostgreSQL. The app runs with a pino logger at `trace` writing to memory, with the production
 * redaction (LOG_REDACT) and URL masking; every route that takes or answers personal data is driven
 * — sign-in, work-relief workers (register, a bad ID, a bad phone, a duplicate, a search by ID in
 * the query string, the roster by ID, import with a bad row), attendance import by ID, wage
 * confirmation and payments (to his own card and to another's), the ledger, the air-plan sub-plans'
 * contact phones (and a bad one), enterprise-file contacts with phones (and a bad one). Then the
 * captured log lines, every answer (but the audited reveal, whose purpose is the number) and every
 * spreadsheet, PDF and CSV download the API offers at the time (read back: cells via exceljs, PDFs
 * via pdftotext) are searched for each plain resident ID, card and phone number used: none may
 * appear. Errors name the field and show the value masked.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { creditCodeCheckChar } from '../engine/identifiers.ts';
import { createUser, syncDepartments, systemActor } from '../services/accounts/index.ts';
import { setDataKeyForTests } from '../services/shared/crypto.ts';
import { PROJECT, testCard, testId } from '../services/work-relief/test-setup.ts';
import { testStores } from '../store/test-stores.ts';
import { buildApp, LOG_REDACT, maskPersonalNumbers } from './app.ts';
import { FIXED_NOW, json, signIn, type TestApp } from './test-app.ts';

const ID1 = testId('110111', '19750505', 51);
const ID2 = testId('110111', '19880808', 82);
const ID3 = testId('110109', '19660606', 63);
/** A resident ID with a wrong check character: refused, and never echoed. */
const ID_BAD = `${ID3.slice(0, 17)}${ID3.endsWith('0') ? '1' : '0'}`;
const CARD1 = testCard(501);
const CARD2 = testCard(502);
const CARD3 = testCard(503);
const PHONE_WORKER = '13700001111';
const PHONE_BAD = '1370000111'; // ten digits
const PHONE_DUTY = '13812345678';
const PHONE_FIE = '13912345678';
const PASSWORD = 'correct-horse-42';
/** Everything that must never appear in the clear. */
const SECRETS = [
  ID1,
  ID2,
  ID3,
  ID_BAD,
  ID3.slice(0, 17),
  CARD1,
  CARD2,
  CARD3,
  PHONE_WORKER,
  PHONE_BAD,
  PHONE_DUTY,
  PHONE_FIE,
  PASSWORD,
];
const cc = (base: string) => base + creditCodeCheckChar(base);
const FIRM = cc('91110302MA01FA01X');
const FIRM2 = cc('91110302MA01FA02X');
const WR = '/api/v1/work-relief';

function leaks(text: string): string[] {
  // Card numbers may also be split in groups of four.
  return SECRETS.filter((s) => text.includes(s) || text.replace(/[\s-]/g, '').includes(s));
}

async function workbookText(data: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        out.push(cell.text);
      }),
    ),
  );
  return out.join('\n');
}

test('maskPersonalNumbers: IDs, cards (grouped too) and phones masked; ids, years and dates kept', () => {
  assert.equal(
    maskPersonalNumbers(`/x?q=${ID1}&id=42&year=2026`),
    `/x?q=${'*'.repeat(14)}${ID1.slice(-4)}&id=42&year=2026`,
  );
  assert.equal(maskPersonalNumbers('6228 4800 0000 0501 2'), `${'*'.repeat(13)}${'05012'.slice(-4)}`);
  assert.equal(maskPersonalNumbers('q=1370000%201111'), '*******1111'.replace(/^/, 'q='));
  assert.equal(
    maskPersonalNumbers('/api/v1/work-relief/projects/12/ledger?period=2026-10'),
    '/api/v1/work-relief/projects/12/ledger?period=2026-10',
  );
  assert.equal(maskPersonalNumbers('11010919660606063X'), `${'*'.repeat(14)}063X`);
});

for (const factory of testStores()) {
  describe(`no personal data in logs, answers or downloads (${factory.name})`, () => {
    let t: TestApp;
    const log: string[] = [];
    const answers: { what: string; body: string }[] = [];
    const h: Record<string, Record<string, string>> = {};
    let projectId = 0;
    let workerId = 0;
    const call = async (
      who: string,
      opts: InjectOptions,
      expect?: number,
    ): Promise<LightMyRequestResponse> => {
      const r = await t.app.inject({ ...opts, headers: { ...h[who], ...(opts.headers as object) } });
      if (expect !== undefined) assert.equal(r.statusCode, expect, `${opts.method} ${opts.url}: ${r.body}`);
      answers.push({ what: `${opts.method} ${opts.url}`, body: r.body });
      return r;
    };
    const errorOf = (r: LightMyRequestResponse) =>
      json<{ error: { code: string; field: string; value?: unknown; message: string } }>(r).error;

    before(async () => {
      setDataKeyForTests(randomBytes(32));
      const store = await factory.open();
      await syncDepartments(store);
      const stream = new Writable({
        write(chunk, _enc, done) {
          log.push(String(chunk));
          done();
        },
      });
      const app = await buildApp(
        { store, now: () => FIXED_NOW, version: 'test', secureCookies: false },
        { webRoot: '/nonexistent', logger: { level: 'trace', stream, redact: LOG_REDACT } },
      );
      t = {
        app,
        store,
        close: async () => {
          await app.close();
          await store.close();
        },
      };
      const iso = FIXED_NOW.toISOString();
      for (const code of [FIRM, FIRM2])
        await store.db
          .insertInto('enterprises')
          .values({
            credit_code: code,
            name_zh: '【演示】阿尔法',
            name_en: '[DEMO] Alpha GmbH',
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
      for (const [username, role, department] of [
        ['root', 'admin', undefined],
        ['fsofficer', 'officer', 'fangshan-district'],
        ['taihu', 'officer', 'taihu-town'],
        ['duty', 'command_office', 'city-operations'],
        ['bcofficer', 'officer', 'business-cooperation'],
      ] as const)
        await createUser(store, systemActor('test'), { username, role, department, password: PASSWORD });
      // Sign-in through the logged app: the password is in the body.
      for (const u of ['root', 'fsofficer', 'taihu', 'duty', 'bcofficer']) h[u] = await signIn(t.app, u);
      h.anon = {};
    });
    after(async () => {
      await t?.close();
      setDataKeyForTests(null);
    });

    test('work relief: register, bad ID, bad phone, duplicate, search by ID, roster, imports, pay', async () => {
      projectId = json<{ id: number }>(
        await call(
          'fsofficer',
          { method: 'POST', url: `${WR}/projects`, payload: { ...PROJECT, code: 'LEAK-1', year: 2026 } },
          201,
        ),
      ).id;
      const w = await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/workers`,
          payload: {
            name: '孙长林',
            residentId: ID1,
            village: '青龙湖村',
            bankCard: CARD1,
            phone: PHONE_WORKER,
          },
        },
        201,
      );
      workerId = json<{ worker: { id: number } }>(w).worker.id;
      const bad = await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/workers`,
          payload: { name: '错号', residentId: ID_BAD, village: '村', bankCard: CARD3 },
        },
        400,
      );
      assert.equal(errorOf(bad).field, 'residentId');
      assert.ok(String(errorOf(bad).value).includes('*'));
      const badPhone = await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/workers`,
          payload: { name: '错号', residentId: ID3, village: '村', bankCard: CARD3, phone: PHONE_BAD },
        },
        400,
      );
      assert.equal(errorOf(badPhone).field, 'phone');
      const dup = await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/workers`,
          payload: { name: '孙长林', residentId: ID1, village: '村', bankCard: CARD2 },
        },
        409,
      );
      assert.equal(errorOf(dup).field, 'residentId');
      await call('fsofficer', { method: 'GET', url: `${WR}/workers?q=${ID1}` }, 200);
      await call(
        'fsofficer',
        { method: 'GET', url: `${WR}/workers?q=${CARD1.replace(/(\d{4})/g, '$1 ').trim()}` },
        200,
      );
      await call('fsofficer', { method: 'GET', url: `${WR}/workers/${workerId}` }, 200);
      await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/projects/${projectId}/roster`,
          payload: { residentId: ID1, post: '普工', joinedOn: '2026-10-01' },
        },
        201,
      );
      const csv = [
        '姓名,身份证号,行政村,银行卡号,手机号,进场日期',
        `周二林,${ID2},青龙湖村,${CARD2},,2026-10-01`,
        `吴三,${ID3.slice(0, 17)},青龙湖村,${CARD3},${PHONE_BAD},2026-10-01`,
      ].join('\n');
      const imp = await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/workers/import?projectId=${projectId}`,
          headers: { 'content-type': 'text/csv' },
          payload: csv,
        },
        200,
      );
      assert.equal(json<{ registered: number }>(imp).registered, 1);
      const entries = Array.from({ length: 20 }, (_, i) => ({
        workerId,
        day: `2026-10-${String(i + 1).padStart(2, '0')}`,
        halfDays: 2,
      }));
      await call(
        'fsofficer',
        { method: 'PUT', url: `${WR}/projects/${projectId}/attendance`, payload: { entries } },
        200,
      );
      const att = ['姓名,身份证号,月份,1,2', `孙长林,${ID1},2026-11,√,√`, `无名,${ID_BAD},2026-11,√,`].join(
        '\n',
      );
      await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/projects/${projectId}/attendance/import?format=csv`,
          headers: { 'content-type': 'text/csv' },
          payload: att,
        },
        200,
      );
      await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/projects/${projectId}/ledger/confirm`,
          payload: {
            workerId,
            period: '2026-10',
            amount: '3666.60',
            method: 'signature',
            confirmedOn: '2026-11-02',
          },
        },
        200,
      );
      const third = await call('fsofficer', {
        method: 'POST',
        url: `${WR}/projects/${projectId}/ledger/payments`,
        payload: { workerId, period: '2026-10', amount: '3666.60', bankCard: CARD2, paidOn: '2026-11-10' },
      });
      assert.ok(third.statusCode >= 400, third.body);
      const shortCard = await call('fsofficer', {
        method: 'POST',
        url: `${WR}/projects/${projectId}/ledger/payments`,
        payload: {
          workerId,
          period: '2026-10',
          amount: '3666.60',
          bankCard: CARD1.slice(0, 11),
          paidOn: '2026-11-10',
        },
      });
      assert.equal(shortCard.statusCode, 400);
      await call(
        'fsofficer',
        {
          method: 'POST',
          url: `${WR}/projects/${projectId}/ledger/payments`,
          payload: { workerId, period: '2026-10', amount: '3666.60', bankCard: CARD1, paidOn: '2026-11-10' },
        },
        201,
      );
      await call(
        'fsofficer',
        { method: 'GET', url: `${WR}/projects/${projectId}/ledger?period=2026-10` },
        200,
      );
      await call('fsofficer', { method: 'GET', url: `${WR}/projects/${projectId}/roster` }, 200);
    });

    test('air-plan sub-plans and enterprise files: contact phones, and bad ones', async () => {
      const body = {
        filedOn: '2026-11-20',
        documentRef: '台政发〔2026〕88号',
        leaderName: '王局长',
        contactName: '李值班',
        contactPhone: PHONE_DUTY,
      };
      await call('taihu', { method: 'PUT', url: '/api/v1/air/subplans/taihu-town', payload: body }, 200);
      const bad = await call('taihu', {
        method: 'PUT',
        url: '/api/v1/air/subplans/taihu-town',
        payload: { ...body, contactPhone: PHONE_BAD },
      });
      assert.equal(errorOf(bad).field, 'contactPhone');
      await call('duty', { method: 'GET', url: '/api/v1/air/subplans' }, 200);
      // The audited reveal is the one answer meant to carry the number: checked, then left out.
      const reveal = await t.app.inject({
        method: 'POST',
        url: '/api/v1/air/subplans/taihu-town/reveal',
        headers: h.duty!,
        payload: { reason: '联系值班' },
      });
      assert.equal(json<{ contactPhone: string }>(reveal).contactPhone, PHONE_DUTY);
      const fie = '/api/v1/enterprise-service/files';
      await call(
        'bcofficer',
        {
          method: 'POST',
          url: fie,
          payload: {
            creditCode: FIRM,
            officer: 'bcofficer',
            language: 'en',
            contacts: [{ name: 'Anna', phone: PHONE_FIE }],
          },
        },
        201,
      );
      const badFie = await call('bcofficer', {
        method: 'POST',
        url: fie,
        payload: {
          creditCode: FIRM2,
          officer: 'bcofficer',
          language: 'en',
          contacts: [{ name: 'Bob', phone: PHONE_BAD }],
        },
      });
      // Contact phones may be landlines: any number is accepted, and kept masked like the others.
      assert.ok(badFie.statusCode < 500, badFie.body);
      await call('bcofficer', { method: 'GET', url: fie }, 200);
    });

    test('a failed sign-in with a phone number as the username leaves no trace of it', async () => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: PHONE_WORKER, password: PASSWORD },
      });
      assert.equal(r.statusCode, 401);
      answers.push({ what: 'login', body: r.body });
    });

    test('every spreadsheet, PDF and CSV download the API offers holds no plain number', async () => {
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      const downloads = Object.keys(doc.paths).filter(
        (p) => /\.(xlsx|pdf|csv)$/.test(p) && doc.paths[p]!.get,
      );
      const read: string[] = [];
      for (const path of downloads) {
        const url = `${path.replace(/\{[^}]+\}/g, path.startsWith(WR) ? String(projectId) : '1')}?period=2026-10&year=2026`;
        const r = await t.app.inject({ method: 'GET', url, headers: h.root! });
        if (r.statusCode !== 200) continue;
        const type = String(r.headers['content-type']);
        const text = type.includes('spreadsheetml')
          ? await workbookText(r.rawPayload)
          : type.includes('pdf')
            ? execFileSync('pdftotext', ['-q', '-', '-'], { input: r.rawPayload }).toString('utf8')
            : r.body;
        assert.deepEqual(leaks(text), [], `${url} shows personal data`);
        read.push(path);
      }
      for (const must of [`${WR}/projects/{id}/ledger.xlsx`, `${WR}/review.xlsx`])
        assert.ok(read.includes(must), `${must} was not read (read: ${read.join(', ')})`);
      // The ledger does name its worker (masked): the check reads real content.
      const ledger = await t.app.inject({
        method: 'GET',
        url: `${WR}/projects/${projectId}/ledger.xlsx?period=2026-10`,
        headers: h.root!,
      });
      const text = await workbookText(ledger.rawPayload);
      assert.ok(text.includes('孙长林') && text.includes(ID1.slice(-4)), text.slice(0, 500));
    });

    test('no answer and no log line holds a plain ID, card, phone or the password', () => {
      for (const a of answers)
        assert.deepEqual(leaks(a.body), [], `${a.what} answered ${a.body.slice(0, 300)}`);
      const all = log.join('');
      assert.ok(log.length > 50, `only ${log.length} log lines`);
      assert.ok(all.includes('"url":"/api/v1/work-relief/workers?q='), 'the search was logged');
      assert.ok(all.includes('incoming request'));
      for (const line of log) assert.deepEqual(leaks(line), [], line);
    });
  });
}
