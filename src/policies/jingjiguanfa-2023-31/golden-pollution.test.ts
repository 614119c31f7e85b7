/**
 * Golden tests of 京技管发〔2023〕31号 第一章 一（四）–（十二） (items 4–12), named by clause; each
 * expected value is worked out from the text in the comment above it. Rules are evaluated through
 * the engine with the policy's window, as golden.test.ts does.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Citation } from '../../engine/citation.ts';
import type { Decision } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import type { ParameterOverrides } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluateRule, type Rule } from '../../engine/rule.ts';
import { findClause, fullText, getPolicy, policyWindow } from '../index.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { validateTiers } from './item-06.ts';
import { EXAMPLE_APPLICANT } from './item-09.ts';
import { ITEM6_AMOUNT_CITATION, ITEM6_TIERS } from './parameters-pollution.ts';
import { ITEMS_04_12 } from './rules-pollution.ts';

const policy = getPolicy('jingjiguanfa-2023-31');
const rule = (n: number): Rule =>
  ITEMS_04_12.find((r) => r.id === `jingjiguanfa-2023-31/item-${String(n).padStart(2, '0')}`)!;
const date = (s: string) => parseCalendarDate(s) as CalendarDate;
const run = (n: number, facts: object = {}, asOf = '2024-06-30', overrides?: ParameterOverrides): Decision =>
  evaluateRule(rule(n), { ...BASE[n], ...facts }, date(asOf), policyWindow(policy), overrides);
const amount = (n: number, facts: object = {}, asOf?: string, overrides?: ParameterOverrides) => {
  const r = run(n, facts, asOf, overrides);
  return [r.outcome, r.amount] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const open = (r: Decision) => r.reasons.filter((x) => x.passed === null).map((x) => x.code);
const factsError = (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_FACTS_INVALID';

const bonus = { usesHighTechProduct: false, usesFirstSet: false };
const award = (ruleNo: number, subject: string, awardedOn = '2024-01-15', amountYuan = '500000') => ({
  ruleId: `jingjiguanfa-2023-31/item-${String(ruleNo).padStart(2, '0')}`,
  subject,
  amount: amountYuan,
  awardedOn,
});

const BASE: Record<number, object> = {
  4: {
    enterprise: true,
    monitored: 'waste_gas',
    acceptancePassed: true,
    networkedWithAuthorityPlatform: true,
    installedWhileKeyDischargeUnit: false,
    paymentExcludingTax: '1000000',
    ...bonus,
    ...EXAMPLE_COMMON,
  },
  5: {
    applicant: 'catering_unit',
    unitCompletedOn: '2015-05-01',
    wholeReplacement: true,
    compositeHighEfficiencyPurifier: true,
    exhaustSystems: [{ fanAirflowM3h: '8000', purifierAirflowM3h: '7500' }],
    ...EXAMPLE_COMMON,
  },
  6: {
    annualVocsTonnes: '3.2',
    exit: 'whole_enterprise',
    leftBeijing: true,
    fitsRestructuringPolicy: true,
    licenceCancelled: true,
    equipmentDismantled: false,
    reductionTonnes: '3.2',
    ...EXAMPLE_APPLICANT,
  },
  7: {
    enterprise: true,
    means: ['technical_retrofit'],
    solidWastes: ['industrial_solid_waste'],
    treatment: 'comprehensive_use',
    paymentExcludingTax: '1200000',
    ...bonus,
    ...EXAMPLE_COMMON,
  },
  8: {
    ratings: [
      { grade: 'D', ratedOn: '2021-06-01' },
      { grade: 'B', ratedOn: '2023-05-10' },
    ],
    ...EXAMPLE_APPLICANT,
  },
  9: { listed: true, listedProject: '余热回收先进低碳技术试点', ...EXAMPLE_APPLICANT },
  10: { listed: true, listedProject: '整厂低碳改造低碳领跑者试点', ...EXAMPLE_APPLICANT },
  11: { selectedAsWaterEfficiencyLeader: true, publicisedByMiit: true, ...EXAMPLE_APPLICANT },
  12: { enterprise: true, projectKind: 'noise', paymentExcludingTax: '500000', ...bonus, ...EXAMPLE_COMMON },
};

describe('第一章 一（四） 环保在线监控类项目', () => {
  // "按照实际支付金额(不含税)的 30% 给予奖励": 1,000,000 × 30% = 300,000 元, waste gas or wastewater.
  test('30% of the payment excluding tax: 1,000,000 元 → 300,000 元', () => {
    assert.deepEqual(amount(4), ['eligible', 30_000_000]);
    assert.deepEqual(amount(4, { monitored: 'wastewater' }), ['eligible', 30_000_000]);
  });
  // "增加 5%" → 35% = 350,000 元; "增加 10%" → 40% = 400,000 元; both → the higher, 40% (D-31-1).
  test('bonuses: +5 → 350,000 元, +10 → 400,000 元, both → 400,000 元', () => {
    assert.deepEqual(amount(4, { usesHighTechProduct: true }), ['eligible', 35_000_000]);
    assert.deepEqual(amount(4, { usesFirstSet: true }), ['eligible', 40_000_000]);
    assert.deepEqual(amount(4, { usesHighTechProduct: true, usesFirstSet: true }), ['eligible', 40_000_000]);
  });
  // D-31-12: 0.05 × 30% = 0.015 元 → 0.02 元 (half up, at the end).
  test('rounded half up to the fen: 0.05 元 × 30% → 0.02 元', () => {
    assert.deepEqual(amount(4, { paymentExcludingTax: '0.05' }), ['eligible', 2]);
  });
  // "(不含餐饮废气在线监控)".
  test('catering exhaust monitoring is excluded', () => {
    assert.deepEqual(failed(run(4, { monitored: 'catering_exhaust' })), ['j31.item4.monitored']);
  });
  // "通过验收,并与环境保护行政主管部门监控平台联网的".
  test('not accepted, or not networked with the authority platform: ineligible', () => {
    assert.deepEqual(failed(run(4, { acceptancePassed: false })), ['j31.item4.acceptance']);
    assert.deepEqual(failed(run(4, { networkedWithAuthorityPlatform: false })), ['j31.item4.networked']);
  });
  // "(在重点排污单位期间安装在线监控设备除外)" (D-31-20).
  test('installed while a key pollutant-discharge unit: ineligible', () => {
    const r = run(4, { installedWhileKeyDischargeUnit: true });
    assert.deepEqual(failed(r), ['j31.item4.not_key_unit']);
    assert.ok(r.interpretations.includes('D-31-20'));
  });
  test('"鼓励企业": an applicant that is not an enterprise is ineligible', () => {
    assert.deepEqual(failed(run(4, { enterprise: false })), ['j31.enterprise']);
  });
  // 第二章 二（五）1: "三同时" obligations are excluded.
  test('第二章 二（五）1 a "three simultaneities" project: ineligible', () => {
    assert.deepEqual(failed(run(4, { threeSimultaneousProject: true })), [
      'j31.common.not_three_simultaneous',
    ]);
  });
});

describe('第一章 一（五） 餐饮废气高效治理设施整体更新类项目', () => {
  // "取两者之间最小值,每 1m³/h 风量奖励 2 元": min(8,000, 7,500) = 7,500 m³/h × 2 = 15,000 元.
  test('min(fan 8,000, purifier 7,500) = 7,500 m³/h × 2 元 = 15,000 元', () => {
    assert.deepEqual(amount(5), ['eligible', 1_500_000]);
  });
  // Per exhaust system, then added (D-31-22): min(6,000, 6,500) + min(3,000, 2,800) = 8,800 × 2 = 17,600 元.
  test('two exhaust systems: (6,000 + 2,800) m³/h × 2 元 = 17,600 元', () => {
    const systems = [
      { fanAirflowM3h: '6000', purifierAirflowM3h: '6500' },
      { fanAirflowM3h: '3000', purifierAirflowM3h: '2800' },
    ];
    assert.deepEqual(amount(5, { exhaustSystems: systems }), ['eligible', 1_760_000]);
  });
  // Exact and rounded once (D-31-12): 7,500.5 × 2 = 15,001 元; 0.0025 × 2 = 0.005 元 = 0.5 fen → 1 fen.
  test('decimal nameplates are exact; rounded half up to the fen once', () => {
    const one = (fan: string, purifier: string) => [{ fanAirflowM3h: fan, purifierAirflowM3h: purifier }];
    assert.deepEqual(amount(5, { exhaustSystems: one('7500.5', '8000') }), ['eligible', 1_500_100]);
    assert.deepEqual(amount(5, { exhaustSystems: one('0.0025', '1') }), ['eligible', 1]);
    assert.deepEqual(failed(run(5, { exhaustSystems: one('0', '8000') })), ['j31.item5.airflow_positive']);
  });
  // "于 2019 年 1 月 1 日之前建成": 2018-12-31 qualifies, 2019-01-01 does not (D-31-21).
  test('completed 2018-12-31 qualifies; 2019-01-01 does not', () => {
    assert.equal(amount(5, { unitCompletedOn: '2018-12-31' })[0], 'eligible');
    const r = run(5, { unitCompletedOn: '2019-01-01' });
    assert.deepEqual(failed(r), ['j31.item5.built_before']);
    assert.ok(r.interpretations.includes('D-31-21'));
  });
  // "餐饮服务型单位或个体工商户": an individual business qualifies; anyone else does not.
  test('a catering individual business qualifies; another applicant does not', () => {
    assert.deepEqual(amount(5, { applicant: 'catering_individual_business' }), ['eligible', 1_500_000]);
    assert.deepEqual(failed(run(5, { applicant: 'other' })), ['j31.item5.applicant']);
  });
  // "整体更换复合式高效油烟净化设施".
  test('not a whole replacement, or not composite high-efficiency purifiers: ineligible', () => {
    assert.deepEqual(failed(run(5, { wholeReplacement: false })), ['j31.item5.whole_replacement']);
    assert.deepEqual(failed(run(5, { compositeHighEfficiencyPurifier: false })), [
      'j31.item5.composite_purifier',
    ]);
  });
  // The paragraph has no "增加 5%/10%" sentence: the bonus facts are not facts of this item.
  test('no bonus: the bonus facts are refused', () => {
    assert.throws(() => run(5, { usesFirstSet: true }), factsError);
  });
  // 第二章 一: items 1–14 in the 60 km² core; 二（四）: 1,017,000 of 1,130,000 is exactly 90%.
  test('第二章: outside the 60 km² core fails; 90% paid qualifies, one fen less does not', () => {
    assert.deepEqual(failed(run(5, { location: 'yizhuang_225' })), ['j31.common.area']);
    assert.equal(amount(5, { paidIncludingTax: '1017000' })[0], 'eligible');
    assert.deepEqual(failed(run(5, { paidIncludingTax: '1016999.99' })), ['j31.common.payment_share']);
  });
});

describe('第一章 一（六） 排污企业转型升级类项目', () => {
  const tiers = (
    list: ReadonlyArray<readonly [string, string]>,
    from = '2023-11-24',
  ): ParameterOverrides => ({
    [ITEM6_TIERS.id]: [
      {
        from: date(from),
        value: list.map(([minReductionTonnes, amountYuan]) => ({ minReductionTonnes, amountYuan })),
        citation: ITEM6_AMOUNT_CITATION,
      },
    ],
  });
  const THREE = tiers([
    ['0', '500000'],
    ['5', '1500000'],
    ['20', '2500000'],
  ]);
  // "分档确定奖励资金,奖励资金范围 50—250 万元": no tier is coded (D-31-4), so without configured
  // tiers the amount is left for review, with the range.
  test('no tiers configured: needs_review with the range 500,000–2,500,000 元 and no amount', () => {
    const r = run(6);
    assert.deepEqual([r.outcome, r.amount], ['needs_review', null]);
    assert.deepEqual(open(r), ['j31.item6.tiers_configured']);
    const reason = r.reasons.find((x) => x.code === 'j31.item6.tiers_configured')!;
    assert.deepEqual(reason.params, { min: '500000', max: '2500000' });
    assert.ok(r.interpretations.includes('D-31-4'));
  });
  // Tiers 0 t → 50万, 5 t → 150万, 20 t → 250万: 3.2 t → 500,000; 4.99 t → 500,000; 5 t (at the
  // limit) → 1,500,000; 25 t → 2,500,000.
  test('configured tiers: the highest tier the reduction reaches, at the limit inclusive', () => {
    assert.deepEqual(amount(6, {}, undefined, THREE), ['eligible', 50_000_000]);
    assert.deepEqual(amount(6, { reductionTonnes: '4.99' }, undefined, THREE), ['eligible', 50_000_000]);
    assert.deepEqual(amount(6, { reductionTonnes: '5' }, undefined, THREE), ['eligible', 150_000_000]);
    assert.deepEqual(amount(6, { reductionTonnes: '25' }, undefined, THREE), ['eligible', 250_000_000]);
  });
  // As the services store them: configured without a citation, the item's amount sentence is cited.
  test('tiers configured without a citation: the amount sentence of 一（六） is cited', () => {
    const plain = {
      [ITEM6_TIERS.id]: [
        { from: date('2023-11-24'), value: [{ minReductionTonnes: '0', amountYuan: '700000' }] },
      ],
    };
    const r = run(6, {}, undefined, plain);
    assert.deepEqual([r.outcome, r.amount], ['eligible', 70_000_000]);
    assert.deepEqual(r.trace.find((s) => s.code === 'j31.item6.tier')?.citation, ITEM6_AMOUNT_CITATION);
  });
  // D-31-24: a reduction below the lowest tier earns nothing.
  test('a reduction below the lowest configured tier: ineligible', () => {
    const r = run(6, { reductionTonnes: '0.99' }, undefined, tiers([['1', '500000']]));
    assert.deepEqual(failed(r), ['j31.item6.tier_reached']);
  });
  // Tiers configured from 2025-01-01 do not exist on 2024-06-30.
  test('tiers configured from a later date: review before it, the tier after', () => {
    const later = tiers([['0', '800000']], '2025-01-01');
    assert.equal(run(6, {}, '2024-06-30', later).outcome, 'needs_review');
    assert.deepEqual(amount(6, {}, '2025-02-01', later), ['eligible', 80_000_000]);
  });
  // "奖励资金范围 50—250 万元": a tier at 500,000 or 2,500,000 is accepted; 499,999.99 or
  // 2,500,000.01 is a configuration fault, as are duplicate or decreasing tiers and an empty list.
  test('tier validation: amounts within 500,000–2,500,000 元 (inclusive); otherwise ZC_ERR_CONFIG', () => {
    const config = (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_CONFIG';
    const edges = tiers([
      ['0', '500000'],
      ['9', '2500000'],
    ]);
    assert.deepEqual(amount(6, { reductionTonnes: '9' }, undefined, edges), ['eligible', 250_000_000]);
    for (const bad of [
      [['0', '499999.99']],
      [['0', '2500000.01']],
      [
        ['1', '500000'],
        ['1', '600000'],
      ],
      [
        ['1', '900000'],
        ['2', '600000'],
      ],
      [],
    ] as const) {
      assert.throws(() => run(6, {}, undefined, tiers(bad)), config, JSON.stringify(bad));
      assert.throws(
        () => validateTiers(bad.map(([m, a]) => ({ minReductionTonnes: m, amountYuan: a }))),
        config,
      );
    }
    validateTiers([{ minReductionTonnes: '0', amountYuan: '500000' }]);
  });
  // "年度 VOCs 排放量不低于 0.1 吨": 0.1 qualifies, 0.09 does not.
  test('key VOCs enterprise: 0.1 t qualifies, 0.09 t does not', () => {
    assert.equal(amount(6, { annualVocsTonnes: '0.1' }, undefined, THREE)[0], 'eligible');
    assert.deepEqual(failed(run(6, { annualVocsTonnes: '0.09' })), ['j31.item6.key_vocs']);
  });
  // "整体退出北京市或污染环节关停并退出北京市".
  test('a polluting stage that closed and left Beijing qualifies; no exit, or staying in Beijing, does not', () => {
    assert.equal(amount(6, { exit: 'polluting_stage' }, undefined, THREE)[0], 'eligible');
    assert.deepEqual(failed(run(6, { exit: 'none' })), ['j31.item6.exited']);
    assert.deepEqual(failed(run(6, { leftBeijing: false })), ['j31.item6.left_beijing']);
  });
  // "符合经开区产业结构调整和转型升级政策,且已完成企业营业执照注销或相关生产设备拆除".
  test('restructuring policy; licence cancelled or equipment dismantled (either suffices)', () => {
    assert.deepEqual(failed(run(6, { fitsRestructuringPolicy: false })), ['j31.item6.restructuring_policy']);
    const dismantled = { licenceCancelled: false, equipmentDismantled: true };
    assert.equal(amount(6, dismantled, undefined, THREE)[0], 'eligible');
    assert.deepEqual(failed(run(6, { licenceCancelled: false })), ['j31.item6.closed_out']);
  });
  // An exit is not a paid project: the 90% and exclusion facts are not facts of item 6 (D-31-29).
  test('project facts are not asked; the applicant conditions of 第二章 apply', () => {
    assert.throws(() => run(6, { projectCompleted: true }), factsError);
    assert.deepEqual(failed(run(6, { criminalRecordWithin3Years: true })), ['j31.common.no_criminal_record']);
    assert.ok(run(6).interpretations.includes('D-31-29'));
  });
});

describe('第一章 一（七） “无废城市”建设项目', () => {
  // "按照项目实际支付金额(不含税)的 30% 给予奖励": 1,200,000 × 30% = 360,000 元.
  test('30%: 1,200,000 元 → 360,000 元; the priority flag does not change it', () => {
    assert.deepEqual(amount(7), ['eligible', 36_000_000]);
    assert.deepEqual(amount(7, { inZeroWasteCityProgramme: true }), ['eligible', 36_000_000]);
  });
  // +5 → 35% = 420,000 元; +10 → 40% = 480,000 元; both → 40% (D-31-1).
  test('bonuses: +5 → 420,000 元, +10 → 480,000 元, both → 480,000 元', () => {
    assert.deepEqual(amount(7, { usesHighTechProduct: true }), ['eligible', 42_000_000]);
    assert.deepEqual(amount(7, { usesFirstSet: true }), ['eligible', 48_000_000]);
    assert.deepEqual(amount(7, { usesHighTechProduct: true, usesFirstSet: true }), ['eligible', 48_000_000]);
  });
  // "等各类固体废物": every kind named and any other solid waste.
  test('every named solid waste and "other solid waste" qualify', () => {
    const all = [
      'household_waste',
      'construction_waste',
      'kitchen_waste',
      'garden_waste',
      'municipal_sludge',
    ];
    assert.equal(amount(7, { solidWastes: [...all, 'waste_resources', 'other_solid_waste'] })[0], 'eligible');
  });
  // The means are a closed list: other means alone do not qualify (D-31-25).
  test('only "other" means: ineligible; other means beside a listed one: eligible', () => {
    assert.deepEqual(failed(run(7, { means: ['other'] })), ['j31.item7.means']);
    assert.equal(amount(7, { means: ['end_of_pipe', 'other'] })[0], 'eligible');
  });
  // "源头减量、综合利用或者安全处置等项目": another treatment needs the bureau's acceptance (D-31-25).
  test('another treatment: review until accepted; accepted → eligible; refused → ineligible', () => {
    const r = run(7, { treatment: 'other' });
    assert.deepEqual([r.outcome, open(r)], ['needs_review', ['j31.item7.treatment']]);
    assert.deepEqual(amount(7, { treatment: 'other', otherTreatmentAccepted: true }), [
      'eligible',
      36_000_000,
    ]);
    assert.deepEqual(failed(run(7, { treatment: 'other', otherTreatmentAccepted: false })), [
      'j31.item7.treatment',
    ]);
  });
  test('"鼓励企业": not an enterprise → ineligible; 第二章 二（五）3 government-funded → ineligible', () => {
    assert.deepEqual(failed(run(7, { enterprise: false })), ['j31.enterprise']);
    assert.deepEqual(failed(run(7, { builtWithGovernmentFunds: true })), [
      'j31.common.not_government_funded',
    ]);
  });
});

describe('第一章 一（八） 空气重污染应急减排绩效评价级别提升项目', () => {
  const ratings = (...rs: ReadonlyArray<readonly [string, string]>) => ({
    ratings: rs.map(([grade, ratedOn]) => ({ grade, ratedOn })),
  });
  // "跨级提级企业按照上述奖励金额加和奖励": D (2021) → B (2023) = D→C 10万 + C→B 20万 = 300,000 元.
  test('a jump D → B pays the sum: 100,000 + 200,000 = 300,000 元', () => {
    assert.deepEqual(amount(8), ['eligible', 30_000_000]);
    assert.deepEqual(rule(8).awardSubjects!(BASE[8] as never), ['step:D-C', 'step:C-B']);
  });
  // "2021 年之后": a new grade awarded 2022-01-01 counts (10万); one awarded 2021-12-31 does not.
  test('"2021 年之后": D → C on 2022-01-01 → 100,000 元; on 2021-12-31 → ineligible', () => {
    assert.deepEqual(amount(8, ratings(['D', '2021-03-01'], ['C', '2022-01-01'])), ['eligible', 10_000_000]);
    const r = run(8, ratings(['D', '2021-03-01'], ['C', '2021-12-31']));
    assert.deepEqual(failed(r), ['j31.item8.award_due']);
  });
  // "C 级提升为 B 级(包括地方 B 级)的奖励 20 万元", "B 级提升为 A 级(包括地方 A 级)的奖励 30 万元".
  test('C → 地方B 200,000 元; 地方B → 地方A 300,000 元; D → A 600,000 元', () => {
    assert.deepEqual(amount(8, ratings(['C', '2022-03-01'], ['local_B', '2023-03-01'])), [
      'eligible',
      20_000_000,
    ]);
    assert.deepEqual(amount(8, ratings(['local_B', '2022-03-01'], ['local_A', '2023-03-01'])), [
      'eligible',
      30_000_000,
    ]);
    assert.deepEqual(amount(8, ratings(['D', '2022-03-01'], ['A', '2023-03-01'])), ['eligible', 60_000_000]);
  });
  // D-31-5: each step once per enterprise. With C→B already awarded, D → B pays only D→C, 100,000 元.
  test('each step once: C→B already awarded → D → B pays 100,000 元', () => {
    const facts = { awardHistory: [award(8, 'step:C-B', '2023-01-10', '200000')] };
    assert.deepEqual(amount(8, facts), ['eligible', 10_000_000]);
    assert.deepEqual(rule(8).awardSubjects!({ ...BASE[8], ...facts } as never), ['step:D-C']);
  });
  // Down and up again: B → A, A → B, B → A earns B→A once, 300,000 元; with it awarded, nothing.
  test('a downgrade and the same upgrade again: the step is paid once', () => {
    const seq = ratings(['B', '2022-02-01'], ['A', '2022-08-01'], ['B', '2023-08-01'], ['A', '2024-03-01']);
    assert.deepEqual(amount(8, seq), ['eligible', 30_000_000]);
    const again = { ...seq, awardHistory: [award(8, 'step:B-A', '2022-12-01', '300000')] };
    assert.deepEqual(failed(run(8, again)), ['j31.item8.award_due']);
  });
  // "对连续三年绩效评级为 A 级(包括地方 A 级)的单位一次性奖励 20 万元": A in 2022, 2023, 2024 →
  // 200,000 元 (no upgrade: the first result has no predecessor).
  test('three consecutive years at A (地方A included) → 200,000 元 once', () => {
    const a3 = ratings(['A', '2022-04-01'], ['local_A', '2023-04-01'], ['A', '2024-04-01']);
    assert.deepEqual(amount(8, a3), ['eligible', 20_000_000]);
    assert.deepEqual(rule(8).awardSubjects!({ ...BASE[8], ...a3 } as never), ['three-years-A']);
    const again = { ...a3, awardHistory: [award(8, 'three-years-A', '2024-05-01', '200000')] };
    assert.deepEqual(failed(run(8, again)), ['j31.item8.award_due']);
  });
  // B (2021) → A (2022) 30万, then A in 2023 and 2024: 30万 + 20万 = 500,000 元.
  test('an upgrade to A and three years at A: 300,000 + 200,000 = 500,000 元', () => {
    const seq = ratings(['B', '2021-05-01'], ['A', '2022-05-01'], ['A', '2023-05-01'], ['A', '2024-05-01']);
    assert.deepEqual(amount(8, seq), ['eligible', 50_000_000]);
  });
  // D-31-27: a run ending in 2021 does not count; one ending in 2022 does. Two years are not three,
  // and a B among a year's results breaks the run.
  test('three years: ending 2021 no, ending 2022 yes; two years no; a B in the middle year no', () => {
    const to2021 = ratings(['A', '2019-04-01'], ['A', '2020-04-01'], ['A', '2021-04-01']);
    assert.deepEqual(failed(run(8, to2021)), ['j31.item8.award_due']);
    const to2022 = ratings(['A', '2020-04-01'], ['A', '2021-04-01'], ['A', '2022-04-01']);
    assert.deepEqual(amount(8, to2022), ['eligible', 20_000_000]);
    assert.deepEqual(failed(run(8, ratings(['A', '2023-04-01'], ['A', '2024-04-01']))), [
      'j31.item8.award_due',
    ]);
    const broken = ratings(
      ['A', '2022-04-01'],
      ['B', '2023-02-01'],
      ['A', '2023-09-01'],
      ['A', '2024-04-01'],
    );
    // 2023 has a B result, so it is not a year at A; B → A in 2023 pays 30万 only.
    assert.deepEqual(amount(8, broken), ['eligible', 30_000_000]);
  });
  test('results dated after the as-of date, or two on one day, are refused', () => {
    const input = (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT';
    assert.throws(() => run(8, ratings(['D', '2022-01-01'], ['C', '2024-07-01'])), input);
    assert.throws(() => run(8, ratings(['D', '2023-01-01'], ['C', '2023-01-01'])), input);
  });
  test('"该类项目为免申即享项目"; 第二章 二（二） dishonesty list → ineligible', () => {
    assert.equal(rule(8).noApplication, true);
    assert.deepEqual(failed(run(8, { onSeriousDishonestyList: true })), ['j31.common.not_dishonest']);
  });
});

describe('第一章 一（九）（十）（十一） 名单类项目, 50 万元 once, 免申即享', () => {
  // "给予一次性 50 万元奖励": 500,000 元 for being on the list.
  test('on the list → 500,000 元; not on it → ineligible', () => {
    for (const n of [9, 10]) {
      assert.deepEqual(amount(n), ['eligible', 50_000_000], `item ${n}`);
      assert.deepEqual(failed(run(n, { listed: false })), [`j31.item${n}.listed`], `item ${n}`);
      assert.equal(rule(n).noApplication, true);
    }
    assert.deepEqual(amount(11), ['eligible', 50_000_000]);
    assert.equal(rule(11).noApplication, true);
  });
  // "一次性": once per listed project (D-31-28); the key ignores width and spacing differences.
  test('items 9, 10: the same project again → ineligible; another project → eligible', () => {
    for (const [n, prefix] of [
      [9, 'advanced-low-carbon-pilot-excellent'],
      [10, 'low-carbon-leader-pilot'],
    ] as const) {
      const project = (BASE[n] as { listedProject: string }).listedProject;
      const key = `${prefix}:${project}`;
      assert.deepEqual(rule(n).awardSubjects!({ ...BASE[n], listedProject: ` ${project} ` } as never), [key]);
      const history = { awardHistory: [award(n, key)] };
      assert.deepEqual(failed(run(n, history)), [`j31.item${n}.not_yet_awarded`]);
      assert.deepEqual(amount(n, { ...history, listedProject: '另一试点项目' }), ['eligible', 50_000_000]);
      // An award of another item with the same key does not count.
      assert.equal(amount(n, { awardHistory: [award(n === 9 ? 10 : 9, key)] })[0], 'eligible');
    }
  });
  // "遴选出的“水效领跑者”,并经国家工业和信息化部公示": both; once per enterprise (D-31-28).
  test('item 11: selected and publicised by MIIT; once per enterprise', () => {
    assert.deepEqual(failed(run(11, { publicisedByMiit: false })), ['j31.item11.publicised']);
    assert.deepEqual(failed(run(11, { selectedAsWaterEfficiencyLeader: false })), ['j31.item11.selected']);
    assert.deepEqual(rule(11).awardSubjects!(BASE[11] as never), ['water-efficiency-leader']);
    const history = { awardHistory: [award(11, 'water-efficiency-leader', '2024-02-01')] };
    assert.deepEqual(failed(run(11, history)), ['j31.item11.not_yet_awarded']);
  });
  // 第二章 一: items 1–14 in the 60 km² core.
  test('第二章 一: outside the 60 km² core → ineligible', () => {
    for (const n of [9, 10, 11])
      assert.deepEqual(failed(run(n, { location: 'outside' })), ['j31.common.area']);
  });
});

describe('第一章 一（十二） 生态环境领域其他类项目', () => {
  // 500,000 × 30% = 150,000 元; +5 → 175,000; +10 → 200,000; both → 200,000 (D-31-1).
  test('30%: 500,000 元 → 150,000 元; +5 → 175,000; +10 → 200,000; both → 200,000', () => {
    assert.deepEqual(amount(12), ['eligible', 15_000_000]);
    assert.deepEqual(amount(12, { usesHighTechProduct: true }), ['eligible', 17_500_000]);
    assert.deepEqual(amount(12, { usesFirstSet: true }), ['eligible', 20_000_000]);
    assert.deepEqual(amount(12, { usesHighTechProduct: true, usesFirstSet: true }), ['eligible', 20_000_000]);
  });
  test('each kind named qualifies', () => {
    for (const k of ['soil_remediation', 'ghg_reduction', 'toxic_substitution', 'new_pollutants'])
      assert.equal(amount(12, { projectKind: k })[0], 'eligible', k);
  });
  // "…新污染物治理等…": another kind needs the bureau's finding (D-31-25).
  test('another kind: review until the bureau finds it qualifies; refused → ineligible', () => {
    assert.deepEqual(open(run(12, { projectKind: 'other' })), ['j31.item12.kind']);
    assert.equal(amount(12, { projectKind: 'other', otherProjectAccepted: true })[0], 'eligible');
    assert.deepEqual(failed(run(12, { projectKind: 'other', otherProjectAccepted: false })), [
      'j31.item12.kind',
    ]);
  });
  test('not an enterprise → ineligible; zero payment → ineligible', () => {
    assert.deepEqual(failed(run(12, { enterprise: false })), ['j31.enterprise']);
    assert.deepEqual(failed(run(12, { paymentExcludingTax: '0' })), ['j31.payment_positive']);
  });
});

describe('validity, departments and citations of items 4–12', () => {
  const ITEMS = [4, 5, 6, 7, 8, 9, 10, 11, 12];
  test('2023-11-23 (before signing) → not_in_force; 2023-11-24 → in force', () => {
    for (const n of ITEMS) {
      const early = run(n, {}, '2023-11-23');
      assert.equal(early.outcome === 'not_in_force' && early.status, 'not_yet', `item ${n}`);
      assert.equal(early.amount, null);
      const facts =
        n === 8
          ? {
              ratings: [
                { grade: 'D', ratedOn: '2021-06-01' },
                { grade: 'C', ratedOn: '2023-11-24' },
              ],
            }
          : {};
      assert.notEqual(run(n, facts, '2023-11-24').outcome, 'not_in_force', `item ${n}`);
    }
  });
  test('registered in order, all under 城市运行局; 免申即享 exactly items 8–11', () => {
    assert.deepEqual(
      ITEMS_04_12.map((r) => r.id),
      ITEMS.map((n) => `jingjiguanfa-2023-31/item-${String(n).padStart(2, '0')}`),
    );
    for (const r of ITEMS_04_12) {
      assert.equal(r.department, 'city-operations');
      const n = Number(r.id.slice(-2));
      assert.equal(r.noApplication, n >= 8 && n <= 11, r.id);
    }
  });
  // Every reason and step of the cases above cites its clause verbatim and has wording.
  test('reasons and steps quote their clause verbatim and have wording in both languages', () => {
    const quoteOk = (c: Citation) =>
      assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), `${c.clause}: ${c.quote}`);
    const cases: Array<[number, object, ParameterOverrides?]> = [
      ...[4, 5, 6, 7, 8, 9, 10, 11].map((n): [number, object] => [n, {}]),
      [12, { usesFirstSet: true }],
      [12, { usesHighTechProduct: true }],
      [
        6,
        {},
        {
          [ITEM6_TIERS.id]: [
            {
              from: date('2023-11-24'),
              value: [{ minReductionTonnes: '0', amountYuan: '500000' }],
              citation: ITEM6_AMOUNT_CITATION,
            },
          ],
        },
      ],
    ];
    for (const [n, facts, overrides] of cases) {
      const d = run(n, facts, undefined, overrides);
      rule(n).citations.forEach(quoteOk);
      for (const x of [...d.reasons, ...d.trace]) {
        if (x.citation) quoteOk(x.citation);
        assert.ok(
          hasMessage(x.code, rule(n).messages, ENGINE_MESSAGES),
          `item ${n}: no wording for ${x.code}`,
        );
      }
    }
  });
});
