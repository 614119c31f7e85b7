/**
 * 京技管发〔2023〕28号, tested from the text: the 20 measures, 二(四)16 credit + risk and 无事不扰,
 * 二(四)14 the policy list (exactly the rules a foreign-invested enterprise can use) and precise
 * push, and the trial's dates (三).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CalendarDate } from '../../engine/period.ts';
import { allRules, evaluate, getPolicy, POLICIES, policyStatus } from '../index.ts';
import { MEASURES } from './index.ts';
import { audienceOf, policyList } from './policy-list.ts';
import { matchedItems, pushNotice } from './push.ts';
import { type CreditRiskFacts, creditGrade, intensity, riskLevel } from './supervision.ts';

const d = (s: string) => s as CalendarDate;
const CLEAN: CreditRiskFacts = {
  seriousDishonestyList: false,
  abnormalOperationsList: false,
  majorPenaltiesWithin3Years: 0,
  penaltiesWithin1Year: 0,
  taxCreditGrade: 'A',
  safetyOrEnvironmentalIncidentWithin3Years: false,
  hazardousOperations: false,
  substantiatedComplaintsWithin1Year: 0,
};

describe('二、主要措施: the 20 measures', () => {
  test('numbered 1–20, each with its verbatim text and an English rendering', () => {
    assert.deepEqual(
      MEASURES.map((m) => m.number),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const text = getPolicy('jingjiguanfa-2023-28').text;
    for (const m of MEASURES) {
      assert.ok(text.includes(m.text.zh), `measure ${m.number} text`);
      assert.ok(m.text.en.length > 20 && m.heading.en.length > 5);
    }
    assert.equal(MEASURES[11]?.heading.zh, '建立健全外商投资企业圆桌会议制度');
  });
  test('11, 12, 13, 14 and 16 are implemented in the enterprise-service module', () => {
    const done = MEASURES.filter((m) => m.status === 'implemented').map((m) => m.number);
    assert.deepEqual(done, [11, 12, 13, 14, 16]);
  });
});

describe('三: three years from 2023-11-02 (D-32-2)', () => {
  const p = getPolicy('jingjiguanfa-2023-28');
  test('in force on 2026-11-01, expired on 2026-11-02', () => {
    assert.equal(policyStatus(p, d('2026-11-01')), 'in_force');
    assert.equal(policyStatus(p, d('2026-11-02')), 'expired');
  });
});

describe('二(四)16 credit + risk (D-28-5)', () => {
  test('grades and levels from recorded facts', () => {
    assert.equal(creditGrade(CLEAN), 'A');
    assert.equal(creditGrade({ ...CLEAN, taxCreditGrade: 'M' }), 'B');
    assert.equal(creditGrade({ ...CLEAN, abnormalOperationsList: true }), 'C');
    assert.equal(creditGrade({ ...CLEAN, seriousDishonestyList: true, majorPenaltiesWithin3Years: 2 }), 'D');
    assert.equal(riskLevel(CLEAN), 'low');
    assert.equal(riskLevel({ ...CLEAN, substantiatedComplaintsWithin1Year: 1 }), 'medium');
    assert.equal(riskLevel({ ...CLEAN, safetyOrEnvironmentalIncidentWithin3Years: true }), 'high');
  });
  test('intensity: A + low is 无事不扰; D or high is strict', () => {
    assert.equal(intensity('A', 'low'), 'no_disturbance');
    assert.equal(intensity('B', 'low'), 'standard');
    assert.equal(intensity('A', 'medium'), 'enhanced');
    assert.equal(intensity('C', 'low'), 'enhanced');
    assert.equal(intensity('A', 'high'), 'strict');
    assert.equal(intensity('D', 'low'), 'strict');
  });
  test('no-disturbance: eligible for a clean A-grade enterprise, ineligible with a complaint', () => {
    assert.equal(evaluate('jingjiguanfa-2023-28/no-disturbance', CLEAN, d('2025-06-10')).outcome, 'eligible');
    const withComplaint = { ...CLEAN, substantiatedComplaintsWithin1Year: 1 };
    assert.equal(
      evaluate('jingjiguanfa-2023-28/no-disturbance', withComplaint, d('2025-06-10')).outcome,
      'ineligible',
    );
  });
});

describe('二(四)16 “无事不扰”: scheduling an inspection (D-28-6)', () => {
  const id = 'jingjiguanfa-2023-28/inspection-check';
  test('a routine inspection of a 无事不扰 enterprise without a reason is refused', () => {
    const dec = evaluate(id, { ...CLEAN, kind: 'routine' }, d('2025-06-10'));
    assert.equal(dec.outcome, 'ineligible');
    assert.equal(dec.reasons.at(-1)?.code, 'j28.inspection.no_disturbance');
  });
  test('with a recorded reason it goes to review', () => {
    const dec = evaluate(
      id,
      { ...CLEAN, kind: 'routine', reason: 'Annual fire-safety campaign' },
      d('2025-06-10'),
    );
    assert.equal(dec.outcome, 'needs_review');
  });
  test('a complaint-triggered inspection is allowed (有事)', () => {
    assert.equal(evaluate(id, { ...CLEAN, kind: 'complaint' }, d('2025-06-10')).outcome, 'eligible');
  });
  test('a routine inspection of a B-grade enterprise is allowed', () => {
    assert.equal(
      evaluate(
        id,
        { ...CLEAN, taxCreditGrade: 'B', penaltiesWithin1Year: 1, kind: 'routine' },
        d('2025-06-10'),
      ).outcome,
      'eligible',
    );
  });
  test('judged by the date of the inspection: after 2026-11-01 the trial has ended', () => {
    const dec = evaluate(id, { ...CLEAN, kind: 'routine' }, d('2026-11-02'));
    assert.equal(dec.outcome, 'not_in_force');
  });
});

/** The rules a foreign-invested enterprise can use (D-28-2), worked out by hand from each rule's subject. */
const EXPECTED_LIST = [
  'jingfagai-2023-1309/investment-support',
  'jingfagai-2023-1309/project-check',
  'jingjiguanfa-2023-28/no-disturbance',
  'jingjiguanfa-2023-29/vehicle-check',
  'jingjiguanfa-2023-30/rating-requirement',
  ...Array.from({ length: 27 }, (_, i) => `jingjiguanfa-2023-31/item-${String(i + 1).padStart(2, '0')}`),
  'jingjiguanfa-2023-32/art-01-srdi',
  'jingjiguanfa-2023-32/art-02-high-tech',
  'jingjiguanfa-2023-32/art-04-rd-growth',
  'jingjiguanfa-2023-32/art-05-rent',
  'jingjiguanfa-2023-32/art-06-service-vouchers',
  'jingjiguanfa-2023-32/art-07-direct-investment',
];

