/**
 * @module store/migrations/0006-heating-buildings
 * New-energy heating (京发改〔2023〕1309号): projects, their cumulative meter readings (one row per
 * project and instant) and the statistics bureau's yearly heated-area figures. Green buildings
 * (京技管发〔2023〕30号): building projects and the stage-gate items each department recorded
 * (one row per project and item).
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('heating_projects')
    .addColumn('id', 'integer', autoId)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('credit_code', 'text', (c) => c.references('enterprises.credit_code'))
    .addColumn('technology', 'text', (c) => c.notNull())
    .addColumn('heated_area_m2', 'text')
    .addColumn('commissioned_on', 'text')
    .addColumn('design', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('heating_projects_department')
    .on('heating_projects')
    .column('department')
    .execute();

  await db.schema
    .createTable('heating_readings')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('heating_projects.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('electricity_kwh', 'text', (c) => c.notNull())
    .addColumn('heat_gj', 'text', (c) => c.notNull())
    .addColumn('water_m3', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('heating_readings_instant', ['project_id', 'at_utc'])
    .execute();

  await db.schema
    .createTable('heating_area_figures')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('new_energy_area_m2', 'text', (c) => c.notNull())
    .addColumn('total_area_m2', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('building_projects')
    .addColumn('id', 'integer', autoId)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('credit_code', 'text', (c) => c.references('enterprises.credit_code'))
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('gate', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('area_sqm', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('building_gate_records')
    .addColumn('id', 'integer', autoId)
    .addColumn('project_id', 'integer', (c) => c.notNull().references('building_projects.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('building_gate_records_item', ['project_id', 'item_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'building_gate_records',
    'building_projects',
    'heating_area_figures',
    'heating_readings',
    'heating_projects',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
