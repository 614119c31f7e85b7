/**
 * @module store/migrations/0002-air-alerts
 * The heavy air-pollution alert workflow (京技管发〔2023〕29号): alerts and their events, the
 * notices each event sends to member units and listed enterprises and sites, the outbox that
 * delivers them exactly once, and the emission-reduction lists (附件3).
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('air_alerts')
    .addColumn('id', 'integer', autoId)
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .addColumn('forecast', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('air_alerts_status').on('air_alerts').column('status').execute();

  await db.schema
    .createTable('air_alert_events')
    .addColumn('id', 'integer', autoId)
    .addColumn('alert_id', 'integer', (c) => c.notNull().references('air_alerts.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_level', 'text')
    .addColumn('to_level', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('air_alert_events_seq', ['alert_id', 'seq'])
    .execute();

  await db.schema
    .createTable('air_list_entries')
    .addColumn('id', 'integer', autoId)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('owner_department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('grade', 'text')
    .addColumn('guarantee', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('measures', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('air_list_entries_sector').on('air_list_entries').column('sector').execute();

  await db.schema
    .createTable('air_notices')
    .addColumn('id', 'integer', autoId)
    .addColumn('alert_id', 'integer', (c) => c.notNull().references('air_alerts.id'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('air_alert_events.id'))
    .addColumn('recipient_kind', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text')
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reminded_at', 'text')
    .addUniqueConstraint('air_notices_once', ['event_id', 'recipient_kind', 'recipient_id'])
    .execute();
  await db.schema
    .createIndex('air_notices_alert')
    .on('air_notices')
    .columns(['alert_id', 'acknowledged_at'])
    .execute();
  await db.schema
    .createIndex('air_notices_recipient')
    .on('air_notices')
    .columns(['recipient_kind', 'recipient_id'])
    .execute();
  await db.schema.createIndex('air_notices_credit_code').on('air_notices').column('credit_code').execute();

  // Outgoing messages, written in the same transaction as what they announce and delivered by a
  // drain that marks each one sent in the transaction that delivers it: nothing lost, nothing twice.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', autoId)
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending').on('outbox').columns(['sent_at', 'id']).execute();
}
