/**
 * @module policies/jingjiguanfa-2023-31/parameters-pollution
 * The numbers of 第一章 一（四）–（十二） (items 4–12, pollution prevention and control) that the
 * rules read, each dated from the measure's signing (2023-11-24, no end) and cited verbatim.
 * Rates are exact decimal text (`'30%'`), amounts yuan text (`'100000'`), read exactly.
 *
 * Item 6 has no coded amounts: the text gives only the range "50—250 万元" and leaves the tiers to
 * the administering bureau (D-31-4), so {@link ITEM6_TIERS} has no values until one is configured.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import { FROM, POLICY_ID, type RateSchedule } from './parameters.ts';

/** One parameter holding `value` from {@link FROM} with no end. */
function fixed(id: string, zh: string, en: string, unit: string, value: string, citation: Citation) {
  return parameter<string>({
    id: `${POLICY_ID}.${id}`,
    title: { zh, en },
    unit,
    values: [{ from: FROM, value, citation }],
  });
}

const HIGH_TECH_QUOTE =
  '对企业使用被管委会相关部门认定的高新技术产品、装备和工艺的,在原奖励标准基础上增加 5%';
const FIRST_SET_QUOTE =
  '对企业使用被管委会相关部门认定的市、区首台(套)技术、产品、装备、工艺的,在原奖励标准的基础上增加 10%';
/** Item 12 prints this sentence with full-width punctuation; the quote keeps it as printed (D-TXT-1). */
const FIRST_SET_QUOTE_FULL_WIDTH =
  '对企业使用被管委会相关部门认定的市、区首台（套）技术、产品、装备、工艺的，在原奖励标准的基础上增加 10%';

/** A 30% base rate with the +5 / +10 point bonuses of one item (D-31-1). */
function schedule(item: string, clause: string, baseCitation: Citation, firstSetQuote = FIRST_SET_QUOTE) {
  const schedule: RateSchedule = {
    base: fixed(`${item}.base-rate`, `${clause}基础奖励比例`, `${item} base rate`, '%', '30%', baseCitation),
    highTech: fixed(
      `${item}.high-tech-bonus`,
      `${clause}高新技术产品加成`,
      `${item} bonus for recognised high-tech products`,
      '%',
      '5%',
      cite(POLICY_ID, clause, HIGH_TECH_QUOTE),
    ),
    firstSet: fixed(
      `${item}.first-set-bonus`,
      `${clause}首台（套）加成`,
      `${item} bonus for first-set (首台套) technology`,
      '%',
      '10%',
      cite(POLICY_ID, clause, firstSetQuote),
    ),
  };
  return schedule;
}

// ── 第一章 一（四） 环保在线监控类项目 ──────────────────────────────────────────────

/** 第一章 一（四）: 30% of the actual payment excluding tax. */
export const ITEM4_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（四）',
  '原则上对上述项目按照实际支付金额(不含税)的 30% 给予奖励。',
);
/** 第一章 一（四）: 30%, +5 or +10 points. */
export const ITEM4_RATES = schedule('item-04', '第一章 一（四）', ITEM4_RATE_CITATION);

// ── 第一章 一（五） 餐饮废气高效治理设施整体更新类项目 ──────────────────────────────────

/** 第一章 一（五）: who may apply and what is supported. */
export const ITEM5_SCOPE_CITATION = cite(
  POLICY_ID,
  '第一章 一（五）',
  '鼓励于 2019 年 1 月 1 日之前建成的餐饮服务型单位或个体工商户实施的整体更换复合式高效油烟净化设施的项目',
);
/** 第一章 一（五）: how the award is assessed. */
export const ITEM5_AMOUNT_CITATION = cite(
  POLICY_ID,
  '第一章 一（五）',
  '原则上按排风机、油烟净化设备铭牌标识的排风量进行核定,取两者之间最小值,每 1m³/h 风量奖励 2 元。',
);
/** 第一章 一（五）: "于 2019 年 1 月 1 日之前建成" — completed strictly before this date (D-31-21). */
export const ITEM5_BUILT_BEFORE = fixed(
  'item-05.built-before',
  '餐饮服务型单位建成日期（早于）',
  'Catering unit completed before',
  'date',
  '2019-01-01',
  ITEM5_SCOPE_CITATION,
);
/** 第一章 一（五）: "每 1m³/h 风量奖励 2 元". */
export const ITEM5_YUAN_PER_M3H = fixed(
  'item-05.yuan-per-m3h',
  '每 1m³/h 风量奖励金额',
  'Award per m³/h of air volume',
  '元/(m³/h)',
  '2',
  ITEM5_AMOUNT_CITATION,
);

// ── 第一章 一（六） 排污企业转型升级类项目 ────────────────────────────────────────────

