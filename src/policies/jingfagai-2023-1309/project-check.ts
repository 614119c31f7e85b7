import type { Decision } from '../../engine/decision.ts';
import { DecisionBuilder } from '../../engine/decision.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import {
  cmp,
  parseRational,
  type Rational,
  toDecimalString,
  toPercentString,
  ZERO,
} from '../../engine/rational.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import {
  AIR_SOURCE_CITATION,
  FROM,
  GAS_BAN_CITATION,
  GEOTHERMAL_PRINCIPLES_CITATION,
  GEOTHERMAL_ZONES_CITATION,
  POLICY_ID,
  RECLAIMED_WATER_CITATION,
  SEWAGE_CITATION,
  SHALLOW_GROUND_CITATION,
  SHARE_PRINCIPLE_CITATION,
} from './citations.ts';
import { SHARE_PRINCIPLE } from './parameters.ts';
import {
  CHECK_EXAMPLES,
  CHECK_FACTS_SCHEMA,
  CHECK_KIND_LABELS,
  type ProjectCheckFacts,
} from './project-check-facts.ts';
import { CHECK_MESSAGES } from './project-check-messages.ts';
import { checkAirSource, checkGeothermal, checkWater, has, reported } from './project-check-technologies.ts';
import { duplicateIds, installedShare, isGas, isNewEnergy } from './technologies.ts';

export type { AirSourceUnit, CheckHeatSource, ProjectCheckFacts } from './project-check-facts.ts';

const pct = (r: Rational) => toPercentString(r, 2);
const num = (r: Rational) => toDecimalString(r, 6);

/** 一(三): the new-energy share of a new heating project, 60% in principle (D-1309-9, D-1309-10). */
function checkShare(d: DecisionBuilder, f: ProjectCheckFacts, share: Rational, asOf: CalendarDate) {
  const kind = CHECK_KIND_LABELS[f.projectKind];
  if (f.projectKind !== 'new') {
    d.step('j1309.check.share_not_new', {
      inputs: { kind: kind.zh, kindEn: kind.en },
      result: false,
      citation: SHARE_PRINCIPLE_CITATION,
    });
    return;
  }
  d.interpret('D-1309-9');
  const threshold = parseRational(valueAt(SHARE_PRINCIPLE, asOf).value);
  const params = { share: pct(share), threshold: pct(threshold) };
  if (cmp(share, threshold) >= 0)
    d.check('j1309.check.share_principle', true, params, SHARE_PRINCIPLE_CITATION);
  else
    d.check(
      'j1309.check.share_principle_below',
      null,
      { ...params, warning: true },
      SHARE_PRINCIPLE_CITATION,
    );
}

/** 一(三): no new or expanded stand-alone gas heating, with its exceptions (D-1309-11, D-1309-12). */
function checkGas(d: DecisionBuilder, f: ProjectCheckFacts, newEnergyKw: Rational) {
  const kind = CHECK_KIND_LABELS[f.projectKind];
  if (f.projectKind === 'rebuild') {
    d.step('j1309.check.gas_not_applicable', {
      inputs: { kind: kind.zh, kindEn: kind.en },
      result: false,
      citation: GAS_BAN_CITATION,
    });
    return;
  }
  d.interpret('D-1309-11');
  const gas = f.heatSources.filter((s) => isGas(s.technology));
  const gasKw = installedShare(gas, () => true).totalKw;
  const standalone = gas.length > 0 && cmp(newEnergyKw, ZERO) === 0;
  const household = standalone && gas.every((s) => s.technology === 'household_gas_wall_hung');
  if (household) {
    d.interpret('D-1309-12');
    d.check('j1309.check.gas_exception_household', true, {}, GAS_BAN_CITATION);
  } else if (standalone && f.renewableHeatingInfeasible === true) {
    d.check('j1309.check.gas_exception_renewable', true, {}, GAS_BAN_CITATION);
  }
  const infeasible = f.renewableHeatingInfeasible;
  d.check(
    'j1309.check.gas_ban',
    !standalone || household || infeasible === true ? true : infeasible === false ? false : null,
    { gasKw: num(gasKw), newEnergyKw: num(newEnergyKw), standalone, infeasible: infeasible ?? '-' },
    GAS_BAN_CITATION,
  );
}

export const projectCheck: Rule = defineRule<ProjectCheckFacts>({
  id: `${POLICY_ID}/project-check`,
  policyId: POLICY_ID,
  title: { zh: '新能源供热项目设计合规检查', en: 'Compliance check of a heating design' },
  citations: [
    GAS_BAN_CITATION,
    SHARE_PRINCIPLE_CITATION,
    SHALLOW_GROUND_CITATION,
    GEOTHERMAL_PRINCIPLES_CITATION,
    GEOTHERMAL_ZONES_CITATION,
    AIR_SOURCE_CITATION,
    RECLAIMED_WATER_CITATION,
    SEWAGE_CITATION,
  ],
  validity: { from: FROM },
  department: 'beijing-development-reform',
  noApplication: false,
  factsSchema: CHECK_FACTS_SCHEMA,
  examples: CHECK_EXAMPLES,
  messages: CHECK_MESSAGES,
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    const dup = duplicateIds(f.heatSources);
    d.check(
      'j1309.check.distinct_ids',
      dup.length === 0,
      { duplicates: dup.join(', ') || '-' },
      SHARE_PRINCIPLE_CITATION,
    );
    const zero = f.heatSources.filter(
      (s, i) => parseRational(s.capacityKw, `facts.heatSources.${i}.capacityKw`).n <= 0n,
    );
    d.check(
      'j1309.check.capacities_positive',
      zero.length === 0,
      { zero: zero.map((s) => s.id).join(', ') || '-' },
      SHARE_PRINCIPLE_CITATION,
    );
    d.interpret('D-1309-10');
    const sh = installedShare(f.heatSources, isNewEnergy);
    const share = sh.share ?? ZERO;
    d.step('j1309.check.share', {
      inputs: {
        newEnergyKw: num(sh.newEnergyKw),
        totalKw: num(sh.totalKw),
        exact: toDecimalString(share, 6),
      },
      result: pct(share),
      citation: SHARE_PRINCIPLE_CITATION,
    });
    checkShare(d, f, share, asOf);
    checkGas(d, f, sh.newEnergyKw);
    const missing = () => d.interpret('D-1309-18');
    if (has(f, 'shallow_ground_source')) {
      d.interpret('D-1309-17');
      if (!f.shallowGroundSource) missing();
      reported(
        d,
        'j1309.check.shallow_space',
        f.shallowGroundSource?.spaceConditionsMet,
        SHALLOW_GROUND_CITATION,
      );
      reported(
        d,
        'j1309.check.shallow_balance',
        f.shallowGroundSource?.heatingCoolingBalanceMet,
        SHALLOW_GROUND_CITATION,
      );
    }
    if (has(f, 'central_air_source')) {
      if (!f.airSourceStudy) missing();
      checkAirSource(d, f, asOf);
    }
    if (has(f, 'deep_hydrothermal')) {
      if (!f.deepGeothermal) missing();
      checkGeothermal(d, f);
    }
    if (
      (has(f, 'reclaimed_water_source') && !f.reclaimedWaterReturn) ||
      (has(f, 'sewage_source') && !f.sewageReturn)
    )
      missing();
    checkWater(d, f);
    return d.decide(null);
  },
});
