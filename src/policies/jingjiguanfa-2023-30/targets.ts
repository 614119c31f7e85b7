/**
 * @module policies/jingjiguanfa-2023-30/targets
 * 四 工作目标: progress towards the two 2025 targets from project records.
 *
 * > 四(一) 到 2025 年,新增公共建筑绿色化改造项目建筑面积力争达到 90 万平方米。
 * > 四(二) 到 2025 年,新增超低能耗建筑项目建筑面积力争达到 28 万平方米。
 *
 * A record counts towards a target when its kind belongs to it (D-30-22) and it was completed from
 * the day the document took effect up to the measuring date, min(as-of, 2025-12-31) (D-30-21).
 * Areas are summed exactly; the share is achieved ÷ target as a percentage rounded half up to
 * 2 decimals, and may exceed 100 (D-30-23). "力争" is an aim: a shortfall is reported, not a breach.
 */
import type { Citation } from '../../engine/citation.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { valueAt } from '../../engine/parameter.ts';
import { type CalendarDate, compareDates, isCalendarDate, type Validity } from '../../engine/period.ts';
import {
  add,
  cmp,
  div,
  max,
  mul,
  parseRational,
  type Rational,
  ratio,
  roundRational,
  sub,
  toDecimalString,
  ZERO,
} from '../../engine/rational.ts';
import {
  FROM,
  GREEN_RETROFIT_TARGET_SQM,
  TARGET_COUNT_FROM,
  TARGET_DEADLINE,
  TO,
  ULE_TARGET_SQM,
} from './parameters.ts';

export const TARGET_RECORD_KINDS = [
  'public_building_green_retrofit',
  'public_building_ule_retrofit',
  'ule_new_building',
  'ule_retrofit_other',
  'other',
] as const;
/** What a completed project was (D-30-22). */
export type TargetRecordKind = (typeof TARGET_RECORD_KINDS)[number];
export const TARGET_RECORD_KIND_LABELS: Readonly<Record<TargetRecordKind, Bilingual>> = {
  public_building_green_retrofit: { zh: '既有公共建筑绿色化改造', en: 'Green retrofit of a public building' },
  public_building_ule_retrofit: {
    zh: '既有公共建筑超低能耗改造',
    en: 'Ultra-low-energy retrofit of a public building',
  },
  ule_new_building: { zh: '新建超低能耗建筑', en: 'New ultra-low-energy building' },
  ule_retrofit_other: {
    zh: '其他既有建筑超低能耗改造',
    en: 'Ultra-low-energy retrofit of another existing building',
  },
  other: { zh: '其他项目', en: 'Other project' },
};

/** One completed (or planned) project. */
export interface TargetRecord {
  readonly id: string;
  readonly kind: TargetRecordKind;
  /** Building area, m², as exact decimal text or a JSON number. */
  readonly areaSqm: string | number;
  /** 竣工 date, YYYY-MM-DD. */
  readonly completedOn: string;
}

export type TargetId = 'green_retrofit' | 'ultra_low_energy';

/** What each target counts (D-30-22): a public-building ultra-low-energy retrofit counts in both. */
export const TARGET_KINDS: Readonly<Record<TargetId, readonly TargetRecordKind[]>> = {
  green_retrofit: ['public_building_green_retrofit', 'public_building_ule_retrofit'],
  ultra_low_energy: ['ule_new_building', 'public_building_ule_retrofit', 'ule_retrofit_other'],
};
const TARGETS = [
  {
    id: 'green_retrofit' as const,
    param: GREEN_RETROFIT_TARGET_SQM,
    title: { zh: '新增公共建筑绿色化改造建筑面积', en: 'New public-building green retrofits' },
  },
  {
    id: 'ultra_low_energy' as const,
    param: ULE_TARGET_SQM,
    title: { zh: '新增超低能耗建筑建筑面积', en: 'New ultra-low-energy buildings' },
  },
];

/** Progress towards one target. Areas in m² as exact decimal text. */
export interface TargetProgress {
  readonly id: TargetId;
  readonly title: Bilingual;
  readonly citation: Citation;
  readonly targetSqm: string;
  readonly achievedSqm: string;
  /** max(0, target − achieved). */
  readonly remainingSqm: string;
  /** achieved ÷ target × 100, rounded half up to 2 decimals, e.g. `"37.50"`. */
  readonly sharePercent: string;
  readonly met: boolean;
  /** Ids of the records counted, in input order. */
  readonly counted: readonly string[];
}

/** Why a record counts towards no target. */
export type ExclusionReason = 'not_a_target_kind' | 'before_counting_start' | 'after_measuring_date';
export interface ExcludedRecord {
  readonly id: string;
  readonly reason: ExclusionReason;
}

