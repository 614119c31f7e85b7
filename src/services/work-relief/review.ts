/**
 * @module services/work-relief/review
 * The annual review (1336号 五(二) "年度总结评估") by district and project: the projects of a year's
 * plans and, as of the review date, their workers, person-days, wages due and paid, the share of
 * the investment (and of the wage budget) paid as wages, arrears, training, the priority groups'
 * and the target population's share, maintenance jobs kept for the project's workers (三(三)), and
 * the checks' findings (D-1336-10). Shares are exact ratios of integers, shown as percentages
 * rounded half up to two places; money is integer fen throughout.
 */
import { addFen, type Fen, formatYuan, subFen } from '../../engine/money.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../../engine/period.ts';
import { ratio, toPercentString } from '../../engine/rational.ts';
import { daysText, payDueOn, wagesDue } from '../../policies/jingfagai-2023-1336/facts.ts';
import type { Store } from '../../store/db.ts';
import type { WrProjectRow } from '../../store/work-relief-schema.ts';
import type { Actor } from '../accounts/index.ts';
import { districtCode, districtName, reach } from './access.ts';
import { runChecks } from './checks.ts';
import { yearField } from './input.ts';

/** The figures of one project or district (amounts yuan text, shares percent text). */
export interface ReviewFigures {
  readonly projects: number;
  readonly workers: number;
  readonly priorityWorkers: number;
  readonly priorityShare: string;
  readonly ruralShare: string;
  readonly personDays: string;
  readonly totalInvestment: string;
  readonly wageBudget: string;
  readonly wagesDue: string;
  readonly wagesPaid: string;
  readonly investmentShare: string;
  readonly budgetShare: string;
  readonly arrears: string;
  readonly trainedWorkers: number;
  readonly trainings: number;
  readonly maintenanceJobs: number;
  readonly maintenanceFromProject: number;
  readonly findings: number;
  readonly reviews: number;
}

export interface AnnualReview {
  readonly year: number;
  readonly asOf: CalendarDate;
  readonly districts: readonly (ReviewFigures & {
    readonly district: string;
    readonly districtName: { zh: string; en: string };
  })[];
  readonly projects: readonly (ReviewFigures & {
    readonly id: number;
    readonly code: string;
    readonly name: string;
    readonly district: string;
    readonly postDisaster: boolean;
  })[];
  readonly totals: ReviewFigures;
}

/** Raw sums, merged across projects (workers as id sets, so a worker on two projects counts once). */
interface Acc {
  projects: number;
  workers: Set<number>;
  priority: Set<number>;
  rural: Set<number>;
  trained: Set<number>;
  halfDays: number;
  investment: Fen;
  budget: Fen;
  due: Fen;
  paid: Fen;
  arrears: Fen;
  trainings: number;
  jobs: number;
  jobsFromProject: number;
  findings: number;
  reviews: number;
}
const empty = (): Acc => ({
  projects: 0,
  workers: new Set(),
  priority: new Set(),
  rural: new Set(),
  trained: new Set(),
  halfDays: 0,
  investment: 0 as Fen,
  budget: 0 as Fen,
  due: 0 as Fen,
  paid: 0 as Fen,
  arrears: 0 as Fen,
  trainings: 0,
  jobs: 0,
  jobsFromProject: 0,
  findings: 0,
  reviews: 0,
});
function merge(a: Acc, b: Acc): void {
  a.projects += b.projects;
  for (const k of ['workers', 'priority', 'rural', 'trained'] as const) for (const x of b[k]) a[k].add(x);
  a.halfDays += b.halfDays;
  for (const k of ['investment', 'budget', 'due', 'paid', 'arrears'] as const) a[k] = addFen(a[k], b[k]);
  for (const k of ['trainings', 'jobs', 'jobsFromProject', 'findings', 'reviews'] as const) a[k] += b[k];
}
const share = (n: number, d: number) => (d === 0 ? '0%' : toPercentString(ratio(n, d), 2));
function figures(a: Acc): ReviewFigures {
  return {
    projects: a.projects,
    workers: a.workers.size,
    priorityWorkers: a.priority.size,
    priorityShare: share(a.priority.size, a.workers.size),
    ruralShare: share(a.rural.size, a.workers.size),
    personDays: daysText(a.halfDays),
    totalInvestment: formatYuan(a.investment),
    wageBudget: formatYuan(a.budget),
    wagesDue: formatYuan(a.due),
    wagesPaid: formatYuan(a.paid),
    investmentShare: share(a.paid, a.investment),
    budgetShare: share(a.paid, a.budget),
    arrears: formatYuan(a.arrears),
    trainedWorkers: a.trained.size,
    trainings: a.trainings,
    maintenanceJobs: a.jobs,
    maintenanceFromProject: a.jobsFromProject,
    findings: a.findings,
    reviews: a.reviews,
  };
}

