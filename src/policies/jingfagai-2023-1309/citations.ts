/**
 * @module policies/jingfagai-2023-1309/citations
 * The sentences of 京发改〔2023〕1309号 that the rules and modules of this folder implement, quoted
 * verbatim from `text.ts` (the gazette text) under the clause that holds them. A test
 * (`src/policies/rules.test.ts`) checks every quote a rule cites against the clause it names.
 */
import { cite } from '../../engine/citation.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingfagai-2023-1309';
/** Signing date of the circular: the opinions take effect from it, with no end (policy-notes). */
export const FROM = '2023-10-09' as CalendarDate;

const c = (clause: string, quote: string) => cite(POLICY_ID, clause, quote);

// 一(三) 发展目标
/** 一(三): the ban on new and expanded stand-alone gas heating, with its two exceptions. */
export const GAS_BAN_CITATION = c(
  '一(三)',
  '禁止新建和扩建燃气独立供暖系统(不具备可再生能源供热条件的除外,居民自行安装燃气壁挂炉采暖除外)',
);
/** 一(三): new heating projects, new-energy share 60% "in principle". */
export const SHARE_PRINCIPLE_CITATION = c('一(三)', '新建供热项目新能源供热装机占比原则上不低于60%。');
/** 一(三): the 2025 targets (area and share). */
export const TARGET_2025_CITATION = c(
  '一(三)',
  '力争全市新能源供热面积累计达到1.45亿平方米,新能源供热面积占全市供热面积比重达到10%以上。',
);
/** 一(三): the 2030 share target. */
export const TARGET_2030_CITATION = c('一(三)', '力争新能源供热面积占全市供热面积比重达到15%以上。');

// 三 实现新能源供热多元有序发展
/** 三(一): shallow ground-source heat pumps, given space and heating–cooling balance. */
export const SHALLOW_GROUND_CITATION = c(
  '三(一)',
  '在满足空间实施条件和冷热平衡要求的前提下,优先采用浅层地源热泵(不含水源热泵)系统供热(供冷)。',
);
/** 三(三): the principles of medium-deep hydrothermal geothermal heating. */
export const GEOTHERMAL_PRINCIPLES_CITATION = c(
  '三(三)',
  '按照“以灌定采、采灌均衡、水热均衡、取热不耗水、水质不污染”的原则推动中深层水热型地热供热系统建设。',
);
/** 三(三): the water-abstraction zones. */
export const GEOTHERMAL_ZONES_CITATION = c('三(三)', '在满足本市禁止和限制取水范围管理要求的前提下');
/** 三(六): centralised air-source heat pumps. */
export const AIR_SOURCE_CITATION = c(
  '三(六)',
  '在不具备浅层地源热泵、再生水(污水)源热泵等新能源供热系统建设条件的城镇建筑,通过论证后,可在供热需求相对集中的区域,建设单机装机容量大(不低于300kW)、设备能效高(COP不低于2.5)、噪音低、可变频的集中式空气源热泵供热系统。',
);

// 五 提升新能源供热管理水平
/** 五(二): reclaimed-water-source heat pumps and the water they return. */
export const RECLAIMED_WATER_CITATION = c(
  '五(二)',
  '再生水源热泵供暖项目须确保回流水水质、水量不降低,回流水压与原管道压力一致,不影响再生水外供。',
);
/** 五(二): sewage-source heat pumps and the water they return. */
export const SEWAGE_CITATION = c(
  '五(二)',
  '污水源热泵供暖项目须确保回流水水质符合纳管标准,确保原管网运行压力稳定。',
);
/** 五(四): monitoring of electricity, water and efficiency; carbon estimates; post-evaluation. */
export const MONITORING_CITATION = c(
  '五(四)',
  '对新能源供热项目运行的耗电量、耗水量、系统能效等指标进行监测,对碳排放总量指标进行测算评估。对已投运的新能源供热项目组织项目后评价。',
);
/** 五(四): the carbon estimate alone (the clause the grid emission factor serves). */
export const CARBON_CITATION = c('五(四)', '对碳排放总量指标进行测算评估。');

// 六 完善市政府固定资产投资支持政策
/** 六(一): the projects that meet the criteria get municipal fixed-asset investment support. */
export const SUPPORT_CITATION = c('六(一)', '对符合以下条件的新能源供热项目给予市政府固定资产投资支持。');
/** 六(一): enterprise projects, share ≥ 60% → 30%. */
export const RATE_HIGH_CITATION = c(
  '六(一)',
  '对新能源供热装机占比达到 60% 及以上的新能源供热新建及改扩建项目,给予新能源建设投资 30% 的市政府固定资产投资支持',
);
/** 六(一): enterprise projects, 30% ≤ share < 60% → 20%. */
export const RATE_LOW_CITATION = c('六(一)', '装机占比 30% 至 60%(不含)的给予 20% 资金支持');
/** 六(一): new-technology application projects and multi-energy stations, share ≥ 30% → 30%. */
export const RATE_SPECIAL_CITATION = c(
  '六(一)',
  '对新能源供热装机占比 30% 及以上的新技术应用项目、多能耦合综合能源站项目,给予新能源建设投资 30% 的资金支持。',
);
/** 六(一): storage and solar supplementary facilities at the heat source's ratio. */
export const SUPPLEMENTARY_CITATION = c(
  '六(一)',
  '对与新能源供热项目配套建设的蓄热(冷)系统、太阳能补热等设施给予热源同比例的资金支持。',
);
/** 六(一): heating systems of municipal government projects, enterprise-invested first. */
export const GOVERNMENT_ENTERPRISE_CITATION = c(
  '六(一)',
  '对市政府固定资产投资的项目,其中与主体建筑配套的新能源供热系统,优先由企业投资建设,并按照企业投资项目给予支持。',
);
/** 六(一): government-invested systems that cannot be enterprise-invested, at the main project's ratio. */
export const GOVERNMENT_RATIO_CITATION = c(
  '六(一)',
  '对于不具备企业投资条件的新能源供热项目,给予与主体项目同比例的资金支持。',
);
/** 六(二): the technologies the policy covers. */
export const TECHNOLOGIES_CITATION = c(
  '六(二)',
  '纳入本政策的新能源供热技术类型包括:浅层地源热泵(不含水源热泵),中深层水热型地热,中深层井下换热型地热,再生水源热泵,污水源热泵,生物质供热,城市和工业余热利用(鼓励优先应用低碳热泵技术),绿电蓄热,绿氢供热,集中式空气源热泵以及新能源多能耦合综合能源站等新能源供热系统。',
);
/** 六(二): the investment items that count. */
export const INVESTMENT_ITEMS_CITATION = c(
  '六(二)',
  '纳入本政策的新能源供热建设投资包括:新能源供热系统的取热装置及配套设施,供热设备机房,热泵机组及配套设施,供热设备机房至用户建筑间一次管网,与综合能源站同步建设的储能、光伏系统,智能控制监测系统等。',
);
/** 六(三): no double support. */
export const NO_DOUBLE_SUPPORT_CITATION = c(
  '六(三)',
  '已申请其他市级固定资产投资支持或运行补贴支持的项目,本政策不再重复支持。',
);
