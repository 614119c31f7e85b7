/**
 * @module policies/jingjiguanfa-2023-29/measures
 * 三（一）–（三）: the measures of each alert level, as data, with their lead units, and what changes
 * when an alert is raised or lowered.
 *
 * Each level prints a complete list under the document's own three headings — 1. 健康防护引导措施,
 * 2. 倡议性减排措施, 3. 强制性减排措施 (the last under the proviso "在保障城市正常运行的前提下") — and
 * none says "在黄色预警措施基础上": a higher level restates every lower measure, word for word or
 * stronger. Two yellow measures are not restated: 1(3) (public education), which is carried up, and
 * 2(4) "拒绝露天烧烤", which orange and red replace by the ban of 3(7) (D-29-8). "属地街镇" leads
 * each in its own territory (D-29-9).
 */
import type { Citation } from '../../engine/citation.ts';
import { cite } from '../../engine/citation.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { findDepartmentByName, POLLUTION_COMMAND_MEMBERS } from '../departments.ts';
import { MEASURE_ROWS, type MeasureFamily, type MeasureRow } from './measures-data.ts';
import { ALERT_COLOURS, type AlertColour, type AlertLevel, levelRank } from './response.ts';

export type { MeasureFamily } from './measures-data.ts';
export { MEASURE_FAMILIES } from './measures-data.ts';

const POLICY_ID = 'jingjiguanfa-2023-29';

/** The three kinds of measure, as the document heads them under each level. */
export type MeasureGroup = 'health' | 'advisory' | 'mandatory';
/** Groups in document order with their headings (三（一）1–3 and the same under （二）, （三）). */
export const MEASURE_GROUPS: readonly { readonly group: MeasureGroup; readonly heading: Bilingual }[] = [
  { group: 'health', heading: { zh: '健康防护引导措施', en: 'Health protection guidance' } },
  { group: 'advisory', heading: { zh: '倡议性减排措施', en: 'Voluntary emission reductions' } },
  { group: 'mandatory', heading: { zh: '强制性减排措施', en: 'Mandatory emission reductions' } },
];

/** The subsection of 三 for each level. */
export const LEVEL_CLAUSES: Readonly<Record<AlertColour, string>> = {
  yellow: '三(一)',
  orange: '三(二)',
  red: '三(三)',
};

/** A unit that leads a measure. */
export interface MeasureLead {
  /** Department code (departments.ts). */
  readonly code: string;
  readonly name: Bilingual;
  /** The name as the measure prints it: `属地街镇` for each subdistrict and town. */
  readonly as: string;
  /** True for `属地街镇`: the unit leads within its own territory only. */
  readonly territorial: boolean;
}

/** One measure paragraph of 三. */
export interface Measure {
  /** `<level>.<group>.<n>`, e.g. `orange.mandatory.3`. */
  readonly id: string;
  readonly level: AlertColour;
  readonly group: MeasureGroup;
  /** The paragraph's number `(n)` within its group. */
  readonly number: number;
  readonly family: MeasureFamily;
  /** Citation form, e.g. `三(二)3(3)`. */
  readonly clause: string;
  /** Verbatim Chinese and an English rendering. */
  readonly text: Bilingual;
  /** The lead units as printed after "牵头单位:", or `null` where the paragraph names none. */
  readonly leadText: string | null;
  readonly leads: readonly MeasureLead[];
  /** True when `leadText` is `null` and the leads are this software's reading (D-29-9). */
  readonly leadsInferred: boolean;
  /** Mandatory measures: "在保障城市正常运行的前提下" (D-29-11); otherwise `null`. */
  readonly proviso: Citation | null;
  readonly citation: Citation;
}

const LEVEL_OF: Readonly<Record<string, AlertColour>> = { 一: 'yellow', 二: 'orange', 三: 'red' };
const GROUP_OF: Readonly<Record<string, MeasureGroup>> = { '1': 'health', '2': 'advisory', '3': 'mandatory' };
const LOCAL = '属地街镇';
const STREETS = POLLUTION_COMMAND_MEMBERS.filter((d) => d.kind === 'street');

/** The departments a lead notation names (`开发建设局、属地街镇`); a broken name is a data error. */
function parseLeads(notation: string): MeasureLead[] {
  return notation.split('、').flatMap((as): MeasureLead[] => {
    if (as === LOCAL) return STREETS.map((d) => ({ code: d.code, name: d.name, as, territorial: true }));
    const d = findDepartmentByName(as);
    if (!d) throw new Error(`measures-data: unknown lead unit ${as}`);
    return [{ code: d.code, name: d.name, as, territorial: false }];
  });
}

