/**
 * @module policies/jingjiguanfa-2023-31/parameters-energy
 * The numbers of 第一章 一（十三）–（十五） and 二（十六）–（二十二） that items 13–22 read, each dated
 * and cited (from signing, 2023-11-24, no end), and the facts-schema helper those items share.
 *
 * Amounts are yuan as exact decimal text (read with `parseYuan`), rates exact percentages (read
 * with `parseRational`), quantities (kW, kWh, tce) exact decimal text.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import type { MessageCatalog } from '../../engine/messages.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import type { FactsSchema, SchemaNode } from '../../engine/rule.ts';
import { COMMON_FACTS, COMMON_MESSAGES, COMMON_REQUIRED, PROJECT_FACTS, PROJECT_REQUIRED } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { FROM, POLICY_ID } from './parameters.ts';

/** One value from {@link FROM} with no end. */
function param(
  id: string,
  zh: string,
  en: string,
  unit: string,
  value: string,
  c: Citation,
): Parameter<string> {
  return parameter<string>({
    id: `${POLICY_ID}.${id}`,
    title: { zh, en },
    unit,
    values: [{ from: FROM, value, citation: c }],
  });
}

// ——— 第一章 一（十三） own commercial vehicles replaced by new-energy ones ———

export const ITEM13_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十三）',
  '经开区现有企业，将名下现有的京籍燃油燃气货车、大中型客车和专项作业车等商用车淘汰转出北京市或报废，并更新为相应的纯电动车或氢能源等新能源货车、大中型客车和专项作业车的，给予资金奖励。',
);
export const ITEM13_COUNT_CITATION = cite(
  POLICY_ID,
  '第一章 一（十三）',
  '置换新能源车的企业，按照淘汰或转出的燃油燃气车数量和置换的新能源车数量，两者取小值确定奖励车辆规模。',
);
const HIGH_TECH_13 = '购买并使用被管委会相关部门认定为高新技术产品的，在原奖励标准基础上增加 5%；';

/** The vehicle categories of 一（十三）1–3. */
export type VehicleCategory = 'truck' | 'bus' | 'special';

/** The rate, the high-tech bonus (percentage points, D-31-1) and the per-vehicle caps of one category. */
export interface VehicleSchedule {
  readonly rate: Parameter<string>;
  readonly highTechBonus: Parameter<string>;
  readonly capElectric: Parameter<string>;
  readonly capHydrogen: Parameter<string>;
}

function vehicles(
  category: VehicleCategory,
  no: number,
  zh: string,
  rateQuote: string,
  rate: string,
  capQuote: string,
  capElectric: string,
  capHydrogen: string,
): VehicleSchedule {
  const clause = `第一章 一（十三）${no}`;
  const capCitation = cite(POLICY_ID, clause, capQuote);
  const id = `item-13.${category}`;
  return {
    rate: param(
      `${id}.rate`,
      `${zh}奖励比例`,
      `${category}: rate`,
      '%',
      rate,
      cite(POLICY_ID, clause, rateQuote),
    ),
    highTechBonus: param(
      `${id}.high-tech-bonus`,
      `${zh}高新技术产品加成`,
      `${category}: bonus for a recognised high-tech product`,
      '%',
      '5%',
      cite(POLICY_ID, clause, HIGH_TECH_13),
    ),
    capElectric: param(
      `${id}.cap-electric`,
      `${zh}单车上限（电动）`,
      `${category}: cap, electric`,
      '元',
      capElectric,
      capCitation,
    ),
    capHydrogen: param(
      `${id}.cap-hydrogen`,
      `${zh}单车上限（氢能源）`,
      `${category}: cap, hydrogen`,
      '元',
      capHydrogen,
      capCitation,
    ),
  };
}

