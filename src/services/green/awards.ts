/**
 * @module services/green/awards
 * Awards of the green low-carbon fund, whichever way they come (an approved application or an
 * approved grant run): one row each, keyed `rule|enterprise|subject` so that the same thing is
 * never granted twice (the key is unique in the database); payment recorded by the finance bureau
 * or the responsible bureau; clawback with a reason (第三章 三（一）); a notice to the enterprise at
 * each step. Every change is audited in its own transaction.
 */

import { cite } from '../../engine/citation.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import type { ConfiguredValue, ParameterOverrides } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { getRule } from '../../policies/index.ts';
import type { Store } from '../../store/db.ts';
import type { AwardState, GreenAwardRow } from '../../store/green-schema.ts';
import type { Db } from '../../store/queries.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { listLimit } from './limits.ts';

/** The finance bureau records payments for every bureau (第三章 二（三）: 负责……拨付管理). */
export const FINANCE_DEPARTMENT = 'finance-audit';

/** The key that makes an award unique while it stands. */
export function awardKey(ruleId: string, creditCode: string, subject: string): string {
  return `${ruleId}|${creditCode}|${subject}`;
}

export interface AwardView {
  readonly id: number;
  readonly source: 'application' | 'grant';
  readonly applicationId: number | null;
  readonly runId: number | null;
  readonly creditCode: string;
  readonly ruleId: string;
  readonly department: string;
  readonly subject: string;
  readonly projectRef: string;
  readonly projectName: string;
  readonly amount: string;
  readonly state: AwardState;
  readonly budgetYear: number;
  readonly createdAt: string;
  readonly approvedAt: string | null;
  readonly paidAt: string | null;
  readonly paymentRef: string | null;
  readonly clawedBackAt: string | null;
  readonly clawback: string | null;
  readonly clawbackReason: string | null;
}

export function toAwardView(r: GreenAwardRow): AwardView {
  return {
    id: r.id,
    source: r.source,
    applicationId: r.application_id,
    runId: r.run_id,
    creditCode: r.credit_code,
    ruleId: r.rule_id,
    department: r.department,
    subject: r.subject,
    projectRef: r.project_ref,
    projectName: r.project_name,
    amount: formatYuan(r.amount_fen as Fen),
    state: r.state,
    budgetYear: r.budget_year,
    createdAt: r.created_at,
    approvedAt: r.approved_at,
    paidAt: r.paid_at,
    paymentRef: r.payment_ref,
    clawedBackAt: r.clawed_back_at,
    clawback: r.clawback_fen === null ? null : formatYuan(r.clawback_fen as Fen),
    clawbackReason: r.clawback_reason,
  };
}

/** Inserts an award for `subjects`; `ZC_ERR_CONFLICT` when one of them already stands awarded. */
export async function insertAward(
  db: Db,
  a: Omit<GreenAwardRow, 'id' | 'subject'>,
  subjects: readonly string[],
): Promise<number> {
  const keys = subjects.map((s) => awardKey(a.rule_id, a.credit_code, s));
  const existing = await db
    .selectFrom('green_award_keys')
    .innerJoin('green_awards', 'green_awards.id', 'green_award_keys.award_id')
    .select(['green_awards.id', 'green_awards.state', 'green_award_keys.award_key'])
    .where('green_award_keys.award_key', 'in', keys)
    .executeTakeFirst();
  if (existing) {
    const subject = existing.award_key.split('|').slice(2).join('|');
    throw new ZhengceError(
      'ZC_ERR_CONFLICT',
      `${a.rule_id} was already awarded to ${a.credit_code} for ${subject} (award ${existing.id}, ${existing.state})`,
      {
        field: 'subject',
        value: subject,
        messageZh: `${a.credit_code} 已就“${subject}”获得 ${a.rule_id} 奖励（奖励 ${existing.id}，${existing.state}），不重复奖励`,
      },
    );
  }
  const row = await db
    .insertInto('green_awards')
    .values({ ...a, subject: subjects.join('+') })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('green_award_keys')
    .values(keys.map((award_key, position) => ({ award_key, award_id: row.id, position })))
    .execute();
  return row.id;
}

/** Frees the keys of a rejected award, so the thing can be granted later. */
export async function releaseAwardKeys(db: Db, awardIds: readonly number[]): Promise<void> {
  if (awardIds.length === 0) return;
  await db.deleteFrom('green_award_keys').where('award_id', 'in', awardIds).execute();
}

/** A notice to an enterprise about an award or an application. */
export async function notify(
  db: Db,
  n: {
    creditCode: string;
    awardId?: number | null;
    applicationId?: number | null;
    kind: string;
    title: { zh: string; en: string };
    body: { zh: string; en: string };
  },
  iso: string,
): Promise<void> {
  await db
    .insertInto('green_notices')
    .values({
      credit_code: n.creditCode,
      award_id: n.awardId ?? null,
      application_id: n.applicationId ?? null,
      kind: n.kind,
      title_zh: n.title.zh,
      title_en: n.title.en,
      body_zh: n.body.zh,
      body_en: n.body.en,
      created_at: iso,
      read_at: null,
    })
    .execute();
}

