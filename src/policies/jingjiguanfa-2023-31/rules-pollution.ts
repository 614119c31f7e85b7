/**
 * @module policies/jingjiguanfa-2023-31/rules-pollution
 * Award items 4–12 of 京技管发〔2023〕31号 (第一章 一（四）–（十二）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';

export const ITEMS_04_12: readonly Rule[] = [];
