/**
 * @module services/alerts/receipts
 * Receipts (回执): every recipient acknowledges each notice; the command office sees who has not,
 * reminds them, and reports the receipts to the municipal office (二(三)).
 */
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import type { AlertColour } from '../../policies/jingjiguanfa-2023-29/response.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import type { AirNoticeRow } from '../../store/schema.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { LEVEL_LABELS } from './views.ts';

export interface RecipientView {
  readonly noticeId: number;
  readonly eventSeq: number;
  readonly kind: string;
  readonly recipientId: string;
  readonly name: Bilingual;
  readonly deliveredAt: string | null;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
  readonly reminders: number;
}

export interface ReceiptBoard {
  readonly alertId: number;
  readonly eventSeq: number;
  readonly summary: {
    total: number;
    acknowledged: number;
    pending: number;
    byKind: Record<string, { total: number; acknowledged: number }>;
  };
  readonly recipients: RecipientView[];
  /** The office's receipt report to the municipal office, in both languages. */
  readonly report: Bilingual;
}

async function latestEvent(store: Store, alertId: number) {
  const alert = await aq.findAlert(store.db, alertId);
  if (!alert)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${alertId} not found`, {
      field: 'alertId',
      value: alertId,
      messageZh: `预警 ${alertId} 不存在`,
    });
  const event = await store.db
    .selectFrom('air_alert_events')
    .selectAll()
    .where('alert_id', '=', alertId)
    .orderBy('seq', 'desc')
    .executeTakeFirstOrThrow();
  return { alert, event };
}

/** The receipt board of an alert's latest event: pending first. */
export async function receiptBoard(store: Store, actor: Actor, alertId: number): Promise<ReceiptBoard> {
  authorize(actor, 'alerts.read');
  const { alert, event } = await latestEvent(store, alertId);
  const notices = await aq.noticesOfEvent(store.db, event.id);
  const byKind: Record<string, { total: number; acknowledged: number }> = {};
  for (const n of notices) {
    const k = byKind[n.recipient_kind] ?? { total: 0, acknowledged: 0 };
    byKind[n.recipient_kind] = k;
    k.total++;
    if (n.acknowledged_at !== null) k.acknowledged++;
  }
  const acknowledged = notices.filter((n) => n.acknowledged_at !== null).length;
  const pendingUnits = notices.filter((n) => n.acknowledged_at === null && n.recipient_kind === 'unit');
  const label = LEVEL_LABELS[alert.level as AlertColour];
  return {
    alertId,
    eventSeq: event.seq,
    summary: { total: notices.length, acknowledged, pending: notices.length - acknowledged, byKind },
    recipients: notices
      .map(recipientView(event.seq))
      .sort((a, b) => Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null)),
    report: {
      zh: `经开区已接收并转发${alert.number}（${label.zh}），共通知${notices.length}个单位和企业，已回执${acknowledged}个；成员单位未回执：${pendingUnits.map((n) => n.name_zh).join('、') || '无'}。`,
      en: `E-Town received and passed on order ${alert.number} (${label.en}) to ${notices.length} units and enterprises; ${acknowledged} have acknowledged. Member units not yet acknowledged: ${pendingUnits.map((n) => n.name_en).join(', ') || 'none'}.`,
    },
  };
}

function recipientView(eventSeq: number) {
  return (n: AirNoticeRow): RecipientView => ({
    noticeId: n.id,
    eventSeq,
    kind: n.recipient_kind,
    recipientId: n.recipient_id,
    name: { zh: n.name_zh, en: n.name_en },
    deliveredAt: n.delivered_at,
    acknowledgedAt: n.acknowledged_at,
    acknowledgedBy: n.acknowledged_by,
    reminders: n.reminders,
  });
}

/** Reminds every recipient of the latest event who has not acknowledged; audited. */
export async function remindPending(
  store: Store,
  actor: Actor,
  alertId: number,
  now = new Date(),
): Promise<number> {
  authorize(actor, 'alerts.manage');
  const { event } = await latestEvent(store, alertId);
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('air_notices')
      .selectAll()
      .where('event_id', '=', event.id)
      .where('acknowledged_at', 'is', null)
      .execute();
    for (const n of pending) {
      await trx
        .updateTable('air_notices')
        .set({ reminders: n.reminders + 1, last_reminded_at: iso })
        .where('id', '=', n.id)
        .execute();
    }
    await aq.insertOutbox(
      trx,
      pending.map((n) => ({
        dedupe_key: `remind:${n.id}:${n.reminders + 1}`,
        kind: 'air_reminder',
        ref_id: n.id,
        payload: JSON.stringify({ alertId, seq: event.seq }),
        created_at: iso,
        attempts: 0,
      })),
    );
    await recordAudit(
      trx,
      actor,
      {
        action: 'air_alert.remind',
        entityType: 'air_alert',
        entityId: alertId,
        details: { seq: event.seq, reminded: pending.length },
      },
      now,
    );
    return pending.length;
  });
}

/** A notice as its recipient sees it. */
export interface NoticeView {
  readonly id: number;
  readonly alertId: number;
  readonly eventSeq: number;
  readonly kind: string;
  readonly level: string;
  readonly levelLabel: Bilingual | null;
  readonly number: string;
  readonly at: string;
  readonly text: Bilingual;
  readonly deliveredAt: string | null;
  readonly acknowledgedAt: string | null;
}

async function noticeView(store: Store, n: AirNoticeRow): Promise<NoticeView> {
  const event = await store.db
    .selectFrom('air_alert_events')
    .selectAll()
    .where('id', '=', n.event_id)
    .executeTakeFirstOrThrow();
  const alert = (await aq.findAlert(store.db, n.alert_id))!;
  const level = (event.to_level ?? event.from_level ?? alert.level) as AlertColour;
  const label = LEVEL_LABELS[level];
  const verb = {
    issue: ['启动', 'issued'],
    raise: ['提升为', 'raised to'],
    lower: ['降低为', 'lowered to'],
    lift: ['解除', 'lifted'],
    extend: ['延长', 'extended'],
  }[event.kind] ?? [event.kind, event.kind];
  return {
    id: n.id,
    alertId: n.alert_id,
    eventSeq: event.seq,
    kind: event.kind,
    level,
    levelLabel: label,
    number: event.number ?? alert.number,
    at: event.at,
    text: {
      zh: `${n.name_zh}：经开区空气重污染${verb[0]}${label.zh}（${event.number ?? alert.number}）。请按预案落实相应措施并回执。`,
      en: `${n.name_en}: E-Town heavy air-pollution alert ${verb[1]} ${label.en} (${event.number ?? alert.number}). Carry out the plan's measures and acknowledge.`,
    },
    deliveredAt: n.delivered_at,
    acknowledgedAt: n.acknowledged_at,
  };
}

