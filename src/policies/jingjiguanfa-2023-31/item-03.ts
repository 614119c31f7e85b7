/**
 * @module policies/jingjiguanfa-2023-31/item-03
 * 第一章 一（三） 燃气锅炉深度治理项目 (deep treatment of gas-fired boilers).
 *
 * > 鼓励企事业单位开展燃气锅炉深度治理,实施超低氮改造。对于 2017 年 3 月 31 日之前建成的燃气锅炉,支持通过整体
 * > 更换锅炉的方式,有效降低氮氧化物排放浓度,改造后氮氧化物浓度稳定达到 30mg/m³ 以内的,具体指标需满足《北京市
 * > 燃气锅炉低氮改造验收要求》中的相关规定。原则上对上述项目根据实际支付金额(不含税)比例给予奖励,其中一般企事业
 * > 单位奖励比例为 50%,对企业使用……增加 5%;对企业使用……增加 10%。差额预算拨款单位奖励比例为 50%,全额预算
 * > 拨款单位的奖励比例为 100%。
 *
 * One evaluation per boiler (each boiler has its own completion date and NOx reading, D-31-13).
 * Rates: enterprise 50% + the higher bonus (D-31-1); other general institution 50%; 差额预算 50%;
 * 全额预算 100%; bonuses for enterprises only (D-31-2). The paragraph sets no cap per boiler or per
 * project, so none is coded. Rounded half up to the fen (D-31-12).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { cmp, parseRational, type Rational, toPercentString } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type BonusFacts, checkPayment, enterpriseRate, rateAward } from './award-rate.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
  YUAN,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import {
  FROM,
  ITEM3_BOILER_CITATION,
  ITEM3_BUDGET_CITATION,
  ITEM3_BUILT_BY,
  ITEM3_FULL_BUDGET_RATE,
  ITEM3_NOX_MAX,
  ITEM3_PARTIAL_BUDGET_RATE,
  ITEM3_RATE_CITATION,
  ITEM3_RATES,
  POLICY_ID,
} from './parameters.ts';
import { projectFactsSchema, projectMessages } from './project-rule.ts';

/** Who applies: an enterprise, another general institution, or a budget-funded unit. */
export type Item3Unit = 'enterprise' | 'institution' | 'partial_budget_unit' | 'full_budget_unit';

export interface Item3Facts extends CommonFacts, ProjectFacts, BonusFacts {
  readonly unitType: Item3Unit;
  readonly boilerCompletedOn: string;
  readonly wholeBoilerReplaced: boolean;
  readonly noxAfterMgPerM3: string;
  readonly acceptanceRequirementsMet: boolean;
  readonly paymentExcludingTax: string;
}

