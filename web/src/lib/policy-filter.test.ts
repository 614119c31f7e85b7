/**
 * @module web/lib/policy-filter.test
 * The policy library's client-side filters.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PolicySummary } from '../api.ts';
import { filterPolicies, issuerType, parseIssuer, parseStatus } from './policy-filter.ts';

function policy(id: string, number: string, zh: string, status: PolicySummary['status']): PolicySummary {
  return {
    id,
    number,
    numberEn: number,
    title: { zh, en: `${zh} (en)` },
    summary: { zh: '摘要', en: 'summary' },
    issuers: [],
    signedOn: '2023-11-29',
    gazettePage: 1,
    validity: { from: '2023-11-29' },
    status,
    statusLabel: { zh: '', en: '' },
    ruleCount: 0,
  };
}

const all = [
  policy('jingfagai-2023-1309', '京发改〔2023〕1309号', '新能源供热', 'in_force'),
  policy('jingjiguanfa-2023-32', '京技管发〔2023〕32号', '专精特新 高新技术企业', 'expired'),
];

test('issuer type comes from the id prefix', () => {
  assert.equal(issuerType('jingfagai-2023-1336'), 'municipal');
  assert.equal(issuerType('jingjiguanfa-2023-29'), 'etown');
  assert.equal(issuerType('other'), null);
});

test('filters by text over numbers and titles, ignoring spaces and case', () => {
  const f = { status: null, issuer: null };
  assert.deepEqual(
    filterPolicies(all, { ...f, text: '32号' }).map((p) => p.id),
    ['jingjiguanfa-2023-32'],
  );
  assert.deepEqual(
    filterPolicies(all, { ...f, text: '专精特新高新' }).map((p) => p.id),
    ['jingjiguanfa-2023-32'],
  );
  assert.equal(filterPolicies(all, { ...f, text: 'SUMMARY' }).length, 2);
});

test('filters by status and issuer type', () => {
  assert.deepEqual(
    filterPolicies(all, { text: '', status: 'in_force', issuer: null }).map((p) => p.id),
    ['jingfagai-2023-1309'],
  );
  assert.deepEqual(
    filterPolicies(all, { text: '', status: null, issuer: 'etown' }).map((p) => p.id),
    ['jingjiguanfa-2023-32'],
  );
  assert.equal(filterPolicies(all, { text: '', status: 'repealed', issuer: null }).length, 0);
});

test('query parameters with unknown values are ignored', () => {
  assert.equal(parseStatus('expired'), 'expired');
  assert.equal(parseStatus('nope'), null);
  assert.equal(parseIssuer('municipal'), 'municipal');
  assert.equal(parseIssuer(null), null);
});
