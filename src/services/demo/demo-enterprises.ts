/**
 * @module services/demo/demo-enterprises
 * A synthetic E-Town: enterprises with valid credit codes, locations, industries and the flags the
 * policies look at (high-tech, SRDI, pollution performance grade). Pure and deterministic — a seed
 * in, the same list out — so the database seeding (done elsewhere) and the tests agree. Every
 * name carries 【演示】/[DEMO]; see {@link DEMO_LABEL}.
 */

import { invalidInput } from '../../engine/errors.ts';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../engine/identifiers.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { addDays, type CalendarDate, daysBetween } from '../../engine/period.ts';
import { Random } from './random.ts';
import {
  BRAND_WORDS,
  DEMO_INDUSTRIES,
  DEMO_NAME_PREFIX,
  type DemoArea,
  type DemoIndustry,
  ETDZ_60_BOX,
  ETDZ_REGION_CODE,
  type GeoBox,
  INVESTOR_COUNTRIES,
  inBox,
  OUTSIDE_DISTRICTS,
  YIZHUANG_225_BOX,
} from './vocabulary.ts';

/** Enterprise size class (MIIT 2011 thresholds for industry by employees: ≥1000, 300–999, 20–299, <20). */
export type EnterpriseScale = 'large' | 'medium' | 'small' | 'micro';
/** 32号 第一条: national 专精特新“小巨人” or Beijing 专精特新中小企业. */
export type SrdiStatus = 'national_little_giant' | 'beijing_srdi';
/** Heavy-pollution performance grade (绩效分级), A–D, or 引领性/非引领性 for lines without A–D. */
export type PerformanceGrade = 'A' | 'B' | 'C' | 'D' | 'leading' | 'non_leading';

/** One synthetic enterprise. */
export interface DemoEnterprise {
  /** `demo-ent-0001`, stable for a given seed and count. */
  readonly id: string;
  readonly synthetic: true;
  /** Valid GB 32100 code, checksum OK; positions 3–8 `110302` inside the new town. */
  readonly creditCode: string;
  /** `【演示】亦庄星河精密制造有限公司`. */
  readonly name: string;
  readonly nameEn: string;
  readonly area: DemoArea;
  readonly location: { readonly lat: number; readonly lng: number };
  readonly industry: { readonly code: string; readonly name: Bilingual };
  readonly foreignInvested: boolean;
  /** ISO 3166-1 alpha-2 of the foreign investor (see `INVESTOR_COUNTRIES`); null when domestic. */
  readonly investorCountry: string | null;
  readonly scale: EnterpriseScale;
  readonly employees: number;
  readonly registeredOn: CalendarDate;
  readonly flags: {
    readonly highTech: boolean;
    readonly srdi: SrdiStatus | null;
    readonly performanceGrade: PerformanceGrade | null;
  };
}

/** The default size and seed (the seed is 31号's signing date). */
export const DEMO_DEFAULTS = { count: 300, seed: 20231124 } as const;
/** Share of enterprises per area; counts are rounded and the rest goes `outside`. */
export const DEMO_AREA_SHARES: Readonly<Record<DemoArea, number>> = {
  etdz_60: 0.6,
  yizhuang_225: 0.3,
  outside: 0.1,
};
const MAX_COUNT = 20_000;
const FIRST_DAY = '1992-04-01' as CalendarDate; // E-Town's first year
const LAST_DAY = '2023-10-31' as CalendarDate; // before the gazette's documents
const UNIFIED_CODES_FROM = '2015-10-01' as CalendarDate; // codes issued afterwards carry an MA… subject

const SCALES: readonly (readonly [EnterpriseScale, number])[] = [
  ['large', 5],
  ['medium', 15],
  ['small', 35],
  ['micro', 45],
];
const EMPLOYEES: Readonly<Record<EnterpriseScale, readonly [number, number]>> = {
  large: [1000, 6000],
  medium: [300, 999],
  small: [20, 299],
  micro: [3, 19],
};
const GRADES: readonly (readonly [PerformanceGrade, number])[] = [
  ['A', 10],
  ['B', 25],
  ['C', 30],
  ['D', 15],
  ['leading', 10],
  ['non_leading', 10],
];

/**
 * Generates `count` synthetic enterprises from `seed`: about 60% `etdz_60`, 30% `yizhuang_225`,
 * 10% `outside` (exact quotas, shuffled), ~15% foreign-invested, unique names and credit codes.
 * @throws ZC_ERR_INVALID_INPUT when `count` is not an integer in 0–20000 or `seed` not an integer.
 */
export function generateDemoEnterprises(
  count: number = DEMO_DEFAULTS.count,
  seed: number = DEMO_DEFAULTS.seed,
): DemoEnterprise[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw invalidInput(
      'count',
      count,
      `must be an integer from 0 to ${MAX_COUNT}`,
      `应为 0 至 ${MAX_COUNT} 的整数`,
    );
  }
  if (!Number.isSafeInteger(seed)) throw invalidInput('seed', seed, 'must be an integer', '应为整数');
  const rng = new Random(seed);
  const nEtdz = Math.round(count * DEMO_AREA_SHARES.etdz_60);
  const nNewTown = Math.round(count * DEMO_AREA_SHARES.yizhuang_225);
  const areas = rng.shuffle<DemoArea>([
    ...Array<DemoArea>(nEtdz).fill('etdz_60'),
    ...Array<DemoArea>(nNewTown).fill('yizhuang_225'),
    ...Array<DemoArea>(Math.max(0, count - nEtdz - nNewTown)).fill('outside'),
  ]);
  const names = new Set<string>();
  return areas.map((area, i) => enterprise(rng, i, area, names));
}

