/**
 * @module scripts/import-gazette
 * Imports the seven gazette documents (Beijing Municipal People's Government Gazette 2024 No. 13)
 * from the extracted text files in `../shared/gazette/` and writes `src/policies/<id>/text.ts`,
 * each exporting the document's whole text as one string. The policies layer is pure (no file
 * access), so the text is embedded as data; this script is how that data was made.
 *
 * Usage: `node --import tsx scripts/import-gazette.ts [gazetteDir] [--check]`; `gazetteDir` defaults
 * to `../shared/gazette` beside the repository
 * (`--check` writes nothing and exits 1 when a committed text.ts differs from what it would write).
 *
 * The text stays verbatim: characters, half- and full-width punctuation and spaces inside
 * sentences ("50 万元", "2023 年 11 月 13 日") are kept exactly. Only artefacts of the PDF
 * extraction are normalised, and each one is listed here:
 *
 * 1. Markdown bold markers `**` around the circular titles of 30号 and 32号 are removed.
 * 2. Markdown list markers `- ` at the start of a line (29号: `- 附件:`, `- 10.会同…`,
 *    `- 1.对接…`) are removed, and so is whitespace at the start and end of a line (29号 has
 *    ` 2. …` in its list of annexes).
 * 3. Blank lines (the extraction's paragraph and page gaps) are dropped: the text has one
 *    paragraph (or list entry, or title line) per line, separated by a single `\n`, with no
 *    leading or trailing newline.
 * 4. A line or page break that splits a sentence, a word or a title is removed: the two pieces
 *    are joined with nothing between them (`原则` + `上不超过` → `原则上不超过`). Every join is listed
 *    in {@link DOCUMENTS} as `[end of the first piece, start of the second]`, was checked by reading
 *    the document, and must match exactly once or the script fails.
 *    The same list joins a paragraph's closing attribution `(责任单位:…)` / `(牵头单位:…)` that
 *    a page break pushed onto a paragraph of its own (1309号 ×3, 29号 ×1); everywhere else in both
 *    documents the attribution runs on in the paragraph it belongs to.
 * 5. Spaces between two Chinese characters inside a title line are removed (they are the
 *    extraction's rendering of the title's line breaks, e.g. `高质量 发展实施意见`): in the
 *    circular's title (the line before the document number), the measure's title (the line after
 *    the signing date) and the annex titles (the line after `附件 N`). Spaces next to a digit are
 *    kept (`(2023 年修订)`, as elsewhere in 29号).
 * 6. LaTeX math that the extraction produced for three formulae in 31号 is turned back into the
 *    printed characters: `$30\text{mg}/\text{m}^3$` → `30mg/m³`, `$1\text{m}^3/\text{h}$` →
 *    `1m³/h`, and the display formula `$$\text{折算面积} = … \times (…)$$` →
 *    `折算面积 = 基期建筑面积 × (实际节能率 / 目标节能率)` (spacing inside as extracted).
 *
 * Not normalised (kept verbatim, flagged for review): two paragraphs of 1309号 (the measure's
 * preface and 一(一)) are extracted in traditional characters; 32号 第七条 reads `科技创新型企。`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A join of two consecutive non-empty lines: `[end of the first, start of the second]`. */
type Join = readonly [string, string];

/** How to import one document. */
interface DocumentImport {
  readonly id: string;
  readonly joins: readonly Join[];
}

