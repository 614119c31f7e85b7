/**
 * @module policies/jingjiguanfa-2023-32/scope
 * The closing scope paragraph of 32号, which every article's award depends on: registered, taxed
 * and in statistics within the 225 km² Yizhuang new town; no major administrative penalty or
 * criminal record in the last three years; not on the serious-dishonesty list.
 */
import { cite } from '../../engine/citation.ts';
import type { DecisionBuilder } from '../../engine/decision.ts';
import type { MessageCatalog } from '../../engine/messages.ts';
import type { SchemaNode } from '../../engine/rule.ts';
import { POLICY_ID } from './parameters.ts';

export const SCOPE_CITATION = cite(
  POLICY_ID,
  '结语',
  '本措施适用于在亦庄新城 225 平方公里范围内注册、纳税并进行统计登记,近 3 年无重大行政处罚记录和刑事犯罪记录,未列入严重违法失信主体名单的企业。',
);

/** The scope facts, shared by every article's schema. */
export const SCOPE_FACTS: Readonly<Record<string, SchemaNode>> = {
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
    description:
      'Where the enterprise is registered, taxed and in statistics: the 60 km² E-Town core, elsewhere in the 225 km² Yizhuang new town, or outside',
    'x-description-zh':
      '注册、纳税和统计登记所在区域：经开区60平方公里、亦庄新城225平方公里范围内其他区域，或范围外',
  },
  registeredTaxedAndInStatistics: {
    type: 'boolean',
    description: 'Registered, paying tax and in statistics at that location',
    'x-description-zh': '在该区域注册、纳税并进行统计登记',
  },
  majorAdministrativePenaltyWithin3Years: {
    type: 'boolean',
    description: 'Had a major administrative penalty within the last 3 years',
    'x-description-zh': '近3年有重大行政处罚记录',
  },
  criminalRecordWithin3Years: {
    type: 'boolean',
    description: 'Had a criminal record within the last 3 years',
    'x-description-zh': '近3年有刑事犯罪记录',
  },
  onSeriousDishonestyList: {
    type: 'boolean',
    description: 'Listed as a seriously dishonest entity',
    'x-description-zh': '列入严重违法失信主体名单',
  },
};
export const SCOPE_REQUIRED = Object.keys(SCOPE_FACTS);

export interface ScopeFacts {
  readonly location: 'etdz_60' | 'yizhuang_225' | 'outside';
  readonly registeredTaxedAndInStatistics: boolean;
  readonly majorAdministrativePenaltyWithin3Years: boolean;
  readonly criminalRecordWithin3Years: boolean;
  readonly onSeriousDishonestyList: boolean;
}

/** Records one reason per scope condition; true when all pass. */
export function checkScope(d: DecisionBuilder, f: ScopeFacts): boolean {
  const inArea = d.check(
    'j32.scope.area',
    f.location !== 'outside',
    { location: f.location },
    SCOPE_CITATION,
  );
  const reg = d.check(
    'j32.scope.registered',
    f.registeredTaxedAndInStatistics,
    { value: f.registeredTaxedAndInStatistics },
    SCOPE_CITATION,
  );
  const pen = d.check(
    'j32.scope.no_major_penalty',
    !f.majorAdministrativePenaltyWithin3Years,
    { value: f.majorAdministrativePenaltyWithin3Years },
    SCOPE_CITATION,
  );
  const crim = d.check(
    'j32.scope.no_criminal_record',
    !f.criminalRecordWithin3Years,
    { value: f.criminalRecordWithin3Years },
    SCOPE_CITATION,
  );
  const dis = d.check(
    'j32.scope.not_dishonest',
    !f.onSeriousDishonestyList,
    { value: f.onSeriousDishonestyList },
    SCOPE_CITATION,
  );
  return inArea && reg && pen && crim && dis;
}

export const SCOPE_MESSAGES: MessageCatalog = {
  'j32.scope.area': {
    zh: '在亦庄新城225平方公里范围内（所在区域：{location}）',
    en: 'Located within the 225 km² Yizhuang new town (location: {location})',
  },
  'j32.scope.registered': {
    zh: '在范围内注册、纳税并进行统计登记（填报：{value}）',
    en: 'Registered, taxed and in statistics within the area (reported: {value})',
  },
  'j32.scope.no_major_penalty': {
    zh: '近3年无重大行政处罚记录（有记录：{value}）',
    en: 'No major administrative penalty in the last 3 years (has one: {value})',
  },
  'j32.scope.no_criminal_record': {
    zh: '近3年无刑事犯罪记录（有记录：{value}）',
    en: 'No criminal record in the last 3 years (has one: {value})',
  },
  'j32.scope.not_dishonest': {
    zh: '未列入严重违法失信主体名单（已列入：{value}）',
    en: 'Not on the serious-dishonesty list (listed: {value})',
  },
};