/** The caller's notices: a member unit's by department, an enterprise's by credit code. */
export async function myNotices(store: Store, actor: Actor): Promise<NoticeView[]> {
  authorize(actor, 'notices.own');
  if (actor.kind !== 'user') return [];
  const rows = await aq.noticesFor(
    store.db,
    { department: actor.department, creditCode: actor.creditCode },
    200,
  );
  return Promise.all(rows.map((n) => noticeView(store, n)));
}

/** Acknowledges a notice: its recipient, or the command office on its behalf. Idempotent. */
export async function acknowledgeNotice(
  store: Store,
  actor: Actor,
  noticeId: number,
  now = new Date(),
): Promise<NoticeView> {
  authorize(actor, 'notices.own');
  const n = await aq.findNotice(store.db, noticeId);
  if (!n)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `notice ${noticeId} not found`, {
      field: 'noticeId',
      value: noticeId,
      messageZh: `通知 ${noticeId} 不存在`,
    });
  const own =
    actor.kind === 'system' ||
    (actor.kind === 'user' &&
      (actor.role === 'admin' ||
        actor.role === 'command_office' ||
        (n.recipient_kind === 'unit' && actor.department === n.recipient_id) ||
        (n.credit_code !== null && actor.creditCode === n.credit_code)));
  if (!own)
    throw new ZhengceError('ZC_ERR_FORBIDDEN', `notice ${noticeId} is addressed to someone else`, {
      field: 'noticeId',
      value: noticeId,
      messageZh: `通知 ${noticeId} 不是发给您的`,
    });
  if (n.acknowledged_at === null) {
    const iso = now.toISOString();
    await store.db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('air_notices')
        .set({ acknowledged_at: iso, acknowledged_by: actorLabel(actor) })
        .where('id', '=', noticeId)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) > 0) {
        await recordAudit(
          trx,
          actor,
          {
            action: 'air_notice.acknowledge',
            entityType: 'air_notice',
            entityId: noticeId,
            details: { alertId: n.alert_id, recipient: n.recipient_id },
          },
          now,
        );
      }
    });
  }
  return noticeView(store, (await aq.findNotice(store.db, noticeId))!);
}
