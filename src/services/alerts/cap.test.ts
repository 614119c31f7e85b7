/**
 * CAP 1.2 export of an air-pollution alert (issue #3, item 11): every message of an alert's life
 * — issue, raise, lower, extend, lift — is valid against the CAP 1.2 schema transcribed in
 * `cap-1.2.xsd`, the schema really rejects broken messages, times are Beijing time with an
 * explicit offset, and both languages carry the plan's health guidance.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { ZhengceError } from '../../engine/errors.ts';
import { measuresFor } from '../../policies/jingjiguanfa-2023-29/measures.ts';
import type { CapAlertEvent, CapAlertInput, CapOptions } from './cap.ts';
import { alertToCap, escapeXml, toCapDateTime } from './cap.ts';

let xsd = '';
before(async () => {
  xsd = await readFile(new URL('./cap-1.2.xsd', import.meta.url), 'utf8');
});

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const r = await validateXML({
    xml: [{ fileName: 'alert.xml', contents: xml }],
    schema: [{ fileName: 'cap-1.2.xsd', contents: xsd }],
  });
  return { valid: r.valid, errors: r.errors.map((e) => e.message) };
}
async function assertValid(xml: string): Promise<void> {
  const r = await validate(xml);
  assert.ok(r.valid, `expected a valid CAP 1.2 message:\n${r.errors.join('\n')}\n${xml}`);
}
async function assertInvalid(xml: string, pattern: RegExp): Promise<void> {
  const r = await validate(xml);
  assert.equal(r.valid, false, 'the schema accepted a broken message');
  assert.match(r.errors.join('\n'), pattern);
}

const OPTS: CapOptions = {
  sender: 'cgb@bda.gov.cn',
  senderName: {
    zh: '北京经济技术开发区空气重污染应急指挥部',
    en: 'E-Town heavy air pollution emergency command',
  },
  baseUrl: 'https://zhengce.example.cn/',
};
const ev = (seq: number, kind: CapAlertEvent['kind'], from: string | null, to: string | null, at: string) =>
  ({ seq, kind, fromLevel: from, toLevel: to, at, number: null, note: null }) satisfies CapAlertEvent;
const ISSUE = ev(1, 'issue', null, 'yellow', '2026-12-01T07:00:00.000Z');
const RAISE = ev(2, 'raise', 'yellow', 'red', '2026-12-02T04:00:00.000Z');
const LOWER = ev(3, 'lower', 'red', 'orange', '2026-12-03T04:00:00.000Z');
const LIFT = ev(4, 'lift', 'orange', null, '2026-12-04T02:00:00.000Z');
const ALERT: CapAlertInput = {
  id: 7,
  number: '京空气重污染指〔2026〕5号',
  level: 'yellow',
  status: 'active',
  startsAt: '2026-12-01T12:00:00.000Z',
  endsAt: '2026-12-04T15:59:59.000Z',
  events: [ISSUE],
};
const withEvents = (...events: CapAlertEvent[]): CapAlertInput => ({ ...ALERT, events });

/** Text of every `<name>` element, in document order. */
const all = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1] ?? '');
const one = (xml: string, name: string): string | undefined => all(xml, name)[0];
/** The two `<info>` blocks. */
const infos = (xml: string): string[] => all(xml, 'info');
const param = (info: string, name: string): string | undefined =>
  new RegExp(`<valueName>${name}</valueName>\\s*<value>([^<]*)</value>`).exec(info)?.[1];

