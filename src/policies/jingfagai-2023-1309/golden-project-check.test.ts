/**
 * Golden tests of 京发改〔2023〕1309号 一(三), 三 and 五(二) (compliance of a heating design), named
 * by clause; each expected outcome is worked out from the text in the comment above it.
 * eligible = compliant, ineligible = non-compliant, needs_review = undecided or a warning.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';

const RULE = 'jingfagai-2023-1309/project-check';
const d = (s: string): CalendarDate => parseCalendarDate(s);
const src = (id: string, technology: string, capacityKw: string, extra: object = {}) => ({
  id,
  technology,
  capacityKw,
  ...extra,
});
const base = {
  projectKind: 'new',
  heatSources: [src('H-1', 'biomass', '600'), src('H-2', 'gas_boiler', '400')],
};
/** Every decision the tests make, for the wording check at the end. */
const seen: Decision[] = [];
const run = (facts: object, asOf = '2024-06-30'): Decision => {
  const r = evaluate(RULE, { ...base, ...facts }, d(asOf));
  seen.push(r);
  return r;
};
const outcome = (facts: object) => run(facts).outcome;
const codes = (r: Decision, passed: boolean | null) =>
  r.reasons.filter((x) => x.passed === passed).map((x) => x.code);

describe('一(三) 新建供热项目新能源供热装机占比原则上不低于60%', () => {
  // 600 ÷ 1000 = 60%: "不低于60%" holds.
  test('exactly 60%: compliant', () => {
    const r = run({});
    assert.equal(r.outcome, 'eligible');
    assert.ok(codes(r, true).includes('j1309.check.share_principle'));
  });
  // 599.99 ÷ 1000 = 59.999%: below, but "原则上" — a warning for review, never a refusal (D-1309-9).
  test('59.999%: a warning, needs review, not non-compliant', () => {
    const r = run({ heatSources: [src('H-1', 'biomass', '599.99'), src('H-2', 'gas_boiler', '400.01')] });
    assert.equal(r.outcome, 'needs_review');
    assert.deepEqual(codes(r, null), ['j1309.check.share_principle_below']);
    assert.deepEqual(codes(r, false), []);
  });
  // "新建供热项目": an expansion or a rebuild is not held to it.
  test('expansions and rebuilds are not held to 60%', () => {
    const low = { heatSources: [src('H-1', 'biomass', '100'), src('H-2', 'gas_boiler', '900')] };
    for (const projectKind of ['expansion', 'rebuild']) {
      const r = run({ ...low, projectKind });
      assert.equal(r.outcome, 'eligible', projectKind);
      assert.ok(r.trace.some((s) => s.code === 'j1309.check.share_not_new'));
    }
  });
  // For 一(三) every new-energy source counts, water-source heat pumps included (D-1309-10):
  // 600 water source + 400 gas = 60%.
  test('water-source heat pumps count as new energy here', () => {
    assert.equal(
      outcome({ heatSources: [src('W', 'water_source', '600'), src('G', 'gas_boiler', '400')] }),
      'eligible',
    );
  });
});

