/**
 * @module policies/jingjiguanfa-2023-31/rules-energy
 * Award items 13–22 of 京技管发〔2023〕31号 (第一章 一（十三）–（十五）, 二（十六）–（二十二）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';

export const ITEMS_13_22: readonly Rule[] = [];
