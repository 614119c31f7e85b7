/**
 * @module policies/jingjiguanfa-2023-31/item-06
 * 第一章 一（六） 排污企业转型升级类项目 (transformation or exit of polluting enterprises).
 *
 * > 鼓励重点 VOCs 排放企业(年度 VOCs 排放量不低于 0.1 吨的企业)整体退出北京市或污染环节关停并退出北京市,符合
 * > 经开区产业结构调整和转型升级政策,且已完成企业营业执照注销或相关生产设备拆除的,支持资金实行与污染物减排量等
 * > 指标挂钩的方式,按照污染物减排量,分档确定奖励资金,奖励资金范围 50—250 万元。
 *
 * Conditions (D-31-23): annual VOCs ≥ 0.1 t (inclusive); the whole enterprise, or its polluting
 * stage, closed and left Beijing; fits E-Town's restructuring policy; business licence cancelled or
 * production equipment dismantled. Amount: the tier of the emission reduction, from tiers the
 * bureau configures (`jingjiguanfa-2023-31.item-06.tiers` in `ctx.overrides`), each within
 * 50–250 万元. No tier is coded: without configured tiers the decision is `needs_review` with the
 * range and no amount (D-31-4, D-31-24). An exit is not a paid project: 第二章 二（四）（五） do not
 * apply (D-31-29). Each exit is one case (the caller's case id is the award key).
 */
import type { DecisionBuilder as Builder, Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import { findValueAt, type ParameterOverrides, valueAt, withOverrides } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, parseRational, type Rational, ZERO } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, COMMON_MESSAGES, type CommonFacts, checkCommon } from './common.ts';
import { EXAMPLE_APPLICANT, nonProjectFactsSchema } from './item-09.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM6_AMOUNT_CITATION,
  ITEM6_CONDITIONS_CITATION,
  ITEM6_ENTERPRISE_CITATION,
  ITEM6_MAX_AMOUNT,
  ITEM6_MIN_AMOUNT,
  ITEM6_TIERS,
  ITEM6_VOCS_MIN_TONNES,
  type Item6Tier,
} from './parameters-pollution.ts';

/** How the enterprise left: as a whole, only its polluting stage, or not at all. */
export const EXITS = ['whole_enterprise', 'polluting_stage', 'none'] as const;

export interface Item6Facts extends CommonFacts {
  readonly annualVocsTonnes: string;
  readonly exit: (typeof EXITS)[number];
  readonly leftBeijing: boolean;
  readonly fitsRestructuringPolicy: boolean;
  readonly licenceCancelled: boolean;
  readonly equipmentDismantled: boolean;
  readonly reductionTonnes: string;
}

const TONNES = { type: 'string', pattern: '^\\d+(\\.\\d+)?$', 'x-unit': 't' };
const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

/** A tier read exactly. */
interface Tier {
  readonly min: Rational;
  readonly amount: Fen;
  readonly raw: Item6Tier;
}

/**
 * The configured tiers, checked: a non-empty array of `{minReductionTonnes, amountYuan}`, each
 * amount within 50–250 万元, no two tiers at the same reduction, and a larger reduction never
 * earning less. Throws `ZC_ERR_CONFIG` naming the parameter otherwise.
 */
export function readTiers(value: unknown, low: Fen, high: Fen): Tier[] {
  const field = `overrides.${ITEM6_TIERS.id}`;
  const fail = (why: string, whyZh: string): never => {
    throw new ZhengceError('ZC_ERR_CONFIG', `${field}: ${why}`, {
      field,
      value,
      messageZh: `${field}：${whyZh}`,
    });
  };
  if (!Array.isArray(value) || value.length === 0)
    fail('must be a non-empty array of tiers', '须为非空的分档数组');
  const tiers = (value as unknown[]).map((t, i): Tier => {
    if (typeof t !== 'object' || t === null) return fail(`tier ${i} is not an object`, `第 ${i} 档不是对象`);
    const raw = t as Item6Tier;
    const min = parseRational(raw.minReductionTonnes, `${field}.${i}.minReductionTonnes`);
    const amount = parseYuan(raw.amountYuan, `${field}.${i}.amountYuan`);
    if (cmp(min, ZERO) < 0) fail(`tier ${i}: the reduction is negative`, `第 ${i} 档减排量为负数`);
    if (amount < low || amount > high) {
      fail(
        `tier ${i}: ${raw.amountYuan} yuan is outside ${formatYuan(low)}–${formatYuan(high)} yuan`,
        `第 ${i} 档金额 ${raw.amountYuan} 元不在 ${formatYuan(low)}—${formatYuan(high)} 元范围内`,
      );
    }
    return { min, amount, raw };
  });
  tiers.sort((a, b) => cmp(a.min, b.min));
  for (let i = 1; i < tiers.length; i++) {
    const [a, b] = [tiers[i - 1]!, tiers[i]!];
    if (cmp(a.min, b.min) === 0) fail('two tiers start at the same reduction', '两档的减排量下限相同');
    if (b.amount < a.amount) fail('a larger reduction earns less', '减排量更大的档奖励更少');
  }
  return tiers;
}