/** 一（十三）1–3: trucks 30% ≤ 20万; buses 30% ≤ 35万/40万; special vehicles 50% ≤ 95万/140万. */
export const ITEM13_SCHEDULES: Readonly<Record<VehicleCategory, VehicleSchedule>> = {
  truck: vehicles(
    'truck',
    1,
    '货车',
    '燃油燃气货车置换为新能源货车的，按照新能源车辆终端售价的 30% 给予奖励；',
    '30%',
    '每辆车最高不超过 20 万元。',
    '200000',
    '200000',
  ),
  bus: vehicles(
    'bus',
    2,
    '大中型客车',
    '燃油燃气大中型客车置换为新能源大中型客车的，按照新能源车辆终端售价的 30% 给予奖励；',
    '30%',
    '其中置换为电动车的最高不超过 35 万元，置换为氢能源车的最高不超过 40 万元。',
    '350000',
    '400000',
  ),
  special: vehicles(
    'special',
    3,
    '专项作业车',
    '燃油燃气专项作业车置换为新能源专项作业车的，按照新能源车辆终端售价的 50% 给予奖励；',
    '50%',
    '置换为电动车的最高不超过 95 万元,置换为氢能源车的最高不超过 140 万元。',
    '950000',
    '1400000',
  ),
};

// ——— 第一章 一（十四） leased buses re-leased as new-energy vehicles ———

export const ITEM14_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十四）',
  '经开区现有企业,将现有长期租赁(一年及以上)的京籍燃油燃气大中型客车改租为纯电动或氢能源等新能源车辆的,且承诺今后不再租赁燃油燃气大中型客车的给予资金奖励。',
);
export const ITEM14_AMOUNT_CITATION = cite(
  POLICY_ID,
  '第一章 一（十四）',
  '根据置换改租的新能源车数量确定奖励车辆规模,每辆车的具体奖励标准为一次性奖励 6 万元。',
);
export const ITEM14_PER_VEHICLE = param(
  'item-14.per-vehicle',
  '每辆车奖励',
  'Award per vehicle',
  '元',
  '60000',
  ITEM14_AMOUNT_CITATION,
);
/** "长期租赁(一年及以上)": a lease term of at least 12 months, inclusive. */
export const ITEM14_MIN_LEASE_MONTHS = param(
  'item-14.min-lease-months',
  '长期租赁期限下限',
  'Minimum lease term',
  '月',
  '12',
  ITEM14_SCOPE_CITATION,
);

// ——— 第一章 一（十五） green manufacturing titles ———

export const ITEM15_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十五）',
  '对获得国家工业和信息化部评选出的“绿色工厂”“绿色设计产品”“绿色供应链管理示范企业”等国家级绿色制造体系称号的项目给予奖励。',
);
export const ITEM15_ENTERPRISE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十五）',
  '其中,“绿色工厂”“绿色供应链”以企业为单位奖励 100 万元;',
);
export const ITEM15_PRODUCT_CITATION = cite(
  POLICY_ID,
  '第一章 一（十五）',
  '“绿色设计产品”以企业产品为单位,每个产品奖励 20 万元(同一家企业最多奖励 100 万元),该类项目为免申即享项目。',
);
export const ITEM15_PER_TITLE = param(
  'item-15.per-enterprise-title',
  '绿色工厂、绿色供应链奖励',
  'Green factory or supply chain award',
  '元',
  '1000000',
  ITEM15_ENTERPRISE_CITATION,
);
export const ITEM15_PER_PRODUCT = param(
  'item-15.per-product',
  '每个绿色设计产品奖励',
  'Award per green design product',
  '元',
  '200000',
  ITEM15_PRODUCT_CITATION,
);
export const ITEM15_PRODUCT_CAP = param(
  'item-15.product-cap',
  '绿色设计产品同一企业奖励上限',
  'Green design products: cap per enterprise',
  '元',
  '1000000',
  ITEM15_PRODUCT_CITATION,
);

// ——— 第一章 二（十六） energy-saving retrofits ———

