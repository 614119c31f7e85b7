/**
 * @module services/heating/report
 * The post-evaluation report of one project and heating season (项目后评价, 1309号 五(四)): the
 * stored readings inside the season, summarised by `summarizeSeason` — seasonal performance (SPF),
 * electricity, heat and water, carbon with the dated grid emission factor, a monthly series for the
 * charts — or, when a reading is wrong, every issue with the row's instant. And the project-check
 * rule (一(三), 三, 五(二)) run on the design stored with the project.
 *
 * The opinions do not fix the heating season (D-1309-21). A season named `YYYY-YYYY` (e.g.
 * `2024-2025`) defaults to Beijing's statutory heating period, 15 November to 15 March (《北京市供热
 * 采暖管理办法》); explicit `from` and `to` override it.
 */
import type { DecisionJson } from '../../engine/decision.ts';
import { decisionToJson } from '../../engine/decision.ts';
import { invalidInput } from '../../engine/errors.ts';
import { type CalendarDate, compareDates, parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule } from '../../engine/rule.ts';
import { getPolicy, getRule, policyWindow } from '../../policies/index.ts';
import {
  DEFAULT_MAX_GAP_HOURS,
  type HeatingSeason,
  type PostEvaluationSummary,
  type ReadingIssue,
  summarizeSeason,
} from '../../policies/jingfagai-2023-1309/monitoring.ts';
import { seasonWindow } from '../../policies/jingfagai-2023-1309/monitoring-readings.ts';
import type { Store } from '../../store/db.ts';
import type { Actor } from '../accounts/index.ts';
import { getHeatingProject, type HeatingProjectView, PROJECT_CHECK_RULE, projectFor } from './projects.ts';

/** 《北京市供热采暖管理办法》: 当年11月15日至次年3月15日. */
export const DEFAULT_SEASON = { fromMonthDay: '11-15', toMonthDay: '03-15' } as const;

/** The season a report covers: a label `YYYY-YYYY` with the default dates, or explicit dates. */
export function resolveSeason(input: { season?: unknown; from?: unknown; to?: unknown }): HeatingSeason {
  const label = input.season;
  let from: CalendarDate | null = input.from ? parseCalendarDate(input.from, 'from') : null;
  let to: CalendarDate | null = input.to ? parseCalendarDate(input.to, 'to') : null;
  if (label !== undefined && label !== null && label !== '') {
    const m = typeof label === 'string' ? /^(\d{4})-(\d{4})$/.exec(label) : null;
    if (!m || Number(m[2]) !== Number(m[1]) + 1)
      throw invalidInput(
        'season',
        label,
        'must be two consecutive years, e.g. 2024-2025',
        '须为相邻两年，如 2024-2025',
      );
    from ??= `${m[1]}-${DEFAULT_SEASON.fromMonthDay}` as CalendarDate;
    to ??= `${m[2]}-${DEFAULT_SEASON.toMonthDay}` as CalendarDate;
  }
  if (from === null)
    throw invalidInput('season', label, 'is required (or give from and to)', '必填（或给出起止日期）');
  if (to === null) throw invalidInput('to', input.to, 'is required', '必填');
  if (compareDates(from, to) >= 0) throw invalidInput('to', to, 'must be after from', '须晚于开始日期');
  return { label: typeof label === 'string' && label !== '' ? label : `${from}–${to}`, from, to };
}

/** An issue with the instant of the reading it names. */
export type ReportIssue = ReadingIssue & { readonly at: string | null };

export type SeasonReport =
  | { readonly ok: true; readonly project: HeatingProjectView; readonly summary: PostEvaluationSummary }
  | {
      readonly ok: false;
      readonly project: HeatingProjectView;
      readonly season: HeatingSeason;
      readonly errors: readonly ReportIssue[];
      readonly warnings: readonly ReportIssue[];
    };

/** The post-evaluation of `projectId` over a season. */
export async function seasonReport(
  store: Store,
  actor: Actor,
  projectId: unknown,
  input: { season?: unknown; from?: unknown; to?: unknown; maxGapHours?: unknown } = {},
): Promise<SeasonReport> {
  const row = await projectFor(store, actor, projectId, 'heating.read');
  const season = resolveSeason(input);
  const gap =
    input.maxGapHours === undefined || input.maxGapHours === ''
      ? DEFAULT_MAX_GAP_HOURS
      : Number(input.maxGapHours);
  if (!Number.isInteger(gap) || gap < 1 || gap > 24 * 31)
    throw invalidInput(
      'maxGapHours',
      input.maxGapHours,
      'must be whole hours from 1 to 744',
      '须为 1 至 744 的整小时数',
    );
  const { start, end } = seasonWindow(season);
  const rows = await store.db
    .selectFrom('heating_readings')
    .select(['at', 'electricity_kwh', 'heat_gj', 'water_m3'])
    .where('project_id', '=', row.id)
    .where('at_utc', '>=', new Date(start).toISOString())
    .where('at_utc', '<=', new Date(end).toISOString())
    .orderBy('at_utc')
    .execute();
  const readings = rows.map((r) => ({
    at: r.at,
    electricityKwh: r.electricity_kwh,
    heatGj: r.heat_gj,
    waterM3: r.water_m3,
  }));
  const result = summarizeSeason({ projectId: row.code, season, readings }, { maxGapHours: gap });
  const project = await getHeatingProject(store, actor, row.id);
  if (result.ok) return { ok: true, project, summary: result.summary };
  const withAt = (i: ReadingIssue): ReportIssue => ({
    ...i,
    at: i.row === null ? null : (readings[i.row]?.at ?? null),
  });
  return {
    ok: false,
    project,
    season,
    errors: result.errors.map(withAt),
    warnings: result.warnings.map(withAt),
  };
}

/** The project-check rule on the project's stored design, as of `asOf`. */
export async function checkProjectDesign(
  store: Store,
  actor: Actor,
  projectId: unknown,
  asOf: CalendarDate,
): Promise<{ project: HeatingProjectView; decision: DecisionJson }> {
  const row = await projectFor(store, actor, projectId, 'heating.read');
  if (row.design === null)
    throw invalidInput(
      'design',
      null,
      'is not recorded for this project; add the design first',
      '该项目尚未登记设计方案',
    );
  const rule = getRule(PROJECT_CHECK_RULE);
  const decision = evaluateRule(rule, JSON.parse(row.design), asOf, policyWindow(getPolicy(rule.policyId)));
  return {
    project: await getHeatingProject(store, actor, row.id),
    decision: decisionToJson(decision, rule.messages),
  };
}