describe('一(三) 禁止新建和扩建燃气独立供暖系统', () => {
  const gasOnly = { projectKind: 'expansion', heatSources: [src('G', 'gas_boiler', '1000')] };
  // A gas-only expansion is a stand-alone gas system: prohibited unless renewable heating is shown
  // infeasible; not stated → undecided.
  test('gas-only expansion: prohibited; exception when renewables are shown infeasible', () => {
    const r = run({ ...gasOnly, renewableHeatingInfeasible: false });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(codes(r, false), ['j1309.check.gas_ban']);
    assert.equal(outcome({ ...gasOnly, renewableHeatingInfeasible: true }), 'eligible');
    assert.equal(outcome(gasOnly), 'needs_review');
  });
  // "居民自行安装燃气壁挂炉采暖除外" — only when every gas source is such a boiler (D-1309-12).
  test('household wall-hung boilers installed by residents are excepted; mixed with a boiler they are not', () => {
    const household = { projectKind: 'expansion', heatSources: [src('W', 'household_gas_wall_hung', '300')] };
    const r = run(household);
    assert.equal(r.outcome, 'eligible');
    assert.ok(codes(r, true).includes('j1309.check.gas_exception_household'));
    const mixed = { ...household, heatSources: [...household.heatSources, src('G', 'gas_boiler', '100')] };
    assert.equal(outcome({ ...mixed, renewableHeatingInfeasible: false }), 'ineligible');
  });
  // A new gas-only project breaks the ban and falls below 60% as well.
  test('new gas-only project: non-compliant', () => {
    assert.equal(
      outcome({ heatSources: [src('G', 'gas_boiler', '500')], renewableHeatingInfeasible: false }),
      'ineligible',
    );
  });
  // Gas as auxiliary to a new-energy source is not "独立" (一(二): 燃气锅炉房等常规能源辅助).
  test('gas auxiliary to new energy is not stand-alone', () => {
    assert.equal(
      outcome({
        projectKind: 'expansion',
        heatSources: [src('B', 'biomass', '1'), src('G', 'gas_boiler', '999')],
      }),
      'eligible',
    );
  });
  // "禁止新建和扩建": a rebuild is outside the ban.
  test('a rebuild is outside the ban', () => {
    const r = run({ projectKind: 'rebuild', heatSources: [src('G', 'gas_boiler', '1000')] });
    assert.equal(r.outcome, 'eligible');
    assert.ok(r.trace.some((s) => s.code === 'j1309.check.gas_not_applicable'));
  });
});

describe('三(六) 集中式空气源热泵', () => {
  const unit = (id: string, capacityKw: string, cop: string, extra: object = {}) => ({
    id,
    capacityKw,
    cop,
    variableFrequency: true,
    lowNoise: true,
    ...extra,
  });
  const study = {
    shallowGroundSourceInfeasible: true,
    reclaimedOrSewageSourceInfeasible: true,
    townBuildingsConcentratedDemand: true,
  };
  const air = (units: object[], extra: object = {}) => ({
    heatSources: [src('A', 'central_air_source', '1000', { units })],
    airSourceStudy: study,
    ...extra,
  });
  // "单机装机容量大(不低于300kW)、设备能效高(COP不低于2.5)": 300 kW and COP 2.5 are enough.
  test('at the limits (300 kW, COP 2.5): compliant', () => {
    assert.equal(outcome(air([unit('U1', '300', '2.5'), unit('U2', '700', '3.1')])), 'eligible');
  });
  test('below the limits (299.9 kW, or COP 2.49): non-compliant, naming the unit', () => {
    const small = run(air([unit('U1', '299.9', '3'), unit('U2', '700.1', '3')]));
    assert.equal(small.outcome, 'ineligible');
    const reason = small.reasons.find((x) => x.code === 'j1309.check.air_unit_capacity');
    assert.equal(reason?.params.failing, 'U1');
    assert.deepEqual(codes(run(air([unit('U1', '1000', '2.49')])), false), ['j1309.check.air_cop']);
  });
  // "噪音低、可变频".
  test('fixed-frequency or noisy units: non-compliant', () => {
    assert.deepEqual(codes(run(air([unit('U1', '1000', '3', { variableFrequency: false })])), false), [
      'j1309.check.air_variable_frequency',
    ]);
    assert.deepEqual(codes(run(air([unit('U1', '1000', '3', { lowNoise: false })])), false), [
      'j1309.check.air_low_noise',
    ]);
  });
  // "在不具备浅层地源热泵、再生水(污水)源热泵等新能源供热系统建设条件的城镇建筑,通过论证后".
  test('ground or water source feasible: non-compliant; no study or no units: needs review', () => {
    const feasible = air([unit('U1', '1000', '3')], {
      airSourceStudy: { ...study, shallowGroundSourceInfeasible: false },
    });
    assert.deepEqual(codes(run(feasible), false), ['j1309.check.air_ground_infeasible']);
    const noStudy = run({
      heatSources: [src('A', 'central_air_source', '1000', { units: [unit('U1', '1000', '3')] })],
    });
    assert.equal(noStudy.outcome, 'needs_review');
    assert.ok(noStudy.interpretations.includes('D-1309-18'));
    assert.equal(
      outcome({ heatSources: [src('A', 'central_air_source', '1000')], airSourceStudy: study }),
      'needs_review',
    );
  });
});

