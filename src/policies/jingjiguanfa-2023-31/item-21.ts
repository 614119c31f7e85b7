/**
 * @module policies/jingjiguanfa-2023-31/item-21
 * 第一章 二（二十一） 碳中和认证项目 (carbon-neutrality certification).
 *
 * > 1. 对首次获得碳中和认证的规上工业企业给予一次性 50 万元奖励,其中自建新能源设施实际发电量应不低于电网购电量的 10%。
 * > 2. ……限额以上非工业企业……10%,且碳中和年度的电耗在 400 万度及以上。
 * > 3. ……城市更新园区……5%。
 * > 4. 对首次获得部分厂房或车间碳中和认证的重点碳排放单位……10%,且该厂房或车间碳中和年度的电耗在 400 万度及以上。
 * > 5. 对已获得经开区绿色发展资金支持的碳中和认证项目,继续按上述要求获得碳中和认证的,给予 10 万元奖励。
 * > 所有申报单位需经有资质的碳排放核查企业进行碳核查(……CNAS……ISO14064—1 组织温室气体声明核查资质)。
 *
 * The certified scope is the enterprise (cases 1, 2), a park (3) or a plant or workshop (4). A
 * scope already supported — an earlier item-21 award in `awardHistory`, or support under an
 * earlier edition of the fund — gets case 5's 10万 for a later year's certification on the same
 * requirements; otherwise 50万 for a first certification (D-31-38). Ratios are compared exactly;
 * "不低于" and "及以上" are inclusive. Award key: `carbon-neutral:<scope>:<year>`. Not a project (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, div, mul, parseRational, toPercentString, ZERO } from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  bool,
  DECIMAL,
  EXAMPLE_APPLICANT,
  ITEM21_CASE_CITATIONS,
  ITEM21_CONTINUING,
  ITEM21_CONTINUING_CITATION,
  ITEM21_FIRST,
  ITEM21_MIN_CONSUMPTION,
  ITEM21_SCOPE_CITATION,
  ITEM21_SELF_SHARE,
  ITEM21_VERIFICATION_CITATION,
  type Item21Case,
  itemFactsSchema,
  itemMessages,
  YEAR,
} from './parameters-energy.ts';

const RULE_ID = `${POLICY_ID}/item-21`;
const CASES = Object.keys(ITEM21_CASE_CITATIONS) as Item21Case[];

export interface Item21Facts extends CommonFacts {
  readonly applicantKind: Item21Case;
  readonly scopeName?: string;
  readonly carbonNeutralYear: number;
  readonly certified: boolean;
  readonly certifiedBefore: boolean;
  readonly earlierGreenFundSupport?: boolean;
  readonly selfGeneratedKwh: string;
  readonly gridPurchasedKwh: string;
  readonly electricityConsumptionKwh?: string;
  readonly cnasVerified: boolean;
  readonly awardHistory?: readonly AwardRecord[];
}

/** The certified scope: the enterprise itself, or a named park, plant or workshop. */
function scopeOf(f: Item21Facts): string {
  if (f.applicantKind === 'urban_renewal_park') return `park:${f.scopeName ?? ''}`;
  if (f.applicantKind === 'key_emitter_plant') return `plant:${f.scopeName ?? ''}`;
  return 'enterprise';
}
const subjectOf = (f: Item21Facts) => `carbon-neutral:${scopeOf(f)}:${f.carbonNeutralYear}`;

const kwh = (en: string, zh: string) => ({
  ...DECIMAL,
  description: en,
  'x-description-zh': zh,
  'x-unit': 'kWh',
});

