/**
 * @module policies/jingjiguanfa-2023-31/item-08
 * 第一章 一（八） 空气重污染应急减排绩效评价级别提升项目 (better heavy-pollution emergency performance grades).
 *
 * > 企业通过行业主管部门组织开展的空气重污染应急减排绩效评价,2021 年之后评价级别由 D 级提升为 C 级的奖励 10 万元,
 * > C 级提升为 B 级(包括地方 B 级)的奖励 20 万元,B 级提升为 A 级(包括地方 A 级)的奖励 30 万元,跨级提级企业按照
 * > 上述奖励金额加和奖励,对连续三年绩效评级为 A 级(包括地方 A 级)的单位一次性奖励 20 万元,该类项目为免申即享项目。
 *
 * D-31-5: an upgrade counts when its new grade was awarded from 2022-01-01; each step
 * (D→C 10万, C→B 20万, B→A 30万) at most once per enterprise; a jump pays the sum of its steps;
 * 地方A/B count as A/B; three consecutive years at A pay 20万 once. The facts are the enterprise's
 * evaluation results in date order; an upgrade is a result better than the one before it
 * (D-31-26); a year is "at A" when every result of that year is A, and the three-year run must
 * end after 2021 (D-31-27). Earlier awards come from `awardHistory`; the award keys are
 * `step:D-C`, `step:C-B`, `step:B-A` and `three-years-A`. Granted without application.
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { invalidInput } from '../../engine/errors.ts';
import { addFen, type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import { findValueAt, type Parameter, valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, COMMON_MESSAGES, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { EXAMPLE_APPLICANT, nonProjectFactsSchema } from './item-09.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  ITEM8_JUMP_CITATION,
  ITEM8_NO_APPLICATION_CITATION,
  ITEM8_STEP_BA,
  ITEM8_STEP_BA_CITATION,
  ITEM8_STEP_CB,
  ITEM8_STEP_CB_CITATION,
  ITEM8_STEP_DC,
  ITEM8_THREE_YEARS_A,
  ITEM8_THREE_YEARS_CITATION,
  ITEM8_UPGRADE_CITATION,
  ITEM8_UPGRADES_FROM,
} from './parameters-pollution.ts';

/** The grades of the evaluation; 地方A and 地方B count as A and B. */
export const GRADES = ['A', 'local_A', 'B', 'local_B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];
const RANK: Readonly<Record<Grade, number>> = { D: 0, C: 1, B: 2, local_B: 2, A: 3, local_A: 3 };
/** The award keys of the three steps, in rank order (step k goes from rank k to rank k + 1). */
export const STEP_SUBJECTS = ['step:D-C', 'step:C-B', 'step:B-A'] as const;
export const THREE_YEARS_A = 'three-years-A';
/** The amount of each award key; its citation is the sentence that sets it. */
const AMOUNT_OF: Readonly<Record<string, Parameter<string>>> = {
  'step:D-C': ITEM8_STEP_DC,
  'step:C-B': ITEM8_STEP_CB,
  'step:B-A': ITEM8_STEP_BA,
  'three-years-A': ITEM8_THREE_YEARS_A,
};

export interface Rating {
  readonly grade: Grade;
  readonly ratedOn: string;
}
export interface Item8Facts extends CommonFacts {
  readonly ratings: readonly Rating[];
  readonly awardHistory?: readonly AwardRecord[];
}

const ID = `${POLICY_ID}/item-08`;

/** An upgrade between two consecutive results, and the steps it covers. */
interface Upgrade {
  readonly from: Grade;
  readonly to: Grade;
  readonly on: string;
  readonly counted: boolean;
  readonly steps: readonly string[];
}
interface Analysis {
  readonly upgrades: readonly Upgrade[];
  /** The calendar years whose results are all A or 地方A, ascending. */
  readonly aYears: readonly number[];
  /** The first three consecutive years at A ending after 2021, or null. */
  readonly threeYears: readonly number[] | null;
  /** Every subject earned, in the order earned. */
  readonly earned: readonly string[];
}

/** Ratings in date order; two results on one day are refused. */
function sorted(ratings: readonly Rating[]): Rating[] {
  const out = [...ratings].sort((a, b) => (a.ratedOn < b.ratedOn ? -1 : a.ratedOn > b.ratedOn ? 1 : 0));
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.ratedOn === out[i - 1]!.ratedOn) {
      throw invalidInput(
        'facts.ratings',
        out[i]!.ratedOn,
        'has two results on one day',
        '同一天有两个评价结果',
      );
    }
  }
  return out;
}

