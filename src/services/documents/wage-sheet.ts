/**
 * @module services/documents/wage-sheet
 * The work-relief wage sheet (劳务报酬发放表, 京发改〔2023〕1336号 三(四)) of a project and month, as the
 * site prints it for the workers to sign: the project block, one row per worker with the MASKED
 * resident ID and bank card (the ledger never holds more than the masked copies in the clear), the
 * days from attendance, the daily rate, the amount due, the worker's confirmation and what was paid;
 * the totals are the ledger's integer-fen sums shown in 元 with two decimals; signature lines.
 * Readable by whoever may read the ledger (`work-relief.read` in the project's district).
 */
import { shanghaiDate } from '../../engine/period.ts';
import { LEDGER_CITATION } from '../../policies/jingfagai-2023-1336/citations.ts';
import { CONFIRMATION_METHODS, DOMAINS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { districtName } from '../work-relief/access.ts';
import { monthField } from '../work-relief/input.ts';
import { ledgerOf } from '../work-relief/ledger.ts';
import { projectInReach } from '../work-relief/projects.ts';
import { loadPdfFonts } from './fonts.ts';
import { type Block, type DocLang, dateText, type PdfFile, renderPdf } from './pdf.ts';
import { contentDigest, latestAudit, verificationLine } from './verification.ts';

/** The wage sheet of project `projectId` for `period` (YYYY-MM) as a PDF, as of `now`'s date. */
export async function wageSheetPdf(
  store: Store,
  actor: Actor,
  projectId: number,
  periodInput: unknown,
  now = new Date(),
  lang: DocLang = 'zh',
): Promise<PdfFile> {
  const p = await projectInReach(store, actor, 'work-relief.read', projectId);
  const period = monthField(periodInput, 'period');
  const asOf = shanghaiDate(now);
  const l = await ledgerOf(store, p, period, asOf);
  const L = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const district = districtName(p.district);
  const domain = DOMAINS[p.domain as keyof typeof DOMAINS]?.[lang] ?? p.domain;
  const method = (m: string | null) =>
    m === null ? '' : (CONFIRMATION_METHODS[m as keyof typeof CONFIRMATION_METHODS]?.[lang] ?? m);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: L(
        `项目：${p.code} ${p.name}　　所属区：${district.zh}　　领域：${domain}　　发放月份：${period}`,
        `Project: ${p.code} ${p.name}    District: ${district.en}    Domain: ${domain}    Month: ${period}`,
      ),
    },
    {
      kind: 'paragraph',
      text: L(
        `项目业主单位：${p.owner_unit}　　施工单位：${p.contractor ?? '—'}　　应发日期：${l.lines[0]?.payDueOn ?? '—'}　　制表日期：${dateText(asOf, lang)}`,
        `Owner: ${p.owner_unit}    Contractor: ${p.contractor ?? '—'}    Pay due on: ${l.lines[0]?.payDueOn ?? '—'}    As of: ${asOf}`,
      ),
    },
    {
      kind: 'table',
      columns: [
        { header: L('序号', '#'), width: 4, align: 'center' },
        { header: L('姓名', 'Name'), width: 11 },
        { header: L('身份证号', 'Resident ID'), width: 14 },
        { header: L('行政村', 'Village'), width: 6 },
        { header: L('出勤天数', 'Days'), width: 5, align: 'right' },
        { header: L('日工资（元）', 'Daily rate (yuan)'), width: 7, align: 'right' },
        { header: L('应发金额（元）', 'Due (yuan)'), width: 9, align: 'right' },
        { header: L('本人确认', 'Confirmed'), width: 13 },
        { header: L('实发金额（元）', 'Paid (yuan)'), width: 9, align: 'right' },
        { header: L('银行卡号', 'Bank card'), width: 14 },
        { header: L('本人签字', 'Signature'), width: 7 },
      ],
      rows: l.lines.map((x, i) => [
        String(i + 1),
        x.name,
        x.residentId,
        x.village,
        x.days,
        x.dailyRate,
        x.due,
        x.confirmedOn ? `${x.confirmedOn} ${method(x.confirmationMethod)}` : L('未确认', 'not confirmed'),
        x.paid,
        x.bankCard,
        '',
      ]),
      footer: [
        [
          L('合计', 'Total'),
          '',
          L(`${l.lines.length} 人`, `${l.lines.length} workers`),
          '',
          String(l.totals.halfDays / 2),
          '',
          l.totals.due,
          '',
          l.totals.paid,
          L(`未发 ${l.totals.outstanding} 元`, `unpaid ${l.totals.outstanding} yuan`),
          '',
        ],
      ],
    },
    {
      kind: 'paragraph',
      text: L(
        `应发合计 ${l.totals.due} 元，实发合计 ${l.totals.paid} 元，未发 ${l.totals.outstanding} 元（其中逾期 ${l.totals.arrears} 元）。劳务报酬以银行卡发放至本人账户；身份证号、银行卡号仅显示脱敏信息。`,
        `Due ${l.totals.due} yuan, paid ${l.totals.paid} yuan, unpaid ${l.totals.outstanding} yuan (overdue ${l.totals.arrears} yuan). Wages are paid to each worker's own card; IDs and cards are masked.`,
      ),
    },
    {
      kind: 'quote',
      text: LEDGER_CITATION.quote,
      source: `${L('京发改〔2023〕1336号', 'Jingfagai [2023] No. 1336')} ${LEDGER_CITATION.clause}`,
    },
    {
      kind: 'signatures',
      labels: [
        L('制表人', 'Prepared by'),
        L('项目负责人', 'Project lead'),
        L('村（社区）审核', 'Village check'),
        L('发放人', 'Paid by'),
      ],
    },
  ];
  const digest = contentDigest(blocks);
  const pdf = await renderPdf(
    {
      lang,
      issuer: p.owner_unit,
      title: L('以工代赈项目劳务报酬发放表', 'Work-relief wage sheet'),
      number: `${p.code}-${period}`,
      dateLine: `${period} · ${district[lang]} · ${dateText(asOf, lang)}`,
      date: new Date(`${asOf}T00:00:00+08:00`),
      verification: verificationLine(
        await latestAudit(store, 'wr_project', p.id, `"period":"${period}"`),
        digest,
        lang,
      ),
      landscape: true,
      subject: L('京发改〔2023〕1336号 劳务报酬发放表', 'Wage sheet (1336号)'),
      blocks,
    },
    loadPdfFonts(),
  );
  return { filename: `wage-sheet-${p.code}-${period}${lang === 'en' ? '-en' : ''}.pdf`, pdf };
}
