/**
 * @module policies/jingfagai-2023-1309/parameters
 * The numbers of 京发改〔2023〕1309号 that the rules read, each dated and cited. The opinions state
 * no term: in force from signing, 2023-10-09, with no end (policy-notes). Shares and rates are
 * exact decimal text (`'60%'`), read with `parseRational`; capacities are kW.
 */
import type { Citation } from '../../engine/citation.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import {
  AIR_SOURCE_CITATION,
  FROM,
  POLICY_ID,
  RATE_HIGH_CITATION,
  RATE_LOW_CITATION,
  RATE_SPECIAL_CITATION,
  SHARE_PRINCIPLE_CITATION,
} from './citations.ts';

/** A parameter with one value from {@link FROM} and no end. */
function fromSigning(id: string, zh: string, en: string, unit: string, value: string, citation: Citation) {
  return parameter<string>({
    id: `${POLICY_ID}.${id}`,
    title: { zh, en },
    unit,
    values: [{ from: FROM, value, citation }],
  });
}

/** 六(一): enterprise projects at or above this share get {@link RATE_HIGH} ("60% 及以上"). */
export const SHARE_HIGH: Parameter<string> = fromSigning(
  'support.share-high',
  '企业投资项目高档装机占比（含）',
  'Enterprise projects: share for the higher rate (inclusive)',
  '%',
  '60%',
  RATE_HIGH_CITATION,
);
/** 六(一): the rate for enterprise new/rebuilt/expanded projects with share ≥ 60%. */
export const RATE_HIGH: Parameter<string> = fromSigning(
  'support.rate-high',
  '装机占比60%及以上的支持比例',
  'Support rate at a share of 60% or more',
  '%',
  '30%',
  RATE_HIGH_CITATION,
);
/** 六(一): the lower bound of the 20% band ("30% 至 60%(不含)"), inclusive. */
export const SHARE_LOW: Parameter<string> = fromSigning(
  'support.share-low',
  '企业投资项目低档装机占比（含）',
  'Enterprise projects: share for the lower rate (inclusive)',
  '%',
  '30%',
  RATE_LOW_CITATION,
);
/** 六(一): the rate for 30% ≤ share < 60%. */
export const RATE_LOW: Parameter<string> = fromSigning(
  'support.rate-low',
  '装机占比30%至60%（不含）的支持比例',
  'Support rate at a share from 30% to below 60%',
  '%',
  '20%',
  RATE_LOW_CITATION,
);
/** 六(一): new-technology application projects and multi-energy stations need this share ("30% 及以上"). */
export const SHARE_SPECIAL: Parameter<string> = fromSigning(
  'support.share-special',
  '新技术应用项目、多能耦合综合能源站装机占比（含）',
  'New-technology projects and multi-energy stations: minimum share (inclusive)',
  '%',
  '30%',
  RATE_SPECIAL_CITATION,
);
/** 六(一): the rate of new-technology application projects and multi-energy stations. */
export const RATE_SPECIAL: Parameter<string> = fromSigning(
  'support.rate-special',
  '新技术应用项目、多能耦合综合能源站的支持比例',
  'Support rate of new-technology projects and multi-energy stations',
  '%',
  '30%',
  RATE_SPECIAL_CITATION,
);
/** 一(三): new heating projects, new-energy share "in principle" at least this. */
export const SHARE_PRINCIPLE: Parameter<string> = fromSigning(
  'check.share-principle',
  '新建供热项目新能源供热装机占比（原则上不低于）',
  'New heating projects: new-energy share, in principle at least',
  '%',
  '60%',
  SHARE_PRINCIPLE_CITATION,
);
/** 三(六): a centralised air-source heat pump's single-unit capacity, at least (kW). */
export const AIR_UNIT_MIN_KW: Parameter<string> = fromSigning(
  'check.air-unit-min-kw',
  '集中式空气源热泵单机装机容量（不低于）',
  'Centralised air-source heat pump: single-unit capacity, at least',
  'kW',
  '300',
  AIR_SOURCE_CITATION,
);
/** 三(六): a centralised air-source heat pump's COP, at least. */
export const AIR_COP_MIN: Parameter<string> = fromSigning(
  'check.air-cop-min',
  '集中式空气源热泵设备能效COP（不低于）',
  'Centralised air-source heat pump: COP, at least',
  '',
  '2.5',
  AIR_SOURCE_CITATION,
);
