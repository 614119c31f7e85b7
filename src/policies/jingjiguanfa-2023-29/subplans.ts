/**
 * @module policies/jingjiguanfa-2023-29/subplans
 * The member units' standing duties of 四 (实施保障): file an emergency sub-plan within 15 days of
 * the plan's release (四(一)), name a leader and a contact reachable 24 hours a day (四(三)), and
 * inspect how the measures are carried out during an alert (二(三), 四(四), 附件3).
 *
 * Counting the 15 days (decision D-29-23, docs): the plan was released on 2023-11-13 (its signing
 * date, as policy-notes takes it). As for any period counted in days (民法典 第二百零一条: "开始的
 * 当日不计入，自下一日开始计算"), the day of release is not counted: day 1 is 2023-11-14 and day 15,
 * the last day to file, is 2023-11-28 (a Tuesday, not a holiday, so 第二百零三条 does not move it).
 * A sub-plan filed on or before that day is `filed`, after it `filed_late`; with none on file a
 * unit is `due` up to and including that day and `overdue` from the next.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { addDays, type CalendarDate } from '../../engine/period.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';

/** 四(一): the sub-plan and its 15-day deadline. */
export const SUBPLAN_CITATION: Citation = cite(
  POLICY_ID,
  '四(一)',
  '各成员单位按照本预案要求,认真制定空气重污染应急分预案,本应急预案发布后15日内报指挥部办公室备案。',
);
/** 四(三): a leader and a 24-hour contact per unit, and changes reported. */
export const CONTACT_CITATION: Citation = cite(
  POLICY_ID,
  '四(三)',
  '联系人需 24 小时保持通讯畅通，遇有启动空气重污染应急工作，及时接收预警指令并启动应急措施。主管领导及联系人如有变动应及时向指挥部办公室报备。',
);
/** 四(四): inspections during an alert. */
export const INSPECTION_CITATION: Citation = cite(
  POLICY_ID,
  '四(四)',
  '各相关部门要加强预警期间应急措施落实情况的执法检查，发现环境违法行为，依法严肃处理。',
);
/** 附件3 八3: the enforcement bureau inspects every listed enterprise, whoever owns the list. */
export const LIST_ENFORCEMENT_CITATION: Citation = cite(
  POLICY_ID,
  '附件3 八3',
  '负责重污染应急减排清单企业综合执法检查',
);

/** The day the plan was released (the circular's date). */
export const PLAN_RELEASED_ON = '2023-11-13' as CalendarDate;
/** "发布后15日内". */
export const SUBPLAN_PERIOD_DAYS = 15;
/** Day 1 of the period: the day after release (D-29-23). */
export const SUBPLAN_DAY_ONE: CalendarDate = addDays(PLAN_RELEASED_ON, 1);
/** The last day to file, inclusive: day 15 = 2023-11-28. */
export const SUBPLAN_DUE_ON: CalendarDate = addDays(PLAN_RELEASED_ON, SUBPLAN_PERIOD_DAYS);

/** Where a unit stands with its sub-plan. */
export type SubplanStatus = 'filed' | 'filed_late' | 'overdue' | 'due';

/** The status of a unit's sub-plan on `today`, given the day it was filed (null: not filed). */
export function subplanStatus(filedOn: CalendarDate | null, today: CalendarDate): SubplanStatus {
  if (filedOn !== null) return filedOn <= SUBPLAN_DUE_ON ? 'filed' : 'filed_late';
  return today <= SUBPLAN_DUE_ON ? 'due' : 'overdue';
}

/** The member unit whose officers may inspect any listed enterprise or site (附件3 八3). */
export const LIST_ENFORCEMENT_UNIT = 'comprehensive-enforcement';
