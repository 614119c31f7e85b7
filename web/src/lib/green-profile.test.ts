/**
 * @module web/lib/green-profile.test
 * The calculator's form as data: fields split into the enterprise's, the project's and the
 * item's own; the profile built for `POST /api/v1/match`; problems keyed by their input; API
 * error fields sent back to the input they name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleDetail } from '../api.ts';
import {
  buildProfile,
  type CalculatorDraft,
  ownFields,
  problemKeyOfError,
  sharedFields,
} from './green-profile.ts';

const rule = (n: number, own: Record<string, object>, required: string[]): RuleDetail => ({
  id: `jingjiguanfa-2023-31/item-${String(n).padStart(2, '0')}`,
  policyId: 'jingjiguanfa-2023-31',
  title: { zh: `第${n}项`, en: `Item ${n}` },
  citations: [],
  validity: { from: '2023-11-24' },
  noApplication: false,
  examples: [],
  factsSchema: {
    type: 'object',
    required: [...required, 'location', 'paidIncludingTax'],
    properties: {
      ...own,
      location: { type: 'string', enum: ['etdz_60', 'outside'] },
      paidIncludingTax: { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$' },
      usesFirstSet: { type: 'boolean' },
      awardHistory: { type: 'array' },
    },
  },
});

const item1 = rule(1, { paymentExcludingTax: { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$' } }, [
  'paymentExcludingTax',
]);
const item26 = rule(26, { projectRef: { type: 'string' }, expertReviewPassed: { type: 'boolean' } }, []);
const rules = new Map([item1, item26].map((r) => [r.id, r]));

test('an item’s own fields leave out the enterprise’s, the project’s and what the calculator supplies', () => {
  assert.deepEqual(
    ownFields(item1).map((f) => f.name),
    ['paymentExcludingTax'],
  );
  assert.deepEqual(
    sharedFields([item1, item26], ['paidIncludingTax', 'usesFirstSet']).map((f) => [f.name, f.required]),
    [
      ['paidIncludingTax', true],
      ['usesFirstSet', false],
    ],
  );
});

const draft = (over: Partial<CalculatorDraft> = {}): CalculatorDraft => ({
  enterprise: { location: '"etdz_60"' },
  awardHistory: '',
  projects: [
    {
      key: 'p',
      id: 'P-1',
      name: ' VOCs ',
      values: { paidIncludingTax: '1130000', usesFirstSet: 'true' },
      candidates: [
        { key: 'a', item: 1, values: { paymentExcludingTax: '1000000' } },
        { key: 'b', item: 26, values: { expertReviewPassed: 'true' } },
      ],
      others: [{ key: 'o', policyId: 'jingjiguanfa-2023-32', title: '', amount: '300000' }],
    },
  ],
  ...over,
});

test('the profile: enterprise, project facts, candidates (26 keyed by the project), other awards', () => {
  const { profile, problems } = buildProfile(draft(), rules);
  assert.deepEqual(problems, {});
  assert.deepEqual(profile, {
    enterprise: { location: 'etdz_60' },
    projects: [
      {
        id: 'P-1',
        name: 'VOCs',
        facts: { paidIncludingTax: '1130000', usesFirstSet: true },
        candidates: [
          { item: 1, facts: { paymentExcludingTax: '1000000' } },
          { item: 26, facts: { expertReviewPassed: true, projectRef: 'P-1' } },
        ],
        otherPolicyAwards: [{ policyId: 'jingjiguanfa-2023-32', amount: '300000' }],
      },
    ],
  });
});

test('problems are keyed by their input', () => {
  const base = draft();
  const p = base.projects[0]!;
  const bad = draft({
    awardHistory: '{not json',
    enterprise: {},
    projects: [
      {
        ...p,
        values: { paidIncludingTax: '1.234' },
        candidates: [{ key: 'a', item: 1, values: {} }],
        others: [],
      },
      { ...p, key: 'q', candidates: [], others: [{ key: 'o', policyId: '', title: 'x', amount: 'abc' }] },
    ],
  });
  const { profile, problems } = buildProfile(bad, rules);
  assert.equal(profile, null);
  assert.deepEqual(problems, {
    'enterprise.location': 'missing',
    awardHistory: 'invalidJson',
    'p0.paidIncludingTax': 'invalidPattern',
    'p0.c0.paymentExcludingTax': 'missing',
    'p1.id': 'duplicateId',
    'p1.candidates': 'noCandidates',
    'p1.o0.policyId': 'missing',
    'p1.o0.amount': 'invalidNumber',
  });
});

test('an API error’s field goes back to its input', () => {
  assert.equal(
    problemKeyOfError('projects[0].candidates[1].facts.paymentExcludingTax'),
    'p0.c1.paymentExcludingTax',
  );
  assert.equal(problemKeyOfError('projects[2].candidates[0].facts.location'), 'enterprise.location');
  assert.equal(problemKeyOfError('projects[0].candidates[0].facts.paidIncludingTax'), 'p0.paidIncludingTax');
  assert.equal(problemKeyOfError('profile.projects[1].id'), 'p1.id');
  assert.equal(problemKeyOfError('profile.projects[1].candidates'), 'p1.candidates');
  assert.equal(problemKeyOfError('asOf'), 'asOf');
  assert.equal(problemKeyOfError(null), null);
});
