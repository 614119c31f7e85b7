/**
 * @module policies/jingjiguanfa-2023-31/rules-building
 * Award items 23–27 of 京技管发〔2023〕31号 (第一章 三（二十三）–（二十七）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';
import { item23 } from './item-23.ts';
import { item24 } from './item-24.ts';
import { item25 } from './item-25.ts';
import { item26 } from './item-26.ts';
import { item27 } from './item-27.ts';

export const ITEMS_23_27: readonly Rule[] = [item23, item24, item25, item26, item27];
