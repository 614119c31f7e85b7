/**
 * @module policies/jingjiguanfa-2023-31/item-25
 * 第一章 三（二十五） 超低能耗建筑、近零能耗建筑等示范类项目 (ultra-low and near-zero energy buildings).
 *
 * > 为了通过示范项目发挥引领作用,推动亦庄新城内超低能耗建筑、近零能耗建筑的规模化发展,对获得北京市超低能耗建筑
 * > 市级奖励项目,按照所获市级奖励资金 1 : 0.5 的比例给予不超过 100 元/平方米的区级配套奖励,单个项目奖励金额不
 * > 超过 500 万元,该类项目为免申即享项目。
 *
 * Amount = min(0.5 × municipal award, 100 元/m² × building area, 500万): the match rounded half
 * up, the caps down (D-31-40). What qualifies and which area: D-31-46.
 */
import { cite } from '../../engine/citation.ts';
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, mul, parseRational, ratio, ZERO } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type CommonFacts, PAYMENT_SHARE_CITATION, type ProjectFacts, YUAN } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import {
  AREA,
  BUILDING_CITATIONS,
  type BuildingFacts,
  buildingFactsSchema,
  buildingMessages,
  checkBuildingCommon,
  perSquareMetre,
  roundAward,
  roundLimit,
  smallest,
} from './item-23.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM25_MATCH_RATIO,
  ITEM25_MUNICIPAL_CITATION,
  ITEM25_PER_M2_CAP,
  ITEM25_PROJECT_CAP,
  ITEM25_RATE_CITATION,
} from './parameters-building.ts';

export const ITEM25_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 三（二十五）',
  '推动亦庄新城内超低能耗建筑、近零能耗建筑的规模化发展',
);

export interface Item25Facts extends CommonFacts, ProjectFacts, BuildingFacts {
  readonly municipalUltraLowEnergyAwardReceived: boolean;
  readonly municipalAwardYuan: string;
  readonly buildingAreaM2: string;
}

export const item25: Rule = defineRule<Item25Facts>({
  id: `${POLICY_ID}/item-25`,
  policyId: POLICY_ID,
  title: {
    zh: '超低能耗建筑、近零能耗建筑等示范类项目',
    en: 'Ultra-low and near-zero energy building demonstrations',
  },
  citations: [
    ITEM25_SCOPE_CITATION,
    ITEM25_MUNICIPAL_CITATION,
    ITEM25_RATE_CITATION,
    ...BUILDING_CITATIONS,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'development-construction',
  noApplication: true,
  factsSchema: buildingFactsSchema(
    ['municipalUltraLowEnergyAwardReceived', 'municipalAwardYuan', 'buildingAreaM2'],
    {
      municipalUltraLowEnergyAwardReceived: {
        type: 'boolean',
        description: "Received Beijing's municipal award for ultra-low-energy buildings",
        'x-description-zh': '获得北京市超低能耗建筑市级奖励',
      },
      municipalAwardYuan: {
        ...YUAN,
        description: 'Municipal award received, yuan',
        'x-description-zh': '所获市级奖励资金（元）',
      },
      buildingAreaM2: {
        ...AREA,
        description: 'Building area of the demonstration project the municipal award was given for, m²',
        'x-description-zh': '获得市级奖励的示范项目建筑面积（平方米）',
      },
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '超低能耗建筑，建筑面积30,000平方米，市级奖励600万元',
        en: 'Ultra-low-energy building, 30,000 m², 6,000,000 yuan municipal award',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        municipalUltraLowEnergyAwardReceived: true,
        municipalAwardYuan: '6000000',
        buildingAreaM2: '30000',
        projectLocation: 'yizhuang_225',
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: buildingMessages({
    'j31.item25.municipal_award': {
      zh: '获得北京市超低能耗建筑市级奖励（填报：{value}），金额 {amount} 元',
      en: "Received Beijing's ultra-low-energy building award (reported: {value}), {amount} yuan",
    },
    'j31.item25.area_positive': {
      zh: '示范项目建筑面积为正数（{value} 平方米）',
      en: 'The building area is positive ({value} m²)',
    },
    'j31.item25.matching': {
      zh: '配套奖励 = 市级奖励资金 {municipal} 元 × {ratio}（1 : 0.5），四舍五入到分 = {result} 元',
      en: 'Match = municipal award {municipal} yuan × {ratio} (1 : 0.5), rounded half up to the fen = {result} yuan',
    },
    'j31.item25.per_m2_cap': {
      zh: '每平方米上限 = 建筑面积 {area} 平方米 × {perM2} 元/平方米，舍去不足一分 = {result} 元',
      en: 'Per-m² cap = building area {area} m² × {perM2} yuan/m², fractions of a fen dropped = {result} yuan',
    },
    'j31.item25.amount': {
      zh: '奖励金额 = min(配套奖励 {matched} 元, 每平方米上限 {perM2Cap} 元, 单个项目上限 {projectCap} 元) = {result} 元',
      en: 'Award = min(match {matched} yuan, per-m² cap {perM2Cap} yuan, project cap {projectCap} yuan) = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-46');
    const area = parseRational(f.buildingAreaM2, 'facts.buildingAreaM2');
    const municipal = parseYuan(f.municipalAwardYuan, 'facts.municipalAwardYuan');
    d.check(
      'j31.item25.municipal_award',
      f.municipalUltraLowEnergyAwardReceived && municipal > 0,
      { value: f.municipalUltraLowEnergyAwardReceived, amount: f.municipalAwardYuan },
      ITEM25_MUNICIPAL_CITATION,
    );
    d.check(
      'j31.item25.area_positive',
      cmp(area, ZERO) > 0,
      { value: f.buildingAreaM2 },
      ITEM25_RATE_CITATION,
    );
    // "推动亦庄新城内…": the building is in the new town, as 第二章 一 requires (D-31-41).
    checkBuildingCommon(d, f, 25, true, asOf, ITEM25_SCOPE_CITATION);

    const r = valueAt(ITEM25_MATCH_RATIO, asOf);
    const matched = roundAward(mul(ratio(municipal), parseRational(r.value)));
    d.step('j31.item25.matching', {
      inputs: { municipal: formatYuan(municipal) },
      parameters: { ratio: r.value },
      result: formatYuan(matched),
      citation: r.citation,
    });
    const perM2 = valueAt(ITEM25_PER_M2_CAP, asOf);
    const perM2Cap = roundLimit(perSquareMetre(perM2.value, area));
    d.step('j31.item25.per_m2_cap', {
      inputs: { area: f.buildingAreaM2 },
      parameters: { perM2: perM2.value },
      result: formatYuan(perM2Cap),
      citation: perM2.citation,
    });
    const cap = valueAt(ITEM25_PROJECT_CAP, asOf);
    const projectCap = parseYuan(cap.value, ITEM25_PROJECT_CAP.id);
    return d.decide(smallest(d, 'j31.item25.amount', { matched, perM2Cap, projectCap }, cap.citation));
  },
});
