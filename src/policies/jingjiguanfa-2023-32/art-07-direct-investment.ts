/**
 * @module policies/jingjiguanfa-2023-32/art-07-direct-investment
 * 第七条 发挥科技创新资金作用: the most the science and technology innovation fund invests directly.
 *
 * > 通过股权投资或“以赛代评”形式,支持符合经开区定位和相关产业政策、产业投资导向的科技创新型企。采用直投形式时,
 * > 对单个项目的投资金额原则上不超过 2000 万元,且不超过项目投资总额的 30%;对独角兽、制造业单项冠军、国家专精特新
 * > “小巨人”等资质企业项目,给予在同等条件下优先投资支持。
 *
 * The decision's amount is the maximum direct investment in one project:
 * min(2000万, 30% × the project's total investment), the 30% rounded down to the fen so the maximum
 * never exceeds it (D-32-15). "原则上": a proposed investment above the maximum is referred for review
 * with the maximum as the amount, not refused (D-32-15). A unicorn, single champion or little giant
 * is invested in first on equal terms, which changes no amount; the 以赛代评 form sets no number and
 * is not coded (D-32-16).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { applyRate, formatYuan, minFen, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { parseRational } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { bool, EXAMPLE_SCOPE, yuan } from './facts.ts';
import {
  ART7_CAP_CITATION,
  ART7_MAX_AMOUNT,
  ART7_MAX_SHARE,
  ART7_PRIORITY_CITATION,
  ART7_SCOPE_CITATION,
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

/** The qualifications that give priority on equal terms ("等资质": others the bureau recognises). */
export const QUALIFICATIONS = [
  'unicorn',
  'single_champion',
  'little_giant',
  'other_qualification',
  'none',
] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

export interface Art7Facts extends ScopeFacts {
  readonly techInnovationEnterprise: boolean;
  readonly fitsPositioning: boolean;
  readonly projectTotalInvestment: string;
  readonly proposedInvestment?: string;
  readonly qualification: Qualification;
}

