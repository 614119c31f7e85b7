/**
 * @module policies/jingjiguanfa-2023-31/item-23
 * 第一章 三（二十三） 绿色建筑项目 (green buildings), and what the green-building items 23–27 share.
 *
 * > 1. 按照《…》(京建法〔2020〕4 号)获得北京市绿色建筑市级奖励的绿色建筑二星级、三星级项目,按照实施建筑面积分别
 * > 给予 50 元/平方米、80 元/平方米的区级配套奖励,单个项目奖励金额不超过 500 万元,该类项目为免申即享项目。
 * > 2. 按照《北京市建筑绿色发展奖励资金示范项目实施细则(试行)》(京建发〔2023〕191 号)获得北京市绿色建筑市级奖励的
 * > 项目,按照所获市级奖励资金 1:1 的比例给予不超过 60 元/平方米的区级配套奖励,单个项目奖励金额不超过 500 万元,
 * > 该类项目为免申即享项目。
 *
 * Case 1: min(50 or 80 元/m² × implemented area, 500万). Case 2: min(municipal award × 1,
 * 60 元/m² × area, 500万) (D-31-43). Caps are never exceeded by rounding (D-31-40). The building
 * must lie in the 225 km² (D-31-41); 第二章's project conditions apply (D-31-42).
 */
import type { Citation } from '../../engine/citation.ts';
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import type { MessageCatalog } from '../../engine/messages.ts';
import { type Fen, formatYuan, minFen, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  cmp,
  mul,
  parseRational,
  type Rational,
  ratio,
  roundRational,
  toDecimalString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type FactsSchema, type Rule, type SchemaNode } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  areasFor,
  COMMON_FACTS,
  COMMON_MESSAGES,
  COMMON_REQUIRED,
  type CommonFacts,
  checkCommon,
  PAYMENT_SHARE_CITATION,
  PROJECT_FACTS,
  PROJECT_REQUIRED,
  type ProjectFacts,
  YUAN,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  BUILDING_BUREAU_CITATION,
  ITEM23_1_PROJECT_CAP,
  ITEM23_1_RATE_CITATION,
  ITEM23_1_SCOPE_CITATION,
  ITEM23_2_MATCH_RATIO,
  ITEM23_2_PER_M2_CAP,
  ITEM23_2_PROJECT_CAP,
  ITEM23_2_RATE_CITATION,
  ITEM23_2_SCOPE_CITATION,
  ITEM23_SCOPE_CITATION,
  ITEM23_THREE_STAR_PER_M2,
  ITEM23_TWO_STAR_PER_M2,
  PROJECT_AREA_CITATION,
} from './parameters-building.ts';

// ---- Shared by the green-building items 23–27 ----

/** Where the building or construction site of an item is (第二章 一, D-31-41). */
export interface BuildingFacts {
  readonly projectLocation: 'etdz_60' | 'yizhuang_225' | 'outside';
}

/** An area in m² as exact decimal text (`"12345.67"`), never a float. */
export const AREA: SchemaNode = { type: 'string', pattern: '^\\d+(\\.\\d+)?$', 'x-unit': 'm²' };

const PROJECT_LOCATION_FACT: SchemaNode = {
  type: 'string',
  enum: ['etdz_60', 'yizhuang_225', 'outside'],
  'x-enum-labels': {
    etdz_60: { zh: '经开区60平方公里范围内', en: 'Inside the 60 km² E-Town core' },
    yizhuang_225: {
      zh: '亦庄新城225平方公里范围内、60平方公里以外（即165平方公里范围）',
      en: 'Inside the 225 km² new town, outside the core (the 165 km²)',
    },
    outside: { zh: '亦庄新城225平方公里范围以外', en: 'Outside the 225 km² new town' },
  },
  description: 'Where the building or construction site of the project is',
  'x-description-zh': '项目建筑或工地所在区域',
};

/**
 * The facts schema of a green-building item: `own` facts, where the project is, 第二章's common
 * facts and, for project items (23–26), the payment and exclusion facts (D-31-42). No bonus facts:
 * the 高新技术产品/首台套 bonuses are not offered in 第一章 三.
 */
export function buildingFactsSchema(
  required: readonly string[],
  own: Readonly<Record<string, SchemaNode>>,
  project: boolean,
): FactsSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...required, 'projectLocation', ...COMMON_REQUIRED, ...(project ? PROJECT_REQUIRED : [])],
    properties: {
      ...own,
      projectLocation: PROJECT_LOCATION_FACT,
      ...COMMON_FACTS,
      ...(project ? PROJECT_FACTS : {}),
    },
  };
}