/**
 * Checks a tiers value a bureau wants to configure, with the range in force on `asOf`; throws
 * `ZC_ERR_CONFIG` naming the parameter when it is not acceptable (see {@link readTiers}).
 */
export function validateTiers(value: unknown, asOf: CalendarDate = FROM): void {
  const low = parseYuan(valueAt(ITEM6_MIN_AMOUNT, asOf).value);
  readTiers(value, low, parseYuan(valueAt(ITEM6_MAX_AMOUNT, asOf).value));
}

/**
 * The overrides with every configured tiers value cited: the parameter has no coded value whose
 * citation could stand in, so a value configured without one cites the item's amount sentence.
 */
function cited(overrides: ParameterOverrides | undefined): ParameterOverrides | undefined {
  const values = overrides?.[ITEM6_TIERS.id];
  if (!values) return overrides;
  return {
    ...overrides,
    [ITEM6_TIERS.id]: values.map((v) => ({ ...v, citation: v.citation ?? ITEM6_AMOUNT_CITATION })),
  };
}

/** The amount: the highest tier the reduction reaches, or a review when no tiers are configured. */
function tierAmount(
  d: Builder,
  f: Item6Facts,
  asOf: CalendarDate,
  overrides: ParameterOverrides | undefined,
): Fen | null {
  d.interpret('D-31-4');
  d.interpret('D-31-24');
  const low = valueAt(ITEM6_MIN_AMOUNT, asOf);
  const high = valueAt(ITEM6_MAX_AMOUNT, asOf);
  const range = { min: low.value, max: high.value };
  const configured = findValueAt(withOverrides(ITEM6_TIERS, cited(overrides)), asOf);
  if (!configured) {
    d.check('j31.item6.tiers_configured', null, range, ITEM6_AMOUNT_CITATION);
    return null;
  }
  const tiers = readTiers(configured.value, parseYuan(low.value), parseYuan(high.value));
  const reduction = parseRational(f.reductionTonnes, 'facts.reductionTonnes');
  const reached = tiers.filter((t) => cmp(reduction, t.min) >= 0).at(-1);
  d.check(
    'j31.item6.tier_reached',
    reached !== undefined,
    { reduction: f.reductionTonnes, lowest: tiers[0]!.raw.minReductionTonnes },
    ITEM6_AMOUNT_CITATION,
  );
  if (!reached) return null;
  d.step('j31.item6.tier', {
    inputs: { reduction: f.reductionTonnes },
    parameters: {
      tiers: tiers.map((t) => ({
        minReductionTonnes: String(t.raw.minReductionTonnes),
        amountYuan: String(t.raw.amountYuan),
      })),
      configuredFrom: configured.from,
      ...range,
    },
    result: formatYuan(reached.amount),
    citation: ITEM6_AMOUNT_CITATION,
  });
  return reached.amount;
}

