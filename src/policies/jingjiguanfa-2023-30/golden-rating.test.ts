/**
 * Golden tests of 京技管发〔2023〕30号 四(一), 四(二), 三(二), 六(十三): the rating and ultra-low-energy
 * requirement of each kind of project, and whether a planned rating complies. Each test names its
 * clause; the comment shows how the expected value follows from the text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { ENGINE_MESSAGES, hasMessage } from '../../engine/messages.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { evaluate } from '../index.ts';
import { type ProjectFacts, ratingRequirement } from './project.ts';
import { ratingRequirementRule } from './rating-requirement.ts';

const RULE = 'jingjiguanfa-2023-30/rating-requirement';
const d = (s: string): CalendarDate => parseCalendarDate(s);
const base = {
  location: 'etdz_60',
  projectKind: 'new',
  buildingClass: 'civil',
  use: 'office',
  investor: 'social',
  approvalDate: '2024-03-01',
};
const run = (facts: object, asOf = '2024-06-30'): Decision => evaluate(RULE, { ...base, ...facts }, d(asOf));
/** [outcome, minimum rating, three stars in principle, ultra-low energy] from the summary step. */
const req = (facts: object) => {
  const r = run(facts);
  const s = r.trace.find((t) => t.code === 'j30.requirement')?.result as Record<string, unknown> | undefined;
  return [r.outcome, s?.minimumRating, s?.threeStarInPrinciple, s?.ultraLowEnergy] as const;
};
const failed = (r: Decision) => r.reasons.filter((x) => x.passed === false).map((x) => x.code);
const open = (r: Decision) => r.reasons.filter((x) => x.passed === null).map((x) => x.code);

describe('四(一) minimum green rating by kind and class', () => {
  // "新建民用建筑全面执行绿色建筑二星级及以上标准": a new civil office → two stars.
  test('new civil building → 绿色建筑二星级', () => {
    assert.deepEqual(req({}), ['eligible', 'two_star', false, 'not_required']);
  });
  // "新建工业建筑全面执行绿色工业建筑二星级及以上标准".
  test('new industrial building → 绿色工业建筑二星级', () => {
    assert.deepEqual(req({ buildingClass: 'industrial', use: 'industrial' }), [
      'eligible',
      'industrial_two_star',
      false,
      'not_required',
    ]);
  });
  // "改扩建项目中绿色建筑等级达到一星级及以上标准": rebuilt and expanded alike; an industrial
  // building is rated on the industrial standard (D-30-4).
  test('rebuilt or expanded → 一星级 of its class', () => {
    assert.equal(req({ projectKind: 'rebuilt' })[1], 'one_star');
    assert.equal(req({ projectKind: 'expanded' })[1], 'one_star');
    assert.equal(
      req({ projectKind: 'expanded', buildingClass: 'industrial', use: 'industrial' })[1],
      'industrial_one_star',
    );
  });
  test('the decision names the clause and the parameter', () => {
    const step = run({ buildingClass: 'industrial', use: 'industrial' }).trace.find(
      (t) => t.code === 'j30.rating.minimum',
    );
    assert.equal(step?.citation?.clause, '四(一)');
    assert.equal(step?.citation?.quote, '新建工业建筑全面执行绿色工业建筑二星级及以上标准。');
    assert.deepEqual(step?.parameters.stars, 2);
  });
});

describe('四(一), 六(十三) three stars in principle for government-invested public-welfare buildings', () => {
  // "政府投资的公益性建筑原则上采用绿色建筑三星级标准建设": a government school is public-welfare by
  // 四(二) "学校、博物馆、图书馆等公益性建筑" → three stars in principle on top of the two-star minimum.
  test('government-invested new school → two stars minimum, three in principle', () => {
    assert.deepEqual(req({ investor: 'government', use: 'school' }), [
      'eligible',
      'two_star',
      true,
      'required',
    ]);
  });
  // 六(九) "医院、学校、幼儿园、养老院等公益性建筑".
  test('hospitals, kindergartens and elderly homes are public-welfare by the text', () => {
    for (const use of ['hospital', 'kindergarten', 'elderly_home', 'museum', 'library']) {
      assert.equal(req({ investor: 'government', use })[2], true, use);
    }
  });
  // Bare "政府投资" is wholly government-invested (D-30-6): mainly-government schools have no
  // three-star expectation; socially invested ones neither.
  test('mainly government-invested or social school → no three-star expectation', () => {
    assert.equal(req({ investor: 'government_mainly', use: 'school' })[2], false);
    assert.equal(req({ investor: 'social', use: 'school' })[2], false);
  });
  // An office is not public-welfare unless reported so (D-30-8).
  test('a government office: not public-welfare unless reported; other public buildings must be reported', () => {
    assert.equal(req({ investor: 'government' })[2], false);
    assert.equal(req({ investor: 'government', publicWelfare: true })[2], true);
    const r = run({ investor: 'government', use: 'other_public' });
    assert.equal(r.outcome, 'needs_review');
    assert.deepEqual(open(r), ['j30.rating.public_welfare_known']);
    assert.equal(req({ investor: 'government', use: 'other_public', publicWelfare: false })[0], 'eligible');
  });
  // The sentence names no project kind (D-30-9): a rebuilt government school keeps the expectation.
  test('rebuilt government school → one star minimum, three in principle', () => {
    assert.deepEqual(req({ investor: 'government', use: 'school', projectKind: 'rebuilt' }), [
      'eligible',
      'one_star',
      true,
      'in_principle',
    ]);
  });
});