/** An item's messages with the wording of 第二章 and of the shared building steps. */
export function buildingMessages(own: MessageCatalog): MessageCatalog {
  return {
    ...COMMON_MESSAGES,
    'j31.building.project_location': {
      zh: '项目建筑或工地位于适用范围内（所在区域：{location}；适用：{allowed}）',
      en: 'The building or site is within the area where the item applies (location: {location}; allowed: {allowed})',
    },
    ...own,
  };
}

/** The citations every green-building rule lists besides its own. */
export const BUILDING_CITATIONS: readonly Citation[] = [
  PROJECT_AREA_CITATION,
  AREA_CITATION,
  BUILDING_BUREAU_CITATION,
];

/**
 * Where the project is (D-31-41) and 第二章's conditions: the project conditions for items 23–26,
 * the applicant's alone for item 27's site title (D-31-42). Returns true when all passed.
 */
export function checkBuildingCommon(
  d: DecisionBuilder,
  f: CommonFacts & Partial<ProjectFacts> & BuildingFacts,
  no: number,
  project: boolean,
  asOf: CalendarDate,
  locationCitation: Citation = PROJECT_AREA_CITATION,
): boolean {
  d.interpret('D-31-41');
  d.interpret('D-31-42');
  const item = { no, project, pollution: false };
  const allowed = areasFor(item);
  const located = d.check(
    'j31.building.project_location',
    allowed.includes(f.projectLocation),
    { location: f.projectLocation, allowed: allowed.join(', ') },
    locationCitation,
  );
  return checkCommon(d, f, item, asOf) && located;
}

/** `yuanPerM2` 元/m² × `area` m², exact, in fen. */
export function perSquareMetre(yuanPerM2: string, area: Rational): Rational {
  return mul(mul(parseRational(yuanPerM2), area), ratio(100));
}

/** An exact award rounded half up to the fen (D-31-12). */
export function roundAward(exactFen: Rational): Fen {
  return toFen(exactFen, 'half_up');
}

/** A "不超过" limit rounded down to the fen, so rounding never exceeds it, and never below 0 (D-31-40). */
export function roundLimit(exactFen: Rational): Fen {
  return cmp(exactFen, ZERO) <= 0 ? (0 as Fen) : toFen(exactFen, 'floor');
}

/** The smallest of an award and its limits, each already in whole fen, as one trace step (D-31-40). */
export function smallest(
  d: DecisionBuilder,
  code: string,
  parts: Readonly<Record<string, Fen>>,
  citation: Citation,
): Fen {
  d.interpret('D-31-12');
  d.interpret('D-31-40');
  const result = minFen(...Object.values(parts));
  d.step(code, {
    inputs: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, formatYuan(v)])),
    parameters: { rounding: 'award half_up, limits floor' },
    result: formatYuan(result),
    citation,
  });
  return result;
}

/** An exact area for display: its decimal text, or ≈ four decimals when it does not terminate. */
export function areaText(x: Rational): string {
  const exact = toDecimalString(x, 6);
  if (!exact.includes('/')) return exact;
  return `≈${toDecimalString(ratio(roundRational(mul(x, ratio(10_000)), 'half_up'), 10_000))}`;
}

// ---- Item 23 ----

/** The municipal green-building award the project received, by the scheme that granted it. */
export type GreenBuildingAward = 'jingjianfa_2020_4' | 'jingjianfa_2023_191' | 'none';
export type StarRating = 'none' | 'one_star' | 'two_star' | 'three_star';

const SCHEMES = {
  jingjianfa_2020_4: { zh: '京建法〔2020〕4号', en: 'Jingjianfa [2020] No. 4' },
  jingjianfa_2023_191: { zh: '京建发〔2023〕191号', en: 'Jingjianfa [2023] No. 191' },
  none: { zh: '无', en: 'none' },
} as const;
const RATINGS = {
  none: { zh: '无星级', en: 'not rated' },
  one_star: { zh: '一星级', en: 'one star' },
  two_star: { zh: '二星级', en: 'two stars' },
  three_star: { zh: '三星级', en: 'three stars' },
} as const;

export interface Item23Facts extends CommonFacts, ProjectFacts, BuildingFacts {
  readonly municipalGreenBuildingAward: GreenBuildingAward;
  readonly starRating?: StarRating;
  readonly implementedAreaM2: string;
  readonly municipalAwardYuan?: string;
}

