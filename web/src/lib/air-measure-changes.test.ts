/**
 * @module web/lib/air-measure-changes.test
 * A change of level's measures sorted under the document's three headings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupChanges, nothingChanges } from './air-measure-changes.ts';
import type { LevelMeasure, MeasureChanges, MeasureGroup } from './air-types.ts';

function measure(level: 'yellow' | 'orange', group: MeasureGroup, n: number): LevelMeasure {
  const clause = `三(${level === 'yellow' ? '一' : '二'})${['health', 'advisory', 'mandatory'].indexOf(group) + 1}(${n})`;
  return {
    id: `${level}.${group}.${n}`,
    level,
    group,
    number: n,
    family: `${group}-${n}`,
    clause,
    text: { zh: clause, en: clause },
    leadText: null,
    leads: [],
    leadsInferred: true,
    proviso: null,
    citation: { policyId: 'jingjiguanfa-2023-29', clause, quote: clause },
  };
}

const changes: MeasureChanges = {
  from: 'yellow',
  to: 'orange',
  direction: 'raise',
  added: [measure('orange', 'mandatory', 7), measure('orange', 'health', 4)],
  removed: [measure('yellow', 'advisory', 4)],
  changed: [
    { family: 'x', before: measure('yellow', 'advisory', 2), after: measure('orange', 'mandatory', 2) },
  ],
  unchanged: [{ family: 'y', before: measure('yellow', 'health', 1), after: measure('orange', 'health', 1) }],
};

test('added, removed and reworded measures under their headings in document order', () => {
  const groups = groupChanges(changes);
  assert.deepEqual(
    groups.map((g) => g.group),
    ['health', 'advisory', 'mandatory'],
  );
  assert.deepEqual(
    groups.map((g) => [g.added.length, g.removed.length, g.changed.length]),
    [
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 1],
    ],
    'a reworded measure goes under the heading it has after the change',
  );
});

test('a heading with nothing to show is left out; no change at all is said so', () => {
  const none = { ...changes, added: [], removed: [], changed: [] };
  assert.deepEqual(groupChanges(none), []);
  assert.ok(nothingChanges(none));
  assert.ok(!nothingChanges(changes));
});
