/**
 * @module policies/jingjiguanfa-2023-31/common
 * 第二章 支持范围和支持条件: the conditions every award item shares (D-31-10).
 *
 * > 支持项目(一)至(十四)的申报主体应在经开区 60 平方公里范围内依法注册、纳税、入统,其余支持项目
 * > (十五)至(二十七)申报主体应在亦庄新城 225 平方公里范围内依法注册、纳税、入统。
 * > (二)近三年无重大行政处罚记录、刑事犯罪记录,未被列入严重违法失信主体名单,未发生重大生产安全事故和突发环境事件。
 * > (四)……含税实际支付金额达到含税项目总投资的 90% (含)以上。
 * > (五)以下项目不列入绿色发展资金的支持范围: ……
 *
 * Not coded here: (三) 从高从优不重复 (D-31-11) needs the other awards of the same project, and
 * (六) defers to each item's application guide, which is not in the gazette.
 */
import { cite } from '../../engine/citation.ts';
import type { DecisionBuilder } from '../../engine/decision.ts';
import { parseYuan } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, mul, parseRational, ratio } from '../../engine/rational.ts';
import type { SchemaNode } from '../../engine/rule.ts';
import { PAYMENT_SHARE_CITATION, PAYMENT_SHARE_MIN, POLICY_ID } from './parameters.ts';

export { COMMON_MESSAGES } from './common-messages.ts';

export { PAYMENT_SHARE_CITATION };

export const AREA_CITATION = cite(
  POLICY_ID,
  '第二章 一',
  '支持项目(一)至(十四)的申报主体应在经开区 60 平方公里范围内依法注册、纳税、入统,其余支持项目(十五)至(二十七)申报主体应在亦庄新城 225 平方公里范围内依法注册、纳税、入统。',
);
export const REGISTERED_CITATION = cite(
  POLICY_ID,
  '第二章 二（一）',
  '所有申报主体应在办法规定的适用范围内依法注册、纳税、入统。',
);
const CONDUCT = (quote: string) => cite(POLICY_ID, '第二章 二（二）', quote);
export const PENALTY_CITATION = CONDUCT('近三年无重大行政处罚记录、刑事犯罪记录');
export const DISHONESTY_CITATION = CONDUCT('未被列入严重违法失信主体名单');
export const INCIDENT_CITATION = CONDUCT('未发生重大生产安全事故和突发环境事件');
export const THREE_SIMULTANEOUS_CITATION = cite(
  POLICY_ID,
  '第二章 二（五）1',
  '污染防治支持方向中相关项目属于建设项目环境保护“三同时”的项目。',
);
export const DATA_CENTRE_CITATION = cite(POLICY_ID, '第二章 二（五）2', '未获得节能审查意见的数据中心项目。');
export const GOVERNMENT_FUNDS_CITATION = cite(
  POLICY_ID,
  '第二章 二（五）3',
  '使用政府财政资金投资建设的项目。',
);

/** What `checkCommon` needs to know about the item being applied for. */
export interface AwardItem {
  /** The item's number in 第一章, 1–27. */
  readonly no: number;
  /** True for items that reward a project (the 90% payment rule and the exclusions apply). */
  readonly project: boolean;
  /** True for items of 第一章 一 污染防治 (the 环保"三同时" exclusion applies). */
  readonly pollution: boolean;
}