/** The seven documents in gazette order, with every line/page break that splits a sentence. */
export const DOCUMENTS: readonly DocumentImport[] = [
  {
    id: 'jingfagai-2023-1309',
    joins: [
      ['加快能源绿色低碳转型，进一步', '控制化石能源消费'],
      ['新能源供热系统满足建筑', '供暖基础负荷'],
      ['推动新能源供热系统高标准规划、高质量建', '设、高比例应用'],
      ['支持同时具备冷热负荷需求的各类新建、改(扩)建建筑采用浅层地源热泵系统。', '(责任单位:'],
      ['推动地热资源按照地热田区块统一开发,高效', '利用。重点开发'],
      ['(责任单位:市发展改革委、市城市管理委、市规划自然资源', '委、市生态环境局'],
      ['提高供热系统的安全保障能力。', '(责任单位:'],
      ['促进产学研深度融合,支持建设', '企业牵头、高校'],
      ['推动地热', '资源整合开发'],
      ['将新能源供热资源分布', '等空间信息'],
      ['加大对新能源供热', '新技术、新场景'],
      ['新能源供热建设投资包括:新能源供热系统的', '取热装置'],
      ['市水务局负责地热水取水许可审批和取用水管', '理,对再生水'],
      ['新能源供热项目招标监管和事中事后监管及统计报送工作。', '(责任单位:'],
    ],
  },
  {
    id: 'jingfagai-2023-1336',
    joins: [
      ['关于印发因地制宜开展以工代赈工作促进', '农民群众就业增收实施意见的通知'],
      ['现将《关于因地制宜开展以工代赈工作促', '进农民群众'],
      ['请结合实际,认真', '贯彻落实。'],
      ['重大项目的具体环节以及项目谋划', '前期和项目实施过程中'],
    ],
  },
  {
    id: 'jingjiguanfa-2023-28',
    joins: [
      ['北京经济技术开发区管理委员会', '关于印发《北京经济技术开发区优化外商'],
      ['关于印发《北京经济技术开发区优化外商', '投资环境提升外企服务力度若干措施'],
      ['投资环境提升外企服务力度若干措施', '(试行)》的通知'],
      ['现将《北京经济技术开发区优化外商投资环境提升外企服务', '力度若干措施(试行)》'],
      ['提升外企服务力度若干措施', '(试行)'],
      ['打造外商', '来京合作的首选窗口。'],
      ['打造外资企业', '“金融服务超市”'],
      ['持续推动重大改革和制度创', '新试点落地。'],
      ['加强餐饮、文化、运', '动等国际商业设施'],
    ],
  },
  {
    id: 'jingjiguanfa-2023-29',
    joins: [
      ['北京经济技术开发区管理委员会', '关于印发《北京经济技术开发区空气重污染'],
      ['北京经济技术开发区空气重污染应急预案', '(2023 年修订)'],
      ['经开区空气重污染应急指挥部办公室负责接收市空气重污染', '应急预警指令'],
      ['一般人群尽量避免户外活动。', '(牵头单位:属地街镇)'],
      ['油墨及其他溶', '剂型含挥发性有机物'],
      ['联系人专项负责本部门空', '气重污染应急工作'],
      ['自觉接受公众监督。要及', '时公布应急预案'],
      ['2. 北京经济技术开发区空气重污染应急指挥部办公室', '职责'],
      ['3. 北京经济技术开发区空气重污染应急指挥部成员单位', '职责'],
      ['编制本部门空气重污染应急分预', '案,细化分解任务'],
      ['露天烧烤和露天焚烧、', '违法使用燃煤'],
    ],
  },
  {
    id: 'jingjiguanfa-2023-30',
    joins: [
      ['北京经济技术开发区管理委员会', '印发《关于发展绿色建筑和超低能耗建筑'],
      ['印发《关于发展绿色建筑和超低能耗建筑', '推动绿色城市建设的实施意见》的通知'],
      ['加速推进建设宜', '业宜居绿色新城。'],
      ['新建工业建筑全面执行绿色工业建筑二星级及以上', '标准。新建民用建筑'],
      ['负责建筑节能降碳宣传工作和对外重要', '信息发布工作。'],
      ['负责统筹开展建筑业、房地产业等领域', '公共建筑节能绿色化改造'],
      ['大型公共建筑的超低能耗建筑试', '点建设。'],
      ['技术路径等相关内容,并对', '设计质量负责。'],
      ['能耗水耗计量系统运行正常,', '项目达到设计文件'],
      ['尚未开工建设的项目,进', '行超低能耗建筑的建设'],
    ],
  },
  {
    id: 'jingjiguanfa-2023-31',
    joins: [
      ['北京经济技术开发区管理委员会', '关于印发《北京经济技术开发区促进'],
      ['关于印发《北京经济技术开发区促进', '绿色低碳高质量发展资金奖励办法》的通知'],
      ['各重点国有企业，', '各专业公司：'],
      ['促进绿色低碳高质量发展资金奖', '励办法》印发给你们'],
      ['的30%给予奖', '励。对企业使用'],
      ['改造后氮氧化物浓度稳', '定达到 30mg/m³'],
      ['跨级提级企业按照上述奖励金', '额加和奖励'],
      ['在原奖励标准基', '础上增加 5%；'],
      ['在原奖励标准基础上增加 5%；置换为', '电动车的最高不超过 95 万元'],
      ['供热系统节能等节能技术改造。根据节能', '量给予奖励'],
      ['重点用能单位或碳排放单位开展', '以上技术咨询策划业务'],
      ['官方认证的 ISO14064', '—1 组织温室气体声明核查资质)'],
      ['有突出业绩或创新成果,', '经济环境效益'],
      ['资金来源为经开区财政拨款,并纳', '入经开区预算管理。'],
    ],
  },
  {
    id: 'jingjiguanfa-2023-32',
    joins: [
      ['北京经济技术开发区管理委员会', '印发《关于进一步促进专精特新、高新技术'],
      ['印发《关于进一步促进专精特新、高新技术', '企业高质量发展的若干措施》的通知'],
      ['中关村高新技术企业申请通过国家高新技术', '企业认定后享受差额奖励。'],
      ['对单个项目的投资金额原则', '上不超过 2000 万元'],
    ],
  },
];

