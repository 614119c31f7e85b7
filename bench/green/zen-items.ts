/**
 * @module bench/green/zen-items
 * 31号 items 1, 3, 13, 16, 17, 23 and 24 as ZEN decision graphs: rate schedules as decision tables,
 * vehicle lists through loop-mode nodes, amounts in ZEN's exact decimals, rounded to the fen.
 *
 * Item 13 counts, per category, the smaller of qualifying retired and new vehicles, and the new
 * vehicles with the highest awards count. ZEN has no sort, so the sum of the n highest awards is
 * taken as min over t in the awards of n·t + Σ max(award − t, 0) — the same number (the n-th
 * highest award minimises it), computed in a loop-mode node that sees each award's peers.
 */
import type { SubsetItem } from './profiles.ts';
import { commonChecks, expressions, loop, maybe, projectChecks, table, type ZenItem } from './zen-common.ts';

/** 30% + the higher bonus (首台套 +10 over 高新技术 +5), as a table. */
const bonusTable = (base: number) =>
  table(
    ['usesFirstSet', 'usesHighTechProduct'],
    ['rate'],
    [
      ['true', '', String((base + 10) / 100)],
      ['', 'true', String((base + 5) / 100)],
      ['', '', String(base / 100)],
    ],
  );

const item1: ZenItem = {
  nodes: [bonusTable(30)],
  amount: [['amountFen', 'round(number(paymentExcludingTax) * 100 * rate)']],
  checks: [
    'enterprise',
    "airPollutant in ['vocs', 'nox', 'so2_dust', 'toxic_gas', 'odour', 'other_air']",
    'number(paymentExcludingTax) > 0',
    ...commonChecks(1),
    ...projectChecks(true),
  ],
};

const item3: ZenItem = {
  nodes: [
    table(
      ['unitType', 'usesFirstSet', 'usesHighTechProduct'],
      ['rate'],
      [
        ["'full_budget_unit'", '', '', '1'],
        ["'partial_budget_unit'", '', '', '0.5'],
        ["'institution'", '', '', '0.5'],
        ["'enterprise'", 'true', '', '0.6'],
        ["'enterprise'", '', 'true', '0.55'],
        ["'enterprise'", '', '', '0.5'],
      ],
    ),
  ],
  amount: [['amountFen', 'round(number(paymentExcludingTax) * 100 * rate)']],
  checks: [
    "date(boilerCompletedOn) <= date('2017-03-31')",
    'wholeBoilerReplaced',
    'number(noxAfterMgPerM3) <= 30',
    'acceptanceRequirementsMet',
    'number(paymentExcludingTax) > 0',
    ...commonChecks(3),
    ...projectChecks(true),
  ],
};

const CATEGORIES = ['truck', 'bus', 'special'] as const;
const countedIn = (c: string) =>
  `min([count($.retiredOk, #.category == '${c}'), count($.awards, #.category == '${c}')])`;
const topSum = (c: string) =>
  `count(topN, #.category == '${c}') == 0 ? 0 : min(map(filter(topN, #.category == '${c}'), #.f))`;

const item13: ZenItem = {
  nodes: [
    // 一（十三）1–3: rate, high-tech bonus and cap (元) by category and energy.
    table(
      ['category', 'energy'],
      ['rate', 'bonus', 'cap'],
      [
        ["'truck'", '', '0.30', '0.05', '200000'],
        ["'bus'", "'electric'", '0.30', '0.05', '350000'],
        ["'bus'", "'hydrogen'", '0.30', '0.05', '400000'],
        ["'special'", "'electric'", '0.50', '0.05', '950000'],
        ["'special'", "'hydrogen'", '0.50', '0.05', '1400000'],
      ],
      { inputField: 'newVehicles', outputPath: 'lines', executionMode: 'loop' },
    ),
    expressions([
      [
        'awards',
        'map(lines, {category: #.category, award: min([number(#.terminalPrice) * (#.highTechProduct ? #.rate + #.bonus : #.rate), #.cap])})',
      ],
      [
        'retiredOk',
        "filter(retiredVehicles, #.fuelOrGas and #.beijingRegistered and #.ownedByEnterprise and #.disposal != 'not_disposed')",
      ],
      ...CATEGORIES.map((c) => [`n_${c}`, countedIn(c)] as const),
      ['vins', 'map(flatMap([retiredVehicles, newVehicles], #), #.vin)'],
    ]),
    expressions([
      [
        'candidates',
        "map(awards, {award: #.award, category: #.category, n: #.category == 'truck' ? n_truck : (#.category == 'bus' ? n_bus : n_special), peers: awards})",
      ],
      ['vinPeers', 'map(vins, {vin: #, peers: vins})'],
    ]),
    loop('candidates', 'topN', [
      ['f', 'n * award + sum(map(filter(peers, #.category == category), max([#.award - award, 0])))'],
    ]),
    loop('vinPeers', 'vinCounts', [['times', 'count(peers, # == vin)']]),
  ],
  amount: [
    ['sum', CATEGORIES.map((c) => `(${topSum(c)})`).join(' + ')],
    ['amountFen', 'round($.sum * 100)'],
  ],
  checks: [
    'existingEnterprise',
    'not some(vinCounts, #.times > 1)',
    'count(newVehicles, number(#.terminalPrice) <= 0) == 0',
    'n_truck + n_bus + n_special > 0',
    ...commonChecks(13),
    ...projectChecks(true),
  ],
};

