/**
 * Golden tests of 京发改〔2023〕1336号's checks, named by clause; each expected value is worked out
 * from the text (and the decisions D-1336-*) in the comment above it. Money is integer fen.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../engine/decision.ts';
import { decisionToJson } from '../../engine/decision.ts';
import type { Fen } from '../../engine/money.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { evaluate, getRule } from '../index.ts';
import { ageOn, monthBounds, payDueOn, wagesDue } from './facts.ts';

const ID = 'jingfagai-2023-1336';
const run = (rule: string, facts: object, asOf: string): Decision =>
  evaluate(`${ID}/${rule}`, facts, asOf as CalendarDate);
const codes = (d: Decision, passed: boolean | null) =>
  d.reasons.filter((r) => r.passed === passed).map((r) => r.code);

describe('三(四) wage arithmetic in fen (D-1336-4)', () => {
  test('20.5 days at 200 元 is 4,100.00 元: 20000 fen × 41 half-days ÷ 2', () => {
    assert.equal(wagesDue(20_000 as Fen, 41), 410_000);
  });
  test('half a day at 183.33 元 is 91.665 元, rounded half up once to 91.67 元', () => {
    assert.equal(wagesDue(18_333 as Fen, 1), 9_167);
  });
  test('31 half-days at 0.01 元 is 0.155 元 → 0.16 元, no float drift', () => {
    assert.equal(wagesDue(1 as Fen, 31), 16);
  });
  test('a month is due on the pay day of the next one; December rolls into January (D-1336-3)', () => {
    assert.equal(payDueOn('2026-05', 15), '2026-06-15');
    assert.equal(payDueOn('2026-12', 10), '2027-01-10');
    assert.deepEqual(monthBounds('2028-02'), { first: '2028-02-01', last: '2028-02-29' });
  });
  test('ages are full years; a 29 February birthday counts on 1 March', () => {
    assert.equal(ageOn('2010-02-28' as CalendarDate, '2026-02-28' as CalendarDate), 16);
    assert.equal(ageOn('2008-02-29' as CalendarDate, '2024-02-28' as CalendarDate), 15);
    assert.equal(ageOn('2008-02-29' as CalendarDate, '2024-02-29' as CalendarDate), 16);
  });
});

describe('三(四) wages-paid: unpaid or unconfirmed wages', () => {
  const line = {
    period: '2026-05',
    halfDays: 41,
    dailyRate: '200',
    payDueOn: '2026-06-15',
    paid: '0',
  };
  test('confirmed on 5 June and paid 4,100 元 on 10 June: complies, amount 4,100.00 元', () => {
    const d = run(
      'wages-paid',
      {
        ...line,
        confirmedOn: '2026-06-05',
        confirmedAmount: '4100',
        paid: '4100',
        firstPaidOn: '2026-06-10',
        lastPaidOn: '2026-06-10',
      },
      '2026-06-30',
    );
    assert.equal(d.outcome, 'eligible');
    assert.equal(d.amount, 410_000);
    assert.deepEqual(d.interpretations, ['D-1336-3', 'D-1336-4', 'D-1336-5']);
    const json = decisionToJson(d, getRule(`${ID}/wages-paid`).messages);
    assert.equal(json.trace[0]?.message.zh, '2026-05 出勤 20.5 天 × 日工资 200.00 元 = 应发 4100.00 元');
  });
  test('before the pay day, an unconfirmed and unpaid month is open, not a finding', () => {
    const d = run('wages-paid', line, '2026-06-15');
    assert.equal(d.outcome, 'eligible');
    assert.deepEqual(codes(d, true), ['j1336.wages.confirmation_pending', 'j1336.wages.not_yet_due']);
  });
  test('45 days after the pay day, unconfirmed and unpaid: arrears of 4,100.00 元 aged 45 days', () => {
    const d = run('wages-paid', line, '2026-07-30');
    assert.equal(d.outcome, 'ineligible');
    assert.deepEqual(codes(d, false), ['j1336.wages.unconfirmed', 'j1336.wages.arrears']);
    const arrears = d.reasons.find((r) => r.code === 'j1336.wages.arrears')!;
    assert.deepEqual([arrears.params.outstanding, arrears.params.ageDays], ['4100.00', 45]);
  });
  test('confirmed, 3,000 元 of 4,100 元 paid, one day late: 1,100.00 元 in arrears aged 1 day', () => {
    const d = run(
      'wages-paid',
      {
        ...line,
        confirmedOn: '2026-06-01',
        paid: '3000',
        firstPaidOn: '2026-06-02',
        lastPaidOn: '2026-06-02',
      },
      '2026-06-16',
    );
    assert.deepEqual(codes(d, false), ['j1336.wages.arrears']);
    const p = d.reasons.find((r) => r.code === 'j1336.wages.arrears')!.params;
    assert.deepEqual([p.outstanding, p.ageDays], ['1100.00', 1]);
  });
  test('the worker confirmed 4,000 元 but the ledger says 4,100 元: a finding', () => {
    const d = run(
      'wages-paid',
      { ...line, confirmedOn: '2026-06-01', confirmedAmount: '4000' },
      '2026-06-02',
    );
    assert.deepEqual(codes(d, false), ['j1336.wages.confirmed_amount_differs']);
  });
  test('paid before the worker confirmed (经务工人员确认后): a finding', () => {
    const d = run(
      'wages-paid',
      {
        ...line,
        confirmedOn: '2026-06-08',
        paid: '4100',
        firstPaidOn: '2026-06-05',
        lastPaidOn: '2026-06-05',
      },
      '2026-06-30',
    );
    assert.deepEqual(codes(d, false), ['j1336.wages.paid_before_confirmation']);
  });
  test('paid in full 5 days after the pay day (及时): a finding that stays on the record', () => {
    const d = run(
      'wages-paid',
      {
        ...line,
        confirmedOn: '2026-06-01',
        paid: '4100',
        firstPaidOn: '2026-06-20',
        lastPaidOn: '2026-06-20',
      },
      '2026-12-31',
    );
    assert.equal(d.outcome, 'ineligible');
    assert.equal(d.reasons.find((r) => r.code === 'j1336.wages.paid_late')?.params.lateDays, 5);
  });
  test('paid more than due goes to review', () => {
    const d = run(
      'wages-paid',
      {
        ...line,
        confirmedOn: '2026-06-01',
        paid: '4200',
        firstPaidOn: '2026-06-05',
        lastPaidOn: '2026-06-05',
      },
      '2026-06-30',
    );
    assert.equal(d.outcome, 'needs_review');
  });
});

describe('三(四) wages-to-own-card: payment to a third party (D-1336-6)', () => {
  test("to the worker's registered card: complies", () => {
    assert.equal(
      run('wages-to-own-card', { method: 'bank_card', cardRegisteredToWorker: true }, '2026-06-10').outcome,
      'eligible',
    );
  });
  test("to someone else's card: fails", () => {
    const d = run('wages-to-own-card', { method: 'bank_card', cardRegisteredToWorker: false }, '2026-06-10');
    assert.equal(d.outcome, 'ineligible');
    assert.deepEqual(codes(d, false), ['j1336.card.third_party']);
  });
  test('cash with a reason is the "原则上" exception: review; without a reason: fails', () => {
    assert.equal(
      run('wages-to-own-card', { method: 'cash', exceptionReason: '本人银行卡冻结' }, '2026-06-10').outcome,
      'needs_review',
    );
    assert.equal(run('wages-to-own-card', { method: 'cash' }, '2026-06-10').outcome, 'ineligible');
  });
});

describe('一(一) target-population: workers outside the target population', () => {
  test('a rural labourer of Beijing aged 45 in a priority group: complies, group reported', () => {
    const d = run(
      'target-population',
      { birthDate: '1981-03-12', beijingRural: true, priorityGroups: ['limited_income'] },
      '2026-06-30',
    );
    assert.equal(d.outcome, 'eligible');
    assert.ok(codes(d, true).includes('j1336.target.priority'));
  });
  test('15 years old the day before his 16th birthday: may not be employed (D-1336-1)', () => {
    const d = run('target-population', { birthDate: '2010-07-01', beijingRural: true }, '2026-06-30');
    assert.deepEqual(codes(d, false), ['j1336.target.too_young']);
    assert.equal(
      run('target-population', { birthDate: '2010-07-01', beijingRural: true }, '2026-07-01').outcome,
      'eligible',
    );
  });
  test('61 years old: review of fitness, not a refusal', () => {
    const d = run('target-population', { birthDate: '1965-01-01', beijingRural: true }, '2026-06-30');
    assert.equal(d.outcome, 'needs_review');
  });
  test('not a rural labourer of Beijing: outside the target population (D-1336-2)', () => {
    const d = run('target-population', { birthDate: '1990-01-01', beijingRural: false }, '2026-06-30');
    assert.deepEqual(codes(d, false), ['j1336.target.not_rural']);
  });
});

describe('三(二) project-employs-workers: a work-relief project with no workers or wages (D-1336-7)', () => {
  const base = {
    workRelief: true,
    status: 'in_progress',
    startOn: '2026-04-01',
    payDay: 15,
    wageBudget: '300000',
    workers: 12,
    wagesPaid: '0',
  };
  test('started with no workers: fails', () => {
    const d = run('project-employs-workers', { ...base, workers: 0 }, '2026-04-20');
    assert.deepEqual(codes(d, false), ['j1336.project.no_workers']);
  });
  test('no wages by the first pay day (15 May) is fine; after it, a finding', () => {
    assert.equal(run('project-employs-workers', base, '2026-05-15').outcome, 'eligible');
    assert.deepEqual(codes(run('project-employs-workers', base, '2026-05-16'), false), [
      'j1336.project.no_wages',
    ]);
  });
  test('completed with wages paid: complies, with 40% of the budget paid', () => {
    const d = run(
      'project-employs-workers',
      { ...base, status: 'completed', wagesPaid: '120000' },
      '2026-10-01',
    );
    assert.equal(d.outcome, 'eligible');
    assert.equal(d.trace.find((s) => s.code === 'j1336.project.budget_share')?.result, '40%');
  });
  test('no wage budget: fails; not work relief or not started: nothing to find', () => {
    assert.deepEqual(
      codes(run('project-employs-workers', { ...base, wageBudget: '0' }, '2026-04-20'), false),
      ['j1336.project.no_budget'],
    );
    assert.equal(
      run('project-employs-workers', { ...base, workRelief: false, workers: 0 }, '2026-09-01').outcome,
      'eligible',
    );
    assert.equal(
      run(
        'project-employs-workers',
        { ...base, status: 'planned', startOn: '2026-09-01', workers: 0 },
        '2026-08-01',
      ).outcome,
      'eligible',
    );
  });
});

describe('四, 五(一) requirement-in-documents (D-1336-8)', () => {
  test('an approval that does not state the requirement fails; a missing funding document is open', () => {
    const d = run(
      'requirement-in-documents',
      { approvalDocRef: '房发改〔2026〕12号', approvalStatesWorkRelief: false, governmentFunded: true },
      '2026-05-01',
    );
    assert.equal(d.outcome, 'ineligible');
    assert.deepEqual(codes(d, false), ['j1336.documents.approval_silent']);
    assert.deepEqual(codes(d, null), ['j1336.documents.funding_missing']);
  });
  test('without government funds only the approval counts', () => {
    const d = run(
      'requirement-in-documents',
      { approvalDocRef: '门发改〔2026〕3号', approvalStatesWorkRelief: true, governmentFunded: false },
      '2026-05-01',
    );
    assert.equal(d.outcome, 'eligible');
  });
});

describe('三(三) training-before-work (D-1336-9)', () => {
  test('a key-post worker who started before safety training fails; trained the same day complies', () => {
    const late = run(
      'training-before-work',
      { keyPost: true, firstWorkDay: '2026-05-06', safetyTrainedOn: '2026-05-07' },
      '2026-06-30',
    );
    assert.deepEqual(codes(late, false), ['j1336.training.key_post_untrained']);
    const same = run(
      'training-before-work',
      { keyPost: true, firstWorkDay: '2026-05-06', safetyTrainedOn: '2026-05-06' },
      '2026-06-30',
    );
    assert.equal(same.outcome, 'eligible');
  });
  test('a general worker without training goes to review; one not yet started has nothing to show', () => {
    assert.equal(
      run('training-before-work', { keyPost: false, firstWorkDay: '2026-05-06' }, '2026-06-30').outcome,
      'needs_review',
    );
    assert.equal(run('training-before-work', { keyPost: true }, '2026-06-30').outcome, 'eligible');
  });
});

test('before the circular was signed (2023-10-17) the checks are not in force', () => {
  assert.equal(
    run('target-population', { birthDate: '1980-01-01', beijingRural: true }, '2023-10-16').outcome,
    'not_in_force',
  );
});
