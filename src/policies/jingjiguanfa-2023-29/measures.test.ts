/**
 * 29号 三（一）–（三）: every measure paragraph is data, quoted verbatim under its clause, grouped by
 * the document's own headings, with its lead units; and raising or lowering an alert adds, removes
 * and rewords exactly what the text says.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { POLLUTION_COMMAND_MEMBERS } from '../departments.ts';
import { findClause, flattenOutline, fullText, getPolicy } from '../index.ts';
import {
  getMeasure,
  LEVEL_CLAUSES,
  listedMeasures,
  MEASURE_GROUPS,
  MEASURES,
  measureChanges,
  measuresFor,
} from './measures.ts';
import { ALERT_COLOURS, type AlertLevel } from './response.ts';

const policy = getPolicy('jingjiguanfa-2023-29');
const ids = (ms: readonly { id: string }[]): string[] => ms.map((m) => m.id);
const count = (level: string, group: string): number =>
  MEASURES.filter((m) => m.level === level && m.group === group).length;

describe('三 coverage: every measure paragraph is one measure', () => {
  // Counted from the text: the lines of 三 that open with "(n)" or "（n）", up to "四、实施保障".
  test('45 paragraphs in the text of 三, 45 measures, one per subitem clause', () => {
    const lines = policy.text.split('\n');
    const from = lines.indexOf('三、预警响应');
    const to = lines.indexOf('四、实施保障');
    assert.ok(from > 0 && to > from);
    const paragraphs = lines.slice(from, to).filter((l) => /^[（(]\d+[）)]/.test(l));
    assert.equal(paragraphs.length, 45);
    assert.equal(MEASURES.length, 45);
    const subitems = flattenOutline(policy).filter((n) => n.kind === 'subitem' && n.path.startsWith('三/'));
    assert.deepEqual(
      MEASURES.map((m) => m.clause),
      subitems.map((n) => n.clause),
    );
  });
  // yellow 3 + 5 + 3, orange 3 + 6 + 7, red 4 + 7 + 7.
  test('counts by level and group: yellow 11, orange 16, red 18', () => {
    assert.deepEqual(
      ALERT_COLOURS.map((l) => MEASURE_GROUPS.map((g) => count(l, g.group))),
      [
        [3, 5, 3],
        [3, 6, 7],
        [4, 7, 7],
      ],
    );
    assert.deepEqual(
      ALERT_COLOURS.map((l) => listedMeasures(l).length),
      [11, 16, 18],
    );
  });
  test('ids are unique and found; an unknown id is refused naming the field', () => {
    assert.equal(new Set(ids(MEASURES)).size, 45);
    assert.equal(getMeasure('orange.mandatory.3').clause, '三(二)3(3)');
    assert.throws(
      () => getMeasure('orange.mandatory.8'),
      (e: unknown) => e instanceof ZhengceError && e.code === 'ZC_ERR_NOT_FOUND' && e.field === 'measureId',
    );
  });
});

describe('三 verbatim: quotes, headings, leads', () => {
  test('every measure quotes its own clause verbatim, and English carries no Chinese', () => {
    for (const m of MEASURES) {
      assert.equal(m.citation.clause, m.clause);
      assert.equal(m.citation.quote, m.text.zh);
      assert.ok(fullText(findClause(policy, m.clause)).includes(m.text.zh), m.clause);
      assert.ok(m.text.en.length > 20 && !/\p{Script=Han}/u.test(m.text.en), m.id);
    }
  });
  test('the groups are the document’s own item headings under each level', () => {
    for (const level of ALERT_COLOURS) {
      MEASURE_GROUPS.forEach((g, i) => {
        assert.equal(findClause(policy, `${LEVEL_CLAUSES[level]}${i + 1}`).heading, g.heading.zh);
      });
    }
    assert.equal(findClause(policy, '三(二)').heading, '橙色预警(二级响应)');
  });
  test('mandatory measures carry the proviso "在保障城市正常运行的前提下", quoted from their level', () => {
    for (const m of MEASURES) {
      assert.equal(m.proviso !== null, m.group === 'mandatory', m.id);
      if (m.proviso) assert.ok(findClause(policy, m.proviso.clause).text.includes(m.proviso.quote));
    }
  });
  test('the lead parenthesis is printed in the clause; where none is printed, the leads are inferred', () => {
    for (const m of MEASURES) {
      const text = findClause(policy, m.clause).text;
      if (m.leadText === null) {
        assert.ok(!text.includes('牵头单位') && m.leadsInferred, m.id);
      } else {
        assert.ok(text.endsWith(`(牵头单位:${m.leadText})`), m.id);
        assert.equal(m.leadsInferred, false);
      }
      assert.ok(m.leads.length > 0);
    }
    assert.deepEqual(
      MEASURES.filter((m) => m.leadsInferred).map((m) => m.clause),
      ['三(一)1(3)'],
    );
  });
  test('leads are member units; 属地街镇 is each of the six subdistricts and towns, in its territory', () => {
    const members = new Set(POLLUTION_COMMAND_MEMBERS.map((d) => d.code));
    for (const m of MEASURES) for (const l of m.leads) assert.ok(members.has(l.code), `${m.id} ${l.code}`);
    const local = getMeasure('yellow.health.1').leads;
    assert.equal(local.length, 6);
    assert.ok(local.every((l) => l.territorial && l.as === '属地街镇'));
    assert.deepEqual(
      getMeasure('red.mandatory.3').leads.map((l) => l.code),
      ['traffic-brigade', 'party-government-office'],
    );
    assert.deepEqual(
      getMeasure('orange.mandatory.7').leads.map((l) => [l.code, l.territorial]),
      [['daxing-public-security', false], ...local.map((l) => [l.code, true])],
    );
  });
});

describe('inheritance (D-29-8): measuresFor(level)', () => {
  test('no alert, no measures; yellow is its own list', () => {
    assert.deepEqual(measuresFor('none'), []);
    const y = measuresFor('yellow');
    assert.deepEqual(ids(y.map((e) => e.measure)).sort(), ids(listedMeasures('yellow')).sort());
    assert.ok(y.every((e) => !e.inherited && e.listedAt === 'yellow'));
  });
  // Orange and red restate every yellow measure but 1(3) (public education, carried up) and
  // 2(4) "拒绝露天烧烤" (replaced by the ban of 3(7)).
  test('orange: its 16 and yellow 1(3) carried up; red: its 18 and the same', () => {
    for (const [level, own] of [
      ['orange', 16],
      ['red', 18],
    ] as const) {
      const eff = measuresFor(level);
      assert.equal(eff.length, own + 1);
      assert.deepEqual(
        eff.filter((e) => e.inherited).map((e) => [e.measure.id, e.listedAt]),
        [['yellow.health.3', 'yellow']],
      );
      assert.ok(!eff.some((e) => e.measure.id === 'yellow.advisory.4'));
    }
  });
  test('a higher level never drops a family, and each level lists a family once', () => {
    const families = (l: AlertLevel) => new Set(measuresFor(l).map((e) => e.measure.family));
    for (const [lo, hi] of [
      ['yellow', 'orange'],
      ['orange', 'red'],
    ] as const) {
      for (const f of families(lo)) assert.ok(families(hi).has(f), `${f} dropped at ${hi}`);
    }
    for (const l of ALERT_COLOURS) {
      assert.equal(new Set(listedMeasures(l).map((m) => m.family)).size, listedMeasures(l).length);
    }
  });
  test('grouped as the document groups them: health, then advisory, then mandatory', () => {
    const order = measuresFor('red').map((e) => MEASURE_GROUPS.findIndex((g) => g.group === e.measure.group));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });
});

describe('measureChanges(from, to)', () => {
  test('raising yellow → orange: six added, six reworded or strengthened, none removed', () => {
    const c = measureChanges('yellow', 'orange');
    assert.equal(c.direction, 'raise');
    assert.deepEqual(ids(c.added), [
      'orange.health.3',
      'orange.advisory.2',
      'orange.advisory.6',
      'orange.mandatory.3',
      'orange.mandatory.4',
      'orange.mandatory.5',
    ]);
    assert.deepEqual(c.removed, []);
    assert.deepEqual(
      c.changed.map((p) => `${p.before.id}→${p.after.id}`),
      [
        'yellow.health.1→orange.health.1',
        'yellow.health.2→orange.health.2',
        'yellow.advisory.5→orange.advisory.5',
        'yellow.mandatory.2→orange.mandatory.2',
        'yellow.mandatory.3→orange.mandatory.6',
        'yellow.advisory.4→orange.mandatory.7',
      ],
    );
    // 拒绝露天烧烤 (advisory) becomes 禁止燃放烟花爆竹和露天烧烤 (mandatory).
    const bbq = c.changed.find((p) => p.family === 'barbecue-fireworks');
    assert.deepEqual([bbq?.before.group, bbq?.after.group], ['advisory', 'mandatory']);
    // Restated word for word: public transport, dust, roads, key roads; 1(3) carried up unchanged.
    assert.deepEqual(
      c.unchanged.map((p) => p.family),
      ['science-publicity', 'public-transport', 'dust-control', 'road-cleaning', 'key-road-cleaning'],
    );
  });
  test('raising orange → red: outdoor workers and treatment efficiency added; odd-even driving a change', () => {
    const c = measureChanges('orange', 'red');
    assert.deepEqual(ids(c.added), ['red.health.2', 'red.advisory.5']);
    assert.deepEqual(c.removed, []);
    assert.deepEqual(
      c.changed.map((p) => p.family),
      [
        'sensitive-groups-indoors',
        'school-outdoor-activities',
        'medical-guidance',
        'flexible-working',
        'light-gasoline-vehicles',
        'listed-enterprises',
      ],
    );
    assert.equal(c.unchanged.length, 11);
  });
  test('lowering is the mirror of raising', () => {
    const up = measureChanges('orange', 'red');
    const down = measureChanges('red', 'orange');
    assert.equal(down.direction, 'lower');
    assert.deepEqual(ids(down.removed), ids(up.added));
    assert.deepEqual(down.added, []);
    assert.deepEqual(
      down.changed.map((p) => `${p.before.id}→${p.after.id}`).sort(),
      up.changed.map((p) => `${p.after.id}→${p.before.id}`).sort(),
    );
  });
  test('red → yellow removes the eight families yellow lacks; red → none removes all 19', () => {
    assert.deepEqual(
      measureChanges('red', 'yellow')
        .removed.map((m) => m.family)
        .sort(),
      [
        'china-iv-diesel-trucks',
        'flexible-working',
        'heavy-freight-transport',
        'light-gasoline-vehicles',
        'medical-guidance',
        'muck-trucks',
        'outdoor-workers',
        'treatment-efficiency',
      ],
    );
    assert.equal(measureChanges('red', 'none').removed.length, 19);
    assert.equal(measureChanges('none', 'yellow').added.length, 11);
  });
  test('no change of level, no change of measures', () => {
    const c = measureChanges('orange', 'orange');
    assert.equal(c.direction, 'same');
    assert.deepEqual([c.added, c.removed, c.changed], [[], [], []]);
    assert.equal(c.unchanged.length, 17);
  });
});