export const ITEM16_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 二（十六）',
  '鼓励工业、交通、建筑、服务行业等领域企业对现有生产工艺和设备开展节能技术改造',
);
export const ITEM16_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 二（十六）',
  '根据节能量给予奖励,其中工业项目节约每吨标准煤奖励 600 元,非工业项目节约每吨标准煤奖励 800 元。',
);
export const ITEM16_REVIEW_CITATION = cite(
  POLICY_ID,
  '第一章 二（十六）',
  '项目应建设完成,且已通过北京市发展和改革委员会的最终审核并公示,该类项目为免申即享项目。',
);
export const ITEM16_INDUSTRIAL = param(
  'item-16.industrial-per-tce',
  '工业项目每吨标准煤奖励',
  'Industrial: per tonne of coal equivalent',
  '元/tce',
  '600',
  ITEM16_RATE_CITATION,
);
export const ITEM16_NON_INDUSTRIAL = param(
  'item-16.non-industrial-per-tce',
  '非工业项目每吨标准煤奖励',
  'Non-industrial: per tonne of coal equivalent',
  '元/tce',
  '800',
  ITEM16_RATE_CITATION,
);

// ——— 第一章 二（十七） distributed photovoltaics ———

export const ITEM17_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 二（十七）',
  '对分布式光伏发电项目,按照装机容量给予每千瓦 800 元的一次性奖励。',
);
export const ITEM17_SPLIT_CITATION = cite(
  POLICY_ID,
  '第一章 二（十七）',
  '若项目为第三方投资,项目投资方和场地业主方分开申请,各享受奖励资金的 50%;',
);
export const ITEM17_BUDGET_CITATION = cite(
  POLICY_ID,
  '第一章 二（十七）',
  '若场地业主方为财政预算拨款单位,由项目投资方申请,项目投资方享受全额奖励资金。',
);
export const ITEM17_PER_KW = param(
  'item-17.per-kw',
  '每千瓦装机容量奖励',
  'Award per kW installed',
  '元/kW',
  '800',
  ITEM17_RATE_CITATION,
);
export const ITEM17_SHARE = param(
  'item-17.third-party-share',
  '第三方投资各方享受比例',
  'Share of each party of a third-party investment',
  '%',
  '50%',
  ITEM17_SPLIT_CITATION,
);

// ——— 第一章 二（十八） new-energy heating ———

export const ITEM18_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 二（十八）',
  '对获得市级补助的新能源供热项目,按照项目投资额的 10% 进行配套奖励',
);
export const ITEM18_TECH_CITATION = cite(
  POLICY_ID,
  '第一章 二（十八）',
  '新能源供热技术类型包括:浅层地源热泵(不含水源热泵),中深层水热型地热,中深层井下换热型地热,再生水源热泵,污水源热泵,城市和工业余热利用(鼓励优先应用低碳热泵技术),绿电蓄热,绿氢供热等新能源供热系统。',
);
export const ITEM18_RATE = param(
  'item-18.rate',
  '配套奖励比例',
  'Matching rate',
  '%',
  '10%',
  ITEM18_RATE_CITATION,
);

// ——— 第一章 二（十九） green electricity trading ———

export const ITEM19_CITATION = cite(
  POLICY_ID,
  '第一章 二（十九）',
  '鼓励企业参与北京市绿色电力交易,对成功购买绿色电力的企业给予资金奖励,按交易电量每度电奖励 0.01 元。',
);
export const ITEM19_PER_KWH = param(
  'item-19.per-kwh',
  '每度电奖励',
  'Award per kWh traded',
  '元/kWh',
  '0.01',
  ITEM19_CITATION,
);

// ——— 第一章 二（二十） consulting ———

export const ITEM20_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 二（二十）',
  '鼓励亦庄新城内的协会、联盟、咨询机构等咨询服务单位开展节能降碳、清洁生产、能源审计、碳核查、碳中和认证等技术咨询策划业务',
);
export const ITEM20_AMOUNT_CITATION = cite(
  POLICY_ID,
  '第一章 二（二十）',
  '对 5 家及以上区内市级重点用能单位或碳排放单位开展以上技术咨询策划业务的咨询服务单位,每年度给予 10 万元奖励。',
);
export const ITEM20_MIN_CLIENTS = param(
  'item-20.min-clients',
  '服务单位数下限',
  'Minimum number of units served',
  '家',
  '5',
  ITEM20_AMOUNT_CITATION,
);
export const ITEM20_PER_YEAR = param(
  'item-20.per-year',
  '每年度奖励',
  'Award per year',
  '元',
  '100000',
  ITEM20_AMOUNT_CITATION,
);

