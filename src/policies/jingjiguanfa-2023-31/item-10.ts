/**
 * @module policies/jingjiguanfa-2023-31/item-10
 * 第一章 一（十） 低碳领跑者试点项目 (low-carbon leader pilots).
 *
 * > 对获得北京市生态环境局公布的低碳领跑者试点项目给予一次性 50 万元奖励,该类项目为免申即享项目。
 *
 * As item 9: 50 万元 once per listed project (D-31-28), granted without application; the applicant
 * conditions of 第二章 apply, the project conditions do not (D-31-29).
 */
import type { Rule } from '../../engine/rule.ts';
import { listedProjectRule } from './item-09.ts';
import { ITEM10_AMOUNT, ITEM10_AWARD_CITATION } from './parameters-pollution.ts';

export const item10: Rule = listedProjectRule({
  no: 10,
  title: { zh: '低碳领跑者试点项目', en: 'Low-carbon leader pilots' },
  citation: ITEM10_AWARD_CITATION,
  amount: ITEM10_AMOUNT,
  subjectPrefix: 'low-carbon-leader-pilot',
  list: {
    zh: '北京市生态环境局公布的低碳领跑者试点项目',
    en: 'list of low-carbon leader pilot projects published by the Beijing Municipal Ecology and Environment Bureau',
  },
  example: {
    title: {
      zh: '企业的整厂低碳改造被列为低碳领跑者试点项目',
      en: "An enterprise's whole-plant low-carbon upgrade is listed as a low-carbon leader pilot",
    },
    project: '整厂低碳改造低碳领跑者试点',
  },
});
