/**
 * @module policies/jingjiguanfa-2023-31/item-15
 * 第一章 一（十五） 绿色制造体系称号类项目 (national green manufacturing titles), 免申即享.
 *
 * > 对获得国家工业和信息化部评选出的“绿色工厂”“绿色设计产品”“绿色供应链管理示范企业”等国家级绿色制造体系称号
 * > 的项目给予奖励。其中,“绿色工厂”“绿色供应链”以企业为单位奖励 100 万元;“绿色设计产品”以企业产品为单位,
 * > 每个产品奖励 20 万元(同一家企业最多奖励 100 万元),该类项目为免申即享项目。
 *
 * 绿色工厂 and 绿色供应链 100万 each, once per enterprise; 绿色设计产品 20万 per product, at most
 * 100万 per enterprise over the measure's life (D-31-6), counting the enterprise's earlier awards
 * (`awardHistory`); the last product may get only the rest of the cap (D-31-33). The award keys are
 * `green-factory`, `green-supply-chain` and `green-design:<product>`; `awardSubjects` returns those
 * this award pays. A title, not a project: 第二章 二（四）（五） do not apply (D-31-31).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { addFen, type Fen, fen, formatYuan, maxFen, minFen, parseYuan, subFen } from '../../engine/money.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { AREA_CITATION, type CommonFacts, checkCommon } from './common.ts';
import { AWARD_HISTORY_FACT, type AwardRecord, awardsOf } from './history.ts';
import { FROM, POLICY_ID } from './parameters.ts';
import {
  EXAMPLE_APPLICANT,
  ITEM15_ENTERPRISE_CITATION,
  ITEM15_PER_PRODUCT,
  ITEM15_PER_TITLE,
  ITEM15_PRODUCT_CAP,
  ITEM15_PRODUCT_CITATION,
  ITEM15_SCOPE_CITATION,
  itemFactsSchema,
  itemMessages,
} from './parameters-energy.ts';

const RULE_ID = `${POLICY_ID}/item-15`;
const DESIGN = 'green-design:';

export interface Item15Facts extends CommonFacts {
  readonly greenFactory: boolean;
  readonly greenSupplyChain: boolean;
  readonly greenDesignProducts: readonly string[];
  readonly awardHistory?: readonly AwardRecord[];
}

type Status = 'awarded' | 'partial' | 'already_awarded' | 'cap_reached';
interface Line {
  readonly subject: string;
  readonly status: Status;
  readonly amount: Fen;
}

/** What this award pays, title by title, in the order factory, supply chain, products as listed. */
function plan(f: Item15Facts, asOf: CalendarDate) {
  const earlier = awardsOf(f.awardHistory, RULE_ID);
  const done = new Set(earlier.map((r) => r.subject));
  const perTitle = parseYuan(valueAt(ITEM15_PER_TITLE, asOf).value);
  const perProduct = parseYuan(valueAt(ITEM15_PER_PRODUCT, asOf).value);
  const cap = parseYuan(valueAt(ITEM15_PRODUCT_CAP, asOf).value);
  const designBefore = addFen(
    fen(0),
    ...earlier
      .filter((r) => r.subject.startsWith(DESIGN))
      .map((r) => parseYuan(r.amount, 'facts.awardHistory.amount')),
  );
  let remaining = maxFen(fen(0), subFen(cap, designBefore));
  const capLeft = remaining;
  const lines: Line[] = [];
  const title = (subject: string) =>
    lines.push(
      done.has(subject)
        ? { subject, status: 'already_awarded', amount: fen(0) }
        : { subject, status: 'awarded', amount: perTitle },
    );
  if (f.greenFactory) title('green-factory');
  if (f.greenSupplyChain) title('green-supply-chain');
  for (const product of f.greenDesignProducts) {
    const subject = `${DESIGN}${product}`;
    if (done.has(subject)) {
      lines.push({ subject, status: 'already_awarded', amount: fen(0) });
      continue;
    }
    const amount = minFen(perProduct, remaining);
    remaining = subFen(remaining, amount);
    lines.push({
      subject,
      status: amount === 0 ? 'cap_reached' : amount < perProduct ? 'partial' : 'awarded',
      amount,
    });
  }
  return { lines, designBefore, cap, capLeft, perTitle, perProduct };
}

