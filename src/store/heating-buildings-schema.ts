/**
 * @module store/heating-buildings-schema
 * Kysely types of the tables of migration 0006, merged into `Database`: new-energy heating
 * projects with their meter readings and the statistics bureau's yearly figures (1309号 五(四),
 * 一(三)), and green-building projects with what each department recorded at each stage (30号 七,
 * 四). Quantities (kWh, GJ, m³, m²) are exact decimal text, never floats; JSON columns are text.
 */
import type { Generated, Selectable } from 'kysely';

export interface HeatingProjectTable {
  id: Generated<number>;
  /** The project's own number, unique (e.g. `HP-2024-001`). */
  code: string;
  name: string;
  /** The department that supervises its operation (default 市城市管理委, 1309号 七(一)). */
  department: string;
  /** The operating enterprise, which reports the readings; null when run by a public body. */
  credit_code: string | null;
  /** The main technology, a code of `jingfagai-2023-1309/technologies.ts`. */
  technology: string;
  /** Heated area in m², decimal text. */
  heated_area_m2: string | null;
  commissioned_on: string | null;
  /** The design facts of the project-check rule, JSON, or null. */
  design: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface HeatingReadingTable {
  id: Generated<number>;
  project_id: number;
  /** The instant as reported (ISO 8601 with its offset). */
  at: string;
  /** The same instant in UTC (`toISOString`), for ordering and uniqueness. */
  at_utc: string;
  /** Cumulative registers, exact decimal text: kWh, GJ, m³. */
  electricity_kwh: string;
  heat_gj: string;
  water_m3: string;
  /** `csv`, `xlsx` or `api`. */
  source: string;
  created_by: string;
  created_at: string;
}

export interface HeatingAreaFigureTable {
  /** The statistical year. */
  year: number;
  new_energy_area_m2: string;
  total_area_m2: string;
  note: string | null;
  entered_by: string;
  entered_at: string;
}

export interface BuildingProjectTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** The department that registered the project and keeps its record (default 开发建设局). */
  department: string;
  credit_code: string | null;
  /** The rating rule's facts (`RatingFacts` of 30号), JSON. */
  facts: string;
  /** What the stage gates need beyond the rating facts (`GateProject` without the requirement), JSON. */
  gate: string;
  /** What the project counts as for the targets of 四 (`TargetRecordKind`). */
  target_kind: string;
  area_sqm: string;
  completed_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface BuildingGateRecordTable {
  id: Generated<number>;
  project_id: number;
  stage: string;
  item_id: string;
  /** The department on whose behalf the item was recorded. */
  department: string;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface HeatingBuildingsTables {
  heating_projects: HeatingProjectTable;
  heating_readings: HeatingReadingTable;
  heating_area_figures: HeatingAreaFigureTable;
  building_projects: BuildingProjectTable;
  building_gate_records: BuildingGateRecordTable;
}

export type HeatingProjectRow = Selectable<HeatingProjectTable>;
export type HeatingReadingRow = Selectable<HeatingReadingTable>;
export type HeatingAreaFigureRow = Selectable<HeatingAreaFigureTable>;
export type BuildingProjectRow = Selectable<BuildingProjectTable>;
export type BuildingGateRecordRow = Selectable<BuildingGateRecordTable>;