describe('五(二) 再生水(污水)源热泵的回流水', () => {
  const rw = {
    intakeM3PerH: '800',
    returnM3PerH: '800',
    qualityNotReduced: true,
    returnPressureMatchesPipe: true,
    externalSupplyUnaffected: true,
  };
  const reclaimed = (r?: object) => ({
    heatSources: [src('R', 'reclaimed_water_source', '1000')],
    ...(r ? { reclaimedWaterReturn: r } : {}),
  });
  // "回流水水质、水量不降低": return ≥ intake; 799.9 < 800 fails.
  test('reclaimed water: return equal to intake passes; 799.9 of 800 m³/h fails', () => {
    assert.equal(outcome(reclaimed(rw)), 'eligible');
    assert.deepEqual(codes(run(reclaimed({ ...rw, returnM3PerH: '799.9' })), false), [
      'j1309.check.rw_quantity',
    ]);
  });
  test('reclaimed water: quality, pressure and external supply each required; no facts → review', () => {
    for (const [k, code] of [
      ['qualityNotReduced', 'j1309.check.rw_quality'],
      ['returnPressureMatchesPipe', 'j1309.check.rw_pressure'],
      ['externalSupplyUnaffected', 'j1309.check.rw_external_supply'],
    ] as const)
      assert.deepEqual(codes(run(reclaimed({ ...rw, [k]: false })), false), [code]);
    assert.equal(outcome(reclaimed()), 'needs_review');
  });
  // "污水源热泵供暖项目须确保回流水水质符合纳管标准,确保原管网运行压力稳定。"
  test('sewage source: quality to the sewer standard and stable pressure', () => {
    const sewage = (s: object) => ({ heatSources: [src('S', 'sewage_source', '1000')], sewageReturn: s });
    assert.equal(
      outcome(sewage({ qualityMeetsSewerStandard: true, networkPressureStable: true })),
      'eligible',
    );
    assert.equal(
      outcome(sewage({ qualityMeetsSewerStandard: false, networkPressureStable: true })),
      'ineligible',
    );
    assert.equal(
      outcome(sewage({ qualityMeetsSewerStandard: true, networkPressureStable: false })),
      'ineligible',
    );
  });
});

describe('三(一) 浅层地源热泵 and 三(三) 中深层水热型地热', () => {
  // "在满足空间实施条件和冷热平衡要求的前提下".
  test('shallow ground source: space and heating–cooling balance', () => {
    const g = (s: object) => ({
      heatSources: [src('G', 'shallow_ground_source', '1000')],
      shallowGroundSource: s,
    });
    assert.equal(outcome(g({ spaceConditionsMet: true, heatingCoolingBalanceMet: true })), 'eligible');
    assert.equal(outcome(g({ spaceConditionsMet: true, heatingCoolingBalanceMet: false })), 'ineligible');
  });
  // "以灌定采、采灌均衡 … 取热不耗水": reinjection at least the extraction (D-1309-16).
  test('hydrothermal: reinjection ≥ extraction, and the water-abstraction zones', () => {
    const geo = (g: object) => ({ heatSources: [src('D', 'deep_hydrothermal', '1000')], deepGeothermal: g });
    const ok = { extractionM3PerDay: '2400', reinjectionM3PerDay: '2400', waterAbstractionRulesMet: true };
    assert.equal(outcome(geo(ok)), 'eligible');
    assert.deepEqual(codes(run(geo({ ...ok, reinjectionM3PerDay: '2399.5' })), false), [
      'j1309.check.geo_reinjection',
    ]);
    assert.deepEqual(codes(run(geo({ ...ok, waterAbstractionRulesMet: false })), false), [
      'j1309.check.geo_water_zone',
    ]);
  });
});

describe('window', () => {
  test('in force from 2023-10-09 with no end', () => {
    assert.equal(run({}, '2023-10-09').outcome, 'eligible');
    const early = run({}, '2023-10-08');
    assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
  });
});

describe('wording', () => {
  test('every reason and step code the tests produced has wording in zh and en', () => {
    const messages = getRule(RULE).messages;
    const codes = new Set(
      seen.flatMap((r) => [...r.reasons.map((x) => x.code), ...r.trace.map((s) => s.code)]),
    );
    assert.ok(codes.size > 20);
    for (const code of codes) assert.ok(hasMessage(code, messages, ENGINE_MESSAGES), code);
  });
});
