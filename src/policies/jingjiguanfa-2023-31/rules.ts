/**
 * @module policies/jingjiguanfa-2023-31/rules
 * The rules of 京技管发〔2023〕31号 implemented so far (issue #4, first slice: 第一章 一（一）–（三）).
 */
import type { Rule } from '../../engine/rule.ts';
import { item01 } from './item-01.ts';
import { item02 } from './item-02.ts';
import { item03 } from './item-03.ts';

/** The award items of 31号 as rules, in the order of 第一章. */
export const RULES_31: readonly Rule[] = [item01, item02, item03];
