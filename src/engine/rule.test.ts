/**
 * The rule interface: schema validation of facts, validity windows of the rule and its policy,
 * decisions with reasons, trace and interpretations, rendering in both languages, and batches.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addToSummary, emptySummary, evaluateBatch } from './batch.ts';
import { cite } from './citation.ts';
import { DecisionBuilder, decisionToJson } from './decision.ts';
import { ZhengceError } from './errors.ts';
import { applyRate, fromYuan } from './money.ts';
import { type CalendarDate, parseCalendarDate, validity } from './period.ts';
import { parseRational } from './rational.ts';
import { evaluateRule, type Rule } from './rule.ts';

const C = cite('test-policy', '第一条', '按照实际支付金额的30%给予奖励。');

/** A fixture rule: 30% of the payment, for payments of at least 100 元. */
const fixture: Rule<{ paid: number; isEnterprise: boolean }> = {
  id: 'test-policy/art-01',
  policyId: 'test-policy',
  title: { zh: '测试规则', en: 'Test rule' },
  citations: [C],
  validity: validity('2024-01-01', '2024-12-31'),
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['paid', 'isEnterprise'],
    properties: {
      paid: {
        type: 'integer',
        minimum: 0,
        description: 'Paid, yuan',
        'x-description-zh': '实际支付金额（元）',
      },
      isEnterprise: { type: 'boolean', description: 'Is an enterprise', 'x-description-zh': '是否企业' },
    },
  },
  messages: {
    't.paid': { zh: '实际支付 {paid} 元，不低于 {min} 元', en: 'Paid {paid} yuan, at least {min}' },
    't.enterprise': { zh: '申请主体为企业', en: 'The applicant is an enterprise' },
    't.amount': { zh: '{paid} × {rate} = {result} 元', en: '{paid} × {rate} = {result} yuan' },
  },
  evaluate(f, { asOf }) {
    const d = new DecisionBuilder(this, asOf);
    d.check('t.paid', f.paid >= 100, { paid: f.paid, min: 100 }, C);
    d.check('t.enterprise', f.isEnterprise, {}, C);
    const amount = applyRate(fromYuan(f.paid), parseRational('30%'), 'half_up');
    d.step('t.amount', {
      inputs: { paid: f.paid },
      parameters: { rate: '30%' },
      result: amount / 100,
      citation: C,
    });
    d.interpret('D-T-1');
    return d.decide(amount);
  },
};

const asOf = (s: string): CalendarDate => parseCalendarDate(s);

