/**
 * @module policies/jingjiguanfa-2023-31/project-rule
 * What every project award item shares: its facts schema is the item's own facts plus the bonus
 * facts (高新技术产品, 首台套), the common conditions of 第二章 and the project conditions (≥ 90%
 * paid); its messages include theirs. Items 1–27 call these instead of repeating the spreads.
 */
import type { MessageCatalog } from '../../engine/messages.ts';
import type { FactsSchema, SchemaNode } from '../../engine/rule.ts';
import { BONUS_FACTS, RATE_MESSAGES } from './award-rate.ts';
import { COMMON_FACTS, COMMON_MESSAGES, COMMON_REQUIRED, PROJECT_FACTS, PROJECT_REQUIRED } from './common.ts';

/** The facts schema of a project item: `own` facts (with `required`) and the shared ones. */
export function projectFactsSchema(
  required: readonly string[],
  own: Readonly<Record<string, SchemaNode>>,
): FactsSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...required, ...Object.keys(BONUS_FACTS), ...COMMON_REQUIRED, ...PROJECT_REQUIRED],
    properties: { ...own, ...BONUS_FACTS, ...COMMON_FACTS, ...PROJECT_FACTS },
  };
}

/** An item's messages with the common-condition and award-rate wording. */
export function projectMessages(own: MessageCatalog): MessageCatalog {
  return { ...COMMON_MESSAGES, ...RATE_MESSAGES, ...own };
}
