/**
 * @module policies/jingjiguanfa-2023-31/item-05
 * 第一章 一（五） 餐饮废气高效治理设施整体更新类项目 (replacing catering exhaust treatment).
 *
 * > 鼓励于 2019 年 1 月 1 日之前建成的餐饮服务型单位或个体工商户实施的整体更换复合式高效油烟净化设施的项目,原则上
 * > 按排风机、油烟净化设备铭牌标识的排风量进行核定,取两者之间最小值,每 1m³/h 风量奖励 2 元。
 *
 * A catering unit or catering individual business completed before 2019-01-01 (exclusive, D-31-21)
 * replaces its fume purifiers as a whole with composite high-efficiency ones. Amount =
 * Σ over exhaust systems of min(fan nameplate, purifier nameplate) m³/h × 2 元 (D-31-22), exact,
 * rounded half up to the fen once (D-31-12). The paragraph has no bonus sentence and no cap, so
 * neither is coded; 第二章's conditions apply, the project ones included (D-31-10).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import {
  add,
  cmp,
  min,
  mul,
  parseRational,
  type Rational,
  ratio,
  toDecimalString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type FactsSchema, type Rule } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  COMMON_FACTS,
  COMMON_MESSAGES,
  COMMON_REQUIRED,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  PROJECT_FACTS,
  PROJECT_REQUIRED,
  type ProjectFacts,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM5_AMOUNT_CITATION,
  ITEM5_BUILT_BEFORE,
  ITEM5_SCOPE_CITATION,
  ITEM5_YUAN_PER_M3H,
} from './parameters-pollution.ts';

/** Who applies: a catering unit, a catering individual business, or someone else (not covered). */
export const ITEM5_APPLICANTS = ['catering_unit', 'catering_individual_business', 'other'] as const;

/** One exhaust system: its fan and its fume purifier, with the air volumes on their nameplates. */
export interface ExhaustSystem {
  readonly fanAirflowM3h: string;
  readonly purifierAirflowM3h: string;
}

export interface Item5Facts extends CommonFacts, ProjectFacts {
  readonly applicant: (typeof ITEM5_APPLICANTS)[number];
  readonly unitCompletedOn: string;
  readonly wholeReplacement: boolean;
  readonly compositeHighEfficiencyPurifier: boolean;
  readonly exhaustSystems: readonly ExhaustSystem[];
}

const AIRFLOW = { type: 'string', pattern: '^\\d+(\\.\\d+)?$', 'x-unit': 'm³/h' };
const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

const OWN = {
  applicant: {
    type: 'string',
    enum: [...ITEM5_APPLICANTS],
    'x-enum-labels': {
      catering_unit: { zh: '餐饮服务型单位', en: 'Catering unit' },
      catering_individual_business: { zh: '餐饮个体工商户', en: 'Catering individual business' },
      other: { zh: '其他（不予支持）', en: 'Other (not supported)' },
    },
    description: 'Who applies',
    'x-description-zh': '申报主体类别',
  },
  unitCompletedOn: {
    type: 'string',
    format: 'date',
    description: 'Date the catering unit or business was completed (built)',
    'x-description-zh': '餐饮服务型单位或个体工商户建成日期',
  },
  wholeReplacement: bool('The fume purification equipment was replaced as a whole', '整体更换油烟净化设施'),
  compositeHighEfficiencyPurifier: bool(
    'The new equipment is a composite high-efficiency fume purifier',
    '更换后的设施为复合式高效油烟净化设施',
  ),
  exhaustSystems: {
    type: 'array',
    minItems: 1,
    description: 'Each exhaust system replaced: the nameplate air volumes of its fan and its purifier',
    'x-description-zh': '每套排风系统：排风机、油烟净化设备铭牌标识的排风量',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['fanAirflowM3h', 'purifierAirflowM3h'],
      properties: {
        fanAirflowM3h: {
          ...AIRFLOW,
          description: "Air volume on the exhaust fan's nameplate, m³/h",
          'x-description-zh': '排风机铭牌标识的排风量（m³/h）',
        },
        purifierAirflowM3h: {
          ...AIRFLOW,
          description: "Air volume on the fume purifier's nameplate, m³/h",
          'x-description-zh': '油烟净化设备铭牌标识的排风量（m³/h）',
        },
      },
    },
  },
};

/** Own facts and 第二章's (project conditions included); no bonus facts: the paragraph has none. */
const FACTS_SCHEMA: FactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(OWN), ...COMMON_REQUIRED, ...PROJECT_REQUIRED],
  properties: { ...OWN, ...COMMON_FACTS, ...PROJECT_FACTS },
};