function buildMeasure(row: MeasureRow): Measure {
  const m = /^三\(([一二三])\)([123])\((\d+)\)$/.exec(row.clause);
  const level = m ? LEVEL_OF[m[1]!] : undefined;
  const group = m ? GROUP_OF[m[2]!] : undefined;
  if (!m || !level || !group) throw new Error(`measures-data: bad clause ${row.clause}`);
  const leads = parseLeads(row.lead ?? row.inferredLead ?? '');
  return {
    id: `${level}.${group}.${m[3]}`,
    level,
    group,
    number: Number(m[3]),
    family: row.family,
    clause: row.clause,
    text: { zh: row.zh, en: row.en },
    leadText: row.lead,
    leads,
    leadsInferred: row.lead === null,
    proviso:
      group === 'mandatory'
        ? cite(POLICY_ID, `${LEVEL_CLAUSES[level]}3`, '在保障城市正常运行的前提下:')
        : null,
    citation: cite(POLICY_ID, row.clause, row.zh),
  };
}

/** Every measure of 三（一）–（三）, in document order (45). */
export const MEASURES: readonly Measure[] = MEASURE_ROWS.map(buildMeasure);
const BY_ID: ReadonlyMap<string, Measure> = new Map(MEASURES.map((m) => [m.id, m]));

/**
 * The measure with this id.
 * @throws ZhengceError `ZC_ERR_NOT_FOUND`, field `measureId`, for an unknown id.
 */
export function getMeasure(id: string): Measure {
  const m = BY_ID.get(id);
  if (m) return m;
  throw new ZhengceError('ZC_ERR_NOT_FOUND', `measureId: ${JSON.stringify(id)} is not a measure of 三`, {
    field: 'measureId',
    value: id,
    messageZh: `measureId：${JSON.stringify(id)} 不是预案第三部分的措施（应如 orange.mandatory.3）`,
  });
}

/** The measures a level's own subsection lists, in document order. */
export function listedMeasures(level: AlertColour): Measure[] {
  return MEASURES.filter((m) => m.level === level);
}

/** A measure in force at a level, and where it comes from. */
export interface EffectiveMeasure {
  readonly measure: Measure;
  /** The level whose subsection lists it. */
  readonly listedAt: AlertColour;
  /** True when a lower level lists it and this level neither restates nor replaces it (D-29-8). */
  readonly inherited: boolean;
}

const GROUP_ORDER: readonly MeasureGroup[] = MEASURE_GROUPS.map((g) => g.group);

/**
 * Every measure in force at a level: the level's own list, then the lower levels' measures it does
 * not restate or replace (D-29-8), grouped as the document groups them. Empty for `none`.
 */
export function measuresFor(level: AlertLevel): EffectiveMeasure[] {
  const byFamily = new Map<MeasureFamily, Measure>();
  for (const colour of ALERT_COLOURS.slice(0, levelRank(level))) {
    for (const m of listedMeasures(colour)) byFamily.set(m.family, m);
  }
  return [...byFamily.values()]
    .map((measure) => ({ measure, listedAt: measure.level, inherited: measure.level !== level }))
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.measure.group) - GROUP_ORDER.indexOf(b.measure.group) ||
        Number(a.inherited) - Number(b.inherited) ||
        MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure),
    );
}

/** A measure of one family before and after a change of level. */
export interface MeasurePair {
  readonly family: MeasureFamily;
  readonly before: Measure;
  readonly after: Measure;
}
/** What a change of alert level adds, removes, rewords and keeps. */
export interface MeasureChanges {
  readonly from: AlertLevel;
  readonly to: AlertLevel;
  readonly direction: 'raise' | 'lower' | 'same';
  /** In force after, not before. */
  readonly added: readonly Measure[];
  /** In force before, not after. */
  readonly removed: readonly Measure[];
  /** In force both times in different words, group or leads (e.g. 减少 → 停止户外活动). */
  readonly changed: readonly MeasurePair[];
  /** In force both times with the same words, group and leads. */
  readonly unchanged: readonly MeasurePair[];
}

function sameMeasure(a: Measure, b: Measure): boolean {
  const codes = (m: Measure) => m.leads.map((l) => l.code).join(',');
  return a.text.zh === b.text.zh && a.group === b.group && codes(a) === codes(b);
}

/** What changes when an alert goes from one level to another (`none` for no alert). */
export function measureChanges(from: AlertLevel, to: AlertLevel): MeasureChanges {
  const before = new Map(measuresFor(from).map((e) => [e.measure.family, e.measure]));
  const after = measuresFor(to).map((e) => e.measure);
  const afterFamilies = new Set(after.map((m) => m.family));
  const pairs = after.flatMap((m): MeasurePair[] => {
    const b = before.get(m.family);
    return b ? [{ family: m.family, before: b, after: m }] : [];
  });
  const diff = levelRank(to) - levelRank(from);
  return {
    from,
    to,
    direction: diff > 0 ? 'raise' : diff < 0 ? 'lower' : 'same',
    added: after.filter((m) => !before.has(m.family)),
    removed: [...before.values()].filter((m) => !afterFamilies.has(m.family)),
    changed: pairs.filter((p) => !sameMeasure(p.before, p.after)),
    unchanged: pairs.filter((p) => sameMeasure(p.before, p.after)),
  };
}
