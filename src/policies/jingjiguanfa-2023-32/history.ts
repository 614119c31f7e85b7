/**
 * @module policies/jingjiguanfa-2023-32/history
 * The enterprise's earlier awards under this measure, as a fact. 第一条 and 第二条 ("单个企业不重复支持,
 * 晋级享受差额奖励") and the annual caps of 第四条 and 第六条 read it; the services fill it from the
 * store (awards granted or approved, not clawed back). The record has the shape of 31号's
 * (`policies/jingjiguanfa-2023-31/history.ts`), so one store feeds both.
 */
import { invalidInput } from '../../engine/errors.ts';
import { addFen, type Fen, fen, parseYuan } from '../../engine/money.ts';
import { parseCalendarDate } from '../../engine/period.ts';
import type { SchemaNode } from '../../engine/rule.ts';
import { YUAN } from './facts.ts';

/** One earlier award: which rule, what for (the rule's `awardSubjects` key), how much, when. */
export interface AwardRecord {
  readonly ruleId: string;
  readonly subject: string;
  readonly amount: string;
  readonly awardedOn: string;
}

/** The `awardHistory` fact's schema: every earlier award of the enterprise under 32号. */
export const AWARD_HISTORY_FACT: SchemaNode = {
  type: 'array',
  description:
    'Earlier awards of this enterprise under this measure (京技管发〔2023〕32号; granted or approved, not clawed back)',
  'x-description-zh': '本企业此前依本措施（京技管发〔2023〕32号）获得的支持（已拨付或已批准，未追回）',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'subject', 'amount', 'awardedOn'],
    properties: {
      ruleId: { type: 'string', description: 'Rule id of the award', 'x-description-zh': '支持对应的规则' },
      subject: {
        type: 'string',
        description: 'What the award was for (the rule’s award key)',
        'x-description-zh': '支持事项（规则的奖励键）',
      },
      amount: { ...YUAN, description: 'Amount awarded, yuan', 'x-description-zh': '支持金额（元）' },
      awardedOn: {
        type: 'string',
        format: 'date',
        description: 'Date awarded',
        'x-description-zh': '支持日期',
      },
    },
  },
};

/** An earlier award of one rule, its amount read as fen. */
export interface EarlierAward extends AwardRecord {
  readonly fen: Fen;
}

/** The records of one rule, amounts and dates checked (a bad one names its index in `facts.awardHistory`). */
export function awardsOf(history: readonly AwardRecord[] | undefined, ruleId: string): EarlierAward[] {
  const out: EarlierAward[] = [];
  (history ?? []).forEach((r, i) => {
    if (r.ruleId !== ruleId) return;
    parseCalendarDate(r.awardedOn, `facts.awardHistory.${i}.awardedOn`);
    const amount = parseYuan(r.amount, `facts.awardHistory.${i}.amount`);
    if (amount <= 0) {
      throw invalidInput(`facts.awardHistory.${i}.amount`, r.amount, 'is not positive', '不是正数');
    }
    out.push({ ...r, fen: amount });
  });
  return out;
}

/** The sum of some records. */
export function totalOf(records: readonly EarlierAward[]): Fen {
  return addFen(fen(0), ...records.map((r) => r.fen));
}

/** Records for the trace: `subject amount (date)`, or `—` when there are none. */
export function listOf(records: readonly AwardRecord[]): string {
  return records.length === 0
    ? '—'
    : records.map((r) => `${r.subject} ${r.amount} (${r.awardedOn})`).join('; ');
}
