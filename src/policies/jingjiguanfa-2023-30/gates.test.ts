/**
 * Tests of the stage gates of 京技管发〔2023〕30号 七 过程管理: the items as data (verbatim
 * citations, known departments) and the checklist (done / missing / not applicable).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { getDepartment } from '../departments.ts';
import { findClause, fullText, getPolicy } from '../index.ts';
import {
  applies,
  type Checklist,
  checklist,
  GATE_ITEMS,
  type GateProject,
  PARTIES,
  STAGE_INFO,
  STAGES,
} from './gates.ts';
import { type ProjectFacts, ratingRequirement } from './project.ts';

const d = (s: string): CalendarDate => parseCalendarDate(s);
const requirementOf = (f: Partial<ProjectFacts>) =>
  ratingRequirement(
    {
      location: 'etdz_60',
      projectKind: 'new',
      buildingClass: 'civil',
      use: 'office',
      investor: 'social',
      ...f,
    } as ProjectFacts,
    d('2024-06-30'),
  );
/** A socially invested office entering under an agreement, on transferred land: no ultra-low energy. */
const enterprise: GateProject = {
  requirement: requirementOf({}),
  investor: 'social',
  investmentPromotion: true,
  landSupply: 'transfer',
};
/** A government school on allocated land: ultra-low energy required (四(二)). */
const school: GateProject = {
  requirement: requirementOf({ investor: 'government', use: 'school' }),
  investor: 'government',
  investmentPromotion: false,
  landSupply: 'allocation',
};
const byStatus = (c: Checklist, status: string) =>
  c.stages.flatMap((s) => s.items.filter((i) => i.status === status).map((i) => i.id));
const item = (c: Checklist, id: string) => c.stages.flatMap((s) => s.items).find((i) => i.id === id)!;

describe('the items of 七', () => {
  const policy = getPolicy('jingjiguanfa-2023-30');
  test('unique ids, in stage order, every stage with items and its own prefix', () => {
    assert.equal(new Set(GATE_ITEMS.map((i) => i.id)).size, GATE_ITEMS.length);
    const order = GATE_ITEMS.map((i) => STAGES.indexOf(i.stage));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    for (const s of STAGES)
      assert.ok(
        GATE_ITEMS.some((i) => i.stage === s),
        s,
      );
    const prefix = {
      land_supply: 'land',
      approval: 'approval',
      design: 'design',
      construction: 'construction',
      operation: 'operation',
    };
    for (const i of GATE_ITEMS) assert.ok(i.id.startsWith(`${prefix[i.stage]}.`), i.id);
  });
  test('every citation quotes its clause verbatim; every stage clause exists', () => {
    for (const i of GATE_ITEMS) {
      assert.equal(i.citation.policyId, 'jingjiguanfa-2023-30');
      assert.ok(fullText(findClause(policy, i.citation.clause)).includes(i.citation.quote), i.id);
    }
    for (const s of STAGES)
      assert.equal(
        findClause(policy, STAGE_INFO[s].clause).heading,
        STAGE_INFO[s].title.zh.replace('竣工验收和', ''),
      );
  });
  test('every department code is in the register, every party known, every duty in both languages', () => {
    for (const i of GATE_ITEMS) {
      assert.ok(i.departments.length > 0, i.id);
      for (const code of i.departments) assert.equal(getDepartment(code).code, code);
      for (const p of i.parties) assert.ok(PARTIES.includes(p), `${i.id} ${p}`);
      assert.ok(i.duty.zh.length > 0 && i.duty.en.length > 0, i.id);
    }
  });
  // 七(三) "规划分局应加强规划设计审查审批": 规划分局 is 规自分局 (D-DEP-1).
  test('the design review is 规自分局’s, the construction oversight 开发建设局’s', () => {
    const of = (id: string) => GATE_ITEMS.find((i) => i.id === id)!;
    assert.deepEqual(of('design.review').departments, ['planning-natural-resources-branch']);
    assert.deepEqual(of('construction.oversight').departments, ['development-construction']);
    assert.deepEqual(of('land.agreement').departments, [
      'economic-development',
      'business-cooperation',
      'sci-tech-innovation',
      'commerce-finance',
    ]);
  });
});