export async function findAward(db: Db, id: unknown): Promise<GreenAwardRow> {
  const n =
    typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw invalidInput('awardId', id, 'must be a positive integer', '须为正整数');
  const a = await db.selectFrom('green_awards').selectAll().where('id', '=', n).executeTakeFirst();
  if (!a)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `award ${n} does not exist`, {
      field: 'awardId',
      value: id,
      messageZh: `奖励 ${n} 不存在`,
    });
  return a;
}

/** Awards visible to the actor: an enterprise its own, officials all (filters optional). */
export async function listAwards(
  store: Store,
  actor: Actor,
  filter: { creditCode?: string; ruleId?: string; state?: string; runId?: number; limit?: number } = {},
): Promise<AwardView[]> {
  const creditCode =
    actor.kind === 'user' && actor.role === 'enterprise' ? actor.creditCode : filter.creditCode;
  authorize(actor, 'green.read', creditCode ? { creditCode } : {});
  let q = store.db.selectFrom('green_awards').selectAll();
  if (creditCode) q = q.where('credit_code', '=', creditCode);
  if (filter.ruleId) q = q.where('rule_id', '=', filter.ruleId);
  if (filter.state) q = q.where('state', '=', filter.state as AwardState);
  if (filter.runId !== undefined) q = q.where('run_id', '=', filter.runId);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(listLimit(filter.limit, 500, 5000))
    .execute();
  return rows.map(toAwardView);
}

/** Records the payment of an approved award (the finance bureau, or the responsible bureau). */
export async function recordPayment(
  store: Store,
  actor: Actor,
  awardId: unknown,
  input: { paymentRef?: unknown; paidOn?: unknown },
  now = new Date(),
): Promise<AwardView> {
  const iso = now.toISOString();
  authorize(actor, 'green.pay');
  return store.db.transaction().execute(async (trx) => {
    const a = await findAward(trx, awardId);
    const finance = actor.kind === 'user' && actor.department === FINANCE_DEPARTMENT;
    authorize(actor, 'green.pay', finance ? {} : { department: a.department });
    if (a.state !== 'approved')
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `award ${a.id} is ${a.state}; only an approved award is paid`,
        {
          field: 'state',
          value: a.state,
          messageZh: `奖励 ${a.id} 状态为 ${a.state}，只有已批准的奖励可以拨付`,
        },
      );
    if (typeof input.paymentRef !== 'string' || input.paymentRef.trim() === '')
      throw invalidInput(
        'paymentRef',
        input.paymentRef,
        'is required (the payment voucher number)',
        '必填（拨付凭证号）',
      );
    const paidOn = input.paidOn === undefined ? iso.slice(0, 10) : parseCalendarDate(input.paidOn, 'paidOn');
    await trx
      .updateTable('green_awards')
      .set({ state: 'paid', paid_at: paidOn, payment_ref: input.paymentRef.trim() })
      .where('id', '=', a.id)
      .execute();
    if (a.application_id !== null)
      await moveApplication(trx, a.application_id, 'paid', 'pay', actor, iso, input.paymentRef.trim());
    await notify(
      trx,
      {
        creditCode: a.credit_code,
        awardId: a.id,
        applicationId: a.application_id,
        kind: 'award.paid',
        title: { zh: '奖励资金已拨付', en: 'Award paid' },
        body: {
          zh: `${a.project_name}：${formatYuan(a.amount_fen as Fen)} 元已于 ${paidOn} 拨付（凭证 ${input.paymentRef.trim()}）。`,
          en: `${a.project_name}: ${formatYuan(a.amount_fen as Fen)} yuan paid on ${paidOn} (voucher ${input.paymentRef.trim()}).`,
        },
      },
      iso,
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_award.pay',
        entityType: 'green_award',
        entityId: a.id,
        details: { paidOn, paymentRef: input.paymentRef.trim(), amount: formatYuan(a.amount_fen as Fen) },
      },
      now,
    );
    return toAwardView(await findAward(trx, a.id));
  });
}

export const CLAWBACK_CITATION = cite(
  'jingjiguanfa-2023-31',
  '第三章 三（一）',
  '情节严重的或整改不到位的,领导小组有权追回已拨付资金,将其行为归集至“经开区市场主体信用服务平台”。',
);

/**
 * Claws an award back (第三章 三（一）): the amount (default all of it) and the reason are
 * required; the award keeps its key, so the same thing is not granted again.
 */