describe('四(二), 三(二), 六(十三) ultra-low-energy buildings', () => {
  // 四(二) "政府投资或以政府投资为主的新建公共建筑项目(学校、医院、办公楼、养老院等)…开展超低能耗建筑建设".
  test('new government or mainly-government public building → required', () => {
    for (const investor of ['government', 'government_mainly']) {
      for (const use of ['school', 'hospital', 'office', 'elderly_home', 'commercial', 'other_public']) {
        const r = ratingRequirement(
          { ...base, investor, use, publicWelfare: false } as ProjectFacts,
          d('2024-06-30'),
        );
        assert.equal(r.ultraLowEnergy, 'required', `${investor} ${use}`);
        assert.equal(r.ultraLowEnergyCitations[0]?.clause, '四(二)');
      }
    }
  });
  // "…和集中建设的公租房、专家公寓、人才公寓等居住建筑": centrally built, whoever invests (D-30-10).
  test('new centrally built public-rental, expert or talent apartments → required; not central → not', () => {
    for (const use of ['public_rental_housing', 'expert_apartment', 'talent_apartment']) {
      assert.equal(req({ use, centrallyBuilt: true })[3], 'required', use);
      assert.equal(req({ use, centrallyBuilt: false })[3], 'not_required', use);
    }
    const r = run({ use: 'talent_apartment' });
    assert.equal(r.outcome, 'needs_review');
    assert.deepEqual(open(r), ['j30.ule.centrally_built_known']);
  });
  // 三(二) "政府投资或以政府投资为主的公共建筑和集中建设的居住建筑,原则上按照超低能耗建筑标准…":
  // rebuilt or expanded ones, and other centrally built residential buildings (D-30-11).
  test('rebuilt mainly-government office, centrally built other housing → in principle (三(二))', () => {
    const r = ratingRequirement(
      { ...base, projectKind: 'expanded', investor: 'government_mainly' } as ProjectFacts,
      d('2024-06-30'),
    );
    assert.equal(r.ultraLowEnergy, 'in_principle');
    assert.deepEqual(
      r.ultraLowEnergyCitations.map((c) => c.clause),
      ['三(二)'],
    );
    assert.equal(req({ use: 'other_residential', centrallyBuilt: true })[3], 'in_principle');
    assert.equal(req({ use: 'other_residential', centrallyBuilt: false })[3], 'not_required');
  });
  // 六(十三) "政府投资项目原则上采用超低能耗建筑标准建造": every wholly government-invested project.
  test('government-invested industrial building → in principle (六(十三)); social → not required', () => {
    const r = ratingRequirement(
      { ...base, buildingClass: 'industrial', use: 'industrial', investor: 'government' } as ProjectFacts,
      d('2024-06-30'),
    );
    assert.equal(r.ultraLowEnergy, 'in_principle');
    assert.equal(r.threeStarInPrinciple, false);
    assert.deepEqual(
      r.ultraLowEnergyCitations.map((c) => c.clause),
      ['六(十三)'],
    );
    assert.equal(
      req({ buildingClass: 'industrial', use: 'industrial', investor: 'government_mainly' })[3],
      'not_required',
    );
    assert.equal(
      req({ use: 'other_residential', investor: 'government', centrallyBuilt: false })[3],
      'in_principle',
    );
  });
});

