/**
 * @module services/alerts/views
 * Alerts as the API, CLI and UI show them: the officers' view with events and receipt counts,
 * and the public view with the measures of the level and the driving rules in both languages.
 */
import type { Citation } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { getDepartment } from '../../policies/departments.ts';
import { measuresFor } from '../../policies/jingjiguanfa-2023-29/measures.ts';
import {
  type AlertColour,
  RESPONSES,
  type ResponseLevel,
} from '../../policies/jingjiguanfa-2023-29/response.ts';
import type { AirAlertEventRow, AirAlertRow } from '../../store/schema.ts';

export const LEVEL_LABELS: Readonly<Record<AlertColour, Bilingual>> = {
  yellow: { zh: '黄色预警', en: 'Yellow alert' },
  orange: { zh: '橙色预警', en: 'Orange alert' },
  red: { zh: '红色预警', en: 'Red alert' },
};

/** Display colours of the three levels (the plan names the colours; the RGB values are the UI's). */
export const LEVEL_COLOURS: Readonly<
  Record<AlertColour, { name: Bilingual; rgb: [number, number, number] }>
> = {
  yellow: { name: { zh: '黄色', en: 'Yellow' }, rgb: [255, 204, 0] },
  orange: { name: { zh: '橙色', en: 'Orange' }, rgb: [255, 126, 0] },
  red: { name: { zh: '红色', en: 'Red' }, rgb: [220, 0, 0] },
};

export interface AlertEventView {
  readonly seq: number;
  readonly kind: string;
  readonly fromLevel: string | null;
  readonly toLevel: string | null;
  readonly at: string;
  readonly actor: string;
  readonly number: string | null;
  readonly note: string | null;
}

export interface AlertView {
  readonly id: number;
  readonly number: string;
  readonly level: AlertColour;
  readonly levelLabel: Bilingual;
  readonly status: 'active' | 'lifted';
  readonly source: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly issuedAt: string;
  readonly liftedAt: string | null;
  readonly response: ResponseLevel | null;
  readonly command: Bilingual | null;
  readonly duty: Bilingual | null;
  readonly events: readonly AlertEventView[];
  readonly receipts: { total: number; acknowledged: number; pending: number };
}

export function eventView(e: AirAlertEventRow): AlertEventView {
  return {
    seq: e.seq,
    kind: e.kind,
    fromLevel: e.from_level,
    toLevel: e.to_level,
    at: e.at,
    actor: e.actor,
    number: e.number,
    note: e.note,
  };
}

export function alertView(
  a: AirAlertRow,
  events: readonly AirAlertEventRow[],
  receipts: { total: number; acknowledged: number },
): AlertView {
  const level = a.level as AlertColour;
  const r = a.status === 'active' ? RESPONSES[level] : null;
  return {
    id: a.id,
    number: a.number,
    level,
    levelLabel: LEVEL_LABELS[level],
    status: a.status as 'active' | 'lifted',
    source: a.source,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    issuedAt: a.issued_at,
    liftedAt: a.lifted_at,
    response: r?.response ?? null,
    command: r?.command.by ?? null,
    duty: r?.duty ?? null,
    events: events.map(eventView),
    receipts: { ...receipts, pending: receipts.total - receipts.acknowledged },
  };
}

export interface MeasureView {
  readonly id: string;
  readonly group: string;
  readonly text: Bilingual;
  readonly clause: string;
  readonly leads: readonly { code: string; name: Bilingual }[];
}

export interface PublicAlertView {
  readonly id: number;
  readonly number: string;
  readonly level: AlertColour;
  readonly levelLabel: Bilingual;
  readonly colour: { name: Bilingual; rgb: [number, number, number] };
  readonly response: ResponseLevel;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly issuedAt: string;
  readonly updatedAt: string;
  readonly measures: { health: MeasureView[]; advisory: MeasureView[]; mandatory: MeasureView[] };
  readonly driving: { zh: string[]; en: string[] };
  readonly citations: readonly Citation[];
}

/** Orange's driving rules in plain words (the rules themselves, with citations, are in vehicles.ts). */
const ORANGE_DRIVING = {
  zh: [
    '国一和国二排放标准轻型汽油车（含驾校教练车）禁止上路行驶。',
    '建筑垃圾、渣土、砂石运输车辆禁止上路行驶（纯电动和氢燃料电池汽车除外）。',
    '本市核发号牌（含临时号牌）的国四排放标准柴油载货汽车停止上路行驶（保障物资运输、整车运送鲜活农产品的除外）。',
  ],
  en: [
    'China I and II light-duty gasoline vehicles (driving-school cars included) may not drive.',
    'Construction-waste, muck and sand-gravel trucks may not drive (pure electric and fuel-cell excepted).',
    'Beijing-plated (temporary plates included) China IV diesel trucks stop (confirmed supply and fresh-produce transport excepted).',
  ],
};

/** The driving rules of each level in plain words. */
const DRIVING: Readonly<Record<AlertColour, { zh: string[]; en: string[] }>> = {
  yellow: {
    zh: ['本预案对黄色预警未规定机动车禁行措施；倡导绿色出行，减少机动车上路行驶。'],
    en: [
      'The plan sets no driving ban for a yellow alert; residents are asked to travel green and drive less.',
    ],
  },
  orange: ORANGE_DRIVING,
  red: {
    zh: [
      ...ORANGE_DRIVING.zh,
      '国三及以上排放标准机动车（含驾校教练车）按单双号行驶（纯电动、氢燃料电池汽车除外）；本市公务用车在单双号行驶基础上再停驶车辆总数的30%。',
    ],
    en: [
      ...ORANGE_DRIVING.en,
      'China III and above vehicles drive on odd or even days by the last digit of the plate (pure electric and fuel-cell excepted); Beijing official fleets stop a further 30% of their vehicles.',
    ],
  },
};

function measureView(m: ReturnType<typeof measuresFor>[number]['measure']): MeasureView {
  return {
    id: m.id,
    group: m.group,
    text: m.text,
    clause: m.clause,
    leads: m.leads.map((l) => ({ code: l.code, name: safeName(l.code, l.name) })),
  };
}

function safeName(code: string, fallback: Bilingual): Bilingual {
  try {
    return getDepartment(code).name;
  } catch {
    return fallback;
  }
}

export function publicAlertView(a: AirAlertRow): PublicAlertView {
  const level = a.level as AlertColour;
  const groups: PublicAlertView['measures'] = { health: [], advisory: [], mandatory: [] };
  for (const { measure } of measuresFor(level))
    groups[measure.group as keyof typeof groups].push(measureView(measure));
  const r = RESPONSES[level];
  return {
    id: a.id,
    number: a.number,
    level,
    levelLabel: LEVEL_LABELS[level],
    colour: LEVEL_COLOURS[level],
    response: r.response,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    issuedAt: a.issued_at,
    updatedAt: a.updated_at,
    measures: groups,
    driving: DRIVING[level],
    citations: r.citations,
  };
}
