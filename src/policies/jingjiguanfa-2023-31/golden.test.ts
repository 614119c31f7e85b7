/**
 * Golden tests of 京技管发〔2023〕31号 第一章 一（一）–（三） and 第二章, named by clause; each expected
 * value is worked out from the text in the comment above it. Rules are evaluated through the
 * engine with the policy's window, so they run whether or not the catalog lists them yet.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Citation } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule, type Rule, validatorFor } from '../../engine/rule.ts';
import { findClause, fullText, getPolicy, policyWindow } from '../index.ts';
import { areasFor } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import * as P from './parameters.ts';
import { RULES_31 } from './rules.ts';

const policy = getPolicy('jingjiguanfa-2023-31');
const rule = (n: number): Rule =>
  RULES_31.find((r) => r.id === `jingjiguanfa-2023-31/item-${String(n).padStart(2, '0')}`)!;
const run = (n: number, facts: object, asOf = '2024-06-30'): Decision =>
  evaluateRule(
    rule(n),
    { ...BASE[n], ...facts },
    parseCalendarDate(asOf) as CalendarDate,
    policyWindow(policy),
  );
const amount = (n: number, facts: object = {}, asOf?: string) => {
  const r = run(n, facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);

const bonus = { usesHighTechProduct: false, usesFirstSet: false };
const BASE: Record<number, object> = {
  1: { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: '1000000', ...bonus, ...EXAMPLE_COMMON },
  2: {
    enterprise: true,
    projectKind: 'wastewater_reuse',
    paymentExcludingTax: '1000000',
    ...bonus,
    ...EXAMPLE_COMMON,
  },
  3: {
    unitType: 'enterprise',
    boilerCompletedOn: '2015-10-01',
    wholeBoilerReplaced: true,
    noxAfterMgPerM3: '25',
    acceptanceRequirementsMet: true,
    paymentExcludingTax: '600000',
    ...bonus,
    ...EXAMPLE_COMMON,
  },
};

describe('第一章 一（一） 大气污染防治环保技术改造', () => {
  // "按照改造项目实际支付金额(不含税)的30%给予奖励": 1,000,000 × 30% = 300,000 元.
  test('30% of the payment excluding tax: 1,000,000 元 → 300,000 元', () => {
    assert.deepEqual(amount(1), ['eligible', 30_000_000]);
  });
  // "高新技术产品…增加 5%": 30% + 5 points = 35% → 350,000 元 (D-31-1).
  test('recognised high-tech product: +5 points → 350,000 元', () => {
    assert.deepEqual(amount(1, { usesHighTechProduct: true }), ['eligible', 35_000_000]);
  });
  // "首台(套)…增加 10%": 30% + 10 points = 40% → 400,000 元.
  test('first set (首台套): +10 points → 400,000 元', () => {
    assert.deepEqual(amount(1, { usesFirstSet: true }), ['eligible', 40_000_000]);
  });
  // Both: not 45% but the higher, 40% → 400,000 元 (D-31-1).
  test('both bonuses do not stack: the higher (+10) applies → 400,000 元', () => {
    const r = run(1, { usesHighTechProduct: true, usesFirstSet: true });
    assert.deepEqual([r.outcome, r.amount], ['eligible', 40_000_000]);
    assert.ok(r.interpretations.includes('D-31-1'));
  });
  // D-31-12: 0.05 元 × 30% = 0.015 元 = 1.5 fen → 2 fen (half up, once, at the end).
  test('rounded half up to the fen at the end: 0.05 元 × 30% = 0.015 元 → 0.02 元', () => {
    assert.deepEqual(amount(1, { paymentExcludingTax: '0.05' }), ['eligible', 2]);
    // 1,234,567.89 × 35% = 432,098.7615 元 → 432,098.76 元.
    assert.deepEqual(amount(1, { paymentExcludingTax: '1234567.89', usesHighTechProduct: true }), [
      'eligible',
      43_209_876,
    ]);
  });
  // "鼓励企业…": the item is for enterprises (D-31-15).
  test('an applicant that is not an enterprise is ineligible', () => {
    assert.deepEqual(failed(run(1, { enterprise: false })), ['j31.enterprise']);
  });
  test('a zero payment is ineligible, never a silent zero award', () => {
    assert.deepEqual(failed(run(1, { paymentExcludingTax: '0' })), ['j31.payment_positive']);
  });
  test('money facts are yuan strings with at most two decimals', () => {
    for (const bad of ['1,000', '100.123', 100]) {
      assert.throws(
        () => run(1, { paymentExcludingTax: bad }),
        (e: unknown) => e instanceof ZhengceError && e.field === 'facts.paymentExcludingTax',
      );
    }
  });
});

describe('第一章 一（二） 水污染防治环保技术改造', () => {
  // "原则上对上述项目按照项目实际支付金额(不含税)的 30% 给予奖励": each of the three kinds,
  // 1,000,000 × 30% = 300,000 元.
  test('each of the three kinds at 30%: 1,000,000 元 → 300,000 元', () => {
    assert.deepEqual(amount(2), ['eligible', 30_000_000]);
    const industrial = { projectKind: 'industrial_deep_treatment', dischargesIndustrialWastewater: true };
    assert.deepEqual(amount(2, industrial), ['eligible', 30_000_000]);
    const temporary = { projectKind: 'temporary_facility', designatedByManagementCommittee: true };
    assert.deepEqual(amount(2, temporary), ['eligible', 30_000_000]);
  });
  // +5 → 35% = 350,000 元; +10 → 40% = 400,000 元; both → 40% (D-31-1).
  test('bonuses: +5 → 350,000 元, +10 → 400,000 元, both → 400,000 元', () => {
    assert.deepEqual(amount(2, { usesHighTechProduct: true }), ['eligible', 35_000_000]);
    assert.deepEqual(amount(2, { usesFirstSet: true }), ['eligible', 40_000_000]);
    assert.deepEqual(amount(2, { usesHighTechProduct: true, usesFirstSet: true }), ['eligible', 40_000_000]);
  });
  // 1. "鼓励涉及工业污水排放的企业": an enterprise without industrial wastewater is ineligible.
  test('一（二）1 deep treatment by an enterprise without industrial wastewater: ineligible', () => {
    const r = run(2, { projectKind: 'industrial_deep_treatment', dischargesIndustrialWastewater: false });
    assert.deepEqual(failed(r), ['j31.item2.industrial_discharge']);
  });
  // 3. "是指经开区管委会确定的…": not designated → ineligible; not stated → needs review.
  test('一（二）3 temporary facility not designated by the Management Committee: ineligible', () => {
    const r = run(2, { projectKind: 'temporary_facility', designatedByManagementCommittee: false });
    assert.deepEqual(failed(r), ['j31.item2.designated']);
    assert.equal(run(2, { projectKind: 'temporary_facility' }).outcome, 'needs_review');
  });
  test('an applicant that is not an enterprise is ineligible', () => {
    assert.deepEqual(failed(run(2, { enterprise: false })), ['j31.enterprise']);
  });
});

describe('第一章 一（三） 燃气锅炉深度治理', () => {
  // "一般企事业单位奖励比例为 50%": 600,000 × 50% = 300,000 元.
  test('an enterprise at 50%: 600,000 元 → 300,000 元', () => {
    assert.deepEqual(amount(3), ['eligible', 30_000_000]);
  });
  // Enterprise bonuses: 55% → 330,000 元; 60% → 360,000 元; both → 60% (D-31-1).
  test('enterprise bonuses: +5 → 330,000 元, +10 → 360,000 元, both → 360,000 元', () => {
    assert.deepEqual(amount(3, { usesHighTechProduct: true }), ['eligible', 33_000_000]);
    assert.deepEqual(amount(3, { usesFirstSet: true }), ['eligible', 36_000_000]);
    assert.deepEqual(amount(3, { usesHighTechProduct: true, usesFirstSet: true }), ['eligible', 36_000_000]);
  });
  // "差额预算拨款单位奖励比例为 50%,全额预算拨款单位的奖励比例为 100%", no bonus (D-31-2):
  // 600,000 × 50% = 300,000 元; 600,000 × 100% = 600,000 元; a general institution 50%, no bonus.
  test('budget units: 差额 50% → 300,000 元, 全额 100% → 600,000 元, no bonus; institutions no bonus', () => {
    const first = { usesFirstSet: true };
    assert.deepEqual(amount(3, { unitType: 'partial_budget_unit', ...first }), ['eligible', 30_000_000]);
    assert.deepEqual(amount(3, { unitType: 'full_budget_unit', ...first }), ['eligible', 60_000_000]);
    assert.deepEqual(amount(3, { unitType: 'institution', ...first }), ['eligible', 30_000_000]);
  });
  // "2017 年 3 月 31 日之前建成": 2017-03-31 qualifies, 2017-04-01 does not (D-31-13).
  test('completion date: 2017-03-31 qualifies, 2017-04-01 does not', () => {
    assert.equal(amount(3, { boilerCompletedOn: '2017-03-31' })[0], 'eligible');
    assert.deepEqual(failed(run(3, { boilerCompletedOn: '2017-04-01' })), ['j31.item3.built_by']);
  });
  // "稳定达到 30mg/m³ 以内": 30 qualifies, 30.01 does not.
  test('NOx after retrofit: 30 mg/m³ qualifies, 30.01 mg/m³ does not', () => {
    assert.equal(amount(3, { noxAfterMgPerM3: '30' })[0], 'eligible');
    assert.deepEqual(failed(run(3, { noxAfterMgPerM3: '30.01' })), ['j31.item3.nox']);
  });
  // "通过整体更换锅炉的方式"; "具体指标需满足《北京市燃气锅炉低氮改造验收要求》".
  test('not a whole-boiler replacement, or acceptance not met: ineligible', () => {
    assert.deepEqual(failed(run(3, { wholeBoilerReplaced: false })), ['j31.item3.whole_replacement']);
    assert.deepEqual(failed(run(3, { acceptanceRequirementsMet: false })), ['j31.item3.acceptance']);
  });
});

describe('第二章 支持范围和支持条件 (common conditions, D-31-10)', () => {
  // 第二章 一: items 1–14 in the 60 km² core; 15–27 also in the 225 km² new town.
  test('第二章 一 area: items 1–3 need etdz_60; yizhuang_225 and outside fail', () => {
    for (const n of [1, 2, 3]) {
      assert.deepEqual(failed(run(n, { location: 'yizhuang_225' })), ['j31.common.area']);
      assert.deepEqual(failed(run(n, { location: 'outside' })), ['j31.common.area']);
    }
    assert.deepEqual(areasFor({ no: 14, project: true, pollution: true }), ['etdz_60']);
    assert.deepEqual(areasFor({ no: 15, project: false, pollution: true }), ['etdz_60', 'yizhuang_225']);
  });
  // 第二章 二（一）（二）（五）: each condition failing alone makes the item ineligible, with that
  // one reason failed.
  const alone: ReadonlyArray<readonly [string, object, string]> = [
    ['二（一）', { registeredTaxedAndInStatistics: false }, 'j31.common.registered'],
    ['二（二）', { majorAdministrativePenaltyWithin3Years: true }, 'j31.common.no_major_penalty'],
    ['二（二）', { criminalRecordWithin3Years: true }, 'j31.common.no_criminal_record'],
    ['二（二）', { onSeriousDishonestyList: true }, 'j31.common.not_dishonest'],
    ['二（二）', { majorSafetyAccidentWithin3Years: true }, 'j31.common.no_safety_accident'],
    ['二（二）', { environmentalIncidentWithin3Years: true }, 'j31.common.no_environmental_incident'],
    ['二（四）', { projectCompleted: false }, 'j31.common.completed'],
    ['二（五）1', { threeSimultaneousProject: true }, 'j31.common.not_three_simultaneous'],
    ['二（五）2', { dataCentre: true, energySavingReviewObtained: false }, 'j31.common.data_centre_reviewed'],
    ['二（五）3', { builtWithGovernmentFunds: true }, 'j31.common.not_government_funded'],
  ];
  for (const [clause, facts, code] of alone) {
    test(`第二章 ${clause} failing alone: ${code}`, () => {
      for (const n of [1, 2, 3]) assert.deepEqual(failed(run(n, facts)), [code], `item ${n}`);
    });
  }
  // 二（五）2 only excludes data centres without the review: with it they qualify; unstated → review.
  test('第二章 二（五）2 a data centre with its energy-saving review qualifies; unstated → needs_review', () => {
    assert.equal(amount(1, { dataCentre: true, energySavingReviewObtained: true })[0], 'eligible');
    assert.equal(amount(1, { dataCentre: true })[0], 'needs_review');
  });
  // 二（四）"含税实际支付金额达到含税项目总投资的 90% (含)以上": of 1,130,000 元, 90% is exactly
  // 1,017,000 元 (qualifies, inclusive); one fen less, 1,016,999.99 元, does not.
  test('第二章 二（四） payments ≥ 90% of total investment: 1,017,000 of 1,130,000 qualifies, 1,016,999.99 does not', () => {
    for (const n of [1, 2, 3]) {
      assert.equal(amount(n, { paidIncludingTax: '1017000' })[0], 'eligible');
      assert.deepEqual(failed(run(n, { paidIncludingTax: '1016999.99' })), ['j31.common.payment_share']);
    }
    assert.deepEqual(failed(run(1, { paidIncludingTax: '0', totalInvestmentIncludingTax: '0' })), [
      'j31.common.payment_share',
    ]);
  });
});

describe('validity: from signing, 2023-11-24, no end (policy-notes)', () => {
  test('2023-11-23 (before signing) → not_in_force; 2023-11-24 → in force', () => {
    for (const n of [1, 2, 3]) {
      const early = run(n, {}, '2023-11-23');
      assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
      assert.equal(early.amount, null);
      assert.equal(amount(n, {}, '2023-11-24')[0], 'eligible');
      assert.equal(amount(n, {}, '2099-12-31')[0], 'eligible');
    }
  });
});

describe('catalog checks for RULES_31 (as src/policies/rules.test.ts does once registered)', () => {
  const quoteOk = (c: Citation) => {
    assert.equal(c.policyId, policy.id);
    assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), `${c.clause}: ${c.quote}`);
  };
  test('every citation of the rules, parameters, reasons and steps quotes its clause verbatim', () => {
    const params = Object.values(P).flatMap((v) =>
      typeof v === 'object' && v !== null && 'values' in v ? [v] : Object.values(v as object),
    );
    for (const p of params)
      for (const dv of (p as { values?: { citation: Citation }[] }).values ?? []) quoteOk(dv.citation);
    for (const r of RULES_31) {
      r.citations.forEach(quoteOk);
      for (const ex of r.examples ?? []) {
        const d = evaluateRule(r, ex.facts, ex.asOf, policyWindow(policy));
        for (const x of [...d.reasons, ...d.trace]) if (x.citation) quoteOk(x.citation);
      }
    }
  });
  // 第一章: 27 items; 第三章 二（二）: 城市运行局 污染防治 (一–十五), 经济发展局 节能降碳 (十六–二十二),
  // 开发建设局 绿色建筑 (二十三–二十七); "该类项目为免申即享项目" closes items 8–11, 15, 16, 22–25, 27.
  test('all 27 items: ids, bureau, 免申即享, schemas in both languages, examples with wording', () => {
    assert.deepEqual(
      RULES_31.map((r) => r.id),
      Array.from({ length: 27 }, (_, i) => `jingjiguanfa-2023-31/item-${String(i + 1).padStart(2, '0')}`),
    );
    const noApplication = [8, 9, 10, 11, 15, 16, 22, 23, 24, 25, 27];
    RULES_31.forEach((r, i) => {
      const n = i + 1;
      const bureau =
        n <= 15 ? 'city-operations' : n <= 22 ? 'economic-development' : 'development-construction';
      assert.equal(r.department, bureau, r.id);
      assert.equal(r.noApplication === true, noApplication.includes(n), r.id);
      validatorFor(r.factsSchema);
      for (const [name, node] of Object.entries(r.factsSchema.properties)) {
        assert.equal(typeof node.description, 'string', `${name} description`);
        assert.equal(typeof node['x-description-zh'], 'string', `${name} x-description-zh`);
      }
      for (const ex of r.examples ?? []) {
        const d = evaluateRule(r, ex.facts, ex.asOf, policyWindow(policy));
        // Item 6 has no tiers until the bureau sets them (D-31-4): its example awaits review.
        assert.equal(d.outcome, n === 6 ? 'needs_review' : 'eligible', r.id);
        for (const code of [...d.reasons.map((x) => x.code), ...d.trace.map((s) => s.code)])
          assert.ok(hasMessage(code, r.messages, ENGINE_MESSAGES), `no wording for ${code}`);
      }
    });
  });
});
