/**
 * @module policies/jingjiguanfa-2023-31/parameters-building
 * The numbers of 第一章 三 绿色建筑类 (items 23–27) that the rules read, each dated and cited, and
 * the citations those rules share. Money is yuan as exact decimal text (read with `parseYuan`),
 * unit prices are 元/m², rates and ratios exact decimal text (read with `parseRational`). The
 * measure states no term: every value holds from signing, {@link FROM}, with no end.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import { FROM, POLICY_ID } from './parameters.ts';

const I23 = '第一章 三（二十三）';
const I23_1 = '第一章 三（二十三）1';
const I23_2 = '第一章 三（二十三）2';
const I24 = '第一章 三（二十四）';
const I25 = '第一章 三（二十五）';
const I26 = '第一章 三（二十六）';
const I27 = '第一章 三（二十七）';

/** 第一章 三（二十三）: district matching of municipal awards. */
export const ITEM23_SCOPE_CITATION = cite(POLICY_ID, I23, '对获得市级奖励的项目给予区级配套奖励');
/** 第一章 三（二十三）1: the projects of 京建法〔2020〕4号. */
export const ITEM23_1_SCOPE_CITATION = cite(
  POLICY_ID,
  I23_1,
  '按照《关于印发〈北京市装配式建筑、绿色建筑、绿色生态示范区项目市级奖励资金管理暂行办法〉的通知》(京建法〔2020〕4 号)获得北京市绿色建筑市级奖励的绿色建筑二星级、三星级项目',
);
/** 第一章 三（二十三）1: 50 / 80 元 per m² of implemented building area. */
export const ITEM23_1_RATE_CITATION = cite(
  POLICY_ID,
  I23_1,
  '按照实施建筑面积分别给予 50 元/平方米、80 元/平方米的区级配套奖励',
);
/** 第一章 三（二十三）2: the projects of 京建发〔2023〕191号. */
export const ITEM23_2_SCOPE_CITATION = cite(
  POLICY_ID,
  I23_2,
  '按照《北京市建筑绿色发展奖励资金示范项目实施细则(试行)》(京建发〔2023〕191 号)获得北京市绿色建筑市级奖励的项目',
);
/** 第一章 三（二十三）2: 1:1 of the municipal award, at most 60 元/m². */
export const ITEM23_2_RATE_CITATION = cite(
  POLICY_ID,
  I23_2,
  '按照所获市级奖励资金 1:1 的比例给予不超过 60 元/平方米的区级配套奖励',
);

/** 第一章 三（二十四）: the buildings covered. */
export const ITEM24_BUILDING_CITATION = cite(POLICY_ID, I24, '单体建筑面积 3000 平方米及以上的公共建筑');
/** 第一章 三（二十四）: the saving-rate targets. */
export const ITEM24_TARGET_CITATION = cite(
  POLICY_ID,
  I24,
  '节能改造后节能率不低于 15% 的普通公共建筑,或节能率不低于 20% 的大型公共建筑',
);
/** 第一章 三（二十四）: the municipal award the district matches. */
export const ITEM24_MUNICIPAL_CITATION = cite(
  POLICY_ID,
  I24,
  '对获得北京市公共建筑节能绿色化改造市级奖励的项目',
);
/** 第一章 三（二十四）: projects in the 165 km² go through E-Town's review (D-31-45). */
export const ITEM24_165_CITATION = cite(
  POLICY_ID,
  I24,
  '(其中 165 平方公里范围内的项目应由经开区审核后报北京市住房和城乡建设委员会)',
);
/** 第一章 三（二十四）: 1 : 0.5 of the municipal award, at most 10 元/m². */
export const ITEM24_RATE_CITATION = cite(
  POLICY_ID,
  I24,
  '按照所获市级奖励资金 1 : 0.5 的比例给予不超过 10 元/平方米的区级配套奖励。',
);
/** 第一章 三（二十四）: savings between the floor and the target count on a converted area. */
export const ITEM24_CONVERTED_CITATION = cite(
  POLICY_ID,
  I24,
  '对于实际节能率大于 10% 小于 15% 的普通公共建筑或大于 15% 小于 20% 的大型公共建筑,可依据折算面积按上述标准申请奖励资金。',
);
/** 第一章 三（二十四）: the converted-area formula. */
export const ITEM24_FORMULA_CITATION = cite(
  POLICY_ID,
  I24,
  '折算面积 = 基期建筑面积 × (实际节能率 / 目标节能率)',
);
/** 第一章 三（二十四）: paid once the project passed acceptance and is in the municipal library. */
export const ITEM24_ACCEPTANCE_CITATION = cite(
  POLICY_ID,
  I24,
  '奖励资金在项目通过综合验收评审合格并纳入北京市公共建筑节能绿色化改造项目管理系统库后一次性拨付',
);
/** 第一章 三（二十四）: district + municipal ≤ 50% of the retrofit investment. */
export const ITEM24_INVESTMENT_CITATION = cite(
  POLICY_ID,
  I24,
  '且单个项目的区级配套奖励金额与北京市奖励资金合计不超过改造投资总额的 50%',
);

