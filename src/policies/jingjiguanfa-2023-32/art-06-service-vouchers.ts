/**
 * @module policies/jingjiguanfa-2023-32/art-06-service-vouchers
 * 第六条 支持购买专业服务: the science and technology innovation service vouchers.
 *
 * > 面向中小企业发放“科技创新服务券”,对企业购买经认定的服务机构提供的专业化服务,给予50%的补助,年度支持金额
 * > 最高为15万元。
 *
 * An SME holding vouchers buys a professional service from a recognised provider: 50% of the
 * price paid, rounded half up to the fen, and all of an enterprise's subsidies for purchases of one
 * calendar year at most 15万 — earlier ones from `awardHistory`, so the purchase that reaches the cap
 * gets only the rest (D-32-13, D-32-14). The purchase date inside the measure (D-32-3). One subsidy
 * per purchase: award key `voucher:<year>:<purchaseRef>`.
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { applyRate, fen, formatYuan, maxFen, minFen, parseYuan, subFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { parseRational } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { bool, date, EXAMPLE_SCOPE, yuan } from './facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf, listOf, totalOf } from './history.ts';
import {
  ART6_ANNUAL_CAP,
  ART6_CAP_CITATION,
  ART6_RATE,
  ART6_RATE_CITATION,
  ART6_VOUCHER_CITATION,
  MEASURE_WINDOW,
  POLICY_ID,
} from './parameters.ts';
import { checkEventDate, EFFECT_CITATION, RECOGNITION_MESSAGES } from './recognition.ts';
import {
  checkScope,
  SCOPE_CITATION,
  SCOPE_FACTS,
  SCOPE_MESSAGES,
  SCOPE_REQUIRED,
  type ScopeFacts,
} from './scope.ts';

const RULE_ID = `${POLICY_ID}/art-06-service-vouchers`;

export interface Art6Facts extends ScopeFacts {
  readonly smallOrMediumEnterprise: boolean;
  readonly voucherIssued: boolean;
  readonly providerRecognised: boolean;
  readonly professionalService: boolean;
  readonly purchaseRef: string;
  readonly purchasedOn: string;
  readonly purchaseAmount: string;
  readonly awardHistory?: readonly AwardRecord[];
}

const yearOf = (f: Art6Facts) => f.purchasedOn.slice(0, 4);
const subjectOf = (f: Art6Facts) => `voucher:${yearOf(f)}:${f.purchaseRef}`;

export const art06ServiceVouchers: Rule = defineRule<Art6Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '科技创新服务券', en: 'Science and technology innovation service vouchers' },
  citations: [ART6_VOUCHER_CITATION, ART6_RATE_CITATION, ART6_CAP_CITATION, EFFECT_CITATION, SCOPE_CITATION],
  validity: MEASURE_WINDOW,
  department: 'sci-tech-innovation',
  noApplication: false,
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'smallOrMediumEnterprise',
      'voucherIssued',
      'providerRecognised',
      'professionalService',
      'purchaseRef',
      'purchasedOn',
      'purchaseAmount',
      ...SCOPE_REQUIRED,
    ],
    properties: {
      smallOrMediumEnterprise: bool(
        'A small or medium-sized enterprise under the national classification',
        '为中小企业（按国家中小企业划型标准）',
      ),
      voucherIssued: bool(
        'The enterprise was issued science and technology innovation service vouchers',
        '已获发放“科技创新服务券”',
      ),
      providerRecognised: bool(
        'The service provider is one recognised (经认定) for the vouchers',
        '服务机构为经认定的服务机构',
      ),
      professionalService: bool('The purchase is a professional service', '所购买的是专业化服务'),
      purchaseRef: {
        type: 'string',
        minLength: 1,
        pattern: '^\\S(.*\\S)?$',
        description: 'Reference of the purchase (contract or invoice number)',
        'x-description-zh': '购买服务编号（合同或发票号）',
      },
      purchasedOn: date('Date the service was bought (paid)', '购买服务（付款）日期'),
      purchaseAmount: yuan('Price paid for the service, yuan', '购买服务实际支付金额（元）'),
      awardHistory: AWARD_HISTORY_FACT,
      ...SCOPE_FACTS,
    },
  },
  awardSubjects: (f) => [subjectOf(f)],
  examples: [
    {
      title: {
        zh: '中小企业用服务券购买检测服务12万元：补助6万元',
        en: 'An SME buys 120,000 yuan of testing services with vouchers: 60,000 yuan',
      },
      asOf: '2024-10-31' as CalendarDate,
      facts: {
        smallOrMediumEnterprise: true,
        voucherIssued: true,
        providerRecognised: true,
        professionalService: true,
        purchaseRef: 'HT-2024-017',
        purchasedOn: '2024-10-08',
        purchaseAmount: '120000',
        ...EXAMPLE_SCOPE,
      },
    },
  ],
  messages: {
    ...SCOPE_MESSAGES,
    ...RECOGNITION_MESSAGES,
    'j32.art6.sme': {
      zh: '为中小企业（填报：{value}）',
      en: 'A small or medium-sized enterprise (reported: {value})',
    },
    'j32.art6.voucher': {
      zh: '已获发放“科技创新服务券”（填报：{value}）',
      en: 'Issued innovation service vouchers (reported: {value})',
    },
    'j32.art6.provider': {
      zh: '服务机构经认定（填报：{value}）',
      en: 'The service provider is recognised (reported: {value})',
    },
    'j32.art6.professional': {
      zh: '购买的是专业化服务（填报：{value}）',
      en: 'The purchase is a professional service (reported: {value})',
    },
    'j32.art6.positive': {
      zh: '购买金额为正数（{value} 元）',
      en: 'The price paid is positive ({value} yuan)',
    },
    'j32.art6.not_subsidised': {
      zh: '该笔购买（{subject}）尚未获得补助',
      en: 'This purchase ({subject}) has not been subsidised yet',
    },
    'j32.art6.subsidy': {
      zh: '补助 = 购买金额 {amount} 元 × {rate}，四舍五入到分 = {result} 元',
      en: 'Subsidy = {amount} yuan paid × {rate}, rounded half up to the fen = {result} yuan',
    },
    'j32.art6.year_left': {
      zh: '{year} 年度支持额度：上限 {cap} 元 − 已获补助 {awarded} 元 = 剩余 {result} 元（{earlier}）',
      en: 'Room left for {year}: cap {cap} yuan − {awarded} yuan already granted = {result} yuan ({earlier})',
    },
    'j32.art6.cap_left': {
      zh: '{year} 年度支持额度尚未用完（剩余 {left} 元）',
      en: 'The {year} annual cap is not used up ({left} yuan left)',
    },
    'j32.art6.amount': {
      zh: '本次补助 = min({subsidy}, 剩余额度 {left}) = {result} 元',
      en: 'This subsidy = min({subsidy}, room left {left}) = {result} yuan',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-32-13');
    d.interpret('D-32-14');
    d.check(
      'j32.art6.sme',
      f.smallOrMediumEnterprise,
      { value: f.smallOrMediumEnterprise },
      ART6_VOUCHER_CITATION,
    );
    d.check('j32.art6.voucher', f.voucherIssued, { value: f.voucherIssued }, ART6_VOUCHER_CITATION);
    d.check('j32.art6.provider', f.providerRecognised, { value: f.providerRecognised }, ART6_RATE_CITATION);
    d.check(
      'j32.art6.professional',
      f.professionalService,
      { value: f.professionalService },
      ART6_RATE_CITATION,
    );
    const paid = parseYuan(f.purchaseAmount, 'facts.purchaseAmount');
    d.check('j32.art6.positive', paid > 0, { value: formatYuan(paid) }, ART6_RATE_CITATION);
    checkEventDate(d, 'purchasedOn', f.purchasedOn, asOf);
    const earlier = awardsOf(f.awardHistory, RULE_ID);
    const subject = subjectOf(f);
    d.check(
      'j32.art6.not_subsidised',
      !earlier.some((r) => r.subject === subject),
      { subject },
      ART6_RATE_CITATION,
    );
    checkScope(d, f);

    const rate = valueAt(ART6_RATE, asOf);
    const subsidy = applyRate(paid, parseRational(rate.value), 'half_up');
    d.step('j32.art6.subsidy', {
      inputs: { amount: formatYuan(paid) },
      parameters: { rate: rate.value, rounding: 'half_up' },
      result: formatYuan(subsidy),
      citation: rate.citation,
    });
    // The annual cap counts every subsidy for purchases of the same calendar year (D-32-14).
    const year = yearOf(f);
    const sameYear = earlier.filter((r) => r.subject.startsWith(`voucher:${year}:`) && r.subject !== subject);
    const cap = valueAt(ART6_ANNUAL_CAP, asOf);
    const awarded = totalOf(sameYear);
    const left = maxFen(fen(0), subFen(parseYuan(cap.value), awarded));
    d.step('j32.art6.year_left', {
      inputs: { year, awarded: formatYuan(awarded), earlier: listOf(sameYear) },
      parameters: { cap: cap.value },
      result: formatYuan(left),
      citation: cap.citation,
    });
    d.check('j32.art6.cap_left', left > 0, { year, left: formatYuan(left) }, cap.citation);
    const amount = minFen(subsidy, left);
    d.step('j32.art6.amount', {
      inputs: { subsidy: formatYuan(subsidy), left: formatYuan(left) },
      result: formatYuan(amount),
      citation: cap.citation,
    });
    return d.decide(amount);
  },
});
