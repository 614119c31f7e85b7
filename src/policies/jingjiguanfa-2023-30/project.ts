/**
 * @module policies/jingjiguanfa-2023-30/project
 * A building project as 30号 sees it, and what the document requires of it: the minimum green
 * rating (四(一)), the three stars "in principle" for government-invested public-welfare buildings
 * (四(一), 六(十三)) and the ultra-low-energy standard (四(二) required; 三(二), 六(十三) in principle).
 * Pure: the rule (`rating-requirement.ts`) and the stage gates (`gates.ts`) both read it.
 */
import type { Citation } from '../../engine/citation.ts';
import type { Bilingual } from '../../engine/messages.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  LAND_CENTRE_CITATION,
  NEW_CIVIL_MIN_STARS,
  NEW_INDUSTRIAL_MIN_STARS,
  REBUILT_MIN_STARS,
  ULE_CITATION,
  ULE_PRINCIPLE_CITATION,
  WELFARE_STARS_IN_PRINCIPLE,
} from './parameters.ts';

export const LOCATIONS = ['etdz_60', 'yizhuang_225', 'outside'] as const;
/** Where the project is built (policy-notes: `etdz_60`, `yizhuang_225`, `outside`). */
export type Location = (typeof LOCATIONS)[number];
export const PROJECT_KINDS = ['new', 'rebuilt', 'expanded'] as const;
/** 二: 新建、改建和扩建. */
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const BUILDING_CLASSES = ['civil', 'industrial'] as const;
/** 民用 or 工业 (D-30-5: an office or living building in a plant is civil). */
export type BuildingClass = (typeof BUILDING_CLASSES)[number];
export const INVESTORS = ['government', 'government_mainly', 'social'] as const;
/** 政府投资, 以政府投资为主, or social (enterprise) investment (D-30-6). */
export type Investor = (typeof INVESTORS)[number];

/** Public-building uses the text names (四(二), 六(九), 六(十)), then "等". */
export const PUBLIC_USES = [
  'school',
  'kindergarten',
  'hospital',
  'elderly_home',
  'museum',
  'library',
  'office',
  'commercial',
  'other_public',
] as const;
/** The residential buildings of 四(二) ("集中建设的公租房、专家公寓、人才公寓等居住建筑"). */
export const APARTMENT_USES = ['public_rental_housing', 'expert_apartment', 'talent_apartment'] as const;
export const BUILDING_USES = [...PUBLIC_USES, ...APARTMENT_USES, 'other_residential', 'industrial'] as const;
export type BuildingUse = (typeof BUILDING_USES)[number];
/** Uses the text itself calls public-welfare: 四(二) "学校、博物馆、图书馆等", 六(九) "医院、学校、幼儿园、养老院等" (D-30-8). */
export const WELFARE_USES: readonly BuildingUse[] = [
  'school',
  'kindergarten',
  'hospital',
  'elderly_home',
  'museum',
  'library',
];

export const USE_LABELS: Readonly<Record<BuildingUse, Bilingual>> = {
  school: { zh: '学校', en: 'School' },
  kindergarten: { zh: '幼儿园', en: 'Kindergarten' },
  hospital: { zh: '医院', en: 'Hospital' },
  elderly_home: { zh: '养老院', en: 'Home for the elderly' },
  museum: { zh: '博物馆', en: 'Museum' },
  library: { zh: '图书馆', en: 'Library' },
  office: { zh: '办公楼', en: 'Office building' },
  commercial: { zh: '商超、餐饮、商业综合体等', en: 'Shops, restaurants, commercial complexes' },
  other_public: { zh: '其他公共建筑', en: 'Other public building' },
  public_rental_housing: { zh: '公租房', en: 'Public rental housing' },
  expert_apartment: { zh: '专家公寓', en: 'Expert apartments' },
  talent_apartment: { zh: '人才公寓', en: 'Talent apartments' },
  other_residential: { zh: '其他居住建筑', en: 'Other residential building' },
  industrial: { zh: '工业建筑（厂房、仓库等）', en: 'Industrial building (plant, warehouse)' },
};