describe('CAP 1.2 messages of an alert, validated against the schema', () => {
  test('issue yellow: an Alert, Beijing time, yellow grades, Prepare before the start', async () => {
    const xml = alertToCap(ALERT, OPTS);
    await assertValid(xml);
    assert.match(xml, /<alert xmlns="urn:oasis:names:tc:emergency:cap:1\.2">/);
    assert.equal(one(xml, 'identifier'), 'cn.bda.zhengce.air.7.1');
    assert.equal(one(xml, 'sender'), 'cgb@bda.gov.cn');
    assert.equal(one(xml, 'sent'), '2026-12-01T15:00:00+08:00');
    assert.equal(one(xml, 'status'), 'Actual');
    assert.equal(one(xml, 'msgType'), 'Alert');
    assert.equal(one(xml, 'scope'), 'Public');
    assert.equal(one(xml, 'references'), undefined);
    assert.equal(one(xml, 'incidents'), 'cn.bda.zhengce.air.7');
    for (const info of infos(xml)) {
      assert.equal(one(info, 'category'), 'Env');
      assert.equal(one(info, 'responseType'), 'Prepare');
      assert.deepEqual(
        ['urgency', 'severity', 'certainty'].map((n) => one(info, n)),
        ['Expected', 'Moderate', 'Likely'],
      );
      assert.equal(one(info, 'effective'), '2026-12-01T15:00:00+08:00');
      assert.equal(one(info, 'onset'), '2026-12-01T20:00:00+08:00');
      assert.equal(one(info, 'expires'), '2026-12-04T23:59:59+08:00');
      assert.equal(one(info, 'web'), 'https://zhengce.example.cn/air/alerts/7');
      assert.equal(param(info, 'alertLevel'), 'yellow');
      assert.equal(param(info, 'responseLevel'), 'III');
      assert.equal(param(info, 'orderNumber'), '京空气重污染指〔2026〕5号');
      assert.equal(param(info, 'eventKind'), 'issue');
    }
  });

  test('both languages: zh-CN then en, each with its own event, area, sender name and guidance', () => {
    const [zh, en, extra] = infos(alertToCap(ALERT, OPTS));
    assert.equal(extra, undefined);
    assert.ok(zh && en);
    assert.equal(one(zh, 'language'), 'zh-CN');
    assert.equal(one(en, 'language'), 'en');
    assert.equal(one(zh, 'event'), '重污染天气黄色预警');
    assert.equal(one(en, 'event'), 'Heavy air pollution yellow alert');
    assert.equal(one(zh, 'areaDesc'), '北京经济技术开发区');
    assert.equal(one(en, 'areaDesc'), 'Beijing Economic-Technological Development Area');
    assert.equal(one(zh, 'senderName'), OPTS.senderName.zh);
    assert.equal(one(en, 'senderName'), OPTS.senderName.en);
    assert.match(one(zh, 'description') ?? '', /三级响应[\s\S]*2026-12-01 20:00起，至2026-12-04 23:59止/);
    assert.match(one(en, 'description') ?? '', /Level III response[\s\S]*京空气重污染指〔2026〕5号/);
    const health = measuresFor('yellow').filter((e) => e.measure.group === 'health');
    assert.ok(health.length > 0);
    for (const { measure } of health) {
      assert.ok(one(zh, 'instruction')?.includes(escapeXml(measure.text.zh)), measure.id);
      assert.ok(one(en, 'instruction')?.includes(escapeXml(measure.text.en)), measure.id);
    }
    const mandatory = measuresFor('yellow').find((e) => e.measure.group === 'mandatory');
    assert.ok(mandatory && !one(zh, 'instruction')?.includes(mandatory.measure.text.zh));
  });

  test('raise to red: an Update referencing the issue, red grades, Execute once started', async () => {
    const xml = alertToCap({ ...withEvents(ISSUE, RAISE), level: 'red' }, OPTS);
    await assertValid(xml);
    assert.equal(one(xml, 'identifier'), 'cn.bda.zhengce.air.7.2');
    assert.equal(one(xml, 'msgType'), 'Update');
    assert.equal(one(xml, 'references'), 'cgb@bda.gov.cn,cn.bda.zhengce.air.7.1,2026-12-01T15:00:00+08:00');
    const [zh, en] = infos(xml);
    assert.ok(zh && en);
    assert.equal(one(zh, 'event'), '重污染天气红色预警');
    assert.equal(one(en, 'responseType'), 'Execute');
    assert.deepEqual(
      ['urgency', 'severity', 'certainty'].map((n) => one(en, n)),
      ['Immediate', 'Extreme', 'Likely'],
    );
    assert.equal(param(zh, 'responseLevel'), 'I');
    assert.match(one(zh, 'headline') ?? '', /提升为红色/);
    assert.match(one(en, 'description') ?? '', /from yellow to red/);
    const redHealth = measuresFor('red').filter((e) => e.measure.group === 'health');
    for (const { measure } of redHealth)
      assert.ok(one(en, 'instruction')?.includes(escapeXml(measure.text.en)));
  });

  test('lower to orange: an Update referencing both earlier messages, orange grades', async () => {
    const xml = alertToCap(withEvents(ISSUE, RAISE, LOWER), OPTS);
    await assertValid(xml);
    assert.equal(one(xml, 'msgType'), 'Update');
    assert.equal(
      one(xml, 'references'),
      'cgb@bda.gov.cn,cn.bda.zhengce.air.7.1,2026-12-01T15:00:00+08:00 ' +
        'cgb@bda.gov.cn,cn.bda.zhengce.air.7.2,2026-12-02T12:00:00+08:00',
    );
    const [zh] = infos(xml);
    assert.equal(param(zh ?? '', 'alertLevel'), 'orange');
    assert.equal(one(zh ?? '', 'severity'), 'Severe');
    assert.match(one(zh ?? '', 'description') ?? '', /由红色降为橙色，启动二级响应/);
  });

  test('extend: an Update that keeps the level and carries the event’s own order number and note', async () => {
    const extend = {
      ...ev(4, 'extend', null, null, '2026-12-04T08:00:00Z'),
      number: '京空气重污染指〔2026〕6号',
    };
    const xml = alertToCap(withEvents(ISSUE, RAISE, LOWER, { ...extend, note: '延长至12月6日' }), OPTS);
    await assertValid(xml);
    const [zh, en] = infos(xml);
    assert.equal(one(xml, 'msgType'), 'Update');
    assert.equal(param(zh ?? '', 'alertLevel'), 'orange');
    assert.equal(param(en ?? '', 'orderNumber'), '京空气重污染指〔2026〕6号');
    assert.match(one(zh ?? '', 'description') ?? '', /橙色预警延长[\s\S]*说明：延长至12月6日/);
  });

  test('lift: a Cancel referencing every earlier message, AllClear, Past/Minor/Observed', async () => {
    const lifted: CapAlertInput = {
      ...withEvents(ISSUE, RAISE, LOWER, LIFT),
      status: 'lifted',
      level: 'orange',
    };
    const xml = alertToCap(lifted, OPTS);
    await assertValid(xml);
    assert.equal(one(xml, 'identifier'), 'cn.bda.zhengce.air.7.4');
    assert.equal(one(xml, 'msgType'), 'Cancel');
    assert.equal(one(xml, 'references')?.split(' ').length, 3);
    for (const info of infos(xml)) {
      assert.equal(one(info, 'responseType'), 'AllClear');
      assert.deepEqual(
        ['urgency', 'severity', 'certainty'].map((n) => one(info, n)),
        ['Past', 'Minor', 'Observed'],
      );
      assert.equal(param(info, 'alertLevel'), 'orange');
      assert.equal(param(info, 'eventKind'), 'lift');
    }
    assert.match(one(infos(xml)[0] ?? '', 'headline') ?? '', /橙色预警解除/);
  });

  test('endsAt null: no <expires>, "until further notice", still valid', async () => {
    const xml = alertToCap({ ...ALERT, endsAt: null }, OPTS);
    await assertValid(xml);
    assert.equal(one(xml, 'expires'), undefined);
    const [zh, en] = infos(xml);
    assert.match(one(zh ?? '', 'description') ?? '', /解除时间另行通知/);
    assert.match(one(en ?? '', 'description') ?? '', /until further notice/);
  });

  test('without baseUrl there is no <web>', async () => {
    const xml = alertToCap(ALERT, { sender: OPTS.sender, senderName: OPTS.senderName });
    await assertValid(xml);
    assert.equal(one(xml, 'web'), undefined);
  });

  test('the order number is escaped: <&> stays text, and the message stays valid', async () => {
    const xml = alertToCap({ ...ALERT, number: '京指<2026>&5号' }, OPTS);
    await assertValid(xml);
    assert.ok(xml.includes('京指&lt;2026&gt;&amp;5号'));
    assert.ok(!xml.includes('京指<2026>'));
    assert.equal(escapeXml('a\u0001b"'), 'ab&quot;');
    // A lone surrogate cannot be written in UTF-8 XML; a proper pair (an emoji) stays.
    assert.equal(escapeXml('x\ud800y\u{1f4a8}'), 'xy\u{1f4a8}');
  });

  test('the same alert always gives the same message (pure)', () => {
    assert.equal(alertToCap(ALERT, OPTS), alertToCap(structuredClone(ALERT), OPTS));
  });
});