describe('checklist', () => {
  // Nothing recorded: every applicable item is missing; the ultra-low-energy items, the government
  // investment plan, green materials and design changes do not apply to this enterprise (D-30-18).
  test('an enterprise project, nothing recorded', () => {
    const c = checklist(enterprise);
    assert.equal(c.governed, true);
    assert.deepEqual(byStatus(c, 'not_applicable'), [
      'approval.investment-plan',
      'design.ule-performance',
      'design.ule-planning-approval',
      'construction.green-materials',
      'construction.design-change',
      'operation.ule-acceptance',
    ]);
    assert.equal(byStatus(c, 'done').length, 0);
    assert.equal(c.missing.length, GATE_ITEMS.length - 6);
    assert.equal(c.complete, false);
    // "按照立项审批权限": an enterprise project is reviewed by 行政审批局 (D-30-17).
    assert.deepEqual(item(c, 'approval.review').departments, ['administrative-approval']);
    assert.deepEqual(item(c, 'approval.report').departments, ['administrative-approval']);
    assert.equal(
      item(c, 'design.ule-performance').notApplicableBecause?.zh,
      '项目不要求按超低能耗建筑标准建设',
    );
  });
  test('recorded items are done, and a stage with all of them is complete', () => {
    const land = [
      'land.policy-briefing',
      'land.agreement',
      'land.planning-opinion',
      'land.listing-publicity',
      'land.contract',
    ];
    const c = checklist(enterprise, { land_supply: land, approval: ['approval.report'] });
    const stage = c.stages[0]!;
    assert.deepEqual([stage.stage, stage.done, stage.missing, stage.complete], ['land_supply', 5, 0, true]);
    const approval = c.stages[1]!;
    assert.deepEqual(
      [approval.done, approval.missing, approval.notApplicable, approval.complete],
      [1, 1, 1, false],
    );
    assert.equal(item(c, 'approval.review').status, 'missing');
  });
  test('a government school on allocated land', () => {
    const c = checklist(school);
    assert.deepEqual(byStatus(c, 'not_applicable'), [
      'land.policy-briefing',
      'land.agreement',
      'land.listing-publicity',
      'construction.design-change',
    ]);
    assert.equal(item(c, 'land.contract').status, 'missing');
    assert.deepEqual(item(c, 'approval.review').departments, ['economic-development']);
    assert.equal(item(c, 'construction.green-materials').status, 'missing');
    assert.equal(item(c, 'design.ule-performance').status, 'missing');
  });
  test('own land: no land-supply item applies; an explicit approval authority wins', () => {
    const c = checklist({
      ...enterprise,
      investmentPromotion: false,
      landSupply: 'none',
      approvalAuthority: 'economic-development',
    });
    assert.equal(c.stages[0]!.notApplicable, 5);
    assert.equal(c.stages[0]!.complete, true);
    assert.deepEqual(item(c, 'approval.review').departments, ['economic-development']);
  });
  // 七(四) "在政府投资工程、重点工程、高标准商品住宅等项目中…优先采用绿色建材".
  test('green materials: government-invested, key or high-standard housing projects', () => {
    assert.equal(applies('green_materials', enterprise), false);
    assert.equal(applies('green_materials', { ...enterprise, keyProject: true }), true);
    assert.equal(applies('green_materials', { ...enterprise, highStandardCommercialHousing: true }), true);
    assert.equal(applies('green_materials', { ...enterprise, investor: 'government_mainly' }), false);
    assert.equal(applies('government_investment', { ...enterprise, investor: 'government' }), true);
  });
  test('a design change affecting energy performance brings its check', () => {
    assert.equal(
      item(checklist({ ...enterprise, energyDesignChange: true }), 'construction.design-change').status,
      'missing',
    );
  });
  test('ultra-low energy undecided (null) keeps its items on the list; in principle too', () => {
    const undecided = { ...enterprise, requirement: requirementOf({ use: 'talent_apartment' }) };
    assert.equal(undecided.requirement.ultraLowEnergy, null);
    assert.equal(item(checklist(undecided), 'operation.ule-acceptance').status, 'missing');
    const principle = {
      ...enterprise,
      requirement: requirementOf({ projectKind: 'rebuilt', investor: 'government_mainly' }),
    };
    assert.equal(item(checklist(principle), 'operation.ule-acceptance').status, 'missing');
  });
  test('a project the document does not govern: everything not applicable, complete (D-30-19)', () => {
    const c = checklist({ ...enterprise, requirement: null }, { design: ['design.review'] });
    assert.equal(c.governed, false);
    assert.equal(byStatus(c, 'not_applicable').length, GATE_ITEMS.length);
    assert.equal(c.complete, true);
  });
  test('a recorded item that does not apply stays not applicable', () => {
    assert.equal(
      item(checklist(enterprise, { approval: ['approval.investment-plan'] }), 'approval.investment-plan')
        .status,
      'not_applicable',
    );
  });
  test('every applicable item recorded → complete', () => {
    const all = Object.fromEntries(
      STAGES.map((s) => [s, GATE_ITEMS.filter((i) => i.stage === s).map((i) => i.id)]),
    );
    const c = checklist(school, all);
    assert.equal(c.complete, true);
    assert.deepEqual(c.missing, []);
    assert.ok(c.interpretations.includes('D-30-18'));
  });
  test('unknown or misplaced item ids and unknown stages are refused, naming the field', () => {
    const refuses = (records: object, field: string) =>
      assert.throws(
        () => checklist(enterprise, records),
        (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_INVALID_INPUT' && e.field === field,
      );
    refuses({ design: ['design.review', 'design.nope'] }, 'recorded.design[1]');
    refuses({ approval: ['land.contract'] }, 'recorded.approval[0]');
    refuses({ acceptance: [] }, 'recorded.acceptance');
  });
});