describe('a planned rating against the requirement (D-30-7, D-30-13)', () => {
  // "二星级及以上": two or three stars comply; one star or none does not.
  test('new civil building: two or three stars comply, one star or none does not', () => {
    assert.equal(run({ plannedRating: 'two_star' }).outcome, 'eligible');
    assert.equal(run({ plannedRating: 'three_star' }).outcome, 'eligible');
    assert.deepEqual(failed(run({ plannedRating: 'one_star' })), ['j30.plan.minimum']);
    assert.equal(run({ plannedRating: 'none' }).outcome, 'ineligible');
  });
  test('rebuilt: one star complies, none does not', () => {
    assert.equal(run({ projectKind: 'rebuilt', plannedRating: 'one_star' }).outcome, 'eligible');
    assert.equal(run({ projectKind: 'rebuilt', plannedRating: 'none' }).outcome, 'ineligible');
  });
  // "原则上" three stars: two stars meet the minimum but await the reviewing department.
  test('government school planning two stars: needs review; accepted → compliant; refused → not', () => {
    const school = { investor: 'government', use: 'school', plannedUltraLowEnergy: true };
    assert.equal(run({ ...school, plannedRating: 'three_star' }).outcome, 'eligible');
    const r = run({ ...school, plannedRating: 'two_star' });
    assert.equal(r.outcome, 'needs_review');
    assert.deepEqual(open(r), ['j30.plan.three_star_deviation']);
    assert.ok(r.interpretations.includes('D-30-7'));
    assert.equal(
      run({ ...school, plannedRating: 'two_star', threeStarDeviationAccepted: true }).outcome,
      'eligible',
    );
    assert.equal(
      run({ ...school, plannedRating: 'two_star', threeStarDeviationAccepted: false }).outcome,
      'ineligible',
    );
    // Below the firm minimum no acceptance helps.
    assert.deepEqual(
      failed(run({ ...school, plannedRating: 'one_star', threeStarDeviationAccepted: true })),
      ['j30.plan.minimum'],
    );
  });
  // 四(二) "开展超低能耗建筑建设" is firm: no ultra-low-energy plan, no compliance.
  test('ultra-low energy required: planned → compliant, not planned → not, unknown → review', () => {
    const office = { investor: 'government', plannedRating: 'two_star' };
    assert.equal(run({ ...office, plannedUltraLowEnergy: true }).outcome, 'eligible');
    assert.deepEqual(
      failed(run({ ...office, plannedUltraLowEnergy: false, ultraLowEnergyDeviationAccepted: true })),
      ['j30.plan.ule_required'],
    );
    assert.deepEqual(open(run(office)), ['j30.plan.ule_required']);
  });
  test('ultra-low energy in principle: not planned awaits review; accepted → compliant; refused → not', () => {
    const works = { investor: 'government', projectKind: 'rebuilt', plannedRating: 'one_star' };
    assert.equal(run({ ...works, plannedUltraLowEnergy: true }).outcome, 'eligible');
    assert.deepEqual(open(run({ ...works, plannedUltraLowEnergy: false })), ['j30.plan.ule_deviation']);
    const ok = { ...works, plannedUltraLowEnergy: false, ultraLowEnergyDeviationAccepted: true };
    assert.equal(run(ok).outcome, 'eligible');
    assert.equal(run({ ...ok, ultraLowEnergyDeviationAccepted: false }).outcome, 'ineligible');
  });
  test('a plan with the ultra-low-energy part only cannot be judged on its rating', () => {
    assert.deepEqual(open(run({ plannedUltraLowEnergy: true })), ['j30.plan.rating_given']);
  });
  test('no plan: the requirement alone, eligible, with no plan reasons', () => {
    const r = run({ investor: 'government', use: 'school' });
    assert.equal(r.outcome, 'eligible');
    assert.equal(r.amount, null);
    assert.equal(r.reasons.filter((x) => x.code.startsWith('j30.plan.')).length, 0);
  });
});

test('every reason and step code has wording in both languages', () => {
  const cases: object[] = [
    {},
    { investor: 'government', use: 'other_public' },
    { use: 'talent_apartment' },
    { investor: 'government', use: 'school', plannedRating: 'two_star', plannedUltraLowEnergy: false },
    {
      investor: 'government',
      projectKind: 'rebuilt',
      plannedRating: 'one_star',
      plannedUltraLowEnergy: false,
    },
    { investor: 'government', plannedRating: 'three_star', plannedUltraLowEnergy: true, publicWelfare: true },
    { plannedUltraLowEnergy: true },
    { location: 'outside' },
    { approvalDate: '2023-11-22' },
    { approvalDate: undefined },
  ];
  for (const c of cases) {
    const facts = Object.fromEntries(Object.entries({ ...base, ...c }).filter(([, v]) => v !== undefined));
    const r = evaluate(RULE, facts, d('2024-06-30'));
    for (const code of [...r.reasons.map((x) => x.code), ...r.trace.map((s) => s.code)]) {
      assert.ok(hasMessage(code, ratingRequirementRule.messages, ENGINE_MESSAGES), code);
    }
  }
});