/** 第一章 一（六）: the enterprises covered. */
export const ITEM6_ENTERPRISE_CITATION = cite(
  POLICY_ID,
  '第一章 一（六）',
  '鼓励重点 VOCs 排放企业(年度 VOCs 排放量不低于 0.1 吨的企业)整体退出北京市或污染环节关停并退出北京市',
);
/** 第一章 一（六）: the further conditions. */
export const ITEM6_CONDITIONS_CITATION = cite(
  POLICY_ID,
  '第一章 一（六）',
  '符合经开区产业结构调整和转型升级政策,且已完成企业营业执照注销或相关生产设备拆除的',
);
/** 第一章 一（六）: the amount, tiered by emission reduction within 50–250 万元 (D-31-4). */
export const ITEM6_AMOUNT_CITATION = cite(
  POLICY_ID,
  '第一章 一（六）',
  '支持资金实行与污染物减排量等指标挂钩的方式,按照污染物减排量,分档确定奖励资金,奖励资金范围 50—250 万元。',
);
/** 第一章 一（六）: "年度 VOCs 排放量不低于 0.1 吨" — inclusive, in tonnes a year. */
export const ITEM6_VOCS_MIN_TONNES = fixed(
  'item-06.vocs-min',
  '重点 VOCs 排放企业年度 VOCs 排放量下限',
  'Minimum annual VOCs emissions of a key VOCs enterprise',
  't/a',
  '0.1',
  ITEM6_ENTERPRISE_CITATION,
);
/** 第一章 一（六）: the lower end of the range, 50 万元. */
export const ITEM6_MIN_AMOUNT = fixed(
  'item-06.min-amount',
  '排污企业转型升级奖励下限',
  'Lowest award for the exit of a polluting enterprise',
  '元',
  '500000',
  ITEM6_AMOUNT_CITATION,
);
/** 第一章 一（六）: the upper end of the range, 250 万元. */
export const ITEM6_MAX_AMOUNT = fixed(
  'item-06.max-amount',
  '排污企业转型升级奖励上限',
  'Highest award for the exit of a polluting enterprise',
  '元',
  '2500000',
  ITEM6_AMOUNT_CITATION,
);

/** One tier of item 6: an emission reduction of at least `minReductionTonnes` earns `amountYuan`. */
export interface Item6Tier {
  /** Decimal text, tonnes of pollutants reduced (as the bureau measures them). */
  readonly minReductionTonnes: string;
  /** Yuan text, between 500,000 and 2,500,000 inclusive. */
  readonly amountYuan: string;
}

/**
 * 第一章 一（六）: "按照污染物减排量,分档确定奖励资金" — the tiers, set by 城市运行局 and supplied at run
 * time through `EvaluationContext.overrides` under this id. No value is coded (D-31-4, D-31-24).
 */
export const ITEM6_TIERS: Parameter<readonly Item6Tier[]> = parameter<readonly Item6Tier[]>({
  id: `${POLICY_ID}.item-06.tiers`,
  title: { zh: '排污企业转型升级奖励分档（按污染物减排量）', en: 'Item 6 award tiers by emission reduction' },
  unit: '元',
  values: [],
});

// ── 第一章 一（七） “无废城市”建设项目 ─────────────────────────────────────────────

/** 第一章 一（七）: 30% of the actual payment excluding tax. */
export const ITEM7_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（七）',
  '原则上按照项目实际支付金额(不含税)的 30% 给予奖励。',
);
/** 第一章 一（七）: 30%, +5 or +10 points. */
export const ITEM7_RATES = schedule('item-07', '第一章 一（七）', ITEM7_RATE_CITATION);

// ── 第一章 一（八） 空气重污染应急减排绩效评价级别提升项目 ─────────────────────────────────

const ITEM8 = '第一章 一（八）';
/** 第一章 一（八）: "2021 年之后" — new grades awarded from 2022-01-01 (D-31-5). */
export const ITEM8_UPGRADE_CITATION = cite(
  POLICY_ID,
  ITEM8,
  '企业通过行业主管部门组织开展的空气重污染应急减排绩效评价,2021 年之后评价级别由 D 级提升为 C 级的奖励 10 万元',
);
export const ITEM8_STEP_CB_CITATION = cite(POLICY_ID, ITEM8, 'C 级提升为 B 级(包括地方 B 级)的奖励 20 万元');
export const ITEM8_STEP_BA_CITATION = cite(POLICY_ID, ITEM8, 'B 级提升为 A 级(包括地方 A 级)的奖励 30 万元');
export const ITEM8_JUMP_CITATION = cite(POLICY_ID, ITEM8, '跨级提级企业按照上述奖励金额加和奖励');
export const ITEM8_THREE_YEARS_CITATION = cite(
  POLICY_ID,
  ITEM8,
  '对连续三年绩效评级为 A 级(包括地方 A 级)的单位一次性奖励 20 万元',
);
export const ITEM8_NO_APPLICATION_CITATION = cite(POLICY_ID, ITEM8, '该类项目为免申即享项目。');