describe('Beijing time with an explicit offset (CAP 1.2 3.3.2)', () => {
  test('16:30 UTC is 00:30 the next day in Beijing', () => {
    assert.equal(toCapDateTime('2026-12-01T16:30:00Z'), '2026-12-02T00:30:00+08:00');
  });
  test('year boundary, fractional seconds dropped, offsets other than Z honoured', () => {
    assert.equal(toCapDateTime('2026-12-31T16:00:00.999Z'), '2027-01-01T00:00:00+08:00');
    assert.equal(toCapDateTime('2026-12-01T09:15:30.5+01:00'), '2026-12-01T16:15:30+08:00');
  });
  test('a local time, an impossible date or 24:00 is refused, naming the field', () => {
    for (const bad of ['2026-12-01T12:00:00', '2026-02-30T00:00:00Z', '2026-12-01T24:00:00Z', 'tomorrow']) {
      assert.throws(
        () => toCapDateTime(bad, 'startsAt'),
        (e: unknown) =>
          e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === 'startsAt',
        bad,
      );
    }
  });
});

describe('bad input is refused with the field at fault', () => {
  const refuses = (input: CapAlertInput, opts: CapOptions, field: string) =>
    assert.throws(
      () => alertToCap(input, opts),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === field,
    );
  test('no events, a sender with a space, a relative baseUrl, a time without offset', () => {
    refuses(withEvents(), OPTS, 'events');
    refuses(ALERT, { ...OPTS, sender: 'bda gov' }, 'sender');
    refuses(ALERT, { ...OPTS, baseUrl: '/air' }, 'baseUrl');
    refuses({ ...ALERT, startsAt: '2026-12-01 20:00' }, OPTS, 'startsAt');
    refuses(withEvents(ISSUE, { ...RAISE, at: '2026-12-02T12:00:00' }), OPTS, 'events[1].at');
    refuses({ ...ALERT, id: 0 }, OPTS, 'id');
    refuses(withEvents(ISSUE, { ...RAISE, seq: 1 }), OPTS, 'events[1].seq');
  });
});

