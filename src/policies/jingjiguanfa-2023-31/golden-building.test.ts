/**
 * Golden tests of 京技管发〔2023〕31号 第一章 三（二十三）–（二十七） 绿色建筑类, named by clause; each
 * expected value is worked out from the text in the comment above it. Every decision's reasons and
 * steps are checked for wording in both languages as they are produced.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Citation } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule, type Rule } from '../../engine/rule.ts';
import { findClause, fullText, getPolicy, policyWindow } from '../index.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { EXAMPLE_APPLICANT } from './item-27.ts';
import * as P from './parameters-building.ts';
import { ITEMS_23_27 } from './rules-building.ts';

const policy = getPolicy('jingjiguanfa-2023-31');
const rule = (n: number): Rule => ITEMS_23_27.find((r) => r.id === `jingjiguanfa-2023-31/item-${n}`)!;
const BASE: Record<number, Readonly<Record<string, unknown>>> = {
  23: {
    municipalGreenBuildingAward: 'jingjianfa_2020_4',
    starRating: 'two_star',
    implementedAreaM2: '10000',
    projectLocation: 'etdz_60',
    ...EXAMPLE_COMMON,
  },
  24: {
    publicBuilding: true,
    buildingClass: 'ordinary',
    singleBuildingAreaM2: '20000',
    baseAreaM2: '20000',
    energySavingRatePercent: '15',
    municipalRetrofitAwardReceived: true,
    municipalAwardYuan: '400000',
    comprehensiveAcceptancePassed: true,
    inMunicipalProjectLibrary: true,
    projectLocation: 'etdz_60',
    ...EXAMPLE_COMMON,
    paidIncludingTax: '3000000',
    totalInvestmentIncludingTax: '3000000',
  },
  25: {
    municipalUltraLowEnergyAwardReceived: true,
    municipalAwardYuan: '2000000',
    buildingAreaM2: '30000',
    projectLocation: 'etdz_60',
    ...EXAMPLE_COMMON,
  },
  26: {
    projectRef: 'JS-2024-001',
    supportedUnderItems23To25: false,
    outstandingResultsOrInnovation: true,
    clearBenefitsAndDemonstration: true,
    expertReviewPassed: true,
    paymentExcludingTax: '10000000',
    scienceOrInnovationAward: false,
    projectLocation: 'etdz_60',
    ...EXAMPLE_COMMON,
  },
  27: {
    siteRef: 'S-001',
    greenSafeSiteTitle: true,
    modelSiteTitle: false,
    penalisedForEnvironmentalIssues: false,
    municipalWrittenNoticeForEnvironmentalIssues: false,
    siteCompleted: true,
    projectLocation: 'etdz_60',
    ...EXAMPLE_APPLICANT,
  },
};

/** Evaluates item `n` on its base facts with `facts` over them, minus the keys in `drop`. */
function run(n: number, facts: object = {}, asOf = '2024-06-30', drop: readonly string[] = []): Decision {
  const all: Record<string, unknown> = { ...BASE[n], ...facts };
  for (const k of drop) delete all[k];
  const r = rule(n);
  const d = evaluateRule(r, all, parseCalendarDate(asOf) as CalendarDate, policyWindow(policy));
  for (const code of [...d.reasons.map((x) => x.code), ...d.trace.map((s) => s.code)])
    assert.ok(hasMessage(code, r.messages, ENGINE_MESSAGES), `no wording for ${code}`);
  return d;
}
const amount = (n: number, facts: object = {}) => {
  const r = run(n, facts);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const open = (r: Decision) => r.reasons.filter((x) => x.passed === null).map((x) => x.code);

describe('第一章 三（二十三）1 京建法〔2020〕4号 二星级、三星级: 50 / 80 元/m², ≤ 500万', () => {
  // "按照实施建筑面积分别给予 50 元/平方米、80 元/平方米": 10,000 m² × 50 = 500,000 元; × 80 = 800,000 元.
  test('二星级 10,000 m² → 500,000 元; 三星级 → 800,000 元', () => {
    assert.deepEqual(amount(23), ['eligible', 50_000_000]);
    assert.deepEqual(amount(23, { starRating: 'three_star' }), ['eligible', 80_000_000]);
  });
  // Exact areas: 1,234.5671 m² × 50 = 61,728.355 元 → half up 61,728.36 元 (D-31-12).
  test('decimal area, exact: 1,234.5671 m² × 50 = 61,728.355 元 → 61,728.36 元', () => {
    assert.deepEqual(amount(23, { implementedAreaM2: '1234.5671' }), ['eligible', 6_172_836]);
  });
  // "单个项目奖励金额不超过 500 万元": 三星级 62,500 m² × 80 = 5,000,000 元 exactly (at the cap);
  // 62,500.01 m² → 5,000,000.80 元 → 5,000,000 元. 二星级 100,000 m² × 50 = 5,000,000 元;
  // 100,000.01 m² → 5,000,000.50 元 → 5,000,000 元.
  test('500万 cap: at the limit, and one unit of area over it', () => {
    const three = { starRating: 'three_star' };
    assert.deepEqual(amount(23, { ...three, implementedAreaM2: '62500' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(23, { ...three, implementedAreaM2: '62500.01' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(23, { implementedAreaM2: '100000' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(23, { implementedAreaM2: '100000.01' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(23, { implementedAreaM2: '99999.99' }), ['eligible', 499_999_950]);
  });
  // "绿色建筑二星级、三星级项目": 一星级 is not covered; an unstated rating is left for review.
  test('一星级 → ineligible; rating not stated → needs_review without an amount (D-31-43)', () => {
    assert.deepEqual(failed(run(23, { starRating: 'one_star' })), ['j31.item23.star_rating']);
    const r = run(23, {}, '2024-06-30', ['starRating']);
    assert.deepEqual([r.outcome, r.amount, open(r)], ['needs_review', null, ['j31.item23.star_rating']]);
  });
  // "获得北京市绿色建筑市级奖励": without a municipal award, nothing to match.
  test('no municipal green-building award → ineligible', () => {
    assert.deepEqual(failed(run(23, { municipalGreenBuildingAward: 'none' })), [
      'j31.item23.municipal_award',
    ]);
  });
});

describe('第一章 三（二十三）2 京建发〔2023〕191号: 1:1 of the municipal award, ≤ 60 元/m², ≤ 500万', () => {
  const case2 = { municipalGreenBuildingAward: 'jingjianfa_2023_191' };
  // "按照所获市级奖励资金 1:1 的比例": 300,000 元 municipal, 10,000 m² (60 × 10,000 = 600,000) → 300,000 元.
  test('1:1 of a 300,000 元 municipal award on 10,000 m² → 300,000 元', () => {
    assert.deepEqual(amount(23, { ...case2, municipalAwardYuan: '300000' }), ['eligible', 30_000_000]);
  });
  // "不超过 60 元/平方米": 600,000 元 = 60 × 10,000 m² at the limit; 600,000.01 元 → 600,000 元.
  test('60 元/m² cap: 600,000 元 at the limit; 600,000.01 元 → 600,000 元', () => {
    assert.deepEqual(amount(23, { ...case2, municipalAwardYuan: '600000' }), ['eligible', 60_000_000]);
    assert.deepEqual(amount(23, { ...case2, municipalAwardYuan: '600000.01' }), ['eligible', 60_000_000]);
  });
  // The per-m² cap is never exceeded by rounding (D-31-40): 60 × 10.0001 m² = 600.006 元 → 600.00 元.
  test('a cap is rounded down: 60 × 10.0001 m² = 600.006 元 → 600.00 元', () => {
    const r = run(23, { ...case2, municipalAwardYuan: '1000', implementedAreaM2: '10.0001' });
    assert.deepEqual([r.outcome, r.amount], ['eligible', 60_000]);
    assert.ok(r.interpretations.includes('D-31-40'));
  });
  // "单个项目奖励金额不超过 500 万元": 100,000 m² (60 × 100,000 = 6,000,000); 5,000,000 元 municipal
  // → 5,000,000 元; 5,000,000.01 元 → 5,000,000 元.
  test('500万 cap: 5,000,000 元 at the limit; 5,000,000.01 元 → 5,000,000 元', () => {
    const big = { ...case2, implementedAreaM2: '100000' };
    assert.deepEqual(amount(23, { ...big, municipalAwardYuan: '5000000' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(23, { ...big, municipalAwardYuan: '5000000.01' }), ['eligible', 500_000_000]);
  });
  test('municipal amount not stated → needs_review without an amount; no rating needed', () => {
    const r = run(23, case2, '2024-06-30', ['starRating']);
    assert.deepEqual([r.outcome, r.amount, open(r)], ['needs_review', null, ['j31.item23.municipal_amount']]);
  });
});

describe('第一章 三（二十四） 公共建筑节能绿色化改造 (D-31-7)', () => {
  // Ordinary, 15% ("不低于 15%"): area 20,000 m²; min(400,000 × 0.5 = 200,000, 10 × 20,000 = 200,000,
  // 3,000,000 × 50% − 400,000 = 1,100,000) = 200,000 元.
  test('ordinary building at the 15% target: min(200,000, 200,000, 1,100,000) → 200,000 元', () => {
    assert.deepEqual(amount(24), ['eligible', 20_000_000]);
  });
  // Large at 20% → the whole area → 200,000 元; 15.01% → 20,000 × 15.01 / 20 = 15,010 m² → 150,100 元;
  // 15% is neither "不低于 20%" nor "大于 15%" → ineligible.
  test('large building: 20% → 200,000 元; 15.01% → 150,100 元; 15% → ineligible', () => {
    const large = { buildingClass: 'large' };
    assert.deepEqual(amount(24, { ...large, energySavingRatePercent: '20' }), ['eligible', 20_000_000]);
    assert.deepEqual(amount(24, { ...large, energySavingRatePercent: '15.01' }), ['eligible', 15_010_000]);
    const r = run(24, { ...large, energySavingRatePercent: '15' });
    assert.deepEqual(failed(r), ['j31.item24.saving_rate']);
  });
  // "折算面积 = 基期建筑面积 × (实际节能率 / 目标节能率)": 14.99% → 20,000 × 14.99 / 15 = 19,986.666… m²;
  // 10 元 × that = 199,866.666… 元 → 199,866.66 元 (a cap, rounded down, D-31-40).
  // 10.01% → 13,346.666… m² → 133,466.66 元. 10% is not "大于 10%" → ineligible.
  test('ordinary converted area: 14.99% → 199,866.66 元; 10.01% → 133,466.66 元; 10% → ineligible', () => {
    assert.deepEqual(amount(24, { energySavingRatePercent: '14.99' }), ['eligible', 19_986_666]);
    assert.deepEqual(amount(24, { energySavingRatePercent: '10.01' }), ['eligible', 13_346_666]);
    assert.deepEqual(failed(run(24, { energySavingRatePercent: '10' })), ['j31.item24.saving_rate']);
  });
  // "单体建筑面积 3000 平方米及以上": 3,000 qualifies, 2,999.99 does not.
  test('single building: 3,000 m² qualifies, 2,999.99 m² does not', () => {
    assert.equal(amount(24, { singleBuildingAreaM2: '3000', baseAreaM2: '3000' })[0], 'eligible');
    assert.deepEqual(failed(run(24, { singleBuildingAreaM2: '2999.99' })), ['j31.item24.building_area']);
  });
  // "1 : 0.5 … 不超过 10 元/平方米": 400,000.02 元 × 0.5 = 200,000.01 元 > 10 × 20,000 → 200,000 元.
  test('10 元/m² cap: a municipal award one fen above 2 × the cap still gives 200,000 元', () => {
    assert.deepEqual(amount(24, { municipalAwardYuan: '400000.02' }), ['eligible', 20_000_000]);
  });
  // "区级配套奖励金额与北京市奖励资金合计不超过改造投资总额的 50%": investment 1,200,000 → room
  // 600,000 − 400,000 = 200,000 (at the limit) → 200,000 元; 1,199,999.99 → room 199,999.995 → 199,999.99
  // 元 (never above the limit); 800,000 → room 0 → nothing to award, ineligible.
  test('50% of the investment: at the limit, one fen under it, and no room at all', () => {
    const inv = (t: string) => ({ paidIncludingTax: t, totalInvestmentIncludingTax: t });
    assert.deepEqual(amount(24, inv('1200000')), ['eligible', 20_000_000]);
    assert.deepEqual(amount(24, inv('1199999.99')), ['eligible', 19_999_999]);
    assert.deepEqual(failed(run(24, inv('800000'))), ['j31.item24.award_positive']);
  });
  // "(其中 165 平方公里范围内的项目应由经开区审核后报…)": in the 165 km², reviewed → eligible; not
  // reviewed → ineligible; not stated → needs_review (D-31-45). The 60 km² core needs no such review.
  test('165 km² projects: reviewed by E-Town → eligible; not → ineligible; unstated → needs_review', () => {
    const in165 = { projectLocation: 'yizhuang_225' };
    assert.equal(amount(24, { ...in165, reviewedByEtownBeforeSubmission: true })[0], 'eligible');
    const no = run(24, { ...in165, reviewedByEtownBeforeSubmission: false });
    assert.deepEqual(failed(no), ['j31.item24.etown_review']);
    const r = run(24, in165);
    assert.deepEqual(
      [r.outcome, r.amount, open(r)],
      ['needs_review', 20_000_000, ['j31.item24.etown_review']],
    );
  });
  // "对获得…市级奖励的项目"; "奖励资金在项目通过综合验收评审合格并纳入…项目管理系统库后一次性拨付".
  test('no municipal award, acceptance not passed, not in the library, not public: ineligible', () => {
    const cases: ReadonlyArray<readonly [object, string]> = [
      [{ municipalRetrofitAwardReceived: false }, 'j31.item24.municipal_award'],
      [{ comprehensiveAcceptancePassed: false }, 'j31.item24.acceptance'],
      [{ inMunicipalProjectLibrary: false }, 'j31.item24.project_library'],
      [{ publicBuilding: false }, 'j31.item24.public_building'],
    ];
    for (const [facts, code] of cases) assert.deepEqual(failed(run(24, facts)), [code]);
  });
});

describe('第一章 三（二十五） 超低能耗建筑、近零能耗建筑: 1 : 0.5, ≤ 100 元/m², ≤ 500万', () => {
  // 2,000,000 元 × 0.5 = 1,000,000 元 < 100 × 30,000 = 3,000,000 元 → 1,000,000 元.
  test('1 : 0.5 of a 2,000,000 元 municipal award → 1,000,000 元', () => {
    assert.deepEqual(amount(25), ['eligible', 100_000_000]);
  });
  // "不超过 100 元/平方米": 10,000 m² → 1,000,000 元. 2,000,000 元 × 0.5 is at the limit;
  // 2,000,000.02 × 0.5 = 1,000,000.01 → 1,000,000 元.
  test('100 元/m² cap: at the limit, and one fen over it', () => {
    const a = { buildingAreaM2: '10000' };
    assert.deepEqual(amount(25, { ...a, municipalAwardYuan: '2000000' }), ['eligible', 100_000_000]);
    assert.deepEqual(amount(25, { ...a, municipalAwardYuan: '2000000.02' }), ['eligible', 100_000_000]);
  });
  // "单个项目奖励金额不超过 500 万元": 100,000 m² (cap 10,000,000); 10,000,000 × 0.5 = 5,000,000 元
  // at the limit; 10,000,000.02 × 0.5 = 5,000,000.01 → 5,000,000 元.
  test('500万 cap: at the limit, and one fen over it', () => {
    const a = { buildingAreaM2: '100000' };
    assert.deepEqual(amount(25, { ...a, municipalAwardYuan: '10000000' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(25, { ...a, municipalAwardYuan: '10000000.02' }), ['eligible', 500_000_000]);
  });
  // 0.01 元 × 0.5 = 0.005 元 → half up 0.01 元 (D-31-12).
  test('the match is rounded half up: 0.01 元 × 0.5 → 0.01 元', () => {
    assert.deepEqual(amount(25, { municipalAwardYuan: '0.01' }), ['eligible', 1]);
  });
  test('no municipal ultra-low-energy award → ineligible; a building outside the new town → ineligible', () => {
    const r = run(25, { municipalUltraLowEnergyAwardReceived: false });
    assert.deepEqual(failed(r), ['j31.item25.municipal_award']);
    assert.deepEqual(failed(run(25, { projectLocation: 'outside' })), ['j31.building.project_location']);
  });
});

describe('第一章 三（二十六） 创新示范类: 20%, ≤ 500万, + 50万 (D-31-8)', () => {
  // "按照项目实际支付金额(不含税)的 20%给予奖励": 10,000,000 × 20% = 2,000,000 元.
  test('20% of 10,000,000 元 → 2,000,000 元', () => {
    assert.deepEqual(amount(26), ['eligible', 200_000_000]);
  });
  // 25,000,000 × 20% = 5,000,000 元 at the cap; 25,000,000.05 × 20% = 5,000,000.01 → 5,000,000 元.
  test('500万 cap: at the limit, and one fen over it', () => {
    assert.deepEqual(amount(26, { paymentExcludingTax: '25000000' }), ['eligible', 500_000_000]);
    assert.deepEqual(amount(26, { paymentExcludingTax: '25000000.05' }), ['eligible', 500_000_000]);
  });
  // "如果再获得国家或者北京市科技、创新类奖项,单个项目再奖励 50 万元": on top of the cap (D-31-8):
  // 5,000,000 + 500,000 = 5,500,000 元; 2,000,000 + 500,000 = 2,500,000 元.
  test('a national or Beijing science/innovation award adds 500,000 元, on top of the cap', () => {
    const won = { scienceOrInnovationAward: true };
    const r = run(26, { ...won, paymentExcludingTax: '25000000.05' });
    assert.deepEqual([r.outcome, r.amount], ['eligible', 550_000_000]);
    assert.ok(r.interpretations.includes('D-31-8'));
    assert.deepEqual(amount(26, won), ['eligible', 250_000_000]);
  });
  // "进行专家评审": not yet reviewed → needs_review with the provisional 2,000,000 元; rejected → ineligible.
  test('expert review not yet held → needs_review, provisional 2,000,000 元; failed → ineligible', () => {
    const r = run(26, {}, '2024-06-30', ['expertReviewPassed']);
    assert.deepEqual(
      [r.outcome, r.amount, open(r)],
      ['needs_review', 200_000_000, ['j31.item26.expert_review']],
    );
    assert.deepEqual(failed(run(26, { expertReviewPassed: false })), ['j31.item26.expert_review']);
  });
  // "有突出业绩或创新成果,经济环境效益和示范带动作用明显"; "对于其他…" (D-31-47).
  test('no outstanding results, no clear benefits, or already supported under items 23–25: ineligible', () => {
    const outstanding = run(26, { outstandingResultsOrInnovation: false });
    assert.deepEqual(failed(outstanding), ['j31.item26.outstanding']);
    const benefits = run(26, { clearBenefitsAndDemonstration: false });
    assert.deepEqual(failed(benefits), ['j31.item26.benefits']);
    assert.deepEqual(failed(run(26, { supportedUnderItems23To25: true })), ['j31.item26.other']);
  });
  // The award won after the demonstration award was paid: only the 500,000 元 (D-31-48); both paid → nothing.
  test('award history: the later 500,000 元 alone after the base was paid; nothing twice', () => {
    const base = {
      ruleId: 'jingjiguanfa-2023-31/item-26',
      subject: 'demonstration:JS-2024-001',
      amount: '2000000.00',
      awardedOn: '2024-03-01',
    };
    const later = { ...base, subject: 'science-innovation-award:JS-2024-001', amount: '500000.00' };
    const facts = { scienceOrInnovationAward: true, awardHistory: [base] };
    assert.deepEqual(amount(26, facts), ['eligible', 50_000_000]);
    assert.deepEqual(rule(26).awardSubjects!({ ...BASE[26], ...facts }), [
      'science-innovation-award:JS-2024-001',
    ]);
    const both = { scienceOrInnovationAward: true, awardHistory: [base, later] };
    assert.deepEqual(failed(run(26, both)), ['j31.item26.something_to_award']);
    assert.deepEqual(rule(26).awardSubjects!({ ...BASE[26], ...both }), []);
    // Another project of the same enterprise is not affected.
    assert.deepEqual(amount(26, { projectRef: 'JS-2024-002', awardHistory: [base] }), [
      'eligible',
      200_000_000,
    ]);
  });
  // 第二章 二（四）applies to this project item: 1,016,999.99 of 1,130,000 元 is under 90%.
  test('第二章 二（四） under 90% paid → ineligible; 0.03 元 × 20% = 0.006 → 0.01 元', () => {
    assert.deepEqual(failed(run(26, { paidIncludingTax: '1016999.99' })), ['j31.common.payment_share']);
    assert.deepEqual(amount(26, { paymentExcludingTax: '0.03' }), ['eligible', 1]);
  });
});

describe('第一章 三（二十七） 绿色工地: 10万 / 20万 (D-31-9)', () => {
  // "可分别获得 10 万元、20 万元奖励": 绿色安全工地 100,000 元; 样板工地 200,000 元; both → the higher.
  test('绿色安全工地 → 100,000 元; 样板工地 → 200,000 元; both titles → 200,000 元', () => {
    assert.deepEqual(amount(27), ['eligible', 10_000_000]);
    assert.deepEqual(amount(27, { greenSafeSiteTitle: false, modelSiteTitle: true }), [
      'eligible',
      20_000_000,
    ]);
    const both = run(27, { modelSiteTitle: true });
    assert.deepEqual([both.outcome, both.amount], ['eligible', 20_000_000]);
    assert.ok(both.interpretations.includes('D-31-9'));
  });
  test('no title → ineligible', () => {
    assert.deepEqual(failed(run(27, { greenSafeSiteTitle: false })), ['j31.item27.title']);
  });
  // "未因环境问题受到…处罚,且未因环境问题受到市级及以上…书面通报,并且已完工的工地".
  test('penalised, named in a municipal written notice, or not completed → ineligible', () => {
    assert.deepEqual(failed(run(27, { penalisedForEnvironmentalIssues: true })), ['j31.item27.no_penalty']);
    const notice = run(27, { municipalWrittenNoticeForEnvironmentalIssues: true });
    assert.deepEqual(failed(notice), ['j31.item27.no_written_notice']);
    assert.deepEqual(failed(run(27, { siteCompleted: false })), ['j31.item27.completed']);
  });
  // A title, not a paid project: the payment facts of 第二章 二（四） are not facts of this rule (D-31-42).
  test('one award per site (awardSubjects); project payment facts are refused', () => {
    assert.deepEqual(rule(27).awardSubjects!({ ...BASE[27] }), ['site:S-001']);
    assert.throws(
      () => run(27, { paidIncludingTax: '1' }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.paidIncludingTax',
    );
  });
});

describe('第二章 and validity, for items 23–27', () => {
  const ITEMS = [23, 24, 25, 26, 27];
  // 第二章 一: items (十五)–(二十七) in the 225 km²: an applicant in yizhuang_225 qualifies, outside does not.
  test('第二章 一 applicant area: yizhuang_225 qualifies, outside does not', () => {
    for (const n of ITEMS) {
      const r = run(n, { location: 'yizhuang_225' });
      assert.equal(r.outcome, 'eligible', `item ${n}`);
      assert.deepEqual(failed(run(n, { location: 'outside' })), ['j31.common.area'], `item ${n}`);
      assert.deepEqual(failed(run(n, { projectLocation: 'outside' })), ['j31.building.project_location']);
    }
  });
  // 第二章 二（二）"未被列入严重违法失信主体名单".
  test('第二章 二（二） on the serious-dishonesty list → ineligible', () => {
    for (const n of ITEMS)
      assert.deepEqual(failed(run(n, { onSeriousDishonestyList: true })), ['j31.common.not_dishonest']);
  });
  // 第二章 二（五）3 "使用政府财政资金投资建设的项目" excludes the project items 23–26.
  test('第二章 二（五）3 built with government funds → items 23–26 ineligible', () => {
    for (const n of [23, 24, 25, 26])
      assert.deepEqual(failed(run(n, { builtWithGovernmentFunds: true })), [
        'j31.common.not_government_funded',
      ]);
  });
  test('2023-11-23, before signing → not_in_force; 2023-11-24 → in force', () => {
    for (const n of ITEMS) {
      const early = run(n, {}, '2023-11-23');
      assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
      assert.equal(early.amount, null);
      assert.equal(run(n, {}, '2023-11-24').outcome, 'eligible');
    }
  });
  test('免申即享 exactly for 23, 24, 25, 27; 开发建设局 for all; ids in order', () => {
    assert.deepEqual(
      ITEMS_23_27.map((r) => [r.id.slice(-7), r.noApplication, r.department]),
      [
        ['item-23', true, 'development-construction'],
        ['item-24', true, 'development-construction'],
        ['item-25', true, 'development-construction'],
        ['item-26', false, 'development-construction'],
        ['item-27', true, 'development-construction'],
      ],
    );
  });
  test('every parameter and rule citation quotes its clause verbatim', () => {
    const quoteOk = (c: Citation) =>
      assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), `${c.clause}: ${c.quote}`);
    for (const v of Object.values(P)) {
      if ('quote' in v) quoteOk(v);
      else for (const dv of v.values) quoteOk(dv.citation);
    }
    for (const r of ITEMS_23_27) r.citations.forEach(quoteOk);
  });
});
