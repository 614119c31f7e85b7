/**
 * @module policies/jingjiguanfa-2023-32/parameters
 * The numbers of 京技管发〔2023〕32号 that the rules read, each dated and cited.
 */
import { cite } from '../../engine/citation.ts';
import { parameter } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingjiguanfa-2023-32';
const FROM = '2023-11-29' as CalendarDate;
const TO = '2025-12-31' as CalendarDate;

const ART5 = cite(
  POLICY_ID,
  '第五条',
  '对纳入计划的北京市专精特新中小企业,按照最高1.5元/平方米/天,总面积不超过500平方米的标准给予房租补贴支持,租金低于1.5元/平方米/天或承租面积少于500平方米的,按照实际租金单价和承租面积计算。',
);

/** 第五条: the rent subsidy's unit-price cap, 元 per m² per day (exact decimal text). */
export const RENT_CAP_PER_SQM_DAY = parameter<string>({
  id: 'jingjiguanfa-2023-32.art5.rent-cap',
  title: { zh: '房租补贴单价上限', en: 'Rent subsidy unit-price cap' },
  unit: '元/m²/天',
  values: [{ from: FROM, to: TO, value: '1.5', citation: ART5 }],
});

/** 第五条: the rent subsidy's area cap, m². */
export const RENT_AREA_CAP_SQM = parameter<string>({
  id: 'jingjiguanfa-2023-32.art5.area-cap',
  title: { zh: '房租补贴面积上限', en: 'Rent subsidy area cap' },
  unit: 'm²',
  values: [{ from: FROM, to: TO, value: '500', citation: ART5 }],
});