// ——— 第一章 二（二十一） carbon-neutrality certification ———

const C21 = (n: number, quote: string) => cite(POLICY_ID, `第一章 二（二十一）${n}`, quote);
export const ITEM21_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 二（二十一）',
  '鼓励企业、园区实施碳达峰和碳中和行动,通过实施光伏、风电、地源热泵、碳汇抵消、绿电绿证交易等措施实现企业、园区、部分厂房或车间净零碳排放。',
);
export const ITEM21_CASE_CITATIONS = {
  above_scale_industrial: C21(
    1,
    '对首次获得碳中和认证的规上工业企业给予一次性 50 万元奖励,其中自建新能源设施实际发电量应不低于电网购电量的 10%。',
  ),
  above_limit_non_industrial: C21(
    2,
    '对首次获得碳中和认证的限额以上非工业企业给予一次性 50 万元奖励,其中自建新能源设施实际发电量应不低于电网购电量的 10%,且碳中和年度的电耗在 400 万度及以上。',
  ),
  urban_renewal_park: C21(
    3,
    '对首次获得碳中和认证的城市更新园区给予一次性 50 万元奖励,自建新能源设施实际发电量应不低于电网购电量的 5%。',
  ),
  key_emitter_plant: C21(
    4,
    '对首次获得部分厂房或车间碳中和认证的重点碳排放单位给予一次性 50 万元奖励,其中厂房或车间的自建新能源设施实际发电量应不低于电网购电量的 10%,且该厂房或车间碳中和年度的电耗在 400 万度及以上。',
  ),
} as const;
export type Item21Case = keyof typeof ITEM21_CASE_CITATIONS;
export const ITEM21_CONTINUING_CITATION = C21(
  5,
  '对已获得经开区绿色发展资金支持的碳中和认证项目,继续按上述要求获得碳中和认证的,给予 10 万元奖励。',
);
export const ITEM21_VERIFICATION_CITATION = cite(
  POLICY_ID,
  '第一章 二（二十一）',
  '所有申报单位需经有资质的碳排放核查企业进行碳核查(具有中国合格评定国家认可委员会(CNAS)官方认证的 ISO14064—1 组织温室气体声明核查资质)。',
);
const c21 = ITEM21_CASE_CITATIONS;
export const ITEM21_FIRST = param(
  'item-21.first',
  '首次获得碳中和认证奖励',
  'First certification',
  '元',
  '500000',
  c21.above_scale_industrial,
);
export const ITEM21_CONTINUING = param(
  'item-21.continuing',
  '继续获得碳中和认证奖励',
  'Continuing certification',
  '元',
  '100000',
  ITEM21_CONTINUING_CITATION,
);
/** Self-generation ≥ this share of grid purchases: 10% (cases 1, 2, 4), 5% (case 3, parks). */
export const ITEM21_SELF_SHARE: Readonly<Record<Item21Case, Parameter<string>>> = {
  above_scale_industrial: param(
    'item-21.self-share.industrial',
    '规上工业企业自建新能源发电量占比下限',
    'Self-generation share: industrial',
    '%',
    '10%',
    c21.above_scale_industrial,
  ),
  above_limit_non_industrial: param(
    'item-21.self-share.non-industrial',
    '限额以上非工业企业自建新能源发电量占比下限',
    'Self-generation share: non-industrial',
    '%',
    '10%',
    c21.above_limit_non_industrial,
  ),
  urban_renewal_park: param(
    'item-21.self-share.park',
    '城市更新园区自建新能源发电量占比下限',
    'Self-generation share: urban renewal park',
    '%',
    '5%',
    c21.urban_renewal_park,
  ),
  key_emitter_plant: param(
    'item-21.self-share.plant',
    '厂房或车间自建新能源发电量占比下限',
    'Self-generation share: plant or workshop',
    '%',
    '10%',
    c21.key_emitter_plant,
  ),
};
/** "400 万度及以上", cases 2 and 4, inclusive. */
export const ITEM21_MIN_CONSUMPTION: Readonly<Partial<Record<Item21Case, Parameter<string>>>> = {
  above_limit_non_industrial: param(
    'item-21.min-consumption.non-industrial',
    '碳中和年度电耗下限（非工业企业）',
    'Minimum consumption: non-industrial',
    'kWh',
    '4000000',
    c21.above_limit_non_industrial,
  ),
  key_emitter_plant: param(
    'item-21.min-consumption.plant',
    '碳中和年度电耗下限（厂房或车间）',
    'Minimum consumption: plant or workshop',
    'kWh',
    '4000000',
    c21.key_emitter_plant,
  ),
};

