/**
 * @module policies/jingjiguanfa-2023-28/citations
 * The sentences of 京技管发〔2023〕28号 that the rules and the enterprise-service workflow implement,
 * quoted verbatim from `text.ts` under the clause that holds them. The text mixes half-width and
 * full-width commas; each quote keeps the printed one. `src/policies/rules.test.ts` checks every
 * quote a rule cites against the clause it names.
 */
import { cite } from '../../engine/citation.ts';
import type { CalendarDate } from '../../engine/period.ts';

export const POLICY_ID = 'jingjiguanfa-2023-28';
/** Publication (= signing) date: the measures apply from it (D-32-2, policy-notes). */
export const FROM = '2023-11-02' as CalendarDate;
/** Three years from publication, inclusive (D-32-2). */
export const TO = '2026-11-01' as CalendarDate;

const c = (clause: string, quote: string) => cite(POLICY_ID, clause, quote);

/** 二(三)11: the multilingual hotline and channels — where requests come from. */
export const HOTLINE_CITATION = c(
  '二(三)11',
  '开通全天候多语种涉外服务专线，及时回应和解决外资企业关切，切实做到企业诉求“有呼必应”。',
);
/** 二(三)12: the roundtable's closed loop. */
export const ROUNDTABLE_CITATION = c(
  '二(三)12',
  '搭建“协同商办—限时反馈—回访通报”闭环交流机制,做到事事有回应、件件有着落。',
);
/** 二(三)13: 企业管家 for major projects and the three lists. */
export const LISTS_CITATION = c(
  '二(三)13',
  '建立重大项目“企业管家”责任制,实施外商投资企业诉求清单、问题清单、愿景清单管理机制,提供全过程跟踪服务。',
);
/** 二(三)13: visits and service packages. */
export const VISITS_CITATION = c('二(三)13', '实施“服务管家”定期走访机制和“服务包”送达机制');
/** 二(四)14: the bilingual policy list and precise push. */
export const POLICY_LIST_CITATION = c(
  '二(四)14',
  '定期发布国际化表达的《外商投资企业政策清单》,面向外资企业生产经营、项目进度提供专项领域政策精准推送',
);
/** 二(四)15: national treatment — every enterprise policy applies to foreign-invested ones too. */
export const NATIONAL_TREATMENT_CITATION = c('二(四)15', '保障外资企业无差别待遇。');
/** 二(四)16: credit + risk, graded supervision, one file and one officer. */
export const CREDIT_RISK_CITATION = c(
  '二(四)16',
  '建立“信用+风险”监管体系，对外资企业实施分级分类综合监管，建立“一企一档一专员”管理机制',
);
/** 二(四)16: 无事不扰 for high credit and low risk. */
export const NO_DISTURBANCE_CITATION = c('二(四)16', '对信用级别高、风险等级低的外资企业做到“无事不扰”');
/** 三: the three-year trial. */
export const VALIDITY_CITATION = c('三', '本政策有效期三年,自公布之日起施行');