export const art07DirectInvestment: Rule = defineRule<Art7Facts>({
  id: `${POLICY_ID}/art-07-direct-investment`,
  policyId: POLICY_ID,
  title: { zh: '科技创新资金直投上限', en: 'Maximum direct investment of the innovation fund' },
  citations: [ART7_SCOPE_CITATION, ART7_CAP_CITATION, ART7_PRIORITY_CITATION, SCOPE_CITATION],
  validity: MEASURE_WINDOW,
  department: 'sci-tech-innovation',
  noApplication: false,
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'techInnovationEnterprise',
      'fitsPositioning',
      'projectTotalInvestment',
      'qualification',
      ...SCOPE_REQUIRED,
    ],
    properties: {
      techInnovationEnterprise: bool(
        'The enterprise invested in is a science and technology innovation enterprise',
        '被投企业为科技创新型企业',
      ),
      fitsPositioning: bool(
        "It fits E-Town's positioning, the relevant industrial policies and the industrial investment guidance",
        '符合经开区定位和相关产业政策、产业投资导向',
      ),
      projectTotalInvestment: yuan('Total investment of the project, yuan', '项目投资总额（元）'),
      proposedInvestment: yuan(
        'The direct investment proposed for the project, yuan (optional: checked against the maximum)',
        '拟直投金额（元，选填：与上限比较）',
      ),
      qualification: {
        type: 'string',
        enum: [...QUALIFICATIONS],
        'x-enum-labels': {
          unicorn: { zh: '独角兽企业', en: 'Unicorn' },
          single_champion: { zh: '制造业单项冠军企业', en: 'Manufacturing single champion' },
          little_giant: { zh: '国家专精特新“小巨人”企业', en: 'National SRDI “little giant”' },
          other_qualification: { zh: '其他同类资质企业', en: 'Another comparable qualification' },
          none: { zh: '无上述资质', en: 'None' },
        },
        description: 'The qualification that gives priority on equal terms',
        'x-description-zh': '同等条件下优先投资的资质',
      },
      ...SCOPE_FACTS,
    },
  },
  examples: [
    {
      title: {
        zh: '“小巨人”企业项目总投资5,000万元：直投最高1,500万元',
        en: 'A little giant’s project of 50 million yuan: at most 15 million yuan invested directly',
      },
      asOf: '2024-07-31' as CalendarDate,
      facts: {
        techInnovationEnterprise: true,
        fitsPositioning: true,
        projectTotalInvestment: '50000000',
        proposedInvestment: '12000000',
        qualification: 'little_giant',
        ...EXAMPLE_SCOPE,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    'j32.art7.tech_enterprise': {
      zh: '被投企业为科技创新型企业（填报：{value}）',
      en: 'A science and technology innovation enterprise (reported: {value})',
    },
    'j32.art7.fits': {
      zh: '符合经开区定位和相关产业政策、产业投资导向（填报：{value}）',
      en: "Fits E-Town's positioning, industrial policies and investment guidance (reported: {value})",
    },
    'j32.art7.total_positive': {
      zh: '项目投资总额为正数（{value} 元）',
      en: 'The project’s total investment is positive ({value} yuan)',
    },
    'j32.art7.share': {
      zh: '项目投资总额 {total} 元 × {share}，向下取整到分 = {result} 元',
      en: 'Total investment {total} yuan × {share}, rounded down to the fen = {result} yuan',
    },
    'j32.art7.max': {
      zh: '单个项目直投上限 = min({cap}, {shareAmount}) = {result} 元',
      en: 'Maximum direct investment in the project = min({cap}, {shareAmount}) = {result} yuan',
    },
    'j32.art7.within_max': {
      zh: '拟直投金额 {proposed} 元不超过上限 {max} 元（原则上；超过的需个案审核）',
      en: 'The proposed investment of {proposed} yuan is within the maximum of {max} yuan (in principle; above it, a case review)',
    },
    'j32.art7.priority': {
      zh: '资质：{qualification}；同等条件下优先投资支持：{result}',
      en: 'Qualification: {qualification}; priority on equal terms: {result}',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-32-15');
    d.interpret('D-32-16');
    d.check(
      'j32.art7.tech_enterprise',
      f.techInnovationEnterprise,
      { value: f.techInnovationEnterprise },
      ART7_SCOPE_CITATION,
    );
    d.check('j32.art7.fits', f.fitsPositioning, { value: f.fitsPositioning }, ART7_SCOPE_CITATION);
    const total = parseYuan(f.projectTotalInvestment, 'facts.projectTotalInvestment');
    d.check('j32.art7.total_positive', total > 0, { value: formatYuan(total) }, ART7_CAP_CITATION);
    checkScope(d, f);

    const share = valueAt(ART7_MAX_SHARE, asOf);
    const cap = valueAt(ART7_MAX_AMOUNT, asOf);
    // "不超过项目投资总额的 30%": rounded down, so the maximum never exceeds 30% (D-32-15).
    const shareAmount = applyRate(total, parseRational(share.value), 'floor');
    d.step('j32.art7.share', {
      inputs: { total: formatYuan(total) },
      parameters: { share: share.value, rounding: 'floor' },
      result: formatYuan(shareAmount),
      citation: share.citation,
    });
    const max = minFen(parseYuan(cap.value), shareAmount);
    d.step('j32.art7.max', {
      inputs: { shareAmount: formatYuan(shareAmount) },
      parameters: { cap: cap.value },
      result: formatYuan(max),
      citation: ART7_CAP_CITATION,
    });
    if (f.proposedInvestment !== undefined) {
      const proposed = parseYuan(f.proposedInvestment, 'facts.proposedInvestment');
      // "原则上": above the maximum is an exception for a case review, not a refusal.
      d.check(
        'j32.art7.within_max',
        proposed <= max ? true : null,
        { proposed: formatYuan(proposed), max: formatYuan(max) },
        ART7_CAP_CITATION,
      );
    }
    d.step('j32.art7.priority', {
      inputs: { qualification: f.qualification },
      result: f.qualification !== 'none',
      citation: ART7_PRIORITY_CITATION,
    });
    return d.decide(max);
  },
});
