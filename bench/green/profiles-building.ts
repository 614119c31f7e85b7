/**
 * @module bench/green/profiles-building
 * Synthetic own facts of the green-building items (23, 24, and 25, 27 for the grant run) and of the
 * other 免申即享 items the grant run lists (11, 22). Boundary cases: the 500万 project cap hit
 * exactly, 3,000 m² single buildings, saving rates at the target and at the (exclusive) floor,
 * the 50%-of-investment room used up, and the facts whose absence leaves a case for review.
 */
import type { Gen } from './gen.ts';
import { yuanText } from './gen.ts';
import { type Facts, projectFacts } from './profiles.ts';

function projectLocation(g: Gen): string {
  return g.weighted([
    ['etdz_60', 65],
    ['yizhuang_225', 28],
    ['outside', 7],
  ]);
}

export function item23Facts(g: Gen): Facts {
  const scheme = g.weighted([
    ['jingjianfa_2020_4', 45],
    ['jingjianfa_2023_191', 45],
    ['none', 10],
  ]);
  const rating = g.weighted<string | undefined>([
    ['two_star', 45],
    ['three_star', 40],
    ['one_star', 8],
    ['none', 3],
    [undefined, 4],
  ]);
  // 62,500 m² at 80 元 and 100,000 m² at 50 元 are exactly the 500万 cap.
  const area = g.weighted<() => string>([
    [() => '62500', 2],
    [() => '100000', 2],
    [() => '83333.34', 1],
    [() => g.decimal(1_000, 150_000, 2, true), 95],
  ])();
  const municipal = g.chance(0.04) ? undefined : g.chance(0.02) ? '0' : yuanText(g.fen(10_000, 8_000_000));
  return {
    municipalGreenBuildingAward: scheme,
    ...(scheme === 'jingjianfa_2020_4' && rating !== undefined ? { starRating: rating } : {}),
    ...(scheme !== 'jingjianfa_2020_4' && g.chance(0.1) ? { starRating: 'two_star' } : {}),
    implementedAreaM2: area,
    ...(scheme === 'jingjianfa_2023_191' && municipal !== undefined ? { municipalAwardYuan: municipal } : {}),
    projectLocation: projectLocation(g),
    ...projectFacts(g, g.fen(1_000_000, 300_000_000)),
  };
}

export function item24Facts(g: Gen): Facts {
  const large = g.chance(0.35);
  const [target, floor] = large ? [20, 15] : [15, 10];
  const rate = g.weighted<() => string>([
    [() => String(target), 8],
    [() => `${target}.00`, 2],
    [() => String(floor), 5],
    [() => `${floor}.01`, 4],
    [() => g.decimal(floor, target, 2), 41],
    [() => g.decimal(target, 35, 2), 30],
    [() => g.decimal(3, floor, 2), 10],
  ])();
  const single = g.weighted<() => string>([
    [() => '3000', 5],
    [() => '2999.99', 2],
    [() => g.decimal(3_000, 80_000, 2, true), 88],
    [() => g.decimal(500, 3_000, 1), 5],
  ])();
  const base = (Number(single) * (1 + 2 * g.float())).toFixed(g.int(0, 2));
  const municipalFen = g.chance(0.02) ? 0 : g.fen(20_000, 3_000_000);
  // The investment: usually ample; sometimes so small that 50% of it barely covers the municipal award.
  const room = g.weighted<() => number>([
    [() => g.fen(5_000_000, 100_000_000), 80],
    [() => 2 * municipalFen + g.int(0, 2 * municipalFen), 15],
    [() => Math.max(100, municipalFen + g.int(0, municipalFen)), 5],
  ])();
  const location = projectLocation(g);
  const reviewed = g.weighted<boolean | undefined>([
    [true, 80],
    [false, 10],
    [undefined, 10],
  ]);
  return {
    publicBuilding: !g.chance(0.04),
    buildingClass: large ? 'large' : 'ordinary',
    singleBuildingAreaM2: single,
    baseAreaM2: base,
    energySavingRatePercent: rate,
    municipalRetrofitAwardReceived: !g.chance(0.05),
    municipalAwardYuan: yuanText(municipalFen),
    comprehensiveAcceptancePassed: !g.chance(0.05),
    inMunicipalProjectLibrary: !g.chance(0.05),
    ...(location === 'yizhuang_225' && reviewed !== undefined
      ? { reviewedByEtownBeforeSubmission: reviewed }
      : {}),
    projectLocation: location,
    ...projectFacts(g, room),
  };
}

/** 三（二十五）: ultra-low-energy buildings (grant run only). */
export function item25Facts(g: Gen): Facts {
  return {
    municipalUltraLowEnergyAwardReceived: !g.chance(0.05),
    municipalAwardYuan: yuanText(g.fen(100_000, 15_000_000)),
    buildingAreaM2: g.chance(0.02) ? '50000' : g.decimal(2_000, 120_000, 2, true),
    projectLocation: projectLocation(g),
    ...projectFacts(g, g.fen(5_000_000, 500_000_000)),
  };
}

/** 三（二十七）: green construction sites (grant run only). */
export function item27Facts(g: Gen, row: number): Facts {
  const model = g.chance(0.3);
  return {
    siteRef: `[2023]施建字${String(row).padStart(7, '0')}号`,
    greenSafeSiteTitle: !model || g.chance(0.4),
    modelSiteTitle: model,
    penalisedForEnvironmentalIssues: g.chance(0.04),
    municipalWrittenNoticeForEnvironmentalIssues: g.chance(0.03),
    siteCompleted: !g.chance(0.06),
    projectLocation: projectLocation(g),
  };
}

/** 二（二十二）: key energy users graded excellent (grant run only). */
export function item22Facts(g: Gen): Facts {
  return {
    keyEnergyUser: !g.chance(0.03),
    assessmentYear: g.pick([2022, 2023, 2024]),
    grade: g.chance(0.8) ? 'excellent' : 'other',
  };
}

/** 一（十一）: water-efficiency leaders (grant run only). */
export function item11Facts(g: Gen): Facts {
  return { selectedAsWaterEfficiencyLeader: !g.chance(0.03), publicisedByMiit: !g.chance(0.04) };
}