/** 第一章 三（二十五）: the municipal ultra-low-energy award the district matches. */
export const ITEM25_MUNICIPAL_CITATION = cite(POLICY_ID, I25, '对获得北京市超低能耗建筑市级奖励项目');
/** 第一章 三（二十五）: 1 : 0.5 of the municipal award, at most 100 元/m². */
export const ITEM25_RATE_CITATION = cite(
  POLICY_ID,
  I25,
  '按照所获市级奖励资金 1 : 0.5 的比例给予不超过 100 元/平方米的区级配套奖励',
);

/** 第一章 三（二十六）: the demonstration projects covered. */
export const ITEM26_SCOPE_CITATION = cite(
  POLICY_ID,
  I26,
  '对于其他在绿色建筑技术应用方面有突出业绩或创新成果,经济环境效益和示范带动作用明显的,且能在亦庄新城内应用的示范项目',
);
/** 第一章 三（二十六）: case-by-case expert review. */
export const ITEM26_REVIEW_CITATION = cite(
  POLICY_ID,
  I26,
  '采取“一事一议”的方式,进行专家评审,综合考虑项目绿色节能效益、增量投资等',
);
/** 第一章 三（二十六）: 20% of the actual payment excluding tax. */
export const ITEM26_RATE_CITATION = cite(POLICY_ID, I26, '按照项目实际支付金额(不含税)的 20%给予奖励');
/** 第一章 三（二十六）: the project cap. */
export const ITEM26_CAP_CITATION = cite(POLICY_ID, I26, '单个项目奖励金额不超过 500 万元。');
/** 第一章 三（二十六）: 50万 more for a national or municipal science or innovation award (D-31-8). */
export const ITEM26_LATER_AWARD_CITATION = cite(
  POLICY_ID,
  I26,
  '如果再获得国家或者北京市科技、创新类奖项,单个项目再奖励 50 万元。',
);

/** 第一章 三（二十七）: the two titles. */
export const ITEM27_TITLE_CITATION = cite(
  POLICY_ID,
  I27,
  '对获得建设行政主管部门评选的“北京市绿色安全工地”或“北京市绿色安全样板工地”称号',
);
/** 第一章 三（二十七）: no environmental penalty. */
export const ITEM27_PENALTY_CITATION = cite(POLICY_ID, I27, '未因环境问题受到相关行政主管部门处罚');
/** 第一章 三（二十七）: no written notice from a municipal or higher authority. */
export const ITEM27_NOTICE_CITATION = cite(
  POLICY_ID,
  I27,
  '且未因环境问题受到市级及以上相关行政主管部门问题书面通报',
);
/** 第一章 三（二十七）: the site is completed. */
export const ITEM27_COMPLETED_CITATION = cite(POLICY_ID, I27, '并且已完工的工地');
/** 第一章 三（二十七）: 10万 and 20万 respectively. */
export const ITEM27_AMOUNT_CITATION = cite(POLICY_ID, I27, '可分别获得 10 万元、20 万元奖励');

/** 第二章 一: items 15–27 apply in the 225 km² of the new town (D-31-41). */
export const PROJECT_AREA_CITATION = cite(
  POLICY_ID,
  '第二章 一',
  '其余具备条件的支持项目(十五)至(二十七)适用于亦庄新城 225 平方公里范围。',
);
/** 第三章 二（二）: 开发建设局 administers the green-building items. */
export const BUILDING_BUREAU_CITATION = cite(
  POLICY_ID,
  '第三章 二（二）',
  '开发建设局负责绿色建筑支持方向的政策制定、项目评审和政策兑现',
);

