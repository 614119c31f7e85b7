/**
 * @module services/alerts/cap
 * An air-pollution alert of the emergency plan (京技管发〔2023〕29号) as an OASIS Common Alerting
 * Protocol 1.2 message, one per alert event: the issue is an `Alert`, a raise, lower or extension
 * an `Update` and the lifting a `Cancel`, each referencing every earlier message of the same alert.
 * Two `<info>` blocks carry the same message in Chinese (authoritative) and English.
 *
 * Pure: the text is built from the arguments and the plan's rules (response level of 三1–3, the
 * health-guidance measures of 三（一）–（三）1); no clock, no I/O. Element order follows the CAP 1.2
 * data dictionary (section 3.2), checked against `cap-1.2.xsd` in the tests. No `<polygon>` is
 * given: there is no authoritative outline of the E-Town in this repository, and a guessed one
 * would misdirect geo-targeted delivery; `<areaDesc>` names the area.
 */
import { invalidInput } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { interpolate } from '../../engine/messages.ts';
import { measuresFor } from '../../policies/jingjiguanfa-2023-29/measures.ts';
import type { AlertColour } from '../../policies/jingjiguanfa-2023-29/response.ts';
import { ALERT_COLOURS, RESPONSES } from '../../policies/jingjiguanfa-2023-29/response.ts';

/** What happened to an alert: 二（三） issue, 二（四） raise/lower, an extension, 二（五） lift. */
export type CapEventKind = 'issue' | 'raise' | 'lower' | 'lift' | 'extend';

/** One event of an alert's history. */
export interface CapAlertEvent {
  readonly seq: number;
  readonly kind: CapEventKind;
  readonly fromLevel: string | null;
  readonly toLevel: string | null;
  /** ISO-8601 instant with an offset, e.g. `2026-12-01T12:00:00.000Z`. */
  readonly at: string;
  /** The order number of this event, when it has its own. */
  readonly number: string | null;
  readonly note: string | null;
}

/** An alert as the CAP export needs it. */
export interface CapAlertInput {
  /** The alert's id in Zhengce. */
  readonly id: number;
  /** The municipal order number, free text (e.g. `京空气重污染指〔2026〕5号`). */
  readonly number: string;
  readonly level: AlertColour;
  readonly status: 'active' | 'lifted';
  /** ISO-8601 instants. */
  readonly startsAt: string;
  readonly endsAt: string | null;
  /** In order; the last is the one the message announces. */
  readonly events: readonly CapAlertEvent[];
}

/** Who sends the message and where its web page lives. */
export interface CapOptions {
  /** CAP `<sender>`: no spaces, commas, `<` or `&` (CAP 1.2 3.2.1). */
  readonly sender: string;
  readonly senderName: Bilingual;
  /** Absolute http(s) URL of the public site; `<web>` is `<baseUrl>/air/alerts/<id>`. */
  readonly baseUrl?: string;
}

/** The CAP 1.2 namespace. */
export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
const ID_PREFIX = 'cn.bda.zhengce.air';
const AREA: Bilingual = { zh: '北京经济技术开发区', en: 'Beijing Economic-Technological Development Area' };
const COLOUR: Readonly<Record<AlertColour, Bilingual>> = {
  yellow: { zh: '黄色', en: 'yellow' },
  orange: { zh: '橙色', en: 'orange' },
  red: { zh: '红色', en: 'red' },
};

/**
 * Urgency, severity and certainty of a message.
 * - Severity follows the forecast that calls each level (二（一）): yellow (AQI > 200 for a day or
 *   > 150 for two) `Moderate`; orange (> 200 for two days or > 150 for three) `Severe`; red (> 200
 *   for three days and > 300, HJ 633's top band, for one) `Extreme`.
 * - Urgency: yellow and orange `Expected` (act soon); red `Immediate` (level I response, duty
 *   round the clock, 四（二）).
 * - Certainty: `Likely` — every level is called on a forecast (预测), not on a measurement.
 * - Lifting: `Past` / `Minor` / `Observed` — no action is needed any more and the end is a fact.
 */
export const CAP_GRADES: Readonly<
  Record<AlertColour | 'lifted', { urgency: string; severity: string; certainty: string }>
> = {
  yellow: { urgency: 'Expected', severity: 'Moderate', certainty: 'Likely' },
  orange: { urgency: 'Expected', severity: 'Severe', certainty: 'Likely' },
  red: { urgency: 'Immediate', severity: 'Extreme', certainty: 'Likely' },
  lifted: { urgency: 'Past', severity: 'Minor', certainty: 'Observed' },
};

const INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(?:Z|[+-](\d\d):(\d\d))$/;
const INSTANT_REASON = [
  'must be an ISO-8601 instant with an offset, e.g. 2026-12-01T12:00:00.000Z',
  '须为带时区的 ISO-8601 时刻，如 2026-12-01T12:00:00.000Z',
] as const;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** Throws `ZC_ERR_INVALID_INPUT` naming `field` unless `ok`. */
function need(ok: boolean, field: string, value: unknown, reason: string, reasonZh: string): asserts ok {
  if (!ok) throw invalidInput(field, value, reason, reasonZh);
}

/** Milliseconds of an ISO-8601 instant; rejects local times (no offset) and impossible dates. */
function parseInstant(value: string, field: string): number {
  const m = INSTANT.exec(value);
  const ms = m ? Date.parse(value) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to March and takes 24:00; a calendar check refuses both.
  const [mo, d, h] = [m?.[2], m?.[3], m?.[4]].map(Number) as [number, number, number];
  const check = new Date(Date.UTC(2000 + (Number(m?.[1]) % 400), mo - 1, d, h));
  const real = check.getUTCMonth() === mo - 1 && check.getUTCDate() === d && h < 24;
  need(!Number.isNaN(ms) && real && Number(m?.[7] ?? 0) <= 14, field, value, ...INSTANT_REASON);
  return ms;
}

/** The Beijing wall-clock time of an instant, `YYYY-MM-DDThh:mm:ss` (China keeps no DST). */
function shanghaiClock(value: string, field: string): string {
  const ms = parseInstant(value, field);
  const text = new Date(Math.floor(ms / 1000) * 1000 + SHANGHAI_OFFSET_MS).toISOString();
  need(/^\d{4}-/.test(text), field, value, 'is out of range', '超出范围');
  return text.slice(0, 19);
}

/**
 * An instant as a CAP date-time in Asia/Shanghai: `2026-12-01T16:30:00Z` →
 * `2026-12-02T00:30:00+08:00`. Fractional seconds are dropped; CAP forbids `Z` (3.3.2).
 * @throws ZhengceError `ZC_ERR_INVALID_INPUT` for anything but an ISO-8601 instant with an offset.
 */
export function toCapDateTime(instant: string, field = 'instant'): string {
  return `${shanghaiClock(instant, field)}+08:00`;
}

/** `2026-12-02 00:30`, Beijing time, for prose. */
function clock(instant: string, field: string): string {
  return shanghaiClock(instant, field).slice(0, 16).replace('T', ' ');
}

/** Text content: `&`, `<`, `>` and `"` escaped; characters XML 1.0 cannot carry dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry them (its Char production).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function isColour(value: string | null): value is AlertColour {
  return value !== null && (ALERT_COLOURS as readonly string[]).includes(value);
}

/** The level a run of events leaves in force (for a lift: the level lifted). */
function levelAfter(events: readonly CapAlertEvent[], fallback: AlertColour): AlertColour {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (isColour(e.toLevel)) return e.toLevel;
    if (isColour(e.fromLevel)) return e.fromLevel;
  }
  return fallback;
}

type Lang = 'zh' | 'en';
const identifier = (alertId: number, seq: number): string => `${ID_PREFIX}.${alertId}.${seq}`;

/**
 * The wording of each kind of message: headline and first sentence of the description. `{c}` is
 * the level's colour, `{f}` the former level's, `{r}` the response. 经开区 is the plan's own short
 * name for the area.
 */
