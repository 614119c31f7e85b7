/**
 * @module web/lib/air-subplans.test
 * The sub-plan board's order (overdue first), a filing laid over the board, the edit form's checks
 * and the body a filing sends.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkDraft,
  draftOf,
  inputOf,
  isContactPhone,
  orderUnits,
  replaceUnit,
  type SubplanBoard,
  type SubplanStatus,
  type SubplanUnit,
} from './air-subplans.ts';

function unit(code: string, status: SubplanStatus, extra: Partial<SubplanUnit> = {}): SubplanUnit {
  return {
    unit: code,
    name: { zh: code, en: code },
    status,
    filedOn: null,
    documentRef: null,
    leaderName: null,
    contactName: null,
    contactPhone: null,
    updatedAt: null,
    updatedBy: null,
    ...extra,
  };
}

test('overdue first, then filed late, due and filed; the board order kept within each', () => {
  const units = [
    unit('a', 'filed'),
    unit('b', 'overdue'),
    unit('c', 'due'),
    unit('d', 'filed_late'),
    unit('e', 'overdue'),
  ];
  assert.deepEqual(
    orderUnits(units).map((u) => u.unit),
    ['b', 'e', 'd', 'c', 'a'],
  );
});

test("a filing replaces its unit's row and the counts are recounted", () => {
  const board: SubplanBoard = {
    asOf: '2026-01-05',
    deadline: { releasedOn: '2023-11-13', dayOne: '2023-11-14', dueOn: '2023-11-28' },
    counts: { filed: 0, filed_late: 0, overdue: 2, due: 0 },
    units: [unit('a', 'overdue'), unit('b', 'overdue')],
    citations: [],
  };
  const next = replaceUnit(board, unit('b', 'filed_late', { filedOn: '2026-01-05' }));
  assert.deepEqual(next.counts, { filed: 0, filed_late: 1, overdue: 1, due: 0 });
  assert.equal(next.units[1]?.filedOn, '2026-01-05');
  assert.equal(board.units[1]?.status, 'overdue', 'the old board is left alone');
});

test('mobile numbers and landlines with their area code are accepted, separators ignored', () => {
  for (const ok of ['13812345678', '+86 138 1234 5678', '010-67881234', '(0755)22345678', '0571-8123456']) {
    assert.ok(isContactPhone(ok), ok);
  }
  for (const bad of [
    '12812345678',
    '1381234567',
    '010-6788123',
    '67881234',
    '010-01881234',
    '(0755)12345678',
    'abc',
  ]) {
    assert.ok(!isContactPhone(bad), bad);
  }
});

test('the form starts with what is on record, the phone empty unless revealed', () => {
  const u = unit('a', 'filed', {
    filedOn: '2023-11-20',
    leaderName: '王局长',
    contactName: '李四',
    contactPhone: '138****5678',
  });
  assert.deepEqual(draftOf(u), {
    leaderName: '王局长',
    contactName: '李四',
    contactPhone: '',
    filedOn: '2023-11-20',
    documentRef: '',
  });
  assert.equal(draftOf(u, '13812345678').contactPhone, '13812345678');
});

test('names and phone are required; the filing date lies between the release and today', () => {
  const draft = { leaderName: ' ', contactName: '李四', contactPhone: '123', filedOn: '', documentRef: '' };
  assert.deepEqual(checkDraft(draft, '2026-01-05', '2023-11-13'), {
    leaderName: 'missing',
    contactPhone: 'phone',
  });
  const good = { ...draft, leaderName: '王局长', contactPhone: '13812345678' };
  assert.deepEqual(checkDraft(good, '2026-01-05', '2023-11-13'), {});
  assert.deepEqual(checkDraft({ ...good, filedOn: '2026-01-06' }, '2026-01-05', '2023-11-13'), {
    filedOn: 'future',
  });
  assert.deepEqual(checkDraft({ ...good, filedOn: '2023-11-12' }, '2026-01-05', '2023-11-13'), {
    filedOn: 'beforeRelease',
  });
  assert.deepEqual(checkDraft({ ...good, leaderName: '王'.repeat(51) }, '2026-01-05', '2023-11-13'), {
    leaderName: 'tooLong',
  });
});

test('the filing date and reference are sent only when they change (a blank clears them)', () => {
  const u = unit('a', 'filed', { filedOn: '2023-11-20', documentRef: '经开应急〔2023〕1号' });
  const draft = { ...draftOf(u), leaderName: ' 王局长 ', contactName: '李四', contactPhone: '13812345678' };
  assert.deepEqual(inputOf(draft, u), {
    leaderName: '王局长',
    contactName: '李四',
    contactPhone: '13812345678',
  });
  assert.deepEqual(inputOf({ ...draft, filedOn: '2023-11-21', documentRef: ' ' }, u), {
    leaderName: '王局长',
    contactName: '李四',
    contactPhone: '13812345678',
    filedOn: '2023-11-21',
    documentRef: null,
  });
});
