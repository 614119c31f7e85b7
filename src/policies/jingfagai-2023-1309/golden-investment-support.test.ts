/**
 * Golden tests of 京发改〔2023〕1309号 六 (municipal fixed-asset investment support), named by
 * clause; each expected value is worked out from the text in the comment above it. Amounts are fen.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';

const RULE = 'jingfagai-2023-1309/investment-support';
const d = (s: string): CalendarDate => parseCalendarDate(s);
const src = (id: string, technology: string, capacityKw: string) => ({ id, technology, capacityKw });
/** 1,000,000 yuan of heat pumps and 1,000,000 of heat extraction: 2,000,000 yuan counted. */
const ITEMS = [
  { id: 'I-1', category: 'heat_pump_units', amount: '1000000' },
  { id: 'I-2', category: 'heat_extraction', amount: '1000000' },
];
const base = {
  investor: 'enterprise',
  projectKind: 'new',
  newTechnologyApplication: false,
  multiEnergyStation: false,
  heatSources: [src('H-1', 'shallow_ground_source', '600'), src('H-2', 'gas_boiler', '400')],
  investmentItems: ITEMS,
  otherMunicipalSupport: false,
};
/** Every decision the tests make, for the wording check at the end. */
const seen: Decision[] = [];
const run = (facts: object, asOf = '2024-06-30'): Decision => {
  const r = evaluate(RULE, { ...base, ...facts }, d(asOf));
  seen.push(r);
  return r;
};
const result = (facts: object, asOf?: string) => {
  const r = run(facts, asOf);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const steps = (r: Decision) => r.trace.map((s) => s.code);
/** Heat sources giving a share of `newKw / (newKw + gasKw)`. */
const share = (newKw: string, gasKw: string, technology = 'shallow_ground_source') => ({
  heatSources: [src('H-1', technology, newKw), src('H-2', 'gas_boiler', gasKw)],
});

describe('六(一) 企业投资项目: the rate by installed share', () => {
  // "装机占比达到 60% 及以上 … 给予新能源建设投资 30%": 600 ÷ 1000 = 60% exactly →
  // 2,000,000 × 30% = 600,000 元.
  test('a share of exactly 60% gets 30%: 2,000,000 × 30% = 600,000 元', () => {
    assert.deepEqual(result({}), ['eligible', 60_000_000]);
  });
  // 1199.99 ÷ 2000 = 59.9995%, below 60% → "30% 至 60%(不含)的给予 20%": 400,000 元.
  test('59.9995% (1199.99 of 2000 kW) is below 60%: 20%, 400,000 元', () => {
    assert.deepEqual(result(share('1199.99', '800.01')), ['eligible', 40_000_000]);
  });
  // 300 ÷ 1000 = 30% is inside "30% 至 60%(不含)": 20% → 400,000 元.
  test('a share of exactly 30% gets 20%', () => {
    assert.deepEqual(result(share('300', '700')), ['eligible', 40_000_000]);
  });
  // 299.99 ÷ 1000 = 29.999% is below every band: no support.
  test('29.999% is below 30%: ineligible, the share condition fails', () => {
    const r = run(share('299.99', '700.01'));
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j1309.support.share_min']);
  });
  // "新建及改扩建项目": expansions and rebuilds count as well as new projects.
  test('expansions and rebuilds are 改扩建 projects; other projects are not', () => {
    assert.deepEqual(result({ projectKind: 'expansion' }), ['eligible', 60_000_000]);
    assert.deepEqual(result({ projectKind: 'rebuild', ...share('450', '550') }), ['eligible', 40_000_000]);
    const r = run({ projectKind: 'other' });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j1309.support.project_kind']);
  });
  // "新能源供热装机占比 30% 及以上的新技术应用项目、多能耦合综合能源站项目,给予 … 30%": at 30% a
  // new-technology project gets 30% (not 20%), whatever its kind; at 29.999% nothing (D-1309-2).
  test('new-technology projects and multi-energy stations: 30% from a share of 30%', () => {
    assert.deepEqual(result({ newTechnologyApplication: true, ...share('300', '700') }), [
      'eligible',
      60_000_000,
    ]);
    assert.deepEqual(result({ multiEnergyStation: true, ...share('450', '550') }), ['eligible', 60_000_000]);
    assert.deepEqual(
      result({ newTechnologyApplication: true, projectKind: 'other', ...share('300', '700') }),
      ['eligible', 60_000_000],
    );
    assert.equal(run({ multiEnergyStation: true, ...share('299.99', '700.01') }).outcome, 'ineligible');
  });
  // Exact and rounded half up once (D-1309-7): 1.05 元 × 30% = 0.315 元 → 0.32 元 (in floats
  // 1.05 * 0.3 = 0.31499999999999995).
  test('the amount is exact and rounded half up to the fen: 1.05 × 30% = 0.32 元', () => {
    assert.deepEqual(result({ investmentItems: [{ id: 'I-1', category: 'plant_room', amount: '1.05' }] }), [
      'eligible',
      32,
    ]);
  });
});

describe('六(二) 支持范围: technologies and investment items', () => {
  // "浅层地源热泵(不含水源热泵)": a water-source heat pump is not a listed technology and its capacity
  // is not new-energy capacity here (D-1309-1): 500 ground + 500 water source = 50% → 20%.
  test('water-source capacity does not count: 500 ground + 500 water = 50% → 20%', () => {
    const facts = {
      heatSources: [src('H-1', 'shallow_ground_source', '500'), src('H-2', 'water_source', '500')],
    };
    assert.deepEqual(result(facts), ['eligible', 40_000_000]);
    const r = run({ heatSources: [src('H-1', 'water_source', '1000')] });
    assert.equal(r.outcome, 'ineligible');
    assert.ok(failed(r).includes('j1309.support.listed_technology'));
  });
  // "太阳能补热" is supported at the heat source's ratio, so its capacity is new energy (D-1309-1):
  // (550 + 50) ÷ 1000 = 60% → 30%.
  test('solar supplementary heat counts as new energy: 550 + 50 of 1000 kW = 60%', () => {
    const facts = {
      heatSources: [
        src('H-1', 'deep_borehole_exchange', '550'),
        src('H-2', 'solar_thermal', '50'),
        src('H-3', 'gas_boiler', '400'),
      ],
    };
    assert.deepEqual(result(facts), ['eligible', 60_000_000]);
  });
  // Only the listed items count (D-1309-3): the secondary network, conventional sources, the main
  // building, land and others are excluded with a reason each: 2,000,000 counted → 600,000 元.
  test('items outside the list are excluded, each with its reason', () => {
    const excluded = [
      'secondary_network',
      'conventional_heat_source',
      'main_building',
      'land_and_demolition',
      'other',
    ];
    const r = run({
      investmentItems: [
        ...ITEMS,
        ...excluded.map((category, i) => ({ id: `X-${i}`, category, amount: '500000' })),
      ],
    });
    assert.equal(r.outcome, 'eligible');
    assert.equal(r.amount, 60_000_000);
    for (const code of ['secondary_network', 'conventional', 'main_building', 'land', 'not_listed'])
      assert.ok(steps(r).includes(`j1309.support.item.excluded.${code}`), code);
    const sum = r.trace.find((s) => s.code === 'j1309.support.eligible_investment');
    assert.equal(sum?.result, '2000000.00');
    assert.equal(sum?.inputs.excluded, 5);
  });
  test('nothing counted: ineligible', () => {
    const r = run({ investmentItems: [{ id: 'X', category: 'secondary_network', amount: '900000' }] });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j1309.support.investment_positive']);
  });
  // "与综合能源站同步建设的储能、光伏系统": only with a multi-energy station, built with it (D-1309-4).
  test('storage and PV count only for a multi-energy station', () => {
    const pv = [
      ...ITEMS,
      { id: 'PV', category: 'station_storage_pv', amount: '1000000', builtWithProject: true },
    ];
    assert.deepEqual(result({ investmentItems: pv }), ['eligible', 60_000_000]);
    assert.deepEqual(result({ investmentItems: pv, multiEnergyStation: true }), ['eligible', 90_000_000]);
  });
});

describe('六(一) 配套建设的蓄热(冷)系统、太阳能补热: at the heat source’s ratio', () => {
  // "给予热源同比例的资金支持": at a 50% share the rate is 20% for the storage too:
  // (2,000,000 + 500,000) × 20% = 500,000 元.
  test('storage built with the project gets the same rate', () => {
    const items = [
      ...ITEMS,
      { id: 'TS', category: 'thermal_storage', amount: '500000', builtWithProject: true },
    ];
    assert.deepEqual(result({ investmentItems: items, ...share('500', '500') }), ['eligible', 50_000_000]);
  });
  test('storage not built with the project is excluded; not stated → needs review, provisionally counted', () => {
    const item = { id: 'SOL', category: 'solar_heat_supplement', amount: '500000' };
    assert.deepEqual(result({ investmentItems: [...ITEMS, { ...item, builtWithProject: false }] }), [
      'eligible',
      60_000_000,
    ]);
    const r = run({ investmentItems: [...ITEMS, item] });
    assert.equal(r.outcome, 'needs_review');
    assert.equal(r.amount, 75_000_000);
    assert.ok(r.reasons.some((x) => x.code === 'j1309.support.item_built_with_project' && x.passed === null));
  });
});

describe('六(一) 政府投资项目: the main project’s ratio', () => {
  const gov = {
    investor: 'government',
    enterpriseInvestmentFeasible: false,
    mainProjectMunicipalRatio: '60%',
  };
  // "给予与主体项目同比例的资金支持": 2,000,000 × 60% = 1,200,000 元; no share threshold (D-1309-5).
  test('not enterprise-investable: the main project’s ratio, 2,000,000 × 60% = 1,200,000 元', () => {
    assert.deepEqual(result(gov), ['eligible', 120_000_000]);
    assert.deepEqual(result({ ...gov, ...share('100', '900'), mainProjectMunicipalRatio: '1' }), [
      'eligible',
      200_000_000,
    ]);
  });
  // "优先由企业投资建设,并按照企业投资项目给予支持": if it can be enterprise-invested, the
  // same-ratio route is closed.
  test('enterprise-investable systems do not get the government ratio', () => {
    const r = run({ ...gov, enterpriseInvestmentFeasible: true });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j1309.support.gov_no_enterprise_route']);
  });
  test('missing facts → needs review; a ratio of 0 or above 100% → ineligible', () => {
    const noRatio = { investor: 'government', enterpriseInvestmentFeasible: false };
    assert.deepEqual(result(noRatio), ['needs_review', null]);
    assert.deepEqual(result({ ...gov, enterpriseInvestmentFeasible: undefined }), [
      'needs_review',
      120_000_000,
    ]);
    assert.equal(run({ ...gov, mainProjectMunicipalRatio: '0' }).outcome, 'ineligible');
    assert.equal(run({ ...gov, mainProjectMunicipalRatio: '120%' }).outcome, 'ineligible');
  });
});

describe('六(三) 不再重复支持', () => {
  // "已申请其他市级固定资产投资支持或运行补贴支持的项目,本政策不再重复支持。"
  test('a project that applied for other municipal support is ineligible', () => {
    const r = run({ otherMunicipalSupport: true });
    assert.equal(r.outcome, 'ineligible');
    assert.deepEqual(failed(r), ['j1309.support.no_other_support']);
  });
});

describe('facts and window', () => {
  test('duplicate ids and zero capacities are refused; bad amounts name the field', () => {
    assert.equal(
      run({ heatSources: [src('H', 'biomass', '10'), src('H', 'gas_boiler', '1')] }).outcome,
      'ineligible',
    );
    assert.ok(failed(run(share('0', '10'))).includes('j1309.support.capacities_positive'));
    assert.throws(
      () => run({ investmentItems: [{ id: 'I', category: 'plant_room', amount: '1,000' }] }),
      (e: unknown) => e instanceof ZhengceError && e.field === 'facts.investmentItems.0.amount',
    );
  });
  // Policy-notes: in force from signing, 2023-10-09, with no end.
  test('in force from 2023-10-09 with no end; not_in_force the day before', () => {
    assert.equal(result({}, '2023-10-09')[0], 'eligible');
    assert.equal(result({}, '2999-12-31')[0], 'eligible');
    const early = run({}, '2023-10-08');
    assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet');
    assert.equal(early.amount, null);
  });
  test('the interpretations applied are listed', () => {
    assert.deepEqual(run({}).interpretations, [
      'D-1309-1',
      'D-1309-2',
      'D-1309-3',
      'D-1309-6',
      'D-1309-7',
      'D-1309-8',
    ]);
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
