/**
 * @module store/migrations/0005-work-relief
 * Work relief (以工代赈, 京发改〔2023〕1336号): the districts' annual plans and project lists, the
 * real-name register of workers (resident ID and bank card encrypted, with masked copies and a keyed
 * hash for uniqueness and matching — never the plain number), who works on which project, daily
 * attendance in half-days, the wage ledger (one row per worker and month once the worker has
 * confirmed it) and its payments, training and who attended, and the maintenance jobs after
 * completion. Money is integer fen.
 */
import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();
  const money = pg ? 'bigint' : 'integer';
  const district = (c: ColumnDefinitionBuilder) => c.notNull().references('departments.code');

  await db.schema
    .createTable('wr_plans')
    .addColumn('id', 'integer', autoId)
    .addColumn('district', 'text', district)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('wr_plans_district_year', ['district', 'year'])
    .execute();

  await db.schema
    .createTable('wr_projects')
    .addColumn('id', 'integer', autoId)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('district', 'text', district)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('stages', 'text', (c) => c.notNull())
    .addColumn('post_disaster', 'integer', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addColumn('contractor', 'text')
    .addColumn('total_investment_fen', money, (c) => c.notNull())
    .addColumn('wage_budget_fen', money, (c) => c.notNull())
    .addColumn('daily_rate_fen', money, (c) => c.notNull())
    .addColumn('pay_day', 'integer', (c) => c.notNull())
    .addColumn('start_on', 'text')
    .addColumn('end_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approval_doc_ref', 'text')
    .addColumn('approval_states', 'integer', (c) => c.notNull())
    .addColumn('government_funded', 'integer', (c) => c.notNull())
    .addColumn('funding_doc_ref', 'text')
    .addColumn('funding_states', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('wr_projects_district')
    .on('wr_projects')
    .columns(['district', 'year'])
    .execute();

  await db.schema
    .createTable('wr_workers')
    .addColumn('id', 'integer', autoId)
    .addColumn('district', 'text', district)
    .addColumn('name', 'text', (c) => c.notNull())
    // HMAC-SHA-256 of the resident ID under a key derived from the data key: one person, one row.
    .addColumn('id_hash', 'text', (c) => c.notNull().unique())
    // AES-256-GCM, `v1:` + base64 (services/shared/crypto.ts); never the plain number.
    .addColumn('id_enc', 'text', (c) => c.notNull())
    .addColumn('id_masked', 'text', (c) => c.notNull())
    .addColumn('town', 'text')
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('collective', 'text')
    .addColumn('team', 'text')
    .addColumn('beijing_rural', 'integer', (c) => c.notNull())
    .addColumn('priority_groups', 'text', (c) => c.notNull())
    .addColumn('card_hash', 'text', (c) => c.notNull())
    .addColumn('card_enc', 'text', (c) => c.notNull())
    .addColumn('card_masked', 'text', (c) => c.notNull())
    .addColumn('bank_name', 'text')
    .addColumn('phone_enc', 'text')
    .addColumn('phone_masked', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('wr_workers_district').on('wr_workers').column('district').execute();

  await db.schema
    .createTable('wr_enrolments')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('wr_projects.id'))
    .addColumn('worker_id', 'integer', (c) => c.notNull().references('wr_workers.id'))
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('key_post', 'integer', (c) => c.notNull())
    .addColumn('daily_rate_fen', money, (c) => c.notNull())
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addUniqueConstraint('wr_enrolments_once', ['project_id', 'worker_id'])
    .execute();

  await db.schema
    .createTable('wr_attendance')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('wr_projects.id'))
    .addColumn('worker_id', 'integer', (c) => c.notNull().references('wr_workers.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('half_days', 'integer', (c) => c.notNull().check(sql`half_days in (0, 1, 2)`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('wr_attendance_pk', ['project_id', 'worker_id', 'day'])
    .execute();

  await db.schema
    .createTable('wr_ledger')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('wr_projects.id'))
    .addColumn('worker_id', 'integer', (c) => c.notNull().references('wr_workers.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('half_days', 'integer', (c) => c.notNull())
    .addColumn('rate_fen', money, (c) => c.notNull())
    .addColumn('due_fen', money, (c) => c.notNull())
    .addColumn('pay_due_on', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', 'text', (c) => c.notNull())
    .addColumn('confirmation_method', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addColumn('paid_fen', money, (c) => c.notNull())
    .addColumn('first_paid_on', 'text')
    .addColumn('last_paid_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('wr_ledger_line', ['project_id', 'worker_id', 'period'])
    .execute();

  await db.schema
    .createTable('wr_payments')
    .addColumn('id', 'integer', autoId)
    .addColumn('ledger_id', 'integer', (c) => c.notNull().references('wr_ledger.id'))
    .addColumn('amount_fen', money, (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('card_masked', 'text')
    .addColumn('own_card', 'integer', (c) => c.notNull())
    .addColumn('exception_reason', 'text')
    .addColumn('payment_ref', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('wr_trainings')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('wr_projects.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('hours', 'integer', (c) => c.notNull())
    .addColumn('trainer', 'text')
    .addColumn('before_job', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('wr_training_attendees')
    .addColumn('training_id', 'integer', (c) => c.notNull().references('wr_trainings.id'))
    .addColumn('worker_id', 'integer', (c) => c.notNull().references('wr_workers.id'))
    .addPrimaryKeyConstraint('wr_training_attendees_pk', ['training_id', 'worker_id'])
    .execute();

  await db.schema
    .createTable('wr_maintenance_jobs')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('wr_projects.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('worker_id', 'integer', (c) => c.references('wr_workers.id'))
    .addColumn('from_project', 'integer', (c) => c.notNull())
    .addColumn('outsider_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}
