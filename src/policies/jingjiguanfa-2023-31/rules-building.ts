/**
 * @module policies/jingjiguanfa-2023-31/rules-building
 * Award items 23–27 of 京技管发〔2023〕31号 (第一章 三（二十三）–（二十七）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';

export const ITEMS_23_27: readonly Rule[] = [];