export async function clawBack(
  store: Store,
  actor: Actor,
  awardId: unknown,
  input: { reason?: unknown; amount?: unknown },
  now = new Date(),
): Promise<AwardView> {
  const iso = now.toISOString();
  authorize(actor, 'green.clawback');
  return store.db.transaction().execute(async (trx) => {
    const a = await findAward(trx, awardId);
    authorize(actor, 'green.clawback', { department: a.department });
    if (a.state !== 'paid' && a.state !== 'approved')
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `award ${a.id} is ${a.state}; only an approved or paid award is clawed back`,
        {
          field: 'state',
          value: a.state,
          messageZh: `奖励 ${a.id} 状态为 ${a.state}，只有已批准或已拨付的奖励可以追回`,
        },
      );
    if (typeof input.reason !== 'string' || input.reason.trim().length < 4)
      throw invalidInput(
        'reason',
        input.reason,
        'is required (at least 4 characters)',
        '必填（至少 4 个字）',
      );
    const amount = input.amount === undefined ? (a.amount_fen as Fen) : parseYuan(input.amount, 'amount');
    if (amount <= 0 || amount > a.amount_fen)
      throw invalidInput(
        'amount',
        input.amount,
        `must be more than 0 and at most the award, ${formatYuan(a.amount_fen as Fen)} yuan`,
        `须大于 0 且不超过奖励金额 ${formatYuan(a.amount_fen as Fen)} 元`,
      );
    await trx
      .updateTable('green_awards')
      .set({
        state: 'clawed_back',
        clawed_back_at: iso,
        clawback_fen: amount,
        clawback_reason: input.reason.trim(),
      })
      .where('id', '=', a.id)
      .execute();
    if (a.application_id !== null)
      await moveApplication(
        trx,
        a.application_id,
        'clawed_back',
        'claw_back',
        actor,
        iso,
        input.reason.trim(),
      );
    await notify(
      trx,
      {
        creditCode: a.credit_code,
        awardId: a.id,
        applicationId: a.application_id,
        kind: 'award.clawed_back',
        title: { zh: '奖励资金追回通知', en: 'Award clawed back' },
        body: {
          zh: `${a.project_name}：依据${CLAWBACK_CITATION.clause}，追回 ${formatYuan(amount)} 元。原因：${input.reason.trim()}`,
          en: `${a.project_name}: ${formatYuan(amount)} yuan clawed back under ${CLAWBACK_CITATION.clause}. Reason: ${input.reason.trim()}`,
        },
      },
      iso,
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_award.claw_back',
        entityType: 'green_award',
        entityId: a.id,
        details: { amount: formatYuan(amount), reason: input.reason.trim(), previousState: a.state },
      },
      now,
    );
    return toAwardView(await findAward(trx, a.id));
  });
}

/** Moves an application to `to` and records the event (used by awards and applications). */
export async function moveApplication(
  db: Db,
  applicationId: number,
  to: string,
  action: string,
  actor: Actor,
  iso: string,
  note: string | null,
): Promise<void> {
  const app = await db
    .selectFrom('green_applications')
    .select(['state'])
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom('green_application_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  await db
    .updateTable('green_applications')
    .set({ state: to as never, updated_at: iso })
    .where('id', '=', applicationId)
    .execute();
  await db
    .insertInto('green_application_events')
    .values({
      application_id: applicationId,
      seq: Number(last?.seq ?? 0) + 1,
      action,
      from_state: app.state,
      to_state: to,
      actor: actorLabel(actor),
      at: iso,
      note,
    })
    .execute();
}

/** The enterprise's notices, newest first. */
export async function listNotices(store: Store, actor: Actor, creditCode?: string) {
  const cc = actor.kind === 'user' && actor.role === 'enterprise' ? actor.creditCode : creditCode;
  authorize(actor, 'green.read', cc ? { creditCode: cc } : {});
  let q = store.db.selectFrom('green_notices').selectAll();
  if (cc) q = q.where('credit_code', '=', cc);
  const rows = await q.orderBy('id', 'desc').limit(500).execute();
  return rows.map((n) => ({
    id: n.id,
    creditCode: n.credit_code,
    awardId: n.award_id,
    applicationId: n.application_id,
    kind: n.kind,
    title: { zh: n.title_zh, en: n.title_en },
    body: { zh: n.body_zh, en: n.body_en },
    createdAt: n.created_at,
    readAt: n.read_at,
  }));
}

/** Parameter values a bureau configured (item 6's tiers), as run-time overrides. */
export async function parameterOverrides(db: Db): Promise<ParameterOverrides> {
  const rows = await db.selectFrom('parameter_settings').selectAll().orderBy('id').execute();
  const out: Record<string, ConfiguredValue<unknown>[]> = {};
  for (const r of rows) {
    const list = out[r.parameter_id] ?? [];
    out[r.parameter_id] = list;
    list.push({
      from: r.valid_from as CalendarDate,
      ...(r.valid_to === null ? {} : { to: r.valid_to as CalendarDate }),
      value: JSON.parse(r.value) as unknown,
    });
  }
  return out;
}

/** The responsible bureau of a rule (its `department`), or a config fault. */
export function ruleDepartment(ruleId: string): string {
  const d = getRule(ruleId).department;
  if (!d) throw new ZhengceError('ZC_ERR_CONFIG', `rule ${ruleId} names no responsible department`);
  return d;
}
