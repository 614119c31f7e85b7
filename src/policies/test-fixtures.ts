/**
 * @module policies/test-fixtures
 * Expected values that several test suites (catalog, API, CLI) check against, kept in one place.
 * Each is worked out from the gazette and policy-notes, as its comment shows.
 */

/**
 * The seven documents in gazette order and their status on 2026-11-27 (policy-notes): 28号 ran
 * three years from publication, through 2026-11-01; 30号 and 32号 ended on 2025-12-31; the other
 * four have no end date.
 */
export const STATUS_ON_2026_11_27: Readonly<Record<string, string>> = {
  'jingfagai-2023-1309': 'in_force',
  'jingfagai-2023-1336': 'in_force',
  'jingjiguanfa-2023-28': 'expired',
  'jingjiguanfa-2023-29': 'in_force',
  'jingjiguanfa-2023-30': 'expired',
  'jingjiguanfa-2023-31': 'in_force',
  'jingjiguanfa-2023-32': 'expired',
};

/** The seven policy ids in gazette order. */
export const SEVEN_IDS: readonly string[] = Object.keys(STATUS_ON_2026_11_27);

/**
 * 32号 第五条, the golden case: a Beijing SRDI SME in the plan, in the 60 km² core, renting 800 m²
 * at 2.1 元/m²/day for 365 days. "按照最高1.5元/平方米/天,总面积不超过500平方米的标准":
 * min(2.1, 1.5) × min(800, 500) × 365 = 1.5 × 500 × 365 = 273,750 元 → amount "273750.00".
 */
export const RENT_GOLDEN_FACTS = {
  inInnovationGrowthPlan: true,
  beijingSrdiSme: true,
  rentPerSqmPerDay: '2.1',
  leasedAreaSqm: 800,
  subsidisedDays: 365,
  location: 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
} as const;
export const RENT_GOLDEN_AMOUNT = '273750.00';