const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const NUMBER_LINE = /^京[^〔]*〔\d{4}〕\s*\d+\s*号$/;
const ANNEX_LINE = /^附件\s*\d+$/;
const HAN_GAP = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** Turns the extraction's inline LaTeX (`$…$`, `$$…$$`) into the printed characters (rule 6). */
export function latexToText(line: string): string {
  return line.replace(/\$\$?([^$]+)\$\$?/g, (_whole, tex: string) => {
    const out = tex
      .replace(/\\text\{([^}]*)\}/g, '$1')
      .replace(/\\times/g, '×')
      .replace(/\^2/g, '²')
      .replace(/\^3/g, '³');
    if (/[\\{}^$]/.test(out)) throw new Error(`unsupported LaTeX in gazette text: ${tex}`);
    return out;
  });
}

/**
 * Normalises one document's extracted text (rules 1–6 of the module comment).
 * @returns the text and a log of what was changed.
 */
export function normalise(raw: string, doc: DocumentImport): { text: string; log: string[] } {
  const log: string[] = [];
  const lines = raw
    .split('\n')
    .map((l) => {
      const out = latexToText(l.replaceAll('**', ''))
        .replace(/^\s*-\s+/, '')
        .trim();
      if (l.includes('**')) log.push(`markdown bold removed: ${out.slice(0, 20)}…`);
      if (/^\s*-\s/.test(l)) log.push(`markdown list marker removed: ${out.slice(0, 20)}…`);
      if (l.includes('$'))
        log.push(
          `LaTeX turned into text: …${out.slice(Math.max(0, out.search(/[×³]/) - 12), out.search(/[×³]/) + 12)}…`,
        );
      return out;
    })
    .filter((l) => l !== '');
  for (const [end, start] of doc.joins) {
    const at = lines.flatMap((l, i) => (l.endsWith(end) && lines[i + 1]?.startsWith(start) ? [i] : []));
    if (at.length !== 1) throw new Error(`${doc.id}: join [${end}|${start}] matched ${at.length} times`);
    const i = at[0] as number;
    lines.splice(i, 2, `${lines[i]}${lines[i + 1]}`);
    log.push(`joined …${end}|${start}…`);
  }
  const titleAt = new Set<number>();
  lines.forEach((l, i) => {
    if (NUMBER_LINE.test(l) && i > 0) titleAt.add(i - 1);
    if (ANNEX_LINE.test(l)) titleAt.add(i + 1);
  });
  const dateAt = lines.findIndex((l) => DATE_LINE.test(l));
  if (dateAt >= 0) titleAt.add(dateAt + 1);
  for (const i of titleAt) {
    const before = lines[i];
    if (before === undefined) continue;
    const after = before.replace(HAN_GAP, '$1');
    if (after !== before) {
      lines[i] = after;
      log.push(`title gap closed: ${after}`);
    }
  }
  return { text: lines.join('\n'), log };
}

/** The TypeScript module written for one document. */
export function renderModule(doc: DocumentImport, file: string, text: string): string {
  return [
    '/**',
    ` * @module policies/${doc.id}/text`,
    ' * GENERATED by scripts/import-gazette.ts from the gazette text',
    ` * ${file}; do not edit by hand, re-run the script instead.`,
    " * The text is verbatim as printed in the Beijing Municipal People's Government Gazette 2024",
    ' * No. 13, with only PDF-extraction artefacts normalised (page breaks inside sentences, line',
    ' * breaks inside titles, markdown and LaTeX markup; see the script). One paragraph per line.',
    ' */',
    '',
    '/** The whole document, verbatim. */',
    '// biome-ignore format: generated data, one JSON-escaped string',
    `export const TEXT = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const check = argv.includes('--check');
  const dirArg = argv.find((a) => !a.startsWith('--'));
  const dir = dirArg === undefined ? resolve(repo, '../shared/gazette') : resolve(dirArg);
  const files = readdirSync(dir);
  let stale = 0;
  for (const doc of DOCUMENTS) {
    const file = files.find((f) => f.startsWith(`${doc.id}-`) && f.endsWith('.txt'));
    if (!file) throw new Error(`${doc.id}: no ${doc.id}-*.txt in ${dir}`);
    const { text, log } = normalise(readFileSync(join(dir, file), 'utf8'), doc);
    const out = join(repo, 'src/policies', doc.id, 'text.ts');
    const module = renderModule(doc, file, text);
    if (check) {
      let current = '';
      try {
        current = readFileSync(out, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== module) {
        stale += 1;
        console.error(`${doc.id}: src/policies/${doc.id}/text.ts is not what the script generates`);
      }
      continue;
    }
    writeFileSync(out, module);
    console.log(
      `${doc.id}: ${text.length} characters, ${text.split('\n').length} lines; ${log.length} normalisations`,
    );
    for (const entry of log) console.log(`  ${entry}`);
  }
  return stale === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