const WORDS: Readonly<Record<CapEventKind, readonly [Bilingual, Bilingual]>> = {
  issue: [
    { zh: '重污染天气{c}预警：启动{r}', en: 'Heavy air pollution {c} alert: {r}' },
    { zh: '经开区发布重污染天气{c}预警，启动{r}。', en: 'E-Town issues a {c} alert: {r}.' },
  ],
  raise: [
    { zh: '重污染天气预警提升为{c}：启动{r}', en: 'Heavy air pollution alert raised to {c}: {r}' },
    {
      zh: '经开区重污染天气预警由{f}提升为{c}，启动{r}。',
      en: 'E-Town raises the alert from {f} to {c}: {r}.',
    },
  ],
  lower: [
    { zh: '重污染天气预警降为{c}：启动{r}', en: 'Heavy air pollution alert lowered to {c}: {r}' },
    {
      zh: '经开区重污染天气预警由{f}降为{c}，启动{r}。',
      en: 'E-Town lowers the alert from {f} to {c}: {r}.',
    },
  ],
  extend: [
    { zh: '重污染天气{c}预警延长：继续{r}', en: 'Heavy air pollution {c} alert extended: {r} continues' },
    { zh: '经开区重污染天气{c}预警延长，继续{r}。', en: 'E-Town extends the {c} alert: {r} continues.' },
  ],
  lift: [
    { zh: '重污染天气{c}预警解除：终止{r}', en: 'Heavy air pollution {c} alert lifted: {r} ends' },
    { zh: '经开区解除重污染天气{c}预警，终止{r}。', en: 'E-Town lifts the {c} alert: {r} ends.' },
  ],
};
const PERIOD: Bilingual = {
  zh: '预警时段：{start}起，{end}（北京时间）。',
  en: 'Alert period: from {start} {end} (Beijing time, UTC+8).',
};
const UNTIL: Bilingual = { zh: '至{end}止', en: 'to {end}' };
const OPEN_END: Bilingual = { zh: '解除时间另行通知', en: 'until further notice' };
const BASIS: Bilingual = {
  zh: '依据北京市空气重污染应急预警指令（{order}）。',
  en: 'Under the Beijing heavy air pollution alert order {order}.',
};
const NOTE: Bilingual = { zh: '说明：{note}', en: 'Note: {note}' };
const EVENT: Bilingual = { zh: '重污染天气{c}预警', en: 'Heavy air pollution {c} alert' };
const GUIDANCE: Bilingual = { zh: '健康防护引导措施：', en: 'Health protection guidance:' };
/** 二（五）: lifting ends the response and with it the measures. */
const LIFTED: Bilingual = {
  zh: '预警已解除，本次预警的健康防护引导措施和应急减排措施停止执行。',
  en: 'The alert has been lifted; its health guidance and emergency emission-reduction measures no longer apply.',
};

/** What the message is about: the alert, the event announced, the level after it and before. */
interface Subject {
  readonly alert: CapAlertInput;
  readonly event: CapAlertEvent;
  readonly level: AlertColour;
  readonly from: AlertColour;
}

/** What one message says in one language. */
function texts({ alert, event, level, from }: Subject, lang: Lang) {
  const order = event.number ?? alert.number;
  const p: Record<string, string> = {
    c: COLOUR[level][lang],
    f: COLOUR[from][lang],
    r: RESPONSES[level].responseName[lang],
    start: clock(alert.startsAt, 'startsAt'),
    order,
    note: event.note ?? '',
  };
  p.end =
    alert.endsAt === null ? OPEN_END[lang] : interpolate(UNTIL[lang], { end: clock(alert.endsAt, 'endsAt') });
  const [headline, what] = WORDS[event.kind];
  const say = (b: Bilingual): string => interpolate(b[lang], p);
  // The health guidance in force at the level (三（一）–（三）1, lower levels' carried up per D-29-8).
  const health = measuresFor(level).filter((e) => e.measure.group === 'health');
  return {
    event: say(EVENT),
    headline: say(headline),
    description: [say(what), say(PERIOD), say(BASIS), ...(event.note === null ? [] : [say(NOTE)])].join('\n'),
    instruction:
      event.kind === 'lift'
        ? LIFTED[lang]
        : [GUIDANCE[lang], ...health.map((e, i) => `${i + 1}. ${e.measure.text[lang]}`)].join('\n'),
    order,
  };
}

/** An element: a name and either its text or its children (`null` children are left out). */
type XmlNode = readonly [name: string, content: string | readonly (XmlNode | null)[]];

/** The element, indented two spaces a level, one element a line. */
function render([name, content]: XmlNode, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (typeof content === 'string') return [`${pad}<${name}>${escapeXml(content)}</${name}>`];
  const children = content.flatMap((c) => (c === null ? [] : render(c, depth + 1)));
  return [`${pad}<${name}>`, ...children, `${pad}</${name}>`];
}

/** A `<parameter>`: `valueName` and `value`. */
function parameter([name, value]: [string, string]): XmlNode {
  return [
    'parameter',
    [
      ['valueName', name],
      ['value', value],
    ],
  ];
}

/**
 * The CAP 1.2 message announcing the last event of `alert`.
 * @throws ZhengceError `ZC_ERR_INVALID_INPUT` when there is no event, an id or seq is not a whole
 * number, the sender contains a space, comma, `<` or `&`, a time is not an ISO-8601 instant with
 * an offset, or `baseUrl` is not an absolute http(s) URL.
 */
