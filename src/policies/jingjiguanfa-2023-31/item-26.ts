/**
 * @module policies/jingjiguanfa-2023-31/item-26
 * 第一章 三（二十六） 绿色建筑、建筑节能等方面创新示范类项目 (innovation demonstrations).
 *
 * > 对于其他在绿色建筑技术应用方面有突出业绩或创新成果,经济环境效益和示范带动作用明显的,且能在亦庄新城内应用的
 * > 示范项目,可根据实际情况,采取“一事一议”的方式,进行专家评审,综合考虑项目绿色节能效益、增量投资等,按照项目
 * > 实际支付金额(不含税)的 20%给予奖励,单个项目奖励金额不超过 500 万元。如果再获得国家或者北京市科技、创新类
 * > 奖项,单个项目再奖励 50 万元。
 *
 * Not 免申即享: applied for, and decided after an expert review (D-31-47). Amount = min(20% ×
 * payment excluding tax, 500万) + 50万 for a national or Beijing science or innovation award, on
 * top of the cap (D-31-8), each part awarded once per project: `awardSubjects` names the parts and
 * the award history says which were paid (D-31-48).
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { addFen, applyRate, type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { parseRational } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type CommonFacts, PAYMENT_SHARE_CITATION, type ProjectFacts, YUAN } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import {
  BUILDING_CITATIONS,
  type BuildingFacts,
  buildingFactsSchema,
  buildingMessages,
  checkBuildingCommon,
  smallest,
} from './item-23.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM26_CAP_CITATION,
  ITEM26_LATER_AWARD,
  ITEM26_LATER_AWARD_CITATION,
  ITEM26_PROJECT_CAP,
  ITEM26_RATE,
  ITEM26_RATE_CITATION,
  ITEM26_REVIEW_CITATION,
  ITEM26_SCOPE_CITATION,
} from './parameters-building.ts';

export const ITEM26_ID = `${POLICY_ID}/item-26`;

export interface Item26Facts extends CommonFacts, ProjectFacts, BuildingFacts {
  readonly projectRef: string;
  readonly supportedUnderItems23To25: boolean;
  readonly outstandingResultsOrInnovation?: boolean;
  readonly clearBenefitsAndDemonstration?: boolean;
  readonly expertReviewPassed?: boolean;
  readonly paymentExcludingTax: string;
  readonly scienceOrInnovationAward: boolean;
  readonly awardHistory?: readonly AwardRecord[];
}

/** The award keys of a project: the demonstration award and the further 50万 (D-31-48). */
export const demonstrationKey = (f: Pick<Item26Facts, 'projectRef'>) => `demonstration:${f.projectRef}`;
export const laterAwardKey = (f: Pick<Item26Facts, 'projectRef'>) =>
  `science-innovation-award:${f.projectRef}`;

const earlier = (f: Item26Facts, key: string) =>
  awardsOf(f.awardHistory, ITEM26_ID).find((r) => r.subject === key);

const bool = (en: string, zh: string) => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});