export const item06: Rule = defineRule<Item6Facts>({
  id: `${POLICY_ID}/item-06`,
  policyId: POLICY_ID,
  title: { zh: '排污企业转型升级类项目', en: 'Transformation or exit of polluting enterprises' },
  citations: [ITEM6_ENTERPRISE_CITATION, ITEM6_CONDITIONS_CITATION, ITEM6_AMOUNT_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: false,
  factsSchema: nonProjectFactsSchema(
    [
      'annualVocsTonnes',
      'exit',
      'leftBeijing',
      'fitsRestructuringPolicy',
      'licenceCancelled',
      'equipmentDismantled',
      'reductionTonnes',
    ],
    {
      annualVocsTonnes: {
        ...TONNES,
        description: "The enterprise's annual VOCs emissions in the last full year before the exit, tonnes",
        'x-description-zh': '退出前最近一个完整年度的 VOCs 排放量（吨）',
      },
      exit: {
        type: 'string',
        enum: [...EXITS],
        'x-enum-labels': {
          whole_enterprise: { zh: '企业整体退出', en: 'The whole enterprise exited' },
          polluting_stage: { zh: '污染环节关停并退出', en: 'The polluting stage closed and exited' },
          none: { zh: '未退出', en: 'No exit' },
        },
        description: 'What exited',
        'x-description-zh': '退出方式',
      },
      leftBeijing: bool(
        'What exited left Beijing (not relocated within Beijing)',
        '退出北京市（不是在北京市内搬迁）',
      ),
      fitsRestructuringPolicy: bool(
        "Fits E-Town's industrial restructuring and upgrading policy",
        '符合经开区产业结构调整和转型升级政策',
      ),
      licenceCancelled: bool('The business licence has been cancelled', '已完成企业营业执照注销'),
      equipmentDismantled: bool(
        'The production equipment concerned has been dismantled',
        '已完成相关生产设备拆除',
      ),
      reductionTonnes: {
        ...TONNES,
        description: 'Pollutant emission reduction, tonnes a year, as assessed by the bureau for its tiers',
        'x-description-zh': '污染物减排量（吨/年，按主管部门分档口径核定）',
      },
    },
  ),
  examples: [
    {
      title: {
        zh: '年排放 VOCs 3.2 吨的企业整体退出北京并注销执照（分档未配置，待审核）',
        en: 'An enterprise emitting 3.2 t VOCs a year leaves Beijing and cancels its licence (tiers not configured: review)',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        annualVocsTonnes: '3.2',
        exit: 'whole_enterprise',
        leftBeijing: true,
        fitsRestructuringPolicy: true,
        licenceCancelled: true,
        equipmentDismantled: true,
        reductionTonnes: '3.2',
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: {
    ...COMMON_MESSAGES,
    'j31.item6.key_vocs': {
      zh: '为重点 VOCs 排放企业：年度 VOCs 排放量 {value} 吨不低于 {limit} 吨',
      en: 'A key VOCs enterprise: annual VOCs emissions of {value} t are at least {limit} t',
    },
    'j31.item6.exited': {
      zh: '企业整体退出或污染环节关停并退出（退出方式：{value}）',
      en: 'The whole enterprise, or its polluting stage, closed and exited ({value})',
    },
    'j31.item6.left_beijing': {
      zh: '已退出北京市（填报：{value}）',
      en: 'It has left Beijing (reported: {value})',
    },
    'j31.item6.restructuring_policy': {
      zh: '符合经开区产业结构调整和转型升级政策（填报：{value}）',
      en: "Fits E-Town's restructuring and upgrading policy (reported: {value})",
    },
    'j31.item6.closed_out': {
      zh: '已完成企业营业执照注销或相关生产设备拆除（注销：{licence}；拆除：{equipment}）',
      en: 'Business licence cancelled or production equipment dismantled (cancelled: {licence}; dismantled: {equipment})',
    },
    'j31.item6.tiers_configured': {
      zh: '奖励按污染物减排量分档确定，范围 {min}—{max} 元；主管部门尚未配置分档，需人工审核确定金额',
      en: 'The award is tiered by emission reduction within {min}–{max} yuan; the bureau has not configured the tiers, so the amount needs review',
    },
    'j31.item6.tier_reached': {
      zh: '污染物减排量 {reduction} 吨达到最低一档的 {lowest} 吨',
      en: 'The emission reduction of {reduction} t reaches the lowest tier, {lowest} t',
    },
    'j31.item6.tier': {
      zh: '按污染物减排量 {reduction} 吨分档（分档：{tiers}，自 {configuredFrom} 起配置），奖励 {result} 元',
      en: 'Tier for an emission reduction of {reduction} t (tiers: {tiers}, configured from {configuredFrom}): {result} yuan',
    },
  },
  evaluate(f, { asOf, overrides }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-23');
    const vocs = parseRational(f.annualVocsTonnes, 'facts.annualVocsTonnes');
    const vocsMin = valueAt(ITEM6_VOCS_MIN_TONNES, asOf);
    // "不低于 0.1 吨": 0.1 t itself qualifies.
    d.check(
      'j31.item6.key_vocs',
      cmp(vocs, parseRational(vocsMin.value)) >= 0,
      { value: f.annualVocsTonnes, limit: vocsMin.value },
      vocsMin.citation,
    );
    d.check('j31.item6.exited', f.exit !== 'none', { value: f.exit }, ITEM6_ENTERPRISE_CITATION);
    d.check('j31.item6.left_beijing', f.leftBeijing, { value: f.leftBeijing }, ITEM6_ENTERPRISE_CITATION);
    d.check(
      'j31.item6.restructuring_policy',
      f.fitsRestructuringPolicy,
      { value: f.fitsRestructuringPolicy },
      ITEM6_CONDITIONS_CITATION,
    );
    // "营业执照注销或相关生产设备拆除": either completes the exit.
    d.check(
      'j31.item6.closed_out',
      f.licenceCancelled || f.equipmentDismantled,
      { licence: f.licenceCancelled, equipment: f.equipmentDismantled },
      ITEM6_CONDITIONS_CITATION,
    );
    d.interpret('D-31-29');
    checkCommon(d, f, { no: 6, project: false, pollution: true }, asOf);
    return d.decide(tierAmount(d, f, asOf, overrides));
  },
});
