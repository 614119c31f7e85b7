/**
 * @module policies/catalog.test
 * The catalog: the seven documents and their metadata, statuses on a date (with the first and
 * last day of each window), clause lookup by path and citation form, rules, errors and search.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../engine/errors.ts';
import { addDays, type CalendarDate, parseCalendarDate } from '../engine/period.ts';
import { evaluateRule, type Rule } from '../engine/rule.ts';
import {
  allRules,
  evaluate,
  findClause,
  flattenOutline,
  getPolicy,
  getRule,
  matchingClauses,
  POLICIES,
  POLICY_IDS,
  policyStatus,
  policyWindow,
  searchPolicies,
} from './index.ts';
import { SEVEN_IDS, STATUS_ON_2026_11_27 } from './test-fixtures.ts';
import type { PolicyDocument } from './types.ts';

const d = (s: string): CalendarDate => parseCalendarDate(s);

/** Asserts that `fn` throws a ZhengceError with this code, field and value. */
function throwsCode(fn: () => unknown, code: string, field: string, value: unknown): ZhengceError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof ZhengceError, `expected a ZhengceError, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(caught.field, field);
  assert.equal(caught.value, value);
  assert.ok(caught.messageZh !== undefined && caught.messageZh.length > 0);
  return caught;
}

describe('the seven documents', () => {
  test('in gazette order with their pages', () => {
    assert.deepEqual(POLICY_IDS, SEVEN_IDS);
    assert.deepEqual(
      POLICIES.map((p) => p.gazettePage),
      [6, 23, 30, 38, 60, 72, 88],
    );
  });

  test('numbers, signing dates and issuers as the circulars give them', () => {
    assert.deepEqual(
      POLICIES.map((p) => [p.number, p.numberEn, p.signedOn, p.issuers.length]),
      [
        ['京发改〔2023〕1309号', 'Jingfagai[2023]No. 1309', '2023-10-09', 10],
        ['京发改〔2023〕1336号', 'Jingfagai[2023]No. 1336', '2023-10-17', 11],
        ['京技管发〔2023〕28号', 'Jingjiguanfa[2023]No. 28', '2023-11-02', 1],
        ['京技管发〔2023〕29号', 'Jingjiguanfa[2023]No. 29', '2023-11-13', 1],
        ['京技管发〔2023〕30号', 'Jingjiguanfa[2023]No. 30', '2023-11-22', 1],
        ['京技管发〔2023〕31号', 'Jingjiguanfa[2023]No. 31', '2023-11-24', 1],
        ['京技管发〔2023〕32号', 'Jingjiguanfa[2023]No. 32', '2023-11-29', 1],
      ],
    );
    for (const p of POLICIES) {
      const circular = flattenOutline(p)[0]?.text ?? '';
      for (const issuer of p.issuers) assert.ok(circular.includes(issuer.zh), `${p.id}: ${issuer.zh}`);
      assert.equal(p.issuers[0]?.zh.startsWith('北京'), true);
      assert.match(p.title.en, /^Circular of /);
      assert.ok(p.measureTitle !== undefined && p.title.en.includes(`“${p.measureTitle.en}”`));
      assert.equal(p.repealedOn, undefined);
    }
  });

  test('29号 repeals the 2018 plan, and no other document repeals anything', () => {
    for (const p of POLICIES) {
      assert.deepEqual(
        p.repeals.map((r) => r.number),
        p.id === 'jingjiguanfa-2023-29' ? ['京技管〔2018〕92号'] : [],
      );
      assert.equal(/废止/.test(p.text), p.id === 'jingjiguanfa-2023-29');
    }
  });
});

describe('policyStatus', () => {
  test('on 2026-11-27, 28号, 30号 and 32号 have expired and the other four are in force', () => {
    const asOf = d('2026-11-27');
    assert.deepEqual(
      Object.fromEntries(POLICIES.map((p) => [p.id, policyStatus(p, asOf)])),
      STATUS_ON_2026_11_27,
    );
  });

  const WINDOWS: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['jingfagai-2023-1309', '2023-10-09', undefined],
    ['jingfagai-2023-1336', '2023-10-17', undefined],
    ['jingjiguanfa-2023-28', '2023-11-02', '2026-11-01'],
    ['jingjiguanfa-2023-29', '2023-11-13', undefined],
    ['jingjiguanfa-2023-30', '2023-11-23', '2025-12-31'],
    ['jingjiguanfa-2023-31', '2023-11-24', undefined],
    ['jingjiguanfa-2023-32', '2023-11-29', '2025-12-31'],
  ];
  for (const [id, from, to] of WINDOWS) {
    test(`${id}: in force from ${from}${to === undefined ? ', no end' : ` through ${to}`}`, () => {
      const p = getPolicy(id);
      assert.equal(policyStatus(p, addDays(d(from), -1)), 'not_yet');
      assert.equal(policyStatus(p, d(from)), 'in_force');
      if (to === undefined) {
        assert.equal(p.validity.to, undefined);
        assert.equal(policyStatus(p, d('2999-12-31')), 'in_force');
      } else {
        assert.equal(policyStatus(p, d(to)), 'in_force');
        assert.equal(policyStatus(p, addDays(d(to), 1)), 'expired');
      }
    });
  }

  test('30号 by name: in force 2023-11-23 and 2025-12-31, not yet 2023-11-22, expired 2026-01-01', () => {
    const p = getPolicy('jingjiguanfa-2023-30');
    assert.equal(policyStatus(p, d('2023-11-22')), 'not_yet');
    assert.equal(policyStatus(p, d('2023-11-23')), 'in_force');
    assert.equal(policyStatus(p, d('2025-12-31')), 'in_force');
    assert.equal(policyStatus(p, d('2026-01-01')), 'expired');
    const p28 = getPolicy('jingjiguanfa-2023-28');
    assert.equal(policyStatus(p28, d('2026-11-01')), 'in_force');
    assert.equal(policyStatus(p28, d('2026-11-02')), 'expired');
  });

  test('a repeal wins from its date on, and the window carries it', () => {
    const repealed: PolicyDocument = { ...getPolicy('jingfagai-2023-1309'), repealedOn: d('2025-06-01') };
    assert.equal(policyStatus(repealed, d('2025-05-31')), 'in_force');
    assert.equal(policyStatus(repealed, d('2025-06-01')), 'repealed');
    assert.equal(policyWindow(repealed).repealedOn, '2025-06-01');
    assert.equal('repealedOn' in policyWindow(getPolicy('jingfagai-2023-1309')), false);
  });
});

describe('rules and evaluation', () => {
  const stub: Rule = {
    id: 'jingjiguanfa-2023-30/test-stub',
    policyId: 'jingjiguanfa-2023-30',
    title: { zh: '测试', en: 'Test' },
    citations: [],
    validity: { from: d('2000-01-01') },
    factsSchema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {},
    evaluate: () => {
      throw new Error('must not decide outside the policy window');
    },
  };

  test("the policy window stops a rule outside its document's dates", () => {
    const decision = evaluateRule(stub, {}, d('2026-01-01'), policyWindow(getPolicy('jingjiguanfa-2023-30')));
    assert.equal(decision.outcome, 'not_in_force');
  });

  test('every registered rule is found by its id and belongs to its document', () => {
    for (const rule of allRules()) {
      assert.ok(rule.id.startsWith(`${rule.policyId}/`), rule.id);
      assert.equal(getRule(rule.id), rule);
      assert.ok(getPolicy(rule.policyId).rules.includes(rule));
    }
  });

  test('unknown rules are ZC_ERR_RULE_NOT_FOUND on ruleId', () => {
    throwsCode(
      () => getRule('jingjiguanfa-2023-31/item-99'),
      'ZC_ERR_RULE_NOT_FOUND',
      'ruleId',
      'jingjiguanfa-2023-31/item-99',
    );
    throwsCode(() => evaluate('nope', {}, d('2024-01-01')), 'ZC_ERR_RULE_NOT_FOUND', 'ruleId', 'nope');
  });
});

describe('getPolicy', () => {
  test('finds each document by id', () => {
    for (const id of POLICY_IDS) assert.equal(getPolicy(id).id, id);
  });
  test('an unknown id is ZC_ERR_POLICY_NOT_FOUND on policyId, listing the known ids', () => {
    const e = throwsCode(
      () => getPolicy('jingjiguanfa-2023-33'),
      'ZC_ERR_POLICY_NOT_FOUND',
      'policyId',
      'jingjiguanfa-2023-33',
    );
    for (const id of POLICY_IDS) {
      assert.ok(e.message.includes(id));
      assert.ok(e.messageZh?.includes(id));
    }
  });
});

describe('findClause', () => {
  for (const p of POLICIES) {
    test(`${p.id}: every node by path and by citation form, in either width of parentheses`, () => {
      for (const n of flattenOutline(p)) {
        assert.equal(findClause(p, n.path), n);
        assert.equal(findClause(p, n.clause), n);
        assert.equal(findClause(p, `  ${n.clause.replace(/（/g, '(').replace(/）/g, ')')} `), n);
        assert.equal(findClause(p, n.path.replace(/\(/g, '（').replace(/\)/g, '）')), n);
      }
    });
  }

  test('the forms of the architecture', () => {
    const p31 = getPolicy('jingjiguanfa-2023-31');
    assert.equal(findClause(p31, '第一章 一（十三）1').path, '第一章/一/（十三）/1');
    assert.equal(findClause(p31, '第一章/一/(十三)').clause, '第一章 一（十三）');
    assert.equal(findClause(getPolicy('jingjiguanfa-2023-32'), ' 第五条 ').label, '第五条');
    assert.equal(findClause(getPolicy('jingjiguanfa-2023-29'), '一（二）').path, '一/(二)');
    assert.equal(findClause(getPolicy('jingjiguanfa-2023-29'), '附件 3 一 10').path, '附件3/一/10');
  });

  test('an unknown clause is ZC_ERR_CLAUSE_NOT_FOUND on clause', () => {
    const p32 = getPolicy('jingjiguanfa-2023-32');
    throwsCode(() => findClause(p32, '第十一条'), 'ZC_ERR_CLAUSE_NOT_FOUND', 'clause', '第十一条');
    throwsCode(
      () => findClause(getPolicy('jingjiguanfa-2023-31'), '第一章 一（二十八）'),
      'ZC_ERR_CLAUSE_NOT_FOUND',
      'clause',
      '第一章 一（二十八）',
    );
    throwsCode(() => findClause(p32, ''), 'ZC_ERR_CLAUSE_NOT_FOUND', 'clause', '');
  });
});

describe('searchPolicies', () => {
  const ids = (q: string) => searchPolicies(q).map((p) => p.id);
  test('matches titles, numbers, summaries and clause text, ignoring case, spaces and width', () => {
    assert.deepEqual(ids('以工代赈'), ['jingfagai-2023-1336']);
    assert.deepEqual(ids('jingjiguanfa[2023]no.31'), ['jingjiguanfa-2023-31']);
    assert.deepEqual(ids('京技管发〔2023〕29号'), ['jingjiguanfa-2023-29']);
    assert.deepEqual(ids('srdi'), ['jingjiguanfa-2023-32']);
    assert.deepEqual(ids('单双号行驶'), ['jingjiguanfa-2023-29']);
    assert.deepEqual(ids('ＶＯＣｓ'), ['jingjiguanfa-2023-31']);
    assert.deepEqual(ids('2025 年 12 月 31 日'), ['jingjiguanfa-2023-30', 'jingjiguanfa-2023-32']);
    assert.equal(ids('Economic–Technological').length, 5);
  });
  test('nothing for a blank or absent term', () => {
    assert.deepEqual(ids('   '), []);
    assert.deepEqual(ids('量子纠缠'), []);
  });
  test('matchingClauses names the clauses that match', () => {
    const hits = matchingClauses(getPolicy('jingjiguanfa-2023-31'), '两者取小值');
    assert.deepEqual(
      hits.map((n) => n.clause),
      ['第一章 一（十三）'],
    );
  });
});
