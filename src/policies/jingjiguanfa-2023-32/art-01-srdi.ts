/**
 * @module policies/jingjiguanfa-2023-32/art-01-srdi
 * 第一条 激励专精特新典型示范: one-off awards for SRDI (专精特新) enterprises.
 *
 * > 对新迁入、首次获得认定或有效期满通过复核的国家专精特新“小巨人”企业,给予一次性资金奖励 50 万元;对新迁入、
 * > 首次获得认定或有效期满通过复核的北京市专精特新中小企业,给予一次性资金奖励 20 万元。单个企业不重复支持,
 * > 晋级享受差额奖励。
 *
 * National "little giant" 50万, Beijing SRDI SME 20万, for a new arrival, a first recognition or a
 * review passed at expiry, the event inside the measure's period (D-32-3). Each level at most once per
 * enterprise under this article; after the little-giant award nothing more; a Beijing SRDI SME already
 * paid 20万 that becomes a little giant gets 50 − 20 = 30万 (D-32-4, D-32-5). New arrivals: actual
 * office in the 225 km², paid the following year (D-32-6). Award keys `beijing-srdi`, `little-giant`.
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { bool, date, EXAMPLE_SCOPE } from './facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord } from './history.ts';
import {
  ART1_BEIJING_SRDI,
  ART1_BEIJING_SRDI_CITATION,
  ART1_LITTLE_GIANT,
  ART1_LITTLE_GIANT_CITATION,
  ART1_NO_DOUBLE_CITATION,
  MEASURE_WINDOW,
  POLICY_ID,
} from './parameters.ts';
import {
  checkEventDate,
  checkPayout,
  EFFECT_CITATION,
  PAYOUT_CITATION,
  RECOGNITION_MESSAGES,
  type Tiers,
  tierAward,
} from './recognition.ts';
import {
  checkScope,
  SCOPE_CITATION,
  SCOPE_FACTS,
  SCOPE_MESSAGES,
  SCOPE_REQUIRED,
  type ScopeFacts,
} from './scope.ts';

const RULE_ID = `${POLICY_ID}/art-01-srdi`;

/** The title the award is for. */
export type SrdiTitle = 'little_giant' | 'beijing_srdi';
/** What happened: the event the article pays for, or none of them. */
export type SrdiBasis = 'new_arrival' | 'first_recognition' | 'review_passed' | 'none';

export interface Art1Facts extends ScopeFacts {
  readonly title: SrdiTitle;
  readonly basis: SrdiBasis;
  readonly eventDate: string;
  readonly actualOfficeInArea?: boolean;
  readonly awardHistory?: readonly AwardRecord[];
}

/** The award key of each title, and its rank for moving up. */
const SUBJECT: Readonly<Record<SrdiTitle, string>> = {
  beijing_srdi: 'beijing-srdi',
  little_giant: 'little-giant',
};
const TIERS: Tiers = {
  ruleId: RULE_ID,
  rank: { 'beijing-srdi': 1, 'little-giant': 2 },
  citation: ART1_NO_DOUBLE_CITATION,
};

export const art01Srdi: Rule = defineRule<Art1Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '专精特新企业认定奖励', en: 'SRDI enterprise recognition awards' },
  citations: [
    ART1_LITTLE_GIANT_CITATION,
    ART1_BEIJING_SRDI_CITATION,
    ART1_NO_DOUBLE_CITATION,
    PAYOUT_CITATION,
    EFFECT_CITATION,
    SCOPE_CITATION,
  ],
  validity: MEASURE_WINDOW,
  department: 'sci-tech-innovation',
  noApplication: true,
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'basis', 'eventDate', ...SCOPE_REQUIRED],
    properties: {
      title: {
        type: 'string',
        enum: ['little_giant', 'beijing_srdi'],
        'x-enum-labels': {
          little_giant: { zh: '国家专精特新“小巨人”企业', en: 'National SRDI “little giant”' },
          beijing_srdi: { zh: '北京市专精特新中小企业', en: 'Beijing SRDI SME' },
        },
        description: 'The SRDI title the award is for',
        'x-description-zh': '申请奖励的专精特新称号',
      },
      basis: {
        type: 'string',
        enum: ['new_arrival', 'first_recognition', 'review_passed', 'none'],
        'x-enum-labels': {
          new_arrival: { zh: '新迁入（持有该称号迁入）', en: 'Newly arrived, holding the title' },
          first_recognition: { zh: '首次获得认定', en: 'Recognised for the first time' },
          review_passed: { zh: '有效期满通过复核', en: 'Passed the review at expiry' },
          none: { zh: '以上均不是', en: 'None of these' },
        },
        description:
          'What happened: the enterprise moved in, was first recognised, or passed the review at expiry',
        'x-description-zh': '奖励事由：新迁入、首次获得认定或有效期满通过复核',
      },
      eventDate: date(
        'Date of the event: the recognition or review result announced, or the move into the area',
        '事由发生日期：认定或复核结果公布日期，或迁入日期',
      ),
      actualOfficeInArea: bool(
        'A new arrival actually has its office within the 225 km² Yizhuang new town (new arrivals)',
        '新迁入企业在亦庄新城225平方公里范围内实际办公（新迁入企业填报）',
      ),
      awardHistory: AWARD_HISTORY_FACT,
      ...SCOPE_FACTS,
    },
  },
  awardSubjects: (f) => [SUBJECT[f.title]],
  examples: [
    {
      title: {
        zh: '北京市专精特新中小企业（已获20万元）首次认定为国家“小巨人”：差额30万元',
        en: 'A Beijing SRDI SME (already paid 200,000 yuan) first recognised as a little giant: 300,000 yuan difference',
      },
      asOf: '2024-09-30' as CalendarDate,
      facts: {
        title: 'little_giant',
        basis: 'first_recognition',
        eventDate: '2024-08-15',
        awardHistory: [
          { ruleId: RULE_ID, subject: 'beijing-srdi', amount: '200000', awardedOn: '2024-03-20' },
        ],
        ...EXAMPLE_SCOPE,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    ...RECOGNITION_MESSAGES,
    'j32.art1.basis': {
      zh: '新迁入、首次获得认定或有效期满通过复核（称号：{title}；事由：{basis}）',
      en: 'Newly arrived, first recognised or passed the review at expiry (title: {title}; basis: {basis})',
    },
    'j32.art1.standard': {
      zh: '一次性资金奖励标准（{title}）= {result} 元',
      en: 'One-off award standard ({title}) = {result} yuan',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const citation = f.title === 'little_giant' ? ART1_LITTLE_GIANT_CITATION : ART1_BEIJING_SRDI_CITATION;
    d.check('j32.art1.basis', f.basis !== 'none', { title: f.title, basis: f.basis }, citation);
    checkEventDate(d, 'eventDate', f.eventDate, asOf);
    checkPayout(d, f.basis === 'new_arrival', f.actualOfficeInArea, f.eventDate);
    checkScope(d, f);

    const std = valueAt(f.title === 'little_giant' ? ART1_LITTLE_GIANT : ART1_BEIJING_SRDI, asOf);
    const standard = parseYuan(std.value);
    d.step('j32.art1.standard', {
      inputs: { title: f.title },
      result: formatYuan(standard),
      citation: std.citation,
    });
    d.interpret('D-32-5');
    const amount = tierAward(d, TIERS, SUBJECT[f.title], standard, f.awardHistory);
    return d.decide(amount);
  },
});
