/**
 * @module services/green/applications
 * Applications for the 31号 items that need one. An enterprise user files for its own enterprise
 * with the item's facts and the materials checklist; the responsible bureau (第三章 二（二）) reviews
 * with the decision's reasons per condition in front of it, may ask for more material, sends item
 * 26 (一事一议) to expert review, and its reviewer approves or rejects; payment is recorded; an
 * award may be clawed back (第三章 三（一）). States and transitions are enforced here; every step
 * is an event, an audit entry and, where the enterprise should know, a notice.
 *
 *   draft → submitted → under_review ⇄ more_info_requested (→ submitted)
 *   under_review → expert_review → under_review      (items that require it)
 *   under_review → approved | rejected;  approved → paid;  approved | paid → clawed_back
 *   draft | submitted | more_info_requested → withdrawn (by the enterprise)
 */
import { decisionToJson } from '../../engine/decision.ts';
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type Fen, formatYuan, parseYuan } from '../../engine/money.ts';
import { type CalendarDate, shanghaiDate } from '../../engine/period.ts';
import type { Rule } from '../../engine/rule.ts';
import { itemNumber, itemRule } from '../../policies/jingjiguanfa-2023-31/match.ts';
import type { Store } from '../../store/db.ts';
import type { ApplicationState, GreenApplicationRow } from '../../store/green-schema.ts';
import type { Db } from '../../store/queries.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { insertAward, moveApplication, notify, parameterOverrides } from './awards.ts';
import { evaluateItem, storeFacts, subjectsOf } from './evaluate.ts';
import { awardHistories, enterpriseRow } from './facts.ts';
import { listLimit } from './limits.ts';
import { checklistFor, type MaterialItem, mergeMaterials } from './materials.ts';

/** Items whose paragraph calls for expert review (item 26: 一事一议, 进行专家评审). */
export const EXPERT_REVIEW_ITEMS: readonly number[] = [26];
/** The fact of item 26 that records the experts' verdict. */
export const EXPERT_FACT = 'expertReviewPassed';

export interface ApplicationInput {
  readonly creditCode?: unknown;
  readonly item?: unknown;
  readonly projectRef?: unknown;
  readonly projectName?: unknown;
  readonly facts?: unknown;
  readonly materials?: unknown;
}

export interface ApplicationView {
  readonly id: number;
  readonly number: string;
  readonly creditCode: string;
  readonly ruleId: string;
  readonly department: string;
  readonly projectRef: string;
  readonly projectName: string;
  readonly facts: Record<string, unknown>;
  readonly materials: MaterialItem[];
  readonly state: ApplicationState;
  readonly outcome: string | null;
  readonly decision: unknown;
  readonly amount: string | null;
  readonly approvedAmount: string | null;
  readonly expertReview: unknown;
  readonly budgetYear: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly events?: readonly {
    seq: number;
    action: string;
    from: string | null;
    to: string;
    actor: string;
    at: string;
    note: string | null;
  }[];
}

