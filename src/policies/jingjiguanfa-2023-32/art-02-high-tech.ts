/**
 * @module policies/jingjiguanfa-2023-32/art-02-high-tech
 * 第二条 支持高新技术企业资格认定: one-off awards for high-tech enterprise recognition.
 *
 * > 对新迁入、首次通过认定的国家高新技术企业,给予一次性资金奖励 30 万元;对有效期满再次申请并通过认定的国家高新
 * > 技术企业,给予一次性资金奖励 20 万元;对首次完成入库备案、有效期满后申请换发证书的规模以上中关村高新技术企业,
 * > 给予一次性资金奖励 5 万元。单个企业不重复支持,中关村高新技术企业申请通过国家高新技术企业认定后享受差额奖励。
 *
 * National high-tech enterprise: new arrival or first recognition 30万, recognised again at expiry
 * 20万; above-scale Zhongguancun high-tech enterprise: first filing or certificate renewal 5万
 * (D-32-8). The event inside the measure's period (D-32-3). Each level at most once per enterprise
 * under this article; after a national award nothing more; a Zhongguancun enterprise already paid
 * 5万 that passes national recognition gets the national standard less 5万 (D-32-4, D-32-7). New
 * arrivals: actual office in the 225 km², paid the following year (D-32-6). Award keys
 * `zhongguancun-high-tech`, `national-high-tech`.
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { type Parameter, valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { bool, date, EXAMPLE_SCOPE } from './facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord } from './history.ts';
import {
  ART2_NATIONAL_AGAIN,
  ART2_NATIONAL_AGAIN_CITATION,
  ART2_NATIONAL_FIRST,
  ART2_NATIONAL_FIRST_CITATION,
  ART2_NO_DOUBLE_CITATION,
  ART2_ZGC,
  ART2_ZGC_CITATION,
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

const RULE_ID = `${POLICY_ID}/art-02-high-tech`;

/** What happened, by level; `none` when none of the article's events did. */
export const HIGH_TECH_EVENTS = [
  'national_new_arrival',
  'national_first_recognition',
  'national_re_recognition',
  'zgc_first_filing',
  'zgc_renewal',
  'none',
] as const;
export type HighTechEvent = (typeof HIGH_TECH_EVENTS)[number];

export interface Art2Facts extends ScopeFacts {
  readonly event: HighTechEvent;
  readonly eventDate: string;
  readonly aboveScale?: boolean;
  readonly actualOfficeInArea?: boolean;
  readonly awardHistory?: readonly AwardRecord[];
}

const NATIONAL = 'national-high-tech';
const ZGC = 'zhongguancun-high-tech';
const TIERS: Tiers = {
  ruleId: RULE_ID,
  rank: { [ZGC]: 1, [NATIONAL]: 2 },
  citation: ART2_NO_DOUBLE_CITATION,
};

/** Each event's award key and standard. */
const EVENT: Readonly<
  Record<Exclude<HighTechEvent, 'none'>, { subject: string; standard: Parameter<string> }>
> = {
  national_new_arrival: { subject: NATIONAL, standard: ART2_NATIONAL_FIRST },
  national_first_recognition: { subject: NATIONAL, standard: ART2_NATIONAL_FIRST },
  national_re_recognition: { subject: NATIONAL, standard: ART2_NATIONAL_AGAIN },
  zgc_first_filing: { subject: ZGC, standard: ART2_ZGC },
  zgc_renewal: { subject: ZGC, standard: ART2_ZGC },
};

