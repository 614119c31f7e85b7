/**
 * @module policies/jingjiguanfa-2023-31/example-facts
 * Facts of an applicant and a project that meet every condition of 第二章 (in the 60 km² core,
 * completed, fully paid, no exclusion), for the rules' worked examples and the golden tests.
 */

/** Every 第二章 condition met; the project paid in full (1,130,000 元 of 1,130,000 元, tax included). */
export const EXAMPLE_COMMON = {
  location: 'etdz_60',
  registeredTaxedAndInStatistics: true,
  majorAdministrativePenaltyWithin3Years: false,
  criminalRecordWithin3Years: false,
  onSeriousDishonestyList: false,
  majorSafetyAccidentWithin3Years: false,
  environmentalIncidentWithin3Years: false,
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
} as const;
