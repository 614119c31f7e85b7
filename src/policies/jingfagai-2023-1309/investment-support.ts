/**
 * @module policies/jingfagai-2023-1309/investment-support
 * 六 完善市政府固定资产投资支持政策: the municipal fixed-asset investment support of a new-energy
 * heating project.
 *
 * > 企业投资项目。对新能源供热装机占比达到 60% 及以上的新能源供热新建及改扩建项目,给予新能源建设投资 30% 的
 * > 市政府固定资产投资支持;装机占比 30% 至 60%(不含)的给予 20% 资金支持;对新能源供热装机占比 30% 及以上的
 * > 新技术应用项目、多能耦合综合能源站项目,给予新能源建设投资 30% 的资金支持。对与新能源供热项目配套建设的
 * > 蓄热(冷)系统、太阳能补热等设施给予热源同比例的资金支持。
 * > 政府投资项目。……对于不具备企业投资条件的新能源供热项目,给予与主体项目同比例的资金支持。(六(一))
 * > 已申请其他市级固定资产投资支持或运行补贴支持的项目,本政策不再重复支持。(六(三))
 *
 * Amount = counted new-energy construction investment (六(二) items, D-1309-3/4) × rate, exact and
 * rounded half up to the fen once (D-1309-7). Enterprise rate: the highest that applies (D-1309-2);
 * government rate: the main project's municipal ratio (D-1309-5). The text sets no cap. Not coded:
 * the call, expert review and publicity of 六(三), which are the administering commission's
 * procedure; the amount here is the support standard the review applies (D-1309-8).
 */
import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { addFen, applyRate, type Fen, fen, formatYuan, parseYuan } from '../../engine/money.ts';
import {
  parseRational,
  type Rational,
  toDecimalString,
  toPercentString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  FROM,
  GOVERNMENT_ENTERPRISE_CITATION,
  GOVERNMENT_RATIO_CITATION,
  INVESTMENT_ITEMS_CITATION,
  NO_DOUBLE_SUPPORT_CITATION,
  POLICY_ID,
  RATE_HIGH_CITATION,
  RATE_LOW_CITATION,
  RATE_SPECIAL_CITATION,
  SUPPLEMENTARY_CITATION,
  SUPPORT_CITATION,
  TECHNOLOGIES_CITATION,
} from './citations.ts';
import { CATEGORY_LABELS, classifyItem } from './investment-items.ts';
import { SUPPORT_EXAMPLES, SUPPORT_FACTS_SCHEMA, type SupportFacts } from './investment-support-facts.ts';

export type { InvestmentItem } from './investment-items.ts';
export type { SupportFacts } from './investment-support-facts.ts';

import { SUPPORT_MESSAGES } from './investment-support-messages.ts';
import { enterpriseRate, governmentRate } from './support-rate.ts';
import {
  duplicateIds,
  installedShare,
  isListed,
  isSupportedNewEnergy,
  TECHNOLOGY_LABELS,
} from './technologies.ts';

const pct = (r: Rational) => toPercentString(r, 2);
const kw = (r: Rational) => toDecimalString(r, 6);

/** Classifies every item and sums what counts (undecided items provisionally included). */
function countedInvestment(d: DecisionBuilder, f: SupportFacts): Fen {
  let sum = fen(0);
  let declared = fen(0);
  let counted = 0;
  f.investmentItems.forEach((item, i) => {
    const amount = parseYuan(item.amount, `facts.investmentItems.${i}.amount`);
    declared = addFen(declared, amount);
    const cls = classifyItem(item, f.multiEnergyStation);
    const supplementary = ['thermal_storage', 'solar_heat_supplement', 'station_storage_pv'].includes(
      item.category,
    );
    if (supplementary) d.interpret('D-1309-4');
    if (cls.counted === null)
      d.check('j1309.support.item_built_with_project', null, { id: item.id }, SUPPLEMENTARY_CITATION);
    if (cls.counted !== false) {
      sum = addFen(sum, amount);
      counted++;
    }
    d.step(cls.code, {
      inputs: {
        id: item.id,
        category: CATEGORY_LABELS[item.category].zh,
        categoryEn: CATEGORY_LABELS[item.category].en,
        amount: formatYuan(amount),
      },
      result: cls.counted,
      citation:
        supplementary && item.category !== 'station_storage_pv'
          ? SUPPLEMENTARY_CITATION
          : INVESTMENT_ITEMS_CITATION,
    });
  });
  d.step('j1309.support.eligible_investment', {
    inputs: {
      items: f.investmentItems.length,
      counted,
      excluded: f.investmentItems.length - counted,
      declared: formatYuan(declared),
    },
    result: formatYuan(sum),
    citation: INVESTMENT_ITEMS_CITATION,
  });
  d.check(
    'j1309.support.investment_positive',
    sum > 0,
    { value: formatYuan(sum) },
    INVESTMENT_ITEMS_CITATION,
  );
  return sum;
}

