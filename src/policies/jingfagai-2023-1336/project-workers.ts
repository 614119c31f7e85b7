/**
 * @module policies/jingfagai-2023-1336/project-workers
 * 三(二), 三(四): a project marked as work relief employs local workers and pays them.
 *
 * > 项目业主单位要督促指导施工单位做好以工代赈务工人员台账登记、报酬发放、日常考勤等实名制管理工作。
 * > (四)及时足额发放劳务报酬。
 *
 * D-1336-7: a work-relief project must have a wage budget; once it has started it must have real-name
 * workers on its roster; once the first month's pay day after the start has passed, or the project
 * is completed, it must have paid wages. A project not yet started, or cancelled, has nothing to
 * show yet. Whether each month was paid in full is `wages-paid`'s question.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan } from '../../engine/money.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { ratio, toPercentString } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { FROM, POLICY_ID, REAL_NAME_CITATION, TIMELY_CITATION } from './citations.ts';
import { bool, count, date, fenOf, payDueOn, yuan } from './facts.ts';

export const PROJECT_STATUSES = {
  planned: { zh: '计划中', en: 'Planned' },
  in_progress: { zh: '在建', en: 'In progress' },
  completed: { zh: '已完工', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const;
export type ProjectStatus = keyof typeof PROJECT_STATUSES;

export interface ProjectWorkersFacts {
  readonly workRelief: boolean;
  readonly status: ProjectStatus;
  readonly startOn?: CalendarDate;
  readonly payDay: number;
  readonly wageBudget: string;
  readonly workers: number;
  readonly wagesPaid: string;
}

export const projectEmploysWorkers: Rule = defineRule<ProjectWorkersFacts>({
  id: `${POLICY_ID}/project-employs-workers`,
  policyId: POLICY_ID,
  title: {
    zh: '以工代赈项目有实名务工人员并发放劳务报酬',
    en: 'A work-relief project has real-name workers and pays wages',
  },
  citations: [REAL_NAME_CITATION, TIMELY_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['workRelief', 'status', 'payDay', 'wageBudget', 'workers', 'wagesPaid'],
    properties: {
      workRelief: bool('The project is marked as work relief', '项目采取以工代赈方式'),
      status: {
        type: 'string',
        enum: Object.keys(PROJECT_STATUSES),
        'x-enum-labels': PROJECT_STATUSES,
        description: 'Where the project stands',
        'x-description-zh': '项目状态',
      },
      startOn: date('The day construction started', '开工日期'),
      payDay: {
        type: 'integer',
        minimum: 1,
        maximum: 28,
        description: 'Day of the following month by which a month’s wages are paid',
        'x-description-zh': '劳务报酬发放日（次月几日前）',
      },
      wageBudget: yuan('Work-relief wage budget, yuan', '以工代赈劳务报酬预算（元）'),
      workers: count('Real-name workers on the roster', '实名登记的务工人员人数', '人'),
      wagesPaid: yuan('Wages paid so far, yuan', '已发放劳务报酬（元）'),
    },
  },
  examples: [
    {
      title: { zh: '在建项目，30人，已发放12万元', en: 'In progress, 30 workers, 120,000 yuan paid' },
      asOf: '2026-08-31' as CalendarDate,
      facts: {
        workRelief: true,
        status: 'in_progress',
        startOn: '2026-04-01',
        payDay: 15,
        wageBudget: '600000',
        workers: 30,
        wagesPaid: '120000',
      },
    },
    {
      title: { zh: '开工三个月无务工人员', en: 'Started three months ago, no workers' },
      asOf: '2026-07-01' as CalendarDate,
      facts: {
        workRelief: true,
        status: 'in_progress',
        startOn: '2026-04-01',
        payDay: 15,
        wageBudget: '300000',
        workers: 0,
        wagesPaid: '0',
      },
    },
  ],
  messages: {
    'j1336.project.not_work_relief': {
      zh: '项目未采取以工代赈方式，本项检查不适用',
      en: 'Not a work-relief project; this check does not apply',
    },
    'j1336.project.not_started': {
      zh: '项目尚未开工（{statusZh}）',
      en: 'The project has not started ({statusEn})',
    },
    'j1336.project.cancelled': { zh: '项目已取消', en: 'The project was cancelled' },
    'j1336.project.budget': { zh: '劳务报酬预算 {wageBudget} 元', en: 'Wage budget {wageBudget} yuan' },
    'j1336.project.no_budget': {
      zh: '以工代赈项目未安排劳务报酬预算',
      en: 'A work-relief project with no wage budget',
    },
    'j1336.project.workers': { zh: '实名登记务工人员 {workers} 人', en: '{workers} real-name workers' },
    'j1336.project.no_workers': {
      zh: '项目已开工（{startOn}），但没有实名登记的务工人员',
      en: 'Started on {startOn}, but no real-name workers are registered',
    },
    'j1336.project.wages_paid': { zh: '已发放劳务报酬 {wagesPaid} 元', en: '{wagesPaid} yuan of wages paid' },
    'j1336.project.no_wages': {
      zh: '首个应发日 {firstDue} 已过（或项目已完工），仍未发放劳务报酬',
      en: 'The first pay day {firstDue} has passed (or the project is complete) and no wages were paid',
    },
    'j1336.project.wages_not_yet_due': {
      zh: '首个应发日 {firstDue} 未到',
      en: 'The first pay day {firstDue} has not come',
    },
    'j1336.project.budget_share': {
      zh: '已发放占劳务报酬预算 {result}',
      en: '{result} of the wage budget paid',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    if (!f.workRelief) {
      d.check('j1336.project.not_work_relief', true, {}, REAL_NAME_CITATION);
      return d.decide(null);
    }
    if (f.status === 'cancelled') {
      d.check('j1336.project.cancelled', true, {}, REAL_NAME_CITATION);
      return d.decide(null);
    }
    d.interpret('D-1336-7');
    const budget = fenOf(f.wageBudget, 'facts.wageBudget');
    const paid = fenOf(f.wagesPaid, 'facts.wagesPaid');
    const wageBudget = formatYuan(budget);
    d.check(
      budget > 0 ? 'j1336.project.budget' : 'j1336.project.no_budget',
      budget > 0,
      { wageBudget },
      TIMELY_CITATION,
    );
    const started = f.status === 'completed' || (f.startOn !== undefined && f.startOn <= asOf);
    const label = { statusZh: PROJECT_STATUSES[f.status].zh, statusEn: PROJECT_STATUSES[f.status].en };
    if (!started) {
      d.check('j1336.project.not_started', true, label, REAL_NAME_CITATION);
      return d.decide(null);
    }
    const startOn = f.startOn ?? null;
    d.check(
      f.workers > 0 ? 'j1336.project.workers' : 'j1336.project.no_workers',
      f.workers > 0,
      { workers: f.workers, startOn },
      REAL_NAME_CITATION,
    );
    const firstDue = f.startOn === undefined ? null : payDueOn(f.startOn.slice(0, 7), f.payDay);
    const wagesDueByNow = f.status === 'completed' || (firstDue !== null && asOf > firstDue);
    if (paid > 0) d.check('j1336.project.wages_paid', true, { wagesPaid: formatYuan(paid) }, TIMELY_CITATION);
    else if (wagesDueByNow) d.check('j1336.project.no_wages', false, { firstDue }, TIMELY_CITATION);
    else d.check('j1336.project.wages_not_yet_due', true, { firstDue }, TIMELY_CITATION);
    if (budget > 0) {
      d.step('j1336.project.budget_share', {
        inputs: { wagesPaid: formatYuan(paid), wageBudget },
        result: toPercentString(ratio(paid, budget), 2),
      });
    }
    return d.decide(null);
  },
});
