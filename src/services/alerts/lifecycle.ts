/**
 * @module services/alerts/lifecycle
 * An alert's life (29号 二(二)–(五)): the command office records the municipal order (or one it
 * proposes from a forecast), issues it, raises or lowers it, and lifts it. Each step is an event,
 * attributed and timed, written in one transaction with the notices it sends to the 17 member
 * units and to every enterprise and site on the emission-reduction lists, the outbox rows that
 * deliver them, and the audit entry.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import { type AlertColour, levelRank } from '../../policies/jingjiguanfa-2023-29/response.ts';
import * as aq from '../../store/air-queries.ts';
import type { Store } from '../../store/db.ts';
import type { Db } from '../../store/queries.ts';
import type { AirAlertRow } from '../../store/schema.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { forgetPublicAlert } from './public-alert.ts';
import { LEVEL_LABELS } from './views.ts';

const LEVELS: readonly AlertColour[] = ['yellow', 'orange', 'red'];
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export type EventKind = 'issue' | 'raise' | 'lower' | 'lift' | 'extend';

/** An instant given with its offset (`2026-12-01T20:00+08:00`), normalised to UTC ISO text. */
export function parseInstant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalidInput(
      field,
      value,
      'must be a date and time with its offset, e.g. 2026-12-01T20:00+08:00',
      '须为带时区的日期时间，如 2026-12-01T20:00+08:00',
    );
  }
  return new Date(value).toISOString();
}

function parseLevel(value: unknown, field = 'level'): AlertColour {
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as AlertColour;
  throw invalidInput(field, value, 'must be yellow, orange or red', '须为 yellow、orange 或 red');
}

function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.length > max)
    throw invalidInput(
      field,
      value,
      `must be text of at most ${max} characters`,
      `须为不超过 ${max} 字的文本`,
    );
  return value.trim();
}

function requiredText(value: unknown, field: string, max: number): string {
  const t = optionalText(value, field, max);
  if (t === null) throw invalidInput(field, value, 'is required', '必填');
  return t;
}

/** Input of {@link issueAlert}. */
export interface IssueInput {
  readonly number?: unknown;
  readonly level?: unknown;
  readonly startsAt?: unknown;
  readonly endsAt?: unknown;
  readonly note?: unknown;
  readonly source?: unknown;
  readonly forecast?: unknown;
}