/** 第一章 一（八）: new grades awarded on or after this date count ("2021 年之后", D-31-5). */
export const ITEM8_UPGRADES_FROM = fixed(
  'item-08.upgrades-from',
  '绩效评价级别提升的起算日期（含）',
  'Grade upgrades count when awarded on or after',
  'date',
  '2022-01-01',
  ITEM8_UPGRADE_CITATION,
);
/** 第一章 一（八）: D → C, 10 万元. */
export const ITEM8_STEP_DC = fixed(
  'item-08.step-d-c',
  'D 级提升为 C 级奖励',
  'D to C',
  '元',
  '100000',
  ITEM8_UPGRADE_CITATION,
);
/** 第一章 一（八）: C → B (地方 B included), 20 万元. */
export const ITEM8_STEP_CB = fixed(
  'item-08.step-c-b',
  'C 级提升为 B 级奖励',
  'C to B',
  '元',
  '200000',
  ITEM8_STEP_CB_CITATION,
);
/** 第一章 一（八）: B → A (地方 A included), 30 万元. */
export const ITEM8_STEP_BA = fixed(
  'item-08.step-b-a',
  'B 级提升为 A 级奖励',
  'B to A',
  '元',
  '300000',
  ITEM8_STEP_BA_CITATION,
);
/** 第一章 一（八）: three consecutive years at A (地方 A included), 20 万元 once. */
export const ITEM8_THREE_YEARS_A = fixed(
  'item-08.three-years-a',
  '连续三年绩效评级为 A 级一次性奖励',
  'Three consecutive years at grade A, once',
  '元',
  '200000',
  ITEM8_THREE_YEARS_CITATION,
);

// ── 第一章 一（九）（十）（十一） 名单类项目 ───────────────────────────────────────────

/** 第一章 一（九）: the list and the award. */
export const ITEM9_AWARD_CITATION = cite(
  POLICY_ID,
  '第一章 一（九）',
  '对获得北京市生态环境局公布的先进低碳技术试点优秀项目给予一次性 50 万元奖励,该类项目为免申即享项目。',
);
/** 第一章 一（十）: the list and the award. */
export const ITEM10_AWARD_CITATION = cite(
  POLICY_ID,
  '第一章 一（十）',
  '对获得北京市生态环境局公布的低碳领跑者试点项目给予一次性 50 万元奖励,该类项目为免申即享项目。',
);
/** 第一章 一（十一）: the title and the award. */
export const ITEM11_AWARD_CITATION = cite(
  POLICY_ID,
  '第一章 一（十一）',
  '对获得国家工业和信息化部、水利部、国家发展改革委和市场监管总局联合开展遴选出的“水效领跑者”,并经国家工业和信息化部公示,给予一次性 50 万元奖励,该类项目为免申即享项目。',
);
/** 第一章 一（九）: 50 万元 once. */
export const ITEM9_AMOUNT = fixed(
  'item-09.amount',
  '先进低碳技术试点优秀项目奖励',
  'Outstanding advanced low-carbon technology pilot',
  '元',
  '500000',
  ITEM9_AWARD_CITATION,
);
/** 第一章 一（十）: 50 万元 once. */
export const ITEM10_AMOUNT = fixed(
  'item-10.amount',
  '低碳领跑者试点项目奖励',
  'Low-carbon leader pilot',
  '元',
  '500000',
  ITEM10_AWARD_CITATION,
);
/** 第一章 一（十一）: 50 万元 once. */
export const ITEM11_AMOUNT = fixed(
  'item-11.amount',
  '水效领跑者奖励',
  'Water-efficiency leader',
  '元',
  '500000',
  ITEM11_AWARD_CITATION,
);

// ── 第一章 一（十二） 生态环境领域其他类项目 ─────────────────────────────────────────

/** 第一章 一（十二）: 30% of the actual payment excluding tax. */
export const ITEM12_RATE_CITATION = cite(
  POLICY_ID,
  '第一章 一（十二）',
  '原则上按照项目实际支付金额(不含税)的 30% 给予奖励。',
);
/** 第一章 一（十二）: 30%, +5 or +10 points (the +10 sentence printed with full-width punctuation). */
export const ITEM12_RATES = schedule(
  'item-12',
  '第一章 一（十二）',
  ITEM12_RATE_CITATION,
  FIRST_SET_QUOTE_FULL_WIDTH,
);
