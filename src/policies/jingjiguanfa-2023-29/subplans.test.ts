/**
 * 四(一): "本应急预案发布后15日内报指挥部办公室备案" — counted from the day after release (D-29-23).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CalendarDate } from '../../engine/period.ts';
import { findClause, fullText, getPolicy } from '../index.ts';
import {
  CONTACT_CITATION,
  INSPECTION_CITATION,
  LIST_ENFORCEMENT_CITATION,
  PLAN_RELEASED_ON,
  SUBPLAN_CITATION,
  SUBPLAN_DAY_ONE,
  SUBPLAN_DUE_ON,
  subplanStatus,
} from './subplans.ts';

const d = (s: string) => s as CalendarDate;

describe('29号 四(一) sub-plan deadline', () => {
  test('released 2023-11-13 (the circular); day 1 is 2023-11-14, day 15 and the last day 2023-11-28', () => {
    assert.equal(PLAN_RELEASED_ON, getPolicy('jingjiguanfa-2023-29').signedOn);
    assert.equal(SUBPLAN_DAY_ONE, '2023-11-14');
    assert.equal(SUBPLAN_DUE_ON, '2023-11-28');
  });

  test('a sub-plan filed on the last day is on time; the day after is late', () => {
    assert.equal(subplanStatus(d('2023-11-13'), d('2026-11-27')), 'filed');
    assert.equal(subplanStatus(d('2023-11-28'), d('2026-11-27')), 'filed');
    assert.equal(subplanStatus(d('2023-11-29'), d('2026-11-27')), 'filed_late');
  });

  test('with none on file a unit is due through 2023-11-28 and overdue from 2023-11-29', () => {
    assert.equal(subplanStatus(null, d('2023-11-13')), 'due');
    assert.equal(subplanStatus(null, d('2023-11-28')), 'due');
    assert.equal(subplanStatus(null, d('2023-11-29')), 'overdue');
  });

  test('every citation quotes its clause verbatim', () => {
    const policy = getPolicy('jingjiguanfa-2023-29');
    for (const c of [SUBPLAN_CITATION, CONTACT_CITATION, INSPECTION_CITATION, LIST_ENFORCEMENT_CITATION]) {
      assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), c.clause);
    }
  });
});