export const item15: Rule = defineRule<Item15Facts>({
  id: RULE_ID,
  policyId: POLICY_ID,
  title: { zh: '绿色制造体系称号类项目', en: 'Green manufacturing titles' },
  citations: [ITEM15_SCOPE_CITATION, ITEM15_ENTERPRISE_CITATION, ITEM15_PRODUCT_CITATION, AREA_CITATION],
  validity: { from: FROM },
  department: 'city-operations',
  noApplication: true,
  factsSchema: itemFactsSchema(
    ['greenFactory', 'greenSupplyChain', 'greenDesignProducts'],
    {
      greenFactory: {
        type: 'boolean',
        description: 'Holds the national “green factory” title selected by the MIIT',
        'x-description-zh': '获得国家工业和信息化部评选的“绿色工厂”称号',
      },
      greenSupplyChain: {
        type: 'boolean',
        description:
          'Holds the national “green supply chain management demonstration enterprise” title selected by the MIIT',
        'x-description-zh': '获得国家工业和信息化部评选的“绿色供应链管理示范企业”称号',
      },
      greenDesignProducts: {
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', minLength: 1, pattern: '^\\S(.*\\S)?$' },
        description: 'The enterprise’s products holding the national “green design product” title, by name',
        'x-description-zh': '获得国家“绿色设计产品”称号的本企业产品（产品名称）',
      },
      awardHistory: AWARD_HISTORY_FACT,
    },
    false,
  ),
  awardSubjects(f) {
    // The parameters have a single value from FROM; the keys do not depend on the date.
    return plan(f, FROM)
      .lines.filter((l) => l.amount > 0)
      .map((l) => l.subject);
  },
  examples: [
    {
      title: {
        zh: '绿色工厂，另有2个绿色设计产品',
        en: 'A green factory with two green design products',
      },
      asOf: '2024-06-30' as CalendarDate,
      facts: {
        greenFactory: true,
        greenSupplyChain: false,
        greenDesignProducts: ['锂电池模组', '电驱动总成'],
        ...EXAMPLE_APPLICANT,
        location: 'yizhuang_225',
      },
    },
  ],
  messages: itemMessages({
    'j31.item15.title_held': {
      zh: '获得国家级绿色制造体系称号（绿色工厂：{factory}；绿色供应链：{supplyChain}；绿色设计产品 {products} 个）',
      en: 'Holds a national green manufacturing title (green factory: {factory}; green supply chain: {supplyChain}; {products} green design products)',
    },
    'j31.item15.something_to_award': {
      zh: '尚有未获奖励的称号或未用完的产品奖励额度（本次奖励 {amount} 元）',
      en: 'Some title is not yet rewarded, or the product cap is not used up (this award: {amount} yuan)',
    },
    'j31.item15.design_cap': {
      zh: '绿色设计产品奖励额度：上限 {cap} 元 − 此前已奖励 {awardedBefore} 元 = 剩余 {result} 元',
      en: 'Green design products: cap {cap} yuan − earlier awards {awardedBefore} yuan = {result} yuan left',
    },
    'j31.item15.line': {
      zh: '{subject}：{status}（标准 {per} 元）→ {result} 元',
      en: '{subject}: {status} (standard {per} yuan) → {result} yuan',
    },
    'j31.item15.total': {
      zh: '奖励金额合计 {result} 元',
      en: 'Total award {result} yuan',
    },
  }),
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-31-6');
    d.interpret('D-31-31');
    d.interpret('D-31-33');
    const p = plan(f, asOf);
    d.check(
      'j31.item15.title_held',
      f.greenFactory || f.greenSupplyChain || f.greenDesignProducts.length > 0,
      { factory: f.greenFactory, supplyChain: f.greenSupplyChain, products: f.greenDesignProducts.length },
      ITEM15_SCOPE_CITATION,
    );
    if (f.greenDesignProducts.length > 0) {
      d.step('j31.item15.design_cap', {
        inputs: { awardedBefore: formatYuan(p.designBefore) },
        parameters: { cap: formatYuan(p.cap) },
        result: formatYuan(p.capLeft),
        citation: ITEM15_PRODUCT_CITATION,
      });
    }
    for (const l of p.lines) {
      const design = l.subject.startsWith(DESIGN);
      d.step('j31.item15.line', {
        inputs: { subject: l.subject, status: l.status },
        parameters: { per: formatYuan(design ? p.perProduct : p.perTitle) },
        result: formatYuan(l.amount),
        citation: design ? ITEM15_PRODUCT_CITATION : ITEM15_ENTERPRISE_CITATION,
      });
    }
    const amount = addFen(fen(0), ...p.lines.map((l) => l.amount));
    d.step('j31.item15.total', { result: formatYuan(amount), citation: ITEM15_SCOPE_CITATION });
    d.check(
      'j31.item15.something_to_award',
      amount > 0,
      { amount: formatYuan(amount) },
      ITEM15_PRODUCT_CITATION,
    );
    checkCommon(d, f, { no: 15, project: false, pollution: true }, asOf);
    return d.decide(amount);
  },
});
