/**
 * @module services/work-relief/checks
 * The checks of 1336号 run over what the districts recorded (五(一) "强化事前事中事后全链条监管"),
 * as of a date: every project against `requirement-in-documents` and `project-employs-workers`,
 * every worker on its roster against `target-population` and `training-before-work`, every month
 * with attendance against `wages-paid`, every payment against `wages-to-own-card`. A finding is a
 * decision that is not compliant (`ineligible`) or needs an officer (`needs_review`), with the
 * reasons worded in both languages and the clause quoted.
 */

import type { Citation } from '../../engine/citation.ts';
import { type Decision, decisionToJson } from '../../engine/decision.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { type Fen, formatYuan } from '../../engine/money.ts';
import { type CalendarDate, parseCalendarDate, shanghaiDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../../policies/index.ts';
import { payDueOn } from '../../policies/jingfagai-2023-1336/facts.ts';
import type { Store } from '../../store/db.ts';
import type { WrProjectRow } from '../../store/work-relief-schema.ts';
import type { Actor } from '../accounts/index.ts';
import { districtCode, reach } from './access.ts';
import { storedBirthDate } from './identity.ts';
import { intField, yearField } from './input.ts';
import { projectInReach } from './projects.ts';

const R = (name: string) => `jingfagai-2023-1336/${name}`;
export const CHECK_RULES = [
  'requirement-in-documents',
  'project-employs-workers',
  'target-population',
  'training-before-work',
  'wages-paid',
  'wages-to-own-card',
].map(R);

/** One finding. `subject` names what was checked; personal numbers only masked. */
export interface Finding {
  readonly ruleId: string;
  readonly title: Bilingual;
  readonly outcome: 'ineligible' | 'needs_review' | 'not_in_force';
  readonly projectId: number;
  readonly projectCode: string;
  readonly district: string;
  readonly subject: {
    readonly kind: 'project' | 'worker' | 'month' | 'payment';
    readonly id: number;
    readonly label: string;
    readonly period?: string;
  };
  readonly reasons: readonly Bilingual[];
  readonly citations: readonly Citation[];
  readonly interpretations: readonly string[];
}

export interface CheckReport {
  readonly asOf: CalendarDate;
  readonly projects: number;
  /** Decisions made per rule, and how many were findings. */
  readonly checked: Readonly<Record<string, { readonly decisions: number; readonly findings: number }>>;
  readonly findings: readonly Finding[];
}

type Subject = Finding['subject'];

/** Runs every check on one project's records; appends to `out` and counts in `checked`. */
async function checkOne(
  store: Store,
  p: WrProjectRow,
  asOf: CalendarDate,
  out: Finding[],
  checked: Record<string, { decisions: number; findings: number }>,
): Promise<void> {
  const decide = (rule: string, facts: object, subject: Subject) => {
    const id = R(rule);
    const d: Decision = evaluate(id, facts, asOf);
    checked[id]!.decisions++;
    if (d.outcome === 'eligible') return;
    checked[id]!.findings++;
    const json = decisionToJson(d, getRule(id).messages);
    out.push({
      ruleId: id,
      title: getRule(id).title,
      outcome: d.outcome,
      projectId: p.id,
      projectCode: p.code,
      district: p.district,
      subject,
      reasons: json.reasons.filter((r) => r.passed !== true).map((r) => r.message),
      citations: json.citations,
      interpretations: json.interpretations,
    });
  };
  const projectSubject: Subject = { kind: 'project', id: p.id, label: `${p.code} ${p.name}` };
  decide(
    'requirement-in-documents',
    {
      governmentFunded: p.government_funded === 1,
      ...(p.approval_doc_ref
        ? { approvalDocRef: p.approval_doc_ref, approvalStatesWorkRelief: p.approval_states === 1 }
        : {}),
      ...(p.funding_doc_ref
        ? { fundingDocRef: p.funding_doc_ref, fundingStatesWorkRelief: p.funding_states === 1 }
        : {}),
    },
    projectSubject,
  );

  const roster = await store.db
    .selectFrom('wr_enrolments')
    .innerJoin('wr_workers', 'wr_workers.id', 'wr_enrolments.worker_id')
    .select([
      'wr_workers.id',
      'name',
      'id_masked',
      'id_enc',
      'id_hash',
      'beijing_rural',
      'priority_groups',
      'key_post',
      'daily_rate_fen',
      'joined_on',
    ])
    .where('project_id', '=', p.id)
    .where('joined_on', '<=', asOf)
    .execute();
  const paid = await store.db
    .selectFrom('wr_payments')
    .innerJoin('wr_ledger', 'wr_ledger.id', 'wr_payments.ledger_id')
    .select([
      'wr_payments.id',
      'wr_payments.amount_fen',
      'method',
      'own_card',
      'exception_reason',
      'paid_on',
      'worker_id',
      'period',
    ])
    .where('wr_ledger.project_id', '=', p.id)
    .where('paid_on', '<=', asOf)
    .execute();
  decide(
    'project-employs-workers',
    {
      workRelief: true,
      status: p.status,
      ...(p.start_on ? { startOn: p.start_on } : {}),
      payDay: p.pay_day,
      wageBudget: formatYuan(p.wage_budget_fen as Fen),
      workers: roster.length,
      wagesPaid: formatYuan(paid.reduce((n, x) => n + x.amount_fen, 0) as Fen),
    },
    projectSubject,
  );

  const att = await store.db
    .selectFrom('wr_attendance')
    .select(['worker_id', 'day', 'half_days'])
    .where('project_id', '=', p.id)
    .where('day', '<=', asOf)
    .where('half_days', '>', 0)
    .orderBy('day')
    .execute();
  const trained = await store.db
    .selectFrom('wr_training_attendees')
    .innerJoin('wr_trainings', 'wr_trainings.id', 'wr_training_attendees.training_id')
    .select(['worker_id', (eb) => eb.fn.min<string>('held_on').as('first')])
    .where('project_id', '=', p.id)
    .where('kind', 'in', ['safety', 'skills_safety'])
    .where('held_on', '<=', asOf)
    .groupBy('worker_id')
    .execute();
  const name = new Map(roster.map((w) => [w.id, `${w.name} ${w.id_masked}`]));
  for (const w of roster) {
    const subject: Subject = { kind: 'worker', id: w.id, label: name.get(w.id)! };
    decide(
      'target-population',
      {
        birthDate: storedBirthDate(w.id_enc, w.id_hash),
        beijingRural: w.beijing_rural === 1,
        priorityGroups: JSON.parse(w.priority_groups),
      },
      subject,
    );
    const first = att.find((a) => a.worker_id === w.id)?.day;
    const t = trained.find((x) => x.worker_id === w.id)?.first;
    decide(
      'training-before-work',
      {
        keyPost: w.key_post === 1,
        ...(first ? { firstWorkDay: first } : {}),
        ...(t ? { safetyTrainedOn: t } : {}),
      },
      subject,
    );
  }

  const ledger = new Map(
    (await store.db.selectFrom('wr_ledger').selectAll().where('project_id', '=', p.id).execute()).map((l) => [
      `${l.worker_id}|${l.period}`,
      l,
    ]),
  );
  const months = new Map<string, number>();
  for (const a of att)
    months.set(
      `${a.worker_id}|${a.day.slice(0, 7)}`,
      (months.get(`${a.worker_id}|${a.day.slice(0, 7)}`) ?? 0) + a.half_days,
    );
  for (const k of ledger.keys()) if (!months.has(k)) months.set(k, 0);
  const rate = new Map(roster.map((w) => [w.id, w.daily_rate_fen]));
  for (const [key, halfDays] of [...months].sort()) {
    const [wid = '0', period = ''] = key.split('|');
    const l = ledger.get(key);
    const workerId = Number(wid);
    const payments = paid.filter((x) => x.worker_id === workerId && x.period === period);
    const dates = payments.map((x) => x.paid_on).sort();
    decide(
      'wages-paid',
      {
        period,
        halfDays: l ? l.half_days : halfDays,
        dailyRate: formatYuan((l ? l.rate_fen : (rate.get(workerId) ?? p.daily_rate_fen)) as Fen),
        payDueOn: l ? l.pay_due_on : payDueOn(period, p.pay_day),
        ...(l ? { confirmedOn: l.confirmed_on, confirmedAmount: formatYuan(l.due_fen as Fen) } : {}),
        paid: formatYuan(payments.reduce((n, x) => n + x.amount_fen, 0) as Fen),
        ...(dates.length > 0 ? { firstPaidOn: dates[0], lastPaidOn: dates.at(-1) } : {}),
      },
      { kind: 'month', id: workerId, label: name.get(workerId) ?? String(workerId), period },
    );
  }
  for (const x of paid) {
    const facts =
      x.method === 'bank_card'
        ? { method: x.method, cardRegisteredToWorker: x.own_card === 1 }
        : { method: x.method, ...(x.exception_reason ? { exceptionReason: x.exception_reason } : {}) };
    decide('wages-to-own-card', facts, {
      kind: 'payment',
      id: x.id,
      label: name.get(x.worker_id) ?? String(x.worker_id),
      period: x.period,
    });
  }
}

/** Runs the checks over one project, or every project the actor reaches (of a district and plan year). */
export async function runChecks(
  store: Store,
  actor: Actor,
  filter: { projectId?: unknown; district?: unknown; year?: unknown; asOf?: unknown } = {},
  now = new Date(),
): Promise<CheckReport> {
  const asOf =
    filter.asOf === undefined || filter.asOf === ''
      ? shanghaiDate(now)
      : parseCalendarDate(filter.asOf, 'asOf');
  let projects: WrProjectRow[];
  if (filter.projectId !== undefined && filter.projectId !== '') {
    reach(actor, 'work-relief.review');
    const id = intField(filter.projectId, 'projectId', 1, Number.MAX_SAFE_INTEGER);
    const p = await projectInReach(store, actor, 'work-relief.review', id);
    projects = [p];
  } else {
    const r = reach(actor, 'work-relief.review');
    let q = store.db.selectFrom('wr_projects').selectAll().orderBy('district').orderBy('code');
    if (!r.all) q = q.where('district', '=', r.district);
    if (filter.district !== undefined && filter.district !== '')
      q = q.where('district', '=', districtCode(filter.district));
    if (filter.year !== undefined && filter.year !== '') q = q.where('year', '=', yearField(filter.year));
    projects = await q.execute();
  }
  const findings: Finding[] = [];
  const checked = Object.fromEntries(CHECK_RULES.map((id) => [id, { decisions: 0, findings: 0 }]));
  for (const p of projects) if (p.status !== 'cancelled') await checkOne(store, p, asOf, findings, checked);
  return { asOf, projects: projects.length, checked, findings };
}
