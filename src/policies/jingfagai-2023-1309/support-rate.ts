/**
 * @module policies/jingfagai-2023-1309/support-rate
 * The rate of the investment support (六(一)): for enterprise projects the highest rate whose
 * share condition holds (D-1309-2); for government-invested systems that cannot be
 * enterprise-invested, the main project's municipal ratio (D-1309-5). Each records its reasons.
 */
import type { DecisionBuilder } from '../../engine/decision.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, ONE, parseRational, type Rational, toPercentString, ZERO } from '../../engine/rational.ts';
import {
  GOVERNMENT_ENTERPRISE_CITATION,
  GOVERNMENT_RATIO_CITATION,
  RATE_HIGH_CITATION,
  RATE_LOW_CITATION,
  RATE_SPECIAL_CITATION,
} from './citations.ts';
import { PROJECT_KIND_LABELS, type SupportFacts } from './investment-support-facts.ts';
import { RATE_HIGH, RATE_LOW, RATE_SPECIAL, SHARE_HIGH, SHARE_LOW, SHARE_SPECIAL } from './parameters.ts';

const pct = (r: Rational) => toPercentString(r, 2);

/** The enterprise rate (D-1309-2): the highest rate whose condition holds, or null. */
export function enterpriseRate(
  d: DecisionBuilder,
  f: SupportFacts,
  share: Rational,
  asOf: CalendarDate,
): Rational | null {
  const p = (x: typeof SHARE_HIGH) => parseRational(valueAt(x, asOf).value);
  const special = f.newTechnologyApplication || f.multiEnergyStation;
  const built = f.projectKind !== 'other';
  d.check(
    'j1309.support.project_kind',
    built || special,
    {
      projectKind: PROJECT_KIND_LABELS[f.projectKind].zh,
      projectKindEn: PROJECT_KIND_LABELS[f.projectKind].en,
      newTechnology: f.newTechnologyApplication,
      multiEnergyStation: f.multiEnergyStation,
    },
    special ? RATE_SPECIAL_CITATION : RATE_HIGH_CITATION,
  );
  // The lowest threshold among the routes open to the project (both are 30% in the text).
  const thresholds = [...(special ? [p(SHARE_SPECIAL)] : []), ...(built || !special ? [p(SHARE_LOW)] : [])];
  const min = thresholds.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
  d.check(
    'j1309.support.share_min',
    cmp(share, min) >= 0,
    { share: pct(share), min: pct(min) },
    special ? RATE_SPECIAL_CITATION : RATE_LOW_CITATION,
  );
  const options: { rate: Rational; citation: typeof RATE_HIGH_CITATION; zh: string; en: string }[] = [];
  if (special && cmp(share, p(SHARE_SPECIAL)) >= 0)
    options.push({
      rate: p(RATE_SPECIAL),
      citation: RATE_SPECIAL_CITATION,
      zh: '新技术应用项目、多能耦合综合能源站，装机占比30%及以上',
      en: 'new-technology project or multi-energy station with a share of 30% or more',
    });
  if (built && cmp(share, p(SHARE_HIGH)) >= 0)
    options.push({
      rate: p(RATE_HIGH),
      citation: RATE_HIGH_CITATION,
      zh: '新建及改扩建项目，装机占比60%及以上',
      en: 'new, rebuilt or expanded project with a share of 60% or more',
    });
  else if (built && cmp(share, p(SHARE_LOW)) >= 0)
    options.push({
      rate: p(RATE_LOW),
      citation: RATE_LOW_CITATION,
      zh: '新建及改扩建项目，装机占比30%至60%（不含）',
      en: 'new, rebuilt or expanded project with a share from 30% to below 60%',
    });
  const best = options.sort((a, b) => cmp(b.rate, a.rate))[0];
  if (!best) return null;
  d.step('j1309.support.rate', {
    inputs: { share: pct(share), projectKind: f.projectKind },
    parameters: { basis: best.zh, basisEn: best.en },
    result: pct(best.rate),
    citation: best.citation,
  });
  return best.rate;
}

/** The government rate (D-1309-5): the main project's municipal ratio, when the route applies. */
export function governmentRate(d: DecisionBuilder, f: SupportFacts): Rational | null {
  const feasible = f.enterpriseInvestmentFeasible;
  d.check(
    'j1309.support.gov_no_enterprise_route',
    feasible === undefined ? null : !feasible,
    { feasible: feasible ?? '-' },
    feasible === true ? GOVERNMENT_ENTERPRISE_CITATION : GOVERNMENT_RATIO_CITATION,
  );
  const text = f.mainProjectMunicipalRatio;
  const r = text === undefined ? null : parseRational(text, 'facts.mainProjectMunicipalRatio');
  const ok = r !== null && cmp(r, ZERO) > 0 && cmp(r, ONE) <= 0;
  d.check(
    'j1309.support.gov_main_ratio',
    r === null ? null : ok,
    { value: text ?? '-' },
    GOVERNMENT_RATIO_CITATION,
  );
  if (!ok) return null;
  d.step('j1309.support.gov_rate', {
    inputs: { value: String(text) },
    result: pct(r),
    citation: GOVERNMENT_RATIO_CITATION,
  });
  return r;
}
