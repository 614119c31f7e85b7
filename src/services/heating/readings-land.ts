/**
 * @module services/heating/readings-land
 * How reported meter readings join a project's stored series (1309号 五(四), D-1309-19, D-1309-21):
 * each row parsed exactly (an instant with its offset, not in the future; non-negative decimals),
 * checked against the other rows and the stored readings (no repeated instant; no register below
 * the reading before it or above the stored one after it), and the good rows inserted together in
 * one transaction with one audit entry. Every bad row is returned with its row, field and reason.
 */
import { invalidInput, type ZhengceError } from '../../engine/errors.ts';
import { cmp, parseRational, type Rational } from '../../engine/rational.ts';
import { METERS, type Meter, parseInstant } from '../../policies/jingfagai-2023-1309/monitoring-readings.ts';
import type { Store } from '../../store/db.ts';
import type { HeatingProjectRow } from '../../store/heating-buildings-schema.ts';
import { type Actor, actorLabel } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';

const DECIMAL = /^\d{1,13}(\.\d{1,6})?$/;

export interface RowError {
  /** The sheet row (header = 1), or the index in `readings` for the API. */
  readonly row: number;
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  readonly messageZh: string;
}

export interface ReadingImportResult {
  readonly added: number;
  readonly projects: readonly { readonly code: string; readonly added: number }[];
  readonly errors: readonly RowError[];
}

export interface Candidate {
  readonly row: number;
  readonly field: (key: string) => string;
  readonly project: HeatingProjectRow;
  readonly at: string;
  readonly t: number;
  readonly text: Record<Meter, string>;
  readonly values: Record<Meter, Rational>;
}

export function rowError(row: number, e: ZhengceError): RowError {
  return {
    row,
    field: e.field ?? 'row',
    value: e.value,
    message: e.message,
    messageZh: e.messageZh ?? e.message,
  };
}

/** Parses one row's instant and registers (throws naming the field). */
export function parseRow(
  cells: Readonly<Record<string, unknown>>,
  field: (k: string) => string,
  now: Date,
): Pick<Candidate, 'at' | 't' | 'text' | 'values'> {
  const at = typeof cells.at === 'string' ? cells.at.trim() : cells.at;
  const t = parseInstant(at);
  if (t === null)
    throw invalidInput(
      field('at'),
      at,
      'is not an ISO 8601 instant with an offset (e.g. 2024-11-15T08:00:00+08:00)',
      '不是带时区偏移的 ISO 8601 时间（如 2024-11-15T08:00:00+08:00）',
    );
  if (t > now.getTime()) throw invalidInput(field('at'), at, 'is in the future', '晚于当前时间');
  const text = {} as Record<Meter, string>;
  const values = {} as Record<Meter, Rational>;
  for (const m of METERS) {
    const v = cells[m];
    const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (!DECIMAL.test(s))
      throw invalidInput(
        field(m),
        v,
        'must be a non-negative decimal (cumulative register)',
        '须为非负十进制数（累计读数）',
      );
    text[m] = s;
    values[m] = parseRational(s);
  }
  return { at: at as string, t, text, values };
}

type Stored = { readonly t: number; readonly values: Record<Meter, Rational> };

/** Why a candidate cannot join the series: a repeated instant, or a register out of order. */
function conflict(
  c: Candidate,
  taken: ReadonlySet<number>,
  before: { values: Record<Meter, Rational>; at: string } | null,
  after: Stored | undefined,
): ZhengceError | null {
  if (taken.has(c.t))
    return invalidInput(c.field('at'), c.at, 'repeats a reading of the same instant', '与已有读数时间重复');
  for (const m of METERS) {
    if (before && cmp(c.values[m], before.values[m]) < 0)
      return invalidInput(
        c.field(m),
        c.text[m],
        `is below the reading before it (${before.at}); a replaced meter is a new series`,
        `小于此前读数（${before.at}），更换的表计须作为新序列`,
      );
    if (after && cmp(c.values[m], after.values[m]) > 0) {
      const at = new Date(after.t).toISOString();
      return invalidInput(
        c.field(m),
        c.text[m],
        `is above the stored reading after it (${at})`,
        `大于其后已存读数（${at}）`,
      );
    }
  }
  return null;
}

/** Checks candidates against each other and the stored readings; inserts the good ones. */
export async function land(
  store: Store,
  actor: Actor,
  candidates: readonly Candidate[],
  errors: RowError[],
  source: string,
  now: Date,
): Promise<ReadingImportResult> {
  const good: Candidate[] = [];
  const byProject = new Map<number, Candidate[]>();
  for (const c of candidates) byProject.set(c.project.id, [...(byProject.get(c.project.id) ?? []), c]);
  for (const [projectId, list] of byProject) {
    const stored = (
      await store.db
        .selectFrom('heating_readings')
        .select(['at_utc', 'electricity_kwh', 'heat_gj', 'water_m3'])
        .where('project_id', '=', projectId)
        .execute()
    ).map((r) => ({
      t: Date.parse(r.at_utc),
      values: {
        electricityKwh: parseRational(r.electricity_kwh),
        heatGj: parseRational(r.heat_gj),
        waterM3: parseRational(r.water_m3),
      },
    }));
    const taken = new Set(stored.map((s) => s.t));
    const timeline = [
      ...stored.map((s) => ({ ...s, c: null as Candidate | null })),
      ...list.map((c) => ({ t: c.t, values: c.values, c })),
    ].sort((a, b) => a.t - b.t || (a.c === null ? -1 : 1));
    let last: { values: Record<Meter, Rational>; at: string } | null = null;
    for (const [i, entry] of timeline.entries()) {
      const c = entry.c;
      if (c === null) {
        last = { values: entry.values, at: new Date(entry.t).toISOString() };
        continue;
      }
      const next = timeline.slice(i + 1).find((x) => x.c === null);
      const problem = conflict(c, taken, last, next);
      if (problem) {
        errors.push(rowError(c.row, problem));
        continue;
      }
      taken.add(c.t);
      last = { values: c.values, at: c.at };
      good.push(c);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const counts = new Map<string, number>();
  for (const g of good) counts.set(g.project.code, (counts.get(g.project.code) ?? 0) + 1);
  const projects = [...counts].map(([code, added]) => ({ code, added }));
  if (good.length === 0) return { added: 0, projects, errors };
  const iso = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < good.length; i += 400) {
      await trx
        .insertInto('heating_readings')
        .values(
          good.slice(i, i + 400).map((g) => ({
            project_id: g.project.id,
            at: g.at,
            at_utc: new Date(g.t).toISOString(),
            electricity_kwh: g.text.electricityKwh,
            heat_gj: g.text.heatGj,
            water_m3: g.text.waterM3,
            source,
            created_by: actorLabel(actor),
            created_at: iso,
          })),
        )
        .execute();
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'heating_readings.import',
        entityType: 'heating_readings',
        entityId: null,
        details: { source, projects, rejectedRows: errors.map((e) => e.row) },
      },
      now,
    );
  });
  return { added: good.length, projects, errors };
}
