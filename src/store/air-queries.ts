/**
 * @module store/air-queries
 * Queries of the air-pollution alert workflow: alerts, events, notices, the outbox and the
 * emission-reduction lists. One code path for SQLite and PostgreSQL.
 */
import type { Insertable } from 'kysely';
import type { Db } from './queries.ts';
import type {
  AirAlertEventRow,
  AirAlertRow,
  AirListEntryRow,
  AirListEntryTable,
  AirNoticeRow,
  AirNoticeTable,
  OutboxRow,
  OutboxTable,
} from './schema.ts';

/** Rows per INSERT statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 400;

export function activeAlert(db: Db): Promise<AirAlertRow | undefined> {
  return db
    .selectFrom('air_alerts')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findAlert(db: Db, id: number): Promise<AirAlertRow | undefined> {
  return db.selectFrom('air_alerts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAlerts(db: Db, limit: number): Promise<AirAlertRow[]> {
  return db.selectFrom('air_alerts').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

export function alertEvents(db: Db, alertIds: readonly number[]): Promise<AirAlertEventRow[]> {
  if (alertIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('air_alert_events')
    .selectAll()
    .where('alert_id', 'in', [...alertIds])
    .orderBy('alert_id')
    .orderBy('seq')
    .execute();
}

/** Inserts notices in chunks and returns their ids in order. */
export async function insertNotices(db: Db, rows: readonly Insertable<AirNoticeTable>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const r = await db
      .insertInto('air_notices')
      .values(rows.slice(i, i + CHUNK))
      .returning('id')
      .execute();
    for (const x of r) ids.push(x.id);
  }
  return ids;
}

export async function insertOutbox(db: Db, rows: readonly Insertable<OutboxTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('outbox')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Receipt counts of an alert's notices (all events), overall and by recipient kind. */
export async function receiptCounts(
  db: Db,
  alertId: number,
  eventId?: number,
): Promise<{ kind: string; total: number; acknowledged: number }[]> {
  let q = db
    .selectFrom('air_notices')
    .select((eb) => [
      'recipient_kind as kind',
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('acknowledged_at').as('acknowledged'),
    ])
    .where('alert_id', '=', alertId)
    .groupBy('recipient_kind');
  if (eventId !== undefined) q = q.where('event_id', '=', eventId);
  const rows = await q.execute();
  return rows.map((r) => ({ kind: r.kind, total: Number(r.total), acknowledged: Number(r.acknowledged) }));
}

export function noticesOfEvent(db: Db, eventId: number): Promise<AirNoticeRow[]> {
  return db
    .selectFrom('air_notices')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('recipient_kind')
    .orderBy('recipient_id')
    .execute();
}

export function findNotice(db: Db, id: number): Promise<AirNoticeRow | undefined> {
  return db.selectFrom('air_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Notices addressed to a unit (department code) or an enterprise (credit code), newest first. */
export function noticesFor(
  db: Db,
  who: { department?: string | null; creditCode?: string | null },
  limit: number,
): Promise<AirNoticeRow[]> {
  const { department, creditCode } = who;
  if (!department && !creditCode) return Promise.resolve([]);
  return db
    .selectFrom('air_notices')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(department
          ? [eb.and([eb('recipient_kind', '=', 'unit'), eb('recipient_id', '=', department)])]
          : []),
        ...(creditCode ? [eb('credit_code', '=', creditCode)] : []),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Pending outbox rows, oldest first. */
export function pendingOutbox(db: Db, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countPendingOutbox(db: Db): Promise<number> {
  const r = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function activeListEntries(db: Db): Promise<AirListEntryRow[]> {
  return db.selectFrom('air_list_entries').selectAll().where('active', '=', 1).orderBy('id').execute();
}

export async function insertListEntries(
  db: Db,
  rows: readonly Insertable<AirListEntryTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('air_list_entries')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}