const item16: ZenItem = {
  amount: [['amountFen', "round(number(energySavedTce) * (sector == 'industrial' ? 600 : 800) * 100)"]],
  checks: [
    'enterprise',
    'retrofitOfExistingProcessOrEquipment',
    'drcFinalReviewPassed',
    'publicised',
    'number(energySavedTce) > 0',
    ...commonChecks(16),
    ...projectChecks(false),
  ],
};

const item17: ZenItem = {
  amount: [
    [
      'share',
      "applicantRole == 'self' or (applicantRole == 'investor' and siteOwnerBudgetFunded == true) ? 1 : 0.5",
    ],
    [
      'amountFen',
      "applicantRole != 'self' and siteOwnerBudgetFunded == null ? null : round(number(installedCapacityKw) * 800 * 100 * $.share)",
    ],
  ],
  checks: [
    'distributedPv',
    'number(installedCapacityKw) > 0',
    "applicantRole == 'self' ? true : (siteOwnerBudgetFunded == null ? null : true)",
    "applicantRole != 'site_owner' ? true : (siteOwnerBudgetFunded == null ? null : not siteOwnerBudgetFunded)",
    ...commonChecks(17),
    ...projectChecks(false),
  ],
};

const item23: ZenItem = {
  amount: [
    ['rated', "starRating in ['two_star', 'three_star']"],
    [
      'case1',
      "$.rated ? min([round(number(implementedAreaM2) * (starRating == 'three_star' ? 80 : 50) * 100), 500000000]) : null",
    ],
    [
      'case2',
      'municipalAwardYuan == null ? null : min([number(municipalAwardYuan) * 100, floor(number(implementedAreaM2) * 60 * 100), 500000000])',
    ],
    [
      'amountFen',
      "municipalGreenBuildingAward == 'jingjianfa_2020_4' ? $.case1 : (municipalGreenBuildingAward == 'jingjianfa_2023_191' ? $.case2 : null)",
    ],
  ],
  checks: [
    "municipalGreenBuildingAward != 'none'",
    'number(implementedAreaM2) > 0',
    "municipalGreenBuildingAward != 'jingjianfa_2020_4' ? true : (starRating == null ? null : rated)",
    "municipalGreenBuildingAward != 'jingjianfa_2023_191' ? true : (municipalAwardYuan == null ? null : number(municipalAwardYuan) > 0)",
    "projectLocation in ['etdz_60', 'yizhuang_225']",
    ...commonChecks(23),
    ...projectChecks(false),
  ],
};

const item24: ZenItem = {
  amount: [
    ['target', "buildingClass == 'large' ? 20 : 15"],
    ['floorRate', "buildingClass == 'large' ? 15 : 10"],
    ['rate', 'number(energySavingRatePercent)'],
    ['band', "$.rate >= $.target ? 'meets' : ($.rate > $.floorRate ? 'converted' : 'below')"],
    // 10 元/m² of the area counted: the base area, or 折算面积 = base × rate / target (divided last).
    [
      'perM2Cap',
      "$.band == 'meets' ? floor(number(baseAreaM2) * 1000) : floor(number(baseAreaM2) * $.rate * 1000 / $.target)",
    ],
    ['matched', 'round(number(municipalAwardYuan) * 100 * 0.5)'],
    [
      'room',
      'max([floor(number(totalInvestmentIncludingTax) * 100 * 0.5 - number(municipalAwardYuan) * 100), 0])',
    ],
    ['amountFen', "$.band == 'below' ? null : min([$.matched, $.perM2Cap, $.room])"],
  ],
  checks: [
    'publicBuilding',
    'number(singleBuildingAreaM2) >= 3000',
    'municipalRetrofitAwardReceived and number(municipalAwardYuan) > 0',
    'comprehensiveAcceptancePassed',
    'inMunicipalProjectLibrary',
    `projectLocation != 'yizhuang_225' ? true : ${maybe('reviewedByEtownBeforeSubmission')}`,
    "band != 'below'",
    "band == 'below' ? true : amountFen > 0",
    "projectLocation in ['etdz_60', 'yizhuang_225']",
    ...commonChecks(24),
    ...projectChecks(false),
  ],
};

/** The ZEN port of each subset item. */
export const ZEN_ITEMS: Readonly<Record<SubsetItem, ZenItem>> = {
  1: item1,
  3: item3,
  13: item13,
  16: item16,
  17: item17,
  23: item23,
  24: item24,
};
