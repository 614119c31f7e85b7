/**
 * @module web/lib/air-command.test
 * The forecast list, the alert order and the receipt board's sorting and filtering.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupRecipients, orderAlerts, parseDailyAqi } from './air-command.ts';
import type { Alert, Recipient } from './air-types.ts';

test('a forecast list is read with any common separator', () => {
  assert.deepEqual(parseDailyAqi('210, 250，260 180、90'), { ok: true, values: [210, 250, 260, 180, 90] });
  assert.deepEqual(parseDailyAqi(' 0 '), { ok: true, values: [0] });
});

test('an empty list, a non-integer or an AQI above 500 is refused with its position', () => {
  assert.deepEqual(parseDailyAqi('  '), { ok: false, index: null });
  assert.deepEqual(parseDailyAqi('210, 25.5'), { ok: false, index: 1 });
  assert.deepEqual(parseDailyAqi('501'), { ok: false, index: 0 });
  assert.deepEqual(parseDailyAqi('100,abc'), { ok: false, index: 1 });
});

function alert(id: number, status: Alert['status'], issuedAt: string): Alert {
  return {
    id,
    number: `N${id}`,
    level: 'orange',
    levelLabel: { zh: '橙色预警', en: 'Orange alert' },
    status,
    source: 'municipal_order',
    startsAt: issuedAt,
    endsAt: null,
    issuedAt,
    liftedAt: null,
    response: 'II',
    command: null,
    duty: null,
    events: [],
    receipts: { total: 0, acknowledged: 0, pending: 0 },
  };
}

test('the active alert is on top, the rest newest first', () => {
  const order = orderAlerts([
    alert(1, 'lifted', '2026-01-01T00:00:00+08:00'),
    alert(2, 'active', '2026-01-02T00:00:00+08:00'),
    alert(3, 'lifted', '2026-01-03T00:00:00+08:00'),
  ]).map((a) => a.id);
  assert.deepEqual(order, [2, 3, 1]);
});

function recipient(
  noticeId: number,
  kind: Recipient['kind'],
  zh: string,
  ack: boolean,
  reminders = 0,
): Recipient {
  return {
    noticeId,
    eventSeq: 1,
    kind,
    recipientId: `R${noticeId}`,
    name: { zh, en: `Name ${noticeId}` },
    deliveredAt: '2026-01-01T00:00:00+08:00',
    acknowledgedAt: ack ? '2026-01-01T01:00:00+08:00' : null,
    acknowledgedBy: ack ? 'someone' : null,
    reminders,
  };
}

const board = [
  recipient(1, 'site', '工地甲', false),
  recipient(2, 'unit', '生态环境局', true),
  recipient(3, 'unit', '城市运行局', false),
  recipient(4, 'enterprise', '企业乙', false, 2),
  recipient(5, 'unit', '公安分局', false, 1),
];

test('grouped units, enterprises, sites; pending first, most reminded first', () => {
  const groups = groupRecipients(board, { kind: 'all', status: 'all', text: '' });
  assert.deepEqual(
    groups.map((g) => [g.kind, g.rows.map((r) => r.noticeId)]),
    [
      ['unit', [5, 3, 2]],
      ['enterprise', [4]],
      ['site', [1]],
    ],
  );
});

test('filters by kind, status and text (either name or the id)', () => {
  const ids = (f: Parameters<typeof groupRecipients>[1]) =>
    groupRecipients(board, f).flatMap((g) => g.rows.map((r) => r.noticeId));
  assert.deepEqual(ids({ kind: 'unit', status: 'pending', text: '' }), [5, 3]);
  assert.deepEqual(ids({ kind: 'all', status: 'acknowledged', text: '' }), [2]);
  assert.deepEqual(ids({ kind: 'all', status: 'all', text: '工地' }), [1]);
  assert.deepEqual(ids({ kind: 'all', status: 'all', text: 'name 4' }), [4]);
  assert.deepEqual(ids({ kind: 'all', status: 'all', text: 'r3' }), [3]);
});
