/**
 * @module policies/jingjiguanfa-2023-31/rules
 * The award items of 京技管发〔2023〕31号 as rules, in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';
import { item01 } from './item-01.ts';
import { item02 } from './item-02.ts';
import { item03 } from './item-03.ts';
import { ITEMS_23_27 } from './rules-building.ts';
import { ITEMS_13_22 } from './rules-energy.ts';
import { ITEMS_04_12 } from './rules-pollution.ts';

/** The award items of 31号 as rules, in the order of 第一章. */
export const RULES_31: readonly Rule[] = [
  item01,
  item02,
  item03,
  ...ITEMS_04_12,
  ...ITEMS_13_22,
  ...ITEMS_23_27,
];
