/**
 * @module policies/jingjiguanfa-2023-31/item-24
 * 第一章 三（二十四） 公共建筑节能绿色化改造项目 (energy-saving green retrofits of public buildings).
 *
 * > 单体建筑面积 3000 平方米及以上的公共建筑,节能改造后节能率不低于 15% 的普通公共建筑,或节能率不低于 20% 的大型
 * > 公共建筑,对获得北京市公共建筑节能绿色化改造市级奖励的项目(其中 165 平方公里范围内的项目应由经开区审核后报北京市
 * > 住房和城乡建设委员会),按照所获市级奖励资金 1 : 0.5 的比例给予不超过 10 元/平方米的区级配套奖励。对于实际节能率
 * > 大于 10% 小于 15% 的普通公共建筑或大于 15% 小于 20% 的大型公共建筑,可依据折算面积按上述标准申请奖励资金。
 * > 折算面积 = 基期建筑面积 × (实际节能率 / 目标节能率)
 * > 奖励资金在项目通过综合验收评审合格并纳入北京市公共建筑节能绿色化改造项目管理系统库后一次性拨付,且单个项目的区级
 * > 配套奖励金额与北京市奖励资金合计不超过改造投资总额的 50%,该类项目为免申即享项目。
 *
 * D-31-7: eligible area = base area at or above the target, base area × rate / target between the
 * floor (exclusive) and the target; amount = min(0.5 × municipal award, 10 元/m² × eligible area,
 * 50% × investment − municipal award), never below 0. Areas and rates are exact rationals; caps
 * rounded down, the match half up (D-31-40). Areas and investment: D-31-44; 165 km²: D-31-45.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, div, mul, parseRational, ratio, sub } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { type CommonFacts, PAYMENT_SHARE_CITATION, type ProjectFacts, YUAN } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import {
  AREA,
  areaText,
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
  ITEM24_165_CITATION,
  ITEM24_ACCEPTANCE_CITATION,
  ITEM24_BUILDING_CITATION,
  ITEM24_CONVERTED_CITATION,
  ITEM24_FLOOR_LARGE,
  ITEM24_FLOOR_ORDINARY,
  ITEM24_FORMULA_CITATION,
  ITEM24_INVESTMENT_CITATION,
  ITEM24_INVESTMENT_SHARE_MAX,
  ITEM24_MATCH_RATIO,
  ITEM24_MIN_BUILDING_AREA,
  ITEM24_MUNICIPAL_CITATION,
  ITEM24_PER_M2_CAP,
  ITEM24_RATE_CITATION,
  ITEM24_TARGET_CITATION,
  ITEM24_TARGET_LARGE,
  ITEM24_TARGET_ORDINARY,
} from './parameters-building.ts';

export interface Item24Facts extends CommonFacts, ProjectFacts, BuildingFacts {
  readonly publicBuilding: boolean;
  readonly buildingClass: 'ordinary' | 'large';
  readonly singleBuildingAreaM2: string;
  readonly baseAreaM2: string;
  readonly energySavingRatePercent: string;
  readonly municipalRetrofitAwardReceived: boolean;
  readonly municipalAwardYuan: string;
  readonly comprehensiveAcceptancePassed: boolean;
  readonly inMunicipalProjectLibrary: boolean;
  readonly reviewedByEtownBeforeSubmission?: boolean;
}

const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

export const item24: Rule = defineRule<Item24Facts>({
  id: `${POLICY_ID}/item-24`,
  policyId: POLICY_ID,
  title: { zh: '公共建筑节能绿色化改造项目', en: 'Energy-saving green retrofits of public buildings' },
  citations: [
    ITEM24_BUILDING_CITATION,
    ITEM24_TARGET_CITATION,
    ITEM24_MUNICIPAL_CITATION,
    ITEM24_165_CITATION,
    ITEM24_RATE_CITATION,
    ITEM24_CONVERTED_CITATION,
    ITEM24_FORMULA_CITATION,
    ITEM24_ACCEPTANCE_CITATION,
    ITEM24_INVESTMENT_CITATION,
    ...BUILDING_CITATIONS,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'development-construction',
  noApplication: true,
  factsSchema: buildingFactsSchema(
    [
      'publicBuilding',
      'buildingClass',
      'singleBuildingAreaM2',
      'baseAreaM2',
      'energySavingRatePercent',
      'municipalRetrofitAwardReceived',
      'municipalAwardYuan',
      'comprehensiveAcceptancePassed',
      'inMunicipalProjectLibrary',
    ],
    {
      publicBuilding: bool('The retrofitted building is a public building', '改造建筑为公共建筑'),
      buildingClass: {
        type: 'string',
        enum: ['ordinary', 'large'],
        'x-enum-labels': {
          ordinary: { zh: '普通公共建筑', en: 'Ordinary public building' },
          large: { zh: '大型公共建筑', en: 'Large public building' },
        },
        description: 'Ordinary or large public building (as the municipal retrofit scheme classes it)',
        'x-description-zh': '普通公共建筑或大型公共建筑（按北京市公共建筑节能绿色化改造的认定）',
      },
      singleBuildingAreaM2: {
        ...AREA,
        description: 'Single-building area, m² (for several buildings, the smallest)',
        'x-description-zh': '单体建筑面积（平方米；项目含多栋建筑的，填最小的单体建筑面积）',
      },
      baseAreaM2: {
        ...AREA,
        description: 'Building area in the base period, m²',
        'x-description-zh': '基期建筑面积（平方米）',
      },
      energySavingRatePercent: {
        type: 'string',
        pattern: '^\\d+(\\.\\d+)?$',
        'x-unit': '%',
        description: 'Actual energy-saving rate after the retrofit, in percent (e.g. "12.5")',
        'x-description-zh': '节能改造后实际节能率（百分数，如 "12.5" 表示 12.5%）',
      },
      municipalRetrofitAwardReceived: bool(
        "Received Beijing's municipal award for energy-saving green retrofits of public buildings",
        '获得北京市公共建筑节能绿色化改造市级奖励',
      ),
      municipalAwardYuan: {
        ...YUAN,
        description: 'Municipal award received, yuan',
        'x-description-zh': '所获市级奖励资金（元）',
      },
      comprehensiveAcceptancePassed: bool(
        'The project passed the comprehensive acceptance review',
        '项目通过综合验收评审合格',
      ),
      inMunicipalProjectLibrary: bool(
        "The project is in Beijing's management-system library of public-building retrofits",
        '已纳入北京市公共建筑节能绿色化改造项目管理系统库',
      ),
      reviewedByEtownBeforeSubmission: bool(
        'Reviewed by E-Town before submission to the Beijing housing commission (projects in the 165 km²)',
        '经开区审核后报北京市住房和城乡建设委员会（165平方公里范围内项目填报）',
      ),
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '普通公共建筑改造，节能率12%，基期面积20,000平方米，市级奖励40万元',
        en: 'Ordinary public building, 12% saving, 20,000 m² base area, 400,000 yuan municipal award',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        publicBuilding: true,
        buildingClass: 'ordinary',
        singleBuildingAreaM2: '20000',
        baseAreaM2: '20000',
        energySavingRatePercent: '12',
        municipalRetrofitAwardReceived: true,
        municipalAwardYuan: '400000',
        comprehensiveAcceptancePassed: true,
        inMunicipalProjectLibrary: true,
        projectLocation: 'etdz_60',
        ...EXAMPLE_COMMON,
        paidIncludingTax: '3000000',
        totalInvestmentIncludingTax: '3000000',
      },
    },
  ],
  messages: buildingMessages({
    'j31.item24.public_building': {
      zh: '改造建筑为公共建筑（填报：{value}）',
      en: 'The building is a public building (reported: {value})',
    },
    'j31.item24.building_area': {
      zh: '单体建筑面积 {value} 平方米在 {min} 平方米及以上',
      en: 'The single-building area, {value} m², is at least {min} m²',
    },
    'j31.item24.municipal_award': {
      zh: '获得北京市公共建筑节能绿色化改造市级奖励（填报：{value}），金额 {amount} 元',
      en: "Received Beijing's public-building retrofit award (reported: {value}), {amount} yuan",
    },
    'j31.item24.acceptance': {
      zh: '项目通过综合验收评审合格（填报：{value}）',
      en: 'The project passed the comprehensive acceptance review (reported: {value})',
    },
    'j31.item24.project_library': {
      zh: '项目已纳入北京市公共建筑节能绿色化改造项目管理系统库（填报：{value}）',
      en: "The project is in Beijing's retrofit project library (reported: {value})",
    },
    'j31.item24.etown_review': {
      zh: '165平方公里范围内的项目经经开区审核后报北京市住房和城乡建设委员会（填报：{value}）',
      en: 'A project in the 165 km² was reviewed by E-Town before going to the Beijing housing commission (reported: {value})',
    },
    'j31.item24.saving_rate': {
      zh: '{buildingClass}实际节能率 {value}% 不低于目标节能率 {target}，或大于 {floor}（按折算面积）',
      en: 'The {buildingClassEn} building saves {value}%: at least the target {target}, or above {floor} (converted area)',
    },
    'j31.item24.eligible_area': {
      zh: '计奖面积 = 基期建筑面积 {baseArea} 平方米 × min(1, 实际节能率 {rate}% / 目标节能率 {target}) = {result} 平方米',
      en: 'Area counted = base area {baseArea} m² × min(1, actual rate {rate}% / target {target}) = {result} m²',
    },
    'j31.item24.matching': {
      zh: '配套奖励 = 市级奖励资金 {municipal} 元 × {ratio}（1 : 0.5），四舍五入到分 = {result} 元',
      en: 'Match = municipal award {municipal} yuan × {ratio} (1 : 0.5), rounded half up to the fen = {result} yuan',
    },
    'j31.item24.per_m2_cap': {
      zh: '每平方米上限 = 计奖面积 {area} 平方米 × {perM2} 元/平方米，舍去不足一分 = {result} 元',
      en: 'Per-m² cap = area counted {area} m² × {perM2} yuan/m², fractions of a fen dropped = {result} yuan',
    },
    'j31.item24.investment_room': {
      zh: '投资比例上限 = 改造投资总额 {investment} 元 × {share} − 市级奖励资金 {municipal} 元（不低于0，舍去不足一分）= {result} 元',
      en: 'Investment limit = retrofit investment {investment} yuan × {share} − municipal award {municipal} yuan (not below 0, fractions of a fen dropped) = {result} yuan',
    },
    'j31.item24.amount': {
      zh: '奖励金额 = min(配套奖励 {matched} 元, 每平方米上限 {perM2Cap} 元, 投资比例上限 {investmentRoom} 元) = {result} 元',
      en: 'Award = min(match {matched} yuan, per-m² cap {perM2Cap} yuan, investment limit {investmentRoom} yuan) = {result} yuan',
    },
    'j31.item24.award_positive': {
      zh: '区级配套与市级奖励合计不超过改造投资总额的 50% 时仍有可奖励金额（{amount} 元）',
      en: 'Something is left to award with district and municipal within 50% of the investment ({amount} yuan)',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-7');
    d.interpret('D-31-44');
    const single = parseRational(f.singleBuildingAreaM2, 'facts.singleBuildingAreaM2');
    const base = parseRational(f.baseAreaM2, 'facts.baseAreaM2');
    const rate = parseRational(`${f.energySavingRatePercent}%`, 'facts.energySavingRatePercent');
    const municipal = parseYuan(f.municipalAwardYuan, 'facts.municipalAwardYuan');
    const investment = parseYuan(f.totalInvestmentIncludingTax, 'facts.totalInvestmentIncludingTax');

    d.check(
      'j31.item24.public_building',
      f.publicBuilding,
      { value: f.publicBuilding },
      ITEM24_BUILDING_CITATION,
    );
    const minArea = valueAt(ITEM24_MIN_BUILDING_AREA, asOf);
    // "3000 平方米及以上": inclusive.
    d.check(
      'j31.item24.building_area',
      cmp(single, parseRational(minArea.value)) >= 0,
      { value: f.singleBuildingAreaM2, min: minArea.value },
      minArea.citation,
    );
    d.check(
      'j31.item24.municipal_award',
      f.municipalRetrofitAwardReceived && municipal > 0,
      { value: f.municipalRetrofitAwardReceived, amount: f.municipalAwardYuan },
      ITEM24_MUNICIPAL_CITATION,
    );
    const accepted = f.comprehensiveAcceptancePassed;
    d.check('j31.item24.acceptance', accepted, { value: accepted }, ITEM24_ACCEPTANCE_CITATION);
    const listed = f.inMunicipalProjectLibrary;
    d.check('j31.item24.project_library', listed, { value: listed }, ITEM24_ACCEPTANCE_CITATION);
    // The 165 km² are the new town outside the 60 km² core: such projects go through E-Town (D-31-45).
    if (f.projectLocation === 'yizhuang_225') {
      d.interpret('D-31-45');
      const v = f.reviewedByEtownBeforeSubmission ?? null;
      d.check('j31.item24.etown_review', v, { value: v }, ITEM24_165_CITATION);
    }

    // "不低于" the target is inclusive; "大于 … 小于 …" excludes both ends (D-31-7).
    const large = f.buildingClass === 'large';
    const target = valueAt(large ? ITEM24_TARGET_LARGE : ITEM24_TARGET_ORDINARY, asOf);
    const floor = valueAt(large ? ITEM24_FLOOR_LARGE : ITEM24_FLOOR_ORDINARY, asOf);
    const targetRate = parseRational(target.value);
    const meets = cmp(rate, targetRate) >= 0;
    const converted = !meets && cmp(rate, parseRational(floor.value)) > 0;
    d.check(
      'j31.item24.saving_rate',
      meets || converted,
      {
        value: f.energySavingRatePercent,
        buildingClass: large ? '大型公共建筑' : '普通公共建筑',
        buildingClassEn: large ? 'large public' : 'ordinary public',
        target: target.value,
        floor: floor.value,
      },
      meets ? target.citation : floor.citation,
    );
    checkBuildingCommon(d, f, 24, true, asOf);
    if (!meets && !converted) return d.decide(null);

    // 折算面积 = 基期建筑面积 × (实际节能率 / 目标节能率), exact.
    const area = meets ? base : mul(base, div(rate, targetRate));
    d.step('j31.item24.eligible_area', {
      inputs: { baseArea: f.baseAreaM2, rate: f.energySavingRatePercent },
      parameters: { target: target.value },
      result: areaText(area),
      citation: meets ? target.citation : ITEM24_FORMULA_CITATION,
    });
    const r = valueAt(ITEM24_MATCH_RATIO, asOf);
    const matched = roundAward(mul(ratio(municipal), parseRational(r.value)));
    d.step('j31.item24.matching', {
      inputs: { municipal: formatYuan(municipal) },
      parameters: { ratio: r.value },
      result: formatYuan(matched),
      citation: r.citation,
    });
    const perM2 = valueAt(ITEM24_PER_M2_CAP, asOf);
    const perM2Cap = roundLimit(perSquareMetre(perM2.value, area));
    d.step('j31.item24.per_m2_cap', {
      inputs: { area: areaText(area) },
      parameters: { perM2: perM2.value },
      result: formatYuan(perM2Cap),
      citation: perM2.citation,
    });
    // District + municipal ≤ 50% × investment: the room left after the municipal award, ≥ 0.
    const share = valueAt(ITEM24_INVESTMENT_SHARE_MAX, asOf);
    const room = sub(mul(ratio(investment), parseRational(share.value)), ratio(municipal));
    const investmentRoom = roundLimit(room);
    d.step('j31.item24.investment_room', {
      inputs: { investment: formatYuan(investment), municipal: formatYuan(municipal) },
      parameters: { share: share.value },
      result: formatYuan(investmentRoom),
      citation: share.citation,
    });
    const amount = smallest(
      d,
      'j31.item24.amount',
      { matched, perM2Cap, investmentRoom },
      ITEM24_RATE_CITATION,
    );
    d.check(
      'j31.item24.award_positive',
      amount > 0,
      { amount: formatYuan(amount) },
      ITEM24_INVESTMENT_CITATION,
    );
    return d.decide(amount);
  },
});
