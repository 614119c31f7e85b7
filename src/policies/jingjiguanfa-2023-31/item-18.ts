/**
 * @module policies/jingjiguanfa-2023-31/item-18
 * 第一章 二（十八） 新能源供热项目 (new-energy heating).
 *
 * > 对获得市级补助的新能源供热项目,按照项目投资额的 10% 进行配套奖励,新能源供热技术类型包括:浅层地源热泵(不含
 * > 水源热泵),中深层水热型地热,中深层井下换热型地热,再生水源热泵,污水源热泵,城市和工业余热利用(鼓励优先应用
 * > 低碳热泵技术),绿电蓄热,绿氢供热等新能源供热系统。
 *
 * Amount = 10% of the project investment, rounded half up to the fen (D-31-12); no cap. The eight
 * listed technologies qualify; a (surface or ground) water-source heat pump is excluded by
 * "不含水源热泵"; another new-energy system is left for review, since the list ends in "等"
 * (D-31-35). A paid project: 第二章 二（四）（五） apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { applyRate, formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { parseRational } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  type ProjectFacts,
  YUAN,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM18_RATE,
  ITEM18_RATE_CITATION,
  ITEM18_TECH_CITATION,
  itemFactsSchema,
  itemMessages,
} from './parameters-energy.ts';

/** The technologies of the paragraph, the excluded water-source heat pump, and any other (by "等"). */
export const HEATING_TECHNOLOGIES = {
  shallow_ground_source_heat_pump: { zh: '浅层地源热泵', en: 'Shallow ground-source heat pump' },
  mid_deep_hydrothermal: { zh: '中深层水热型地热', en: 'Mid-deep hydrothermal geothermal' },
  mid_deep_downhole_exchange: {
    zh: '中深层井下换热型地热',
    en: 'Mid-deep downhole heat-exchange geothermal',
  },
  reclaimed_water_heat_pump: { zh: '再生水源热泵', en: 'Reclaimed-water heat pump' },
  sewage_heat_pump: { zh: '污水源热泵', en: 'Sewage-source heat pump' },
  waste_heat: { zh: '城市和工业余热利用', en: 'Urban and industrial waste heat' },
  green_power_heat_storage: { zh: '绿电蓄热', en: 'Heat storage on green electricity' },
  green_hydrogen: { zh: '绿氢供热', en: 'Green-hydrogen heating' },
  water_source_heat_pump: {
    zh: '水源热泵（地表水、地下水）',
    en: 'Water-source heat pump (surface or ground water)',
  },
  other_new_energy: { zh: '其他新能源供热系统', en: 'Another new-energy heating system' },
} as const;
export type HeatingTechnology = keyof typeof HEATING_TECHNOLOGIES;

/** Listed → true; "不含水源热泵" → false; another system under "等" → null (review). */
function technologyQualifies(t: HeatingTechnology): boolean | null {
  if (t === 'water_source_heat_pump') return false;
  if (t === 'other_new_energy') return null;
  return true;
}

export interface Item18Facts extends CommonFacts, ProjectFacts {
  readonly municipalSubsidyReceived: boolean;
  readonly technology: HeatingTechnology;
  readonly projectInvestment: string;
}

export const item18: Rule = defineRule<Item18Facts>({
  id: `${POLICY_ID}/item-18`,
  policyId: POLICY_ID,
  title: { zh: '新能源供热项目', en: 'New-energy heating' },
  citations: [ITEM18_RATE_CITATION, ITEM18_TECH_CITATION, AREA_CITATION, PAYMENT_SHARE_CITATION],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['municipalSubsidyReceived', 'technology', 'projectInvestment'],
    {
      municipalSubsidyReceived: {
        type: 'boolean',
        description: 'The project received a Beijing municipal subsidy',
        'x-description-zh': '项目已获得市级补助',
      },
      technology: {
        type: 'string',
        enum: Object.keys(HEATING_TECHNOLOGIES),
        'x-enum-labels': HEATING_TECHNOLOGIES,
        description: 'New-energy heating technology',
        'x-description-zh': '新能源供热技术类型',
      },
      projectInvestment: {
        ...YUAN,
        description: 'Project investment, yuan (as recognised for the municipal subsidy)',
        'x-description-zh': '项目投资额（元，以市级补助认定的投资额为准）',
      },
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '获得市级补助的污水源热泵供热项目，投资800万元',
        en: 'Sewage-source heat pump with a municipal subsidy, 8,000,000 yuan invested',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        municipalSubsidyReceived: true,
        technology: 'sewage_heat_pump',
        projectInvestment: '8000000',
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: itemMessages({
    'j31.item18.municipal_subsidy': {
      zh: '项目已获得市级补助（填报：{value}）',
      en: 'The project received a municipal subsidy (reported: {value})',
    },
    'j31.item18.technology': {
      zh: '供热技术属于所列新能源供热技术类型（{value}；水源热泵不含在内，所列以外的须人工认定）',
      en: 'The heating technology is one of those listed ({value}; water-source heat pumps are excluded, others need an officer)',
    },
    'j31.item18.investment_positive': {
      zh: '项目投资额为正数（{value} 元）',
      en: 'The project investment is positive ({value} yuan)',
    },
    'j31.item18.amount': {
      zh: '奖励金额 = 项目投资额 {investment} 元 × {rate}，四舍五入到分 = {result} 元',
      en: 'Award = investment {investment} yuan × {rate}, rounded half up to the fen = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-35');
    const investment = parseYuan(f.projectInvestment, 'facts.projectInvestment');
    d.check(
      'j31.item18.municipal_subsidy',
      f.municipalSubsidyReceived,
      { value: f.municipalSubsidyReceived },
      ITEM18_RATE_CITATION,
    );
    d.check(
      'j31.item18.technology',
      technologyQualifies(f.technology),
      { value: f.technology },
      ITEM18_TECH_CITATION,
    );
    d.check(
      'j31.item18.investment_positive',
      investment > 0,
      { value: f.projectInvestment },
      ITEM18_RATE_CITATION,
    );
    checkCommon(d, f, { no: 18, project: true, pollution: false }, asOf);
    const rate = valueAt(ITEM18_RATE, asOf);
    d.interpret('D-31-12');
    const amount = applyRate(investment, parseRational(rate.value), 'half_up');
    d.step('j31.item18.amount', {
      inputs: { investment: f.projectInvestment },
      parameters: { rate: rate.value, rounding: 'half_up' },
      result: formatYuan(amount),
      citation: rate.citation,
    });
    return d.decide(amount);
  },
});
