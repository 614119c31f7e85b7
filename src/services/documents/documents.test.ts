/**
 * The printable documents: the fonts (a missing file is ZC_ERR_CONFIG naming the path and the
 * Debian package), the layout (Chinese text comes back from pdftotext, a long table breaks across
 * pages with its header on each, "第 n 页 共 m 页", the same data renders to the same bytes), and
 * the work-relief wage sheet on every database: a long month of workers, masked IDs and cards
 * present and the plain numbers absent, totals in 元 from integer fen, the scope of the ledger.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import type { Store } from '../../store/db.ts';
import { testStores } from '../../store/test-stores.ts';
import {
  confirmWages,
  createProject,
  enrolWorker,
  payWages,
  registerWorker,
  saveAttendance,
  savePlan,
} from '../work-relief/index.ts';
import { openFixture, PROJECT, rejection, testCard, testId, type Who } from '../work-relief/test-setup.ts';
import { DEFAULT_PDF_FONT, loadPdfFonts } from './fonts.ts';
import { type PdfSpec, renderPdf } from './pdf.ts';
import { pages, pdfText, squeeze } from './test-pdf.ts';
import { wageSheetPdf } from './wage-sheet.ts';

const config = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ZhengceError) return e;
    throw e;
  }
  return null;
};

test('the fonts: Debian’s Noto CJK by default; a missing file is ZC_ERR_CONFIG naming it and the package', () => {
  const fonts = loadPdfFonts({});
  assert.equal(fonts.regular.path, DEFAULT_PDF_FONT);
  assert.equal(fonts.regular.face, 'NotoSansCJKsc-Regular');
  assert.equal(fonts.bold.face, 'NotoSansCJKsc-Bold');
  const missing = config(() => loadPdfFonts({ ZHENGCE_PDF_FONT: '/nonexistent/NotoSansCJK-Regular.ttc' }));
  assert.equal(missing?.code, 'ZC_ERR_CONFIG');
  assert.equal(missing?.field, 'ZHENGCE_PDF_FONT');
  assert.match(missing!.message, /\/nonexistent\/NotoSansCJK-Regular\.ttc/);
  assert.match(missing!.message, /fonts-noto-cjk/);
  assert.match(missing!.messageZh!, /fonts-noto-cjk/);
  const bold = config(() => loadPdfFonts({ ZHENGCE_PDF_FONT_BOLD: '/nonexistent/b.otf' }));
  assert.deepEqual([bold?.code, bold?.field], ['ZC_ERR_CONFIG', 'ZHENGCE_PDF_FONT_BOLD']);
  const serif = loadPdfFonts({
    ZHENGCE_PDF_FONT: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  });
  assert.equal(serif.regular.face, 'NotoSerifCJKsc-Regular');
  assert.equal(serif.bold.face, 'NotoSerifCJKsc-Regular', 'bold falls back to the regular face given');
});

const LONG = '根据《北京经济技术开发区空气重污染应急预案》，请各成员单位按预案落实相应措施并及时回执。';

function spec(rows: number): PdfSpec {
  return {
    lang: 'zh',
    issuer: '北京经济技术开发区空气重污染应急指挥部',
    title: '排版测试表',
    number: 'TEST-0001',
    dateLine: '2026年11月27日',
    date: new Date('2026-11-27T00:00:00+08:00'),
    verification: '核验：测试',
    blocks: [
      { kind: 'heading', text: '一、段落' },
      { kind: 'paragraph', text: LONG.repeat(4) },
      { kind: 'quote', text: '当发布橙色预警时,启动二级响应。', source: '京技管发〔2023〕29号 三2' },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: 1 },
          { header: '单位名称', width: 4 },
          { header: '金额（元）', width: 2, align: 'right' },
        ],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `第${i + 1}号单位`, `${i + 1}.00`]),
        footer: [['合计', '', `${(rows * (rows + 1)) / 2}.00`]],
      },
      { kind: 'signatures', labels: ['制表人', '审核人'] },
    ],
  };
}

test('layout: Chinese comes back exactly, a long table repeats its header on every page, pages are numbered', async () => {
  const fonts = loadPdfFonts();
  const pdf = await renderPdf(spec(90), fonts);
  const text = pdfText(pdf);
  const ps = pages(text);
  assert.ok(ps.length >= 3, `90 rows take several pages (got ${ps.length})`);
  ps.forEach((p, i) => {
    assert.match(p, /序号\s+单位名称\s+金额（元）/, `header row on page ${i + 1}`);
    assert.match(
      p,
      new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${ps.length}\\s*页`),
      `page number on page ${i + 1}`,
    );
    assert.match(p, /TEST-0001/);
  });
  const all = squeeze(text);
  assert.ok(all.includes(squeeze(LONG.repeat(4))), 'the wrapped paragraph reads back whole');
  assert.ok(all.includes('当发布橙色预警时,启动二级响应。'));
  for (const n of [1, 45, 90]) assert.ok(all.includes(`第${n}号单位${n}.00`), `row ${n}`);
  assert.ok(all.includes('合计4095.00'));
  assert.ok(all.includes('北京经济技术开发区空气重污染应急指挥部'));
});

test('layout: the same data renders to the same bytes; another date to other bytes', async () => {
  const fonts = loadPdfFonts();
  const one = await renderPdf(spec(2), fonts);
  assert.ok(one.equals(await renderPdf(spec(2), fonts)));
  assert.ok(!one.equals(await renderPdf({ ...spec(2), date: new Date('2026-11-28T00:00:00+08:00') }, fonts)));
});

test('layout: a face the collection does not have is ZC_ERR_CONFIG, not a crash', async () => {
  const fonts = loadPdfFonts({ ZHENGCE_PDF_FONT: `${DEFAULT_PDF_FONT}#NoSuchFace-Regular` });
  const e = await renderPdf(spec(1), fonts).then(
    () => null,
    (err: unknown) => err,
  );
  assert.ok(e instanceof ZhengceError);
  assert.equal(e.code, 'ZC_ERR_CONFIG');
  assert.match(e.message, /NoSuchFace-Regular/);
  assert.match(e.message, /fonts-noto-cjk/);
});

const NOW = new Date('2026-07-20T02:00:00Z');
const WORKERS = 45;

for (const factory of testStores()) {
  describe(`wage sheet (1336号) on ${factory.name}`, () => {
    let store: Store;
    let who: Who;
    let projectId: number;
    const ids: string[] = [];
    const cards: string[] = [];
    before(async () => {
      ({ store, who } = await openFixture(factory));
      await savePlan(store, who.fangshan, { year: 2026, title: '房山区2026年以工代赈年度计划' }, NOW);
      projectId = (
        await createProject(store, who.fangshan, { ...PROJECT, code: 'FS-2026-PDF', year: 2026 }, NOW)
      ).id;
      const workerIds: number[] = [];
      for (let i = 0; i < WORKERS; i++) {
        ids.push(testId('110111', `1970${String((i % 12) + 1).padStart(2, '0')}15`, 100 + i));
        cards.push(testCard(5000 + i));
        const r = await registerWorker(
          store,
          who.fangshan,
          {
            name: `务工${i + 1}号`,
            residentId: ids[i],
            village: '青龙湖村',
            town: '青龙湖镇',
            bankCard: cards[i],
          },
          NOW,
        );
        workerIds.push(r.worker.id);
        await enrolWorker(
          store,
          who.fangshan,
          projectId,
          { workerId: r.worker.id, post: '普工', joinedOn: '2026-05-01' },
          NOW,
        );
      }
      // Worker k works k+1 days in June (1..45 days, capped at 30), the first one also a half day.
      const entries = workerIds.flatMap((workerId, k) =>
        Array.from({ length: Math.min(k + 1, 28) }, (_, d) => ({
          workerId,
          day: `2026-06-${String(d + 1).padStart(2, '0')}`,
          halfDays: 2,
        })),
      );
      entries.push({ workerId: workerIds[0]!, day: '2026-06-29', halfDays: 1 });
      await saveAttendance(store, who.fangshan, projectId, { entries }, NOW);
      // 1.5 days × 183.33 = 274.995 → 275.00 元; confirmed and paid to his own card.
      await confirmWages(
        store,
        who.fangshan,
        projectId,
        {
          workerId: workerIds[0],
          period: '2026-06',
          amount: '275.00',
          method: 'fingerprint',
          confirmedOn: '2026-07-02',
        },
        NOW,
      );
      await payWages(
        store,
        who.fangshan,
        projectId,
        {
          workerId: workerIds[0],
          period: '2026-06',
          amount: '275.00',
          bankCard: cards[0],
          paidOn: '2026-07-10',
        },
        NOW,
      );
    });
    after(async () => {
      await store?.close();
    });

    test('every worker with masked ID and card, never the plain numbers; totals in 元; header on each page', async () => {
      const { pdf, filename } = await wageSheetPdf(store, who.fangshan, projectId, '2026-06', NOW);
      assert.equal(filename, 'wage-sheet-FS-2026-PDF-2026-06.pdf');
      const text = pdfText(pdf);
      const all = squeeze(text);
      assert.ok(all.includes('以工代赈项目劳务报酬发放表'));
      for (let i = 0; i < WORKERS; i++) {
        assert.ok(
          all.includes(`务工${i + 1}号${ids[i]!.slice(0, 6)}********${ids[i]!.slice(-4)}`),
          `worker ${i + 1}`,
        );
        assert.ok(all.includes(`****${cards[i]!.slice(-4)}`), `card of worker ${i + 1}`);
        assert.ok(!all.includes(ids[i]!), `plain ID of worker ${i + 1} absent`);
        assert.ok(!all.includes(cards[i]!), `plain card of worker ${i + 1} absent`);
        assert.ok(!pdf.includes(ids[i]!) && !pdf.includes(cards[i]!), 'nor anywhere in the file');
      }
      // Days: 1.5 (worker 1), then 2..28 days, then 28 for the rest: 1.5 + Σ2..28 + 28 × 17 = 1.5 + 405 + 476.
      // Due: 183.33 × days each, rounded half up per line; the total is the sum of the lines in fen.
      const days = [1.5, ...Array.from({ length: WORKERS - 1 }, (_, k) => Math.min(k + 2, 28))];
      const dueFen = days.reduce((s, d) => s + Math.round(18333 * d), 0);
      const due = `${Math.floor(dueFen / 100)}.${String(dueFen % 100).padStart(2, '0')}`;
      assert.ok(all.includes(`合计${WORKERS}人882.5`), 'headcount and days in the total row');
      assert.ok(all.includes(`应发合计${due}元，实发合计275.00元`), `totals ${due}`);
      assert.ok(all.includes('275.00'));
      assert.ok(all.includes('2026-07-02按手印'), 'the confirmation');
      assert.ok(all.includes('未确认'), 'the lines not yet confirmed');
      const ps = pages(text);
      assert.ok(ps.length >= 2, `45 workers take more than one landscape page (got ${ps.length})`);
      for (const [i, p] of ps.entries()) {
        assert.match(p, new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${ps.length}\\s*页`));
        if (i < ps.length - 1 || p.includes('务工')) assert.match(squeeze(p), /序号姓名身份证号/);
      }
      assert.ok(all.includes('制表人：'), 'signature lines');
      assert.match(all, /核验：审计记录#\d+/);
      assert.ok(
        pdf.equals((await wageSheetPdf(store, who.fangshan, projectId, '2026-06', NOW)).pdf),
        'deterministic',
      );
    });

    test('the scope of the ledger: another district and outsiders are refused; a bad month is named', async () => {
      const other = await rejection(wageSheetPdf(store, who.mentougou, projectId, '2026-06', NOW));
      assert.deepEqual([other?.code, other?.field], ['ZC_ERR_FORBIDDEN', 'department']);
      assert.equal(
        (await rejection(wageSheetPdf(store, who.outsider, projectId, '2026-06', NOW)))?.code,
        'ZC_ERR_FORBIDDEN',
      );
      const bad = await rejection(wageSheetPdf(store, who.fangshan, projectId, '2026-13', NOW));
      assert.deepEqual([bad?.code, bad?.field], ['ZC_ERR_INVALID_INPUT', 'period']);
      const en = await wageSheetPdf(store, who.municipal, projectId, '2026-06', NOW, 'en');
      assert.match(squeeze(pdfText(en.pdf)), /Work-reliefwagesheet/);
    });
  });
}
