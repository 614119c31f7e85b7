/**
 * @module policies/outline.test
 * The outline parser on small made-up documents: each numbering style, what is not a heading,
 * the unnumbered parts, labels and citation forms, duplicate labels, and losslessness.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  chineseNumeral,
  comparable,
  flatten,
  fullText,
  labelNumber,
  matchNumbering,
  parseOutline,
} from './outline.ts';
import type { ClauseNode } from './types.ts';

const ALL = ['chapter', 'article', 'section', 'subsection', 'item', 'subitem', 'annex'] as const;

function joined(nodes: readonly ClauseNode[]): string {
  return flatten(nodes)
    .map((n) => n.text)
    .join('\n');
}

function byPath(nodes: readonly ClauseNode[], path: string): ClauseNode {
  const found = flatten(nodes).find((n) => n.path === path);
  assert.ok(found, `no node ${path}; have ${flatten(nodes).map((n) => n.path)}`);
  return found;
}

const DOC = [
  '某某委员会',
  '关于印发某办法的通知',
  '京某〔2023〕1号',
  '各有关单位：',
  '现将某办法印发给你们。',
  '2023年11月24日',
  '某办法',
  '为做好某工作，制定本办法。',
  '第一章 支持内容',
  '本办法支持三类项目。',
  '一、污染防治类',
  '（一）大气项目',
  '对上述项目给予奖励。',
  '1. 工业污水深度治理,鼓励企业。',
  '(1)第一小项。',
  '2. 污水再生利用。',
  '原则上按 1.5 元给予奖励,见第3条第1.款。',
  '(二)水项目',
  '第二章 附 则',
  '一、其他说明',
  '本办法由某委员会负责解释。',
].join('\n');

describe('parseOutline: structure', () => {
  const outline = parseOutline(DOC, { numbering: ['chapter', 'section', 'subsection', 'item', 'subitem'] });

  test('the circular runs to its signing date; the measure title and preface follow', () => {
    assert.deepEqual(
      outline.map((n) => [n.label, n.kind]),
      [
        ['通知', 'preamble'],
        ['前言', 'preamble'],
        ['第一章', 'chapter'],
        ['第二章', 'chapter'],
      ],
    );
    assert.equal(outline[0]?.heading, '关于印发某办法的通知');
    assert.ok(outline[0]?.text.endsWith('2023年11月24日'));
    assert.equal(outline[1]?.heading, '某办法');
  });

  test('nesting follows the rank of the numbering, labels as printed', () => {
    assert.deepEqual(
      flatten(outline).map((n) => n.path),
      [
        '通知',
        '前言',
        '第一章',
        '第一章/一',
        '第一章/一/（一）',
        '第一章/一/（一）/1',
        '第一章/一/（一）/1/(1)',
        '第一章/一/（一）/2',
        '第一章/一/(二)',
        '第二章',
        '第二章/一',
      ],
    );
  });

  test('citation form: the chapter, a space, then the deeper labels run together', () => {
    assert.equal(byPath(outline, '第一章/一/（一）/1/(1)').clause, '第一章 一（一）1(1)');
    assert.equal(byPath(outline, '第一章').clause, '第一章');
    assert.equal(byPath(outline, '第二章/一').clause, '第二章 一');
  });

  test('headings: stand-alone heading lines only, chapter headings after the space', () => {
    assert.equal(byPath(outline, '第一章').heading, '支持内容');
    assert.equal(byPath(outline, '第二章').heading, '附 则');
    assert.equal(byPath(outline, '第一章/一').heading, '污染防治类');
    assert.equal(byPath(outline, '第一章/一/（一）').heading, '大气项目');
    assert.equal(byPath(outline, '第一章/一/（一）/1').heading, undefined);
  });

  test('an unnumbered paragraph belongs to the numbered node before it; "1." inside it is no heading', () => {
    const item2 = byPath(outline, '第一章/一/（一）/2');
    assert.equal(item2.text, '2. 污水再生利用。\n原则上按 1.5 元给予奖励,见第3条第1.款。');
    assert.equal(item2.children.length, 0);
    assert.equal(byPath(outline, '第一章').text, '第一章 支持内容\n本办法支持三类项目。');
  });

  test('lossless: the node texts in document order give back the text', () => {
    assert.equal(joined(outline), DOC);
  });

  test('fullText includes the descendants in order', () => {
    const sub = byPath(outline, '第一章/一/（一）');
    assert.equal(fullText(sub), DOC.slice(DOC.indexOf('（一）大气项目'), DOC.indexOf('\n(二)水项目')));
  });
});

describe('parseOutline: options and edge cases', () => {
  test('a style the document does not use is body text', () => {
    const outline = parseOutline('一、总则\n1. 不是条款。\n(1)也不是。', { numbering: ['section'] });
    assert.equal(outline.length, 1);
    assert.equal(outline[0]?.children.length, 0);
  });

  test('a decimal at the start of a line is not an item', () => {
    assert.equal(matchNumbering('1.45亿平方米', { numbering: ALL }), undefined);
    assert.deepEqual(matchNumbering('10.会同相关部门', { numbering: ALL }), {
      kind: 'item',
      label: '10',
      rest: '会同相关部门',
    });
    assert.equal(matchNumbering('一是坚持因地制宜。', { numbering: ALL }), undefined);
    assert.equal(matchNumbering('本措施第一条、第二条', { numbering: ALL }), undefined);
  });

  test('the closing is unnumbered until an annex, which restarts the numbering at the top', () => {
    const text = [
      '一、总则',
      '正文。',
      '本预案自发布之日起实施。',
      '附件:',
      '1. 某职责',
      '附件 1',
      '某职责',
      '1. 第一项；',
    ].join('\n');
    const outline = parseOutline(text, {
      numbering: ['section', 'item', 'annex'],
      closingStarts: ['本预案'],
    });
    assert.deepEqual(
      flatten(outline).map((n) => [n.path, n.clause, n.kind]),
      [
        ['一', '一', 'section'],
        ['结语', '结语', 'closing'],
        ['附件1', '附件1', 'annex'],
        ['附件1/1', '附件1 1', 'item'],
      ],
    );
    assert.equal(byPath(outline, '附件1').heading, '某职责');
    assert.equal(byPath(outline, '结语').text, '本预案自发布之日起实施。\n附件:\n1. 某职责');
    assert.equal(joined(outline), text);
  });

  test('run-in headings only when asked and only when a body follows', () => {
    const text = '一、任务\n(一)实施对象。主要面对农村地区。\n(二)党政办公室:负责改造。\n(三)拒绝露天烧烤。';
    const withRunIn = parseOutline(text, { numbering: ['section', 'subsection'], runInHeadings: true });
    assert.equal(byPath(withRunIn, '一/(一)').heading, '实施对象');
    assert.equal(byPath(withRunIn, '一/(二)').heading, '党政办公室');
    assert.equal(byPath(withRunIn, '一/(三)').heading, undefined);
    const without = parseOutline(text, { numbering: ['section', 'subsection'] });
    assert.equal(byPath(without, '一/(一)').heading, undefined);
  });

  test('a repeated label under one parent is numbered #2, whatever the width of its parentheses', () => {
    const text = '一、甲\n（一）乙\n(一)丙\n（一）丁\n二、戊\n（一）己';
    const outline = parseOutline(text, { numbering: ['section', 'subsection'] });
    assert.deepEqual(
      flatten(outline).map((n) => [n.path, n.clause]),
      [
        ['一', '一'],
        ['一/（一）', '一（一）'],
        ['一/(一)#2', '一(一)#2'],
        ['一/（一）#3', '一（一）#3'],
        ['二', '二'],
        ['二/（一）', '二（一）'],
      ],
    );
  });

  test('English headings are looked up by path in either width of parentheses', () => {
    const outline = parseOutline('一、总则\n（一）目标', {
      numbering: ['section', 'subsection'],
      headingsEn: { 一: 'General', '一/(一)': 'Targets' },
    });
    assert.equal(byPath(outline, '一').headingEn, 'General');
    assert.equal(byPath(outline, '一/（一）').headingEn, 'Targets');
  });

  test('text without numbering or date is one preface; empty text has no nodes', () => {
    assert.deepEqual(
      parseOutline('甲\n\n乙', { numbering: ALL }).map((n) => [n.label, n.text]),
      [['前言', '甲\n\n乙']],
    );
    assert.deepEqual(parseOutline('', { numbering: ALL }), []);
  });

  test('articles', () => {
    const text = '序。\n第一条 激励示范。对新迁入企业给予奖励。\n第十条 强化服务。正文。';
    const outline = parseOutline(text, { numbering: ['article'], runInHeadings: true });
    assert.deepEqual(
      outline.map((n) => [n.clause, n.heading]),
      [
        ['前言', '序。'],
        ['第一条', '激励示范'],
        ['第十条', '强化服务'],
      ],
    );
  });
});

describe('numerals', () => {
  test('labelNumber reads Chinese and arabic numbering', () => {
    assert.equal(labelNumber('（二十七）'), 27);
    assert.equal(labelNumber('(十三)'), 13);
    assert.equal(labelNumber('第十条'), 10);
    assert.equal(labelNumber('十二'), 12);
    assert.equal(labelNumber('(3)'), 3);
    assert.equal(labelNumber('附件2'), 2);
    assert.ok(Number.isNaN(labelNumber('通知')));
  });

  test('chineseNumeral and labelNumber round-trip 1–99', () => {
    for (let n = 1; n <= 99; n += 1) assert.equal(labelNumber(chineseNumeral(n)), n);
    assert.equal(chineseNumeral(20), '二十');
    assert.throws(() => chineseNumeral(0), RangeError);
  });

  test('comparable makes half- and full-width parentheses alike and drops spaces', () => {
    assert.equal(comparable(' 第一章 一（十三）1 '), comparable('第一章一(十三)1'));
    assert.notEqual(comparable('一(十三)'), comparable('一(十二)'));
  });
});