function view(r: GreenApplicationRow): ApplicationView {
  return {
    id: r.id,
    number: r.number,
    creditCode: r.credit_code,
    ruleId: r.rule_id,
    department: r.department,
    projectRef: r.project_ref,
    projectName: r.project_name,
    facts: JSON.parse(r.facts) as Record<string, unknown>,
    materials: JSON.parse(r.materials) as MaterialItem[],
    state: r.state,
    outcome: r.outcome,
    decision: r.decision === null ? null : (JSON.parse(r.decision) as unknown),
    amount: r.amount_fen === null ? null : formatYuan(r.amount_fen as Fen),
    approvedAmount: r.approved_fen === null ? null : formatYuan(r.approved_fen as Fen),
    expertReview: r.expert_opinion === null ? null : (JSON.parse(r.expert_opinion) as unknown),
    budgetYear: r.budget_year,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function text(v: unknown, field: string, max = 200): string {
  if (typeof v !== 'string' || v.trim() === '') throw invalidInput(field, v, 'is required', '必填');
  if (v.length > max)
    throw invalidInput(field, v, `must be at most ${max} characters`, `不得超过 ${max} 个字`);
  return v.trim();
}

function factsObject(v: unknown, field = 'facts'): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw invalidInput(field, v, 'must be an object of the item’s facts', '须为该支持项目的事实对象');
  return v as Record<string, unknown>;
}

/** Evaluates the application's facts as the store sees them and returns the columns to save. */
async function evaluateFor(
  db: Db,
  rule: Rule,
  creditCode: string,
  facts: Record<string, unknown>,
  asOf: CalendarDate,
  projectRef: string,
) {
  const e = await enterpriseRow(db, creditCode);
  const history = (await awardHistories(db, [creditCode])).get(creditCode) ?? [];
  const merged = storeFacts(rule, facts, e, history, projectRef);
  const decision = evaluateItem(rule, merged, asOf, await parameterOverrides(db));
  return {
    decision,
    merged,
    columns: {
      outcome: decision.outcome as string,
      decision: JSON.stringify(decisionToJson(decision, rule.messages)),
      amount_fen: decision.amount as number | null,
    },
  };
}

/**
 * A draft may be saved before its facts are complete: the facts error is kept as the draft's
 * state of evaluation (`incomplete`), and submitting requires complete facts.
 */
async function evaluateDraft(
  db: Db,
  rule: Rule,
  creditCode: string,
  facts: Record<string, unknown>,
  asOf: CalendarDate,
  projectRef: string,
) {
  try {
    return (await evaluateFor(db, rule, creditCode, facts, asOf, projectRef)).columns;
  } catch (e) {
    if (!(e instanceof ZhengceError) || e.code !== 'ZC_ERR_FACTS_INVALID') throw e;
    return {
      outcome: 'incomplete',
      decision: JSON.stringify({
        error: {
          code: e.code,
          field: e.field,
          message: e.message,
          messageZh: e.messageZh,
          details: e.details,
        },
      }),
      amount_fen: null,
    };
  }
}

async function nextNumber(db: Db, year: number): Promise<string> {
  const prefix = `GF-${year}-`;
  const last = await db
    .selectFrom('green_applications')
    .select('number')
    .where('number', 'like', `${prefix}%`)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  const n = last ? Number(last.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, '0')}`;
}

export async function findApplication(db: Db, id: unknown): Promise<GreenApplicationRow> {
  const n =
    typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : Number.NaN;
  if (!Number.isSafeInteger(n))
    throw invalidInput('applicationId', id, 'must be a positive integer', '须为正整数');
  const a = await db.selectFrom('green_applications').selectAll().where('id', '=', n).executeTakeFirst();
  if (!a)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `application ${n} does not exist`, {
      field: 'applicationId',
      value: id,
      messageZh: `申请 ${n} 不存在`,
    });
  return a;
}

function requireState(a: GreenApplicationRow, allowed: readonly ApplicationState[], action: string): void {
  if (!allowed.includes(a.state))
    throw new ZhengceError(
      'ZC_ERR_CONFLICT',
      `application ${a.number} is ${a.state}; ${action} needs ${allowed.join(' or ')}`,
      {
        field: 'state',
        value: a.state,
        messageZh: `申请 ${a.number} 当前状态为 ${a.state}，${action} 需处于 ${allowed.join('或')}`,
      },
    );
}

/** Files a draft application (an enterprise user for its own enterprise; an administrator for any). */
export async function createApplication(
  store: Store,
  actor: Actor,
  input: ApplicationInput,
  now = new Date(),
): Promise<ApplicationView> {
  authorize(actor, 'green.apply');
  const creditCode =
    actor.kind === 'user' && actor.role === 'enterprise'
      ? (actor.creditCode ?? '')
      : text(input.creditCode, 'creditCode', 18);
  authorize(actor, 'green.apply', { creditCode });
  const rule = itemRule(input.item, 'item');
  if (rule.noApplication === true)
    throw invalidInput(
      'item',
      input.item,
      `${rule.title.en} is granted without application (免申即享): the bureau grants it from its lists`,
      `${rule.title.zh}为免申即享项目，由主管部门依名单直接兑现，无需申请`,
    );
  if (!rule.department)
    throw invalidInput(
      'item',
      input.item,
      `${rule.id} names no responsible department: it is not applied for`,
      `${rule.id} 未规定主管部门，不受理申请`,
    );
  const projectRef = text(input.projectRef, 'projectRef', 80);
  const projectName = text(input.projectName, 'projectName');
  const facts = factsObject(input.facts ?? {});
  const materials = mergeMaterials(checklistFor(rule), input.materials, 'materials');
  const iso = now.toISOString();
  const asOf = shanghaiDate(now);
  return store.db.transaction().execute(async (trx) => {
    const columns = await evaluateDraft(trx, rule, creditCode, facts, asOf, projectRef);
    const year = Number(asOf.slice(0, 4));
    const number = await nextNumber(trx, year);
    const row = await trx
      .insertInto('green_applications')
      .values({
        number,
        credit_code: creditCode,
        rule_id: rule.id,
        department: rule.department ?? '',
        project_ref: projectRef,
        project_name: projectName,
        facts: JSON.stringify(facts),
        materials: JSON.stringify(materials),
        state: 'draft',
        ...columns,
        approved_fen: null,
        expert_opinion: null,
        budget_year: year,
        created_by: actorLabel(actor),
        created_at: iso,
        updated_at: iso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('green_application_events')
      .values({
        application_id: row.id,
        seq: 1,
        action: 'create',
        from_state: null,
        to_state: 'draft',
        actor: actorLabel(actor),
        at: iso,
        note: null,
      })
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_application.create',
        entityType: 'green_application',
        entityId: row.id,
        details: { number, ruleId: rule.id, creditCode, projectRef },
      },
      now,
    );
    return view(await findApplication(trx, row.id));
  });
}

/** Changes the facts or materials of a draft or of an application asked for more material. */
export async function updateApplication(
  store: Store,
  actor: Actor,
  id: unknown,
  input: { facts?: unknown; materials?: unknown; projectName?: unknown },
  now = new Date(),
): Promise<ApplicationView> {
  const iso = now.toISOString();
  authorize(actor, 'green.apply');
  return store.db.transaction().execute(async (trx) => {
    const a = await findApplication(trx, id);
    authorize(actor, 'green.apply', { creditCode: a.credit_code });
    requireState(a, ['draft', 'more_info_requested'], 'update');
    const rule = itemRule(a.rule_id, 'ruleId');
    const facts = input.facts === undefined ? JSON.parse(a.facts) : factsObject(input.facts);
    const materials =
      input.materials === undefined
        ? (JSON.parse(a.materials) as MaterialItem[])
        : mergeMaterials(JSON.parse(a.materials) as MaterialItem[], input.materials, 'materials');
    const columns = await evaluateDraft(trx, rule, a.credit_code, facts, shanghaiDate(now), a.project_ref);
    await trx
      .updateTable('green_applications')
      .set({
        facts: JSON.stringify(facts),
        materials: JSON.stringify(materials),
        ...(input.projectName === undefined ? {} : { project_name: text(input.projectName, 'projectName') }),
        ...columns,
        updated_at: iso,
      })
      .where('id', '=', a.id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_application.update',
        entityType: 'green_application',
        entityId: a.id,
        details: { number: a.number, changed: Object.keys(input) },
      },
      now,
    );
    return view(await findApplication(trx, a.id));
  });
}

type Transition = {
  readonly action: string;
  readonly from: readonly ApplicationState[];
  readonly to: ApplicationState;
  readonly permission: 'green.apply' | 'green.review' | 'green.approve';
  readonly noteRequired?: boolean;
  readonly notice?: { zh: string; en: string };
};

const TRANSITIONS: Readonly<Record<string, Transition>> = {
  submit: {
    action: 'submit',
    from: ['draft', 'more_info_requested'],
    to: 'submitted',
    permission: 'green.apply',
  },
  withdraw: {
    action: 'withdraw',
    from: ['draft', 'submitted', 'more_info_requested'],
    to: 'withdrawn',
    permission: 'green.apply',
  },
  start_review: {
    action: 'start_review',
    from: ['submitted'],
    to: 'under_review',
    permission: 'green.review',
  },
  request_info: {
    action: 'request_info',
    from: ['under_review'],
    to: 'more_info_requested',
    permission: 'green.review',
    noteRequired: true,
    notice: { zh: '请补充申报材料', en: 'More material requested' },
  },
  send_to_experts: {
    action: 'send_to_experts',
    from: ['under_review'],
    to: 'expert_review',
    permission: 'green.review',
  },
  reject: {
    action: 'reject',
    from: ['under_review', 'expert_review'],
    to: 'rejected',
    permission: 'green.approve',
    noteRequired: true,
    notice: { zh: '申请未获批准', en: 'Application rejected' },
  },
};

/** The transitions named by `action` that need no more than a note. */
export async function transition(
  store: Store,
  actor: Actor,
  id: unknown,
  action: unknown,
  input: { note?: unknown } = {},
  now = new Date(),
): Promise<ApplicationView> {
  const t = typeof action === 'string' ? TRANSITIONS[action] : undefined;
  if (!t)
    throw invalidInput(
      'action',
      action,
      `must be one of ${Object.keys(TRANSITIONS).join(', ')} (approve, expert-review, payment and clawback have their own calls)`,
      `须为 ${Object.keys(TRANSITIONS).join('、')} 之一`,
    );
  const iso = now.toISOString();
  authorize(actor, t.permission);
  return store.db.transaction().execute(async (trx) => {
    const a = await findApplication(trx, id);
    authorize(
      actor,
      t.permission,
      t.permission === 'green.apply' ? { creditCode: a.credit_code } : { department: a.department },
    );
    requireState(a, t.from, t.action);
    const note = input.note === undefined || input.note === null ? null : text(input.note, 'note', 2000);
    if (t.noteRequired && note === null)
      throw invalidInput('note', input.note, `is required to ${t.action} (the reason)`, '必填（说明原因）');
    if (t.action === 'submit') {
      const missing = (JSON.parse(a.materials) as MaterialItem[]).filter((m) => m.required && !m.provided);
      if (missing.length > 0)
        throw invalidInput(
          'materials',
          missing.map((m) => m.key),
          `are required before submitting: ${missing.map((m) => m.en).join('; ')}`,
          `提交前须提供：${missing.map((m) => m.zh).join('；')}`,
        );
      // Submitted facts are evaluated again as of the day of submission.
      const rule = itemRule(a.rule_id, 'ruleId');
      const { columns } = await evaluateFor(
        trx,
        rule,
        a.credit_code,
        JSON.parse(a.facts),
        shanghaiDate(now),
        a.project_ref,
      );
      await trx.updateTable('green_applications').set(columns).where('id', '=', a.id).execute();
    }
    if (t.action === 'send_to_experts' && !EXPERT_REVIEW_ITEMS.includes(itemNumber(a.rule_id)))
      throw invalidInput(
        'action',
        action,
        `${a.rule_id} does not call for expert review`,
        `${a.rule_id} 无需专家评审`,
      );
    await moveApplication(trx, a.id, t.to, t.action, actor, iso, note);
    if (t.notice)
      await notify(
        trx,
        {
          creditCode: a.credit_code,
          applicationId: a.id,
          kind: `application.${t.action}`,
          title: t.notice,
          body: {
            zh: `申请 ${a.number}（${a.project_name}）：${t.notice.zh}。${note ?? ''}`,
            en: `Application ${a.number} (${a.project_name}): ${t.notice.en}. ${note ?? ''}`,
          },
        },
        iso,
      );
    await recordAudit(
      trx,
      actor,
      {
        action: `green_application.${t.action}`,
        entityType: 'green_application',
        entityId: a.id,
        details: { number: a.number, from: a.state, to: t.to, ...(note ? { note } : {}) },
      },
      now,
    );
    return view(await findApplication(trx, a.id));
  });
}

/** Records the experts' verdict (item 26) and returns the application to review, re-evaluated. */
export async function recordExpertReview(
  store: Store,
  actor: Actor,
  id: unknown,
  input: { passed?: unknown; opinion?: unknown; experts?: unknown },
  now = new Date(),
): Promise<ApplicationView> {
  const iso = now.toISOString();
  authorize(actor, 'green.review');
  return store.db.transaction().execute(async (trx) => {
    const a = await findApplication(trx, id);
    authorize(actor, 'green.review', { department: a.department });
    requireState(a, ['expert_review'], 'record the expert review');
    if (typeof input.passed !== 'boolean')
      throw invalidInput(
        'passed',
        input.passed,
        'must be true or false (the experts’ verdict)',
        '须为 true 或 false（专家评审结论）',
      );
    const opinion = text(input.opinion, 'opinion', 4000);
    const experts =
      Array.isArray(input.experts) &&
      input.experts.length > 0 &&
      input.experts.every((x) => typeof x === 'string' && x.trim() !== '')
        ? (input.experts as string[]).map((x) => x.trim())
        : (() => {
            throw invalidInput(
              'experts',
              input.experts,
              'must list the experts’ names',
              '须列出评审专家姓名',
            );
          })();
    const facts = { ...JSON.parse(a.facts), [EXPERT_FACT]: input.passed };
    const rule = itemRule(a.rule_id, 'ruleId');
    const { columns } = await evaluateFor(trx, rule, a.credit_code, facts, shanghaiDate(now), a.project_ref);
    await trx
      .updateTable('green_applications')
      .set({
        facts: JSON.stringify(facts),
        expert_opinion: JSON.stringify({ passed: input.passed, opinion, experts, reviewedAt: iso }),
        ...columns,
      })
      .where('id', '=', a.id)
      .execute();
    await moveApplication(trx, a.id, 'under_review', 'expert_review', actor, iso, opinion);
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_application.expert_review',
        entityType: 'green_application',
        entityId: a.id,
        details: { number: a.number, passed: input.passed, experts: experts.length },
      },
      now,
    );
    return view(await findApplication(trx, a.id));
  });
}

/**
 * Approves an application under review: its facts are evaluated once more as of today with the
 * award history, the decision must be eligible, and the amount approved is the decision's (or
 * less, with a note). The award is recorded, which refuses a second award of the same thing.
 */
export async function approveApplication(
  store: Store,
  actor: Actor,
  id: unknown,
  input: { amount?: unknown; note?: unknown } = {},
  now = new Date(),
): Promise<ApplicationView> {
  const iso = now.toISOString();
  authorize(actor, 'green.approve');
  return store.db.transaction().execute(async (trx) => {
    const a = await findApplication(trx, id);
    authorize(actor, 'green.approve', { department: a.department });
    requireState(a, ['under_review'], 'approve');
    const rule = itemRule(a.rule_id, 'ruleId');
    const facts = JSON.parse(a.facts) as Record<string, unknown>;
    const { decision, columns, merged } = await evaluateFor(
      trx,
      rule,
      a.credit_code,
      facts,
      shanghaiDate(now),
      a.project_ref,
    );
    if (decision.outcome !== 'eligible' || decision.amount === null || decision.amount <= 0)
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `application ${a.number} evaluates as ${decision.outcome} today; it cannot be approved`,
        {
          field: 'outcome',
          value: decision.outcome,
          messageZh: `申请 ${a.number} 当前评估结果为 ${decision.outcome}，不能批准`,
        },
      );
    const amount = input.amount === undefined ? (decision.amount as Fen) : parseYuan(input.amount, 'amount');
    if (amount <= 0 || amount > decision.amount)
      throw invalidInput(
        'amount',
        input.amount,
        `must be more than 0 and at most the computed award, ${formatYuan(decision.amount)} yuan`,
        `须大于 0 且不超过计算的奖励金额 ${formatYuan(decision.amount)} 元`,
      );
    const note = input.note === undefined ? null : text(input.note, 'note', 2000);
    if (amount < decision.amount && note === null)
      throw invalidInput(
        'note',
        input.note,
        'is required when approving less than computed',
        '核减金额时须说明理由',
      );
    const awardId = await insertAward(
      trx,
      {
        source: 'application',
        application_id: a.id,
        run_id: null,
        list_row_id: null,
        credit_code: a.credit_code,
        rule_id: a.rule_id,
        department: a.department,
        project_ref: a.project_ref,
        project_name: a.project_name,
        amount_fen: amount,
        state: 'approved',
        budget_year: a.budget_year,
        decision: columns.decision,
        created_at: iso,
        approved_at: iso,
        paid_at: null,
        payment_ref: null,
        clawed_back_at: null,
        clawback_fen: null,
        clawback_reason: null,
      },
      subjectsOf(rule, merged, a.project_ref),
    );
    await trx
      .updateTable('green_applications')
      .set({ ...columns, approved_fen: amount })
      .where('id', '=', a.id)
      .execute();
    await moveApplication(trx, a.id, 'approved', 'approve', actor, iso, note);
    await notify(
      trx,
      {
        creditCode: a.credit_code,
        applicationId: a.id,
        awardId,
        kind: 'application.approved',
        title: { zh: '申请已批准', en: 'Application approved' },
        body: {
          zh: `申请 ${a.number}（${a.project_name}）获批奖励 ${formatYuan(amount)} 元，待拨付。`,
          en: `Application ${a.number} (${a.project_name}) approved: ${formatYuan(amount)} yuan, to be paid.`,
        },
      },
      iso,
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'green_application.approve',
        entityType: 'green_application',
        entityId: a.id,
        details: { number: a.number, amount: formatYuan(amount), awardId, ...(note ? { note } : {}) },
      },
      now,
    );
    return view(await findApplication(trx, a.id));
  });
}

/** One application with its events (the enterprise its own; officials of its bureau). */
export async function getApplication(store: Store, actor: Actor, id: unknown): Promise<ApplicationView> {
  authorize(actor, 'green.read');
  const a = await findApplication(store.db, id);
  scopeRead(actor, a);
  const events = await store.db
    .selectFrom('green_application_events')
    .selectAll()
    .where('application_id', '=', a.id)
    .orderBy('seq')
    .execute();
  return {
    ...view(a),
    events: events.map((e) => ({
      seq: e.seq,
      action: e.action,
      from: e.from_state,
      to: e.to_state,
      actor: e.actor,
      at: e.at,
      note: e.note,
    })),
  };
}

function scopeRead(actor: Actor, a: GreenApplicationRow): void {
  if (actor.kind === 'user' && actor.role === 'enterprise')
    authorize(actor, 'green.read', { creditCode: a.credit_code });
  else authorize(actor, 'green.read');
}

/** Applications: an enterprise sees its own; officials filter by department (default their own) and state. */
export async function listApplications(
  store: Store,
  actor: Actor,
  filter: { state?: string; department?: string; creditCode?: string; limit?: number } = {},
): Promise<ApplicationView[]> {
  let q = store.db.selectFrom('green_applications').selectAll();
  if (actor.kind === 'user' && actor.role === 'enterprise') {
    authorize(actor, 'green.read', { creditCode: actor.creditCode ?? '' });
    q = q.where('credit_code', '=', actor.creditCode ?? '');
  } else {
    authorize(actor, 'green.read');
    const dept =
      filter.department ?? (actor.kind === 'user' && actor.role !== 'admin' ? actor.department : undefined);
    if (dept) q = q.where('department', '=', dept);
    if (filter.creditCode) q = q.where('credit_code', '=', filter.creditCode);
  }
  if (filter.state) q = q.where('state', '=', filter.state as ApplicationState);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(listLimit(filter.limit, 200, 2000))
    .execute();
  return rows.map(view);
}