export const item26: Rule = defineRule<Item26Facts>({
  id: ITEM26_ID,
  policyId: POLICY_ID,
  title: {
    zh: '绿色建筑、建筑节能等方面创新示范类项目',
    en: 'Innovation demonstrations in green building and building energy efficiency',
  },
  citations: [
    ITEM26_SCOPE_CITATION,
    ITEM26_REVIEW_CITATION,
    ITEM26_RATE_CITATION,
    ITEM26_CAP_CITATION,
    ITEM26_LATER_AWARD_CITATION,
    ...BUILDING_CITATIONS,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'development-construction',
  noApplication: false,
  factsSchema: buildingFactsSchema(
    ['projectRef', 'supportedUnderItems23To25', 'paymentExcludingTax', 'scienceOrInnovationAward'],
    {
      projectRef: {
        type: 'string',
        minLength: 1,
        description: 'Identifier of the demonstration project (stable across applications)',
        'x-description-zh': '示范项目编号（多次申报保持不变）',
      },
      supportedUnderItems23To25: bool(
        'The same project is supported under items 23–25 (so it is not one of the "other" projects)',
        '同一项目已按第（二十三）至（二十五）项获得支持（即不属于“其他”示范项目）',
      ),
      outstandingResultsOrInnovation: bool(
        'Outstanding results or innovations in applying green-building technology (as the experts found)',
        '在绿色建筑技术应用方面有突出业绩或创新成果（以专家评审意见为准）',
      ),
      clearBenefitsAndDemonstration: bool(
        'Clear economic and environmental benefits and demonstration effect (as the experts found)',
        '经济环境效益和示范带动作用明显（以专家评审意见为准）',
      ),
      expertReviewPassed: bool(
        'Passed the case-by-case (一事一议) expert review; leave out until reviewed',
        '通过“一事一议”专家评审（未评审的不填）',
      ),
      paymentExcludingTax: {
        ...YUAN,
        description: 'Actual payment for the project, tax excluded, yuan',
        'x-description-zh': '项目实际支付金额（不含税，元）',
      },
      scienceOrInnovationAward: bool(
        'The project won a national or Beijing science, technology or innovation award',
        '项目获得国家或者北京市科技、创新类奖项',
      ),
      awardHistory: AWARD_HISTORY_FACT,
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '经专家评审的创新示范项目，支付1,000万元，另获北京市科技奖',
        en: 'Reviewed demonstration project, 10,000,000 yuan paid, a Beijing science award',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        projectRef: 'JS-2024-001',
        supportedUnderItems23To25: false,
        outstandingResultsOrInnovation: true,
        clearBenefitsAndDemonstration: true,
        expertReviewPassed: true,
        paymentExcludingTax: '10000000',
        scienceOrInnovationAward: true,
        projectLocation: 'etdz_60',
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: buildingMessages({
    'j31.item26.other': {
      zh: '不属于已按第（二十三）至（二十五）项支持的项目（已支持：{value}）',
      en: 'Not a project already supported under items 23–25 (supported: {value})',
    },
    'j31.item26.outstanding': {
      zh: '在绿色建筑技术应用方面有突出业绩或创新成果（评审意见：{value}）',
      en: 'Outstanding results or innovations in green-building technology (review finding: {value})',
    },
    'j31.item26.benefits': {
      zh: '经济环境效益和示范带动作用明显（评审意见：{value}）',
      en: 'Clear economic and environmental benefits and demonstration effect (review finding: {value})',
    },
    'j31.item26.expert_review': {
      zh: '通过“一事一议”专家评审（结果：{value}）',
      en: 'Passed the case-by-case expert review (result: {value})',
    },
    'j31.item26.payment_positive': {
      zh: '实际支付金额（不含税）为正数（{value} 元）',
      en: 'The actual payment excluding tax is positive ({value} yuan)',
    },
    'j31.item26.rate': {
      zh: '按比例奖励 = 实际支付金额（不含税）{payment} 元 × {rate}，四舍五入到分 = {result} 元',
      en: 'Rate award = actual payment excluding tax {payment} yuan × {rate}, rounded half up to the fen = {result} yuan',
    },
    'j31.item26.base': {
      zh: '示范项目奖励 = min(按比例奖励 {award} 元, 单个项目上限 {projectCap} 元) = {result} 元',
      en: 'Demonstration award = min(rate award {award} yuan, project cap {projectCap} yuan) = {result} yuan',
    },
    'j31.item26.base_already_awarded': {
      zh: '示范项目奖励已于 {on} 发放（{amount} 元），不再重复奖励',
      en: 'The demonstration award was granted on {on} ({amount} yuan) and is not granted again',
    },
    'j31.item26.later_award': {
      zh: '获得国家或者北京市科技、创新类奖项，再奖励 {bonus} 元（在 500 万元上限之外）',
      en: 'A national or Beijing science or innovation award: a further {bonus} yuan (outside the 5,000,000 yuan cap)',
    },
    'j31.item26.later_award_already_awarded': {
      zh: '科技、创新类奖项的再奖励已于 {on} 发放（{amount} 元），不再重复奖励',
      en: 'The further award for a science or innovation prize was granted on {on} ({amount} yuan) and is not granted again',
    },
    'j31.item26.amount': {
      zh: '奖励金额 = 示范项目奖励 {base} 元 + 再奖励 {bonus} 元 = {result} 元',
      en: 'Award = demonstration award {base} yuan + further award {bonus} yuan = {result} yuan',
    },
    'j31.item26.something_to_award': {
      zh: '本项目尚有未发放的奖励（本次：{amount} 元）',
      en: 'Something of this project is still to be awarded (this time: {amount} yuan)',
    },
  }),
  awardSubjects(f) {
    const keys = [demonstrationKey(f), ...(f.scienceOrInnovationAward ? [laterAwardKey(f)] : [])];
    return keys.filter((k) => earlier(f, k) === undefined);
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-47');
    const payment = parseYuan(f.paymentExcludingTax, 'facts.paymentExcludingTax');
    // "对于其他…": a project already supported under items 23–25 is not one of the others.
    d.check(
      'j31.item26.other',
      !f.supportedUnderItems23To25,
      { value: f.supportedUnderItems23To25 },
      ITEM26_SCOPE_CITATION,
    );
    // The merits are for the expert panel: until it has found, the decision is left for review.
    const outstanding = f.outstandingResultsOrInnovation ?? null;
    d.check('j31.item26.outstanding', outstanding, { value: outstanding }, ITEM26_SCOPE_CITATION);
    const benefits = f.clearBenefitsAndDemonstration ?? null;
    d.check('j31.item26.benefits', benefits, { value: benefits }, ITEM26_SCOPE_CITATION);
    const reviewed = f.expertReviewPassed ?? null;
    d.check('j31.item26.expert_review', reviewed, { value: reviewed }, ITEM26_REVIEW_CITATION);
    d.check(
      'j31.item26.payment_positive',
      payment > 0,
      { value: f.paymentExcludingTax },
      ITEM26_RATE_CITATION,
    );
    // "且能在亦庄新城内应用的示范项目" together with 第二章 一 (D-31-41).
    checkBuildingCommon(d, f, 26, true, asOf, ITEM26_SCOPE_CITATION);

    d.interpret('D-31-48');
    const base = demonstrationAward(d, f, payment, asOf);
    const bonus = laterAward(d, f, asOf);
    const amount = addFen(base, bonus);
    d.step('j31.item26.amount', {
      inputs: { base: formatYuan(base), bonus: formatYuan(bonus) },
      result: formatYuan(amount),
      citation: bonus > 0 ? ITEM26_LATER_AWARD_CITATION : ITEM26_CAP_CITATION,
    });
    d.check(
      'j31.item26.something_to_award',
      amount > 0,
      { amount: formatYuan(amount) },
      ITEM26_RATE_CITATION,
    );
    return d.decide(amount);
  },
});

/** min(20% × payment, 500万), or 0 when the project already had it. */
function demonstrationAward(d: DecisionBuilder, f: Item26Facts, payment: Fen, asOf: CalendarDate): Fen {
  const paid = earlier(f, demonstrationKey(f));
  if (paid) {
    d.step('j31.item26.base_already_awarded', {
      inputs: { on: paid.awardedOn, amount: paid.amount },
      result: '0.00',
      citation: ITEM26_CAP_CITATION,
    });
    return 0 as Fen;
  }
  const rate = valueAt(ITEM26_RATE, asOf);
  // Exact, rounded half up to the fen once (D-31-12).
  const award = applyRate(payment, parseRational(rate.value), 'half_up');
  d.step('j31.item26.rate', {
    inputs: { payment: formatYuan(payment) },
    parameters: { rate: rate.value },
    result: formatYuan(award),
    citation: rate.citation,
  });
  const cap = valueAt(ITEM26_PROJECT_CAP, asOf);
  const projectCap = parseYuan(cap.value, ITEM26_PROJECT_CAP.id);
  return smallest(d, 'j31.item26.base', { award, projectCap }, cap.citation);
}

/** 50万 for a national or Beijing science or innovation award, on top of the cap (D-31-8), once. */
function laterAward(d: DecisionBuilder, f: Item26Facts, asOf: CalendarDate): Fen {
  if (!f.scienceOrInnovationAward) return 0 as Fen;
  d.interpret('D-31-8');
  const paid = earlier(f, laterAwardKey(f));
  if (paid) {
    d.step('j31.item26.later_award_already_awarded', {
      inputs: { on: paid.awardedOn, amount: paid.amount },
      result: '0.00',
      citation: ITEM26_LATER_AWARD_CITATION,
    });
    return 0 as Fen;
  }
  const p = valueAt(ITEM26_LATER_AWARD, asOf);
  const bonus = parseYuan(p.value, ITEM26_LATER_AWARD.id);
  d.step('j31.item26.later_award', {
    parameters: { bonus: formatYuan(bonus) },
    result: formatYuan(bonus),
    citation: p.citation,
  });
  return bonus;
}