/** Upgrades, the three-year run and the subjects earned, with new grades counted from `from`. */
function analyse(ratings: readonly Rating[], from: string): Analysis {
  const rs = sorted(ratings);
  const upgrades: Upgrade[] = [];
  const earned: string[] = [];
  for (let i = 1; i < rs.length; i++) {
    const [prev, next] = [rs[i - 1]!, rs[i]!];
    if (RANK[next.grade] <= RANK[prev.grade]) continue;
    const steps = STEP_SUBJECTS.slice(RANK[prev.grade], RANK[next.grade]);
    const counted = next.ratedOn >= from;
    upgrades.push({ from: prev.grade, to: next.grade, on: next.ratedOn, counted, steps });
    if (counted) for (const s of steps) if (!earned.includes(s)) earned.push(s);
  }
  // A year is at A when it has results and every one of them is A or 地方A (D-31-26).
  const byYear = new Map<number, boolean>();
  for (const r of rs) {
    const y = Number(r.ratedOn.slice(0, 4));
    byYear.set(y, (byYear.get(y) ?? true) && RANK[r.grade] === 3);
  }
  const aYears = [...byYear].filter(([, a]) => a).map(([y]) => y);
  // The run must end after 2021, the year before `from` (D-31-27).
  const lastYearFrom = Number(from.slice(0, 4));
  const start = aYears.find((y) => y + 2 >= lastYearFrom && aYears.includes(y + 1) && aYears.includes(y + 2));
  const threeYears = start === undefined ? null : [start, start + 1, start + 2];
  if (threeYears) earned.push(THREE_YEARS_A);
  return { upgrades, aYears, threeYears, earned };
}

/** Subjects earned and not yet awarded. */
function due(earned: readonly string[], history: readonly AwardRecord[] | undefined): string[] {
  const awarded = new Set(awardsOf(history, ID).map((r) => r.subject));
  return earned.filter((s) => !awarded.has(s));
}

function upgradesFrom(date: CalendarDate): string {
  return (findValueAt(ITEM8_UPGRADES_FROM, date) ?? valueAt(ITEM8_UPGRADES_FROM, FROM)).value;
}