export const item21: Rule = defineRule<Item21Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '碳中和认证项目', en: 'Carbon-neutrality certification' },
  citations: [
    ITEM21_SCOPE_CITATION,
    ...Object.values(ITEM21_CASE_CITATIONS),
    ITEM21_CONTINUING_CITATION,
    ITEM21_VERIFICATION_CITATION,
    AREA_CITATION,
  ],
  validity: { from: FROM },
  department: 'economic-development',
  noApplication: false,
  factsSchema: itemFactsSchema(
    [
      'applicantKind',
      'carbonNeutralYear',
      'certified',
      'certifiedBefore',
      'selfGeneratedKwh',
      'gridPurchasedKwh',
      'cnasVerified',
    ],
    {
      applicantKind: {
        type: 'string',
        enum: CASES,
        'x-enum-labels': {
          above_scale_industrial: {
            zh: '规上工业企业（企业整体认证）',
            en: 'Above-scale industrial enterprise (whole enterprise)',
          },
          above_limit_non_industrial: {
            zh: '限额以上非工业企业（企业整体认证）',
            en: 'Above-limit non-industrial enterprise (whole enterprise)',
          },
          urban_renewal_park: { zh: '城市更新园区', en: 'Urban renewal park' },
          key_emitter_plant: {
            zh: '重点碳排放单位的部分厂房或车间',
            en: 'Part of the plants or workshops of a key carbon emitter',
          },
        },
        description: 'Who is certified: which of cases 1–4',
        'x-description-zh': '认证主体（第1–4种情形）',
      },
      scopeName: {
        type: 'string',
        minLength: 1,
        description: 'Name of the certified park, plant or workshop (cases 3 and 4)',
        'x-description-zh': '获得认证的园区、厂房或车间名称（第3、4种情形填报）',
      },
      carbonNeutralYear: {
        ...YEAR,
        description: 'The carbon-neutral year certified',
        'x-description-zh': '碳中和年度',
      },
      certified: bool('Obtained carbon-neutrality certification for that year', '已获得该年度碳中和认证'),
      certifiedBefore: bool(
        'The same scope held a carbon-neutrality certification before',
        '同一认证范围此前已获得过碳中和认证',
      ),
      earlierGreenFundSupport: bool(
        "The scope's certification was supported by the E-Town green development fund before this measure",
        '同一认证范围此前已获得经开区绿色发展资金支持（本办法以前）',
      ),
      selfGeneratedKwh: kwh(
        'Actual generation of self-built new-energy facilities in the carbon-neutral year, kWh',
        '碳中和年度自建新能源设施实际发电量（度）',
      ),
      gridPurchasedKwh: kwh(
        'Electricity bought from the grid in that year, kWh',
        '碳中和年度电网购电量（度）',
      ),
      electricityConsumptionKwh: kwh(
        'Electricity consumption in that year, kWh (cases 2 and 4)',
        '碳中和年度电耗（度，第2、4种情形填报）',
      ),
      cnasVerified: bool(
        'Carbon verification by a verifier holding the CNAS-accredited ISO 14064-1 organisational GHG verification qualification',
        '经具有CNAS官方认证的ISO14064—1组织温室气体声明核查资质的碳排放核查企业进行碳核查',
      ),
      awardHistory: AWARD_HISTORY_FACT,
    },
    false,
  ),
  awardSubjects: (f) => [subjectOf(f)],
  examples: [
    {
      title: {
        zh: '规上工业企业首次获得2024年度碳中和认证，自发电150万度、购电1,000万度',
        en: 'Above-scale industrial enterprise, first certified for 2024; 1.5 GWh self-generated, 10 GWh bought',
      },
      asOf: '2025-06-30' as CalendarDate,
      facts: {
        applicantKind: 'above_scale_industrial',
        carbonNeutralYear: 2024,
        certified: true,
        certifiedBefore: false,
        selfGeneratedKwh: '1500000',
        gridPurchasedKwh: '10000000',
        cnasVerified: true,
        ...EXAMPLE_APPLICANT,
      },
    },
  ],
  messages: itemMessages({
    'j31.item21.scope_named': {
      zh: '已填报获得认证的园区、厂房或车间名称（{value}）',
      en: 'The certified park, plant or workshop is named ({value})',
    },
    'j31.item21.certified': {
      zh: '已获得 {year} 年度碳中和认证（填报：{value}）',
      en: 'Certified carbon-neutral for {year} (reported: {value})',
    },
    'j31.item21.year_not_awarded': {
      zh: '同一认证范围 {year} 年度尚未获得本项奖励（此前奖励：{earlier}）',
      en: 'The same scope has no award yet for {year} (earlier award: {earlier})',
    },
    'j31.item21.first': {
      zh: '首次获得碳中和认证（此前已获认证：{certifiedBefore}）',
      en: 'A first carbon-neutrality certification (certified before: {certifiedBefore})',
    },
    'j31.item21.continuing': {
      zh: '已获得经开区绿色发展资金支持的碳中和认证项目继续获得认证（本办法下此前奖励 {earlierAwards} 次；此前资金支持：{earlierFund}）',
      en: 'A certification already supported by the E-Town green fund, certified again ({earlierAwards} earlier awards under this measure; earlier fund support: {earlierFund})',
    },
    'j31.item21.self_generation': {
      zh: '自建新能源设施实际发电量 {self} 度不低于电网购电量 {grid} 度的 {share}（实际 {ratio}）',
      en: 'Self-generation of {self} kWh is at least {share} of grid purchases of {grid} kWh (actual {ratio})',
    },
    'j31.item21.consumption': {
      zh: '碳中和年度电耗 {value} 度在 {min} 度及以上',
      en: 'Consumption in the carbon-neutral year, {value} kWh, is at least {min} kWh',
    },
    'j31.item21.verification': {
      zh: '经具有CNAS认可ISO14064—1核查资质的碳排放核查企业进行碳核查（填报：{value}）',
      en: 'Verified by a carbon verifier with the CNAS-accredited ISO 14064-1 qualification (reported: {value})',
    },
    'j31.item21.amount': {
      zh: '奖励金额（第{case}项情形）= {result} 元',
      en: 'Award (case {case}) = {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-31');
    d.interpret('D-31-38');
    const caseCitation = ITEM21_CASE_CITATIONS[f.applicantKind];
    if (f.applicantKind === 'urban_renewal_park' || f.applicantKind === 'key_emitter_plant') {
      const v = f.scopeName ?? null;
      d.check('j31.item21.scope_named', v === null ? null : true, { value: v }, caseCitation);
    }
    d.check(
      'j31.item21.certified',
      f.certified,
      { year: f.carbonNeutralYear, value: f.certified },
      caseCitation,
    );

    // 首次 or 5: an earlier award of the same scope under this measure, or earlier fund support.
    const prefix = `carbon-neutral:${scopeOf(f)}:`;
    const prior = awardsOf(f.awardHistory, RULE_ID).filter((r) => r.subject.startsWith(prefix));
    const sameYear = prior.find((r) => r.subject === subjectOf(f));
    d.check(
      'j31.item21.year_not_awarded',
      sameYear === undefined,
      { year: f.carbonNeutralYear, earlier: sameYear ? `${sameYear.awardedOn} ${sameYear.amount}` : '-' },
      caseCitation,
    );
    const continuing = prior.length > 0 || f.earlierGreenFundSupport === true;
    if (continuing) {
      d.check(
        'j31.item21.continuing',
        true,
        { earlierAwards: prior.length, earlierFund: f.earlierGreenFundSupport ?? false },
        ITEM21_CONTINUING_CITATION,
      );
    } else {
      d.check('j31.item21.first', !f.certifiedBefore, { certifiedBefore: f.certifiedBefore }, caseCitation);
    }

    // The requirements of cases 1–4 hold for case 5 too ("继续按上述要求").
    const self = parseRational(f.selfGeneratedKwh, 'facts.selfGeneratedKwh');
    const grid = parseRational(f.gridPurchasedKwh, 'facts.gridPurchasedKwh');
    const share = valueAt(ITEM21_SELF_SHARE[f.applicantKind], asOf);
    d.check(
      'j31.item21.self_generation',
      cmp(self, ZERO) > 0 && cmp(self, mul(grid, parseRational(share.value))) >= 0,
      {
        self: f.selfGeneratedKwh,
        grid: f.gridPurchasedKwh,
        share: share.value,
        ratio: cmp(grid, ZERO) > 0 ? toPercentString(div(self, grid), 4) : '-',
      },
      share.citation,
    );
    const minParam = ITEM21_MIN_CONSUMPTION[f.applicantKind];
    if (minParam) {
      const m = valueAt(minParam, asOf);
      const v = f.electricityConsumptionKwh ?? null;
      const passed =
        v === null
          ? null
          : cmp(parseRational(v, 'facts.electricityConsumptionKwh'), parseRational(m.value)) >= 0;
      d.check('j31.item21.consumption', passed, { value: v, min: m.value }, m.citation);
    }
    d.check(
      'j31.item21.verification',
      f.cnasVerified,
      { value: f.cnasVerified },
      ITEM21_VERIFICATION_CITATION,
    );
    checkCommon(d, f, { no: 21, project: false, pollution: false }, asOf);

    const award = valueAt(continuing ? ITEM21_CONTINUING : ITEM21_FIRST, asOf);
    const amount = parseYuan(award.value);
    d.step('j31.item21.amount', {
      inputs: { case: continuing ? 5 : CASES.indexOf(f.applicantKind) + 1 },
      result: formatYuan(amount),
      citation: continuing ? ITEM21_CONTINUING_CITATION : caseCitation,
    });
    return d.decide(amount);
  },
});
