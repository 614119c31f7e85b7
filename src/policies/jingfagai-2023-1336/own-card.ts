/**
 * @module policies/jingfagai-2023-1336/own-card
 * 三(四): a payment of wages goes by bank card to the worker himself.
 *
 * > 经务工人员确认后,原则上将劳务报酬通过银行卡发放至本人。
 *
 * D-1336-6: a payment to a card that is not registered to the worker (a third party: a foreman, a
 * team leader, a relative) fails; "原则上" leaves room for exceptions, so a payment by another means
 * (cash) is not refused when a reason is recorded, but always goes to review; without a reason it
 * fails. The workflow refuses a payment this rule fails before anything is written.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { FROM, LEDGER_CITATION, POLICY_ID } from './citations.ts';

/** How wages were paid. */
export const PAYMENT_METHODS = {
  bank_card: { zh: '银行卡', en: 'Bank card' },
  cash: { zh: '现金', en: 'Cash' },
  other: { zh: '其他方式', en: 'Other means' },
} as const;
export type PaymentMethod = keyof typeof PAYMENT_METHODS;

export interface OwnCardFacts {
  readonly method: PaymentMethod;
  /** For a bank card: whether the card is the one registered to the worker. */
  readonly cardRegisteredToWorker?: boolean;
  /** For another means: why the card could not be used. */
  readonly exceptionReason?: string;
}

export const wagesToOwnCard: Rule = defineRule<OwnCardFacts>({
  id: `${POLICY_ID}/wages-to-own-card`,
  policyId: POLICY_ID,
  title: { zh: '劳务报酬通过银行卡发放至本人', en: 'Wages paid by bank card to the worker himself' },
  citations: [LEDGER_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['method'],
    properties: {
      method: {
        type: 'string',
        enum: Object.keys(PAYMENT_METHODS),
        'x-enum-labels': PAYMENT_METHODS,
        description: 'How the wages were paid',
        'x-description-zh': '发放方式',
      },
      cardRegisteredToWorker: {
        type: 'boolean',
        description: 'The card paid to is the one registered to the worker',
        'x-description-zh': '收款银行卡为该务工人员本人登记的银行卡',
      },
      exceptionReason: {
        type: 'string',
        maxLength: 500,
        description: 'Why the wages were not paid to the worker’s card',
        'x-description-zh': '未通过本人银行卡发放的原因',
      },
    },
  },
  examples: [
    {
      title: { zh: '发放至本人登记的银行卡', en: 'Paid to the worker’s registered card' },
      asOf: '2026-06-10' as CalendarDate,
      facts: { method: 'bank_card', cardRegisteredToWorker: true },
    },
    {
      title: { zh: '发放至包工头的银行卡', en: 'Paid to the foreman’s card' },
      asOf: '2026-06-10' as CalendarDate,
      facts: { method: 'bank_card', cardRegisteredToWorker: false },
    },
  ],
  messages: {
    'j1336.card.own': { zh: '发放至本人登记的银行卡', en: 'Paid to the card registered to the worker' },
    'j1336.card.third_party': {
      zh: '收款银行卡不是该务工人员本人登记的银行卡，不得发放至他人',
      en: 'The card is not the one registered to the worker; wages may not be paid to someone else',
    },
    'j1336.card.unknown': {
      zh: '未说明收款银行卡是否为本人银行卡',
      en: 'Not stated whether the card is the worker’s own',
    },
    'j1336.card.exception': {
      zh: '以{methodZh}发放（原因：{reason}），属“原则上”之外的情形，需审核',
      en: 'Paid by {methodEn} (reason: {reason}), an exception to "in principle"; needs review',
    },
    'j1336.card.exception_without_reason': {
      zh: '以{methodZh}发放且未说明原因，应通过银行卡发放至本人',
      en: 'Paid by {methodEn} with no reason given; wages go by bank card to the worker',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-1336-6');
    if (f.method === 'bank_card') {
      const own = f.cardRegisteredToWorker;
      const code = own === true ? 'own' : own === false ? 'third_party' : 'unknown';
      d.check(`j1336.card.${code}`, own === undefined ? null : own, {}, LEDGER_CITATION);
    } else {
      const label = PAYMENT_METHODS[f.method];
      const reason = f.exceptionReason?.trim() ?? '';
      const p = { methodZh: label.zh, methodEn: label.en.toLowerCase(), reason };
      if (reason === '') d.check('j1336.card.exception_without_reason', false, p, LEDGER_CITATION);
      else d.check('j1336.card.exception', null, p, LEDGER_CITATION);
    }
    return d.decide(null);
  },
});
