/**
 * @module policies/jingjiguanfa-2023-31/rules-energy
 * Award items 13–22 of 京技管发〔2023〕31号 (第一章 一（十三）–（十五）, 二（十六）–（二十二）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';
import { item13 } from './item-13.ts';
import { item14 } from './item-14.ts';
import { item15 } from './item-15.ts';
import { item16 } from './item-16.ts';
import { item17 } from './item-17.ts';
import { item18 } from './item-18.ts';
import { item19 } from './item-19.ts';
import { item20 } from './item-20.ts';
import { item21 } from './item-21.ts';
import { item22 } from './item-22.ts';

export const ITEMS_13_22: readonly Rule[] = [
  item13,
  item14,
  item15,
  item16,
  item17,
  item18,
  item19,
  item20,
  item21,
  item22,
];