export const item23: Rule = defineRule<Item23Facts>({
  id: `${POLICY_ID}/item-23`,
  policyId: POLICY_ID,
  title: { zh: '绿色建筑项目', en: 'Green buildings' },
  citations: [
    ITEM23_SCOPE_CITATION,
    ITEM23_1_SCOPE_CITATION,
    ITEM23_1_RATE_CITATION,
    ITEM23_2_SCOPE_CITATION,
    ITEM23_2_RATE_CITATION,
    ...BUILDING_CITATIONS,
    PAYMENT_SHARE_CITATION,
  ],
  validity: { from: FROM },
  department: 'development-construction',
  noApplication: true,
  factsSchema: buildingFactsSchema(
    ['municipalGreenBuildingAward', 'implementedAreaM2'],
    {
      municipalGreenBuildingAward: {
        type: 'string',
        enum: ['jingjianfa_2020_4', 'jingjianfa_2023_191', 'none'],
        'x-enum-labels': {
          jingjianfa_2020_4: {
            zh: '按京建法〔2020〕4号获得北京市绿色建筑市级奖励',
            en: 'Beijing green-building award under Jingjianfa [2020] No. 4',
          },
          jingjianfa_2023_191: {
            zh: '按京建发〔2023〕191号获得北京市绿色建筑市级奖励',
            en: 'Beijing green-building award under Jingjianfa [2023] No. 191',
          },
          none: { zh: '未获得北京市绿色建筑市级奖励', en: 'No Beijing green-building award' },
        },
        description: 'The Beijing municipal green-building award the project received, by scheme',
        'x-description-zh': '项目获得的北京市绿色建筑市级奖励（按依据文件）',
      },
      starRating: {
        type: 'string',
        enum: ['none', 'one_star', 'two_star', 'three_star'],
        'x-enum-labels': {
          none: { zh: '无星级', en: 'Not rated' },
          one_star: { zh: '一星级', en: 'One star' },
          two_star: { zh: '二星级', en: 'Two stars' },
          three_star: { zh: '三星级', en: 'Three stars' },
        },
        description: 'Green-building star rating (projects under Jingjianfa [2020] No. 4)',
        'x-description-zh': '绿色建筑星级（京建法〔2020〕4号项目填报）',
      },
      implementedAreaM2: {
        ...AREA,
        description: 'Implemented building area of the project, m²',
        'x-description-zh': '实施建筑面积（平方米）',
      },
      municipalAwardYuan: {
        ...YUAN,
        description: 'Municipal award received, yuan (projects under Jingjianfa [2023] No. 191)',
        'x-description-zh': '所获市级奖励资金（元，京建发〔2023〕191号项目填报）',
      },
    },
    true,
  ),
  examples: [
    {
      title: {
        zh: '京建法〔2020〕4号三星级项目，实施建筑面积20,000平方米',
        en: 'Three-star project under Jingjianfa [2020] No. 4, 20,000 m² implemented',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        municipalGreenBuildingAward: 'jingjianfa_2020_4',
        starRating: 'three_star',
        implementedAreaM2: '20000',
        projectLocation: 'etdz_60',
        ...EXAMPLE_COMMON,
      },
    },
  ],
  messages: buildingMessages({
    'j31.item23.municipal_award': {
      zh: '项目获得北京市绿色建筑市级奖励（依据：{scheme}）',
      en: 'The project received a Beijing green-building award (scheme: {schemeEn})',
    },
    'j31.item23.area_positive': {
      zh: '实施建筑面积为正数（{value} 平方米）',
      en: 'The implemented building area is positive ({value} m²)',
    },
    'j31.item23.star_rating': {
      zh: '京建法〔2020〕4号项目为绿色建筑二星级或三星级（星级：{rating}）',
      en: 'A project under Jingjianfa [2020] No. 4 is rated two or three stars (rating: {ratingEn})',
    },
    'j31.item23.municipal_amount': {
      zh: '京建发〔2023〕191号项目所获市级奖励资金为正数（{value} 元）',
      en: 'The municipal award of a project under Jingjianfa [2023] No. 191 is positive ({value} yuan)',
    },
    'j31.item23.per_m2': {
      zh: '按面积奖励 = 实施建筑面积 {area} 平方米 × {perM2} 元/平方米（{rating}），四舍五入到分 = {result} 元',
      en: 'Area award = implemented area {area} m² × {perM2} yuan/m² ({ratingEn}), rounded half up to the fen = {result} yuan',
    },
    'j31.item23.amount_2020_4': {
      zh: '奖励金额 = min(按面积奖励 {award} 元, 单个项目上限 {projectCap} 元) = {result} 元',
      en: 'Award = min(area award {award} yuan, project cap {projectCap} yuan) = {result} yuan',
    },
    'j31.item23.matching': {
      zh: '配套奖励 = 市级奖励资金 {municipal} 元 × {ratio}（1:1），四舍五入到分 = {result} 元',
      en: 'Match = municipal award {municipal} yuan × {ratio} (1:1), rounded half up to the fen = {result} yuan',
    },
    'j31.item23.per_m2_cap': {
      zh: '每平方米上限 = 实施建筑面积 {area} 平方米 × {perM2} 元/平方米，舍去不足一分 = {result} 元',
      en: 'Per-m² cap = implemented area {area} m² × {perM2} yuan/m², fractions of a fen dropped = {result} yuan',
    },
    'j31.item23.amount_2023_191': {
      zh: '奖励金额 = min(配套奖励 {matched} 元, 每平方米上限 {perM2Cap} 元, 单个项目上限 {projectCap} 元) = {result} 元',
      en: 'Award = min(match {matched} yuan, per-m² cap {perM2Cap} yuan, project cap {projectCap} yuan) = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const area = parseRational(f.implementedAreaM2, 'facts.implementedAreaM2');
    const scheme = f.municipalGreenBuildingAward;
    d.check(
      'j31.item23.municipal_award',
      scheme !== 'none',
      { scheme: SCHEMES[scheme].zh, schemeEn: SCHEMES[scheme].en },
      ITEM23_SCOPE_CITATION,
    );
    d.check(
      'j31.item23.area_positive',
      cmp(area, ZERO) > 0,
      { value: f.implementedAreaM2 },
      scheme === 'jingjianfa_2023_191' ? ITEM23_2_RATE_CITATION : ITEM23_1_RATE_CITATION,
    );
    checkBuildingCommon(d, f, 23, true, asOf);
    d.interpret('D-31-43');
    let amount: Fen | null = null;
    if (scheme === 'jingjianfa_2020_4') amount = case1(d, f, area, asOf);
    else if (scheme === 'jingjianfa_2023_191') amount = case2(d, f, area, asOf);
    return d.decide(amount);
  },
});

/** 三（二十三）1: 二星级 50 元/m², 三星级 80 元/m², at most 500万; rating unknown → no amount. */
function case1(d: DecisionBuilder, f: Item23Facts, area: Rational, asOf: CalendarDate): Fen | null {
  const rating = f.starRating ?? null;
  const rated = rating === 'two_star' || rating === 'three_star';
  const label =
    rating === null
      ? { rating: null, ratingEn: null }
      : { rating: RATINGS[rating].zh, ratingEn: RATINGS[rating].en };
  d.check('j31.item23.star_rating', rating === null ? null : rated, label, ITEM23_1_SCOPE_CITATION);
  if (!rated) return null;
  const p = valueAt(rating === 'three_star' ? ITEM23_THREE_STAR_PER_M2 : ITEM23_TWO_STAR_PER_M2, asOf);
  const award = roundAward(perSquareMetre(p.value, area));
  d.step('j31.item23.per_m2', {
    inputs: { area: f.implementedAreaM2, ...label },
    parameters: { perM2: p.value },
    result: formatYuan(award),
    citation: p.citation,
  });
  const cap = valueAt(ITEM23_1_PROJECT_CAP, asOf);
  const projectCap = parseYuan(cap.value, ITEM23_1_PROJECT_CAP.id);
  return smallest(d, 'j31.item23.amount_2020_4', { award, projectCap }, cap.citation);
}

/** 三（二十三）2: min(municipal × 1, 60 元/m² × area, 500万); municipal amount unknown → no amount. */
function case2(d: DecisionBuilder, f: Item23Facts, area: Rational, asOf: CalendarDate): Fen | null {
  const given = f.municipalAwardYuan;
  const municipal = given === undefined ? null : parseYuan(given, 'facts.municipalAwardYuan');
  d.check(
    'j31.item23.municipal_amount',
    municipal === null ? null : municipal > 0,
    { value: given ?? null },
    ITEM23_2_SCOPE_CITATION,
  );
  if (municipal === null) return null;
  const r = valueAt(ITEM23_2_MATCH_RATIO, asOf);
  const matched = roundAward(mul(ratio(municipal), parseRational(r.value)));
  d.step('j31.item23.matching', {
    inputs: { municipal: formatYuan(municipal) },
    parameters: { ratio: r.value },
    result: formatYuan(matched),
    citation: r.citation,
  });
  const perM2 = valueAt(ITEM23_2_PER_M2_CAP, asOf);
  const perM2Cap = roundLimit(perSquareMetre(perM2.value, area));
  d.step('j31.item23.per_m2_cap', {
    inputs: { area: f.implementedAreaM2 },
    parameters: { perM2: perM2.value },
    result: formatYuan(perM2Cap),
    citation: perM2.citation,
  });
  const cap = valueAt(ITEM23_2_PROJECT_CAP, asOf);
  const projectCap = parseYuan(cap.value, ITEM23_2_PROJECT_CAP.id);
  return smallest(d, 'j31.item23.amount_2023_191', { matched, perM2Cap, projectCap }, cap.citation);
}
