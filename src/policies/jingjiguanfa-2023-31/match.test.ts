/**
 * 第二章 二（三） 从高从优不重复 (D-31-11): per project the highest eligible award wins, the others
 * are superseded naming the winner, an award under another E-Town policy takes part, items that
 * need review never win; facts are merged from the enterprise, the project and the candidate.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { COMMON_REQUIRED } from './common.ts';
import { EXAMPLE_COMMON } from './example-facts.ts';
import { type MatchProfile, matchProfile, parseProfile } from './match.ts';

const asOf = '2026-03-01' as CalendarDate;
/** The 第二章 facts of the worked examples' enterprise. */
const enterprise = Object.fromEntries(
  Object.entries(EXAMPLE_COMMON).filter(([k]) => COMMON_REQUIRED.includes(k)),
);
const project = {
  projectCompleted: true,
  paidIncludingTax: '1130000',
  totalInvestmentIncludingTax: '1130000',
  threeSimultaneousProject: false,
  dataCentre: false,
  builtWithGovernmentFunds: false,
  usesHighTechProduct: false,
  usesFirstSet: false,
};
const item1 = (pay: string) => ({
  item: 1,
  facts: { enterprise: true, airPollutant: 'vocs', paymentExcludingTax: pay },
});
const item12 = (pay: string) => ({
  item: 'item-12',
  facts: { enterprise: true, projectKind: 'noise', paymentExcludingTax: pay },
});
const run = (p: MatchProfile) => matchProfile(parseProfile(p), asOf);

describe('第二章 二（三） 从高从优不重复', () => {
  test('the higher award wins; the other is superseded and names the winner', () => {
    // Item 1: 1,000,000 × 30% = 300,000; item 12: 1,200,000 × 30% = 360,000 → item 12 wins.
    const r = run({
      enterprise,
      projects: [{ id: 'p', facts: project, candidates: [item1('1000000'), item12('1200000')] }],
    });
    const p = r.projects[0]!;
    assert.equal(p.winner, 'jingjiguanfa-2023-31/item-12');
    assert.equal(p.amount, 36_000_000);
    assert.deepEqual(
      p.entries.map((e) => [e.item, e.status, e.supersededBy ?? null]),
      [
        [1, 'superseded', 'jingjiguanfa-2023-31/item-12'],
        [12, 'winner', null],
      ],
    );
    assert.equal(r.total, 36_000_000);
    assert.equal(r.notConsidered.length, 25);
    assert.deepEqual(r.interpretations, ['D-31-11']);
  });

  test('a tie goes to the lower item number', () => {
    // Both 1,000,000 × 30% = 300,000.
    const r = run({
      enterprise,
      projects: [{ id: 'p', facts: project, candidates: [item12('1000000'), item1('1000000')] }],
    });
    assert.equal(r.projects[0]?.winner, 'jingjiguanfa-2023-31/item-01');
  });

  test('an equal or higher award under another E-Town policy wins; a lower one does not', () => {
    const other = (amount: string) => [{ policyId: 'jingjiguanfa-2023-32', amount }];
    const equal = run({
      enterprise,
      projects: [
        { id: 'p', facts: project, candidates: [item1('1000000')], otherPolicyAwards: other('300000') },
      ],
    });
    assert.deepEqual([equal.projects[0]?.winner, equal.total], ['jingjiguanfa-2023-32', 0]);
    assert.equal(equal.projects[0]?.entries[0]?.status, 'superseded');
    const lower = run({
      enterprise,
      projects: [
        { id: 'p', facts: project, candidates: [item1('1000000')], otherPolicyAwards: other('299999.99') },
      ],
    });
    assert.deepEqual([lower.projects[0]?.winner, lower.total], ['jingjiguanfa-2023-31/item-01', 30_000_000]);
  });

  test('projects are separate; needs-review items are pending and never win', () => {
    // Item 6 without configured tiers needs review (D-31-4); project q's item 1 is ineligible (outside).
    const r = run({
      enterprise,
      projects: [
        { id: 'p', facts: project, candidates: [item1('100000')] },
        { id: 'q', facts: { ...project, projectCompleted: false }, candidates: [item1('500000')] },
      ],
    });
    assert.deepEqual(
      r.projects.map((p) => [p.id, p.winner, p.amount, p.entries[0]?.status]),
      [
        ['p', 'jingjiguanfa-2023-31/item-01', 3_000_000, 'winner'],
        ['q', null, 0, 'not_awarded'],
      ],
    );
    assert.equal(r.total, 3_000_000);
  });

  test('bad profiles name the path of the field', () => {
    const field = (p: unknown) => {
      try {
        run(p as MatchProfile);
        return null;
      } catch (e) {
        return e instanceof ZhengceError ? e.field : String(e);
      }
    };
    assert.equal(field({ enterprise, projects: [] }), 'profile.projects');
    assert.equal(
      field({ enterprise, projects: [{ id: 'p', candidates: [{ item: 0 }] }] }),
      'profile.projects[0].candidates[0].item',
    );
    assert.equal(
      field({
        enterprise,
        projects: [
          { id: 'p', candidates: [item1('1')] },
          { id: 'p', candidates: [item1('1')] },
        ],
      }),
      'profile.projects[1].id',
    );
    // The facts error of a candidate is prefixed with its place in the profile.
    assert.match(
      String(
        field({
          enterprise,
          projects: [{ id: 'p', facts: project, candidates: [{ item: 1, facts: { enterprise: true } }] }],
        }),
      ),
      /^projects\[0\]\.candidates\[0\]\.facts\./,
    );
  });
});
