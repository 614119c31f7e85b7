/**
 * @module policies/jingjiguanfa-2023-31/item-09
 * 第一章 一（九） 先进低碳技术试点优秀项目 (outstanding advanced low-carbon technology pilots), and
 * what the items that reward a list, title or grade rather than a paid project share.
 *
 * > 对获得北京市生态环境局公布的先进低碳技术试点优秀项目给予一次性 50 万元奖励,该类项目为免申即享项目。
 *
 * 50 万元 once per listed project (D-31-28), granted without application. The award is for being
 * on the list, not for a paid project, so 第二章 二（四）（五） do not apply; the applicant
 * conditions of 第二章 一 and 二（一）（二） do (D-31-10, D-31-29).
 */
import type { Citation } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import type { Bilingual, MessageCatalog } from '../../engine/messages.ts';
import { formatYuan, parseYuan } from '../../engine/money.ts';
import { type Parameter, valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type FactsSchema, type Rule, type SchemaNode } from '../../engine/rule.ts';
import {
  AREA_CITATION,
  COMMON_FACTS,
  COMMON_MESSAGES,
  COMMON_REQUIRED,
  type CommonFacts,
  checkCommon,
} from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import { ITEM9_AMOUNT, ITEM9_AWARD_CITATION } from './parameters-pollution.ts';

/**
 * The facts schema of an item that rewards a list, title, grade or exit rather than a paid
 * project: its own facts and 第二章's applicant facts, without the project facts (D-31-29).
 */
export function nonProjectFactsSchema(
  required: readonly string[],
  own: Readonly<Record<string, SchemaNode>>,
): FactsSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...required, ...COMMON_REQUIRED],
    properties: { ...own, ...COMMON_FACTS },
  };
}

/** The applicant facts of 第二章 in the worked examples (no project facts: D-31-29). */
export const EXAMPLE_APPLICANT = Object.fromEntries(
  COMMON_REQUIRED.map((k) => [k, EXAMPLE_COMMON[k as keyof typeof EXAMPLE_COMMON]]),
);

/** A name as published, compared without case, width or spacing differences. */
export function subjectKey(prefix: string, name: string): string {
  return `${prefix}:${name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** What defines one "listed project" item (9 and 10). */
export interface ListedProjectSpec {
  readonly no: number;
  readonly title: Bilingual;
  readonly citation: Citation;
  readonly amount: Parameter<string>;
  /** Prefix of the award key, e.g. `advanced-low-carbon-pilot-excellent`. */
  readonly subjectPrefix: string;
  /** The list, as the `listed` fact and its reason describe it. */
  readonly list: Bilingual;
  readonly example: { readonly title: Bilingual; readonly project: string };
}

export interface ListedProjectFacts extends CommonFacts {
  readonly listed: boolean;
  readonly listedProject: string;
  readonly awardHistory?: readonly AwardRecord[];
}

/** A one-off award for a project on a published list, once per project (D-31-28). */
export function listedProjectRule(spec: ListedProjectSpec): Rule {
  const no = String(spec.no).padStart(2, '0');
  const code = `j31.item${spec.no}`;
  const id = `${POLICY_ID}/item-${no}`;
  const messages: MessageCatalog = {
    ...COMMON_MESSAGES,
    [`${code}.listed`]: {
      zh: `获得${spec.list.zh}（填报：{value}；项目：{project}）`,
      en: `On the ${spec.list.en} (reported: {value}; project: {project})`,
    },
    [`${code}.not_yet_awarded`]: {
      zh: '该项目此前未获本项奖励（奖励键：{subject}；已获奖励：{awardedOn}）',
      en: 'The project has not had this award before (key: {subject}; awarded on: {awardedOn})',
    },
    [`${code}.amount`]: {
      zh: '一次性奖励 {amount} 元',
      en: 'One-off award of {amount} yuan',
    },
  };
  return defineRule<ListedProjectFacts>({
    id,
    policyId: POLICY_ID,
    title: spec.title,
    citations: [spec.citation, AREA_CITATION],
    validity: { from: FROM },
    department: 'city-operations',
    noApplication: true,
    factsSchema: nonProjectFactsSchema(['listed', 'listedProject'], {
      listed: {
        type: 'boolean',
        description: `The project is on the ${spec.list.en}`,
        'x-description-zh': `项目获得${spec.list.zh}`,
      },
      listedProject: {
        type: 'string',
        minLength: 1,
        description: 'Name of the project as published on the list',
        'x-description-zh': '名单公布的项目名称',
      },
      awardHistory: AWARD_HISTORY_FACT,
    }),
    examples: [
      {
        title: spec.example.title,
        asOf: '2024-06-30' as CalendarDate,
        facts: { listed: true, listedProject: spec.example.project, ...EXAMPLE_APPLICANT },
      },
    ],
    messages,
    awardSubjects: (f) => [subjectKey(spec.subjectPrefix, f.listedProject)],
    evaluate(f, { asOf }): Decision {
      const d = new DecisionBuilder(this, asOf);
      d.check(`${code}.listed`, f.listed, { value: f.listed, project: f.listedProject }, spec.citation);
      // "一次性": once per listed project, however often it is listed (D-31-28).
      d.interpret('D-31-28');
      const subject = subjectKey(spec.subjectPrefix, f.listedProject);
      const earlier = awardsOf(f.awardHistory, id).find((r) => r.subject === subject);
      d.check(
        `${code}.not_yet_awarded`,
        earlier === undefined,
        { subject, awardedOn: earlier?.awardedOn ?? '—' },
        spec.citation,
      );
      d.interpret('D-31-29');
      checkCommon(d, f, { no: spec.no, project: false, pollution: true }, asOf);
      const p = valueAt(spec.amount, asOf);
      const amount = parseYuan(p.value, spec.amount.id);
      d.step(`${code}.amount`, {
        parameters: { amount: p.value },
        result: formatYuan(amount),
        citation: p.citation,
      });
      return d.decide(amount);
    },
  });
}

export const item09: Rule = listedProjectRule({
  no: 9,
  title: { zh: '先进低碳技术试点优秀项目', en: 'Outstanding pilots of advanced low-carbon technology' },
  citation: ITEM9_AWARD_CITATION,
  amount: ITEM9_AMOUNT,
  subjectPrefix: 'advanced-low-carbon-pilot-excellent',
  list: {
    zh: '北京市生态环境局公布的先进低碳技术试点优秀项目',
    en: 'list of outstanding advanced low-carbon technology pilot projects published by the Beijing Municipal Ecology and Environment Bureau',
  },
  example: {
    title: {
      zh: '企业的余热回收低碳技术试点被评为优秀项目',
      en: "An enterprise's waste-heat recovery pilot is rated outstanding",
    },
    project: '余热回收先进低碳技术试点',
  },
});
