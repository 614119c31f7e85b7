/**
 * @module policies/jingjiguanfa-2023-31/parameters
 * The numbers of 京技管发〔2023〕31号 that the rules read, each dated and cited. The measure
 * states no term: in force from signing, 2023-11-24, with no end (policy-notes).
 *
 * Rates are exact decimal text (`'30%'`), read with `parseRational`; the bonuses are percentage
 * points added to the base rate (D-31-1).
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingjiguanfa-2023-31';
/** Signing date of the circular; the measure's own start (policy-notes). */
export const FROM = '2023-11-24' as CalendarDate;

const HIGH_TECH_QUOTE =
  '对企业使用被管委会相关部门认定的高新技术产品、装备和工艺的,在原奖励标准基础上增加 5%';
const FIRST_SET_QUOTE =
  '对企业使用被管委会相关部门认定的市、区首台(套)技术、产品、装备、工艺的,在原奖励标准的基础上增加 10%';

/** 第一章 一（一）: the base rate of item 1. */
export const ITEM1_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（一）',
  '原则上对上述项目按照改造项目实际支付金额(不含税)的30%给予奖励。',
);
/** 第一章 一（二）: the base rate of item 2. */
export const ITEM2_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（二）',
  '原则上对上述项目按照项目实际支付金额(不含税)的 30% 给予奖励。',
);
/** 第一章 一（三）: the rate of general enterprises and institutions under item 3. */
export const ITEM3_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（三）',
  '原则上对上述项目根据实际支付金额(不含税)比例给予奖励,其中一般企事业单位奖励比例为 50%',
);
/** 第一章 一（三）: the rates of budget-funded units under item 3 (D-31-2). */
export const ITEM3_BUDGET_CITATION = cite(
  POLICY_ID,
  '第一章 一（三）',
  '差额预算拨款单位奖励比例为 50%,全额预算拨款单位的奖励比例为 100%。',
);
/** 第一章 一（三）: the boilers covered. */
export const ITEM3_BOILER_CITATION = cite(
  POLICY_ID,
  '第一章 一（三）',
  '对于 2017 年 3 月 31 日之前建成的燃气锅炉,支持通过整体更换锅炉的方式,有效降低氮氧化物排放浓度,改造后氮氧化物浓度稳定达到 30mg/m³ 以内的,具体指标需满足《北京市燃气锅炉低氮改造验收要求》中的相关规定。',
);
/** 第二章 二（四）: the payment share of project items. */
export const PAYMENT_SHARE_CITATION = cite(
  POLICY_ID,
  '第二章 二（四）',
  '本办法属于事后奖励,申报项目工程进度原则上须已实施完成,含税实际支付金额达到含税项目总投资的 90% (含)以上。',
);

/** A rate parameter holding one value from {@link FROM} with no end. */
function rate(id: string, zh: string, en: string, value: string, citation: Citation): Parameter<string> {
  return parameter<string>({
    id: `${POLICY_ID}.${id}`,
    title: { zh, en },
    unit: '%',
    values: [{ from: FROM, value, citation }],
  });
}

/** The base rate and the two bonuses of one item; the bonuses are percentage points (D-31-1). */
export interface RateSchedule {
  readonly base: Parameter<string>;
  readonly highTech: Parameter<string>;
  readonly firstSet: Parameter<string>;
}

function schedule(item: string, clause: string, base: string, baseCitation: Citation): RateSchedule {
  return {
    base: rate(`${item}.base-rate`, `${clause}基础奖励比例`, `${item} base rate`, base, baseCitation),
    highTech: rate(
      `${item}.high-tech-bonus`,
      `${clause}高新技术产品加成`,
      `${item} bonus for recognised high-tech products`,
      '5%',
      cite(POLICY_ID, clause, HIGH_TECH_QUOTE),
    ),
    firstSet: rate(
      `${item}.first-set-bonus`,
      `${clause}首台（套）加成`,
      `${item} bonus for first-set (首台套) technology`,
      '10%',
      cite(POLICY_ID, clause, FIRST_SET_QUOTE),
    ),
  };
}

/** 第一章 一（一）: 30% of the payment excluding tax, +5 or +10 points. */
export const ITEM1_RATES = schedule('item-01', '第一章 一（一）', '30%', ITEM1_RATE_CITATION);
/** 第一章 一（二）: 30% of the payment excluding tax, +5 or +10 points. */
export const ITEM2_RATES = schedule('item-02', '第一章 一（二）', '30%', ITEM2_RATE_CITATION);
/** 第一章 一（三）: 50% for general enterprises and institutions, +5 or +10 points for enterprises. */
export const ITEM3_RATES = schedule('item-03', '第一章 一（三）', '50%', ITEM3_RATE_CITATION);

/** 第一章 一（三）: 差额预算拨款单位, 50%, no bonus (D-31-2). */
export const ITEM3_PARTIAL_BUDGET_RATE = rate(
  'item-03.partial-budget-rate',
  '差额预算拨款单位奖励比例',
  'Rate for partially budget-funded units',
  '50%',
  ITEM3_BUDGET_CITATION,
);
/** 第一章 一（三）: 全额预算拨款单位, 100%, no bonus (D-31-2). */
export const ITEM3_FULL_BUDGET_RATE = rate(
  'item-03.full-budget-rate',
  '全额预算拨款单位奖励比例',
  'Rate for fully budget-funded units',
  '100%',
  ITEM3_BUDGET_CITATION,
);

/** 第一章 一（三）: "2017 年 3 月 31 日之前建成" — the latest completion date, inclusive (D-31-13). */
export const ITEM3_BUILT_BY = parameter<string>({
  id: `${POLICY_ID}.item-03.built-by`,
  title: { zh: '燃气锅炉建成日期（不晚于）', en: 'Boiler completed on or before' },
  unit: 'date',
  values: [{ from: FROM, value: '2017-03-31', citation: ITEM3_BOILER_CITATION }],
});

/** 第一章 一（三）: "稳定达到 30mg/m³ 以内" — the NOx limit after retrofit, inclusive. */
export const ITEM3_NOX_MAX = parameter<string>({
  id: `${POLICY_ID}.item-03.nox-max`,
  title: { zh: '改造后氮氧化物浓度上限', en: 'NOx concentration limit after retrofit' },
  unit: 'mg/m³',
  values: [{ from: FROM, value: '30', citation: ITEM3_BOILER_CITATION }],
});

/** 第二章 二（四）: tax-included payments ≥ 90% (inclusive) of the tax-included total investment. */
export const PAYMENT_SHARE_MIN = rate(
  'payment-share-min',
  '含税实际支付金额占含税项目总投资比例下限',
  'Minimum share of the tax-included total investment paid',
  '90%',
  PAYMENT_SHARE_CITATION,
);