const bool = (en: string, zh: string): SchemaNode => ({
  type: 'boolean',
  description: en,
  'x-description-zh': zh,
});
/** A yuan amount as a decimal string, at most two decimals. */
export const YUAN: SchemaNode = { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$', 'x-unit': '元' };

/** The facts of 第二章 every item needs. */
export const COMMON_FACTS: Readonly<Record<string, SchemaNode>> = {
  location: {
    type: 'string',
    enum: ['etdz_60', 'yizhuang_225', 'outside'],
    'x-enum-labels': {
      etdz_60: { zh: '经开区60平方公里范围内', en: 'Inside the 60 km² E-Town core' },
      yizhuang_225: {
        zh: '亦庄新城225平方公里范围内（60平方公里以外）',
        en: 'Inside the 225 km² Yizhuang new town, outside the core',
      },
      outside: { zh: '亦庄新城225平方公里范围以外', en: 'Outside the 225 km² new town' },
    },
    description: 'Where the applicant is registered, taxed and in statistics',
    'x-description-zh': '申报主体注册、纳税、入统所在区域',
  },
  registeredTaxedAndInStatistics: bool(
    'Lawfully registered, paying tax and in statistics at that location',
    '在该区域依法注册、纳税、入统',
  ),
  majorAdministrativePenaltyWithin3Years: bool(
    'Had a major administrative penalty within the last 3 years',
    '近三年有重大行政处罚记录',
  ),
  criminalRecordWithin3Years: bool('Had a criminal record within the last 3 years', '近三年有刑事犯罪记录'),
  onSeriousDishonestyList: bool('Listed as a seriously dishonest entity', '被列入严重违法失信主体名单'),
  majorSafetyAccidentWithin3Years: bool(
    'Had a major production-safety accident within the last 3 years',
    '近三年发生重大生产安全事故',
  ),
  environmentalIncidentWithin3Years: bool(
    'Had a sudden environmental incident within the last 3 years',
    '近三年发生突发环境事件',
  ),
};
export const COMMON_REQUIRED = Object.keys(COMMON_FACTS);

/** The facts of 第二章 二（四）（五） that project items need. */
export const PROJECT_FACTS: Readonly<Record<string, SchemaNode>> = {
  projectCompleted: bool('The project has been carried out and completed', '申报项目已实施完成'),
  paidIncludingTax: {
    ...YUAN,
    description: 'Actual payments so far, tax included, yuan',
    'x-description-zh': '含税实际支付金额（元）',
  },
  totalInvestmentIncludingTax: {
    ...YUAN,
    description: 'Total project investment, tax included, yuan',
    'x-description-zh': '含税项目总投资（元）',
  },
  threeSimultaneousProject: bool(
    'A construction project whose pollution controls are an environmental "three simultaneities" obligation',
    '属于建设项目环境保护“三同时”的项目',
  ),
  dataCentre: bool('A data-centre project', '数据中心项目'),
  energySavingReviewObtained: bool(
    'Has an energy-saving review opinion (asked only of data centres)',
    '已获得节能审查意见（仅数据中心项目填报）',
  ),
  builtWithGovernmentFunds: bool('Invested in and built with government funds', '使用政府财政资金投资建设'),
};
/** `energySavingReviewObtained` is needed only for data centres, so it is not required. */
export const PROJECT_REQUIRED = Object.keys(PROJECT_FACTS).filter((k) => k !== 'energySavingReviewObtained');

export interface CommonFacts {
  readonly location: 'etdz_60' | 'yizhuang_225' | 'outside';
  readonly registeredTaxedAndInStatistics: boolean;
  readonly majorAdministrativePenaltyWithin3Years: boolean;
  readonly criminalRecordWithin3Years: boolean;
  readonly onSeriousDishonestyList: boolean;
  readonly majorSafetyAccidentWithin3Years: boolean;
  readonly environmentalIncidentWithin3Years: boolean;
}
export interface ProjectFacts {
  readonly projectCompleted: boolean;
  readonly paidIncludingTax: string;
  readonly totalInvestmentIncludingTax: string;
  readonly threeSimultaneousProject: boolean;
  readonly dataCentre: boolean;
  readonly energySavingReviewObtained?: boolean;
  readonly builtWithGovernmentFunds: boolean;
}

/** The areas in which an item's applicant must be (第二章 一). */
export function areasFor(item: AwardItem): readonly string[] {
  return item.no <= 14 ? ['etdz_60'] : ['etdz_60', 'yizhuang_225'];
}

/**
 * Records one reason per condition of 第二章 for `item` (project conditions only when
 * `item.project`); returns true when all passed.
 */
export function checkCommon(
  d: DecisionBuilder,
  f: CommonFacts & Partial<ProjectFacts>,
  item: AwardItem,
  asOf: CalendarDate,
): boolean {
  d.interpret('D-31-10');
  const areas = areasFor(item);
  const ok = [
    d.check(
      'j31.common.area',
      areas.includes(f.location),
      { item: item.no, location: f.location, allowed: areas.join(', ') },
      AREA_CITATION,
    ),
    d.check(
      'j31.common.registered',
      f.registeredTaxedAndInStatistics,
      { value: f.registeredTaxedAndInStatistics },
      REGISTERED_CITATION,
    ),
    d.check(
      'j31.common.no_major_penalty',
      !f.majorAdministrativePenaltyWithin3Years,
      { value: f.majorAdministrativePenaltyWithin3Years },
      PENALTY_CITATION,
    ),
    d.check(
      'j31.common.no_criminal_record',
      !f.criminalRecordWithin3Years,
      { value: f.criminalRecordWithin3Years },
      PENALTY_CITATION,
    ),
    d.check(
      'j31.common.not_dishonest',
      !f.onSeriousDishonestyList,
      { value: f.onSeriousDishonestyList },
      DISHONESTY_CITATION,
    ),
    d.check(
      'j31.common.no_safety_accident',
      !f.majorSafetyAccidentWithin3Years,
      { value: f.majorSafetyAccidentWithin3Years },
      INCIDENT_CITATION,
    ),
    d.check(
      'j31.common.no_environmental_incident',
      !f.environmentalIncidentWithin3Years,
      { value: f.environmentalIncidentWithin3Years },
      INCIDENT_CITATION,
    ),
  ];
  if (item.project) ok.push(checkProject(d, f, item, asOf));
  return ok.every(Boolean);
}

function checkProject(
  d: DecisionBuilder,
  f: Partial<ProjectFacts>,
  item: AwardItem,
  asOf: CalendarDate,
): boolean {
  const ok = [
    d.check(
      'j31.common.completed',
      f.projectCompleted ?? null,
      { value: f.projectCompleted ?? null },
      PAYMENT_SHARE_CITATION,
    ),
  ];
  // Exact: paid ≥ 90% × total, compared as rationals over integer fen (no float ever).
  const min = valueAt(PAYMENT_SHARE_MIN, asOf);
  if (f.paidIncludingTax === undefined || f.totalInvestmentIncludingTax === undefined) {
    ok.push(
      d.check('j31.common.payment_share', null, { paid: null, total: null, min: min.value }, min.citation),
    );
  } else {
    const paid = parseYuan(f.paidIncludingTax, 'facts.paidIncludingTax');
    const total = parseYuan(f.totalInvestmentIncludingTax, 'facts.totalInvestmentIncludingTax');
    const needed = mul(ratio(total), parseRational(min.value));
    const passed = total > 0 && cmp(ratio(paid), needed) >= 0;
    ok.push(
      d.check(
        'j31.common.payment_share',
        passed,
        { paid: f.paidIncludingTax, total: f.totalInvestmentIncludingTax, min: min.value },
        min.citation,
      ),
    );
  }
  if (item.pollution) {
    const v = f.threeSimultaneousProject ?? null;
    ok.push(
      d.check(
        'j31.common.not_three_simultaneous',
        v === null ? null : !v,
        { value: v },
        THREE_SIMULTANEOUS_CITATION,
      ),
    );
  }
  // Only a data centre without the review opinion is excluded; a data centre that does not say is
  // left for review, not silently passed.
  const dc = f.dataCentre ?? null;
  const review = f.energySavingReviewObtained ?? null;
  const dcPassed = dc === null ? null : dc ? review : true;
  ok.push(
    d.check(
      'j31.common.data_centre_reviewed',
      dcPassed,
      { dataCentre: dc, reviewed: review },
      DATA_CENTRE_CITATION,
    ),
  );
  const gov = f.builtWithGovernmentFunds ?? null;
  ok.push(
    d.check(
      'j31.common.not_government_funded',
      gov === null ? null : !gov,
      { value: gov },
      GOVERNMENT_FUNDS_CITATION,
    ),
  );
  return ok.every(Boolean);
}
