/**
 * @module policies/jingjiguanfa-2023-31/award-rate
 * The rate-of-payment awards of 第一章 一（一）–（四）,（七）: a base rate of the actual payment
 * excluding tax, raised for enterprises that use recognised technology:
 *
 * > 对企业使用被管委会相关部门认定的高新技术产品、装备和工艺的,在原奖励标准基础上增加 5%;对企业使用被管委会
 * > 相关部门认定的市、区首台(套)技术、产品、装备、工艺的,在原奖励标准的基础上增加 10%。
 *
 * The bonuses are percentage points and do not stack; the higher applies (D-31-1). The amount is
 * exact and rounded half up to the fen once, at the end (D-31-12).
 */
import type { Citation } from '../../engine/citation.ts';
import type { DecisionBuilder } from '../../engine/decision.ts';
import type { MessageCatalog } from '../../engine/messages.ts';
import { applyRate, type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { add, parseRational, type Rational, toPercentString } from '../../engine/rational.ts';
import type { SchemaNode } from '../../engine/rule.ts';
import type { RateSchedule } from './parameters.ts';

/** The facts that raise the rate. */
export interface BonusFacts {
  readonly usesHighTechProduct: boolean;
  readonly usesFirstSet: boolean;
}

export const BONUS_FACTS: Readonly<Record<string, SchemaNode>> = {
  usesHighTechProduct: {
    type: 'boolean',
    description: 'Uses high-tech products, equipment or processes recognised by the Management Committee',
    'x-description-zh': '使用被管委会相关部门认定的高新技术产品、装备和工艺',
  },
  usesFirstSet: {
    type: 'boolean',
    description:
      'Uses municipal or district first-set (首台套) technology, products, equipment or processes recognised by the Management Committee',
    'x-description-zh': '使用被管委会相关部门认定的市、区首台(套)技术、产品、装备、工艺',
  },
};

/**
 * The base rate plus the higher applicable bonus (D-31-1), recorded as one trace step.
 * `bonusesApply` is false for units that are not enterprises (D-31-2).
 */
export function enterpriseRate(
  d: DecisionBuilder,
  f: BonusFacts,
  rates: RateSchedule,
  asOf: CalendarDate,
  bonusesApply = true,
): Rational {
  const base = valueAt(rates.base, asOf);
  const highTech = valueAt(rates.highTech, asOf);
  const firstSet = valueAt(rates.firstSet, asOf);
  // Not stacking: first set (+10) wins over high-tech (+5) when both apply.
  let bonus = { value: '0%', citation: base.citation as Citation };
  if (bonusesApply && f.usesFirstSet) bonus = firstSet;
  else if (bonusesApply && f.usesHighTechProduct) bonus = highTech;
  d.interpret('D-31-1');
  const result = add(parseRational(base.value), parseRational(bonus.value));
  d.step('j31.rate', {
    inputs: {
      highTech: f.usesHighTechProduct,
      firstSet: f.usesFirstSet,
      bonusesApply,
    },
    parameters: {
      base: base.value,
      highTechBonus: highTech.value,
      firstSetBonus: firstSet.value,
      bonus: bonus.value,
    },
    result: toPercentString(result, 2),
    citation: bonus.citation,
  });
  return result;
}

/** payment × rate, rounded half up to the fen once (D-31-12), recorded as one trace step. */
export function rateAward(d: DecisionBuilder, payment: Fen, rate: Rational, citation: Citation): Fen {
  d.interpret('D-31-12');
  const amount = applyRate(payment, rate, 'half_up');
  d.step('j31.amount', {
    inputs: { payment: formatYuan(payment) },
    parameters: { rate: toPercentString(rate, 2), rounding: 'half_up' },
    result: formatYuan(amount),
    citation,
  });
  return amount;
}

/** "鼓励企业…": the applicant is an enterprise (one reason, one wording for every item that says so). */
export function checkEnterprise(d: DecisionBuilder, enterprise: boolean, citation: Citation): boolean {
  return d.check('j31.enterprise', enterprise, { value: enterprise }, citation);
}

/** The payment excluding tax, read exactly and checked to be positive. */
export function checkPayment(d: DecisionBuilder, text: string, citation: Citation): Fen {
  const payment = parseYuan(text, 'facts.paymentExcludingTax');
  d.check('j31.payment_positive', payment > 0, { value: text }, citation);
  return payment;
}

/** Wording of the steps and checks above. */
export const RATE_MESSAGES: MessageCatalog = {
  'j31.enterprise': {
    zh: '申报主体为企业（填报：{value}）',
    en: 'The applicant is an enterprise (reported: {value})',
  },
  'j31.payment_positive': {
    zh: '实际支付金额（不含税）为正数（{value} 元）',
    en: 'The actual payment excluding tax is positive ({value} yuan)',
  },
  'j31.rate': {
    zh: '奖励比例 = 基础比例 {base} + 加成 {bonus} = {result}（高新技术产品：{highTech}，加成 {highTechBonus}；首台（套）：{firstSet}，加成 {firstSetBonus}；两项不叠加，取高）',
    en: 'Rate = base {base} + bonus {bonus} = {result} (high-tech product: {highTech}, +{highTechBonus}; first set: {firstSet}, +{firstSetBonus}; they do not stack, the higher applies)',
  },
  'j31.amount': {
    zh: '奖励金额 = 实际支付金额（不含税）{payment} 元 × {rate}，四舍五入到分 = {result} 元',
    en: 'Award = actual payment excluding tax {payment} yuan × {rate}, rounded half up to the fen = {result} yuan',
  },
};