export const item03: Rule = defineRule<Item3Facts>({
  id: `${POLICY_ID}/item-03`,
  policyId: POLICY_ID,
  title: { zh: '燃气锅炉深度治理项目', en: 'Deep treatment of gas-fired boilers' },
  citations: [
    ITEM3_BOILER_CITATION,
    ITEM3_RATE_CITATION,
    ITEM3_BUDGET_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: projectFactsSchema(
    [
      'unitType',
      'boilerCompletedOn',
      'wholeBoilerReplaced',
      'noxAfterMgPerM3',
      'acceptanceRequirementsMet',
      'paymentExcludingTax',
    ],
    {
      unitType: {
        type: 'string',
        enum: ['enterprise', 'institution', 'partial_budget_unit', 'full_budget_unit'],
        'x-enum-labels': {
          enterprise: { zh: '企业', en: 'Enterprise' },
          institution: { zh: '一般事业单位（非预算拨款）', en: 'Other institution (not budget-funded)' },
          partial_budget_unit: { zh: '差额预算拨款单位', en: 'Partially budget-funded unit' },
          full_budget_unit: { zh: '全额预算拨款单位', en: 'Fully budget-funded unit' },
        },
        description: 'What kind of unit applies',
        'x-description-zh': '申报单位类别',
      },
      boilerCompletedOn: {
        type: 'string',
        format: 'date',
        description: 'Date the gas-fired boiler was originally completed (built)',
        'x-description-zh': '燃气锅炉建成日期',
      },
      wholeBoilerReplaced: {
        type: 'boolean',
        description: 'The retrofit replaced the whole boiler',
        'x-description-zh': '通过整体更换锅炉的方式改造',
      },
      noxAfterMgPerM3: {
        type: 'string',
        pattern: '^\\d+(\\.\\d+)?$',
        description: 'Stable NOx concentration after the retrofit, mg/m³',
        'x-description-zh': '改造后稳定达到的氮氧化物浓度（mg/m³）',
        'x-unit': 'mg/m³',
      },
      acceptanceRequirementsMet: {
        type: 'boolean',
        description: "Meets the indicators of Beijing's acceptance requirements for low-NOx boiler retrofits",
        'x-description-zh': '满足《北京市燃气锅炉低氮改造验收要求》中的相关规定',
      },
      paymentExcludingTax: {
        ...YUAN,
        description: 'Actual payment for the boiler retrofit, tax excluded, yuan',
        'x-description-zh': '实际支付金额（不含税，元）',
      },
    },
  ),
  examples: [
    {
      title: {
        zh: '企业更换2015年建成的锅炉，改造后NOx 25mg/m³，支付60万元',
        en: 'Enterprise replaces a boiler built in 2015, NOx 25 mg/m³ after, 600,000 yuan paid',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        unitType: 'enterprise',
        boilerCompletedOn: '2015-10-01',
        wholeBoilerReplaced: true,
        noxAfterMgPerM3: '25',
        acceptanceRequirementsMet: true,
        paymentExcludingTax: '600000',
        usesHighTechProduct: false,
        usesFirstSet: false,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: projectMessages({
    'j31.item3.built_by': {
      zh: '燃气锅炉于 {limit} 之前建成（建成日期：{value}）',
      en: 'The gas boiler was completed by {limit} (completed: {value})',
    },
    'j31.item3.whole_replacement': {
      zh: '通过整体更换锅炉的方式改造（填报：{value}）',
      en: 'The whole boiler was replaced (reported: {value})',
    },
    'j31.item3.nox': {
      zh: '改造后氮氧化物浓度 {value} mg/m³ 稳定达到 {limit} mg/m³ 以内',
      en: 'NOx after the retrofit, {value} mg/m³, is within {limit} mg/m³',
    },
    'j31.item3.acceptance': {
      zh: '满足《北京市燃气锅炉低氮改造验收要求》（填报：{value}）',
      en: "Meets Beijing's acceptance requirements for low-NOx boiler retrofits (reported: {value})",
    },
    'j31.item3.budget_rate': {
      zh: '预算拨款单位（{unit}）奖励比例 = {result}，不适用企业加成',
      en: 'Budget-funded unit ({unit}): rate = {result}, no enterprise bonus',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const builtOn = parseCalendarDate(f.boilerCompletedOn, 'facts.boilerCompletedOn');
    const nox = parseRational(f.noxAfterMgPerM3, 'facts.noxAfterMgPerM3');
    const builtBy = valueAt(ITEM3_BUILT_BY, asOf);
    const noxMax = valueAt(ITEM3_NOX_MAX, asOf);
    // "2017 年 3 月 31 日之前建成": completed on 2017-03-31 or earlier (D-31-13).
    d.interpret('D-31-13');
    d.check(
      'j31.item3.built_by',
      builtOn <= builtBy.value,
      { value: builtOn, limit: builtBy.value },
      builtBy.citation,
    );
    d.check(
      'j31.item3.whole_replacement',
      f.wholeBoilerReplaced,
      { value: f.wholeBoilerReplaced },
      ITEM3_BOILER_CITATION,
    );
    // "30mg/m³ 以内": at most 30, inclusive.
    d.check(
      'j31.item3.nox',
      cmp(nox, parseRational(noxMax.value)) <= 0,
      { value: f.noxAfterMgPerM3, limit: noxMax.value },
      noxMax.citation,
    );
    d.check(
      'j31.item3.acceptance',
      f.acceptanceRequirementsMet,
      { value: f.acceptanceRequirementsMet },
      ITEM3_BOILER_CITATION,
    );
    const payment = checkPayment(d, f.paymentExcludingTax, ITEM3_RATE_CITATION);
    checkCommon(d, f, { no: 3, project: true, pollution: true }, asOf);

    let rate: Rational;
    if (f.unitType === 'partial_budget_unit' || f.unitType === 'full_budget_unit') {
      d.interpret('D-31-2');
      const p = valueAt(
        f.unitType === 'full_budget_unit' ? ITEM3_FULL_BUDGET_RATE : ITEM3_PARTIAL_BUDGET_RATE,
        asOf,
      );
      rate = parseRational(p.value);
      d.step('j31.item3.budget_rate', {
        inputs: { unit: f.unitType },
        parameters: { rate: p.value },
        result: toPercentString(rate, 2),
        citation: p.citation,
      });
    } else {
      // "一般企事业单位奖励比例为 50%"; the bonuses are "对企业" only (D-31-2).
      if (f.unitType === 'institution') d.interpret('D-31-2');
      rate = enterpriseRate(d, f, ITEM3_RATES, asOf, f.unitType === 'enterprise');
    }
    return d.decide(rateAward(d, payment, rate, ITEM3_RATE_CITATION));
  },
});
