/**
 * @module services/documents/alert-order
 * The printable alert order (预警指令) of a heavy air-pollution alert (京技管发〔2023〕29号 二(二)–(五),
 * 三): the level and its colour, the response it starts (三1–3) and who commands it, the start and
 * end, the run of forecast days that called the level (二(一)) or the municipal order it carries
 * out, the measures in force by group with their verbatim text and clause, and the receipt list of
 * the latest event (every member unit and listed enterprise: when it acknowledged and by whom, or
 * 未回执). Readable by whoever may read the alert (`alerts.read`), like the JSON routes.
 */
import { shanghaiDate } from '../../engine/period.ts';
import { alertLevel, parseAlertInput } from '../../policies/jingjiguanfa-2023-29/alert-level.ts';
import { MEASURE_GROUPS, measuresFor } from '../../policies/jingjiguanfa-2023-29/measures.ts';
import { type AlertColour, RESPONSES } from '../../policies/jingjiguanfa-2023-29/response.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { getAlert, receiptBoard } from '../alerts/index.ts';
import { LEVEL_COLOURS } from '../alerts/views.ts';
import { loadPdfFonts } from './fonts.ts';
import { type Block, type DocLang, dateText, type PdfFile, renderPdf, shanghaiTime } from './pdf.ts';
import { contentDigest, latestAudit, verificationLine } from './verification.ts';

const ISSUER = {
  zh: '北京经济技术开发区空气重污染应急指挥部',
  en: 'E-Town Heavy Air Pollution Emergency Command',
};
const KIND = {
  issue: ['启动', 'Issued'],
  raise: ['提升', 'Raised'],
  lower: ['降低', 'Lowered'],
  extend: ['延长', 'Extended'],
  lift: ['解除', 'Lifted'],
} as const;

/** The forecast run that calls the alert's level, when the order was proposed from a forecast. */
function forecastLines(forecast: string | null, lang: DocLang): string[] {
  if (forecast === null) return [];
  try {
    const r = alertLevel(parseAlertInput(JSON.parse(forecast)));
    if (!r.reason) return [];
    const { run, description, citation } = r.reason;
    return [
      lang === 'zh'
        ? `预报 ${run.from} 至 ${run.to} 连续 ${run.days} 天，日 AQI：${run.values.join('、')}。${description.zh}（${citation.clause}）`
        : `Forecast ${run.from} to ${run.to}, ${run.days} days, daily AQI ${run.values.join(', ')}. ${description.en} (${citation.clause})`,
    ];
  } catch {
    return []; // a stored forecast that no longer parses is left out rather than misquoted
  }
}