describe('evaluateRule', () => {
  test('eligible with the amount, every reason and the trace', () => {
    const d = evaluateRule(fixture, { paid: 1001, isEnterprise: true }, asOf('2024-06-01'));
    assert.equal(d.outcome, 'eligible');
    // 1001 元 × 30% = 300.30 元 = 30030 fen
    assert.equal(d.amount, 30030);
    assert.deepEqual(
      d.reasons.map((r) => [r.code, r.passed]),
      [
        ['t.paid', true],
        ['t.enterprise', true],
      ],
    );
    assert.equal(d.trace.length, 1);
    assert.deepEqual(d.interpretations, ['D-T-1']);
  });
  test('one failed condition makes it ineligible, and every condition is still reported', () => {
    const d = evaluateRule(fixture, { paid: 99, isEnterprise: true }, asOf('2024-06-01'));
    assert.equal(d.outcome, 'ineligible');
    assert.equal(d.amount, null);
    assert.deepEqual(
      d.reasons.map((r) => r.passed),
      [false, true],
    );
    assert.deepEqual(d.reasons[0]!.params, { paid: 99, min: 100 });
  });
  test('outside the rule window: not_in_force with the dates, on the day before and the day after', () => {
    const before = evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2023-12-31'));
    assert.equal(before.outcome, 'not_in_force');
    assert.equal(before.outcome === 'not_in_force' && before.status, 'not_yet');
    const after = evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2025-01-01'));
    assert.equal(after.outcome === 'not_in_force' && after.status, 'expired');
    assert.deepEqual(after.outcome === 'not_in_force' && after.validity, {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    assert.equal(
      evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2024-12-31')).outcome,
      'eligible',
    );
    assert.equal(
      evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2024-01-01')).outcome,
      'eligible',
    );
  });
  test("the policy's window and repeal come first", () => {
    const policy = {
      title: { zh: '测试政策', en: 'Test policy' },
      validity: validity('2024-03-01'),
      repealedOn: asOf('2024-10-01'),
    };
    const early = evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2024-02-01'), policy);
    assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
    const repealed = evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2024-10-01'), policy);
    assert.equal(repealed.outcome === 'not_in_force' && repealed.status, 'repealed');
    assert.equal(
      evaluateRule(fixture, { paid: 1000, isEnterprise: true }, asOf('2024-09-30'), policy).outcome,
      'eligible',
    );
  });
  test('facts that fail the schema throw ZC_ERR_FACTS_INVALID naming the field and value', () => {
    const cases: [unknown, string][] = [
      [{ paid: '100', isEnterprise: true }, 'facts.paid'],
      [{ isEnterprise: true }, 'facts.paid'],
      [{ paid: 100, isEnterprise: true, extra: 1 }, 'facts.extra'],
      [{ paid: -1, isEnterprise: true }, 'facts.paid'],
      [null, 'facts'],
    ];
    for (const [facts, field] of cases) {
      assert.throws(
        () => evaluateRule(fixture, facts, asOf('2024-06-01')),
        (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_FACTS_INVALID' && e.field === field,
        `expected ${field} for ${JSON.stringify(facts)}`,
      );
    }
  });
  test('bad facts are rejected even outside the window (bad input is bad input)', () => {
    assert.throws(
      () => evaluateRule(fixture, { paid: 'x' }, asOf('2030-01-01')),
      (e: unknown) => e instanceof ZhengceError,
    );
  });
});

describe('decisionToJson', () => {
  test('amount as a yuan string; every reason and step worded in zh-CN and en', () => {
    const j = decisionToJson(
      evaluateRule(fixture, { paid: 1001, isEnterprise: true }, asOf('2024-06-01')),
      fixture.messages,
    );
    assert.equal(j.amount, '300.30');
    assert.equal(j.outcomeLabel.zh, '符合条件');
    assert.equal(j.reasons[0]!.message.zh, '实际支付 1001 元，不低于 100 元');
    assert.equal(j.reasons[0]!.message.en, 'Paid 1001 yuan, at least 100');
    assert.equal(j.trace[0]!.message.zh, '1001 × 30% = 300.3 元');
  });
  test('not_in_force says so with the dates in both languages', () => {
    const j = decisionToJson(
      evaluateRule(fixture, { paid: 1, isEnterprise: true }, asOf('2025-01-01')),
      fixture.messages,
    );
    assert.equal(j.reasons[0]!.message.zh, '测试规则施行期至2024-12-31，2025-01-01已失效');
    assert.equal(
      j.reasons[0]!.message.en,
      'Test rule was in force until 2024-12-31; it had expired by 2025-01-01',
    );
  });
});

describe('evaluateBatch', () => {
  test('async sources are streamed too', async () => {
    async function* source() {
      for (let i = 0; i < 5; i++) yield { id: `a${i}`, facts: { paid: 100, isEnterprise: true } };
    }
    const sizes: number[] = [];
    for await (const chunk of evaluateBatch(
      [fixture],
      source(),
      asOf('2024-06-01'),
      (r, f, a) => evaluateRule(r, f, a),
      2,
    ))
      sizes.push(chunk.length);
    assert.deepEqual(sizes, [2, 2, 1]);
  });
  test('streams entities lazily and reports a bad row without stopping', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield {
          id: `e${i}`,
          facts: i === 3 ? { paid: 'bad' } : { paid: 100 + i, isEnterprise: i % 2 === 0 },
        };
      }
    }
    const gen = evaluateBatch(
      [fixture],
      source(),
      asOf('2024-06-01'),
      (r, f, a) => evaluateRule(r, f, a),
      100,
    );
    const first = await gen.next();
    assert.equal(pulled, 100, 'one chunk of entities is pulled at a time');
    assert.equal(first.value!.length, 100);
    const summary = emptySummary();
    for (const r of first.value!) addToSummary(summary, r);
    for await (const chunk of gen) for (const r of chunk) addToSummary(summary, r);
    assert.equal(summary.entities, 1000);
    assert.equal(summary.errors, 1);
    assert.equal(summary.byOutcome.eligible + summary.byOutcome.ineligible, 999);
    // Even i (excluding 3, odd): 500 eligible; amounts 30% of (100+i) for even i.
    let expected = 0n;
    for (let i = 0; i < 1000; i += 2)
      expected += BigInt(applyRate(fromYuan(100 + i), parseRational('0.3'), 'half_up'));
    assert.equal(summary.byOutcome.eligible, 500);
    assert.equal(summary.eligibleTotalFen, expected);
  });
});
