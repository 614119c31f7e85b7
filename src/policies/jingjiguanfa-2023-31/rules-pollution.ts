/**
 * @module policies/jingjiguanfa-2023-31/rules-pollution
 * Award items 4–12 of 京技管发〔2023〕31号 (第一章 一（四）–（十二）), in the order of 第一章.
 */
import type { Rule } from '../../engine/rule.ts';
import { item04 } from './item-04.ts';
import { item05 } from './item-05.ts';
import { item06 } from './item-06.ts';
import { item07 } from './item-07.ts';
import { item08 } from './item-08.ts';
import { item09 } from './item-09.ts';
import { item10 } from './item-10.ts';
import { item11 } from './item-11.ts';
import { item12 } from './item-12.ts';

export const ITEMS_04_12: readonly Rule[] = [
  item04,
  item05,
  item06,
  item07,
  item08,
  item09,
  item10,
  item11,
  item12,
];
