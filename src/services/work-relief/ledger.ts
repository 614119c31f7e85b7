/**
 * @module services/work-relief/ledger
 * The wage ledger (1336号 三(四) "劳务报酬发放台账"): per worker and month, the rate, the days from
 * attendance and the amount due (integer fen, D-1336-4); the worker's confirmation of that amount,
 * which freezes the line and locks the month's attendance (D-1336-5); and the payments, each to the
 * card registered to the worker — a payment the rule `wages-to-own-card` fails (another person's
 * card, or cash without a reason) is refused before anything is written (D-1336-6). Unpaid amounts
 * past the pay day are arrears, with their age in days (D-1336-3). Confirmation and payment are in
 * `payments.ts`.
 */
import { addFen, type Fen, formatYuan, subFen } from '../../engine/money.ts';
import { type CalendarDate, daysBetween, shanghaiDate } from '../../engine/period.ts';
import { daysText, monthBounds, payDueOn, wagesDue } from '../../policies/jingfagai-2023-1336/facts.ts';
import type { Store } from '../../store/db.ts';
import type { WrProjectRow } from '../../store/work-relief-schema.ts';
import type { Actor } from '../accounts/index.ts';
import { monthField } from './input.ts';
import { projectInReach } from './projects.ts';

export type LineStatus = 'open' | 'confirmed' | 'partly_paid' | 'paid';

/** One line of the ledger; amounts are yuan text; identifiers masked. */
export interface LedgerLine {
  readonly workerId: number;
  readonly name: string;
  readonly residentId: string;
  readonly bankCard: string;
  readonly village: string;
  readonly halfDays: number;
  readonly days: string;
  readonly dailyRate: string;
  readonly due: string;
  readonly payDueOn: CalendarDate;
  readonly status: LineStatus;
  readonly confirmedOn: string | null;
  readonly confirmationMethod: string | null;
  readonly paid: string;
  readonly outstanding: string;
  readonly lastPaidOn: string | null;
  /** Unpaid after the pay day: the amount and how many days overdue. */
  readonly arrears: { readonly amount: string; readonly ageDays: number } | null;
}

export interface Ledger {
  readonly projectId: number;
  readonly projectCode: string;
  readonly period: string;
  readonly asOf: CalendarDate;
  readonly lines: readonly LedgerLine[];
  readonly totals: {
    readonly due: string;
    readonly paid: string;
    readonly outstanding: string;
    readonly arrears: string;
    readonly halfDays: number;
  };
}

/** Every worker of a project with attendance or a confirmation in `period`, as of `asOf`. */
export async function ledger(
  store: Store,
  actor: Actor,
  projectId: number,
  periodInput: unknown,
  now = new Date(),
): Promise<Ledger> {
  const project = await projectInReach(store, actor, 'work-relief.read', projectId);
  return ledgerOf(store, project, monthField(periodInput, 'period'), shanghaiDate(now));
}

/** The ledger without the scope check (for the export and the checks, which check it themselves). */
export async function ledgerOf(
  store: Store,
  project: WrProjectRow,
  period: string,
  asOf: CalendarDate,
): Promise<Ledger> {
  const { first, last } = monthBounds(period);
  const att = await store.db
    .selectFrom('wr_attendance')
    .select(['worker_id', (eb) => eb.fn.sum<number>('half_days').as('h')])
    .where('project_id', '=', project.id)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .groupBy('worker_id')
    .execute();
  const frozen = new Map(
    (
      await store.db
        .selectFrom('wr_ledger')
        .selectAll()
        .where('project_id', '=', project.id)
        .where('period', '=', period)
        .execute()
    ).map((l) => [l.worker_id, l]),
  );
  const workerIds = [
    ...new Set([...att.filter((a) => Number(a.h) > 0).map((a) => a.worker_id), ...frozen.keys()]),
  ];
  const workers =
    workerIds.length === 0
      ? []
      : await store.db
          .selectFrom('wr_workers')
          .innerJoin('wr_enrolments', 'wr_enrolments.worker_id', 'wr_workers.id')
          .select([
            'wr_workers.id',
            'name',
            'id_masked',
            'card_masked',
            'village',
            'daily_rate_fen',
            'wr_enrolments.id as enrolment_id',
          ])
          .where('wr_enrolments.project_id', '=', project.id)
          .where('wr_workers.id', 'in', workerIds)
          .orderBy('wr_enrolments.joined_on')
          .orderBy('wr_enrolments.id')
          .execute();
  const dueOn = payDueOn(period, project.pay_day);
  const totals = { due: 0 as Fen, paid: 0 as Fen, outstanding: 0 as Fen, arrears: 0 as Fen, halfDays: 0 };
  const lines = workers.map((w): LedgerLine => {
    const f = frozen.get(w.id);
    const halfDays = f ? f.half_days : Number(att.find((a) => a.worker_id === w.id)?.h ?? 0);
    const rate = (f ? f.rate_fen : w.daily_rate_fen) as Fen;
    const due = (f ? f.due_fen : wagesDue(rate, halfDays)) as Fen;
    const paid = (f?.paid_fen ?? 0) as Fen;
    const outstanding = subFen(due, paid);
    const lineDueOn = (f?.pay_due_on ?? dueOn) as CalendarDate;
    const arrears = asOf > lineDueOn && outstanding > 0;
    totals.due = addFen(totals.due, due);
    totals.paid = addFen(totals.paid, paid);
    totals.outstanding = addFen(totals.outstanding, outstanding);
    if (arrears) totals.arrears = addFen(totals.arrears, outstanding);
    totals.halfDays += halfDays;
    return {
      workerId: w.id,
      name: w.name,
      residentId: w.id_masked,
      bankCard: w.card_masked,
      village: w.village,
      halfDays,
      days: daysText(halfDays),
      dailyRate: formatYuan(rate),
      due: formatYuan(due),
      payDueOn: lineDueOn,
      status: !f ? 'open' : paid === 0 ? 'confirmed' : outstanding > 0 ? 'partly_paid' : 'paid',
      confirmedOn: f?.confirmed_on ?? null,
      confirmationMethod: f?.confirmation_method ?? null,
      paid: formatYuan(paid),
      outstanding: formatYuan(outstanding),
      lastPaidOn: f?.last_paid_on ?? null,
      arrears: arrears ? { amount: formatYuan(outstanding), ageDays: daysBetween(lineDueOn, asOf) } : null,
    };
  });
  return {
    projectId: project.id,
    projectCode: project.code,
    period,
    asOf,
    lines,
    totals: {
      due: formatYuan(totals.due),
      paid: formatYuan(totals.paid),
      outstanding: formatYuan(totals.outstanding),
      arrears: formatYuan(totals.arrears),
      halfDays: totals.halfDays,
    },
  };
}
