/**
 * @module policies/jingjiguanfa-2023-32/art-04-rd-growth
 * 第四条 支持企业持续加大研发投入: support for little giants whose R&D spending grows beyond the target.
 *
 * > 对年度研发费用增长超过年度目标值的国家专精特新“小巨人”企业,按照高出部分的20%给予支持,年度支持金额最高为
 * > 300万元。
 *
 * The "年度目标值" is not in the text: it is a growth rate set by the administering bureau for each
 * year, configured under `jingjiguanfa-2023-32.art4.growth-target`; until it is, the decision is
 * `needs_review` with no amount (D-32-9). Growth = R&D(Y) − R&D(Y−1); it must exceed the target
 * strictly; the part above it = R&D(Y) − R&D(Y−1) × (1 + target), exactly; support = 20% of that,
 * rounded half up to the fen, at most 300万 for the year (D-32-10). Years 2023–2025, one award per
 * R&D year, key `rd-year:<Y>` (D-32-11); a prior year without R&D spending is referred (D-32-12).
 */
import type { Citation } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { formatYuan, minFen, parseYuan, toFen } from '../../engine/money.ts';
import { findValueAt, type ParameterOverrides, valueAt, withOverrides } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  add,
  cmp,
  div,
  mul,
  ONE,
  parseRational,
  type Rational,
  ratio,
  sub,
  toDecimalString,
  toPercentString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { bool, EXAMPLE_SCOPE, yuan } from './facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf, listOf } from './history.ts';
import {
  ART4_ANNUAL_CAP,
  ART4_CAP_CITATION,
  ART4_CONDITION_CITATION,
  ART4_GROWTH_TARGET,
  ART4_RATE,
  ART4_RATE_CITATION,
  MEASURE_WINDOW,
  POLICY_ID,
} from './parameters.ts';
import {
  checkScope,
  SCOPE_CITATION,
  SCOPE_FACTS,
  SCOPE_MESSAGES,
  SCOPE_REQUIRED,
  type ScopeFacts,
} from './scope.ts';

const RULE_ID = `${POLICY_ID}/art-04-rd-growth`;
/** The first R&D year: the first whose last day falls within the measure (D-32-11). */
const FIRST_YEAR = Number(MEASURE_WINDOW.from.slice(0, 4));

export interface Art4Facts extends ScopeFacts {
  readonly littleGiant: boolean;
  readonly rdYear: number;
  readonly rdExpensePriorYear: string;
  readonly rdExpense: string;
  readonly awardHistory?: readonly AwardRecord[];
}

const subjectOf = (year: number) => `rd-year:${year}`;

/** Configured targets without a citation cite the article's condition (no coded value can stand in). */
function cited(overrides: ParameterOverrides | undefined): ParameterOverrides | undefined {
  const values = overrides?.[ART4_GROWTH_TARGET.id];
  if (!values) return overrides;
  return {
    ...overrides,
    [ART4_GROWTH_TARGET.id]: values.map((v) => ({ ...v, citation: v.citation ?? ART4_CONDITION_CITATION })),
  };
}

/** The configured target of year `year` (a rate ≥ 0, `"10%"` or `"0.1"`), or null when none is set. */
export function growthTarget(
  year: number,
  overrides: ParameterOverrides | undefined,
): { rate: Rational; text: string; citation: Citation } | null {
  const param = withOverrides(ART4_GROWTH_TARGET, cited(overrides));
  const v = findValueAt(param, `${year}-12-31` as CalendarDate);
  if (!v) return null;
  const field = `overrides.${ART4_GROWTH_TARGET.id}`;
  let rate: Rational | null = null;
  try {
    rate = parseRational(v.value, field);
  } catch {
    // Not a number: reported as a configuration error below.
  }
  if (rate === null || cmp(rate, ZERO) < 0) {
    throw new ZhengceError('ZC_ERR_CONFIG', `${field}: ${JSON.stringify(v.value)} is not a growth rate ≥ 0`, {
      field,
      value: v.value,
      messageZh: `${field}：${JSON.stringify(v.value)} 不是不小于0的增长率`,
    });
  }
  return { rate, text: String(v.value), citation: v.citation };
}