// ——— 第一章 二（二十二） key energy users rated excellent ———

export const ITEM22_CITATION = cite(
  POLICY_ID,
  '第一章 二（二十二）',
  '对亦庄新城重点用能单位节能降耗指标考核等级为优秀的单位(本考核由区经济发展局组织开展),给予一次性 20 万元奖励,该类项目为免申即享项目。',
);
export const ITEM22_AMOUNT = param(
  'item-22.amount',
  '考核优秀单位奖励',
  'Award for an excellent grade',
  '元',
  '200000',
  ITEM22_CITATION,
);

// ——— schema helpers shared by items 13–22 ———

/** An exact non-negative decimal quantity (kW, kWh, tonnes), as text. */
export const DECIMAL: SchemaNode = { type: 'string', pattern: '^\\d+(\\.\\d+)?$' };
/** A calendar year. */
export const YEAR: SchemaNode = { type: 'integer', minimum: 2000, maximum: 2999 };
/** A yes/no fact described in both languages. */
export const bool = (en: string, zh: string): SchemaNode => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});
/** The energy of a new-energy vehicle under 一（十三）（十四）: "纯电动…或氢能源". */
export const ENERGY: SchemaNode = {
  type: 'string',
  enum: ['electric', 'hydrogen'],
  'x-enum-labels': {
    electric: { zh: '纯电动', en: 'Battery electric' },
    hydrogen: { zh: '氢能源', en: 'Hydrogen' },
  },
  description: 'Energy',
  'x-description-zh': '能源类型',
};
/** A vehicle identification number (GB 16735: 17 characters, no I, O or Q). */
export const VIN: SchemaNode = {
  type: 'string',
  pattern: '^[A-HJ-NPR-Z0-9]{17}$',
  description: 'Vehicle identification number (VIN)',
  'x-description-zh': '车辆识别代号（VIN）',
};

/**
 * The facts schema of an item of 13–22: its own facts, 第二章's common facts, and — for items
 * that reward a paid project (`project`, D-31-31) — the project facts of 第二章 二（四）（五）.
 */
export function itemFactsSchema(
  required: readonly string[],
  own: Readonly<Record<string, SchemaNode>>,
  project: boolean,
): FactsSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...required, ...COMMON_REQUIRED, ...(project ? PROJECT_REQUIRED : [])],
    properties: { ...own, ...COMMON_FACTS, ...(project ? PROJECT_FACTS : {}) },
  };
}

/** An item's messages with the common-condition wording. */
export function itemMessages(own: MessageCatalog): MessageCatalog {
  return { ...COMMON_MESSAGES, ...own };
}

/** {@link EXAMPLE_COMMON} without the project facts, for items that do not reward a project. */
export const EXAMPLE_APPLICANT: Readonly<Record<string, unknown>> = Object.fromEntries(
  COMMON_REQUIRED.map((k) => [k, (EXAMPLE_COMMON as Record<string, unknown>)[k]]),
);
