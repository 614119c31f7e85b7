/**
 * @module services/work-relief/payments
 * The two steps of 1336号 三(四) after attendance: "经务工人员确认" — the worker confirms the month's
 * amount, which must be the amount the ledger computes from his attendance (D-1336-5; the line is
 * then frozen and the month's attendance locked) — and "原则上将劳务报酬通过银行卡发放至本人": each
 * payment is checked by the rule `wages-to-own-card` on the card it went to, matched against the
 * worker's registered card by keyed hash (D-1336-6). A refused payment writes nothing.
 */
import { type DecisionJson, decisionToJson } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { renderBilingual } from '../../engine/messages.ts';
import { addFen, type Fen, formatYuan, subFen } from '../../engine/money.ts';
import { shanghaiDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../../policies/index.ts';
import { monthBounds, payDueOn, wagesDue } from '../../policies/jingfagai-2023-1336/facts.ts';
import { PAYMENT_METHODS } from '../../policies/jingfagai-2023-1336/own-card.ts';
import { CONFIRMATION_METHODS } from '../../policies/jingfagai-2023-1336/parameters.ts';
import type { Store } from '../../store/db.ts';
import type { WrLedgerRow } from '../../store/work-relief-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { bankCard } from './identity.ts';
import { dateField, enumField, intField, monthField, optionalText, uniqueOr, yuanField } from './input.ts';
import { type LedgerLine, ledgerOf } from './ledger.ts';
import { findProject, projectInReach } from './projects.ts';
import { enrolment } from './roster.ts';
import { findWorker } from './workers.ts';

const OWN_CARD_RULE = 'jingfagai-2023-1336/wages-to-own-card';

async function lineOf(
  store: Store,
  projectId: number,
  workerId: number,
  period: string,
  now: Date,
): Promise<LedgerLine> {
  const l = await ledgerOf(store, await findProject(store, projectId), period, shanghaiDate(now));
  return l.lines.find((x) => x.workerId === workerId)!;
}

/** Records the worker's confirmation of a month: `{workerId, period, amount, method, confirmedOn?}`. */
export async function confirmWages(
  store: Store,
  actor: Actor,
  projectId: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<LedgerLine> {
  const project = await projectInReach(store, actor, 'work-relief.pay', projectId);
  const workerId = intField(input.workerId, 'workerId', 1, Number.MAX_SAFE_INTEGER);
  const period = monthField(input.period, 'period');
  const method = enumField(input.method, 'method', CONFIRMATION_METHODS);
  const amount = yuanField(input.amount, 'amount');
  const today = shanghaiDate(now);
  const confirmedOn = input.confirmedOn === undefined ? today : dateField(input.confirmedOn, 'confirmedOn');
  const e = await enrolment(store, projectId, workerId);
  const { first, last } = monthBounds(period);
  if (confirmedOn > today)
    throw invalidInput('confirmedOn', confirmedOn, `is after today (${today})`, `晚于今天（${today}）`);
  const leftBy = e.left_on !== null && e.left_on <= confirmedOn;
  if (confirmedOn < first || (confirmedOn < last && !leftBy))
    throw invalidInput(
      'period',
      period,
      `cannot be confirmed on ${confirmedOn}: the month is not over (nor has the worker left)`,
      `不能于 ${confirmedOn} 确认：当月尚未结束（该务工人员也未离场）`,
    );
  await uniqueOr(
    store.db.transaction().execute(async (trx) => {
      const done = await trx
        .selectFrom('wr_ledger')
        .select('id')
        .where('project_id', '=', projectId)
        .where('worker_id', '=', workerId)
        .where('period', '=', period)
        .executeTakeFirst();
      if (done)
        throw new ZhengceError('ZC_ERR_CONFLICT', `period: the worker already confirmed ${period}`, {
          field: 'period',
          value: period,
          messageZh: `period：该务工人员已确认 ${period} 的劳务报酬`,
        });
      const att = await trx
        .selectFrom('wr_attendance')
        .select((eb) => eb.fn.sum<number>('half_days').as('h'))
        .where('project_id', '=', projectId)
        .where('worker_id', '=', workerId)
        .where('day', '>=', first)
        .where('day', '<=', last)
        .executeTakeFirst();
      const halfDays = Number(att?.h ?? 0);
      const due = wagesDue(e.daily_rate_fen as Fen, halfDays);
      if (halfDays === 0)
        throw invalidInput('period', period, 'has no attendance to confirm', '当月无出勤记录，无需确认');
      if (amount !== due)
        throw invalidInput(
          'amount',
          formatYuan(amount),
          `differs from the ${formatYuan(due)} yuan the ledger computes from attendance; correct the attendance first`,
          `与台账按考勤计算的应发 ${formatYuan(due)} 元不一致，请先核对考勤`,
        );
      const iso = now.toISOString();
      await trx
        .insertInto('wr_ledger')
        .values({
          project_id: projectId,
          worker_id: workerId,
          period,
          half_days: halfDays,
          rate_fen: e.daily_rate_fen,
          due_fen: due,
          pay_due_on: payDueOn(period, project.pay_day),
          confirmed_on: confirmedOn,
          confirmation_method: method,
          confirmed_by: actorLabel(actor),
          paid_fen: 0,
          first_paid_on: null,
          last_paid_on: null,
          created_at: iso,
          updated_at: iso,
        })
        .execute();
      await recordAudit(
        trx,
        actor,
        {
          action: 'work_relief.wages.confirm',
          entityType: 'wr_project',
          entityId: projectId,
          details: { workerId, period, halfDays, due: formatYuan(due), method, confirmedOn },
        },
        now,
      );
    }),
    'period',
    period,
    '该务工人员已确认本月劳务报酬',
  );
  return lineOf(store, projectId, workerId, period, now);
}

/** The answer of {@link payWages}: the line after the payment and the own-card check. */
export interface PaymentResult {
  readonly line: LedgerLine;
  readonly check: DecisionJson;
}

/** Records a payment: `{workerId, period, amount, paidOn?, method, bankCard?, exceptionReason?, paymentRef?}`. */
export async function payWages(
  store: Store,
  actor: Actor,
  projectId: number,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<PaymentResult> {
  await projectInReach(store, actor, 'work-relief.pay', projectId);
  const workerId = intField(input.workerId, 'workerId', 1, Number.MAX_SAFE_INTEGER);
  const period = monthField(input.period, 'period');
  const amount = yuanField(input.amount, 'amount', { positive: true });
  const today = shanghaiDate(now);
  const paidOn = input.paidOn === undefined ? today : dateField(input.paidOn, 'paidOn');
  if (paidOn > today)
    throw invalidInput('paidOn', paidOn, `is after today (${today})`, `晚于今天（${today}）`);
  const method = enumField(input.method, 'method', PAYMENT_METHODS, 'bank_card');
  const worker = await findWorker(store.db, workerId);
  const card = method === 'bank_card' ? bankCard(input.bankCard, 'bankCard') : null;
  const exceptionReason = optionalText(input.exceptionReason, 'exceptionReason', 500);
  const facts = card
    ? { method, cardRegisteredToWorker: card.hashes.includes(worker.card_hash) }
    : { method, ...(exceptionReason ? { exceptionReason } : {}) };
  const decision = evaluate(OWN_CARD_RULE, facts, paidOn);
  const check = decisionToJson(decision, getRule(OWN_CARD_RULE).messages);
  // Refused whatever the rule's window says (a payment for work before the circular is still
  // refused to a third party): another person's card, or another means with no reason (D-1336-6).
  const violates = card ? !card.hashes.includes(worker.card_hash) : exceptionReason === null;
  if (violates) {
    const label = PAYMENT_METHODS[method];
    const why = renderBilingual(
      card ? 'j1336.card.third_party' : 'j1336.card.exception_without_reason',
      { methodZh: label.zh, methodEn: label.en.toLowerCase() },
      getRule(OWN_CARD_RULE).messages,
    );
    throw invalidInput(
      card ? 'bankCard' : 'exceptionReason',
      card ? card.masked : exceptionReason,
      `${why.en} (1336号 三(四))`,
      `${why.zh}（1336号 三(四)）`,
    );
  }
  await store.db.transaction().execute(async (trx) => {
    const l = await trx
      .selectFrom('wr_ledger')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('worker_id', '=', workerId)
      .where('period', '=', period)
      .executeTakeFirst();
    if (!l)
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `period: the worker has not confirmed ${period}'s wages; confirm before paying (经务工人员确认后)`,
        {
          field: 'period',
          value: period,
          messageZh: `period：该务工人员尚未确认 ${period} 的劳务报酬，须先确认后发放`,
        },
      );
    checkPayment(l, amount, paidOn);
    await trx
      .insertInto('wr_payments')
      .values({
        ledger_id: l.id,
        amount_fen: amount,
        paid_on: paidOn,
        method,
        card_masked: card?.masked ?? null,
        own_card: card && facts.cardRegisteredToWorker ? 1 : 0,
        exception_reason: exceptionReason,
        payment_ref: optionalText(input.paymentRef, 'paymentRef', 100),
        recorded_at: now.toISOString(),
        recorded_by: actorLabel(actor),
      })
      .execute();
    await trx
      .updateTable('wr_ledger')
      .set({
        paid_fen: addFen(l.paid_fen as Fen, amount),
        first_paid_on: l.first_paid_on ?? paidOn,
        last_paid_on: l.last_paid_on === null || paidOn > l.last_paid_on ? paidOn : l.last_paid_on,
        updated_at: now.toISOString(),
      })
      .where('id', '=', l.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'work_relief.wages.pay',
        entityType: 'wr_project',
        entityId: projectId,
        details: {
          workerId,
          period,
          amount: formatYuan(amount),
          paidOn,
          method,
          bankCard: card?.masked ?? null,
          outcome: decision.outcome,
        },
      },
      now,
    );
  });
  return { line: await lineOf(store, projectId, workerId, period, now), check };
}

function checkPayment(l: WrLedgerRow, amount: Fen, paidOn: string): void {
  const outstanding = subFen(l.due_fen as Fen, l.paid_fen as Fen);
  if (amount > outstanding)
    throw invalidInput(
      'amount',
      formatYuan(amount),
      `is more than the ${formatYuan(outstanding)} yuan outstanding`,
      `超过尚未发放的 ${formatYuan(outstanding)} 元`,
    );
  if (paidOn < l.confirmed_on)
    throw invalidInput(
      'paidOn',
      paidOn,
      `is before the worker confirmed (${l.confirmed_on})`,
      `早于务工人员确认日期（${l.confirmed_on}）`,
    );
}
