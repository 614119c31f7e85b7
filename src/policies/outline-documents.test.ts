/**
 * @module policies/outline-documents.test
 * The seven documents' texts and outlines against facts read from the gazette: the text is
 * lossless and free of extraction artefacts, and each document has the parts it prints.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { flattenOutline, getPolicy, POLICIES } from './index.ts';
import { fullText, labelNumber } from './outline.ts';
import type { ClauseNode, PolicyDocument } from './types.ts';

function node(p: PolicyDocument, path: string): ClauseNode {
  const found = flattenOutline(p).find((n) => n.path === path);
  assert.ok(found, `${p.id}: no node ${path}`);
  return found;
}

function childLabels(n: { readonly children: readonly ClauseNode[] }, kind?: ClauseNode['kind']): string[] {
  return n.children.filter((c) => kind === undefined || c.kind === kind).map((c) => c.label);
}

function topLabels(p: PolicyDocument): string[] {
  return p.outline.map((n) => n.label);
}

describe('every document', () => {
  for (const p of POLICIES) {
    describe(p.id, () => {
      test('lossless: node texts in document order, joined by \\n, are the whole text', () => {
        const nodes = flattenOutline(p);
        assert.equal(nodes.map((n) => n.text).join('\n'), p.text);
        assert.ok(nodes.length > 10);
      });

      test('paths and citation forms are unique', () => {
        const nodes = flattenOutline(p);
        assert.equal(new Set(nodes.map((n) => n.path)).size, nodes.length);
        assert.equal(new Set(nodes.map((n) => n.clause)).size, nodes.length);
      });

      test('one paragraph a line, no extraction artefacts left', () => {
        const lines = p.text.split('\n');
        assert.ok(lines.every((l) => l !== '' && l === l.trim()));
        assert.doesNotMatch(p.text, /\*\*|\$|\\text|^- /m);
      });

      test('opens with the circular to its signing date, then the measure title', () => {
        const [circular, preface] = p.outline;
        assert.equal(circular?.label, '通知');
        assert.ok(circular.text.split('\n').some((l) => l.replace(/\s/g, '') === p.number));
        assert.equal(preface?.label, '前言');
        assert.equal(preface.heading, p.measureTitle?.zh);
        const title = (circular.heading ?? '').replace(/\s/g, '');
        assert.ok(p.title.zh.endsWith(title), `${p.title.zh} / ${title}`);
      });

      test('every English heading names a node that has a Chinese heading', () => {
        const withEn = flattenOutline(p).filter((n) => n.headingEn !== undefined);
        assert.ok(withEn.length >= 5);
        assert.ok(withEn.every((n) => n.heading !== undefined));
      });
    });
  }
});

describe('text normalisations (scripts/import-gazette.ts)', () => {
  test('page breaks inside sentences are joined', () => {
    assert.match(getPolicy('jingjiguanfa-2023-32').text, /投资金额原则上不超过 2000 万元/);
    assert.match(getPolicy('jingjiguanfa-2023-31').text, /的30%给予奖励。对企业使用/);
    assert.match(getPolicy('jingfagai-2023-1309').text, /进一步控制化石能源消费/);
    assert.match(getPolicy('jingjiguanfa-2023-31').text, /ISO14064—1 组织温室气体声明核查资质/);
  });

  test('titles lose their line breaks; spaces inside sentences stay', () => {
    const p28 = getPolicy('jingjiguanfa-2023-28');
    assert.ok(p28.text.startsWith(`${p28.title.zh}\n京技管发〔2023〕28号\n`));
    assert.match(getPolicy('jingjiguanfa-2023-29').text, /\n2023 年 11 月 13 日\n/);
    assert.match(getPolicy('jingjiguanfa-2023-31').text, /奖励资金范围 50—250 万元/);
  });

  test('LaTeX becomes the printed characters', () => {
    const t = getPolicy('jingjiguanfa-2023-31').text;
    assert.match(t, /稳定达到 30mg\/m³ 以内/);
    assert.match(t, /每 1m³\/h 风量奖励 2 元/);
    assert.match(t, /\n折算面积 = 基期建筑面积 × \(实际节能率 \/ 目标节能率\)\n/);
  });

  test('the traditional characters of two 1309号 paragraphs are kept as extracted', () => {
    assert.match(getPolicy('jingfagai-2023-1309').text, /\n大力發展新能源供热是推動本市供热結構重構/);
  });
});

describe('京发改〔2023〕1309号', () => {
  const p = getPolicy('jingfagai-2023-1309');
  test('sections 一–七 with their subsections, and a closing', () => {
    assert.deepEqual(topLabels(p), ['通知', '前言', '一', '二', '三', '四', '五', '六', '七', '结语']);
    const counts = p.outline.filter((n) => n.kind === 'section').map((n) => n.children.length);
    assert.deepEqual(counts, [3, 4, 7, 4, 5, 3, 4]);
    assert.deepEqual(childLabels(node(p, '一')), ['（一）', '(二)', '(三)']);
  });
  test('六(一) holds the support ratios; the closing names the interpreting bodies', () => {
    assert.match(node(p, '六/(一)').text, /装机占比 30% 至 60%\(不含\)的给予 20% 资金支持/);
    assert.equal(node(p, '六/(一)').clause, '六(一)');
    assert.match(node(p, '结语').text, /^本实施意见由市发展改革委.*按职责分工负责解释。$/);
    assert.match(node(p, '三/(一)').text, /宜用尽用.*\(责任单位:市发展改革委/);
  });
});

describe('京发改〔2023〕1336号', () => {
  const p = getPolicy('jingfagai-2023-1336');
  test('sections 一–五; 二 and 四 are unnumbered prose', () => {
    assert.deepEqual(topLabels(p), ['通知', '前言', '一', '二', '三', '四', '五']);
    assert.deepEqual(
      p.outline.slice(2).map((n) => n.children.length),
      [3, 0, 4, 0, 4],
    );
    assert.match(node(p, '二').text, /一是坚持因地制宜。[\s\S]*四是严守合法依规底线。/);
  });
  test('run-in headings of the subsections', () => {
    assert.equal(node(p, '一/(一)').heading, '实施对象');
    assert.equal(node(p, '三/(四)').heading, '及时足额发放劳务报酬');
    assert.match(node(p, '三/(四)').text, /原则上将劳务报酬通过银行卡发放至本人/);
  });
});

describe('京技管发〔2023〕28号', () => {
  const p = getPolicy('jingjiguanfa-2023-28');
  test('三 parts; 二 has five groups holding measures 1–20 numbered on', () => {
    assert.deepEqual(topLabels(p), ['通知', '前言', '一', '二', '三']);
    const groups = node(p, '二').children;
    assert.deepEqual(
      groups.map((g) => g.children.length),
      [4, 5, 4, 3, 4],
    );
    const items = groups.flatMap((g) => g.children.map((c) => labelNumber(c.label)));
    assert.deepEqual(
      items,
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    assert.equal(node(p, '二/（三）/10').clause, '二（三）10');
    assert.equal(node(p, '二/(一)/1').heading, '加强先进制造业开放力度');
  });
  test('三 附则 holds the three-year term', () => {
    assert.match(node(p, '三').text, /本政策有效期三年,自公布之日起施行/);
  });
});

describe('京技管发〔2023〕29号', () => {
  const p = getPolicy('jingjiguanfa-2023-29');
  test('sections 一–四, a closing and annexes 1–3', () => {
    assert.deepEqual(topLabels(p), [
      '通知',
      '前言',
      '一',
      '二',
      '三',
      '四',
      '结语',
      '附件1',
      '附件2',
      '附件3',
    ]);
    assert.deepEqual(childLabels(node(p, '二')), ['(一)', '(二)', '（三）', '（四）', '（五）']);
    assert.match(node(p, '结语').text, /京技管\[2018\]92号\)同时废止。\n附件:\n1\. /);
  });
  test('三: responses 1–3, then yellow, orange and red each with items 1–3', () => {
    assert.deepEqual(childLabels(node(p, '三')), ['1', '2', '3', '(一)', '(二)', '(三)']);
    for (const level of ['(一)', '(二)', '(三)'])
      assert.deepEqual(childLabels(node(p, `三/${level}`)), ['1', '2', '3']);
    assert.equal(node(p, '三/(二)/3').children.length, 7);
    assert.match(node(p, '三/(三)/3/(3)').text, /单双号行驶[\s\S]*再停驶车辆总数的30%/);
    assert.equal(node(p, '三/(三)/3/(3)').clause, '三(三)3(3)');
  });
  test('二(一): the levels, with the standard-adjustment sentence in its full text', () => {
    const levels = node(p, '二/(一)');
    assert.deepEqual(childLabels(levels), ['1', '2', '3']);
    assert.match(levels.text, /HJ633—2012/);
    assert.match(fullText(levels), /统一调整空气重污染预警启动标准时,依据其标准执行。$/);
  });
  test('the annexes, with their titles and duties', () => {
    assert.equal(node(p, '附件1').heading, '北京经济技术开发区空气重污染应急指挥部职责');
    assert.equal(node(p, '附件1').children.length, 7);
    assert.equal(node(p, '附件2').children.length, 9);
    assert.equal(node(p, '附件3').children.length, 12);
    assert.equal(node(p, '附件3/十二').heading, '各属地街镇');
    assert.equal(node(p, '附件3/一').children.length, 10);
    assert.equal(node(p, '附件3/一/10').clause, '附件3 一10');
  });
});

describe('京技管发〔2023〕30号', () => {
  const p = getPolicy('jingjiguanfa-2023-30');
  test('sections 一–九; 六 lists 16 departments; 九 has three items', () => {
    assert.deepEqual(topLabels(p), ['通知', '前言', '一', '二', '三', '四', '五', '六', '七', '八', '九']);
    assert.equal(node(p, '六').children.length, 16);
    assert.equal(node(p, '六/(一)').heading, '党政办公室');
    assert.deepEqual(childLabels(node(p, '九')), ['1', '2', '3']);
    assert.match(node(p, '九/3').text, /有效期至 2025 年 12 月 31 日/);
  });
});

describe('京技管发〔2023〕31号', () => {
  const p = getPolicy('jingjiguanfa-2023-31');
  const awards = node(p, '第一章').children.flatMap((s) => s.children);
  test('three chapters; 第一章 has sections 一–三 with 15, 7 and 5 award items', () => {
    assert.deepEqual(topLabels(p), ['通知', '前言', '第一章', '第二章', '第三章']);
    assert.deepEqual(
      node(p, '第一章').children.map((s) => [s.label, s.heading, s.children.length]),
      [
        ['一', '污染防治类', 15],
        ['二', '节能降碳类', 7],
        ['三', '绿色建筑类', 5],
      ],
    );
    assert.equal(node(p, '第三章').heading, '附 则');
  });
  test('exactly 27 award items, (一)…(二十七), numbered on across the sections', () => {
    assert.equal(awards.length, 27);
    assert.deepEqual(
      awards.map((a) => labelNumber(a.label)),
      Array.from({ length: 27 }, (_, i) => i + 1),
    );
    assert.ok(awards.every((a) => a.kind === 'subsection' && a.heading?.endsWith('项目')));
  });
  test('item (十三): the vehicle-reward sentence and its three vehicle classes', () => {
    const item13 = node(p, '第一章/一/（十三）');
    assert.equal(item13.clause, '第一章 一（十三）');
    assert.match(item13.text, /两者取小值确定奖励车辆规模。每辆车的具体奖励标准如下：$/);
    assert.deepEqual(childLabels(item13), ['1', '2', '3']);
    assert.match(node(p, '第一章/一/（十三）/1').text, /每辆车最高不超过 20 万元。$/);
    assert.equal(node(p, '第一章/一/（十三）/1').clause, '第一章 一（十三）1');
  });
  test('第二章: scope, and six conditions with three exclusions', () => {
    assert.match(node(p, '第二章/一').text, /经开区 60 平方公里范围[\s\S]*亦庄新城 225 平方公里范围/);
    assert.equal(node(p, '第二章/二').children.length, 6);
    assert.equal(node(p, '第二章/二/(五)').children.length, 3);
  });
});

describe('京技管发〔2023〕32号', () => {
  const p = getPolicy('jingjiguanfa-2023-32');
  test('第一条…第十条 in order, then the closing paragraphs', () => {
    const articles = p.outline.filter((n) => n.kind === 'article');
    assert.deepEqual(
      articles.map((a) => a.label),
      ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条'],
    );
    assert.deepEqual(topLabels(p).slice(-1), ['结语']);
    assert.equal(node(p, '结语').text.split('\n').length, 3);
    assert.match(node(p, '结语').text, /至 2025 年 12 月 31 日结束/);
  });
  test('the article texts', () => {
    assert.match(node(p, '第五条').text, /按照最高1\.5元\/平方米\/天,总面积不超过500平方米/);
    assert.equal(node(p, '第五条').heading, '实施“创新成长计划”');
    assert.match(node(p, '第七条').text, /原则上不超过 2000 万元,且不超过项目投资总额的 30%/);
  });
});