/** The alert order of alert `id` as a PDF (Chinese; `en` for an English rendering of the same). */
export async function alertOrderPdf(
  store: Store,
  actor: Actor,
  id: number,
  lang: DocLang = 'zh',
): Promise<PdfFile> {
  const alert = await getAlert(store, actor, id);
  const board = await receiptBoard(store, actor, id);
  const row = (await aq.findAlert(store.db, id))!;
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const level = alert.level as AlertColour;
  const r = RESPONSES[level];
  const colour = LEVEL_COLOURS[level].name;
  const issueNote = alert.events.find((e) => e.kind === 'issue')?.note ?? null;
  const basis = forecastLines(row.forecast, lang);
  const blocks: Block[] = [
    { kind: 'heading', text: L('一、预警信息', '1. The alert') },
    {
      kind: 'fields',
      rows: [
        [L('预警级别', 'Level'), `${alert.levelLabel[lang]}（${colour[lang]}）`],
        [L('响应级别', 'Response'), `${r.responseName[lang]}（${r.citations[0]?.clause ?? '三'}）`],
        [L('指挥调度', 'Command'), `${r.command.by[lang]}：${r.command.holder[lang]}`],
        [L('开始时间', 'Starts'), `${shanghaiTime(alert.startsAt)}${L('（北京时间）', ' (Beijing time)')}`],
        [
          L('结束时间', 'Ends'),
          alert.endsAt ? shanghaiTime(alert.endsAt) : L('至解除指令发布时', 'until lifted'),
        ],
        [
          L('状态', 'Status'),
          alert.status === 'active'
            ? L('执行中', 'in force')
            : `${L('已解除', 'lifted')} ${alert.liftedAt ? shanghaiTime(alert.liftedAt) : ''}`,
        ],
        [
          L('依据', 'Basis'),
          alert.source === 'forecast'
            ? L('空气质量预报（二(一)）', 'the air-quality forecast (二(一))')
            : L('市级预警指令（二(二)）', 'the municipal alert order (二(二))'),
        ],
        ...basis.map((b) => [L('触发预报', 'Forecast run'), b] as [string, string]),
        ...(issueNote ? [[L('说明', 'Note'), issueNote] as [string, string]] : []),
      ],
    },
    { kind: 'paragraph', text: `${L('成员单位值守：', 'Duty of the member units: ')}${r.duty[lang]}` },
    { kind: 'heading', text: L('二、变更记录', '2. Events') },
    {
      kind: 'table',
      columns: [
        { header: L('序', '#'), width: 4, align: 'center' },
        { header: L('事项', 'Event'), width: 8 },
        { header: L('级别', 'Level'), width: 14 },
        { header: L('时间', 'At'), width: 14 },
        { header: L('文号', 'Number'), width: 18 },
        { header: L('操作人', 'By'), width: 14 },
      ],
      rows: alert.events.map((e) => [
        String(e.seq),
        (KIND[e.kind as keyof typeof KIND] ?? [e.kind, e.kind])[lang === 'zh' ? 0 : 1],
        [e.fromLevel, e.toLevel].filter((x) => x !== null).join(' → '),
        shanghaiTime(e.at),
        e.number ?? '—',
        e.actor,
      ]),
    },
    { kind: 'heading', text: L('三、应急措施', '3. Measures ordered') },
  ];
  const measures = alert.status === 'active' ? measuresFor(level) : [];
  if (measures.length === 0)
    blocks.push({
      kind: 'paragraph',
      text: L('预警已解除，相应措施停止执行。', 'The alert is lifted; its measures end.'),
    });
  for (const g of MEASURE_GROUPS) {
    const inGroup = measures.filter((m) => m.measure.group === g.group);
    if (inGroup.length === 0) continue;
    blocks.push({ kind: 'paragraph', text: `${g.heading[lang]}（${inGroup.length}）` });
    for (const { measure } of inGroup)
      blocks.push({
        kind: 'quote',
        text: measure.text.zh,
        source: `${L('京技管发〔2023〕29号', 'Jingjiguanfa [2023] No. 29')} ${measure.clause}`,
      });
  }
  blocks.push(
    {
      kind: 'heading',
      text: L(
        `四、回执情况（第 ${board.eventSeq} 次通知：已回执 ${board.summary.acknowledged}，未回执 ${board.summary.pending}）`,
        `4. Receipts (notice ${board.eventSeq}: ${board.summary.acknowledged} acknowledged, ${board.summary.pending} outstanding)`,
      ),
    },
    {
      kind: 'table',
      columns: [
        { header: L('序号', '#'), width: 5, align: 'center' },
        { header: L('类别', 'Kind'), width: 8 },
        { header: L('单位', 'Recipient'), width: 30 },
        { header: L('回执时间', 'Acknowledged'), width: 14 },
        { header: L('回执人', 'By'), width: 16 },
      ],
      rows: [...board.recipients]
        .sort((a, b) => Number(a.kind !== 'unit') - Number(b.kind !== 'unit') || a.noticeId - b.noticeId)
        .map((x, i) => [
          String(i + 1),
          x.kind === 'unit' ? L('成员单位', 'Member unit') : L('企业', 'Enterprise'),
          x.name[lang],
          x.acknowledgedAt ? shanghaiTime(x.acknowledgedAt) : L('未回执', 'outstanding'),
          x.acknowledgedBy ?? '—',
        ]),
    },
    { kind: 'paragraph', text: board.report[lang], muted: true },
  );
  const stamps = [alert.issuedAt, row.updated_at, ...board.recipients.map((x) => x.acknowledgedAt)].filter(
    (x): x is string => x !== null,
  );
  const asOf = stamps.sort().at(-1)!; // ISO instants in UTC sort as text
  const digest = contentDigest(blocks);
  const pdf = await renderPdf(
    {
      lang,
      issuer: ISSUER[lang],
      title: L(`空气重污染${alert.levelLabel.zh}指令`, `Heavy air-pollution ${alert.levelLabel.en} order`),
      number: alert.number,
      dateLine: `${dateText(shanghaiDate(new Date(alert.issuedAt)), lang)}${L(`（截至 ${shanghaiTime(asOf)}）`, ` (as of ${shanghaiTime(asOf)})`)}`,
      date: new Date(asOf),
      verification: verificationLine(await latestAudit(store, 'air_alert', id), digest, lang),
      subject: L('京技管发〔2023〕29号 预警指令及回执', 'Alert order and receipts (29号)'),
      blocks,
    },
    loadPdfFonts(),
  );
  return { filename: `alert-${id}-order${lang === 'en' ? '-en' : ''}.pdf`, pdf };
}
