/**
 * @module store/migrations/0003-air-plans
 * The member units' standing arrangements and the inspections during an alert
 * (京技管发〔2023〕29号 四(一), 四(三), 四(四)): one row per member unit with its sub-plan filing,
 * its leader and its 24-hour contact (the phone encrypted, with a masked copy for display), and
 * the inspections recorded while an alert is in force.
 */
import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('air_subplans')
    .addColumn('unit_code', 'text', (c) => c.primaryKey().references('departments.code'))
    .addColumn('filed_on', 'text')
    .addColumn('document_ref', 'text')
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    // AES-256-GCM, `v1:` + base64 (services/shared/crypto.ts); never the plain number.
    .addColumn('contact_phone_enc', 'text', (c) => c.notNull())
    .addColumn('contact_phone_masked', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('air_inspections')
    .addColumn('id', 'integer', autoId)
    .addColumn('alert_id', 'integer', (c) => c.notNull().references('air_alerts.id'))
    .addColumn('list_entry_id', 'integer', (c) => c.references('air_list_entries.id'))
    .addColumn('target_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('inspector', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('compliant', 'violation')`))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('air_inspections_alert')
    .on('air_inspections')
    .columns(['alert_id', 'result'])
    .execute();
}