/** A parameter holding one value from {@link FROM} with no end. */
function fixed(
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
const ITEM23_1_CAP_CITATION = cite(POLICY_ID, I23_1, '单个项目奖励金额不超过 500 万元');
const ITEM23_2_CAP_CITATION = cite(POLICY_ID, I23_2, '单个项目奖励金额不超过 500 万元');
const ITEM25_CAP_CITATION = cite(POLICY_ID, I25, '单个项目奖励金额不超过 500 万元');

/** 第一章 三（二十三）1: 二星级, 50 元/m² of implemented building area. */
export const ITEM23_TWO_STAR_PER_M2 = fixed(
  'item-23.two-star-per-m2',
  '绿色建筑二星级项目区级配套奖励标准',
  'Two-star green building, district award per m²',
  '元/m²',
  '50',
  ITEM23_1_RATE_CITATION,
);
/** 第一章 三（二十三）1: 三星级, 80 元/m² of implemented building area. */
export const ITEM23_THREE_STAR_PER_M2 = fixed(
  'item-23.three-star-per-m2',
  '绿色建筑三星级项目区级配套奖励标准',
  'Three-star green building, district award per m²',
  '元/m²',
  '80',
  ITEM23_1_RATE_CITATION,
);
/** 第一章 三（二十三）1: at most 500万 per project. */
export const ITEM23_1_PROJECT_CAP = fixed(
  'item-23.case-1.project-cap',
  '京建法〔2020〕4号项目单个项目奖励上限',
  'Project cap, projects under Jingjianfa [2020] No. 4',
  '元',
  '5000000',
  ITEM23_1_CAP_CITATION,
);
/** 第一章 三（二十三）2: "1:1" — district yuan per municipal yuan. */
export const ITEM23_2_MATCH_RATIO = fixed(
  'item-23.case-2.match-ratio',
  '京建发〔2023〕191号项目区级配套比例',
  'District match per yuan of the municipal award (Jingjianfa [2023] No. 191)',
  'ratio',
  '1',
  ITEM23_2_RATE_CITATION,
);
/** 第一章 三（二十三）2: at most 60 元/m². */
export const ITEM23_2_PER_M2_CAP = fixed(
  'item-23.case-2.per-m2-cap',
  '京建发〔2023〕191号项目区级配套奖励每平方米上限',
  'Cap per m², projects under Jingjianfa [2023] No. 191',
  '元/m²',
  '60',
  ITEM23_2_RATE_CITATION,
);
/** 第一章 三（二十三）2: at most 500万 per project. */
export const ITEM23_2_PROJECT_CAP = fixed(
  'item-23.case-2.project-cap',
  '京建发〔2023〕191号项目单个项目奖励上限',
  'Project cap, projects under Jingjianfa [2023] No. 191',
  '元',
  '5000000',
  ITEM23_2_CAP_CITATION,
);

/** 第一章 三（二十四）: single building of 3000 m² or more (inclusive). */
export const ITEM24_MIN_BUILDING_AREA = fixed(
  'item-24.min-building-area',
  '公共建筑单体建筑面积下限',
  'Minimum single-building area',
  'm²',
  '3000',
  ITEM24_BUILDING_CITATION,
);
/** 第一章 三（二十四）: target saving rate of an ordinary public building, inclusive. */
export const ITEM24_TARGET_ORDINARY = fixed(
  'item-24.target-ordinary',
  '普通公共建筑目标节能率',
  'Target saving rate, ordinary public building',
  '%',
  '15%',
  ITEM24_TARGET_CITATION,
);
/** 第一章 三（二十四）: target saving rate of a large public building, inclusive. */
export const ITEM24_TARGET_LARGE = fixed(
  'item-24.target-large',
  '大型公共建筑目标节能率',
  'Target saving rate, large public building',
  '%',
  '20%',
  ITEM24_TARGET_CITATION,
);
/** 第一章 三（二十四）: an ordinary building's rate must exceed 10% to count on a converted area. */
export const ITEM24_FLOOR_ORDINARY = fixed(
  'item-24.floor-ordinary',
  '普通公共建筑折算面积适用节能率下限（不含）',
  'Saving rate an ordinary building must exceed for a converted area',
  '%',
  '10%',
  ITEM24_CONVERTED_CITATION,
);
/** 第一章 三（二十四）: a large building's rate must exceed 15% to count on a converted area. */
export const ITEM24_FLOOR_LARGE = fixed(
  'item-24.floor-large',
  '大型公共建筑折算面积适用节能率下限（不含）',
  'Saving rate a large building must exceed for a converted area',
  '%',
  '15%',
  ITEM24_CONVERTED_CITATION,
);
/** 第一章 三（二十四）: "1 : 0.5" — district yuan per municipal yuan. */
export const ITEM24_MATCH_RATIO = fixed(
  'item-24.match-ratio',
  '公共建筑节能绿色化改造区级配套比例',
  'District match per yuan of the municipal retrofit award',
  'ratio',
  '0.5',
  ITEM24_RATE_CITATION,
);
/** 第一章 三（二十四）: at most 10 元/m². */
export const ITEM24_PER_M2_CAP = fixed(
  'item-24.per-m2-cap',
  '公共建筑节能绿色化改造区级配套奖励每平方米上限',
  'Cap per m² of the retrofit match',
  '元/m²',
  '10',
  ITEM24_RATE_CITATION,
);
/** 第一章 三（二十四）: district + municipal at most 50% of the retrofit investment. */
export const ITEM24_INVESTMENT_SHARE_MAX = fixed(
  'item-24.investment-share-max',
  '区级配套与市级奖励合计占改造投资总额比例上限',
  'Maximum share of the retrofit investment, district and municipal together',
  '%',
  '50%',
  ITEM24_INVESTMENT_CITATION,
);

/** 第一章 三（二十五）: "1 : 0.5" — district yuan per municipal yuan. */
export const ITEM25_MATCH_RATIO = fixed(
  'item-25.match-ratio',
  '超低能耗建筑区级配套比例',
  'District match per yuan of the municipal ultra-low-energy award',
  'ratio',
  '0.5',
  ITEM25_RATE_CITATION,
);
/** 第一章 三（二十五）: at most 100 元/m². */
export const ITEM25_PER_M2_CAP = fixed(
  'item-25.per-m2-cap',
  '超低能耗建筑区级配套奖励每平方米上限',
  'Cap per m² of the ultra-low-energy match',
  '元/m²',
  '100',
  ITEM25_RATE_CITATION,
);
/** 第一章 三（二十五）: at most 500万 per project. */
export const ITEM25_PROJECT_CAP = fixed(
  'item-25.project-cap',
  '超低能耗建筑单个项目奖励上限',
  'Project cap, ultra-low and near-zero energy buildings',
  '元',
  '5000000',
  ITEM25_CAP_CITATION,
);

/** 第一章 三（二十六）: 20% of the actual payment excluding tax. */
export const ITEM26_RATE = fixed(
  'item-26.rate',
  '创新示范类项目奖励比例',
  'Rate of the innovation demonstration award',
  '%',
  '20%',
  ITEM26_RATE_CITATION,
);
/** 第一章 三（二十六）: at most 500万 per project. */
export const ITEM26_PROJECT_CAP = fixed(
  'item-26.project-cap',
  '创新示范类项目单个项目奖励上限',
  'Project cap, innovation demonstrations',
  '元',
  '5000000',
  ITEM26_CAP_CITATION,
);
/** 第一章 三（二十六）: 50万 more, on top of the cap (D-31-8). */
export const ITEM26_LATER_AWARD = fixed(
  'item-26.later-award',
  '再获国家或北京市科技、创新类奖项的追加奖励',
  'Further award for a national or Beijing science or innovation prize',
  '元',
  '500000',
  ITEM26_LATER_AWARD_CITATION,
);

/** 第一章 三（二十七）: 北京市绿色安全工地, 10万. */
export const ITEM27_GREEN_SAFE_SITE = fixed(
  'item-27.green-safe-site',
  '北京市绿色安全工地奖励',
  'Award for a Beijing green and safe construction site',
  '元',
  '100000',
  ITEM27_AMOUNT_CITATION,
);
/** 第一章 三（二十七）: 北京市绿色安全样板工地, 20万. */
export const ITEM27_MODEL_SITE = fixed(
  'item-27.model-site',
  '北京市绿色安全样板工地奖励',
  'Award for a Beijing model green and safe construction site',
  '元',
  '200000',
  ITEM27_AMOUNT_CITATION,
);