/** The facts of a project that decide its requirement. */
export interface ProjectFacts {
  readonly location: Location;
  readonly projectKind: ProjectKind;
  readonly buildingClass: BuildingClass;
  readonly use: BuildingUse;
  readonly investor: Investor;
  /** 集中建设: built centrally (for residential uses). */
  readonly centrallyBuilt?: boolean;
  /** 公益性建筑, for uses the text does not classify itself (D-30-8). */
  readonly publicWelfare?: boolean;
}

/** A green rating: the standard (绿色建筑 or 绿色工业建筑) and its star level. */
export type RatingCode =
  | 'one_star'
  | 'two_star'
  | 'three_star'
  | 'industrial_one_star'
  | 'industrial_two_star'
  | 'industrial_three_star';

/** The ultra-low-energy standard: required, in principle, or not required. */
export type UltraLowEnergyLevel = 'required' | 'in_principle' | 'not_required';

/** What the document requires of one project; `null` where a fact needed is missing. */
export interface RatingRequirement {
  readonly standard: 'green_building' | 'green_industrial_building';
  /** The firm minimum ("及以上": the plan may be higher). */
  readonly minimumStars: number;
  readonly minimumRating: RatingCode;
  readonly minimumCitation: Citation;
  /** Public-welfare building (D-30-8). */
  readonly publicWelfare: boolean | null;
  /** Three stars in principle (四(一), 六(十三); D-30-7, D-30-9). */
  readonly threeStarInPrinciple: boolean | null;
  readonly inPrincipleStars: number;
  readonly ultraLowEnergy: UltraLowEnergyLevel | null;
  /** The clauses that make the ultra-low-energy standard required or expected. */
  readonly ultraLowEnergyCitations: readonly Citation[];
}

const STAR_NAMES = ['one', 'two', 'three'] as const;

/** The rating code of `stars` on a class's standard. */
export function ratingCode(buildingClass: BuildingClass, stars: number): RatingCode {
  const name = STAR_NAMES[Math.min(Math.max(stars, 1), 3) - 1]!;
  return (buildingClass === 'industrial' ? `industrial_${name}_star` : `${name}_star`) as RatingCode;
}

export const RATING_LABELS: Readonly<Record<RatingCode, Bilingual>> = {
  one_star: { zh: '绿色建筑一星级', en: 'one-star green building' },
  two_star: { zh: '绿色建筑二星级', en: 'two-star green building' },
  three_star: { zh: '绿色建筑三星级', en: 'three-star green building' },
  industrial_one_star: { zh: '绿色工业建筑一星级', en: 'one-star green industrial building' },
  industrial_two_star: { zh: '绿色工业建筑二星级', en: 'two-star green industrial building' },
  industrial_three_star: { zh: '绿色工业建筑三星级', en: 'three-star green industrial building' },
};

/** Public-welfare: by the text for the uses it lists, else the fact; unknown for `other_public` (D-30-8). */
export function publicWelfareOf(f: ProjectFacts): boolean | null {
  if (WELFARE_USES.includes(f.use)) return true;
  if (f.publicWelfare !== undefined) return f.publicWelfare;
  return f.use === 'other_public' ? null : false;
}

const isPublic = (u: BuildingUse): boolean => (PUBLIC_USES as readonly string[]).includes(u);
const isApartment = (u: BuildingUse): boolean => (APARTMENT_USES as readonly string[]).includes(u);

/** `a || b` in three-valued logic (`null` = unknown). */
function or3(...xs: readonly (boolean | null)[]): boolean | null {
  if (xs.includes(true)) return true;
  return xs.includes(null) ? null : false;
}

/** "集中建设的…" when the use is residential; unknown when the fact is missing (D-30-14). */
function central(f: ProjectFacts, uses: (u: BuildingUse) => boolean): boolean | null {
  if (!uses(f.use)) return false;
  return f.centrallyBuilt ?? null;
}

/**
 * The ultra-low-energy level (D-30-10, D-30-11): required for new government(-mainly) public buildings
 * and centrally built public-rental, expert and talent apartments (四(二)); in principle for
 * government(-mainly) public buildings and centrally built residential buildings of any kind (三(二))
 * and for every wholly government-invested project (六(十三)).
 */
