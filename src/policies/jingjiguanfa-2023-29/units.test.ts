/**
 * 29号 一（二） and 附件1–3: the 17 member units, every duty quoted verbatim under its clause, who
 * leads each measure of 三, and who owns each sector's emergency emission-reduction list.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { POLLUTION_COMMAND_MEMBERS } from '../departments.ts';
import { findClause, flattenOutline, fullText, getPolicy } from '../index.ts';
import { getMeasure, MEASURES } from './measures.ts';
import {
  DUTIES,
  leadsOf,
  listOwner,
  MEMBER_UNITS,
  measuresLedBy,
  SECTOR_LISTS,
  unitDuties,
} from './units.ts';

const policy = getPolicy('jingjiguanfa-2023-29');
const notFound = (field: string) => (e: unknown) =>
  e instanceof ZhengceError && e.code === 'ZC_ERR_NOT_FOUND' && e.field === field;

describe('一(二): the 17 member units', () => {
  // "指挥部成员单位由党政办公室、宣传文化部、…、马驹桥镇组成": 17 names, in this order.
  test('17 units, in the order of 一(二), each named there', () => {
    const text = findClause(policy, '一(二)').text;
    const listed = /由(.+)组成/.exec(text)?.[1]?.split('、') ?? [];
    assert.equal(listed.length, 17);
    assert.equal(MEMBER_UNITS.length, 17);
    assert.deepEqual(
      MEMBER_UNITS.map((u) => u.department.name.zh),
      listed,
    );
    assert.deepEqual(
      MEMBER_UNITS.map((u) => u.department.code),
      POLLUTION_COMMAND_MEMBERS.map((d) => d.code),
    );
  });
  // 附件3 has twelve sections: eleven name one unit, 十二 "各属地街镇" the six subdistricts and towns.
  test('each has its section of 附件3, whose heading names it (the six 街镇 share 十二)', () => {
    for (const u of MEMBER_UNITS) {
      const heading = findClause(policy, u.annexSection).text;
      assert.equal(
        heading.replace(/^[一二三四五六七八九十]+、/, ''),
        u.shared ? '各属地街镇' : u.department.name.zh,
      );
    }
    assert.equal(new Set(MEMBER_UNITS.map((u) => u.annexSection)).size, 12);
    assert.equal(MEMBER_UNITS.filter((u) => u.shared).length, 6);
  });
});

describe('附件1–3 and the body: duties, verbatim', () => {
  test('every item of 附件1, 附件2 and 附件3 is exactly one duty (7 + 9 + 56)', () => {
    const items = flattenOutline(policy).filter((n) => n.kind === 'item' && n.path.startsWith('附件'));
    assert.equal(items.length, 72);
    const annexDuties = DUTIES.filter((d) => d.clause.startsWith('附件'));
    assert.deepEqual(
      annexDuties.map((d) => d.clause),
      items.map((n) => n.clause),
    );
    assert.equal(unitDuties('etdz-pollution-command').length, 7);
  });
  test('every duty quotes its clause verbatim; ids are unique; English carries no Chinese', () => {
    for (const d of DUTIES) {
      assert.ok(fullText(findClause(policy, d.clause)).includes(d.text.zh), d.id);
      assert.equal(d.citation.quote, d.text.zh);
      assert.ok(d.text.en.length > 10 && !/\p{Script=Han}/u.test(d.text.en), d.id);
      assert.ok(d.holders.length > 0);
    }
    assert.equal(new Set(DUTIES.map((d) => d.id)).size, DUTIES.length);
  });
  test('附件3 duties are held by the unit its section names', () => {
    for (const d of DUTIES.filter((x) => x.clause.startsWith('附件3 '))) {
      const section = findClause(policy, d.clause.replace(/\d+$/, '')).text;
      assert.ok(section.endsWith(d.holderText), d.id);
    }
  });
  // 附件3 一 (ten items), 四(四) joint inspection with 党政办公室, and the five duties of every member.
  test('城市运行局: its ten items of 附件3 一, its list duty under 四(一), and the members’ duties', () => {
    const own = unitDuties('city-operations').map((d) => d.id);
    for (const id of ['附件3 一1', '附件3 一3', '附件3 一10', '四(四)#2', '四(一)#2', '二(三)#3', '四(三)']) {
      assert.ok(own.includes(id), id);
    }
    assert.equal(own.filter((id) => id.startsWith('附件3 一')).length, 10);
    assert.ok(unitDuties('party-government-office').some((d) => d.id === '四(四)#2'));
  });
  test('the office: 附件2 and its tasks in 二(二)–(四) and 四(二); the streets share 附件3 十二', () => {
    const office = unitDuties('etdz-pollution-command-office').map((d) => d.clause);
    assert.equal(office.filter((c) => c.startsWith('附件2')).length, 9);
    for (const c of ['二(二)', '二(三)', '二(四)', '四(二)']) assert.ok(office.includes(c), c);
    for (const street of POLLUTION_COMMAND_MEMBERS.filter((d) => d.kind === 'street')) {
      const clauses = unitDuties(street.code).map((d) => d.clause);
      assert.ok(clauses.includes('附件3 十二2') && clauses.includes('四(四)') && clauses.includes('二(三)'));
    }
    // 二(三): "工委宣传部、各街镇要及时…传达预警信息" binds 宣传文化部 and the six.
    const spread = DUTIES.find((d) => d.holderText === '工委宣传部、各街镇');
    assert.equal(spread?.holders.length, 7);
    assert.ok(spread?.holders.includes('publicity-culture'));
  });
  test('a known department with no duty under this plan has none; an unknown code is refused', () => {
    assert.deepEqual(unitDuties('economic-development'), []);
    assert.throws(() => unitDuties('no-such-unit'), notFound('department'));
  });
});

describe('附件3: sector emission-reduction lists and their owners', () => {
  const owners = {
    'auto-repair': 'city-operations',
    printing: 'publicity-culture',
    manufacturing: 'business-cooperation',
    construction: 'development-construction',
    'government-investment': 'land-reserve-construction-services',
  } as const;
  test('five sectors, each owned by the member unit whose section of 附件3 says so', () => {
    assert.deepEqual(
      SECTOR_LISTS.map((l) => [l.sector, l.owner]),
      Object.entries(owners),
    );
    for (const l of SECTOR_LISTS) {
      assert.equal(listOwner(l.sector), l);
      for (const c of [l.reductionList, l.protectionList, l.implementation]) {
        assert.ok(fullText(findClause(policy, c.clause)).includes(c.quote), c.clause);
        const unit = MEMBER_UNITS.find((u) => u.department.code === l.owner);
        assert.ok(c.clause.startsWith(`${unit?.annexSection}`), c.clause);
      }
      assert.ok(l.reductionList.quote.includes('应急减排清单'));
    }
    assert.deepEqual(
      SECTOR_LISTS.filter((l) => l.onePlantOnePlan).map((l) => l.sector),
      ['auto-repair', 'printing', 'manufacturing'],
    );
    assert.throws(() => listOwner('chemicals'), notFound('sector'));
  });
  // 三(一)3(3), 三(二)3(6), 三(三)3(6): the listed enterprises' reductions are led by 宣传文化部、
  // 城市运行局、营商合作局 — exactly the owners of the three enterprise lists (D-29-12).
  test('the leads of the listed-enterprise measures are the owners of the three enterprise lists', () => {
    const enterpriseOwners = ['auto-repair', 'printing', 'manufacturing']
      .map((s) => listOwner(s).owner)
      .sort();
    for (const m of MEASURES.filter((x) => x.family === 'listed-enterprises')) {
      assert.deepEqual(m.leads.map((l) => l.code).sort(), enterpriseOwners);
    }
  });
  test('"各行业主管部门" (四(一)) are the five owners', () => {
    const d = DUTIES.find((x) => x.holderText === '各行业主管部门');
    assert.deepEqual([...(d?.holders ?? [])].sort(), Object.values(owners).sort());
  });
});

describe('who leads what: leadsOf and measuresLedBy', () => {
  test('leadsOf names the units of the measure’s "牵头单位"', () => {
    assert.deepEqual(
      leadsOf('orange.mandatory.3').map((l) => l.code),
      ['traffic-brigade'],
    );
    assert.deepEqual(leadsOf('red.advisory.7'), getMeasure('red.advisory.7').leads);
    assert.throws(() => leadsOf('purple.health.1'), notFound('measureId'));
  });
  // 三(二)3(7) and 三(三)3(7) "禁止燃放烟花爆竹和露天烧烤(牵头单位:大兴公安分局、属地街镇)";
  // yellow has no fireworks ban.
  test('大兴公安分局 leads the fireworks ban at orange and red only', () => {
    assert.deepEqual(
      measuresLedBy('daxing-public-security').map((m) => m.id),
      ['orange.mandatory.7', 'red.mandatory.7'],
    );
    assert.deepEqual(measuresLedBy('daxing-public-security', 'yellow'), []);
    assert.deepEqual(
      measuresLedBy('daxing-public-security', 'red').map((m) => m.id),
      ['red.mandatory.7'],
    );
  });
  test('every member unit but three leads some measure', () => {
    const leading = MEMBER_UNITS.filter((u) => measuresLedBy(u.department.code).length > 0);
    assert.deepEqual(
      MEMBER_UNITS.filter((u) => !leading.includes(u)).map((u) => u.department.code),
      ['finance-audit', 'comprehensive-enforcement', 'land-reserve-construction-services'],
    );
  });
});