export const item05: Rule = defineRule<Item5Facts>({
  id: `${POLICY_ID}/item-05`,
  policyId: POLICY_ID,
  title: { zh: '餐饮废气高效治理设施整体更新类项目', en: 'Replacing catering exhaust treatment equipment' },
  citations: [ITEM5_SCOPE_CITATION, ITEM5_AMOUNT_CITATION, AREA_CITATION, PAYMENT_SHARE_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: FACTS_SCHEMA,
  examples: [
    {
      title: {
        zh: '2015年开业的餐厅整体更换复合式净化设施，风机8000、净化器7500 m³/h',
        en: 'A restaurant opened in 2015 replaces its purifier: fan 8,000, purifier 7,500 m³/h',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        applicant: 'catering_unit',
        unitCompletedOn: '2015-05-01',
        wholeReplacement: true,
        compositeHighEfficiencyPurifier: true,
        exhaustSystems: [{ fanAirflowM3h: '8000', purifierAirflowM3h: '7500' }],
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: {
    ...COMMON_MESSAGES,
    'j31.item5.applicant': {
      zh: '申报主体为餐饮服务型单位或（餐饮）个体工商户（类别：{value}）',
      en: 'The applicant is a catering unit or a catering individual business ({value})',
    },
    'j31.item5.built_before': {
      zh: '于 {limit} 之前建成（建成日期：{value}）',
      en: 'Completed before {limit} (completed: {value})',
    },
    'j31.item5.whole_replacement': {
      zh: '整体更换油烟净化设施（填报：{value}）',
      en: 'The fume purification equipment was replaced as a whole (reported: {value})',
    },
    'j31.item5.composite_purifier': {
      zh: '更换为复合式高效油烟净化设施（填报：{value}）',
      en: 'Replaced with composite high-efficiency fume purifiers (reported: {value})',
    },
    'j31.item5.airflow_positive': {
      zh: '第 {index} 套排风系统的铭牌排风量为正数（排风机 {fan} m³/h，净化设备 {purifier} m³/h）',
      en: 'Exhaust system {index}: nameplate air volumes are positive (fan {fan} m³/h, purifier {purifier} m³/h)',
    },
    'j31.item5.system_airflow': {
      zh: '第 {index} 套排风系统核定风量 = min(排风机 {fan}，净化设备 {purifier}) = {result} m³/h',
      en: 'Exhaust system {index}: assessed air volume = min(fan {fan}, purifier {purifier}) = {result} m³/h',
    },
    'j31.item5.amount': {
      zh: '奖励金额 = 核定风量合计 {airflow} m³/h × {perM3h} 元，四舍五入到分 = {result} 元',
      en: 'Award = assessed air volume {airflow} m³/h × {perM3h} yuan, rounded half up to the fen = {result} yuan',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const completed = parseCalendarDate(f.unitCompletedOn, 'facts.unitCompletedOn');
    const before = valueAt(ITEM5_BUILT_BEFORE, asOf);
    d.interpret('D-31-21');
    d.check('j31.item5.applicant', f.applicant !== 'other', { value: f.applicant }, ITEM5_SCOPE_CITATION);
    // "于 2019 年 1 月 1 日之前建成": 2018-12-31 at the latest (D-31-21).
    d.check(
      'j31.item5.built_before',
      completed < before.value,
      { value: completed, limit: before.value },
      before.citation,
    );
    d.check(
      'j31.item5.whole_replacement',
      f.wholeReplacement,
      { value: f.wholeReplacement },
      ITEM5_SCOPE_CITATION,
    );
    d.check(
      'j31.item5.composite_purifier',
      f.compositeHighEfficiencyPurifier,
      { value: f.compositeHighEfficiencyPurifier },
      ITEM5_SCOPE_CITATION,
    );
    // Per exhaust system: the smaller of the two nameplate volumes, then summed (D-31-22).
    d.interpret('D-31-22');
    let airflow: Rational = ZERO;
    f.exhaustSystems.forEach((s, i) => {
      const fan = parseRational(s.fanAirflowM3h, `facts.exhaustSystems.${i}.fanAirflowM3h`);
      const purifier = parseRational(s.purifierAirflowM3h, `facts.exhaustSystems.${i}.purifierAirflowM3h`);
      const params = { index: i + 1, fan: s.fanAirflowM3h, purifier: s.purifierAirflowM3h };
      d.check(
        'j31.item5.airflow_positive',
        cmp(fan, ZERO) > 0 && cmp(purifier, ZERO) > 0,
        params,
        ITEM5_AMOUNT_CITATION,
      );
      const assessed = min(fan, purifier);
      d.step('j31.item5.system_airflow', {
        inputs: params,
        result: toDecimalString(assessed),
        citation: ITEM5_AMOUNT_CITATION,
      });
      airflow = add(airflow, assessed);
    });
    checkCommon(d, f, { no: 5, project: true, pollution: true }, asOf);
    const per = valueAt(ITEM5_YUAN_PER_M3H, asOf);
    d.interpret('D-31-12');
    const amount = toFen(mul(airflow, ratio(parseYuan(per.value, ITEM5_YUAN_PER_M3H.id))), 'half_up');
    d.step('j31.item5.amount', {
      inputs: { airflow: toDecimalString(airflow) },
      parameters: { perM3h: per.value, rounding: 'half_up' },
      result: formatYuan(amount),
      citation: per.citation,
    });
    return d.decide(amount);
  },
});
