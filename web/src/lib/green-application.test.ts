/**
 * @module web/lib/green-application.test
 * The workflow as the pages offer it: the enterprise's inputs and the actions per role and state.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleDetail } from '../api.ts';
import { actionsFor, applicationFields } from './green-application.ts';

const rule = {
  id: 'jingjiguanfa-2023-31/item-26',
  policyId: 'jingjiguanfa-2023-31',
  title: { zh: '示例', en: 'Example' },
  citations: [],
  validity: { from: '2023-11-24' },
  noApplication: false,
  examples: [],
  factsSchema: {
    type: 'object',
    required: ['paymentExcludingTax', 'location', 'expertReviewPassed'],
    properties: {
      paymentExcludingTax: { type: 'string', description: 'Payment', 'x-description-zh': '支付金额' },
      location: { type: 'string', enum: ['etdz_60'] },
      projectRef: { type: 'string' },
      expertReviewPassed: { type: 'boolean' },
      awardHistory: { type: 'array' },
    },
  },
} satisfies RuleDetail;

test('the enterprise fills its own facts; area and standing are optional, the rest is supplied', () => {
  const fields = applicationFields(rule);
  assert.deepEqual(
    fields.map((f) => [f.name, f.required]),
    [
      ['paymentExcludingTax', true],
      ['location', false],
    ],
  );
});

test('an enterprise submits or withdraws its draft; it cannot review', () => {
  assert.deepEqual(actionsFor('enterprise', 'draft', 1), ['submit', 'withdraw']);
  assert.deepEqual(actionsFor('enterprise', 'submitted', 1), ['withdraw']);
  assert.deepEqual(actionsFor('enterprise', 'under_review', 1), []);
  assert.deepEqual(actionsFor('enterprise', 'more_info_requested', 1), ['submit', 'withdraw']);
});

test('an officer reviews, asks for material, sends item 26 to experts, records payment', () => {
  assert.deepEqual(actionsFor('officer', 'submitted', 1), ['start_review']);
  assert.deepEqual(actionsFor('officer', 'under_review', 1), ['request_info']);
  assert.deepEqual(actionsFor('officer', 'under_review', 26), ['request_info', 'send_to_experts']);
  assert.deepEqual(actionsFor('officer', 'expert_review', 26), ['expert_review']);
  assert.deepEqual(actionsFor('officer', 'approved', 1, 'approved'), ['pay']);
  assert.deepEqual(actionsFor('officer', 'paid', 1, 'paid'), []);
});

test('a reviewer approves, rejects and claws back', () => {
  assert.deepEqual(actionsFor('reviewer', 'under_review', 1), ['request_info', 'approve', 'reject']);
  assert.deepEqual(actionsFor('reviewer', 'expert_review', 26), ['expert_review', 'reject']);
  assert.deepEqual(actionsFor('reviewer', 'approved', 1, 'approved'), ['pay', 'claw_back']);
  assert.deepEqual(actionsFor('reviewer', 'paid', 1, 'paid'), ['claw_back']);
  assert.deepEqual(actionsFor('reviewer', 'clawed_back', 1, 'clawed_back'), []);
});
