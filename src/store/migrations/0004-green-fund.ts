/**
 * @module store/migrations/0004-green-fund
 * The green low-carbon fund (京技管发〔2023〕31号): applications and their events, the lists the
 * bureaus import for grants without application (免申即享), grant runs, the awards both produce
 * (one row per award, with a key that makes a second grant of the same thing impossible), the
 * notices sent to enterprises, and parameters a bureau configures (item 6's tiers, D-31-4).
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  const money = pg ? 'bigint' : 'integer';

  await db.schema
    .createTable('green_applications')
    .addColumn('id', 'integer', autoId)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('credit_code', 'text', (c) => c.notNull().references('enterprises.credit_code'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('project_ref', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('decision', 'text')
    .addColumn('amount_fen', money)
    .addColumn('approved_fen', money)
    .addColumn('expert_opinion', 'text')
    .addColumn('budget_year', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('green_applications_queue')
    .on('green_applications')
    .columns(['department', 'state'])
    .execute();
  await db.schema
    .createIndex('green_applications_enterprise')
    .on('green_applications')
    .column('credit_code')
    .execute();

  await db.schema
    .createTable('green_application_events')
    .addColumn('id', 'integer', autoId)
    .addColumn('application_id', 'integer', (c) => c.notNull().references('green_applications.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('green_application_events_seq', ['application_id', 'seq'])
    .execute();

  await db.schema
    .createTable('green_grant_lists')
    .addColumn('id', 'integer', autoId)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('green_grant_list_rows')
    .addColumn('id', 'integer', autoId)
    .addColumn('list_id', 'integer', (c) => c.notNull().references('green_grant_lists.id'))
    .addColumn('row_no', 'integer', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('project_ref', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addUniqueConstraint('green_grant_list_rows_row', ['list_id', 'row_no'])
    .execute();
  await db.schema
    .createIndex('green_grant_list_rows_list')
    .on('green_grant_list_rows')
    .column('list_id')
    .execute();

  await db.schema
    .createTable('green_grant_runs')
    .addColumn('id', 'integer', autoId)
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('list_ids', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();

  // One row per award; what it is for is `subject` (its keys joined with "+").
  await db.schema
    .createTable('green_awards')
    .addColumn('id', 'integer', autoId)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('application_id', 'integer', (c) => c.references('green_applications.id'))
    .addColumn('run_id', 'integer', (c) => c.references('green_grant_runs.id'))
    .addColumn('list_row_id', 'integer', (c) => c.references('green_grant_list_rows.id'))
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('project_ref', 'text', (c) => c.notNull())
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('amount_fen', money, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('budget_year', 'integer', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('paid_at', 'text')
    .addColumn('payment_ref', 'text')
    .addColumn('clawed_back_at', 'text')
    .addColumn('clawback_fen', money)
    .addColumn('clawback_reason', 'text')
    .execute();
  // Each thing an award is for (rule|enterprise|key) is a primary key while the award stands: a
  // second grant of the same thing fails at the database, whichever path it comes by.
  await db.schema
    .createTable('green_award_keys')
    .addColumn('award_key', 'text', (c) => c.primaryKey())
    .addColumn('award_id', 'integer', (c) => c.notNull().references('green_awards.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('green_award_keys_award').on('green_award_keys').column('award_id').execute();
  await db.schema.createIndex('green_awards_enterprise').on('green_awards').column('credit_code').execute();
  await db.schema.createIndex('green_awards_run').on('green_awards').column('run_id').execute();

  // What a grant run decided for each listed row (granted, already granted, ineligible, held).
  await db.schema
    .createTable('green_grant_results')
    .addColumn('id', 'integer', autoId)
    .addColumn('run_id', 'integer', (c) => c.notNull().references('green_grant_runs.id'))
    .addColumn('list_row_id', 'integer', (c) => c.notNull().references('green_grant_list_rows.id'))
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('amount_fen', money)
    .addColumn('award_id', 'integer')
    .addColumn('reasons', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('green_grant_results_run').on('green_grant_results').column('run_id').execute();

  await db.schema
    .createTable('green_notices')
    .addColumn('id', 'integer', autoId)
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('award_id', 'integer', (c) => c.references('green_awards.id'))
    .addColumn('application_id', 'integer', (c) => c.references('green_applications.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('green_notices_enterprise').on('green_notices').column('credit_code').execute();

  await db.schema
    .createTable('parameter_settings')
    .addColumn('id', 'integer', autoId)
    .addColumn('parameter_id', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
}