async function projectAcc(store: Store, p: WrProjectRow, asOf: CalendarDate): Promise<Acc> {
  const a = empty();
  a.projects = 1;
  a.investment = p.total_investment_fen as Fen;
  a.budget = p.wage_budget_fen as Fen;
  const roster = await store.db
    .selectFrom('wr_enrolments')
    .innerJoin('wr_workers', 'wr_workers.id', 'wr_enrolments.worker_id')
    .select(['wr_workers.id', 'priority_groups', 'beijing_rural', 'daily_rate_fen'])
    .where('project_id', '=', p.id)
    .where('joined_on', '<=', asOf)
    .execute();
  for (const w of roster) {
    a.workers.add(w.id);
    if ((JSON.parse(w.priority_groups) as string[]).length > 0) a.priority.add(w.id);
    if (w.beijing_rural === 1) a.rural.add(w.id);
  }
  const att = await store.db
    .selectFrom('wr_attendance')
    .select(['worker_id', 'day', 'half_days'])
    .where('project_id', '=', p.id)
    .where('day', '<=', asOf)
    .execute();
  const months = new Map<string, number>();
  for (const x of att) {
    a.halfDays += x.half_days;
    const k = `${x.worker_id}|${x.day.slice(0, 7)}`;
    months.set(k, (months.get(k) ?? 0) + x.half_days);
  }
  const ledger = new Map(
    (await store.db.selectFrom('wr_ledger').selectAll().where('project_id', '=', p.id).execute()).map((l) => [
      `${l.worker_id}|${l.period}`,
      l,
    ]),
  );
  const paidBy = new Map<number, Fen>();
  for (const x of await store.db
    .selectFrom('wr_payments')
    .select(['ledger_id', 'amount_fen'])
    .where('paid_on', '<=', asOf)
    .where('ledger_id', 'in', [0, ...[...ledger.values()].map((l) => l.id)])
    .execute())
    paidBy.set(x.ledger_id, addFen(paidBy.get(x.ledger_id) ?? (0 as Fen), x.amount_fen as Fen));
  const rate = new Map(roster.map((w) => [w.id, w.daily_rate_fen as Fen]));
  for (const k of new Set([...months.keys(), ...ledger.keys()])) {
    const [wid = '0', period = ''] = k.split('|');
    const l = ledger.get(k);
    const due = (
      l ? l.due_fen : wagesDue(rate.get(Number(wid)) ?? (p.daily_rate_fen as Fen), months.get(k) ?? 0)
    ) as Fen;
    const paid = l ? (paidBy.get(l.id) ?? (0 as Fen)) : (0 as Fen);
    a.due = addFen(a.due, due);
    a.paid = addFen(a.paid, paid);
    if (asOf > (l?.pay_due_on ?? payDueOn(period, p.pay_day)) && due > paid)
      a.arrears = addFen(a.arrears, subFen(due, paid));
  }
  const trainings = await store.db
    .selectFrom('wr_trainings')
    .select('id')
    .where('project_id', '=', p.id)
    .where('held_on', '<=', asOf)
    .execute();
  a.trainings = trainings.length;
  if (trainings.length > 0)
    for (const t of await store.db
      .selectFrom('wr_training_attendees')
      .select('worker_id')
      .where(
        'training_id',
        'in',
        trainings.map((t) => t.id),
      )
      .execute())
      a.trained.add(t.worker_id);
  const jobs = await store.db
    .selectFrom('wr_maintenance_jobs')
    .select('from_project')
    .where('project_id', '=', p.id)
    .where('starts_on', '<=', asOf)
    .execute();
  a.jobs = jobs.length;
  a.jobsFromProject = jobs.filter((j) => j.from_project === 1).length;
  return a;
}

/** The annual review of `year` as of `asOf` (default today) for the districts the actor reaches. */
export async function annualReview(
  store: Store,
  actor: Actor,
  filter: { year?: unknown; district?: unknown; asOf?: unknown } = {},
  now = new Date(),
): Promise<AnnualReview> {
  const r = reach(actor, 'work-relief.review');
  const today = shanghaiDate(now);
  const year =
    filter.year === undefined || filter.year === '' ? Number(today.slice(0, 4)) : yearField(filter.year);
  const asOf =
    filter.asOf === undefined || filter.asOf === '' ? today : parseCalendarDate(filter.asOf, 'asOf');
  let q = store.db
    .selectFrom('wr_projects')
    .selectAll()
    .where('year', '=', year)
    .where('status', '!=', 'cancelled')
    .orderBy('district')
    .orderBy('code');
  if (!r.all) q = q.where('district', '=', r.district);
  const district =
    filter.district === undefined || filter.district === '' ? null : districtCode(filter.district);
  if (district) q = q.where('district', '=', district);
  const projects = await q.execute();
  const checks = await runChecks(store, actor, { year, asOf, ...(district ? { district } : {}) }, now);
  const byDistrict = new Map<string, Acc>();
  const total = empty();
  const rows: AnnualReview['projects'][number][] = [];
  for (const p of projects) {
    const a = await projectAcc(store, p, asOf);
    const mine = checks.findings.filter((f) => f.projectId === p.id);
    a.findings = mine.filter((f) => f.outcome === 'ineligible').length;
    a.reviews = mine.filter((f) => f.outcome === 'needs_review').length;
    rows.push({
      id: p.id,
      code: p.code,
      name: p.name,
      district: p.district,
      postDisaster: p.post_disaster === 1,
      ...figures(a),
    });
    const d = byDistrict.get(p.district) ?? empty();
    merge(d, a);
    byDistrict.set(p.district, d);
    merge(total, a);
  }
  return {
    year,
    asOf,
    districts: [...byDistrict].map(([code, a]) => ({
      district: code,
      districtName: districtName(code),
      ...figures(a),
    })),
    projects: rows,
    totals: figures(total),
  };
}