export const investmentSupport: Rule = defineRule<SupportFacts>({
  id: `${POLICY_ID}/investment-support`,
  policyId: POLICY_ID,
  title: {
    zh: '新能源供热项目市政府固定资产投资支持',
    en: 'Municipal fixed-asset investment support for new-energy heating projects',
  },
  citations: [
    SUPPORT_CITATION,
    RATE_HIGH_CITATION,
    RATE_LOW_CITATION,
    RATE_SPECIAL_CITATION,
    SUPPLEMENTARY_CITATION,
    GOVERNMENT_ENTERPRISE_CITATION,
    GOVERNMENT_RATIO_CITATION,
    TECHNOLOGIES_CITATION,
    INVESTMENT_ITEMS_CITATION,
    NO_DOUBLE_SUPPORT_CITATION,
  ],
  validity: { from: FROM },
  department: 'beijing-development-reform',
  noApplication: false,
  factsSchema: SUPPORT_FACTS_SCHEMA,
  examples: SUPPORT_EXAMPLES,
  messages: SUPPORT_MESSAGES,
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const dup = duplicateIds([...f.heatSources, ...f.investmentItems]);
    d.check(
      'j1309.support.distinct_ids',
      dup.length === 0,
      { duplicates: dup.join(', ') || '-' },
      SUPPORT_CITATION,
    );
    const zero = f.heatSources.filter(
      (s, i) => parseRational(s.capacityKw, `facts.heatSources.${i}.capacityKw`).n <= 0n,
    );
    d.check(
      'j1309.support.capacities_positive',
      zero.length === 0,
      { zero: zero.map((s) => s.id).join(', ') || '-' },
      SUPPORT_CITATION,
    );
    d.check(
      'j1309.support.listed_technology',
      f.heatSources.some((s) => isListed(s.technology)),
      {
        technologies: [...new Set(f.heatSources.map((s) => TECHNOLOGY_LABELS[s.technology].zh))].join('、'),
        technologiesEn: [...new Set(f.heatSources.map((s) => TECHNOLOGY_LABELS[s.technology].en))].join(', '),
      },
      TECHNOLOGIES_CITATION,
    );

    d.interpret('D-1309-1');
    for (const s of f.heatSources)
      d.step('j1309.support.source', {
        inputs: {
          id: s.id,
          technology: TECHNOLOGY_LABELS[s.technology].zh,
          technologyEn: TECHNOLOGY_LABELS[s.technology].en,
          capacityKw: String(s.capacityKw),
        },
        result: isSupportedNewEnergy(s.technology),
        citation: TECHNOLOGIES_CITATION,
      });
    const sh = installedShare(f.heatSources, isSupportedNewEnergy);
    const share = sh.share ?? ZERO;
    d.step('j1309.support.share', {
      inputs: { newEnergyKw: kw(sh.newEnergyKw), totalKw: kw(sh.totalKw), exact: toDecimalString(share, 6) },
      result: pct(share),
      citation: RATE_HIGH_CITATION,
    });

    let rate: Rational | null;
    if (f.investor === 'enterprise') {
      d.interpret('D-1309-2');
      rate = enterpriseRate(d, f, share, asOf);
    } else {
      d.interpret('D-1309-5');
      rate = governmentRate(d, f);
    }

    d.interpret('D-1309-6');
    d.check(
      'j1309.support.no_other_support',
      !f.otherMunicipalSupport,
      { value: f.otherMunicipalSupport },
      NO_DOUBLE_SUPPORT_CITATION,
    );

    d.interpret('D-1309-3');
    d.interpret('D-1309-8');
    const investment = countedInvestment(d, f);
    if (rate === null) return d.decide(null);
    d.interpret('D-1309-7');
    const amount = applyRate(investment, rate, 'half_up');
    d.step('j1309.support.amount', {
      inputs: { investment: formatYuan(investment) },
      parameters: { rate: pct(rate), rounding: 'half_up' },
      result: formatYuan(amount),
      citation: f.investor === 'enterprise' ? RATE_HIGH_CITATION : GOVERNMENT_RATIO_CITATION,
    });
    return d.decide(amount);
  },
});