export const item08: Rule = defineRule<Item8Facts>({
  id: ID,
  policyId: POLICY_ID,
  title: {
    zh: '空气重污染应急减排绩效评价级别提升项目',
    en: 'Better heavy-pollution emergency performance grades',
  },
  citations: [
    ITEM8_UPGRADE_CITATION,
    ITEM8_STEP_CB_CITATION,
    ITEM8_STEP_BA_CITATION,
    ITEM8_JUMP_CITATION,
    ITEM8_THREE_YEARS_CITATION,
    ITEM8_NO_APPLICATION_CITATION,
    AREA_CITATION,
  ],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: true,
  factsSchema: nonProjectFactsSchema(['ratings'], {
    ratings: {
      type: 'array',
      minItems: 1,
      description:
        "The enterprise's heavy-pollution emergency performance evaluation results (annual reviews included), each with the date it was awarded",
      'x-description-zh': '企业历次空气重污染应急减排绩效评价结果（含年度复核）及评定日期',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['grade', 'ratedOn'],
        properties: {
          grade: {
            type: 'string',
            enum: [...GRADES],
            'x-enum-labels': {
              A: { zh: 'A 级', en: 'A' },
              local_A: { zh: '地方 A 级', en: 'Local A' },
              B: { zh: 'B 级', en: 'B' },
              local_B: { zh: '地方 B 级', en: 'Local B' },
              C: { zh: 'C 级', en: 'C' },
              D: { zh: 'D 级', en: 'D' },
            },
            description: 'Grade awarded',
            'x-description-zh': '评价级别',
          },
          ratedOn: {
            type: 'string',
            format: 'date',
            description: 'Date the grade was awarded',
            'x-description-zh': '评定日期',
          },
        },
      },
    },
    awardHistory: AWARD_HISTORY_FACT,
  }),
  examples: [
    {
      title: {
        zh: '2021年评为 D 级，2023年跨级评为 B 级：D→C、C→B 加和奖励30万元',
        en: 'Rated D in 2021, jumped to B in 2023: D→C plus C→B, 300,000 yuan',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        ratings: [
          { grade: 'D', ratedOn: '2021-06-01' },
          { grade: 'B', ratedOn: '2023-05-10' },
        ],
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: {
    ...COMMON_MESSAGES,
    'j31.item8.upgrade': {
      zh: '{on} 评价级别由 {from} 提升为 {to}（级差：{steps}；2021 年之后、即 {limit} 起评定的才计入：{result}）',
      en: 'On {on} the grade rose from {from} to {to} (steps: {steps}; counted only from {limit}: {result})',
    },
    'j31.item8.three_years': {
      zh: '连续三年绩效评级为 A 级（含地方 A 级），且末年在 2021 年之后：{result}（全年评价均为 A 级的年份：{years}）',
      en: 'Three consecutive years at A (local A included), ending after 2021: {result} (years all at A: {years})',
    },
    'j31.item8.award_due': {
      zh: '有尚未奖励的提级或连续三年 A 级事项（应奖：{earned}；已奖：{awarded}；本次：{due}）',
      en: 'Something is due that has not been awarded (earned: {earned}; awarded before: {awarded}; due now: {due})',
    },
    'j31.item8.amount': {
      zh: '奖励金额 = {parts} = {result} 元（应奖事项加和；跨级提级按各级奖励金额加和）',
      en: 'Award = {parts} = {result} yuan (the items due are added; a jump pays the sum of its steps)',
    },
  },
  awardSubjects(f) {
    const latest = sorted(f.ratings).at(-1)!.ratedOn as CalendarDate;
    return due(analyse(f.ratings, upgradesFrom(latest)).earned, f.awardHistory);
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    f.ratings.forEach((r, i) => {
      parseCalendarDate(r.ratedOn, `facts.ratings.${i}.ratedOn`);
      if (r.ratedOn > asOf) {
        throw invalidInput(
          `facts.ratings.${i}.ratedOn`,
          r.ratedOn,
          `is after the as-of date ${asOf}`,
          `晚于评估日期 ${asOf}`,
        );
      }
    });
    d.interpret('D-31-5');
    d.interpret('D-31-26');
    d.interpret('D-31-27');
    const limit = upgradesFrom(asOf);
    const a = analyse(f.ratings, limit);
    const citationOf = (subject: string) => valueAt(AMOUNT_OF[subject]!, asOf).citation;
    for (const u of a.upgrades) {
      d.step('j31.item8.upgrade', {
        inputs: { from: u.from, to: u.to, on: u.on },
        parameters: { limit, steps: u.steps.join(', ') },
        result: u.counted,
        citation: u.steps.length > 1 ? ITEM8_JUMP_CITATION : citationOf(u.steps[0]!),
      });
    }
    d.step('j31.item8.three_years', {
      inputs: { years: a.aYears.join(', ') || '—' },
      result: a.threeYears ? a.threeYears.join(', ') : false,
      citation: ITEM8_THREE_YEARS_CITATION,
    });
    const now = due(a.earned, f.awardHistory);
    const awarded = a.earned.filter((s) => !now.includes(s));
    d.check(
      'j31.item8.award_due',
      now.length > 0,
      { earned: a.earned.join(', ') || '—', awarded: awarded.join(', ') || '—', due: now.join(', ') || '—' },
      ITEM8_UPGRADE_CITATION,
    );
    d.interpret('D-31-29');
    checkCommon(d, f, { no: 8, project: false, pollution: true }, asOf);
    if (now.length === 0) return d.decide(null);
    // A jump pays the sum of its steps; a step and the three-year award are added too.
    const parts = now.map((s) => ({ subject: s, yuan: valueAt(AMOUNT_OF[s]!, asOf).value }));
    const amount: Fen = addFen(...parts.map((p) => parseYuan(p.yuan, AMOUNT_OF[p.subject]!.id)));
    const steps = now.filter((s) => s !== THREE_YEARS_A).length;
    d.step('j31.item8.amount', {
      inputs: { parts: parts.map((p) => `${p.subject} ${p.yuan}`).join(' + ') },
      result: formatYuan(amount),
      citation: steps > 1 ? ITEM8_JUMP_CITATION : citationOf(now[0]!),
    });
    return d.decide(amount);
  },
});