describe('二(四)14 《外商投资企业政策清单》 (D-28-2)', () => {
  test('every rule of the catalog is classified', () => {
    for (const r of allRules()) assert.notEqual(audienceOf(r.id), undefined, `${r.id} is not classified`);
  });
  test('the list holds exactly the rules a foreign-invested enterprise can use', () => {
    assert.deepEqual(
      policyList(POLICIES, d('2025-06-10')).map((i) => i.ruleId),
      EXPECTED_LIST,
    );
  });
  test('work relief (addressed to workers and project owners) and alert levels are not on it', () => {
    const ids = policyList(POLICIES, d('2025-06-10')).map((i) => i.ruleId);
    assert.ok(!ids.some((id) => id.startsWith('jingfagai-2023-1336/')));
    assert.ok(!ids.includes('jingjiguanfa-2023-29/alert-level'));
  });
  test('each item in both languages, filterable by kind, status and text', () => {
    const all = policyList(POLICIES, d('2026-06-10'));
    for (const i of all) assert.ok(i.title.zh && i.title.en && i.policyNumber.en && i.kindLabel.en);
    const obligations = policyList(POLICIES, d('2026-06-10'), { kind: 'obligation' }).map((i) => i.ruleId);
    assert.deepEqual(obligations, [
      'jingfagai-2023-1309/project-check',
      'jingjiguanfa-2023-29/vehicle-check',
      'jingjiguanfa-2023-30/rating-requirement',
    ]);
    // 30号 and 32号 ended on 2025-12-31.
    const inForce = policyList(POLICIES, d('2026-06-10'), { inForceOnly: true }).map((i) => i.ruleId);
    assert.ok(!inForce.some((id) => id.startsWith('jingjiguanfa-2023-32/')));
    assert.equal(all.find((i) => i.ruleId === 'jingjiguanfa-2023-32/art-05-rent')?.status, 'expired');
    const rent = policyList(POLICIES, d('2025-06-10'), { q: 'RENT SUBSIDY' });
    assert.deepEqual(
      rent.map((i) => i.ruleId),
      ['jingjiguanfa-2023-32/art-05-rent'],
    );
  });
});

describe('二(四)14 precise push', () => {
  const profile = {
    enterprise: {
      location: 'yizhuang_225',
      registeredTaxedAndInStatistics: true,
      majorAdministrativePenaltyWithin3Years: false,
      criminalRecordWithin3Years: false,
      onSeriousDishonestyList: false,
    },
    projects: [
      {
        id: 'rent',
        candidates: [
          {
            item: 'jingjiguanfa-2023-32/art-05-rent',
            facts: {
              inInnovationGrowthPlan: true,
              beijingSrdiSme: true,
              rentPerSqmPerDay: '2.00',
              leasedAreaSqm: 300,
              subsidisedDays: 365,
            },
          },
        ],
      },
    ],
  };
  test('a matching item is pushed, in the enterprise’s language', () => {
    const items = matchedItems(profile, d('2025-06-10'));
    assert.deepEqual(
      items.map((i) => i.item.ruleId),
      ['jingjiguanfa-2023-32/art-05-rent'],
    );
    const en = pushNotice({ zh: '甲公司', en: 'Alpha GmbH' }, 'en', items, d('2025-06-10'));
    assert.match(en.subject, /Alpha GmbH/);
    assert.match(en.body, /Jingjiguanfa\[2023\]No\. 32/);
    const zh = pushNotice({ zh: '甲公司', en: 'Alpha GmbH' }, 'zh', items, d('2025-06-10'));
    assert.match(zh.body, /京技管发〔2023〕32号/);
  });
  test('after the measure ended nothing from it is pushed', () => {
    assert.deepEqual(matchedItems(profile, d('2026-06-10')), []);
    assert.match(pushNotice({ zh: '甲', en: 'A' }, 'en', [], d('2026-06-10')).body, /no policy matches/);
  });
});
