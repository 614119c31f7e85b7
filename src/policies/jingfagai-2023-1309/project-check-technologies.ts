/**
 * @module policies/jingfagai-2023-1309/project-check-technologies
 * The technology-specific conditions of a heating design: centralised air-source heat pumps
 * (三(六)), medium-deep hydrothermal geothermal (三(三)) and the return water of reclaimed-water and
 * sewage-source heat pumps (五(二)). A missing block of facts leaves its conditions undecided.
 */
import type { Citation } from '../../engine/citation.ts';
import type { DecisionBuilder } from '../../engine/decision.ts';
import { valueAt } from '../../engine/parameter.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { cmp, parseRational, type Rational, toDecimalString } from '../../engine/rational.ts';
import {
  AIR_SOURCE_CITATION,
  GEOTHERMAL_PRINCIPLES_CITATION,
  GEOTHERMAL_ZONES_CITATION,
  RECLAIMED_WATER_CITATION,
  SEWAGE_CITATION,
} from './citations.ts';
import { AIR_COP_MIN, AIR_UNIT_MIN_KW } from './parameters.ts';
import type { CheckHeatSource, ProjectCheckFacts } from './project-check-facts.ts';
import type { Technology } from './technologies.ts';

const num = (r: Rational) => toDecimalString(r, 6);

/** True when the design has a heat source of technology `t`. */
export const has = (f: ProjectCheckFacts, t: Technology): boolean =>
  f.heatSources.some((s) => s.technology === t);

/** A reported boolean as a reason: undecided (null) when its block is missing. */
export function reported(
  d: DecisionBuilder,
  code: string,
  value: boolean | undefined,
  citation: Citation,
): void {
  d.check(code, value ?? null, { value: value ?? '-' }, citation);
}

/** 三(六): a centralised air-source system, its study and each of its units (D-1309-13). */
export function checkAirSource(d: DecisionBuilder, f: ProjectCheckFacts, asOf: CalendarDate) {
  d.interpret('D-1309-13');
  const s = f.airSourceStudy;
  reported(d, 'j1309.check.air_ground_infeasible', s?.shallowGroundSourceInfeasible, AIR_SOURCE_CITATION);
  reported(d, 'j1309.check.air_water_infeasible', s?.reclaimedOrSewageSourceInfeasible, AIR_SOURCE_CITATION);
  reported(d, 'j1309.check.air_town_concentrated', s?.townBuildingsConcentratedDemand, AIR_SOURCE_CITATION);
  const minKw = parseRational(valueAt(AIR_UNIT_MIN_KW, asOf).value);
  const minCop = parseRational(valueAt(AIR_COP_MIN, asOf).value);
  f.heatSources.forEach((src: CheckHeatSource, i) => {
    if (src.technology !== 'central_air_source') return;
    const units = src.units ?? [];
    if (units.length === 0) {
      d.check('j1309.check.air_units', null, { source: src.id, count: 0 }, AIR_SOURCE_CITATION);
      return;
    }
    const read = units.map((u, j) => ({
      id: u.id,
      kw: parseRational(u.capacityKw, `facts.heatSources.${i}.units.${j}.capacityKw`),
      cop: parseRational(u.cop, `facts.heatSources.${i}.units.${j}.cop`),
      u,
    }));
    const ids = (xs: typeof read) => xs.map((x) => x.id).join(', ') || '-';
    const smallest = read.reduce((a, b) => (cmp(b.kw, a.kw) < 0 ? b : a));
    const lowest = read.reduce((a, b) => (cmp(b.cop, a.cop) < 0 ? b : a));
    const smallKw = read.filter((x) => cmp(x.kw, minKw) < 0);
    const lowCop = read.filter((x) => cmp(x.cop, minCop) < 0);
    const fixedFreq = read.filter((x) => !x.u.variableFrequency);
    const noisy = read.filter((x) => !x.u.lowNoise);
    const base = { source: src.id };
    d.check(
      'j1309.check.air_unit_capacity',
      smallKw.length === 0,
      { ...base, min: num(minKw), smallest: num(smallest.kw), failing: ids(smallKw) },
      AIR_SOURCE_CITATION,
    );
    d.check(
      'j1309.check.air_cop',
      lowCop.length === 0,
      { ...base, min: num(minCop), lowest: num(lowest.cop), failing: ids(lowCop) },
      AIR_SOURCE_CITATION,
    );
    d.check(
      'j1309.check.air_variable_frequency',
      fixedFreq.length === 0,
      { ...base, failing: ids(fixedFreq) },
      AIR_SOURCE_CITATION,
    );
    d.check(
      'j1309.check.air_low_noise',
      noisy.length === 0,
      { ...base, failing: ids(noisy) },
      AIR_SOURCE_CITATION,
    );
  });
}

/** 三(三): reinjection at least the extraction, and the water-abstraction zones (D-1309-16). */
export function checkGeothermal(d: DecisionBuilder, f: ProjectCheckFacts) {
  d.interpret('D-1309-16');
  const g = f.deepGeothermal;
  if (g === undefined) {
    d.check(
      'j1309.check.geo_reinjection',
      null,
      { extraction: '-', reinjection: '-' },
      GEOTHERMAL_PRINCIPLES_CITATION,
    );
  } else {
    const out = parseRational(g.extractionM3PerDay, 'facts.deepGeothermal.extractionM3PerDay');
    const back = parseRational(g.reinjectionM3PerDay, 'facts.deepGeothermal.reinjectionM3PerDay');
    d.check(
      'j1309.check.geo_reinjection',
      cmp(back, out) >= 0,
      { extraction: num(out), reinjection: num(back) },
      GEOTHERMAL_PRINCIPLES_CITATION,
    );
  }
  reported(d, 'j1309.check.geo_water_zone', g?.waterAbstractionRulesMet, GEOTHERMAL_ZONES_CITATION);
}

/** 五(二): the water a reclaimed-water or sewage-source heat pump returns (D-1309-14, D-1309-15). */
export function checkWater(d: DecisionBuilder, f: ProjectCheckFacts) {
  if (has(f, 'reclaimed_water_source')) {
    d.interpret('D-1309-14');
    const r = f.reclaimedWaterReturn;
    reported(d, 'j1309.check.rw_quality', r?.qualityNotReduced, RECLAIMED_WATER_CITATION);
    if (r === undefined) {
      d.check('j1309.check.rw_quantity', null, { intake: '-', returned: '-' }, RECLAIMED_WATER_CITATION);
    } else {
      const intake = parseRational(r.intakeM3PerH, 'facts.reclaimedWaterReturn.intakeM3PerH');
      const back = parseRational(r.returnM3PerH, 'facts.reclaimedWaterReturn.returnM3PerH');
      d.check(
        'j1309.check.rw_quantity',
        cmp(back, intake) >= 0,
        { intake: num(intake), returned: num(back) },
        RECLAIMED_WATER_CITATION,
      );
    }
    reported(d, 'j1309.check.rw_pressure', r?.returnPressureMatchesPipe, RECLAIMED_WATER_CITATION);
    reported(d, 'j1309.check.rw_external_supply', r?.externalSupplyUnaffected, RECLAIMED_WATER_CITATION);
  }
  if (has(f, 'sewage_source')) {
    d.interpret('D-1309-15');
    reported(d, 'j1309.check.sw_quality', f.sewageReturn?.qualityMeetsSewerStandard, SEWAGE_CITATION);
    reported(d, 'j1309.check.sw_pressure', f.sewageReturn?.networkPressureStable, SEWAGE_CITATION);
  }
}
