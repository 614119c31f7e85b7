/**
 * @module policies/jingjiguanfa-2023-31/item-17
 * 第一章 二（十七） 分布式光伏发电类项目 (distributed photovoltaic generation).
 *
 * > 对分布式光伏发电项目,按照装机容量给予每千瓦 800 元的一次性奖励。若项目为第三方投资,项目投资方和场地业主方
 * > 分开申请,各享受奖励资金的 50%;若场地业主方为财政预算拨款单位,由项目投资方申请,项目投资方享受全额奖励资金。
 *
 * Full award = installed kW (exact decimal) × 800 元. The applicant's share (D-31-34): own
 * investment on its own site 100%; third-party investment 50% each for the investor and the site
 * owner; a budget-funded site owner cannot apply and its investor gets 100%. Each share is exact
 * and rounded half up to the fen once (D-31-12). A paid project: 第二章 二（四）（五） apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  cmp,
  div,
  mul,
  ONE,
  parseRational,
  type Rational,
  ratio,
  toDecimalString,
  toPercentString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  DECIMAL,
  ITEM17_BUDGET_CITATION,
  ITEM17_PER_KW,
  ITEM17_RATE_CITATION,
  ITEM17_SHARE,
  ITEM17_SPLIT_CITATION,
  itemFactsSchema,
  itemMessages,
} from './parameters-energy.ts';

/** An exact amount in fen as exact yuan text. */
const yuanOf = (fenAmount: Rational): string => toDecimalString(div(fenAmount, ratio(100)), 12);

export type PvApplicantRole = 'self' | 'investor' | 'site_owner';

export interface Item17Facts extends CommonFacts, ProjectFacts {
  readonly distributedPv: boolean;
  readonly installedCapacityKw: string;
  readonly applicantRole: PvApplicantRole;
  readonly siteOwnerBudgetFunded?: boolean;
}

