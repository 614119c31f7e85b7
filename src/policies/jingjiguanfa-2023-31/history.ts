/**
 * @module policies/jingjiguanfa-2023-31/history
 * The enterprise's earlier awards under this measure, as a fact. Items whose caps or "一次性"
 * awards span awards (8: each grade step once and the three-year-A award once; 15: 100万 per
 * enterprise for green design products; 21: 首次 certification, then 10万 for a renewal) read it;
 * the services fill it from the store (awards granted or approved, not clawed back).
 */
import type { SchemaNode } from '../../engine/rule.ts';
import { YUAN } from './common.ts';

/** One earlier award: which rule, what for (the rule's `awardSubjects` key), how much, when. */
export interface AwardRecord {
  readonly ruleId: string;
  readonly subject: string;
  readonly amount: string;
  readonly awardedOn: string;
}

/** The `awardHistory` fact's schema: every earlier award of the enterprise under 31号. */
export const AWARD_HISTORY_FACT: SchemaNode = {
  type: 'array',
  description: 'Earlier awards of this enterprise under this measure (granted or approved, not clawed back)',
  'x-description-zh': '本企业此前依本办法获得的奖励（已拨付或已批准，未追回）',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['ruleId', 'subject', 'amount', 'awardedOn'],
    properties: {
      ruleId: { type: 'string', description: 'Rule id of the award', 'x-description-zh': '奖励对应的规则' },
      subject: {
        type: 'string',
        description: 'What the award was for (the rule’s award key)',
        'x-description-zh': '奖励事项（规则的奖励键）',
      },
      amount: { ...YUAN, description: 'Amount awarded, yuan', 'x-description-zh': '奖励金额（元）' },
      awardedOn: {
        type: 'string',
        format: 'date',
        description: 'Date awarded',
        'x-description-zh': '奖励日期',
      },
    },
  },
};

/** The records of one rule. */
export function awardsOf(history: readonly AwardRecord[] | undefined, ruleId: string): AwardRecord[] {
  return (history ?? []).filter((r) => r.ruleId === ruleId);
}