export const art02HighTech: Rule = defineRule<Art2Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '高新技术企业资格认定奖励', en: 'High-tech enterprise recognition awards' },
  citations: [
    ART2_NATIONAL_FIRST_CITATION,
    ART2_NATIONAL_AGAIN_CITATION,
    ART2_ZGC_CITATION,
    ART2_NO_DOUBLE_CITATION,
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
    required: ['event', 'eventDate', ...SCOPE_REQUIRED],
    properties: {
      event: {
        type: 'string',
        enum: [...HIGH_TECH_EVENTS],
        'x-enum-labels': {
          national_new_arrival: {
            zh: '国家高新技术企业新迁入',
            en: 'National high-tech enterprise, newly arrived',
          },
          national_first_recognition: {
            zh: '首次通过认定的国家高新技术企业',
            en: 'National high-tech enterprise, recognised for the first time',
          },
          national_re_recognition: {
            zh: '有效期满再次申请并通过认定的国家高新技术企业',
            en: 'National high-tech enterprise, recognised again at expiry',
          },
          zgc_first_filing: {
            zh: '中关村高新技术企业首次完成入库备案',
            en: 'Zhongguancun high-tech enterprise, first filing completed',
          },
          zgc_renewal: {
            zh: '中关村高新技术企业有效期满后申请换发证书',
            en: 'Zhongguancun high-tech enterprise, certificate renewed at expiry',
          },
          none: { zh: '以上均不是', en: 'None of these' },
        },
        description: 'What happened: the recognition, filing or renewal (or move-in) the award is for',
        'x-description-zh': '奖励事由：认定、入库备案、换发证书或新迁入',
      },
      eventDate: date(
        'Date of the event: recognition, filing or renewal announced, or the move into the area',
        '事由发生日期：认定、入库备案或换发证书日期，或迁入日期',
      ),
      aboveScale: bool(
        'The enterprise is above designated size (规模以上) in the statistics (Zhongguancun events)',
        '为规模以上企业（中关村高新技术企业填报）',
      ),
      actualOfficeInArea: bool(
        'A new arrival actually has its office within the 225 km² Yizhuang new town (new arrivals)',
        '新迁入企业在亦庄新城225平方公里范围内实际办公（新迁入企业填报）',
      ),
      awardHistory: AWARD_HISTORY_FACT,
      ...SCOPE_FACTS,
    },
  },
  awardSubjects: (f) => (f.event === 'none' ? [] : [EVENT[f.event].subject]),
  examples: [
    {
      title: {
        zh: '中关村高新技术企业（已获5万元）首次通过国家高新技术企业认定：差额25万元',
        en: 'A Zhongguancun high-tech enterprise (already paid 50,000 yuan) first recognised nationally: 250,000 yuan difference',
      },
      asOf: '2024-12-31' as CalendarDate,
      facts: {
        event: 'national_first_recognition',
        eventDate: '2024-12-10',
        awardHistory: [{ ruleId: RULE_ID, subject: ZGC, amount: '50000', awardedOn: '2024-05-06' }],
        ...EXAMPLE_SCOPE,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    ...RECOGNITION_MESSAGES,
    'j32.art2.event': {
      zh: '新迁入或首次通过认定、有效期满再次通过认定（国家高新技术企业），或首次完成入库备案、有效期满后换发证书（中关村高新技术企业）（事由：{event}）',
      en: 'Newly arrived, first recognised or recognised again at expiry (national), or first filed or renewed (Zhongguancun) (event: {event})',
    },
    'j32.art2.above_scale': {
      zh: '中关村高新技术企业为规模以上企业（填报：{value}）',
      en: 'The Zhongguancun high-tech enterprise is above designated size (reported: {value})',
    },
    'j32.art2.standard': {
      zh: '一次性资金奖励标准（{event}）= {result} 元',
      en: 'One-off award standard ({event}) = {result} yuan',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const ev = f.event === 'none' ? null : EVENT[f.event];
    const zgc = ev?.subject === ZGC;
    d.check(
      'j32.art2.event',
      ev !== null,
      { event: f.event },
      ev ? valueAt(ev.standard, asOf).citation : ART2_NATIONAL_FIRST_CITATION,
    );
    if (zgc) {
      d.interpret('D-32-8');
      const v = f.aboveScale ?? null;
      d.check('j32.art2.above_scale', v, { value: v }, ART2_ZGC_CITATION);
    }
    checkEventDate(d, 'eventDate', f.eventDate, asOf);
    checkPayout(d, f.event === 'national_new_arrival', f.actualOfficeInArea, f.eventDate);
    checkScope(d, f);
    if (ev === null) return d.decide(null);

    const std = valueAt(ev.standard, asOf);
    const standard = parseYuan(std.value);
    d.step('j32.art2.standard', {
      inputs: { event: f.event },
      result: formatYuan(standard),
      citation: std.citation,
    });
    d.interpret('D-32-5');
    d.interpret('D-32-7');
    const amount = tierAward(d, TIERS, ev.subject, standard, f.awardHistory);
    return d.decide(amount);
  },
});