describe('the schema rejects broken messages (so a pass means something)', () => {
  let good = '';
  before(() => {
    good = alertToCap({ ...withEvents(ISSUE, RAISE), level: 'red' }, OPTS);
  });
  test('the unbroken message is valid', async () => {
    await assertValid(good);
  });
  test('a "Z" time', async () => {
    await assertInvalid(good.replace(/<sent>[^<]*<\/sent>/, '<sent>2026-12-02T04:00:00Z</sent>'), /sent/);
  });
  test('a status outside the enumeration', async () => {
    await assertInvalid(good.replace('<status>Actual</status>', '<status>Active</status>'), /status/);
  });
  test('a missing identifier', async () => {
    await assertInvalid(good.replace(/\s*<identifier>[^<]*<\/identifier>/, ''), /identifier|sender/);
  });
  test('elements out of order (sent before sender, severity before urgency)', async () => {
    const sender = /<sender>[^<]*<\/sender>/.exec(good)?.[0] ?? '';
    const sent = /<sent>[^<]*<\/sent>/.exec(good)?.[0] ?? '';
    await assertInvalid(good.replace(sender, '@@').replace(sent, sender).replace('@@', sent), /sent|sender/);
    const urgency = /<urgency>[^<]*<\/urgency>/.exec(good)?.[0] ?? '';
    const severity = /<severity>[^<]*<\/severity>/.exec(good)?.[0] ?? '';
    await assertInvalid(
      good.replace(urgency, '@@').replace(severity, urgency).replace('@@', severity),
      /urgency|severity/,
    );
  });
  test('a sender with a comma, references that are not triples, an unknown category', async () => {
    await assertInvalid(good.replace('<sender>cgb@bda.gov.cn', '<sender>cgb,bda'), /sender/);
    await assertInvalid(
      good.replace(/<references>[^<]*/, '<references>cn.bda.zhengce.air.7.1'),
      /references/,
    );
    await assertInvalid(good.replace('<category>Env</category>', '<category>Air</category>'), /category/);
  });
  test('the wrong namespace', async () => {
    await assertInvalid(
      good.replace('urn:oasis:names:tc:emergency:cap:1.2', 'urn:oasis:names:tc:emergency:cap:1.1'),
      /alert/,
    );
  });
});
