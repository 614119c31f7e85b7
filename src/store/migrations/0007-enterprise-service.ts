/**
 * @module store/migrations/0007-enterprise-service
 * Foreign-investment services (京技管发〔2023〕28号): 一企一档一专员 — one file per foreign-invested
 * enterprise (its dedicated officer, the 企业管家 of its major projects, sites, key projects, service
 * packages delivered, the recorded credit and risk facts and the profile precise push reads), its
 * contacts (phone encrypted with a masked copy, never the plain number), the visits log, the list
 * items (诉求/问题/愿景) and roundtable items with their history, scheduled inspections with the
 * 无事不扰 decision, and the policy notices pushed (one row per enterprise and rule: idempotent).
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('fie_files')
    .addColumn('id', 'integer', autoId)
    .addColumn('credit_code', 'text', (c) => c.notNull().unique().references('enterprises.credit_code'))
    .addColumn('officer_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('steward_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('sites', 'text', (c) => c.notNull())
    .addColumn('key_projects', 'text', (c) => c.notNull())
    .addColumn('service_packages', 'text', (c) => c.notNull())
    .addColumn('credit_facts', 'text')
    .addColumn('credit_recorded_on', 'text')
    .addColumn('match_profile', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fie_files_officer').on('fie_files').column('officer_user_id').execute();

  await db.schema
    .createTable('fie_contacts')
    .addColumn('id', 'integer', autoId)
    .addColumn('file_id', 'integer', (c) => c.notNull().references('fie_files.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    // AES-256-GCM, `v1:` + base64 (services/shared/crypto.ts); never the plain number.
    .addColumn('phone_enc', 'text')
    .addColumn('phone_masked', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fie_contacts_file').on('fie_contacts').column('file_id').execute();

  await db.schema
    .createTable('fie_visits')
    .addColumn('id', 'integer', autoId)
    .addColumn('file_id', 'integer', (c) => c.notNull().references('fie_files.id'))
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fie_visits_file').on('fie_visits').column('file_id').execute();

  await db.schema
    .createTable('fie_items')
    .addColumn('id', 'integer', autoId)
    .addColumn('file_id', 'integer', (c) => c.notNull().references('fie_files.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('departments', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('summary', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fie_items_file').on('fie_items').column('file_id').execute();
  await db.schema.createIndex('fie_items_status').on('fie_items').columns(['status', 'due_on']).execute();

  await db.schema
    .createTable('fie_item_history')
    .addColumn('id', 'integer', autoId)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('fie_items.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('fie_item_history_item').on('fie_item_history').column('item_id').execute();

  await db.schema
    .createTable('fie_inspections')
    .addColumn('id', 'integer', autoId)
    .addColumn('file_id', 'integer', (c) => c.notNull().references('fie_files.id'))
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('intensity', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fie_notices')
    .addColumn('id', 'integer', autoId)
    .addColumn('file_id', 'integer', (c) => c.notNull().references('fie_files.id'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('pushed_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('fie_notices_once', ['file_id', 'rule_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'fie_notices',
    'fie_inspections',
    'fie_item_history',
    'fie_items',
    'fie_visits',
    'fie_contacts',
    'fie_files',
  ])
    await db.schema.dropTable(t).execute();
}