export const item17: Rule = defineRule<Item17Facts>({
  id: `${POLICY_ID}/item-17`,
  policyId: POLICY_ID,
  title: { zh: '分布式光伏发电类项目', en: 'Distributed photovoltaic generation' },
  citations: [
    ITEM17_RATE_CITATION,
    ITEM17_SPLIT_CITATION,
    ITEM17_BUDGET_CITATION,
    AREA_CITATION,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['distributedPv', 'installedCapacityKw', 'applicantRole'],
    {
      distributedPv: {
        type: 'boolean',
        description: 'A distributed photovoltaic generation project',
        'x-description-zh': '分布式光伏发电项目',
      },
      installedCapacityKw: {
        ...DECIMAL,
        description: 'Installed capacity, kW',
        'x-description-zh': '装机容量（千瓦）',
        'x-unit': 'kW',
      },
      applicantRole: {
        type: 'string',
        enum: ['self', 'investor', 'site_owner'],
        'x-enum-labels': {
          self: { zh: '自投自建（投资方即场地业主方）', en: 'Invested on its own site' },
          investor: { zh: '第三方投资的项目投资方', en: 'Investor in a third-party investment' },
          site_owner: { zh: '第三方投资的场地业主方', en: 'Site owner of a third-party investment' },
        },
        description: 'Who applies',
        'x-description-zh': '申报主体身份',
      },
      siteOwnerBudgetFunded: {
        type: 'boolean',
        description: 'The site owner is a budget-funded unit (third-party investments only)',
        'x-description-zh': '场地业主方为财政预算拨款单位（第三方投资项目填报）',
      },
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '第三方投资的屋顶光伏1,000.5千瓦，投资方申请（业主为企业）',
        en: 'Third-party rooftop PV of 1,000.5 kW, the investor applies (site owner an enterprise)',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        distributedPv: true,
        installedCapacityKw: '1000.5',
        applicantRole: 'investor',
        siteOwnerBudgetFunded: false,
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: itemMessages({
    'j31.item17.distributed_pv': {
      zh: '项目为分布式光伏发电项目（填报：{value}）',
      en: 'A distributed photovoltaic project (reported: {value})',
    },
    'j31.item17.capacity_positive': {
      zh: '装机容量为正数（{value} 千瓦）',
      en: 'The installed capacity is positive ({value} kW)',
    },
    'j31.item17.budget_known': {
      zh: '第三方投资项目：已说明场地业主方是否为财政预算拨款单位（填报：{value}）',
      en: 'Third-party investment: whether the site owner is budget-funded is stated (reported: {value})',
    },
    'j31.item17.site_owner_may_apply': {
      zh: '场地业主方为财政预算拨款单位的，由项目投资方申请（场地业主方为预算单位：{value}）',
      en: 'Where the site owner is budget-funded, the investor applies (site owner budget-funded: {value})',
    },
    'j31.item17.full_award': {
      zh: '全额奖励资金 = 装机容量 {capacity} 千瓦 × {perKw} 元/千瓦 = {result} 元',
      en: 'Full award = {capacity} kW × {perKw} yuan/kW = {result} yuan',
    },
    'j31.item17.share': {
      zh: '申报主体（{role}；场地业主方为预算单位：{budget}）享受比例 = {result}',
      en: 'Share of the applicant ({role}; site owner budget-funded: {budget}) = {result}',
    },
    'j31.item17.amount': {
      zh: '奖励金额 = 全额奖励资金 {full} 元 × {share}，四舍五入到分 = {result} 元',
      en: 'Award = full award {full} yuan × {share}, rounded half up to the fen = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-34');
    const kw = parseRational(f.installedCapacityKw, 'facts.installedCapacityKw');
    d.check('j31.item17.distributed_pv', f.distributedPv, { value: f.distributedPv }, ITEM17_RATE_CITATION);
    d.check(
      'j31.item17.capacity_positive',
      cmp(kw, ZERO) > 0,
      { value: f.installedCapacityKw },
      ITEM17_RATE_CITATION,
    );

    const perKw = valueAt(ITEM17_PER_KW, asOf);
    const full = mul(kw, ratio(parseYuan(perKw.value)));
    d.step('j31.item17.full_award', {
      inputs: { capacity: f.installedCapacityKw },
      parameters: { perKw: perKw.value },
      result: yuanOf(full),
      citation: perKw.citation,
    });

    const budget = f.siteOwnerBudgetFunded ?? null;
    const half = valueAt(ITEM17_SHARE, asOf);
    let share: Rational = ONE;
    let shareCitation = ITEM17_RATE_CITATION;
    if (f.applicantRole !== 'self') {
      d.check(
        'j31.item17.budget_known',
        budget === null ? null : true,
        { value: budget },
        ITEM17_BUDGET_CITATION,
      );
      if (f.applicantRole === 'site_owner') {
        d.check(
          'j31.item17.site_owner_may_apply',
          budget === null ? null : !budget,
          { value: budget },
          ITEM17_BUDGET_CITATION,
        );
      }
      // A budget-funded site owner: the investor takes the whole award; otherwise 50% each.
      if (budget === true && f.applicantRole === 'investor') shareCitation = ITEM17_BUDGET_CITATION;
      else {
        share = parseRational(half.value);
        shareCitation = half.citation;
      }
    }
    d.step('j31.item17.share', {
      inputs: { role: f.applicantRole, budget },
      parameters: { half: half.value },
      result: toPercentString(share, 2),
      citation: shareCitation,
    });
    checkCommon(d, f, { no: 17, project: true, pollution: false }, asOf);
    d.interpret('D-31-12');
    const amount = toFen(mul(full, share), 'half_up');
    d.step('j31.item17.amount', {
      inputs: { full: yuanOf(full) },
      parameters: { share: toPercentString(share, 2), rounding: 'half_up' },
      result: formatYuan(amount),
      citation: shareCitation,
    });
    // An undecided budget status leaves the share open: no provisional amount.
    return d.decide(budget === null && f.applicantRole !== 'self' ? null : amount);
  },
});