export function ultraLowEnergyOf(f: ProjectFacts): {
  level: UltraLowEnergyLevel | null;
  citations: Citation[];
} {
  const govOrMainly = f.investor !== 'social';
  const publicGov = govOrMainly && isPublic(f.use);
  const required = f.projectKind === 'new' ? or3(publicGov, central(f, isApartment)) : false;
  const residential = (u: BuildingUse) => isApartment(u) || u === 'other_residential';
  const principle32 = or3(publicGov, central(f, residential));
  const principle613 = f.investor === 'government';
  if (required === true) return { level: 'required', citations: [ULE_CITATION] };
  const citations: Citation[] = [];
  if (principle32 === true) citations.push(ULE_PRINCIPLE_CITATION);
  if (principle613) citations.push(LAND_CENTRE_CITATION);
  // An unknown "集中建设" could make it required (四(二)): undecided even if expected in principle.
  if (required === null) return { level: null, citations: [ULE_CITATION, ...citations] };
  if (citations.length > 0) return { level: 'in_principle', citations };
  if (principle32 === null) return { level: null, citations: [ULE_PRINCIPLE_CITATION] };
  return { level: 'not_required', citations: [] };
}

/** What 30号 requires of a project in scope, with the parameters in force on `asOf`. */
export function ratingRequirement(f: ProjectFacts, asOf: CalendarDate): RatingRequirement {
  const min = valueAt(
    f.projectKind !== 'new'
      ? REBUILT_MIN_STARS
      : f.buildingClass === 'industrial'
        ? NEW_INDUSTRIAL_MIN_STARS
        : NEW_CIVIL_MIN_STARS,
    asOf,
  );
  const welfare = publicWelfareOf(f);
  // "政府投资的公益性建筑": wholly government-invested (D-30-6), civil buildings only (D-30-9).
  const threeStar =
    f.buildingClass !== 'civil' || f.investor !== 'government' ? false : welfare === null ? null : welfare;
  const ule = ultraLowEnergyOf(f);
  return {
    standard: f.buildingClass === 'industrial' ? 'green_industrial_building' : 'green_building',
    minimumStars: min.value,
    minimumRating: ratingCode(f.buildingClass, min.value),
    minimumCitation: min.citation,
    publicWelfare: welfare,
    threeStarInPrinciple: threeStar,
    inPrincipleStars: valueAt(WELFARE_STARS_IN_PRINCIPLE, asOf).value,
    ultraLowEnergy: ule.level,
    ultraLowEnergyCitations: ule.citations,
  };
}

export const LOCATION_LABELS: Readonly<Record<Location, Bilingual>> = {
  etdz_60: { zh: '经开区60平方公里范围内', en: 'the 60 km² E-Town core' },
  yizhuang_225: {
    zh: '亦庄新城225平方公里范围内（60平方公里以外）',
    en: 'the 225 km² new town outside the core',
  },
  outside: { zh: '亦庄新城225平方公里范围以外', en: 'outside the 225 km² new town' },
};
export const KIND_LABELS: Readonly<Record<ProjectKind, Bilingual>> = {
  new: { zh: '新建', en: 'New' },
  rebuilt: { zh: '改建', en: 'Rebuilt' },
  expanded: { zh: '扩建', en: 'Expanded' },
};
export const CLASS_LABELS: Readonly<Record<BuildingClass, Bilingual>> = {
  civil: { zh: '民用建筑', en: 'civil' },
  industrial: { zh: '工业建筑', en: 'industrial' },
};
export const INVESTOR_LABELS: Readonly<Record<Investor, Bilingual>> = {
  government: { zh: '政府投资', en: 'government' },
  government_mainly: { zh: '以政府投资为主', en: 'mainly government' },
  social: { zh: '社会投资', en: 'social (enterprise)' },
};
export const ULE_LABELS: Readonly<Record<UltraLowEnergyLevel, Bilingual>> = {
  required: { zh: '须按超低能耗建筑标准建设', en: 'required' },
  in_principle: { zh: '原则上按超低能耗建筑标准建设', en: 'expected in principle' },
  not_required: { zh: '不要求按超低能耗建筑标准建设', en: 'not required' },
};