export const art04RdGrowth: Rule = defineRule<Art4Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '研发投入增长支持', en: 'Support for R&D spending growth' },
  citations: [ART4_CONDITION_CITATION, ART4_RATE_CITATION, ART4_CAP_CITATION, SCOPE_CITATION],
  validity: MEASURE_WINDOW,
  department: 'sci-tech-innovation',
  noApplication: false,
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['littleGiant', 'rdYear', 'rdExpensePriorYear', 'rdExpense', ...SCOPE_REQUIRED],
    properties: {
      littleGiant: bool(
        'Holds the national SRDI “little giant” title in the R&D year',
        '研发年度内为国家专精特新“小巨人”企业',
      ),
      rdYear: {
        type: 'integer',
        minimum: 2000,
        maximum: 2999,
        description: 'The year whose R&D spending growth is supported',
        'x-description-zh': '研发费用年度',
      },
      rdExpensePriorYear: yuan('R&D expenses of the previous year, yuan', '上一年度研发费用（元）'),
      rdExpense: yuan('R&D expenses of the year, yuan', '本年度研发费用（元）'),
      awardHistory: AWARD_HISTORY_FACT,
      ...SCOPE_FACTS,
    },
  },
  awardSubjects: (f) => [subjectOf(f.rdYear)],
  examples: [
    {
      title: {
        zh: '“小巨人”企业2024年研发费用由5,000万元增至6,500万元（年度目标值未配置，待审核）',
        en: 'A little giant’s R&D spending rose from 50 to 65 million yuan in 2024 (annual target not configured: review)',
      },
      asOf: '2025-03-31' as CalendarDate,
      facts: {
        littleGiant: true,
        rdYear: 2024,
        rdExpensePriorYear: '50000000',
        rdExpense: '65000000',
        ...EXAMPLE_SCOPE,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    'j32.art4.little_giant': {
      zh: '为国家专精特新“小巨人”企业（填报：{value}）',
      en: 'A national SRDI “little giant” (reported: {value})',
    },
    'j32.art4.year': {
      zh: '研发费用年度 {year} 在本措施施行期间（{first}—{last} 年）',
      en: 'The R&D year {year} falls within the measure ({first}–{last})',
    },
    'j32.art4.not_awarded_for_year': {
      zh: '{year} 年度尚未获得本条支持（此前：{earlier}）',
      en: 'No support under this article yet for {year} (earlier: {earlier})',
    },
    'j32.art4.target_configured': {
      zh: '{year} 年度目标值已由主管部门设定（未设定时需人工审核）',
      en: 'The annual target for {year} has been set by the bureau (referred for review until it is)',
    },
    'j32.art4.prior_positive': {
      zh: '上一年度研发费用为正数，可计算增长（上一年度：{prior} 元）',
      en: 'The previous year’s R&D spending is positive, so growth can be measured (previous year: {prior} yuan)',
    },
    'j32.art4.growth': {
      zh: '研发费用增长 = {current} − {prior} = {result} 元（增长率 {rate}）',
      en: 'R&D spending growth = {current} − {prior} = {result} yuan (rate {rate})',
    },
    'j32.art4.above_target': {
      zh: '研发费用增长率 {rate} 超过年度目标值 {target}',
      en: 'R&D spending growth of {rate} exceeds the annual target of {target}',
    },
    'j32.art4.excess': {
      zh: '高出部分 = 增长 {growth} 元 − 上一年度 {prior} 元 × 目标值 {target} = {result} 元',
      en: 'Growth above the target = growth {growth} yuan − previous year {prior} yuan × target {target} = {result} yuan',
    },
    'j32.art4.support': {
      zh: '支持金额 = 高出部分 {excess} 元 × {rate} = {exact} 元，四舍五入到分 = {result} 元',
      en: 'Support = {excess} yuan above the target × {rate} = {exact} yuan, rounded half up to the fen = {result} yuan',
    },
    'j32.art4.cap': {
      zh: '年度支持金额 = min({support}, 上限 {cap}) = {result} 元',
      en: 'Annual support = min({support}, cap {cap}) = {result} yuan',
    },
  },
  evaluate(f, { asOf, overrides }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const asOfYear = Number(asOf.slice(0, 4));
    if (f.rdYear > asOfYear) {
      throw invalidInput(
        'facts.rdYear',
        f.rdYear,
        `is after the as-of year ${asOfYear}`,
        `晚于评估年度 ${asOfYear}`,
      );
    }
    d.interpret('D-32-11');
    d.check('j32.art4.little_giant', f.littleGiant, { value: f.littleGiant }, ART4_CONDITION_CITATION);
    d.check(
      'j32.art4.year',
      f.rdYear >= FIRST_YEAR,
      { year: f.rdYear, first: FIRST_YEAR, last: Number(MEASURE_WINDOW.to.slice(0, 4)) },
      ART4_CAP_CITATION,
    );
    const sameYear = awardsOf(f.awardHistory, RULE_ID).filter((r) => r.subject === subjectOf(f.rdYear));
    d.check(
      'j32.art4.not_awarded_for_year',
      sameYear.length === 0,
      { year: f.rdYear, earlier: listOf(sameYear) },
      ART4_CAP_CITATION,
    );
    checkScope(d, f);

    d.interpret('D-32-9');
    const target = growthTarget(f.rdYear, overrides);
    if (!target) {
      d.check('j32.art4.target_configured', null, { year: f.rdYear }, ART4_CONDITION_CITATION);
      return d.decide(null);
    }
    const prior = parseRational(f.rdExpensePriorYear, 'facts.rdExpensePriorYear');
    const current = parseRational(f.rdExpense, 'facts.rdExpense');
    if (cmp(prior, ZERO) === 0) {
      d.interpret('D-32-12');
      d.check('j32.art4.prior_positive', null, { prior: f.rdExpensePriorYear }, ART4_CONDITION_CITATION);
      return d.decide(null);
    }
    const growth = sub(current, prior);
    const rate = div(growth, prior);
    d.step('j32.art4.growth', {
      inputs: { prior: f.rdExpensePriorYear, current: f.rdExpense, rate: toPercentString(rate) },
      result: toDecimalString(growth),
      citation: ART4_CONDITION_CITATION,
    });
    const above = d.check(
      'j32.art4.above_target',
      cmp(rate, target.rate) > 0,
      { rate: toPercentString(rate), target: toPercentString(target.rate) },
      target.citation,
    );
    if (!above) return d.decide(null);

    // The part above the target, in yuan: R&D(Y) − R&D(Y−1) × (1 + target) (D-32-10).
    d.interpret('D-32-10');
    const excess = sub(current, mul(prior, add(ONE, target.rate)));
    d.step('j32.art4.excess', {
      inputs: { growth: toDecimalString(growth), prior: f.rdExpensePriorYear },
      parameters: { target: toPercentString(target.rate) },
      result: toDecimalString(excess),
      citation: ART4_RATE_CITATION,
    });
    const share = valueAt(ART4_RATE, asOf);
    const exact = mul(excess, parseRational(share.value));
    const support = toFen(mul(exact, ratio(100)), 'half_up');
    d.step('j32.art4.support', {
      inputs: { excess: toDecimalString(excess), exact: toDecimalString(exact) },
      parameters: { rate: share.value, rounding: 'half_up' },
      result: formatYuan(support),
      citation: share.citation,
    });
    const cap = valueAt(ART4_ANNUAL_CAP, asOf);
    const amount = minFen(support, parseYuan(cap.value));
    d.step('j32.art4.cap', {
      inputs: { support: formatYuan(support) },
      parameters: { cap: cap.value },
      result: formatYuan(amount),
      citation: cap.citation,
    });
    return d.decide(amount);
  },
});
