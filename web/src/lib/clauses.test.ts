/**
 * @module web/lib/clauses.test
 * Finding clauses by path or citation form.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClauseNode } from '../api.ts';
import { clauseAnchor, findClause, fragmentText, pathsByClause, textIsHeadingOnly } from './clauses.ts';

const leaf: ClauseNode = {
  label: '1',
  path: '第一章/一/（十三）/1',
  clause: '第一章 一（十三）1',
  kind: 'item',
  text: '1. 对……给予奖励。',
  children: [],
};
const chapter: ClauseNode = {
  label: '第一章',
  path: '第一章',
  clause: '第一章',
  kind: 'chapter',
  heading: '污染防治类',
  text: '第一章 污染防治类',
  children: [
    {
      label: '一',
      path: '第一章/一',
      clause: '第一章 一',
      kind: 'section',
      text: '一、',
      children: [
        {
          label: '（十三）',
          path: '第一章/一/（十三）',
          clause: '第一章 一（十三）',
          kind: 'subsection',
          text: '（十三）',
          children: [leaf],
        },
      ],
    },
  ],
};

test('anchors round-trip through the URL fragment', () => {
  const hash = `#${clauseAnchor(leaf.path)}`;
  assert.ok(!hash.includes('/'));
  assert.equal(fragmentText(hash), leaf.path);
  assert.equal(fragmentText('#%E0%A4%A'), '%E0%A4%A');
});

test('finds a clause by path, then by citation form', () => {
  assert.equal(findClause([chapter], '第一章/一/（十三）/1'), leaf);
  assert.equal(findClause([chapter], '第一章 一（十三）1'), leaf);
  assert.equal(findClause([chapter], '第二章'), undefined);
  assert.equal(findClause([chapter], ''), undefined);
  assert.equal(pathsByClause([chapter]).get('第一章 一（十三）'), '第一章/一/（十三）');
});

test('a bare chapter title is not repeated as body text', () => {
  assert.equal(textIsHeadingOnly(chapter), true);
  assert.equal(textIsHeadingOnly(leaf), false);
});