function enterprise(rng: Random, index: number, area: DemoArea, names: Set<string>): DemoEnterprise {
  const ind = rng.weighted(DEMO_INDUSTRIES.map((x) => [x, x.weight] as const));
  const district = area === 'outside' ? rng.pick(OUTSIDE_DISTRICTS) : null;
  const location =
    area === 'etdz_60' ? point(rng, ETDZ_60_BOX) : district ? point(rng, district.box) : newTownPoint(rng);
  const foreignInvested = rng.chance(0.15);
  const investorCountry = foreignInvested
    ? rng.weighted(INVESTOR_COUNTRIES.map((c) => [c.code, c.weight] as const))
    : null;
  const scale = rng.weighted(SCALES);
  const [minEmp, maxEmp] = EMPLOYEES[scale];
  const span = daysBetween(FIRST_DAY, LAST_DAY);
  const registeredOn = addDays(FIRST_DAY, Math.floor(span * Math.sqrt(rng.float()))); // skewed to recent years
  const highTech = rng.chance(scale === 'micro' ? ind.highTech / 2 : ind.highTech);
  const srdiDraw = rng.float();
  const srdi: SrdiStatus | null =
    scale === 'large'
      ? null
      : srdiDraw < (highTech ? 0.08 : 0.02)
        ? 'national_little_giant'
        : srdiDraw < 0.2
          ? 'beijing_srdi'
          : null;
  const performanceGrade = ind.graded && scale !== 'micro' && rng.chance(0.45) ? rng.weighted(GRADES) : null;
  const { name, nameEn } = uniqueName(rng, ind, area, foreignInvested, names, index);
  const region = district ? district.regionCode : ETDZ_REGION_CODE;
  return {
    id: `demo-ent-${String(index + 1).padStart(4, '0')}`,
    synthetic: true,
    creditCode: creditCode(rng, region, index, registeredOn),
    name,
    nameEn,
    area,
    location,
    industry: { code: ind.code, name: ind.name },
    foreignInvested,
    investorCountry,
    scale,
    employees: rng.int(minEmp, maxEmp),
    registeredOn,
    flags: { highTech, srdi, performanceGrade },
  };
}

/** A point in the box, to 6 decimals (about 0.1 m). */
function point(rng: Random, b: GeoBox): { lat: number; lng: number } {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { lat: round(rng.between(b.minLat, b.maxLat)), lng: round(rng.between(b.minLng, b.maxLng)) };
}
/** A point in the new town but outside the core (rejection sampling; the core is a small part). */
function newTownPoint(rng: Random): { lat: number; lng: number } {
  for (;;) {
    const p = point(rng, YIZHUANG_225_BOX);
    if (!inBox(ETDZ_60_BOX, p)) return p;
  }
}

function uniqueName(
  rng: Random,
  ind: DemoIndustry,
  area: DemoArea,
  foreign: boolean,
  names: Set<string>,
  index: number,
): { name: string; nameEn: string } {
  for (let attempt = 0; ; attempt++) {
    const [brand, brandEn] = rng.pick(BRAND_WORDS);
    const [word, wordEn] = rng.pick(ind.words);
    const joint = !foreign && rng.chance(0.15);
    const [suffix, suffixEn] = joint ? ['股份有限公司', 'Corp., Ltd.'] : ['有限公司', 'Co., Ltd.'];
    const yizhuang = area !== 'outside' && rng.chance(0.6);
    // After 20 collisions, number the brand so that the loop always ends.
    const n = attempt < 20 ? '' : String(index + 1);
    const zh = foreign
      ? `${brand}${n}（北京）${word}${suffix}`
      : `${yizhuang ? '亦庄' : '北京'}${brand}${n}${word}${suffix}`;
    if (names.has(zh)) continue;
    names.add(zh);
    const en = foreign
      ? `${brandEn}${n} (Beijing) ${wordEn} ${suffixEn}`
      : `${yizhuang ? 'Yizhuang' : 'Beijing'} ${brandEn}${n} ${wordEn} ${suffixEn}`;
    return { name: `${DEMO_NAME_PREFIX.zh}${zh}`, nameEn: `${DEMO_NAME_PREFIX.en}${en}` };
  }
}

/**
 * `91` (工商, 企业) + region + subject code + GB 32100 check. The subject is a GB 11714 organisation
 * code: 8 digits for enterprises registered before unified codes, `MA…` after; the index makes it
 * unique (3 base-31 characters, or 5 digits) and the ninth character is the GB 11714 check.
 */
function creditCode(rng: Random, region: string, index: number, registeredOn: CalendarDate): string {
  // Scramble the index bijectively (7919 is prime, coprime to 10^5 and 31^3) so codes look varied.
  const body =
    registeredOn < UNIFIED_CODES_FROM
      ? `${rng.int(100, 799)}${String((index * 7919 + 4021) % 100_000).padStart(5, '0')}`
      : `MA${rng.int(0, 9)}${rng.pick([...CREDIT_CODE_CHARSET])}${rng.pick([...CREDIT_CODE_CHARSET])}${base31((index * 7919 + 4021) % 29_791)}`;
  const first17 = `91${region}${body}${orgCodeCheck(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
function base31(n: number): string {
  const c = (k: number) => CREDIT_CODE_CHARSET.charAt(k);
  return c(Math.floor(n / 961) % 31) + c(Math.floor(n / 31) % 31) + c(n % 31);
}
/** GB 11714-1997: weights 3,7,9,10,5,8,4,2; check 11 − Σ mod 11, with 10 → X and 11 → 0. */
export function orgCodeCheck(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8.charAt(i), 36) * w[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
