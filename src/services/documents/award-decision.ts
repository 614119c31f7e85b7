/**
 * @module services/documents/award-decision
 * The award decision (奖励决定书) of an approved application to the green low-carbon fund
 * (京技管发〔2023〕31号): the enterprise and its credit code, the item and its clauses quoted
 * verbatim, the amount approved in 元 with the steps that computed it, the decision date and the
 * responsible bureau (第三章 二（二）). Only for an application that is approved or paid; anything
 * else is `ZC_ERR_CONFLICT`. Readable by whoever may read the application (its enterprise, the
 * officials), as `GET /green/applications/:id`.
 */
import { ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan } from '../../engine/money.ts';
import { shanghaiDate } from '../../engine/period.ts';
import { getDepartment } from '../../policies/departments.ts';
import { itemRule } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { getApplication } from '../green/applications.ts';
import { enterpriseRow } from '../green/facts.ts';
import { loadPdfFonts } from './fonts.ts';
import { type Block, type DocLang, dateText, type PdfFile, renderPdf } from './pdf.ts';
import { contentDigest, latestAudit, verificationLine } from './verification.ts';

interface TraceJson {
  readonly message?: { zh: string; en: string };
  readonly citation?: { clause: string };
}

/** The award decision of application `id` as a PDF (Chinese; `en` for an English rendering). */
export async function awardDecisionPdf(
  store: Store,
  actor: Actor,
  id: unknown,
  lang: DocLang = 'zh',
): Promise<PdfFile> {
  const a = await getApplication(store, actor, id);
  if (a.state !== 'approved' && a.state !== 'paid')
    throw new ZhengceError(
      'ZC_ERR_CONFLICT',
      `application ${a.number} is ${a.state}: an award decision is issued only for an approved or paid application`,
      {
        field: 'state',
        value: a.state,
        messageZh: `申请 ${a.number} 当前状态为 ${a.state}，仅已批准或已拨付的申请可出具奖励决定书`,
      },
    );
  const award = await store.db
    .selectFrom('green_awards')
    .selectAll()
    .where('application_id', '=', a.id)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const e = await enterpriseRow(store.db, a.creditCode);
  const rule = itemRule(a.ruleId, 'ruleId');
  const dept = getDepartment(a.department).name;
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const approvedAt = award.approved_at ?? a.updatedAt;
  const decisionDate = shanghaiDate(new Date(approvedAt));
  const amount = formatYuan(award.amount_fen as Fen);
  const trace = ((a.decision as { trace?: TraceJson[] } | null)?.trace ?? []).filter((s) => s.message);
  const approveNote = a.events?.findLast((ev) => ev.action === 'approve')?.note ?? null;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: L(
        `${e.name_zh}（统一社会信用代码 ${a.creditCode}）：`,
        `${e.name_en} (unified social credit code ${a.creditCode}):`,
      ),
    },
    {
      kind: 'paragraph',
      text: L(
        `你单位申报的“${a.projectName}”（申请编号 ${a.number}），经${dept.zh}审核，符合《北京经济技术开发区关于加快推进绿色低碳高质量发展的若干措施》（京技管发〔2023〕31号）${rule.title.zh}的支持条件，决定给予奖励人民币 ${amount} 元。`,
        `Your application ${a.number} for "${a.projectName}" has been reviewed by ${dept.en} and meets the conditions of ${rule.title.en} of Jingjiguanfa [2023] No. 31; an award of ${amount} yuan is granted.`,
      ),
    },
    { kind: 'heading', text: L('一、基本信息', '1. Particulars') },
    {
      kind: 'fields',
      rows: [
        [L('企业名称', 'Enterprise'), lang === 'zh' ? e.name_zh : e.name_en],
        [L('统一社会信用代码', 'Credit code'), a.creditCode],
        [L('支持项目', 'Item'), `${rule.title[lang]}（${rule.id}）`],
        [L('项目', 'Project'), `${a.projectName}（${a.projectRef}）`],
        [L('奖励金额', 'Amount'), `${amount} ${L('元', 'yuan')}`],
        ...(a.amount !== null && a.amount !== amount
          ? [[L('核定前计算金额', 'Computed amount'), `${a.amount} ${L('元', 'yuan')}`] as [string, string]]
          : []),
        ...(approveNote ? [[L('核减说明', 'Note'), approveNote] as [string, string]] : []),
        [L('预算年度', 'Budget year'), String(a.budgetYear)],
        [L('决定日期', 'Decision date'), dateText(decisionDate, lang)],
        [
          L('状态', 'State'),
          a.state === 'paid'
            ? `${L('已拨付', 'paid')} ${award.paid_at ? shanghaiDate(new Date(award.paid_at)) : ''} ${award.payment_ref ?? ''}`.trim()
            : L('已批准，待拨付', 'approved, to be paid'),
        ],
      ],
    },
    { kind: 'heading', text: L('二、政策依据', '2. The clauses applied') },
    ...rule.citations.map(
      (c): Block => ({
        kind: 'quote',
        text: c.quote,
        source: `${L('京技管发〔2023〕31号', 'Jingjiguanfa [2023] No. 31')} ${c.clause}`,
      }),
    ),
    { kind: 'heading', text: L('三、金额计算', '3. How the amount was computed') },
    {
      kind: 'table',
      columns: [
        { header: L('步骤', 'Step'), width: 5, align: 'center' },
        { header: L('计算说明', 'Computation'), width: 40 },
        { header: L('条款', 'Clause'), width: 12 },
      ],
      rows: trace.map((s, i) => [String(i + 1), s.message![lang], s.citation?.clause ?? '—']),
      footer: [['', L(`核定奖励金额：${amount} 元`, `Award approved: ${amount} yuan`), '']],
    },
    {
      kind: 'paragraph',
      text: L(
        '奖励资金按规定拨付。如发现以虚报、冒领等手段骗取奖励资金的，依照京技管发〔2023〕31号第三章 三（一）追回已拨付资金。',
        'The award is paid as the fund provides. An award obtained by false claims is recovered under 第三章 三（一） of No. 31.',
      ),
      muted: true,
    },
    { kind: 'signatures', labels: [L('经办人', 'Officer'), L('审核人', 'Reviewer')] },
    { kind: 'paragraph', text: `${dept[lang]}　${dateText(decisionDate, lang)}` },
  ];
  const digest = contentDigest(blocks);
  const pdf = await renderPdf(
    {
      lang,
      issuer: L(`北京经济技术开发区${dept.zh}`, `Beijing E-Town ${dept.en}`),
      title: L('绿色低碳发展资金奖励决定书', 'Green low-carbon fund award decision'),
      number: a.number,
      dateLine: dateText(decisionDate, lang),
      date: new Date(approvedAt),
      verification: verificationLine(await latestAudit(store, 'green_application', a.id), digest, lang),
      subject: L('京技管发〔2023〕31号 奖励决定书', 'Award decision (31号)'),
      blocks,
    },
    loadPdfFonts(),
  );
  return { filename: `award-decision-${a.number}${lang === 'en' ? '-en' : ''}.pdf`, pdf };
}