/** Records and issues an alert; refuses a second active alert (change or lift the current one). */
export async function issueAlert(
  store: Store,
  actor: Actor,
  input: IssueInput,
  now = new Date(),
): Promise<number> {
  authorize(actor, 'alerts.manage');
  const number = requiredText(input.number, 'number', 100);
  const level = parseLevel(input.level);
  const startsAt = parseInstant(input.startsAt, 'startsAt');
  const endsAt =
    input.endsAt === undefined || input.endsAt === null || input.endsAt === ''
      ? null
      : parseInstant(input.endsAt, 'endsAt');
  if (endsAt !== null && endsAt <= startsAt)
    throw invalidInput('endsAt', input.endsAt, 'must be after startsAt', '须晚于 startsAt');
  const note = optionalText(input.note, 'note', 2000);
  const source = input.source === undefined ? 'municipal_order' : input.source;
  if (source !== 'municipal_order' && source !== 'forecast') {
    throw invalidInput(
      'source',
      source,
      'must be municipal_order or forecast',
      '须为 municipal_order 或 forecast',
    );
  }
  const iso = now.toISOString();
  const id = await store.db.transaction().execute(async (trx) => {
    const current = await aq.activeAlert(trx);
    if (current) {
      throw new ZhengceError(
        'ZC_ERR_CONFLICT',
        `alert ${current.id} (${current.level}) is in force: raise, lower or lift it instead`,
        {
          field: 'level',
          value: level,
          messageZh: `预警 ${current.id}（${LEVEL_LABELS[current.level as AlertColour].zh}）正在执行：请调整级别或解除`,
        },
      );
    }
    const alert = await trx
      .insertInto('air_alerts')
      .values({
        number,
        level,
        status: 'active',
        source,
        starts_at: startsAt,
        ends_at: endsAt,
        issued_at: iso,
        lifted_at: null,
        forecast: input.forecast === undefined ? null : JSON.stringify(input.forecast),
        created_by: actorLabel(actor),
        updated_at: iso,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await addEvent(trx, actor, alert, { kind: 'issue', from: null, to: level, number, note }, now);
    return alert.id;
  });
  forgetPublicAlert(store);
  return id;
}

/** Raises or lowers the active alert to `level`, or extends it (same level, a new `endsAt`). */
export async function changeAlert(
  store: Store,
  actor: Actor,
  alertId: number,
  input: { level?: unknown; number?: unknown; note?: unknown; endsAt?: unknown },
  now = new Date(),
): Promise<void> {
  authorize(actor, 'alerts.manage');
  const level = parseLevel(input.level);
  const number = optionalText(input.number, 'number', 100);
  const note = optionalText(input.note, 'note', 2000);
  const endsAt =
    input.endsAt === undefined || input.endsAt === null || input.endsAt === ''
      ? undefined
      : parseInstant(input.endsAt, 'endsAt');
  await store.db.transaction().execute(async (trx) => {
    const alert = await activeOrThrow(trx, alertId);
    const from = alert.level as AlertColour;
    const kind: EventKind =
      levelRank(level) > levelRank(from) ? 'raise' : levelRank(level) < levelRank(from) ? 'lower' : 'extend';
    if (kind === 'extend' && endsAt === undefined) {
      throw invalidInput(
        'level',
        level,
        `is the alert's level already; give endsAt to extend it`,
        '与当前级别相同；如需延长请给出 endsAt',
      );
    }
    const iso = now.toISOString();
    await trx
      .updateTable('air_alerts')
      .set({
        level,
        updated_at: iso,
        ...(endsAt === undefined ? {} : { ends_at: endsAt }),
        ...(number === null ? {} : { number }),
      })
      .where('id', '=', alertId)
      .execute();
    await addEvent(trx, actor, { ...alert, level }, { kind, from, to: level, number, note }, now);
  });
  forgetPublicAlert(store);
}

/** Lifts the active alert (二(五)). */
export async function liftAlert(
  store: Store,
  actor: Actor,
  alertId: number,
  input: { number?: unknown; note?: unknown },
  now = new Date(),
): Promise<void> {
  authorize(actor, 'alerts.manage');
  const number = optionalText(input.number, 'number', 100);
  const note = optionalText(input.note, 'note', 2000);
  await store.db.transaction().execute(async (trx) => {
    const alert = await activeOrThrow(trx, alertId);
    const iso = now.toISOString();
    await trx
      .updateTable('air_alerts')
      .set({ status: 'lifted', lifted_at: iso, updated_at: iso })
      .where('id', '=', alertId)
      .execute();
    await addEvent(trx, actor, alert, { kind: 'lift', from: alert.level, to: null, number, note }, now);
  });
  forgetPublicAlert(store);
}

async function activeOrThrow(db: Db, alertId: number): Promise<AirAlertRow> {
  const alert = await aq.findAlert(db, alertId);
  if (!alert)
    throw new ZhengceError('ZC_ERR_NOT_FOUND', `alert ${alertId} not found`, {
      field: 'alertId',
      value: alertId,
      messageZh: `预警 ${alertId} 不存在`,
    });
  if (alert.status !== 'active') {
    throw new ZhengceError('ZC_ERR_CONFLICT', `alert ${alertId} was lifted on ${alert.lifted_at}`, {
      field: 'alertId',
      value: alertId,
      messageZh: `预警 ${alertId} 已于 ${alert.lifted_at} 解除`,
    });
  }
  return alert;
}

interface EventInput {
  readonly kind: EventKind;
  readonly from: string | null;
  readonly to: string | null;
  readonly number: string | null;
  readonly note: string | null;
}

/** Writes the event, its notices to every recipient, their outbox rows and the audit entry. */
async function addEvent(trx: Db, actor: Actor, alert: AirAlertRow, e: EventInput, now: Date): Promise<void> {
  const last = await trx
    .selectFrom('air_alert_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('alert_id', '=', alert.id)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const iso = now.toISOString();
  const event = await trx
    .insertInto('air_alert_events')
    .values({
      alert_id: alert.id,
      seq,
      kind: e.kind,
      from_level: e.from,
      to_level: e.to,
      at: iso,
      actor: actorLabel(actor),
      number: e.number,
      note: e.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recipients = await recipientsOf(trx);
  const ids = await aq.insertNotices(
    trx,
    recipients.map((r) => ({
      alert_id: alert.id,
      event_id: event.id,
      recipient_kind: r.kind,
      recipient_id: r.id,
      credit_code: r.creditCode,
      name_zh: r.zh,
      name_en: r.en,
      created_at: iso,
      reminders: 0,
    })),
  );
  await aq.insertOutbox(
    trx,
    ids.map((noticeId) => ({
      dedupe_key: `notice:${noticeId}`,
      kind: 'air_notice',
      ref_id: noticeId,
      payload: JSON.stringify({ alertId: alert.id, seq, kind: e.kind, level: e.to ?? e.from }),
      created_at: iso,
      attempts: 0,
    })),
  );
  await recordAudit(
    trx,
    actor,
    {
      action: `air_alert.${e.kind}`,
      entityType: 'air_alert',
      entityId: alert.id,
      details: { seq, from: e.from, to: e.to, number: e.number, notices: ids.length },
    },
    now,
  );
}

interface Recipient {
  readonly kind: 'unit' | 'enterprise' | 'site';
  readonly id: string;
  readonly creditCode: string | null;
  readonly zh: string;
  readonly en: string;
}

/** The 17 member units (一(二)) and every active listed enterprise and site not on a guarantee list. */
async function recipientsOf(trx: Db): Promise<Recipient[]> {
  const units = await trx
    .selectFrom('departments')
    .selectAll()
    .where('pollution_command_member', '=', 1)
    .orderBy('code')
    .execute();
  const entries = await aq.activeListEntries(trx);
  return [
    ...units.map((u) => ({
      kind: 'unit' as const,
      id: u.code,
      creditCode: null,
      zh: u.name_zh,
      en: u.name_en,
    })),
    ...entries
      .filter((x) => x.guarantee === 0)
      .map((x) => ({
        kind: x.kind as 'enterprise' | 'site',
        id: `list:${x.id}`,
        creditCode: x.credit_code,
        zh: x.name_zh,
        en: x.name_en,
      })),
  ];
}