export function alertToCap(alert: CapAlertInput, opts: CapOptions): string {
  const event = alert.events.at(-1);
  need(event !== undefined, 'events', alert.events, 'must not be empty', '不得为空');
  const [en, zh] = ['must not contain spaces, commas, < or &', '不得含空格、逗号、< 或 &'];
  need(/^[^\s,<&]+$/.test(opts.sender), 'sender', opts.sender, en, zh);
  const url = opts.baseUrl === undefined || /^https?:\/\/\S+$/.test(opts.baseUrl);
  need(url, 'baseUrl', opts.baseUrl, 'must be an absolute http(s) URL', '须为 http(s) 绝对地址');
  const id = Number.isSafeInteger(alert.id) && alert.id > 0;
  need(id, 'id', alert.id, 'must be a positive integer', '须为正整数');
  // seq makes the identifier: whole, and rising so no two messages of an alert share one.
  const bad = alert.events.findIndex(
    (e, k) => !Number.isSafeInteger(e.seq) || e.seq < 0 || e.seq <= (alert.events[k - 1]?.seq ?? -1),
  );
  const [seqEn, seqZh] = ['must be a whole number above the previous seq', '须为大于前一事件序号的非负整数'];
  need(bad < 0, `events[${bad}].seq`, alert.events[bad]?.seq, seqEn, seqZh);
  const earlier = alert.events.slice(0, -1);
  const level = levelAfter(alert.events, alert.level);
  const from = isColour(event.fromLevel) ? event.fromLevel : levelAfter(earlier, level);
  const atField = `events[${alert.events.length - 1}].at`;
  const sent = toCapDateTime(event.at, atField);
  const msgType = event.kind === 'issue' ? 'Alert' : event.kind === 'lift' ? 'Cancel' : 'Update';
  const references = earlier
    .map((e, i) => `${opts.sender},${identifier(alert.id, e.seq)},${toCapDateTime(e.at, `events[${i}].at`)}`)
    .join(' ');
  const grades = CAP_GRADES[event.kind === 'lift' ? 'lifted' : level];
  // responseType: the plan's measures are pre-planned activities named in <instruction>: `Prepare`
  // while the alert has not started yet (orders usually come hours ahead), `Execute` once it has,
  // `AllClear` when it is lifted (CAP 1.2 3.2.2).
  const responseType =
    event.kind === 'lift'
      ? 'AllClear'
      : parseInstant(event.at, atField) < parseInstant(alert.startsAt, 'startsAt')
        ? 'Prepare'
        : 'Execute';
  const info = (lang: Lang): XmlNode => {
    const t = texts({ alert, event, level, from }, lang);
    const params: Record<string, string> = {
      alertLevel: level,
      responseLevel: RESPONSES[level].response,
      orderNumber: t.order,
      eventKind: event.kind,
    };
    return [
      'info',
      [
        ['language', lang === 'zh' ? 'zh-CN' : 'en'],
        ['category', 'Env'],
        ['event', t.event],
        ['responseType', responseType],
        ['urgency', grades.urgency],
        ['severity', grades.severity],
        ['certainty', grades.certainty],
        ['effective', sent],
        ['onset', toCapDateTime(alert.startsAt, 'startsAt')],
        alert.endsAt === null ? null : ['expires', toCapDateTime(alert.endsAt, 'endsAt')],
        ['senderName', opts.senderName[lang]],
        ['headline', t.headline],
        ['description', t.description],
        ['instruction', t.instruction],
        opts.baseUrl === undefined
          ? null
          : ['web', `${opts.baseUrl.replace(/\/+$/, '')}/air/alerts/${alert.id}`],
        ...Object.entries(params).map(parameter),
        ['area', [['areaDesc', AREA[lang]]]],
      ],
    ];
  };
  const root = render([
    'alert',
    [
      ['identifier', identifier(alert.id, event.seq)],
      ['sender', opts.sender],
      ['sent', sent],
      ['status', 'Actual'],
      ['msgType', msgType],
      ['scope', 'Public'],
      msgType === 'Alert' || references === '' ? null : ['references', references],
      ['incidents', `${ID_PREFIX}.${alert.id}`],
      info('zh'),
      info('en'),
    ],
  ]);
  root[0] = `<alert xmlns="${CAP_NAMESPACE}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...root, ''].join('\n');
}
