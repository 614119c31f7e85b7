/**
 * @module services/heating/figures
 * The city's yearly heated-area figures and their progress towards the targets of 1309号 一(三)
 * (1.45 亿 m² and a 10% share by 2025, 15% by 2030). The figures are entered by the statistics
 * bureau — "市统计局负责将新能源供热开发利用情况纳入本市能源统计系统" (七(一)) — one row per year,
 * replaced when corrected, every change audited with the values before and after. Progress is
 * `targetProgress` of the policy (D-1309-23, D-1309-24): it informs and decides nothing.
 */
import { invalidInput, ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, parseRational } from '../../engine/rational.ts';
import { type TargetProgress, targetProgress } from '../../policies/jingfagai-2023-1309/targets.ts';
import type { Store } from '../../store/db.ts';
import { type Actor, actorLabel, authorize } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';

/** 市统计局 (1309号 七(一)). */
export const STATISTICS_DEPARTMENT = 'beijing-statistics';
const DECIMAL = /^\d{1,13}(\.\d{1,6})?$/;

export interface AreaFigure {
  readonly year: number;
  readonly newEnergyAreaM2: string;
  readonly totalAreaM2: string;
  readonly note: string | null;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

async function figures(store: Store): Promise<AreaFigure[]> {
  const rows = await store.db.selectFrom('heating_area_figures').selectAll().orderBy('year').execute();
  return rows.map((r) => ({
    year: r.year,
    newEnergyAreaM2: r.new_energy_area_m2,
    totalAreaM2: r.total_area_m2,
    note: r.note,
    enteredBy: r.entered_by,
    enteredAt: r.entered_at,
  }));
}

/** Enters or corrects one year's figures: `{year, newEnergyAreaM2, totalAreaM2, note?}`. */
export async function setAreaFigure(
  store: Store,
  actor: Actor,
  input: Record<string, unknown>,
  now = new Date(),
) {
  authorize(actor, 'heating.figures', { department: STATISTICS_DEPARTMENT });
  const year = typeof input.year === 'string' && /^\d{4}$/.test(input.year) ? Number(input.year) : input.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw invalidInput('year', input.year, 'is not a year between 2000 and 2100', '不是2000至2100之间的年份');
  const read = (k: 'newEnergyAreaM2' | 'totalAreaM2') => {
    const v = input[k];
    const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
    if (!DECIMAL.test(s))
      throw invalidInput(
        k,
        v,
        'must be an area in m² (non-negative decimal)',
        '须为面积（平方米，非负十进制数）',
      );
    return s;
  };
  const area = read('newEnergyAreaM2');
  const total = read('totalAreaM2');
  if (parseRational(total).n === 0n) throw invalidInput('totalAreaM2', total, 'is zero', '为零');
  if (cmp(parseRational(area), parseRational(total)) > 0)
    throw invalidInput('newEnergyAreaM2', area, 'exceeds the total heated area', '超过全市供热面积');
  const note =
    typeof input.note === 'string' && input.note.trim() !== '' ? input.note.trim().slice(0, 500) : null;
  const iso = now.toISOString();
  await store.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('heating_area_figures')
      .selectAll()
      .where('year', '=', year)
      .executeTakeFirst();
    const values = {
      new_energy_area_m2: area,
      total_area_m2: total,
      note,
      entered_by: actorLabel(actor),
      entered_at: iso,
    };
    if (before) await trx.updateTable('heating_area_figures').set(values).where('year', '=', year).execute();
    else
      await trx
        .insertInto('heating_area_figures')
        .values({ year, ...values })
        .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: before ? 'heating_figure.correct' : 'heating_figure.enter',
        entityType: 'heating_area_figure',
        entityId: year,
        details: {
          newEnergyAreaM2: area,
          totalAreaM2: total,
          ...(before
            ? { before: { newEnergyAreaM2: before.new_energy_area_m2, totalAreaM2: before.total_area_m2 } }
            : {}),
        },
      },
      now,
    );
  });
  return (await figures(store)).find((f) => f.year === year)!;
}

/** Removes one year's figures (entered by mistake), with the reason in the audit log. */
export async function deleteAreaFigure(
  store: Store,
  actor: Actor,
  year: unknown,
  reason: unknown,
  now = new Date(),
) {
  authorize(actor, 'heating.figures', { department: STATISTICS_DEPARTMENT });
  if (typeof reason !== 'string' || reason.trim() === '')
    throw invalidInput('reason', reason, 'is required', '必填');
  const y = Number(year);
  await store.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('heating_area_figures')
      .selectAll()
      .where('year', '=', y)
      .executeTakeFirst();
    if (!before)
      throw new ZhengceError('ZC_ERR_NOT_FOUND', `no figures for ${String(year)}`, {
        field: 'year',
        value: year,
        messageZh: `没有 ${String(year)} 年的数据`,
      });
    await trx.deleteFrom('heating_area_figures').where('year', '=', y).execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'heating_figure.delete',
        entityType: 'heating_area_figure',
        entityId: y,
        details: {
          reason: reason.trim(),
          newEnergyAreaM2: before.new_energy_area_m2,
          totalAreaM2: before.total_area_m2,
        },
      },
      now,
    );
  });
}

/** The figures and each target's progress as of `asOf` (no progress until a figure is entered). */
export async function heatingTargets(
  store: Store,
  actor: Actor,
  asOf: CalendarDate,
  baselineYear?: number,
): Promise<{ asOf: CalendarDate; figures: AreaFigure[]; progress: TargetProgress[] }> {
  authorize(actor, 'targets.read');
  const list = await figures(store);
  const progress = list.length === 0 ? [] : targetProgress(list, asOf, baselineYear);
  return { asOf, figures: list, progress };
}
