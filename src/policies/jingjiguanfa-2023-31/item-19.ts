/**
 * @module policies/jingjiguanfa-2023-31/item-19
 * 第一章 二（十九） 绿电交易项目 (green electricity trading).
 *
 * > 鼓励企业参与北京市绿色电力交易,对成功购买绿色电力的企业给予资金奖励,按交易电量每度电奖励 0.01 元。
 *
 * Amount = kWh traded (exact decimal) × 0.01 元, i.e. one fen a kWh, rounded half up to the fen
 * (D-31-12); no cap. One award per enterprise and calendar year of trading, for that year's
 * volume: the award key is `year:<YYYY>`, and a year already in `awardHistory` is not paid again
 * (D-31-36). Not a project: 第二章 二（四）（五） do not apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan, toFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, mul, parseRational, ratio, ZERO } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  DECIMAL,
  EXAMPLE_APPLICANT,
  ITEM19_CITATION,
  ITEM19_PER_KWH,
  itemFactsSchema,
  itemMessages,
  YEAR,
} from './parameters-energy.ts';

const RULE_ID = `${POLICY_ID}/item-19`;

export interface Item19Facts extends CommonFacts {
  readonly enterprise: boolean;
  readonly beijingGreenPowerTrade: boolean;
  readonly tradingYear: number;
  readonly greenPowerKwh: string;
  readonly awardHistory?: readonly AwardRecord[];
}

export const item19: Rule = defineRule<Item19Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '绿电交易项目', en: 'Green electricity trading' },
  citations: [ITEM19_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: false,
  factsSchema: itemFactsSchema(
    ['enterprise', 'beijingGreenPowerTrade', 'tradingYear', 'greenPowerKwh'],
    {
      enterprise: {
        type: 'boolean',
        description: 'The applicant is an enterprise',
        'x-description-zh': '申报主体为企业',
      },
      beijingGreenPowerTrade: {
        type: 'boolean',
        description: "Bought green electricity successfully in Beijing's green electricity trading",
        'x-description-zh': '通过北京市绿色电力交易成功购买绿色电力',
      },
      tradingYear: { ...YEAR, description: 'Calendar year of the trades', 'x-description-zh': '交易年度' },
      greenPowerKwh: {
        ...DECIMAL,
        description: 'Green electricity traded in that year, kWh',
        'x-description-zh': '该年度绿色电力交易电量（度）',
        'x-unit': 'kWh',
      },
      awardHistory: AWARD_HISTORY_FACT,
    },
    false,
  ),
  awardSubjects: (f) => [`year:${f.tradingYear}`],
  examples: [
    {
      title: {
        zh: '2024年度购买绿电12,345,678.9度',
        en: '12,345,678.9 kWh of green electricity bought in 2024',
      },
      asOf: '2025-03-31' as CalendarDate,
      facts: {
        enterprise: true,
        beijingGreenPowerTrade: true,
        tradingYear: 2024,
        greenPowerKwh: '12345678.9',
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: itemMessages({
    'j31.item19.enterprise': {
      zh: '申报主体为企业（填报：{value}）',
      en: 'The applicant is an enterprise (reported: {value})',
    },
    'j31.item19.beijing_trade': {
      zh: '通过北京市绿色电力交易成功购买绿色电力（填报：{value}）',
      en: "Bought green electricity in Beijing's green electricity trading (reported: {value})",
    },
    'j31.item19.volume_positive': {
      zh: '交易电量为正数（{value} 度）',
      en: 'The volume traded is positive ({value} kWh)',
    },
    'j31.item19.year_not_awarded': {
      zh: '{year} 年度的绿电交易尚未获得奖励（此前奖励：{earlier}）',
      en: 'Green electricity traded in {year} has not been rewarded yet (earlier award: {earlier})',
    },
    'j31.item19.amount': {
      zh: '奖励金额 = 交易电量 {kwh} 度 × {perKwh} 元/度，四舍五入到分 = {result} 元',
      en: 'Award = {kwh} kWh × {perKwh} yuan/kWh, rounded half up to the fen = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-36');
    const kwh = parseRational(f.greenPowerKwh, 'facts.greenPowerKwh');
    d.check('j31.item19.enterprise', f.enterprise, { value: f.enterprise }, ITEM19_CITATION);
    d.check(
      'j31.item19.beijing_trade',
      f.beijingGreenPowerTrade,
      { value: f.beijingGreenPowerTrade },
      ITEM19_CITATION,
    );
    d.check('j31.item19.volume_positive', cmp(kwh, ZERO) > 0, { value: f.greenPowerKwh }, ITEM19_CITATION);
    const earlier = awardsOf(f.awardHistory, RULE_ID).find((r) => r.subject === `year:${f.tradingYear}`);
    d.check(
      'j31.item19.year_not_awarded',
      earlier === undefined,
      { year: f.tradingYear, earlier: earlier ? `${earlier.awardedOn} ${earlier.amount}` : '-' },
      ITEM19_CITATION,
    );
    checkCommon(d, f, { no: 19, project: false, pollution: false }, asOf);
    const per = valueAt(ITEM19_PER_KWH, asOf);
    d.interpret('D-31-12');
    const amount = toFen(mul(kwh, ratio(parseYuan(per.value))), 'half_up');
    d.step('j31.item19.amount', {
      inputs: { kwh: f.greenPowerKwh },
      parameters: { perKwh: per.value, rounding: 'half_up' },
      result: formatYuan(amount),
      citation: per.citation,
    });
    return d.decide(amount);
  },
});