/** The report: measured while in force, final after 2025-12-31, nothing before 2023-11-23 (D-30-24). */
export type TargetReport =
  | {
      readonly status: 'in_force' | 'expired';
      readonly asOf: CalendarDate;
      /** min(as-of, deadline): the last completion date counted. */
      readonly measuredOn: CalendarDate;
      readonly countFrom: CalendarDate;
      readonly validity: Validity;
      readonly targets: readonly TargetProgress[];
      readonly excluded: readonly ExcludedRecord[];
      readonly interpretations: readonly string[];
    }
  | {
      readonly status: 'not_yet';
      readonly asOf: CalendarDate;
      readonly validity: Validity;
      readonly targets: readonly [];
      readonly excluded: readonly [];
      readonly interpretations: readonly string[];
    };

const INTERPRETATIONS = ['D-30-21', 'D-30-22', 'D-30-23', 'D-30-24'] as const;

function bad(field: string, value: unknown, why: string, whyZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_INVALID_INPUT', `${field}: ${JSON.stringify(value)} ${why}`, {
    field,
    value,
    messageZh: `${field}：${JSON.stringify(value)} ${whyZh}`,
  });
}

/** Validates the records; throws `ZC_ERR_INVALID_INPUT` naming `records[i].<field>`. */
function parseRecords(records: readonly TargetRecord[]): { r: TargetRecord; area: Rational }[] {
  const seen = new Set<string>();
  return records.map((r, i) => {
    const at = `records[${i}]`;
    if (typeof r !== 'object' || r === null) throw bad(at, r, 'must be an object', '须为对象');
    if (typeof r.id !== 'string' || r.id.trim() === '')
      throw bad(`${at}.id`, r.id, 'must be a non-empty string', '须为非空字符串');
    if (seen.has(r.id)) throw bad(`${at}.id`, r.id, 'is a duplicate id', '编号重复');
    seen.add(r.id);
    if (!(TARGET_RECORD_KINDS as readonly string[]).includes(r.kind)) {
      throw bad(
        `${at}.kind`,
        r.kind,
        `must be one of ${TARGET_RECORD_KINDS.join(', ')}`,
        '不是有效的项目类别',
      );
    }
    if (typeof r.areaSqm === 'string' && !/^\d+(\.\d+)?$/.test(r.areaSqm)) {
      throw bad(`${at}.areaSqm`, r.areaSqm, 'must be a decimal area in m²', '须为十进制面积（平方米）');
    }
    const area = parseRational(r.areaSqm, `${at}.areaSqm`);
    if (area.n <= 0n)
      throw bad(`${at}.areaSqm`, r.areaSqm, 'must be a positive area in m²', '须为正数（平方米）');
    if (!isCalendarDate(r.completedOn)) {
      throw bad(
        `${at}.completedOn`,
        r.completedOn,
        'is not a calendar date YYYY-MM-DD',
        '不是有效日期（YYYY-MM-DD）',
      );
    }
    return { r, area };
  });
}

/** A non-negative rational as a percentage with exactly 2 decimals, rounded half up. */
export function percent2(x: Rational): string {
  const hundredths = roundRational(mul(x, ratio(10_000)), 'half_up');
  const s = hundredths.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

/**
 * Progress towards the 2025 targets as of `asOf`.
 * @throws ZC_ERR_INVALID_INPUT naming the record field at fault.
 */
export function targetProgress(records: readonly TargetRecord[], asOf: CalendarDate): TargetReport {
  const parsed = parseRecords(records);
  const validity: Validity = { from: FROM, to: TO };
  if (asOf < FROM) {
    return { status: 'not_yet', asOf, validity, targets: [], excluded: [], interpretations: ['D-30-24'] };
  }
  const on = asOf > TO ? TO : asOf;
  const deadline = valueAt(TARGET_DEADLINE, on).value;
  const countFrom = valueAt(TARGET_COUNT_FROM, on).value;
  const measuredOn = compareDates(on, deadline) < 0 ? on : deadline;
  const excluded: ExcludedRecord[] = [];
  const inWindow = parsed.filter(({ r }) => {
    const c = r.completedOn as CalendarDate;
    if (c < countFrom) excluded.push({ id: r.id, reason: 'before_counting_start' });
    else if (c > measuredOn) excluded.push({ id: r.id, reason: 'after_measuring_date' });
    else if (r.kind === 'other') excluded.push({ id: r.id, reason: 'not_a_target_kind' });
    else return true;
    return false;
  });
  const targets = TARGETS.map((t): TargetProgress => {
    const p = valueAt(t.param, on);
    const target = parseRational(p.value);
    const counted = inWindow.filter(({ r }) => TARGET_KINDS[t.id].includes(r.kind));
    const achieved = counted.reduce((s, x) => add(s, x.area), ZERO);
    return {
      id: t.id,
      title: t.title,
      citation: p.citation,
      targetSqm: toDecimalString(target),
      achievedSqm: toDecimalString(achieved),
      remainingSqm: toDecimalString(max(ZERO, sub(target, achieved))),
      sharePercent: percent2(div(achieved, target)),
      met: cmp(achieved, target) >= 0,
      counted: counted.map(({ r }) => r.id),
    };
  });
  return {
    status: asOf > TO ? 'expired' : 'in_force',
    asOf,
    measuredOn,
    countFrom,
    validity,
    targets,
    excluded,
    interpretations: [...INTERPRETATIONS],
  };
}
